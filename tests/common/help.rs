//! Reading `vagvisare --help`: the subcommands it lists, for the suites that run every one of them
//! (no file name where people read; nothing written).

#![allow(dead_code)] // not every test binary that has `common` reads the help

/// The subcommand names listed under "Kommandon:" / "Commands:" in `--help`.
pub fn listed_subcommands(help: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.trim_end().ends_with(':') && !line.starts_with(' ') {
            inside = line.starts_with("Kommandon") || line.starts_with("Commands");
            continue;
        }
        if inside
            && line.starts_with("  ")
            && !line.starts_with("   ")
            && let Some(word) = line.split_whitespace().next()
        {
            out.push(word.to_string());
        }
    }
    out
}

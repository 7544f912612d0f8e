//! The README's console examples are real: each ```console block starting `$ vagvisare …` is run and
//! its output compared with what the README shows. `UPDATE_README=1 cargo test --test readme` rewrites
//! the blocks from the binary.

use std::path::Path;

fn readme_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// Splits a command line the way a shell would for our examples: spaces, "double quotes".
fn words(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for ch in line.chars() {
        match ch {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

/// Runs `$ vagvisare ARGS [| head -N]` as the README shows it: stdout, then stderr.
fn run(command: &str) -> String {
    let (cmd, head) = match command.split_once(" | head -") {
        Some((c, n)) => (c, n.trim().parse::<usize>().ok()),
        None => (command, None),
    };
    let args = words(cmd.trim_start_matches("vagvisare").trim());
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(&args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LANG", "sv_SE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", empty.path())
        .output()
        .unwrap_or_else(|e| panic!("{command}: {e}"));
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    if let Some(n) = head {
        text = text.lines().take(n).map(|l| format!("{l}\n")).collect();
    }
    text
}

#[test]
fn console_examples_match_the_binary() {
    let readme = std::fs::read_to_string(readme_path()).unwrap_or_else(|e| panic!("{e}"));
    let mut rewritten = String::new();
    let mut rest = readme.as_str();
    let mut mismatches = Vec::new();
    let mut checked = 0;
    while let Some(start) = rest.find("```console\n$ vagvisare") {
        let body_start = start + "```console\n".len();
        let Some(len) = rest[body_start..].find("\n```") else {
            break;
        };
        let block = &rest[body_start..body_start + len + 1];
        let (command_line, shown) = block.split_once('\n').unwrap_or((block, ""));
        let actual = run(command_line.trim_start_matches("$ "));
        checked += 1;
        // A block may show only the start of the output ("…" on a line of its own) or go on with a
        // second command (`$ echo $?`): compare up to there, keep the rest as written.
        let lines: Vec<&str> = shown.trim_end().lines().collect();
        let cut = lines
            .iter()
            .position(|l| *l == "…" || l.starts_with("$ "))
            .unwrap_or(lines.len());
        let expected = lines[..cut].join("\n");
        let tail: String = lines[cut..].iter().map(|l| format!("\n{l}")).collect();
        let got = if cut < lines.len() && lines[cut] == "…" {
            actual.lines().take(cut).collect::<Vec<_>>().join("\n")
        } else {
            actual.trim_end().to_string()
        };
        if got != expected {
            mismatches.push(format!("README block `{command_line}` differs from the binary:\n--- README\n{expected}\n--- binary\n{got}"));
        }
        rewritten.push_str(&rest[..body_start]);
        rewritten.push_str(command_line);
        rewritten.push('\n');
        rewritten.push_str(&got);
        rewritten.push_str(&tail);
        rewritten.push('\n');
        rest = &rest[body_start + len + 1..];
    }
    rewritten.push_str(rest);
    assert!(
        checked >= 5,
        "expected the README's console examples, found {checked}"
    );
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(readme_path(), rewritten).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    assert!(
        mismatches.is_empty(),
        "{}\n(run UPDATE_README=1 cargo test --test readme to rewrite)",
        mismatches.join("\n\n")
    );
}

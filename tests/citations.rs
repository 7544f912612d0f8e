//! People read a source as its title, publisher and date, then the heading — never a seed's file name
//! and never a seed's number (issue 17). Checked on every text and Markdown document of every
//! subcommand (both languages), the training handouts and answer keys, every rendered navigator and
//! training snapshot (`src/**/snapshots/*.snap`), and on the texts of the shipped content. File names
//! stay in `content/` and in JSON (`file`), which are not checked here.

#[path = "common/help.rs"]
mod help;

use help::listed_subcommands;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Where `text` holds something shaped like a seed file name, `[0-9]{3}_[0-9a-f]{16}`.
fn file_name_at(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(19)).find(|&i| {
        b[i..i + 3].iter().all(u8::is_ascii_digit)
            && b[i + 3] == b'_'
            && b[i + 4..i + 20]
                .iter()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
    })
}

/// Where `text` refers to a seed by its number: `000`–`004` standing alone ("(003)", "003:", "i 000
/// och 003"), not as part of a longer number ("020-390 000", "20 000", "2004") or an id (`s003`, the
/// handle `vagvisare source` takes, shown beside the title).
fn source_number_at(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    (0..b.len().saturating_sub(2)).find(|&i| {
        b[i] == b'0' && b[i + 1] == b'0' && (b'0'..=b'4').contains(&b[i + 2]) && {
            let before = i.checked_sub(1);
            let after = i + 3;
            let glued_before = before.is_some_and(|p| b[p].is_ascii_alphanumeric() || b[p] == b'_')
                || (before.is_some_and(|p| b[p] == b' ' || b[p] == b'-')
                    && digit(before.and_then(|p| p.checked_sub(1))));
            let glued_after =
                digit(Some(after)) || (b.get(after) == Some(&b' ') && digit(Some(after + 1)));
            !glued_before && !glued_after
        }
    })
}

fn excerpt(text: &str, at: usize) -> String {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(60)
        .map_or(text.len(), |(i, _)| at + i);
    text[start..end].replace('\n', "⏎")
}

/// Problems in `text` (labelled `what`): a file name or a source number.
fn problems(what: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(at) = file_name_at(text) {
        out.push(format!("{what}: seed file name: …{}…", excerpt(text, at)));
    }
    if let Some(at) = source_number_at(text) {
        out.push(format!(
            "{what}: source named by its number: …{}…",
            excerpt(text, at)
        ));
    }
    out
}

/// Runs the binary in a clean environment (no user overlay, Swedish unless `--lang`); stdout.
fn run(args: &[&str], dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every text and Markdown document the command line writes, by subcommand.
fn runs() -> Vec<Vec<String>> {
    let c = vagvisare::embedded::content();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut add = |args: &[&str]| runs.push(args.iter().map(|s| s.to_string()).collect());
    add(&[]);
    add(&["--help"]);
    add(&["assess"]);
    add(&[
        "assess",
        "--verbose",
        "-a",
        "barn_utsatt=ja",
        "-a",
        "samtycke=ja",
    ]);
    add(&["assess", "--format", "markdown", "-a", "barn_i_bilden=ja"]);
    add(&["assess", "--format", "markdown", "--step", "langsiktigt"]);
    add(&["assess", "--step", "program_2005"]);
    add(&["questions"]);
    add(&["steps"]);
    for s in c.steps.iter() {
        add(&["show", &s.id]);
        add(&["show", &s.id, "--verbose"]);
    }
    add(&["actors"]);
    add(&["contacts"]);
    add(&["contacts", "--at", "2026-12-24 22:00"]);
    add(&["timeline", "--verbose"]);
    add(&["plan", "--from", "2026-11-28 22:00"]);
    add(&[
        "plan",
        "-a",
        "akut_fara=ja",
        "-a",
        "barn_utsatt=ja",
        "-a",
        "hemvist_utomlands=ja",
        "--format",
        "markdown",
    ]);
    add(&["law"]);
    for q in [
        "polis",
        "barn",
        "atervand",
        "020390000",
        "socialtjänstlagen",
    ] {
        add(&["search", q]);
    }
    add(&["terms"]);
    add(&["sources"]);
    for s in c.sources.iter() {
        add(&["source", &s.id]);
    }
    for id in [
        "soc_placering",
        "p05_gatuprostitution_kunskap",
        "stodtelefon",
        "jenny_selenius",
        "sol_2_1",
        "akut",
        "akut#2",
        "question:barn_utsatt",
        "barn_akut",
        "boende_samma_dag",
        "polisen",
    ] {
        add(&["source", id]);
    }
    add(&["validate"]);
    add(&["scenarios"]);
    add(&["train"]);
    for s in c.scenarios.iter() {
        add(&["train", &s.id]);
    }
    add(&["guide", "--plain"]);
    add(&["completions", "bash"]);
    add(&["man"]);
    let english: Vec<Vec<String>> = runs
        .iter()
        .filter(|r| r.first().is_some_and(|f| f != "completions" && f != "man"))
        .map(|r| {
            let mut r = r.clone();
            r.extend(["--lang".to_string(), "en".to_string()]);
            r
        })
        .collect();
    runs.extend(english);
    runs
}

#[test]
fn no_document_for_people_names_a_seed_file_or_number() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let runs = runs();
    let listed = listed_subcommands(&run(&["--help"], dir.path()));
    let missing: Vec<&String> = listed
        .iter()
        .filter(|s| *s != "help" && !runs.iter().any(|r| r.first() == Some(*s)))
        .collect();
    assert!(missing.is_empty(), "subcommands not checked: {missing:?}");
    let mut found = Vec::new();
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        found.extend(problems(&args.join(" "), &run(&args, dir.path())));
    }
    // The training files: handout and answer key of every scenario.
    let c = vagvisare::embedded::content();
    for s in c.scenarios.iter() {
        let handout = dir.path().join(format!("{}-handout.md", s.id));
        let key = dir.path().join(format!("{}-key.md", s.id));
        let (h, k) = (handout.display().to_string(), key.display().to_string());
        run(
            &["train", &s.id, "--handout", &h, "--key", &k, "--force"],
            dir.path(),
        );
        for f in [&handout, &key] {
            let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{e}"));
            found.extend(problems(&f.display().to_string(), &text));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

fn snapshots(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            snapshots(&p, out);
        } else if p.extension().is_some_and(|x| x == "snap")
            && p.parent()
                .is_some_and(|d| d.file_name().is_some_and(|n| n == "snapshots"))
        {
            out.push(p);
        }
    }
}

#[test]
fn no_rendered_snapshot_names_a_seed_file_or_number() {
    let mut files = Vec::new();
    snapshots(&Path::new(ROOT).join("src"), &mut files);
    assert!(files.len() >= 10, "only {} snapshots found", files.len());
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{e}"));
        // The header names the test's source file; only the rendered screen is for people.
        let screen = text.splitn(3, "---").nth(2).unwrap_or(&text);
        found.extend(problems(&f.display().to_string(), screen));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn content_texts_name_sources_as_people_read_them() {
    let c = vagvisare::embedded::content();
    let mut found = Vec::new();
    // Everything the model holds except the file names, through its own serialisation.
    let mut value = serde_json::to_value(c).unwrap_or_else(|e| panic!("{e}"));
    if let Some(sources) = value.get_mut("sources").and_then(|s| s.as_array_mut()) {
        for s in sources {
            if let Some(o) = s.as_object_mut() {
                o.remove("file");
            }
        }
    }
    fn walk(path: &str, v: &serde_json::Value, found: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => found.extend(problems(path, s)),
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(&format!("{path}[{i}]"), x, found);
                }
            }
            serde_json::Value::Object(o) => {
                for (k, x) in o {
                    walk(&format!("{path}.{k}"), x, found);
                }
            }
            _ => {}
        }
    }
    walk("content", &value, &mut found);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_patterns_find_what_they_should_and_nothing_else() {
    assert!(file_name_at("Källa: 003_cb4608e897bee67a.txt – x").is_some());
    assert!(file_name_at("Källa: Ge akut skydd › Plats").is_none());
    for hit in [
        "(003)",
        "Uppgiften finns i både 000 och 003",
        "003: ”Normalt",
        "(004, 2005)",
    ] {
        assert!(source_number_at(hit).is_some(), "{hit}");
    }
    for clean in [
        "020-390 000",
        "08 - 508 25 000",
        "stöd till drygt 20 000 personer",
        "reviderat 2004",
        "SoL (2001:453)",
        "2026-11-25 10:00",
        "id: s003 · vagvisare source s003",
    ] {
        assert!(source_number_at(clean).is_none(), "{clean}");
    }
}

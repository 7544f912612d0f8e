//! The command line in English shows no Swedish chrome: `--lang en` output of `assess`, `contacts --at`,
//! `timeline --from`, `steps`, `search` and `plan` holds no Swedish text from the message catalogue (content
//! stays Swedish, so a catalogue text the content also holds is only checked in the shapes chrome gives
//! it: a label `Källa:`, a mark `[✔ gäller`). And the reverse for Swedish output.
//!
//! (Kept apart from tests/cli/, which covers the commands one area at a time.)

use assert_cmd::Command;
use vagvisare::i18n::{Lang, Msg, text};

/// The binary's stdout for `args`, with no locale from the caller's environment.
fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vagvisare"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// The catalogue texts of `lang` that differ from `other`, in the shapes that mark them as chrome.
fn chrome(lang: Lang, other: Lang) -> Vec<String> {
    let content = format!("{:?}", vagvisare::embedded::content());
    let mut out = Vec::new();
    for &m in Msg::ALL {
        let (mine, theirs) = (text(lang, m), text(other, m));
        if mine == theirs {
            continue;
        }
        let shapes = [
            mine.to_string(),
            format!("{mine}:"),
            format!("[{mine}"),
            format!("✔ {mine}"),
            format!("? {mine}"),
            format!("({mine})"),
        ];
        for s in shapes {
            if s.chars().count() >= 4 && !content.contains(&s) && !theirs.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

const COMMANDS: [&[&str]; 8] = [
    &["assess"],
    &[
        "assess",
        "--answer",
        "barn_i_bilden=ja",
        "--answer",
        "akut_fara=nej",
    ],
    &["contacts", "--at", "2026-11-25 10:00"],
    &["timeline", "--from", "2026-11-25"],
    &["steps"],
    &["search", "skydd"],
    &[
        "plan",
        "--from",
        "2026-11-28 22:00",
        "--answer",
        "akut_fara=ja",
    ],
    &[
        "plan",
        "--from",
        "2026-11-25",
        "--role",
        "polisen",
        "--format",
        "markdown",
    ],
];

fn check(lang: &str, foreign: Lang, own: Lang) {
    let needles = chrome(foreign, own);
    assert!(needles.len() > 100, "{needles:?}");
    for args in COMMANDS {
        let mut full = vec!["--lang", lang];
        full.extend_from_slice(args);
        let out = run(&full);
        let found: Vec<&String> = needles
            .iter()
            .filter(|n| out.contains(n.as_str()))
            .collect();
        assert!(found.is_empty(), "{full:?} shows {found:?}:\n{out}");
    }
}

#[test]
fn english_output_has_no_swedish_chrome() {
    check("en", Lang::Sv, Lang::En);
}

#[test]
fn swedish_output_has_no_english_chrome() {
    check("sv", Lang::En, Lang::Sv);
}

//! The paste the tests and the paste bench send: five thousand characters as a colleague would paste
//! them — Swedish words with å, ä and ö, digits and a phone number, spaces — with no bracketed-paste
//! marks (`tmux paste-buffer` without `-p`). One file for both, so the bench measures what the tests
//! check (`benches/paste.rs` includes it by path).

#![allow(dead_code)] // not every test binary that has `common` pastes

/// Five thousand characters of mixed Swedish text.
pub fn mixed_paste() -> String {
    let words = [
        "åtgärd",
        "ärende",
        "över",
        "2026",
        "polisen",
        "112",
        "barn",
        "människohandel",
        "säkerhet",
        "020-39 00 00",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < 5000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 7;
    }
    text.chars().take(5000).collect()
}

//! The wrapping property (issue 22): over every text a duty, a step or a contact shows and every width
//! from 20 to 250, with and without a label in front of the first line — no line wider than its room,
//! nothing lost or reordered, no grapheme split, and no word cut except one wider than a whole line,
//! which is cut into even pieces, never leaving a lone letter.

use proptest::prelude::*;
use textwrap::core::display_width;
use unicode_segmentation::UnicodeSegmentation;

use super::*;

/// A text prepared once for many checks: its non-blank characters and where its graphemes start.
struct Original<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// Per entry of `chars`: whether a grapheme starts there.
    starts: Vec<bool>,
}

impl<'a> Original<'a> {
    fn new(text: &'a str) -> Original<'a> {
        let (mut chars, mut starts) = (Vec::new(), Vec::new());
        for g in text.graphemes(true) {
            for (i, ch) in g.chars().filter(|c| !c.is_whitespace()).enumerate() {
                chars.push(ch);
                starts.push(i == 0);
            }
        }
        Original {
            text,
            chars,
            starts,
        }
    }
}

/// Checks `lines` as a wrapping of `o` at `width` with `first` columns on the first line.
fn check(o: &Original<'_>, width: usize, first: usize, lines: &[String]) -> Result<(), String> {
    let text = o.text;
    let what = |msg: String| format!("width {width} (first {first}) {text:?}: {msg}\n{lines:#?}");
    for (i, line) in lines.iter().enumerate() {
        let room = if i == 0 { first.min(width) } else { width };
        // Only a single grapheme wider than the room may stick out: it cannot be cut.
        if display_width(line) > room && line.trim().graphemes(true).count() > 1 {
            return Err(what(format!("line {i} is wider than {room}")));
        }
    }
    // Every character once, in order, and every line starting where a grapheme starts (a grapheme
    // cut in two would start a line with its second half).
    let mut at = 0;
    for line in lines {
        for (i, ch) in line.chars().filter(|c| !c.is_whitespace()).enumerate() {
            if o.chars.get(at) != Some(&ch) {
                return Err(what(format!("character {at} lost or moved")));
            }
            if i == 0 && !o.starts[at] {
                return Err(what(format!("a grapheme is split at character {at}")));
            }
            at += 1;
        }
    }
    if at != o.chars.len() {
        return Err(what("text lost at the end".into()));
    }
    // Words: whole, or pieces of a word wider than a line, each piece at least two graphemes.
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut tokens = lines
        .iter()
        .flat_map(|l| l.split_whitespace().map(|t| (t, t == l.trim())));
    for word in words {
        let mut built = String::new();
        let mut parts = 0;
        while built.len() < word.len() {
            let Some((t, alone)) = tokens.next() else {
                return Err(what(format!("`{word}` is missing")));
            };
            built.push_str(t);
            parts += 1;
            if parts > 1 || built.len() < word.len() {
                if display_width(word) <= width {
                    return Err(what(format!("`{word}` fits a line but is cut")));
                }
                // A piece is never a lone letter (a single wide character may stand alone).
                let lone = t.graphemes(true).count() < 2 && t.chars().all(char::is_alphabetic);
                if !alone || (lone && display_width(t) < 2) {
                    return Err(what(format!("`{word}` is cut badly at `{t}`")));
                }
            }
        }
        if built != word {
            return Err(what(format!("`{word}` became `{built}`")));
        }
    }
    Ok(())
}

/// Every text the navigator and the training slides wrap: duties, attribution notes, step intros and
/// sections, contact notes, question help, law summaries.
fn shipped_texts() -> Vec<String> {
    let c = crate::embedded::content();
    let mut v: Vec<String> = Vec::new();
    for d in c.duties.iter() {
        v.push(d.text.to_string());
        v.extend(d.attribution_note.as_deref().map(str::to_string));
    }
    for s in c.steps.iter() {
        v.push(s.intro.to_string());
        v.extend(s.sections.iter().map(|x| x.text.to_string()));
    }
    for k in c.contacts.iter() {
        v.extend(k.note.as_deref().map(str::to_string));
        v.push(format!("{} {}", k.unit, k.email.as_deref().unwrap_or("")));
    }
    for q in c.questions.iter() {
        v.extend(q.help.as_deref().map(str::to_string));
    }
    v.extend(c.law.iter().map(|l| l.summary.to_string()));
    v
}

#[test]
fn every_shipped_text_at_every_width_from_20_to_250() {
    let texts = shipped_texts();
    assert!(texts.len() > 100, "{}", texts.len());
    for text in &texts {
        let original = Original::new(text);
        for width in 20..=250 {
            for first in [width, 3] {
                let lines = wrap_after(text, width, first);
                if let Err(e) = check(&original, width, first, &lines) {
                    panic!("{e}");
                }
            }
        }
    }
}

#[test]
fn the_cases_of_issue_22() {
    // The summary at 80×24 put a long label in front of the duty: letter by letter, then re-joined.
    let text = "Förmedlar ansökan om att delta i Återvändandeprogrammet till IOM och har kontinuerlig kontakt för att förbereda återvändandet.";
    let lines = wrap_after(text, 76, 1);
    assert_eq!(lines[0], "", "starts below a label that leaves no room");
    assert!(
        lines[1].starts_with("Förmedlar ansökan om att delta i"),
        "{lines:?}"
    );
    // A word wider than the line is cut in even pieces, never leaving one letter.
    assert_eq!(
        wrap("Återvändandeprogrammet", 20),
        ["Återvändand", "eprogrammet"]
    );
    assert_eq!(wrap("ett två tre", 7), ["ett två", "tre"]);
    assert_eq!(wrap("", 5), [""]);
    assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
}

fn any_text() -> impl Strategy<Value = String> {
    // Letters with and without combining marks, wide characters, emoji with modifiers, spaces.
    let pieces = prop::sample::select(vec![
        "a",
        "ö",
        "o\u{308}",
        "Å",
        "e\u{301}",
        "漢",
        "字",
        "👍🏽",
        " ",
        " ",
        " ",
        "-",
        "§",
        "abcdefghijklmnopqrstuvwxyz",
        "Återvändandeprogrammet",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_text_at_any_width(text in any_text(), width in 6usize..60, cut in 0usize..60) {
        let first = cut.min(width);
        let lines = wrap_after(&text, width, first);
        if let Err(e) = check(&Original::new(&text), width, first, &lines) {
            prop_assert!(false, "{}", e);
        }
    }
}

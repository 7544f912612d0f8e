//! Word wrap for people reading at a terminal: the one wrapping every face uses (the navigator's panes,
//! the training slides), so a duty reads the same at every width.
//!
//! Lines are filled by `textwrap` (first fit, breaking only at spaces, widths measured in terminal
//! columns by `unicode-width`), never inside a grapheme. A word wider than a whole line — only at very
//! narrow widths, or a long e-mail address — is cut into pieces of equal width rather than a full line
//! and a stub, so no piece is a lone letter ("Återvändandeprogramme" / "t"). When the first line is
//! shorter than the others (a label in front of it) and the first word does not fit there, the text
//! starts on the next line instead of being squeezed letter by letter into the gap.

use textwrap::core::display_width;
use textwrap::{Options, WordSeparator, WordSplitter};
use unicode_segmentation::UnicodeSegmentation;

/// `text` in lines of at most `width` columns (at least 1). Each `\n` starts a new line; an empty
/// paragraph is an empty line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_after(text, width, width)
}

/// Like [`wrap`], but the first line has only `first` columns (something stands in front of it). When
/// not even the first word fits there, the first line is empty and the text starts on the second.
pub fn wrap_after(text: &str, width: usize, first: usize) -> Vec<String> {
    let width = width.max(1);
    let first = first.min(width);
    let mut out = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let room = if i == 0 { first } else { width };
        out.extend(paragraph(para, width, room));
    }
    out
}

/// One paragraph: the first line has `room` columns, the others `width`.
fn paragraph(para: &str, width: usize, room: usize) -> Vec<String> {
    if para.trim().is_empty() {
        return vec![String::new()];
    }
    let lead_word = para.split_whitespace().next().map_or(0, display_width);
    if room < width && (room == 0 || lead_word > room) {
        // The gap in front is too narrow for the first word: start below it, at full width.
        let mut lines = vec![String::new()];
        lines.extend(paragraph(para, width, width));
        return lines;
    }
    let indent = " ".repeat(width - room);
    let options = Options::new(width)
        .initial_indent(&indent)
        .break_words(false)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation);
    let mut out = Vec::new();
    for (i, line) in textwrap::wrap(para, options).into_iter().enumerate() {
        let line = if i == 0 {
            line.strip_prefix(indent.as_str())
                .unwrap_or(&line)
                .to_string()
        } else {
            line.into_owned()
        };
        let room = if i == 0 { room } else { width };
        if display_width(&line) <= room {
            out.push(line);
        } else {
            // Only a single word wider than the line gets here (words are never broken otherwise).
            out.extend(pieces(line.trim(), width));
        }
    }
    out
}

/// What a cutting of a word costs, compared in this order: lone letters, pieces, widest piece.
type Cost = (usize, usize, usize);

/// `word` cut into pieces of at most `width` columns: no piece a lone letter where that can be helped,
/// then as few pieces as possible, then as even as possible (the widest piece as narrow as possible).
/// A small dynamic programme over the cut points; words are short.
fn pieces(word: &str, width: usize) -> Vec<String> {
    let graphemes: Vec<(&str, usize)> = word
        .graphemes(true)
        .map(|g| (g, display_width(g)))
        .collect();
    let n = graphemes.len();
    let lone = |i: usize, j: usize| {
        let (g, w) = graphemes[i];
        usize::from(j == i + 1 && w < 2 && g.chars().all(char::is_alphabetic))
    };
    // best[j]: the cost of the best cutting of the first j graphemes, and where its last piece starts.
    let mut best: Vec<Option<(Cost, usize)>> = vec![None; n + 1];
    best[0] = Some(((0, 0, 0), 0));
    for j in 1..=n {
        let mut w = 0;
        for i in (0..j).rev() {
            w += graphemes[i].1;
            if w > width && i + 1 < j {
                break;
            }
            if let Some(((l, p, m), _)) = best[i] {
                let cost = (l + lone(i, j), p + 1, m.max(w));
                if best[j].is_none_or(|(b, _)| cost < b) {
                    best[j] = Some((cost, i));
                }
            }
        }
    }
    let mut cuts = vec![n];
    let mut j = n;
    while j > 0 {
        j = best[j].map_or(0, |(_, i)| i);
        cuts.push(j);
    }
    cuts.reverse();
    cuts.windows(2)
        .map(|c| graphemes[c[0]..c[1]].iter().map(|&(g, _)| g).collect())
        .collect()
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;

//! Wrapped text with marked parts: a term of the glossary in a duty's text (underlined, followed by
//! [`TERM_MARK`] so it shows without colour or underline too), the highlighted item in a source's
//! paragraph. Wraps exactly as [`super::widgets::wrapped_lines`] does (the one house wrap), then lays
//! the styles back onto the wrapped characters, so a mark may break across lines.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::engine::TermMark;
use crate::report::wrap::wrap_after;
use crate::tui::app::App;

/// What follows a marked term in the text: a sign that its explanation is one key (`t`) away, which
/// reads without colour and without underline (a plain terminal, a screen reader).
pub const TERM_MARK: &str = "°";

/// A part of a text to draw in `style`, followed by `suffix`.
#[derive(Debug, Clone)]
pub struct Marked {
    pub range: Range<usize>,
    pub style: Style,
    pub suffix: &'static str,
}

/// The glossary's terms in `text` (of the content shown now), as marks: underlined, then [`TERM_MARK`].
pub fn term_marks(app: &App, text: &str) -> (Vec<Marked>, Vec<TermMark>) {
    let found = app.marker().marks(text);
    let style = Style::new().add_modifier(Modifier::UNDERLINED);
    let marks = found
        .iter()
        .map(|m| Marked {
            range: m.range.clone(),
            style,
            suffix: TERM_MARK,
        })
        .collect();
    (marks, found)
}

/// `text` wrapped to `width` with `marks` drawn in their styles (patched over `base`), the first line
/// prefixed by `first` and the rest by `indent` spaces.
pub fn marked_lines(
    first: Vec<Span<'static>>,
    indent: usize,
    text: &str,
    marks: &[Marked],
    width: usize,
    base: Style,
) -> Vec<Line<'static>> {
    // Every character with its style, the suffixes inserted after their marks.
    let mut styled: Vec<(char, Style)> = Vec::with_capacity(text.len());
    for (at, ch) in text.char_indices() {
        let mark = marks.iter().find(|m| m.range.contains(&at));
        styled.push((ch, mark.map_or(base, |m| base.patch(m.style))));
        let end = at + ch.len_utf8();
        for m in marks
            .iter()
            .filter(|m| m.range.end == end && !m.range.is_empty())
        {
            styled.extend(m.suffix.chars().map(|c| (c, base.patch(m.style))));
        }
    }
    let flat: String = styled.iter().map(|(c, _)| c).collect();
    let lead: usize = first.iter().map(Span::width).sum();
    let room = width.saturating_sub(indent).max(1);
    let first_room = width.saturating_sub(lead);
    let mut cursor = 0;
    let mut out = Vec::new();
    for (i, piece) in wrap_after(&flat, room, first_room).into_iter().enumerate() {
        let mut spans = if i == 0 {
            first.clone()
        } else {
            vec![Span::raw(" ".repeat(indent))]
        };
        let mut run = String::new();
        let mut run_style = base;
        for ch in piece.chars() {
            // The wrap only drops or changes spaces: find the character in the styled text.
            let mut style = base;
            while let Some(&(c, s)) = styled.get(cursor) {
                cursor += 1;
                if c == ch {
                    style = s;
                    break;
                }
            }
            if style != run_style && !run.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut run), run_style));
            }
            run_style = style;
            run.push(ch);
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, run_style));
        }
        out.push(Line::from(spans));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_survive_the_wrap_and_carry_their_suffix() {
        let under = Style::new().add_modifier(Modifier::UNDERLINED);
        let text = "Säkra spår med spårsäkringssatsen från NCK i dag";
        let at = |w: &str| {
            let s = text.find(w).unwrap_or_else(|| panic!("{w}"));
            s..s + w.len()
        };
        let marks = [
            Marked {
                range: at("spårsäkringssatsen"),
                style: under,
                suffix: TERM_MARK,
            },
            Marked {
                range: at("NCK"),
                style: under,
                suffix: TERM_MARK,
            },
        ];
        let lines = marked_lines(vec![], 0, text, &marks, 20, Style::new());
        let plain: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(
            plain.join("|"),
            "Säkra spår med|spårsäkringssatsen°|från NCK° i dag"
        );
        let underlined: Vec<String> = lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .filter(|s| s.style.add_modifier.contains(Modifier::UNDERLINED))
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(underlined, ["spårsäkringssatsen°", "NCK°"]);
        // No marks: the same lines as the plain wrap.
        let same = marked_lines(vec![], 2, text, &[], 20, Style::new());
        let wrapped = super::super::widgets::wrapped_lines(vec![], 2, text, 20, Style::new());
        assert_eq!(same, wrapped);
    }
}

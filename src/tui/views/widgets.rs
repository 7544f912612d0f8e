//! Small drawing helpers shared by the views: word wrap, a scrolling list of multi-line items that
//! reports where its selection is (for the terminal cursor), and pane borders.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::App;
use crate::tui::theme::Theme;

/// Splits `text` into lines of at most `width` characters, at spaces where possible.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in para.split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            // A word longer than a line is cut into pieces.
            while word.len() > width {
                if len > 0 {
                    lines.push(std::mem::take(&mut line));
                    len = 0;
                }
                let rest = word.split_off(width);
                lines.push(word.into_iter().collect());
                word = rest;
            }
            if len > 0 && len + 1 + word.len() > width {
                lines.push(std::mem::take(&mut line));
                len = 0;
            }
            if len > 0 {
                line.push(' ');
                len += 1;
            }
            len += word.len();
            line.extend(word);
        }
        lines.push(line);
    }
    lines
}

/// Cuts `s` to `width` characters, ending in `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Wraps `text` into styled lines of `width`, the first prefixed by `first` and the rest by `indent`.
pub fn wrapped_lines(
    first: Vec<Span<'static>>,
    indent: usize,
    text: &str,
    width: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let lead: usize = first.iter().map(|s| s.content.chars().count()).sum();
    let first_avail = width.saturating_sub(lead).max(1);
    let rest_avail = width.saturating_sub(indent).max(1);
    let mut pieces = wrap(text, first_avail);
    if pieces.len() > 1 {
        let rest = pieces.split_off(1).join(" ");
        pieces.extend(wrap(&rest, rest_avail));
    }
    let mut out = Vec::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        let mut spans = if i == 0 {
            first.clone()
        } else {
            vec![Span::raw(" ".repeat(indent))]
        };
        spans.push(Span::styled(piece, style));
        out.push(Line::from(spans));
    }
    out
}

/// A bordered pane; its border is bright when it has the focus.
pub fn pane<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused {
        theme.border_focus
    } else {
        theme.border
    };
    let marker = if focused { "▶ " } else { "" };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .style(theme.text)
        .title(Line::styled(format!(" {marker}{title} "), style))
}

/// Draws `items` (each one or more lines) into `area`, scrolled so the item `selected` is visible;
/// the selected item's lines get `sel_style`. Returns the screen position of the selected item's first
/// line, for the terminal cursor.
pub fn list(
    frame: &mut Frame,
    area: Rect,
    items: Vec<Vec<Line<'static>>>,
    selected: Option<usize>,
    sel_style: Style,
) -> Option<Position> {
    let height = usize::from(area.height);
    if height == 0 || area.width == 0 {
        return None;
    }
    let starts: Vec<usize> = items
        .iter()
        .scan(0, |acc, it| {
            let s = *acc;
            *acc += it.len();
            Some(s)
        })
        .collect();
    let mut offset = 0;
    if let Some(sel) = selected.filter(|&s| s < items.len()) {
        let end = starts[sel] + items[sel].len();
        if end > height {
            offset = end - height;
        }
        offset = offset.min(starts[sel]);
    }
    let mut lines = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let chosen = Some(i) == selected;
        for line in item {
            lines.push(if chosen {
                line.patch_style(sel_style)
            } else {
                line
            });
        }
    }
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
    let sel = selected.filter(|&s| s < starts.len())?;
    let row = starts[sel].checked_sub(offset)?;
    (row < height).then(|| Position::new(area.x, area.y + row as u16))
}

/// Draws plain lines scrolled by `scroll` (clamped so the last page stays full).
/// A focused pane titled `title` holding a scrolled text (the help, the summary, the timeline):
/// `lines` gets the inner width to wrap to. Returns where the cursor goes.
pub fn scrolled_pane(
    app: &App,
    frame: &mut Frame,
    body: Rect,
    title: &str,
    lines: impl FnOnce(usize) -> Vec<Line<'static>>,
    scroll: usize,
) -> Option<Position> {
    let block = pane(title, true, &app.theme);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    scrolled(frame, inner, lines(usize::from(inner.width)), scroll);
    (inner.width > 0 && inner.height > 0).then(|| Position::new(inner.x, inner.y))
}

pub fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, scroll: usize) {
    let height = usize::from(area.height);
    let max = lines.len().saturating_sub(height);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll.min(max))
        .take(height)
        .collect();
    frame.render_widget(Paragraph::new(visible), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("ett två tre", 7), vec!["ett två", "tre"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("å ä ö", 1), vec!["å", "ä", "ö"]);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Socialtjänsten", 6), "Socia…");
        assert_eq!(truncate("kort", 6), "kort");
    }
}

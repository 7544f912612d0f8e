//! Small drawing helpers shared by the views: word wrap, a scrolling list of multi-line items that
//! reports where its selection is (for the terminal cursor), and pane borders.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use unicode_segmentation::UnicodeSegmentation;

use crate::report::wrap::wrap_after;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub use crate::report::wrap::wrap;

/// Cuts `s` to `width` terminal columns, ending in `…` when cut — at a space when one is near the end,
/// so a cut word does not read as another word.
pub fn truncate(s: &str, width: usize) -> String {
    if Span::raw(s).width() <= width {
        return s.to_string();
    }
    let room = width.saturating_sub(1);
    let mut out = String::new();
    // Column by column, as the terminal lays graphemes out (measuring the whole prefix again for each
    // grapheme made a long text quadratic).
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = Span::raw(g).width();
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(g);
    }
    // Back to the last space when it keeps at least two thirds of the room.
    if let Some(i) = out.trim_end().rfind(' ').filter(|&i| i >= room * 2 / 3) {
        out.truncate(i);
    }
    format!("{}…", out.trim_end())
}

/// Wraps `text` into styled lines of `width`, the first prefixed by `first` and the rest by `indent`
/// spaces. When `first` leaves no room for the first word, it stands on a line of its own and the text
/// starts below it, at the indent.
pub fn wrapped_lines(
    first: Vec<Span<'static>>,
    indent: usize,
    text: &str,
    width: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let lead: usize = first.iter().map(Span::width).sum();
    let room = width.saturating_sub(indent).max(1);
    let first_room = width.saturating_sub(lead);
    let mut out = Vec::new();
    for (i, piece) in wrap_after(text, room, first_room).into_iter().enumerate() {
        let mut spans = if i == 0 {
            first.clone()
        } else {
            vec![Span::raw(" ".repeat(indent))]
        };
        if !piece.is_empty() {
            spans.push(Span::styled(piece, style));
        }
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
    list_showing(frame, area, items, selected, sel_style, selected)
}

/// The first line [`list_showing`] draws of items `lens` lines long in a pane `height` lines high:
/// 0, or as far down as item `shown` needs to be whole in view (its top at the least).
pub fn list_offset(lens: &[usize], height: usize, shown: Option<usize>) -> usize {
    let Some(sel) = shown.filter(|&s| s < lens.len()) else {
        return 0;
    };
    let start: usize = lens[..sel].iter().sum();
    (start + lens[sel]).saturating_sub(height).min(start)
}

/// Like [`list`], but scrolled so that item `shown` (not necessarily the selected one) is visible;
/// `None` keeps the top. The detail pane keeps its duty's heading in view while its first contact is
/// selected.
pub fn list_showing(
    frame: &mut Frame,
    area: Rect,
    items: Vec<Vec<Line<'static>>>,
    selected: Option<usize>,
    sel_style: Style,
    shown: Option<usize>,
) -> Option<Position> {
    let height = usize::from(area.height);
    if height == 0 || area.width == 0 {
        return None;
    }
    let lens: Vec<usize> = items.iter().map(Vec::len).collect();
    let offset = list_offset(&lens, height, shown);
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
    let sel = selected.filter(|&s| s < lens.len())?;
    let row = lens[..sel].iter().sum::<usize>().checked_sub(offset)?;
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
    fn truncate_marks_the_cut_at_a_space_when_near() {
        assert_eq!(truncate("Socialtjänsten", 6), "Socia…");
        assert_eq!(truncate("kort", 6), "kort");
        assert_eq!(truncate("Ge akut skydd och stöd", 16), "Ge akut skydd…");
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
    }

    #[test]
    fn a_label_that_leaves_no_room_puts_the_text_below_it() {
        let label = vec![Span::raw(
            "  ? kan bli aktuellt Regionkoordinatorn mot prostitution: ",
        )];
        let lines = wrapped_lines(
            label,
            4,
            "Förmedlar ansökan om att delta i Återvändandeprogrammet",
            60,
            Style::default(),
        );
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(
            text[0].trim_end(),
            "  ? kan bli aktuellt Regionkoordinatorn mot prostitution:"
        );
        assert_eq!(
            text[1],
            "    Förmedlar ansökan om att delta i Återvändandeprogrammet"
        );
    }
}

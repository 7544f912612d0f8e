//! Drawing the walkthrough for a projector: large margins, one thing at a time, the progress ("3/7")
//! always in the top corner, in English the marker of the unofficial translation under the title. A
//! page longer than the screen scrolls: "▼ mer – PgDn" in its last row says there is more (and "▲" in
//! the first that some is above), and PgDn shows it before moving on. Text is wrapped with the
//! navigator's wrapping (`report::wrap`). The footer's keys and the key list behind `?` come from the
//! one key table ([`super::keymap`]). Pure functions of the state; tested with `TestBackend` snapshots.

mod slides;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::keymap;
use super::walkthrough::Walkthrough;
use crate::i18n::{Lang, Msg, text};
use crate::report::wrap::{wrap, wrap_after};

/// The areas of the screen: the header, the page's title, its text, the rows just above and below
/// the text (for the marks that say there is more), the footer with the keys.
struct Areas {
    header: Rect,
    title: Rect,
    text: Rect,
    above: Rect,
    below: Rect,
    footer: Rect,
}

fn areas(area: Rect) -> Areas {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let inner = body.inner(Margin::new(4, 1));
    let [title, text] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    // The empty second row of the title, and the margin row under the text.
    let above = Rect {
        y: title.bottom().saturating_sub(1),
        height: title.height.min(1),
        ..title
    };
    let below = Rect {
        y: text.bottom(),
        height: u16::from(body.bottom() > text.bottom()),
        ..text
    };
    Areas {
        header,
        title,
        text,
        above,
        below,
        footer,
    }
}

/// The text area of the current page at the walkthrough's size.
fn text_area(w: &Walkthrough) -> Rect {
    areas(Rect::new(0, 0, w.size.0, w.size.1)).text
}

/// The current page's title and its lines wrapped to `width` columns.
pub fn page(w: &Walkthrough, lang: Lang, width: usize) -> (String, Vec<Line<'static>>) {
    let (title, paras) = slides::page(w, lang);
    let mut lines = Vec::new();
    for p in paras {
        let lead: usize = p.lead.iter().map(Span::width).sum();
        let room = width.saturating_sub(p.indent).max(1);
        for (i, piece) in wrap_after(&p.text, room, width.saturating_sub(lead))
            .into_iter()
            .enumerate()
        {
            let mut spans = if i == 0 {
                p.lead.clone()
            } else {
                vec![Span::raw(" ".repeat(p.indent))]
            };
            spans.push(Span::styled(piece, p.style));
            lines.push(Line::from(spans));
        }
    }
    (title, lines)
}

/// How far the current page can scroll at the walkthrough's size (0 when it fits).
pub fn scroll_max(w: &Walkthrough, lang: Lang) -> usize {
    let area = text_area(w);
    let lines = page(w, lang, usize::from(area.width)).1.len();
    lines.saturating_sub(usize::from(area.height))
}

/// The rows one screenful scrolls (one kept for context).
pub fn screenful(w: &Walkthrough) -> usize {
    usize::from(text_area(w).height.saturating_sub(1)).max(1)
}

/// The list of keys (`?`) from the key table, wrapped to `width` columns: each description after its
/// keys, in one column.
fn help_page(lang: Lang, width: usize) -> (String, Vec<Line<'static>>) {
    let rows = keymap::help_lines(lang);
    let keys = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (k, desc) in rows {
        for (i, piece) in wrap(desc, width.saturating_sub(keys + 3))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::raw(format!("{lead:<keys$}   ")).bold(),
                Span::raw(piece),
            ]));
        }
    }
    (text(lang, Msg::TrainHelpTitle).to_string(), lines)
}

/// Draws the current page of `w` (or the list of keys, while it is open) into the whole frame, the
/// page scrolled by `w.scroll`.
pub fn render(frame: &mut Frame, w: &Walkthrough, lang: Lang) {
    let a = areas(frame.area());
    render_header(frame, a.header, w, lang);
    let width = usize::from(a.text.width);
    let (title, lines) = if w.help_open {
        help_page(lang, width)
    } else {
        page(w, lang, width)
    };
    frame.render_widget(Paragraph::new(Line::from(title).bold()), a.title);
    let height = usize::from(a.text.height);
    // The list of keys does not scroll (nor say it could): the page keeps its place under it.
    let max = if w.help_open {
        0
    } else {
        lines.len().saturating_sub(height)
    };
    let scroll = w.scroll.min(max);
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(visible), a.text);
    // Where the page goes on: a mark, in words and not only an arrow, in the empty row under the text
    // (more below) and in the one above it (more above) — never over the text.
    let reversed = Style::new().add_modifier(Modifier::REVERSED);
    let mark = |frame: &mut Frame, s: String, row: Rect| {
        let width = s.chars().count() as u16;
        if width <= row.width && row.height > 0 {
            let r = Rect::new(row.right() - width, row.y, width, 1);
            frame.render_widget(Paragraph::new(Span::styled(s, reversed)), r);
        }
    };
    if scroll < max {
        mark(
            frame,
            format!(" ▼ {} ", text(lang, Msg::TrainMore)),
            a.below,
        );
    }
    if scroll > 0 {
        mark(
            frame,
            format!(" ▲ {} ", text(lang, Msg::TrainAbove)),
            a.above,
        );
    }
    frame.render_widget(
        Paragraph::new(keymap::hints(w, lang, usize::from(a.footer.width)))
            .alignment(Alignment::Center)
            .dim(),
        a.footer,
    );
}

fn render_header(frame: &mut Frame, area: Rect, w: &Walkthrough, lang: Lang) {
    let (now, all) = w.progress();
    let block = Block::default().borders(Borders::BOTTOM);
    let inner = block.inner(area).inner(Margin::new(2, 0));
    frame.render_widget(block, area);
    let [left, right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(9)]).areas(inner);
    // In English the second line says what the text is: an unofficial translation.
    let mut title = vec![Line::from(w.scenario().title.to_string()).bold()];
    title.extend(crate::report::bilingual::marker(lang).map(|m| Line::from(m).dim()));
    frame.render_widget(Paragraph::new(title), left);
    frame.render_widget(
        Paragraph::new(format!("{now}/{all}"))
            .alignment(Alignment::Right)
            .bold(),
        right,
    );
}

#[cfg(test)]
mod tests;

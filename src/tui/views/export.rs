//! The export dialog (`e`): a small modal over the current view with the file name, the format and,
//! when the file exists, the question whether to overwrite it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::widgets::{pane, wrap};
use crate::i18n::Msg;
use crate::tui::app::App;
use crate::tui::export::{ExportDialog, ExportFormat};

/// The dialog's area: centred in `body`, at most 76 columns wide, as tall as its lines.
pub fn area(body: Rect, lines: u16) -> Rect {
    let w = body.width.min(76);
    let h = (lines + 2).min(body.height);
    Rect::new(
        body.x + (body.width - w) / 2,
        body.y + (body.height - h) / 2,
        w,
        h,
    )
}

/// Draws the dialog over `body`; returns where the terminal cursor goes (the end of the file name).
pub fn render(app: &App, d: &ExportDialog, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let width = usize::from(body.width.min(76).saturating_sub(2)).max(1);
    let label = format!("{}: ", app.t(Msg::TuiExportFile));
    // The end of a long name stays visible (that is where the user types).
    let room = width.saturating_sub(label.chars().count() + 1).max(1);
    let count = d.name.chars().count();
    let shown: String = d.name.chars().skip(count.saturating_sub(room)).collect();
    let cursor_x = (label.chars().count() + shown.chars().count()) as u16;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(label, t.heading),
            Span::styled(shown, t.selected),
        ]),
        Line::raw(""),
    ];
    let mut format = vec![Span::styled(
        format!("{}: ", app.t(Msg::TuiExportFormat)),
        t.heading,
    )];
    for f in [ExportFormat::Markdown, ExportFormat::Json] {
        let (mark, style) = if f == d.format {
            ("(•)", t.highlight)
        } else {
            ("( )", t.text)
        };
        format.push(Span::styled(format!("{mark} {}", f.name()), style));
        format.push(Span::raw("  "));
    }
    format.push(Span::styled("(Tab)", t.key));
    lines.push(Line::from(format));
    lines.push(Line::raw(""));
    for l in wrap(app.t(Msg::TuiExportPrivacy), width) {
        lines.push(Line::styled(l, t.dim));
    }
    if d.confirm {
        lines.push(Line::raw(""));
        for l in wrap(app.t(Msg::TuiExportExists), width) {
            lines.push(Line::styled(l, t.warn));
        }
    }
    let rect = area(body, lines.len() as u16);
    let block = pane(app.t(Msg::TuiExport), true, t);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    (inner.width > 0 && inner.height > 0)
        .then(|| Position::new(inner.x + cursor_x.min(inner.width - 1), inner.y))
}

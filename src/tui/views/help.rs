//! The help view (`?`): every key binding, generated from the keymap table that dispatches keys.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::widgets::scrolled_pane;
use crate::i18n::Msg;
use crate::tui::app::App;
use crate::tui::keymap::{Context, help_lines};

/// Draws the key help, grouped by where the keys work.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let title = app.t(Msg::TuiHelp);
    scrolled_pane(app, frame, body, title, |_| lines(app), app.help.scroll)
}

/// The help's lines (not wrapped: a narrow pane cuts them).
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut lines = vec![
        Line::styled(app.t(Msg::TuiHelpIntro), t.text),
        Line::raw(""),
    ];
    let help = help_lines(app.lang);
    let key_w = help
        .iter()
        .map(|(_, k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    for context in Context::ALL {
        lines.push(Line::styled(context.title(app.lang), t.heading));
        for (_, keys, desc) in help.iter().filter(|(c, _, _)| *c == context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<key_w$}  "), t.key),
                Span::raw(*desc),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines
}

//! The question list both the main view and the plan screen draw: in the adaptive order of
//! [`crate::tui::state::plan::question_order`], under three headings that say in words what colour
//! only hints at — the questions that still decide something (most decisive first, each with how many
//! rows it decides, in place of its answer), the answered ones, and those that change nothing now
//! (dimmed, under "Påverkar inget just nu").

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::labels::answer_label;
use super::widgets::{list, pane, truncate};
use crate::i18n::{Msg, fill};
use crate::tui::app::App;

/// The list's items (one line each) and, per item, the question it shows (`None` for a heading).
pub fn items(app: &App, width: usize) -> (Vec<Vec<Line<'static>>>, Vec<Option<usize>>) {
    let c = app.content;
    let mut items: Vec<Vec<Line<'static>>> = Vec::new();
    let mut index: Vec<Option<usize>> = Vec::new();
    let mut group = usize::MAX;
    for (q, decides) in app.question_order() {
        let g = match decides {
            Some(r) if r.decides > 0 || r.urgent => 0,
            None => 1,
            Some(_) => 2,
        };
        if g != group {
            group = g;
            let (msg, style) = match g {
                0 => (Msg::TuiQDeciding, app.theme.heading),
                1 => (Msg::TuiQAnswered, app.theme.heading),
                _ => (Msg::TuiQNothing, app.theme.dim),
            };
            items.push(vec![Line::styled(truncate(app.t(msg), width), style)]);
            index.push(None);
        }
        // An open question that decides something shows how much instead of "vet ej"; ☎ when it
        // decides whom to call first (the plan says so in words).
        let label = match decides {
            Some(r) if r.urgent && r.decides == 0 => "☎".to_string(),
            Some(r) if r.urgent => format!(
                "{} ☎",
                fill(app.lang, Msg::TuiDecidesShort, &[&r.decides.to_string()])
            ),
            Some(r) if r.decides > 0 => {
                fill(app.lang, Msg::TuiDecidesShort, &[&r.decides.to_string()])
            }
            _ => answer_label(app, q),
        };
        let label = truncate(&label, 10);
        let (label_style, text_style) = match g {
            1 => (app.theme.heading, app.theme.text),
            0 => (app.theme.may_apply, app.theme.text),
            _ => (app.theme.dim, app.theme.dim),
        };
        let text = truncate(&c.questions[q].text, width.saturating_sub(13));
        items.push(vec![Line::from(vec![
            Span::styled(format!("[{label:<10}]"), label_style),
            Span::raw(" "),
            Span::styled(text, text_style),
        ])]);
        index.push(Some(q));
    }
    (items, index)
}

/// Draws the questions pane into `area`, the selected question (`app.main.question`) highlighted;
/// returns where the cursor goes (on the selected question).
pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let title = format!(
        "{} ({}/{})",
        app.t(Msg::Questions),
        app.answers.answered(),
        app.content.questions.len()
    );
    let block = pane(&title, focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (items, index) = items(app, usize::from(inner.width));
    let selected = index.iter().position(|&q| q == Some(app.main.question));
    list(frame, inner, items, selected, app.theme.selected)
}

/// The question on line `row` (0 = the first inside the border) of a questions pane `height` lines
/// high, scrolled as [`render`] scrolls it; for mouse clicks.
pub fn at_row(app: &App, row: usize, height: usize) -> Option<usize> {
    let (_, index) = items(app, 80);
    let selected = index
        .iter()
        .position(|&q| q == Some(app.main.question))
        .unwrap_or(0);
    let offset = (selected + 1).saturating_sub(height);
    index.get(offset + row).copied().flatten()
}

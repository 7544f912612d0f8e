//! The dialogs drawn over the current view: the question before quitting with answers, the role list
//! with its filter, and the discovery time with the forms it takes and why a time was refused.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::export::area;
use super::widgets::{list, pane, wrap};
use crate::i18n::{Msg, fill};
use crate::tui::app::App;
use crate::tui::state::modal::{DiscoveryDialog, DiscoveryError, Modal, RolePicker};

/// Draws `m` over `body`; returns where the terminal cursor goes (where typing lands).
pub fn render(app: &App, m: &Modal, frame: &mut Frame, body: Rect) -> Option<Position> {
    match m {
        Modal::Quit => {
            let width = usize::from(body.width.min(76).saturating_sub(2)).max(1);
            let n = app.answers.answered().to_string();
            let text = fill(app.lang, Msg::TuiQuitQuestion, &[&n]);
            let lines: Vec<Line> = wrap(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, app.theme.warn))
                .collect();
            draw(app, frame, body, app.t(Msg::TuiQuitTitle), lines);
            None
        }
        Modal::Role(p) => role(app, p, frame, body),
        Modal::Discovery(d) => discovery(app, d, frame, body),
    }
}

/// A bordered box titled `title` holding `lines`, centred in `body`; returns its inside.
fn draw(app: &App, frame: &mut Frame, body: Rect, title: &str, lines: Vec<Line>) -> Rect {
    let rect = area(body, lines.len() as u16);
    let block = pane(title, true, &app.theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    inner
}

fn role(app: &App, p: &RolePicker, frame: &mut Frame, body: Rect) -> Option<Position> {
    let c = app.content;
    let t = &app.theme;
    let matches = p.matches(c);
    let label = format!("{}: ", app.t(Msg::TuiRoleFilter));
    let head = Line::from(vec![
        Span::styled(label.clone(), t.heading),
        Span::styled(p.query.clone(), t.selected),
    ]);
    // The box as tall as the list (at most the body), the filter line and a blank line above it.
    let rows = (matches.len().max(1) + 2).min(usize::from(body.height.saturating_sub(2)));
    let blank = vec![Line::raw(""); rows];
    let inner = draw(app, frame, body, app.t(Msg::TuiRoleTitle), blank);
    if inner.height == 0 || inner.width == 0 {
        return None;
    }
    frame.render_widget(Paragraph::new(head), Rect { height: 1, ..inner });
    let list_area = Rect {
        y: inner.y + 2.min(inner.height),
        height: inner.height.saturating_sub(2),
        ..inner
    };
    let items: Vec<Vec<Line<'static>>> = if matches.is_empty() {
        vec![vec![Line::styled(app.t(Msg::TuiRoleNone), t.dim)]]
    } else {
        matches
            .iter()
            .map(|&a| {
                let name = a.map_or(app.t(Msg::TuiAll), |a| &c.actors[a].name);
                let mark = if a == app.role { "● " } else { "○ " };
                vec![Line::raw(format!("{mark}{name}"))]
            })
            .collect()
    };
    let selected = (!matches.is_empty()).then_some(p.selected);
    list(frame, list_area, items, selected, t.selected);
    let x = inner.x + (label.chars().count() + p.query.chars().count()) as u16;
    Some(Position::new(
        x.min(inner.right().saturating_sub(1)),
        inner.y,
    ))
}

fn discovery(app: &App, d: &DiscoveryDialog, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let width = usize::from(body.width.min(76).saturating_sub(2)).max(1);
    let label = format!("{}: ", app.t(Msg::TuiDiscoveryTitle));
    let mut lines: Vec<Line> = wrap(app.t(Msg::TuiDiscoveryPrompt), width)
        .into_iter()
        .map(|l| Line::styled(l, t.text))
        .collect();
    let field = lines.len();
    lines.push(Line::from(vec![
        Span::styled(label.clone(), t.heading),
        Span::styled(d.text.clone(), t.selected),
    ]));
    lines.push(Line::raw(""));
    lines.extend(
        wrap(app.t(Msg::TuiDiscoveryForms), width)
            .into_iter()
            .map(|l| Line::styled(l, t.dim)),
    );
    if let Some(e) = d.error {
        let msg = match e {
            DiscoveryError::Form => Msg::TuiDiscoveryForm,
            DiscoveryError::Future => Msg::TuiDiscoveryFuture,
        };
        lines.push(Line::raw(""));
        lines.extend(
            wrap(app.t(msg), width)
                .into_iter()
                .map(|l| Line::styled(l, t.warn)),
        );
    }
    let inner = draw(app, frame, body, app.t(Msg::TuiDiscoveryTitle), lines);
    let y = inner.y + field as u16;
    let x = inner.x + (label.chars().count() + d.text.chars().count()) as u16;
    (y < inner.bottom() && inner.width > 0)
        .then(|| Position::new(x.min(inner.right().saturating_sub(1)), y))
}

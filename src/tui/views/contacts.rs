//! The contacts view: every contact with phones, email, hours and the age of its information, filtered
//! by target group (`f`) and region (`g`). It follows the answers: the contacts that serve the case come
//! first; those whose own condition is false for it (the coordinator for adults when the person is a
//! child) follow under a heading of their own, dimmed, with the condition that rules them out — still
//! there to be found and copied, never mistaken for the case's.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::detail::contact_lines;
use super::widgets::{list, pane, wrapped_lines};
use crate::i18n::Msg;
use crate::tui::app::App;

/// Draws the contacts view; the cursor sits on the selected contact.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let [bar, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    let c = app.content;
    let state = &app.contacts;
    let all = app.t(Msg::TuiAll);
    let group = state
        .group_filter
        .and_then(|i| state.groups.get(i))
        .map_or(all, |s| s);
    let region = state
        .region_filter
        .and_then(|i| state.regions.get(i))
        .map_or(all, |s| s);
    let listed = state.listed(c, &app.answers);
    let t = &app.theme;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} (f): ", app.t(Msg::TargetGroup)), t.key),
            Span::styled(group.to_string(), t.heading),
            Span::styled(format!("  {} (g): ", app.t(Msg::Region)), t.key),
            Span::styled(region.to_string(), t.heading),
            Span::styled(
                format!(
                    "  · {} {} · {} / {}",
                    listed.serving,
                    app.t(Msg::TuiForThisCase),
                    listed.contacts.len(),
                    c.contacts.len()
                ),
                t.dim,
            ),
        ])),
        bar,
    );
    let block = pane(app.t(Msg::Contacts), true, t);
    let inner = block.inner(rest);
    frame.render_widget(block, rest);
    let width = usize::from(inner.width);
    let mut items: Vec<Vec<Line<'static>>> = Vec::new();
    let mut selected = None;
    for (n, &k) in listed.contacts.iter().enumerate() {
        let contact = &c.contacts[k];
        if n == listed.serving {
            items.push(wrapped_lines(
                vec![],
                0,
                app.t(Msg::TuiNotForThisCase),
                width,
                t.heading,
            ));
        }
        let mut body = contact_lines(app, contact, width);
        let at = body.len().saturating_sub(1);
        body.insert(
            at,
            Line::styled(
                format!(
                    "  {}: {} · {}: {}",
                    app.t(Msg::TargetGroup),
                    contact.target_group,
                    app.t(Msg::Region),
                    contact.region
                ),
                t.dim,
            ),
        );
        if n >= listed.serving {
            if let Some(w) = &contact.when {
                body.extend(wrapped_lines(
                    vec![Span::raw("  ✘ ")],
                    4,
                    &format!("{}: {}", app.t(Msg::TuiRuledOutBy), w.source),
                    width,
                    t.dim,
                ));
            }
            body = body.into_iter().map(|l| l.patch_style(t.dim)).collect();
        }
        body.push(Line::raw(""));
        if n == state.selected {
            selected = Some(items.len());
        }
        items.push(body);
    }
    if items.is_empty() {
        items.push(wrapped_lines(
            vec![],
            0,
            app.t(Msg::TuiNoContactsFiltered),
            width,
            t.dim,
        ));
    }
    list(frame, inner, items, selected, t.selected)
}

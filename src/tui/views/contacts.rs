//! The contacts view: every contact with phones, email, hours and the age of its information, filtered
//! by target group (`f`) and region (`g`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::detail::contact_lines;
use super::widgets::{list, pane};
use crate::i18n::Msg;
use crate::tui::app::App;

/// Draws the contacts view; the cursor sits on the selected contact.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let [bar, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    let all = app.t(Msg::TuiAll);
    let group = app
        .group_filter
        .and_then(|i| app.groups.get(i))
        .map_or(all, |s| s);
    let region = app
        .region_filter
        .and_then(|i| app.regions.get(i))
        .map_or(all, |s| s);
    let visible = app.visible_contacts();
    let t = &app.theme;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} (f): ", app.t(Msg::TargetGroup)), t.key),
            Span::styled(group.to_string(), t.heading),
            Span::styled(format!("  {} (g): ", app.t(Msg::Region)), t.key),
            Span::styled(region.to_string(), t.heading),
            Span::styled(
                format!("  · {} / {}", visible.len(), app.content.contacts.len()),
                t.dim,
            ),
        ])),
        bar,
    );
    let block = pane(app.t(Msg::Contacts), true, t);
    let inner = block.inner(rest);
    frame.render_widget(block, rest);
    let width = usize::from(inner.width);
    let items = visible
        .iter()
        .map(|&k| {
            let c = &app.content.contacts[k];
            let mut lines = contact_lines(app, c, width);
            let at = lines.len().saturating_sub(1);
            lines.insert(
                at,
                Line::styled(
                    format!(
                        "  {}: {} · {}: {}",
                        app.t(Msg::TargetGroup),
                        c.target_group,
                        app.t(Msg::Region),
                        c.region
                    ),
                    t.dim,
                ),
            );
            lines.push(Line::raw(""));
            lines
        })
        .collect();
    list(frame, inner, items, Some(app.contact), t.selected)
}

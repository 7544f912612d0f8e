//! Pure render functions: each view draws `&App` into a `Frame` and touches no state. This module draws
//! the chrome every view shares — the emergency line, the tab bar, the key hints — and dispatches to
//! the view; [`layout`] owns the areas, so mouse clicks can be mapped back to panes.

pub mod actors;
pub mod contacts;
pub mod detail;
pub mod export;
pub mod glossary;
pub mod help;
pub mod labels;
pub mod law;
pub mod layout;
pub mod main;
pub mod marked;
pub mod modal;
pub mod plan;
pub mod plan_lines;
pub mod questions;
pub mod search;
pub mod source;
pub mod step_page;
pub mod summary;
pub mod tabs;
pub mod timeline;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, LayoutMode, View};
use super::keymap;
use crate::i18n::Msg;
use layout::{chrome, emergency_lines, render_emergency};

/// How far the scrolled text on screen (the help, the summary, the timeline or a step's page) can scroll at the
/// current size: its lines beyond the pane's height. `None` in the other views and when the terminal
/// is too small to draw any.
pub fn scroll_max(app: &App) -> Option<usize> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if LayoutMode::for_size(area.width, area.height) == LayoutMode::TooSmall {
        return None;
    }
    // The step's page: where the main view draws it now.
    if app.view == View::Main && !app.help.open {
        let inner = layout::page_area(app)?;
        let lines = step_page::lines(app, usize::from(inner.width)).0.len();
        return Some(lines.saturating_sub(usize::from(inner.height)));
    }
    // The others draw into a bordered pane filling the body.
    let inner = widgets::pane("", true, &app.theme).inner(chrome(app, area).body);
    let width = usize::from(inner.width);
    let lines = if app.help.open {
        help::lines(app).len()
    } else {
        match app.view {
            View::Summary => summary::lines(app, width).len(),
            View::Timeline => timeline::lines(app, width).len(),
            View::Source => source::lines(app, width).0.len(),
            _ => return None,
        }
    };
    Some(lines.saturating_sub(usize::from(inner.height)))
}

/// Draws the whole screen for `app`.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if LayoutMode::for_size(area.width, area.height) == LayoutMode::TooSmall {
        // Too small for the guide, but the emergency line still goes on top, above the request to
        // enlarge the window: 112 matters more than the request.
        let max = usize::from(area.height.saturating_sub(1)).clamp(1, 2);
        let lines = emergency_lines(app, area.width, max);
        let n = lines.len().clamp(1, max) as u16;
        let [emergency, rest] =
            Layout::vertical([Constraint::Length(n), Constraint::Min(0)]).areas(area);
        render_emergency(app, frame, emergency, lines);
        let msg = Paragraph::new(app.t(Msg::TuiEnlarge))
            .style(app.theme.warn)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(msg, rest);
        return;
    }
    let (ch, emergency) = layout::layout(app, area);
    render_emergency(app, frame, ch.emergency, emergency);
    render_tabs(app, frame, ch.tabs);
    render_notice(app, frame, ch.notice);
    render_hints(app, frame, ch.hints);
    let cursor = if app.help.open {
        help::render(app, frame, ch.body)
    } else {
        match app.view {
            View::Plan => plan::render(app, frame, ch.body),
            View::Main => main::render(app, frame, ch.body),
            View::Contacts => contacts::render(app, frame, ch.body),
            View::Law => law::render(app, frame, ch.body),
            View::Actors => actors::render(app, frame, ch.body),
            View::Search => search::render(app, frame, ch.body),
            View::Summary => summary::render(app, frame, ch.body),
            View::Timeline => timeline::render(app, frame, ch.body),
            View::Glossary => glossary::render(app, frame, ch.body),
            View::Source => source::render(app, frame, ch.body),
        }
    };
    // The export dialog is a modal over whatever view is open.
    let cursor = match &app.export {
        Some(d) => export::render(app, d, frame, ch.body),
        None => cursor,
    };
    let cursor = match &app.modal {
        Some(m) => modal::render(app, m, frame, ch.body),
        None => cursor,
    };
    if let Some(p) = cursor.filter(|p| area.contains(*p)) {
        frame.set_cursor_position(p);
    }
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let (tabs, role) = tabs::header(app, usize::from(area.width));
    let mut spans = Vec::new();
    for (v, label) in tabs {
        let style = if v == app.view && !app.help.open {
            app.theme.tab_active
        } else {
            app.theme.text
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::styled("│", app.theme.dim));
    }
    if let Some(role) = role {
        spans.push(Span::styled(role, app.theme.heading));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(app.theme.text),
        area,
    );
}

/// In a translation, once per view: "Unofficial translation — the Swedish text is authoritative" and
/// the key to the original; while the original is shown (`o`), that it is.
fn render_notice(app: &App, frame: &mut Frame, area: Rect) {
    let Some(marker) = crate::report::bilingual::marker(app.lang).filter(|_| area.height > 0)
    else {
        return;
    };
    let spans = if app.translation.is_some() {
        vec![Span::styled(
            app.t(Msg::TuiOriginalShown),
            app.theme.tab_active,
        )]
    } else {
        let mut v = vec![Span::styled(marker, app.theme.warn)];
        if app.swedish.is_some() {
            v.push(Span::styled(
                format!(" · {}", app.t(Msg::TuiOriginalKey)),
                app.theme.dim,
            ));
        }
        v
    };
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(app.theme.text),
        area,
    );
}

fn render_hints(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    if let Some(s) = &app.status {
        spans.push(Span::styled(format!("{s} "), app.theme.highlight));
        spans.push(Span::raw(" "));
    }
    // Whole hints only, in the table's order (most important first): one cut in half reads as nonsense.
    let mut used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    for (keys, desc) in keymap::hints(app) {
        let text = format!(" {desc}  ");
        let width = keys.chars().count() + text.trim_end().chars().count();
        if used + width > usize::from(area.width) {
            break;
        }
        used += keys.chars().count() + text.chars().count();
        spans.push(Span::styled(keys, app.theme.key));
        spans.push(Span::styled(text, app.theme.text));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(app.theme.text),
        area,
    );
}

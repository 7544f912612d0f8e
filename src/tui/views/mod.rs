//! Pure render functions: each view draws `&App` into a `Frame` and touches no state. This module draws
//! the chrome every view shares — the emergency line, the tab bar, the key hints — and dispatches to
//! the view; it also owns the layout, so mouse clicks can be mapped back to panes.

pub mod actors;
pub mod contacts;
pub mod detail;
pub mod export;
pub mod help;
pub mod law;
pub mod main;
pub mod search;
pub mod summary;
pub mod timeline;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, LayoutMode, Pane, View};
use super::keymap;
use crate::i18n::Msg;

/// The areas every view shares.
#[derive(Debug, Clone, Copy)]
pub struct Chrome {
    pub emergency: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub hints: Rect,
}

/// The emergency line's text, full (`with_hours`) or short: each always-shown contact exactly as the
/// content gives its name, number, label and hours.
pub fn emergency_text(app: &App, full: bool) -> String {
    let parts: Vec<String> = emergency_parts(app, full, true)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    join_emergency(&parts)
}

fn join_emergency(parts: &[String]) -> String {
    format!("☎ {}", parts.join(" │ "))
}

/// Each contact of the emergency line in call order with its text; `marks` adds whether it can be
/// reached now (when the navigator knows the time).
fn emergency_parts(app: &App, full: bool, marks: bool) -> Vec<(usize, String)> {
    app.emergency_contacts()
        .into_iter()
        .map(|i| {
            let k = &app.content.contacts[i];
            let mut s = match k.phones.first() {
                Some(p) if p.number == k.name => p.number.to_string(),
                Some(p) => format!("{} {}", k.name, p.number),
                None if full => k.unit.to_string(),
                None => k.name.to_string(),
            };
            if full {
                if let Some(label) = k.phones.first().and_then(|p| p.label.as_deref()) {
                    if !k.name.to_lowercase().contains(&label.to_lowercase()) {
                        s.push_str(&format!(" ({label})"));
                    }
                }
                if let Some(h) = &k.hours {
                    s.push_str(&format!(" – {h}"));
                }
            }
            if let Some(now) = app.now.filter(|_| marks) {
                let r = crate::engine::reach::reach_at(k, now);
                s.push_str(&format!(
                    " [{}]",
                    crate::report::words::state_word(app.lang, r.state)
                ));
            }
            (i, s)
        })
        .collect()
}

/// The emergency line wrapped to `width` in at most `max` lines: the full text if it fits, else the
/// short one, else the first contacts in call order that fit, then "…" and the acute-danger number
/// (112) if it was among those left out — first with and then without the open/closed marks.
fn emergency_lines(app: &App, width: u16, max: usize) -> Vec<String> {
    let width = usize::from(width);
    let fits = |text: &str| Some(widgets::wrap(text, width)).filter(|l| l.len() <= max);
    if let Some(lines) = fits(&emergency_text(app, true)) {
        return lines;
    }
    let acute = app.content.escalations.first().and_then(|e| e.acute);
    let marked = emergency_parts(app, false, true);
    let plain = emergency_parts(app, false, false);
    // No more contacts than the area could hold even unwrapped: with the content of all of Sweden the
    // list is long, and this keeps the search to the few that can fit.
    let mut room = width * max;
    let most = plain
        .iter()
        .take_while(|(_, s)| {
            let need = s.chars().count() + 3;
            let fits = need <= room;
            room = room.saturating_sub(need);
            fits
        })
        .count();
    for keep in (0..=most).rev() {
        for parts in [&marked, &plain] {
            let (head, tail) = parts.split_at(keep);
            let mut shown: Vec<String> = head.iter().map(|(_, s)| s.clone()).collect();
            if !tail.is_empty() {
                shown.push("…".to_string());
                let missing = acute.and_then(|a| tail.iter().find(|(k, _)| *k == a));
                shown.extend(missing.map(|(_, s)| s.clone()));
            }
            if let Some(lines) = fits(&join_emergency(&shown)) {
                return lines;
            }
        }
    }
    // Narrower than any of these: the short text, cut by the area.
    widgets::wrap(&emergency_text(app, false), width)
}

/// Splits the screen into emergency line, tab bar, body and hint line.
pub fn chrome(app: &App, area: Rect) -> Chrome {
    layout(app, area).0
}

/// [`chrome`] and the emergency line's rows, fitted once per frame.
fn layout(app: &App, area: Rect) -> (Chrome, Vec<String>) {
    let max = if area.height >= 30 { 3 } else { 2 };
    let lines = emergency_lines(app, area.width, max);
    let n = lines.len().clamp(1, max) as u16;
    let [emergency, tabs, body, hints] = Layout::vertical([
        Constraint::Length(n),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let chrome = Chrome {
        emergency,
        tabs,
        body,
        hints,
    };
    (chrome, lines)
}

/// The panes of the main view inside `body`: all of them side by side when wide, only the focused
/// one (below a one-line pane tab bar) when narrow.
pub fn main_panes(app: &App, body: Rect) -> Vec<(Pane, Rect)> {
    if LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide {
        let [steps, rest] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(body);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(46), Constraint::Percentage(54)])
                .areas(rest);
        let q_height = (app.content.questions.len() as u16 + 2).min(left.height * 45 / 100);
        let [questions, duties] =
            Layout::vertical([Constraint::Length(q_height.max(3)), Constraint::Min(1)]).areas(left);
        vec![
            (Pane::Steps, steps),
            (Pane::Questions, questions),
            (Pane::Duties, duties),
            (Pane::Detail, right),
        ]
    } else {
        let [_, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
        vec![(app.pane, rest)]
    }
}

/// The main-view pane under screen cell (`x`, `y`), for mouse clicks.
pub fn pane_at(app: &App, x: u16, y: u16) -> Option<(Pane, Rect)> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if LayoutMode::for_size(area.width, area.height) == LayoutMode::TooSmall {
        return None;
    }
    let body = chrome(app, area).body;
    main_panes(app, body)
        .into_iter()
        .find(|(_, r)| r.contains(Position::new(x, y)))
}

/// How far the scrolled text on screen (the help, the summary or the timeline) can scroll at the
/// current size: its lines beyond the pane's height. `None` in the other views and when the terminal
/// is too small to draw any.
pub fn scroll_max(app: &App) -> Option<usize> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if LayoutMode::for_size(area.width, area.height) == LayoutMode::TooSmall {
        return None;
    }
    // Each of them draws into a bordered pane filling the body.
    let inner = widgets::pane("", true, &app.theme).inner(chrome(app, area).body);
    let width = usize::from(inner.width);
    let lines = if app.help_open {
        help::lines(app).len()
    } else {
        match app.view {
            View::Summary => summary::lines(app, width).len(),
            View::Timeline => timeline::lines(app, width).len(),
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
    let (ch, emergency) = layout(app, area);
    render_emergency(app, frame, ch.emergency, emergency);
    render_tabs(app, frame, ch.tabs);
    render_hints(app, frame, ch.hints);
    let cursor = if app.help_open {
        help::render(app, frame, ch.body)
    } else {
        match app.view {
            View::Main => main::render(app, frame, ch.body),
            View::Contacts => contacts::render(app, frame, ch.body),
            View::Law => law::render(app, frame, ch.body),
            View::Actors => actors::render(app, frame, ch.body),
            View::Search => search::render(app, frame, ch.body),
            View::Summary => summary::render(app, frame, ch.body),
            View::Timeline => timeline::render(app, frame, ch.body),
        }
    };
    // The export dialog is a modal over whatever view is open.
    let cursor = match &app.export {
        Some(d) => export::render(app, d, frame, ch.body),
        None => cursor,
    };
    if let Some(p) = cursor.filter(|p| area.contains(*p)) {
        frame.set_cursor_position(p);
    }
}

fn render_emergency(app: &App, frame: &mut Frame, area: Rect, lines: Vec<String>) {
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines).style(app.theme.emergency), area);
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    for v in View::ALL {
        let style = if v == app.view && !app.help_open {
            app.theme.tab_active
        } else {
            app.theme.text
        };
        spans.push(Span::styled(format!(" {} ", v.title(app.lang)), style));
        spans.push(Span::styled("│", app.theme.dim));
    }
    let role = app
        .role
        .map_or(app.t(Msg::TuiAll), |a| &app.content.actors[a].name);
    spans.push(Span::styled(
        format!(" {}: {role}", app.t(Msg::TuiMyRole)),
        app.theme.heading,
    ));
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

//! The screen's layout: the areas every view shares (emergency line, tab bar, body, key hints), the
//! emergency line fitted to its width, and the panes of the main view — in one place, so drawing and
//! mapping a mouse click back to a pane agree.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::widgets;
use crate::tui::app::{App, LayoutMode, Pane};

/// The areas every view shares.
#[derive(Debug, Clone, Copy)]
pub struct Chrome {
    pub emergency: Rect,
    pub tabs: Rect,
    /// The line saying the text is an unofficial translation (or the Swedish original, toggled);
    /// no height in Swedish.
    pub notice: Rect,
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
pub fn emergency_lines(app: &App, width: u16, max: usize) -> Vec<String> {
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
pub fn layout(app: &App, area: Rect) -> (Chrome, Vec<String>) {
    let max = if area.height >= 30 { 3 } else { 2 };
    let lines = emergency_lines(app, area.width, max);
    let n = lines.len().clamp(1, max) as u16;
    let notice = u16::from(crate::report::bilingual::marker(app.lang).is_some());
    let [emergency, tabs, notice, body, hints] = Layout::vertical([
        Constraint::Length(n),
        Constraint::Length(1),
        Constraint::Length(notice),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let chrome = Chrome {
        emergency,
        tabs,
        notice,
        body,
        hints,
    };
    (chrome, lines)
}

/// The panes of the main view inside `body`: all of them side by side when wide, only the focused
/// one (below a one-line pane tab bar) when narrow — there, the step bar and the question list take
/// the top of the body and leave the rest to [`below_area`].
pub fn main_panes(app: &App, body: Rect) -> Vec<(Pane, Rect)> {
    if LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide {
        let [steps, rest] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(body);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(46), Constraint::Percentage(54)])
                .areas(rest);
        // Every question, the (up to three) headings of the adapted order, the border.
        let q_height = (app.content.questions.len() as u16 + 5).min(left.height * 45 / 100);
        let [questions, duties] =
            Layout::vertical([Constraint::Length(q_height.max(3)), Constraint::Min(1)]).areas(left);
        vec![
            (Pane::Steps, steps),
            (Pane::Questions, questions),
            (Pane::Duties, duties),
            (Pane::Detail, right),
        ]
    } else {
        let (top, _) = narrow_split(app, body);
        vec![(app.main.pane, top)]
    }
}

/// Narrow screens: the focused pane's area, and below it the step's page (under the step bar) or the
/// selected question's options (under the question list), so neither is chosen blind.
fn narrow_split(app: &App, body: Rect) -> (Rect, Option<Rect>) {
    let [_, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    let top = match app.main.pane {
        Pane::Steps => 3,
        Pane::Questions => {
            let below = options_height(app, rest.width);
            // At least three questions stay in view above it.
            let list = rest.height.saturating_sub(below).max(5);
            if list >= rest.height {
                return (rest, None);
            }
            list
        }
        Pane::Duties | Pane::Detail => return (rest, None),
    };
    let [top_area, below] =
        Layout::vertical([Constraint::Length(top), Constraint::Min(0)]).areas(rest);
    if below.height < 3 {
        // No room for anything below: the pane keeps the whole area.
        return (rest, None);
    }
    (top_area, Some(below))
}

/// Narrow screens: the area under the focused pane for the step's page or the question's options.
pub fn below_area(app: &App, body: Rect) -> Option<Rect> {
    if LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide {
        return None;
    }
    narrow_split(app, body).1
}

/// Whether the detail area shows the selected step's page: with the step bar focused, or when no
/// duty is selected (a step without duties, or none under these answers).
pub fn shows_page(app: &App) -> bool {
    app.main.pane == Pane::Steps
        || (app.main.pane != Pane::Questions && app.main.selected_duty().is_none())
}

/// Where the step's page is drawn now (inside its border), if it is on screen: for the scroll keys
/// and for opening it at a section.
pub fn page_area(app: &App) -> Option<Rect> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if LayoutMode::for_size(area.width, area.height) == LayoutMode::TooSmall || !shows_page(app) {
        return None;
    }
    let body = chrome(app, area).body;
    let wide = LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide;
    let outer = if !wide && app.main.pane == Pane::Steps {
        below_area(app, body)?
    } else if wide || app.main.pane == Pane::Detail {
        main_panes(app, body)
            .into_iter()
            .find(|(p, _)| *p == Pane::Detail)
            .map(|(_, r)| r)?
    } else {
        return None;
    };
    Some(widgets::pane("", true, &app.theme).inner(outer))
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

pub fn render_emergency(app: &App, frame: &mut Frame, area: Rect, lines: Vec<String>) {
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines).style(app.theme.emergency), area);
}

/// The height of the selected question's answers block in a pane `width` columns wide: the question
/// wrapped, a blank line, its options, "0 vet ej" and the border.
pub fn options_height(app: &App, width: u16) -> u16 {
    let q = app.content.questions.get(app.main.question);
    let options = q.map_or(0, |q| q.options.len()) as u16;
    let text = q.map_or(1, |q| {
        crate::report::wrap::wrap(&q.text, usize::from(width.saturating_sub(2))).len()
    }) as u16;
    text + options + 4
}

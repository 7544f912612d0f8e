//! The main view: the process as steps along the top, the questions with their answers, the duties of
//! the selected step grouped by actor, and the detail of the selected duty (or question).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::detail;
use super::labels::status_label;
use super::layout::{below_area, main_panes, shows_page};
use super::step_page;
use super::tabs;
use super::widgets::{list, pane, truncate, wrapped_lines};
use crate::i18n::Msg;
use crate::model::StepKind;
use crate::tui::app::{App, LayoutMode, Pane};

/// Draws the main view into `body`; returns where the cursor goes.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let panes = main_panes(app, body);
    if LayoutMode::for_size(body.width, body.height + 4) != LayoutMode::Wide {
        render_pane_tabs(app, frame, Rect { height: 1, ..body });
    }
    let mut cursor = None;
    for (p, area) in panes {
        let focused = p == app.main.pane;
        let at = match p {
            Pane::Steps => steps(app, frame, area, focused),
            Pane::Questions => super::questions::render(app, frame, area, focused),
            Pane::Duties => duties(app, frame, area, focused),
            Pane::Detail if app.main.pane != Pane::Questions && shows_page(app) => {
                step_page::render(app, frame, area, focused)
            }
            Pane::Detail => detail::render(app, frame, area, focused),
        };
        if focused {
            cursor = at;
        }
    }
    // Narrow: the step's page under the step bar, the question's options under the list.
    match below_area(app, body) {
        Some(area) if app.main.pane == Pane::Steps => {
            step_page::render(app, frame, area, true);
        }
        Some(area) => {
            let block = pane(app.t(Msg::TuiOptions), false, &app.theme);
            let inner = block.inner(area);
            frame.render_widget(block, area);
            let lines = detail::question_lines(app, usize::from(inner.width), false);
            list(frame, inner, vec![lines], None, app.theme.selected);
        }
        None => {}
    }
    cursor
}

/// Narrow screens: which pane is shown, as a tab bar, with the step position.
fn render_pane_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let label = |p: Pane| {
        if p == Pane::Steps {
            format!(
                " {} {}/{} ",
                p.title(app.lang),
                app.main.step + 1,
                app.content.steps.len()
            )
        } else {
            format!(" {} ", p.title(app.lang))
        }
    };
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let style = if p == app.main.pane {
            app.theme.tab_active
        } else {
            app.theme.text
        };
        spans.push(Span::styled(label(p), style));
        spans.push(Span::styled("│", app.theme.dim));
    }
    if spans.iter().map(Span::width).sum::<usize>() > width {
        // Too narrow for every pane's name: the open one, where it is among them, and Tab.
        let at = Pane::ALL
            .iter()
            .position(|&p| p == app.main.pane)
            .unwrap_or(0);
        spans = vec![
            Span::styled(label(app.main.pane), app.theme.tab_active),
            Span::styled(
                format!("{}/{} · Tab ", at + 1, Pane::ALL.len()),
                app.theme.dim,
            ),
        ];
    }
    // "My role" when the tab bar above had no room for it and this bar has (shortened at a word).
    let used: usize = spans.iter().map(Span::width).sum();
    let header_has_role = tabs::header(app, usize::from(app.size.0)).1.is_some();
    if let Some(role) =
        tabs::role_label(app, width.saturating_sub(used)).filter(|_| !header_has_role)
    {
        spans.push(Span::styled(role, app.theme.heading));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn steps(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let block = pane(app.t(Msg::Steps), focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let c = app.content;
    let width = usize::from(inner.width);
    let mut number = 0;
    let labels: Vec<String> = c
        .steps
        .iter()
        .map(|s| match s.kind {
            StepKind::Process => {
                number += 1;
                format!("{number} {}", s.title)
            }
            StepKind::Track => format!("({}) {}", app.t(Msg::Track), s.title),
        })
        .collect();
    let room = width.saturating_sub(3 * labels.len().saturating_sub(1));
    let mut caps = fair_widths(&labels, room, app.main.step);
    // A label cut back to a word boundary leaves columns over: hand them out again, each time to the
    // cut label that needs the fewest to show its next word.
    let shown = |l: &String, cap: usize| Span::raw(truncate(l, cap)).width();
    loop {
        let used: usize = labels.iter().zip(&caps).map(|(l, &c)| shown(l, c)).sum();
        let slack = room.saturating_sub(used);
        let next = (0..labels.len())
            .filter_map(|i| {
                let now = shown(&labels[i], caps[i]);
                (1..=slack)
                    .find(|&k| shown(&labels[i], now + k) > now)
                    .map(|k| (k, i, now))
            })
            .min();
        match next {
            Some((k, i, now)) => caps[i] = now + k,
            None => break,
        }
    }
    let mut spans = Vec::new();
    let mut x = 0usize;
    let mut cursor_x = 0usize;
    for (i, (s, label)) in c.steps.iter().zip(&labels).enumerate() {
        if i > 0 {
            let arrow = if s.kind == StepKind::Track {
                " │ "
            } else {
                " → "
            };
            spans.push(Span::styled(arrow, app.theme.dim));
            x += 3;
        }
        let label = truncate(label, caps[i]);
        if i == app.main.step {
            cursor_x = x;
        }
        x += Span::raw(label.as_str()).width();
        let style = if i == app.main.step {
            app.theme.selected
        } else {
            app.theme.text
        };
        spans.push(Span::styled(label, style));
    }
    let mut lines = vec![Line::from(spans)];
    if let Some(s) = c.steps.get(app.main.step) {
        lines.push(Line::styled(
            truncate(&format!("{} — {}", s.title, s.summary), width),
            app.theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    (inner.width > 0 && inner.height > 0).then(|| {
        Position::new(
            inner.x + (cursor_x.min(width.saturating_sub(1))) as u16,
            inner.y,
        )
    })
}

/// The width each label gets out of `room`: all of it when they fit; else the selected one keeps its
/// whole width (when that leaves the others a few columns each) and the others share the rest under
/// one cap, short labels keeping their width — so the bar uses the width there is, never below 4.
pub fn fair_widths(labels: &[String], room: usize, selected: usize) -> Vec<usize> {
    let widths: Vec<usize> = labels
        .iter()
        .map(|l| Span::raw(l.as_str()).width())
        .collect();
    let others = widths.len().saturating_sub(1);
    let keep = widths
        .get(selected)
        .copied()
        .filter(|&w| w + 8 * others <= room);
    let share = room - keep.unwrap_or(0);
    let total = |cap: usize| {
        widths
            .iter()
            .enumerate()
            .filter(|&(i, _)| keep.is_none() || i != selected)
            .map(|(_, &w)| w.min(cap))
            .sum::<usize>()
    };
    let longest = widths.iter().copied().max().unwrap_or(0);
    let cap = (4..=longest)
        .rev()
        .find(|&cap| total(cap) <= share)
        .unwrap_or(4);
    widths
        .iter()
        .enumerate()
        .map(|(i, &w)| match keep {
            Some(k) if i == selected => k,
            _ => w.min(cap),
        })
        .collect()
}

fn duties(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let c = app.content;
    let title = match c.steps.get(app.main.step) {
        Some(s) => format!("{} – {}", app.t(Msg::Duties), s.title),
        None => app.t(Msg::Duties).to_string(),
    };
    // The border would cut the title anywhere: shorten it at a word, leaving room for "┌ ▶ " and " ┐".
    let title = truncate(&title, usize::from(area.width).saturating_sub(6));
    let block = pane(&title, focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut items: Vec<Vec<Line<'static>>> = Vec::new();
    let mut selected = None;
    let mut actor = usize::MAX;
    for (pos, s) in app.main.step_duties.iter().enumerate() {
        let d = &c.duties[s.duty];
        let dimmed = app.role.is_some_and(|r| !d.involves(r));
        if d.actor != actor {
            actor = d.actor;
            let mine = if app.role == Some(actor) { "★ " } else { "" };
            let style = if dimmed {
                app.theme.dim
            } else {
                app.theme.heading
            };
            items.push(vec![Line::styled(
                truncate(&format!("{mine}{}", c.actors[actor].name), width),
                style,
            )]);
        }
        let text_style = if dimmed {
            app.theme.dim
        } else {
            app.theme.text
        };
        let mut lines = wrapped_lines(
            vec![
                Span::raw("  "),
                status_label(app, s.status),
                Span::raw(": "),
            ],
            4,
            &d.text,
            width,
            text_style,
        );
        if !s.depends_on.is_empty() {
            let qs: Vec<&str> = s
                .depends_on
                .iter()
                .map(|&q| c.questions[q].text.as_ref())
                .collect();
            lines.push(Line::styled(
                truncate(
                    &format!("    {}: {}", app.t(Msg::DecidedBy), qs.join("; ")),
                    width,
                ),
                app.theme.dim,
            ));
        }
        if pos == app.main.duty {
            selected = Some(items.len());
        }
        items.push(lines);
    }
    if app.main.step_has_no_duties(c) {
        items.push(wrapped_lines(
            vec![],
            0,
            app.t(Msg::TuiStepOnlyGuidance),
            width,
            app.theme.dim,
        ));
    } else if app.main.step_duties.is_empty() {
        items.push(wrapped_lines(
            vec![],
            0,
            app.t(Msg::TuiNoDuties),
            width,
            app.theme.dim,
        ));
    }
    if app.main.hidden_in_step > 0 {
        items.push(vec![Line::styled(
            format!(
                "({} {})",
                app.main.hidden_in_step,
                app.t(Msg::TuiNotApplying)
            ),
            app.theme.dim,
        )]);
    }
    list(frame, inner, items, selected, app.theme.selected)
}

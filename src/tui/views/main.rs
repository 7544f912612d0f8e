//! The main view: the process as steps along the top, the questions with their answers, the duties of
//! the selected step grouped by actor, and the detail of the selected duty (or question).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::detail;
use super::labels::{answer_label, status_label};
use super::layout::main_panes;
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
            Pane::Questions => questions(app, frame, area, focused),
            Pane::Duties => duties(app, frame, area, focused),
            Pane::Detail => detail::render(app, frame, area, focused),
        };
        if focused {
            cursor = at;
        }
    }
    cursor
}

/// Narrow screens: which pane is shown, as a tab bar, with the step position.
fn render_pane_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let style = if p == app.main.pane {
            app.theme.tab_active
        } else {
            app.theme.text
        };
        let label = if p == Pane::Steps {
            format!(
                " {} {}/{} ",
                p.title(app.lang),
                app.main.step + 1,
                app.content.steps.len()
            )
        } else {
            format!(" {} ", p.title(app.lang))
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::styled("│", app.theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn steps(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let block = pane(app.t(Msg::Steps), focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let c = app.content;
    let n = c.steps.len().max(1);
    let width = usize::from(inner.width);
    let budget = (width.saturating_sub(3 * (n - 1)) / n).max(4);
    let mut spans = Vec::new();
    let mut x = 0usize;
    let mut cursor_x = 0usize;
    let mut number = 0;
    for (i, s) in c.steps.iter().enumerate() {
        if i > 0 {
            let arrow = if s.kind == StepKind::Track {
                " │ "
            } else {
                " → "
            };
            spans.push(Span::styled(arrow, app.theme.dim));
            x += 3;
        }
        let label = match s.kind {
            StepKind::Process => {
                number += 1;
                format!("{number} {}", s.title)
            }
            StepKind::Track => format!("({}) {}", app.t(Msg::Track), s.title),
        };
        let label = truncate(&label, budget);
        if i == app.main.step {
            cursor_x = x;
        }
        x += label.chars().count();
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

fn questions(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let title = format!(
        "{} ({}/{})",
        app.t(Msg::Questions),
        app.answers.answered(),
        app.content.questions.len()
    );
    let block = pane(&title, focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let items = app
        .content
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| {
            let answered = app.answers.get(q).is_some();
            let label = truncate(&answer_label(app, q), 10);
            let style = if answered {
                app.theme.heading
            } else {
                app.theme.dim
            };
            let rest = width.saturating_sub(13);
            vec![Line::from(vec![
                Span::styled(format!("[{label:<10}]"), style),
                Span::raw(" "),
                Span::styled(truncate(&question.text, rest), app.theme.text),
            ])]
        })
        .collect();
    list(
        frame,
        inner,
        items,
        Some(app.main.question),
        app.theme.selected,
    )
}

fn duties(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let c = app.content;
    let title = match c.steps.get(app.main.step) {
        Some(s) => format!("{} – {}", app.t(Msg::Duties), s.title),
        None => app.t(Msg::Duties).to_string(),
    };
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
    if app.main.step_duties.is_empty() {
        items.push(vec![Line::styled(app.t(Msg::TuiNoDuties), app.theme.dim)]);
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

//! The plan screen, the navigator's first: the action plan for the answers (what to do now, by whom,
//! by when, whom to call) beside the questions that decide it, so the user answers where the plan is
//! and sees it change. Wide (≥ 100 columns): the questions and the selected question's answers on the
//! left, the plan on the right. Narrow: one pane at a time under a pane bar; Tab switches.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::detail;
use super::plan_lines;
use super::questions;
use super::widgets::{list, list_offset, list_showing, pane, wrapped_lines};
use crate::i18n::Msg;
use crate::tui::app::{App, LayoutMode};
use crate::tui::state::plan::PlanPane;

/// Where the plan screen's parts go inside `body`: the plan, the question list, and the selected
/// question's answers (narrow: only the focused pane, the answers under the list).
pub struct Areas {
    pub rows: Option<Rect>,
    pub questions: Option<Rect>,
    pub options: Option<Rect>,
}

/// The areas of the plan screen for a body `body`.
pub fn areas(app: &App, body: Rect) -> Areas {
    let wide = LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide;
    if wide {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
        let [list, options] = split_options(app, left);
        return Areas {
            rows: Some(right),
            questions: list,
            options,
        };
    }
    let [_, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    match app.plan.pane {
        PlanPane::Rows => Areas {
            rows: Some(rest),
            questions: None,
            options: None,
        },
        PlanPane::Questions => {
            let [list, options] = split_options(app, rest);
            Areas {
                rows: None,
                questions: list,
                options,
            }
        }
    }
}

/// The question list above the selected question's answers, the list keeping at least five lines.
fn split_options(app: &App, area: Rect) -> [Option<Rect>; 2] {
    let below = super::layout::options_height(app, area.width);
    let list = area.height.saturating_sub(below).max(5);
    if list + 3 > area.height {
        return [Some(area), None];
    }
    let [top, bottom] =
        Layout::vertical([Constraint::Length(list), Constraint::Min(0)]).areas(area);
    [Some(top), Some(bottom)]
}

/// Draws the plan screen into `body`; returns where the cursor goes (the focused row or question).
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let wide = LayoutMode::for_size(body.width, body.height + 4) == LayoutMode::Wide;
    if !wide {
        pane_bar(app, frame, Rect { height: 1, ..body });
    }
    let a = areas(app, body);
    let mut cursor = None;
    if let Some(area) = a.questions {
        let focused = app.plan.pane == PlanPane::Questions;
        let at = questions::render(app, frame, area, focused);
        if focused {
            cursor = at;
        }
    }
    if let Some(area) = a.options {
        let block = pane(app.t(Msg::TuiOptions), false, &app.theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let lines = detail::question_lines(app, usize::from(inner.width), false);
        list(frame, inner, vec![lines], None, app.theme.selected);
    }
    if let Some(area) = a.rows {
        let focused = app.plan.pane == PlanPane::Rows;
        let at = rows(app, frame, area, focused);
        if focused {
            cursor = at;
        }
    }
    cursor
}

/// The plan itself, scrolled so the focused row is in view.
fn rows(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let block = pane(app.t(Msg::PlanTitle), focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (items, rows) = plan_lines::items(app, usize::from(inner.width), usize::from(inner.height));
    let item = rows.get(app.plan.row).copied();
    // The focused row is highlighted only while the plan has the focus; it stays in view either way.
    let selected = item.filter(|_| focused);
    if items.is_empty() {
        let lines = wrapped_lines(
            vec![],
            0,
            app.t(Msg::TuiPlanNoRows),
            usize::from(inner.width),
            app.theme.dim,
        );
        frame.render_widget(Paragraph::new(lines), inner);
        return None;
    }
    let shown = shown_item(app, &items, item, inner.height);
    let at = list_showing(frame, inner, items, selected, app.theme.selected, shown);
    // No row at all: the cursor stays at the top of the plan, where it says why.
    at.or_else(|| {
        (focused && inner.width > 0 && inner.height > 0).then(|| Position::new(inner.x, inner.y))
    })
}

/// The item kept in view: the focused row's, except that the top of the plan (discovery, "answer
/// these first", the call order) stays in view while the focus is on the first row and its first line
/// fits — that is the screen a case opens on.
fn shown_item(
    app: &App,
    items: &[Vec<Line<'static>>],
    item: Option<usize>,
    height: u16,
) -> Option<usize> {
    let first_line = items[..item.unwrap_or(0).min(items.len())]
        .iter()
        .map(Vec::len)
        .sum::<usize>();
    item.filter(|_| app.plan.row > 0 || first_line >= usize::from(height))
}

/// The plan's row (an index into [`crate::engine::Plan::rows`] order) drawn at screen line `y` of the
/// rows pane `area`, as [`render`] draws it; `None` on a heading, a call or outside the rows.
pub fn row_at(app: &App, area: Rect, y: u16) -> Option<usize> {
    let inner = pane("", false, &app.theme).inner(area);
    if y < inner.y || y >= inner.bottom() {
        return None;
    }
    let (items, rows) = plan_lines::items(app, usize::from(inner.width), usize::from(inner.height));
    let shown = shown_item(app, &items, rows.get(app.plan.row).copied(), inner.height);
    let lens: Vec<usize> = items.iter().map(Vec::len).collect();
    let mut line = list_offset(&lens, usize::from(inner.height), shown) + usize::from(y - inner.y);
    let item = lens.iter().position(|&n| {
        let here = line < n;
        line = line.saturating_sub(n);
        here
    })?;
    rows.iter().position(|&r| r == item)
}

/// Narrow screens: which pane is shown, and that Tab switches.
fn pane_bar(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    for (p, title) in [
        (PlanPane::Rows, app.t(Msg::PlanTitle)),
        (PlanPane::Questions, app.t(Msg::TuiPlanQuestions)),
    ] {
        let style = if p == app.plan.pane {
            app.theme.tab_active
        } else {
            app.theme.text
        };
        spans.push(Span::styled(format!(" {title} "), style));
        spans.push(Span::styled("│", app.theme.dim));
    }
    spans.push(Span::styled(" Tab", app.theme.key));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

//! Moving through the navigator: selections in every view, panes and steps of the main view, opening
//! an item (a duty, a cell, a search hit) and going back, answering the selected question.

use super::moves::{cycle_opt, moved};
use crate::engine::ItemRef;
use crate::i18n::Msg;
use crate::tui::app::{App, Pane, View};
use crate::tui::state::plan::PlanPane;
use crate::tui::views::{layout, questions, step_page};

/// How many rows PageUp/PageDown move in a list.
const PAGE: isize = 10;

/// How many plan rows PageUp/PageDown move (a row is several lines: about a screenful at 120×40).
const PLAN_PAGE: isize = 5;

/// The rows a page key moves: a screenful of the step's page (one line kept for context) when it is
/// what scrolls, else ten items.
pub fn page(app: &App) -> isize {
    if app.view == View::Plan {
        return PLAN_PAGE;
    }
    match page_scrolls(app).then(|| layout::page_area(app)).flatten() {
        Some(area) => isize::try_from(area.height.saturating_sub(1).max(1)).unwrap_or(PAGE),
        None => PAGE,
    }
}

/// Whether up/down scroll the step's page: on the step bar, or on the detail while it shows the page.
fn page_scrolls(app: &App) -> bool {
    app.view == View::Main
        && (app.main.pane == Pane::Steps
            || (app.main.pane == Pane::Detail && app.main.selected_duty().is_none()))
}

/// Whether a questions pane (of the main view or the plan screen) has the keys.
pub fn in_questions(app: &App) -> bool {
    !app.help.open
        && match app.view {
            View::Main => app.main.pane == Pane::Questions,
            View::Plan => app.plan.pane == PlanPane::Questions,
            _ => false,
        }
}

/// Up/down (and a page of them) in the current view.
pub fn vertical(app: &mut App, delta: isize) {
    let c = app.content;
    if app.help.open {
        app.help.scroll = app.help.scroll.saturating_add_signed(delta);
        return;
    }
    if page_scrolls(app) {
        app.main.page_scroll = app.main.page_scroll.saturating_add_signed(delta);
        return;
    }
    match app.view {
        View::Main => match app.main.pane {
            Pane::Steps => {}
            Pane::Questions => {
                app.main.question = app.question_after(app.main.question, delta);
            }
            Pane::Duties => {
                app.main.duty = moved(app.main.duty, delta, app.main.step_duties.len());
                app.main.detail_contact = 0;
            }
            Pane::Detail => {
                let n = app.main.duty_contacts(c).len();
                app.main.detail_contact = moved(app.main.detail_contact, delta, n);
            }
        },
        View::Plan => match app.plan.pane {
            PlanPane::Rows => app.plan.row = moved(app.plan.row, delta, app.plan.rows()),
            PlanPane::Questions => {
                app.main.question = app.question_after(app.main.question, delta);
            }
        },
        View::Contacts => {
            let n = app.contacts.listed(c, &app.answers).contacts.len();
            app.contacts.selected = moved(app.contacts.selected, delta, n);
        }
        View::Law => app.law.selected = moved(app.law.selected, delta, c.law.len()),
        View::Actors => app.actors.cell.0 = moved(app.actors.cell.0, delta, c.actors.len()),
        View::Search => app.search.hit = moved(app.search.hit, delta, app.search.hits.len()),
        View::Summary => app.summary.scroll = app.summary.scroll.saturating_add_signed(delta),
        View::Timeline => app.timeline.scroll = app.timeline.scroll.saturating_add_signed(delta),
        View::Source => app.source.scroll = app.source.scroll.saturating_add_signed(delta),
        View::Glossary => {
            let n = app.glossary.listed(c).len();
            app.glossary.selected = moved(app.glossary.selected, delta, n);
        }
    }
}

/// Left/right: the options of the selected question, the step, the pane, the matrix column.
pub fn sideways(app: &mut App, dir: isize) {
    let c = app.content;
    if app.help.open {
        return;
    }
    match app.view {
        View::Main => match app.main.pane {
            Pane::Steps => set_step(app, moved(app.main.step, dir, c.steps.len())),
            Pane::Questions => cycle_answer(app, dir),
            Pane::Duties | Pane::Detail => cycle_pane(app, dir),
        },
        View::Plan if app.plan.pane == PlanPane::Questions => cycle_answer(app, dir),
        View::Actors => app.actors.cell.1 = moved(app.actors.cell.1, dir, c.steps.len()),
        _ => {}
    }
}

/// ←/→ on a question: its next or previous option (through *vet ej*). The selection stays on the
/// question, so the user sees each option's effect on the plan.
fn cycle_answer(app: &mut App, dir: isize) {
    let q = app.main.question;
    let n = app.content.questions.get(q).map_or(0, |q| q.options.len());
    let next = cycle_opt(app.answers.get(q), n, dir);
    app.answers.set(q, next);
    app.recompute();
}

/// Tab: the next pane of the main view or the plan screen, or the next view.
pub fn cycle_pane(app: &mut App, dir: isize) {
    let next = |i: usize, n: usize| (i as isize + dir).rem_euclid(n as isize) as usize;
    if app.view == View::Plan {
        app.plan.pane = match app.plan.pane {
            PlanPane::Rows => PlanPane::Questions,
            PlanPane::Questions => PlanPane::Rows,
        };
    } else if app.view == View::Main {
        let i = Pane::ALL
            .iter()
            .position(|&p| p == app.main.pane)
            .unwrap_or(0);
        app.main.pane = Pane::ALL[next(i, Pane::ALL.len())];
    } else {
        let i = View::ALL.iter().position(|&v| v == app.view).unwrap_or(0);
        app.view = View::ALL[next(i, View::ALL.len())];
    }
}

/// Selects step `step` (clamped) and lists its duties.
pub fn set_step(app: &mut App, step: usize) {
    app.main.step = step.min(app.content.steps.len().saturating_sub(1));
    app.main.duty = 0;
    app.main.detail_contact = 0;
    app.main.page_scroll = 0;
    app.recompute();
}

/// Answers the selected question with its option `n` (1-based; 0 = *vet ej*) and moves on to the
/// question that now decides most (the top of the adapted list), as a form does: one hand answers
/// what matters with digits. When nothing is left to decide, to the next question down the list.
pub fn answer(app: &mut App, n: usize) {
    if !in_questions(app) {
        return;
    }
    let q = app.main.question;
    let options = app.content.questions.get(q).map_or(0, |q| q.options.len());
    if n > options {
        app.status = Some(app.t(Msg::TuiNoSuchOption).to_string());
        return;
    }
    app.answers.set(q, n.checked_sub(1));
    app.recompute();
    let deciding = app
        .plan
        .plan
        .questions
        .iter()
        .map(|r| r.question)
        .find(|&x| x != q && app.answers.get(x).is_none());
    app.main.question = deciding.unwrap_or_else(|| app.question_after(q, 1));
}

/// Shows duty `d` in the main view, selected with its detail, if it is listed under the answers.
pub fn goto_duty(app: &mut App, d: usize) {
    app.view = View::Main;
    set_step(app, app.content.duties[d].step);
    match app.main.step_duties.iter().position(|s| s.duty == d) {
        Some(pos) => {
            app.main.duty = pos;
            app.main.pane = Pane::Detail;
        }
        None => {
            app.main.pane = Pane::Duties;
            app.status = Some(app.t(Msg::TuiNotApplying).to_string());
        }
    }
}

/// Enter: open what is selected.
pub fn open(app: &mut App) {
    if app.help.open {
        app.help.open = false;
        return;
    }
    let c = app.content;
    match app.view {
        View::Plan => match app.plan.pane {
            PlanPane::Rows => {
                if let Some(d) = app.plan.selected_duty() {
                    goto_duty(app, d);
                }
            }
            PlanPane::Questions => app.plan.pane = PlanPane::Rows,
        },
        View::Main => {
            app.main.pane = match app.main.pane {
                Pane::Steps | Pane::Questions => Pane::Duties,
                Pane::Duties | Pane::Detail => Pane::Detail,
            }
        }
        View::Actors => {
            let (a, s) = app.actors.cell;
            app.view = View::Main;
            set_step(app, s);
            app.main.pane = Pane::Duties;
            match app
                .main
                .step_duties
                .iter()
                .position(|x| c.duties[x.duty].actor == a)
            {
                Some(pos) => app.main.duty = pos,
                None => app.status = Some(app.t(Msg::TuiNotApplying).to_string()),
            }
        }
        View::Law => {
            if let Some(&d) = app.law_duties(app.law.selected).first() {
                goto_duty(app, d);
            }
        }
        View::Search => {
            if let Some(hit) = app.search.hits.get(app.search.hit) {
                jump(app, hit.item);
            }
        }
        // A term's source: where the glossary has it from.
        View::Glossary => super::words::open_source(app),
        View::Contacts | View::Summary | View::Timeline | View::Source => {}
    }
}

/// Shows a search hit where it lives.
fn jump(app: &mut App, item: ItemRef) {
    match item {
        ItemRef::Step(s) => {
            app.view = View::Main;
            set_step(app, s);
            app.main.pane = Pane::Steps;
        }
        // The step's page, opened at the section.
        ItemRef::Section(s, n) => {
            app.view = View::Main;
            set_step(app, s);
            app.main.pane = Pane::Steps;
            if let Some(area) = layout::page_area(app) {
                let (_, starts) = step_page::lines(app, usize::from(area.width));
                app.main.page_scroll = starts.get(n).copied().unwrap_or(0);
            }
        }
        ItemRef::Duty(d) => goto_duty(app, d),
        ItemRef::Actor(a) => {
            app.view = View::Actors;
            app.actors.cell.0 = a;
        }
        ItemRef::Question(q) => {
            app.view = View::Main;
            app.main.pane = Pane::Questions;
            app.main.question = q;
        }
        ItemRef::Contact(k) => {
            app.view = View::Contacts;
            app.contacts.group_filter = None;
            app.contacts.region_filter = None;
            let listed = app.contacts.listed(app.content, &app.answers);
            app.contacts.selected = listed.contacts.iter().position(|&x| x == k).unwrap_or(0);
        }
        ItemRef::Law(l) => {
            app.view = View::Law;
            app.law.selected = l;
        }
        ItemRef::Term(t) => super::words::open_glossary(app, Some(t)),
    }
}

/// Esc: close the help, return from the source view or an item's terms to where the user was, go
/// back to the plan from another view (the main view steps back through its panes first), or from
/// the plan's questions to its rows.
pub fn back(app: &mut App) {
    if app.help.open {
        app.help.open = false;
    } else if let Some(v) = came_from(app) {
        if app.view == View::Glossary {
            app.glossary.only = None;
        }
        app.view = v;
    } else if app.view == View::Plan {
        app.plan.pane = PlanPane::Rows;
    } else if app.view != View::Main {
        app.view = View::Plan;
    } else if app.main.pane == Pane::Detail {
        app.main.pane = Pane::Duties;
    } else if app.main.pane == Pane::Duties {
        app.main.pane = Pane::Questions;
    }
}

/// The view the source view or an item's terms were opened from, taken (Esc goes back once).
fn came_from(app: &mut App) -> Option<View> {
    match app.view {
        View::Source => app.source.back.take(),
        View::Glossary => app.glossary.back.take(),
        _ => None,
    }
}

/// A mouse click: focus the pane under it; on the questions pane, select the question clicked.
pub fn click(app: &mut App, x: u16, y: u16) {
    if app.help.open {
        return;
    }
    if app.view == View::Plan {
        click_plan(app, x, y);
        return;
    }
    if app.view != View::Main {
        return;
    }
    let Some((p, rect)) = layout::pane_at(app, x, y) else {
        return;
    };
    app.main.pane = p;
    // One line per question inside the border, scrolled as `widgets::list` scrolls (the selection
    // kept at the bottom edge).
    if p == Pane::Questions && y > rect.y && y + 1 < rect.bottom() {
        let height = usize::from(rect.height.saturating_sub(2));
        let row = usize::from(y - rect.y - 1);
        if let Some(q) = questions::at_row(app, row, height) {
            app.main.question = q;
        }
    }
}

/// A click on the plan screen: focus the pane under it; on the question list, select the question.
fn click_plan(app: &mut App, x: u16, y: u16) {
    let area = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
    let body = layout::chrome(app, area).body;
    let a = crate::tui::views::plan::areas(app, body);
    let at = ratatui::layout::Position::new(x, y);
    if let Some(rect) = a.questions.filter(|r| r.contains(at)) {
        app.plan.pane = PlanPane::Questions;
        if y > rect.y && y + 1 < rect.bottom() {
            let height = usize::from(rect.height.saturating_sub(2));
            if let Some(q) = questions::at_row(app, usize::from(y - rect.y - 1), height) {
                app.main.question = q;
            }
        }
    } else if let Some(rect) = a.rows.filter(|r| r.contains(at)) {
        // The row under the click, as drawn before the focus moves to it.
        let row = crate::tui::views::plan::row_at(app, rect, y);
        app.plan.pane = PlanPane::Rows;
        if let Some(row) = row {
            app.plan.row = row;
        }
    }
}

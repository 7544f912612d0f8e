//! `update(app, action)`: every state change of the navigator, pure (no terminal, no I/O), so each
//! action is unit-tested without drawing. Derived data is recomputed here, never in render.

use super::action::Action;
use super::app::{App, LayoutMode, Pane, View};
use crate::engine::{Answers, ItemRef};
use crate::i18n::Msg;

/// How many rows PageUp/PageDown move.
const PAGE: usize = 10;
/// At most this many search hits are kept.
const MAX_HITS: usize = 200;
/// At most this many characters of a search query are kept: more finds nothing more, and each one
/// would be searched for (a stray paste of thousands of characters).
pub const MAX_QUERY: usize = 200;

/// Applies `action` to `app`.
pub fn update(app: &mut App, action: Action) {
    apply(app, action);
    clamp_scroll(app);
}

/// Keeps the scroll of the text on screen (help, summary, timeline) inside it, after a key, a resize
/// or a change of its text: presses past the end would otherwise pile up, and the way back would
/// first have to undo them all before anything moved. Only the text on screen is measured, and it
/// is clamped again whenever it is shown.
fn clamp_scroll(app: &mut App) {
    let Some(max) = super::views::scroll_max(app) else {
        return;
    };
    let scroll = match (app.help_open, app.view) {
        (true, _) => &mut app.help_scroll,
        (false, View::Summary) => &mut app.summary_scroll,
        (false, View::Timeline) => &mut app.timeline_scroll,
        _ => return,
    };
    *scroll = (*scroll).min(max);
}

fn apply(app: &mut App, action: Action) {
    if app.export.is_some() && !super::export::allowed_in_dialog(&action) {
        return;
    }
    if !matches!(action, Action::Resize(..)) {
        app.status = None;
    }
    if super::export::update(app, &action) {
        return;
    }
    match action {
        Action::Quit => app.should_quit = true,
        Action::Up => step_selection(app, -1),
        Action::Down => step_selection(app, 1),
        Action::PageUp => step_selection(app, -(PAGE as isize)),
        Action::PageDown => step_selection(app, PAGE as isize),
        Action::Left => sideways(app, -1),
        Action::Right => sideways(app, 1),
        Action::NextPane => cycle_pane(app, 1),
        Action::PrevPane => cycle_pane(app, -1),
        Action::Open => open(app),
        Action::Back => back(app),
        Action::Answer(n) => answer(app, usize::from(n)),
        Action::ClearAnswer => {
            if in_questions(app) {
                app.answers.set(app.question, None);
                app.recompute();
            }
        }
        Action::ResetAnswers => {
            app.answers = Answers::new(app.content);
            app.recompute();
            app.status = Some(app.t(Msg::TuiAnswersReset).to_string());
        }
        Action::CopyPhone => copy_phone(app),
        Action::CycleRole => {
            app.role = cycle_opt(app.role, app.content.actors.len(), 1);
            app.duty = 0;
            app.recompute();
            let name = app
                .role
                .map_or(app.t(Msg::TuiAll), |a| &app.content.actors[a].name);
            app.status = Some(format!("{}: {name}", app.t(Msg::TuiMyRole)));
        }
        Action::ToggleHelp => {
            app.help_open = !app.help_open;
            app.help_scroll = 0;
        }
        Action::Show(view) => {
            app.help_open = false;
            app.view = view;
        }
        Action::PrevStep => set_step(app, app.step.saturating_sub(1)),
        Action::NextStep => set_step(app, app.step + 1),
        Action::CycleGroup => {
            app.group_filter = cycle_opt(app.group_filter, app.groups.len(), 1);
            app.contact = 0;
        }
        Action::CycleRegion => {
            app.region_filter = cycle_opt(app.region_filter, app.regions.len(), 1);
            app.contact = 0;
        }
        Action::SearchInput(c) => insert_query(app, &c.to_string()),
        Action::InsertText(text) => {
            if app.view == View::Search && !app.help_open {
                insert_query(app, &text);
            }
        }
        Action::PasteIgnored => app.status = Some(app.t(Msg::TuiPasteIgnored).to_string()),
        // Performed by the shell (the terminal is given back until `fg`); nothing changes here.
        Action::Suspend => {}
        Action::SearchBackspace => {
            app.query.pop();
            search(app);
        }
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.layout = LayoutMode::for_size(w, h);
        }
        Action::Click(x, y) => {
            if app.view == View::Main && !app.help_open {
                if let Some((p, rect)) = super::views::layout::pane_at(app, x, y) {
                    app.pane = p;
                    // A click on a question selects it: one line per question inside the border,
                    // scrolled as `widgets::list` scrolls (the selection kept at the bottom edge).
                    if p == Pane::Questions && y > rect.y && y + 1 < rect.bottom() {
                        let height = usize::from(rect.height.saturating_sub(2));
                        let offset = (app.question + 1).saturating_sub(height);
                        let row = usize::from(y - rect.y - 1);
                        app.question =
                            (offset + row).min(app.content.questions.len().saturating_sub(1));
                    }
                }
            }
        }
        Action::OpenExport
        | Action::ExportInput(_)
        | Action::ExportBackspace
        | Action::ExportToggleFormat
        | Action::ExportSubmit
        | Action::ExportCancel
        | Action::ExportExists
        | Action::ExportOverwrite
        | Action::ExportKeep
        | Action::ExportDone(_) => {}
    }
    app.clamp();
}

fn in_questions(app: &App) -> bool {
    app.view == View::Main && app.pane == Pane::Questions && !app.help_open
}

/// `None → 0 → … → n-1 → None` (or backwards).
fn cycle_opt(cur: Option<usize>, n: usize, dir: isize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    // Position 0 is None, 1..=n are Some(0..n).
    let pos = cur.map_or(0, |i| i + 1) as isize;
    let next = (pos + dir).rem_euclid(n as isize + 1) as usize;
    next.checked_sub(1)
}

fn moved(cur: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cur.saturating_add_signed(delta).min(len - 1)
}

fn step_selection(app: &mut App, delta: isize) {
    if app.help_open {
        app.help_scroll = app.help_scroll.saturating_add_signed(delta);
        return;
    }
    match app.view {
        View::Main => match app.pane {
            Pane::Steps => set_step(app, moved(app.step, delta, app.content.steps.len())),
            Pane::Questions => {
                app.question = moved(app.question, delta, app.content.questions.len());
            }
            Pane::Duties => {
                app.duty = moved(app.duty, delta, app.step_duties.len());
                app.detail_contact = 0;
            }
            Pane::Detail => {
                app.detail_contact = moved(app.detail_contact, delta, app.duty_contacts().len());
            }
        },
        View::Contacts => {
            app.contact = moved(app.contact, delta, app.visible_contacts().len());
        }
        View::Law => app.law = moved(app.law, delta, app.content.law.len()),
        View::Actors => app.cell.0 = moved(app.cell.0, delta, app.content.actors.len()),
        View::Search => app.hit = moved(app.hit, delta, app.hits.len()),
        View::Summary => app.summary_scroll = app.summary_scroll.saturating_add_signed(delta),
        View::Timeline => app.timeline_scroll = app.timeline_scroll.saturating_add_signed(delta),
    }
}

fn sideways(app: &mut App, dir: isize) {
    if app.help_open {
        return;
    }
    match app.view {
        View::Main => match app.pane {
            Pane::Steps => set_step(app, moved(app.step, dir, app.content.steps.len())),
            Pane::Questions => {
                let q = app.question;
                let n = app.content.questions.get(q).map_or(0, |q| q.options.len());
                let next = cycle_opt(app.answers.get(q), n, dir);
                app.answers.set(q, next);
                app.recompute();
            }
            Pane::Duties | Pane::Detail => cycle_pane(app, dir),
        },
        View::Actors => app.cell.1 = moved(app.cell.1, dir, app.content.steps.len()),
        _ => {}
    }
}

fn cycle_pane(app: &mut App, dir: isize) {
    if app.view == View::Main {
        let i = Pane::ALL.iter().position(|&p| p == app.pane).unwrap_or(0) as isize;
        app.pane = Pane::ALL[(i + dir).rem_euclid(Pane::ALL.len() as isize) as usize];
    } else {
        let i = View::ALL.iter().position(|&v| v == app.view).unwrap_or(0) as isize;
        app.view = View::ALL[(i + dir).rem_euclid(View::ALL.len() as isize) as usize];
    }
}

fn set_step(app: &mut App, step: usize) {
    app.step = step.min(app.content.steps.len().saturating_sub(1));
    app.duty = 0;
    app.detail_contact = 0;
    app.recompute();
}

fn answer(app: &mut App, n: usize) {
    if !in_questions(app) {
        return;
    }
    let options = app
        .content
        .questions
        .get(app.question)
        .map_or(0, |q| q.options.len());
    if (1..=options).contains(&n) {
        app.answers.set(app.question, Some(n - 1));
        app.recompute();
    } else {
        app.status = Some(app.t(Msg::TuiNoSuchOption).to_string());
    }
}

fn copy_phone(app: &mut App) {
    let number = app
        .selected_contact()
        .and_then(|k| app.content.contacts[k].phones.first())
        .map(|p| p.number.to_string());
    match number {
        Some(n) => {
            app.status = Some(format!("{}: {n}", app.t(Msg::TuiCopied)));
            app.clipboard = Some(n);
        }
        None => app.status = Some(app.t(Msg::TuiNoPhone).to_string()),
    }
}

/// Adds `text` to the search query — a line break or a tab as a space, so a pasted line is words to
/// find — up to [`MAX_QUERY`] characters, and searches once.
fn insert_query(app: &mut App, text: &str) {
    let spaced = text.chars().map(|c| if c.is_control() { ' ' } else { c });
    if !super::input::append_capped(&mut app.query, spaced, MAX_QUERY) {
        app.status = Some(super::input::cut_status(app.lang, MAX_QUERY));
    }
    search(app);
}

fn search(app: &mut App) {
    app.hits = if app.query.trim().is_empty() {
        Vec::new()
    } else {
        app.search_hits(&app.query, MAX_HITS)
    };
    app.hit = 0;
}

/// Shows duty `d` in the main view, selected with its detail, if it is listed under the answers.
pub fn goto_duty(app: &mut App, d: usize) {
    app.view = View::Main;
    set_step(app, app.content.duties[d].step);
    match app.step_duties.iter().position(|s| s.duty == d) {
        Some(pos) => {
            app.duty = pos;
            app.pane = Pane::Detail;
        }
        None => {
            app.pane = Pane::Duties;
            app.status = Some(app.t(Msg::TuiNotApplying).to_string());
        }
    }
}

fn open(app: &mut App) {
    if app.help_open {
        app.help_open = false;
        return;
    }
    match app.view {
        View::Main => {
            app.pane = match app.pane {
                Pane::Steps | Pane::Questions => Pane::Duties,
                Pane::Duties | Pane::Detail => Pane::Detail,
            }
        }
        View::Actors => {
            let (a, s) = app.cell;
            app.view = View::Main;
            set_step(app, s);
            app.pane = Pane::Duties;
            match app
                .step_duties
                .iter()
                .position(|x| app.content.duties[x.duty].actor == a)
            {
                Some(pos) => app.duty = pos,
                None => app.status = Some(app.t(Msg::TuiNotApplying).to_string()),
            }
        }
        View::Law => {
            if let Some(&d) = app.law_duties(app.law).first() {
                goto_duty(app, d);
            }
        }
        View::Search => {
            if let Some(hit) = app.hits.get(app.hit) {
                jump(app, hit.item);
            }
        }
        View::Contacts | View::Summary | View::Timeline => {}
    }
}

fn jump(app: &mut App, item: ItemRef) {
    match item {
        ItemRef::Step(s) | ItemRef::Section(s, _) => {
            app.view = View::Main;
            set_step(app, s);
            app.pane = Pane::Steps;
        }
        ItemRef::Duty(d) => goto_duty(app, d),
        ItemRef::Actor(a) => {
            app.view = View::Actors;
            app.cell.0 = a;
        }
        ItemRef::Question(q) => {
            app.view = View::Main;
            app.pane = Pane::Questions;
            app.question = q;
        }
        ItemRef::Contact(k) => {
            app.view = View::Contacts;
            app.group_filter = None;
            app.region_filter = None;
            app.contact = k;
        }
        ItemRef::Law(l) => {
            app.view = View::Law;
            app.law = l;
        }
        // Until the glossary view opens a term, its explanation is shown where the hit was chosen.
        ItemRef::Term(t) => {
            let term = &app.content.terms[t];
            app.status = Some(format!("{}: {}", item.title(app.content), term.explanation));
        }
    }
}

fn back(app: &mut App) {
    if app.help_open {
        app.help_open = false;
    } else if app.view != View::Main {
        app.view = View::Main;
    } else if app.pane == Pane::Detail {
        app.pane = Pane::Duties;
    } else if app.pane == Pane::Duties {
        app.pane = Pane::Questions;
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
pub(crate) mod tests;

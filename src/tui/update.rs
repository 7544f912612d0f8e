//! `update(app, action)`: every state change of the navigator, pure (no terminal, no I/O), so each
//! action is unit-tested without drawing. Derived data is recomputed here, never in render.
//!
//! This module dispatches; the changes live beside it: [`nav`] moves through views and panes,
//! [`modal`] runs the dialogs (quit, role, discovery time), `super::export` the export dialog.

pub mod modal;
pub mod moves;
pub mod nav;
pub mod words;

use super::action::Action;
use super::app::{App, LayoutMode, View};
pub use super::state::search::MAX_QUERY;
use crate::engine::Answers;
use crate::i18n::Msg;

/// Applies `action` to `app`.
pub fn update(app: &mut App, action: Action) {
    apply(app, action);
    clamp_scroll(app);
}

/// Keeps the scroll of the text on screen (help, summary, timeline, the step's page) inside it, after
/// a key, a resize or a change of its text: presses past the end would otherwise pile up, and the way
/// back would first have to undo them all before anything moved. Only the text on screen is measured,
/// and it is clamped again whenever it is shown.
fn clamp_scroll(app: &mut App) {
    let Some(max) = super::views::scroll_max(app) else {
        return;
    };
    let scroll = match (app.help.open, app.view) {
        (true, _) => &mut app.help.scroll,
        (false, View::Summary) => &mut app.summary.scroll,
        (false, View::Timeline) => &mut app.timeline.scroll,
        (false, View::Source) => &mut app.source.scroll,
        (false, View::Main) => &mut app.main.page_scroll,
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
    if modal::update(app, &action) || super::export::update(app, &action) {
        app.clamp();
        return;
    }
    match action {
        Action::Quit => modal::quit(app),
        Action::QuitNow => app.should_quit = true,
        Action::Up => nav::vertical(app, -1),
        Action::Down => nav::vertical(app, 1),
        Action::PageUp => nav::vertical(app, -nav::page(app)),
        Action::PageDown => nav::vertical(app, nav::page(app)),
        Action::Left => nav::sideways(app, -1),
        Action::Right => nav::sideways(app, 1),
        Action::NextPane => nav::cycle_pane(app, 1),
        Action::PrevPane => nav::cycle_pane(app, -1),
        Action::Open => nav::open(app),
        Action::Back => nav::back(app),
        Action::Answer(n) => nav::answer(app, usize::from(n)),
        Action::ClearAnswer => nav::answer(app, 0),
        Action::ResetAnswers => {
            app.answers = Answers::new(app.content);
            app.recompute();
            app.main.question = app.first_question();
            app.status = Some(app.t(Msg::TuiAnswersReset).to_string());
        }
        Action::CopyPhone => copy_phone(app),
        Action::ToggleHelp => {
            app.help.open = !app.help.open;
            app.help.scroll = 0;
        }
        Action::Show(View::Glossary) => {
            app.help.open = false;
            words::open_glossary(app, None);
        }
        Action::Show(view) => {
            app.help.open = false;
            app.view = view;
        }
        Action::OpenSource => words::open_source(app),
        Action::ShowTerms => words::show_terms(app),
        Action::ToggleOriginal => words::toggle_original(app),
        Action::GlossaryInput(c) => words::glossary_input(app, &c.to_string()),
        Action::GlossaryBackspace => {
            app.glossary.query.pop();
            app.glossary.selected = 0;
        }
        Action::PrevStep => nav::set_step(app, app.main.step.saturating_sub(1)),
        Action::NextStep => nav::set_step(app, app.main.step + 1),
        Action::CycleGroup => {
            let n = app.contacts.groups.len();
            app.contacts.group_filter = moves::cycle_opt(app.contacts.group_filter, n, 1);
            app.contacts.selected = 0;
        }
        Action::CycleRegion => {
            let n = app.contacts.regions.len();
            app.contacts.region_filter = moves::cycle_opt(app.contacts.region_filter, n, 1);
            app.contacts.selected = 0;
        }
        Action::SearchInput(c) => insert_query(app, &c.to_string()),
        Action::InsertText(text) => {
            if app.view == View::Search && !app.help.open {
                insert_query(app, &text);
            } else if app.view == View::Glossary && !app.help.open {
                words::glossary_input(app, &text);
            }
        }
        Action::PasteIgnored => app.status = Some(app.t(Msg::TuiPasteIgnored).to_string()),
        // Performed by the shell (the terminal is given back until `fg`); nothing changes here.
        Action::Suspend => {}
        Action::SearchBackspace => {
            app.search.query.pop();
            app.run_search();
        }
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.layout = LayoutMode::for_size(w, h);
        }
        Action::Click(x, y) => nav::click(app, x, y),
        // Dialog actions with no dialog open, and the export's (handled above).
        Action::OpenRole
        | Action::OpenDiscovery
        | Action::ModalInput(_)
        | Action::ModalBackspace
        | Action::ModalSubmit
        | Action::ModalCancel
        | Action::OpenExport
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
    if !super::input::append_capped(&mut app.search.query, spaced, MAX_QUERY) {
        app.status = Some(super::input::cut_status(app.lang, MAX_QUERY));
    }
    app.run_search();
}

#[cfg(test)]
#[path = "update_tests.rs"]
pub(crate) mod tests;

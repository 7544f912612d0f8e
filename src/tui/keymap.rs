//! The one table of key bindings ([`table`]). It dispatches keys ([`dispatch`]) and generates the help
//! screen ([`help_lines`]) and the key hints at the bottom of every view ([`hints`]), so they cannot
//! drift apart. The mechanism — finding a key, grouping keys for the help — is shared with training
//! ([`crate::term::keys`]); the table is the navigator's.
//!
//! Answer keys are digits, so they never collide with the vim keys (`h`/`j`/`k`/`l`): on the questions
//! pane `1`…`9` pick the option with that number (yes/no questions: `1` ja, `2` nej), `0` clears the
//! answer (*vet ej*), and ←/→ cycle through the options. View keys are capitals (`K`ontakter, `L`agrum,
//! `A`ktörer, `S`ammanfattning, `P` the action plan (the start view), `M` the main view, `R`oll, `D` the discovery time) for the
//! same reason.

mod table;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

pub use table::{BINDINGS, Binding, Context};

use super::action::Action;
use super::app::{App, Pane, View};
use super::state::modal::Modal;
use super::state::plan::PlanPane;
use crate::i18n::Lang;
use crate::term::keys;
pub use crate::term::keys::{key_label, normalise};

/// The contexts active in this state, most specific first (help open: only global keys).
pub fn contexts(app: &App) -> Vec<Context> {
    match &app.export {
        Some(d) if d.confirm => return vec![Context::ExportConfirm],
        Some(_) => return vec![Context::Export],
        None => {}
    }
    match &app.modal {
        Some(Modal::Quit) => return vec![Context::QuitConfirm],
        Some(Modal::Role(_)) => return vec![Context::Role],
        Some(Modal::Discovery(_)) => return vec![Context::Discovery],
        None => {}
    }
    if app.help.open {
        return vec![Context::Global];
    }
    let mut v = Vec::new();
    match app.view {
        View::Main if app.main.pane == Pane::Questions => v.push(Context::Questions),
        View::Plan if app.plan.pane == PlanPane::Questions => v.push(Context::Questions),
        View::Plan => v.push(Context::Plan),
        View::Contacts => v.push(Context::Contacts),
        View::Search => v.push(Context::Search),
        View::Glossary => v.push(Context::Glossary),
        _ => {}
    }
    v.push(Context::Global);
    v
}

/// The action of a key press in this state, if any. In a context with a `KeyCode::Null` binding, a
/// typed character that no binding of the context claims goes to it (the search query, the file name,
/// the role filter, the discovery time); in the overwrite question and the question before quitting
/// every other key does.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Action> {
    let typed = crate::term::input::character(&key);
    for context in contexts(app) {
        if let Some(b) = keys::find(BINDINGS, &context, key) {
            return Some(b.action.clone());
        }
        let any = BINDINGS
            .iter()
            .find(|b| b.context == context && b.code == KeyCode::Null);
        match (any.map(|b| &b.action), typed) {
            (Some(Action::SearchInput(_)), Some(c)) => return Some(Action::SearchInput(c)),
            (Some(Action::ExportInput(_)), Some(c)) => return Some(Action::ExportInput(c)),
            (Some(Action::ModalInput(_)), Some(c)) => return Some(Action::ModalInput(c)),
            (Some(Action::GlossaryInput(_)), Some(c)) => return Some(Action::GlossaryInput(c)),
            (Some(Action::ExportKeep), _) => return Some(Action::ExportKeep),
            (Some(Action::ModalCancel), _) => return Some(Action::ModalCancel),
            _ => {}
        }
    }
    None
}

/// Whether the focused element takes typed text (the search query, the export's file name, the role
/// filter, the discovery time): there a character is text and never a command, and a paste goes in.
pub fn takes_text(app: &App) -> bool {
    matches!(
        contexts(app).first(),
        Some(
            Context::Search
                | Context::Glossary
                | Context::Export
                | Context::Role
                | Context::Discovery
        )
    )
}

/// Every binding for the help screen: `(context, keys, description)`.
pub fn help_lines(lang: Lang) -> Vec<(Context, String, &'static str)> {
    keys::grouped(BINDINGS, &Context::ALL, false, lang)
}

/// The hints of the current state, most specific first: `(keys, description)`.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    keys::grouped(BINDINGS, &contexts(app), true, app.lang)
        .into_iter()
        .map(|(_, k, d)| (k, d))
        .collect()
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;

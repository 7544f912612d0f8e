//! The one table of key bindings. It dispatches keys ([`dispatch`]) and generates the help screen
//! ([`help_lines`]) and the key hints at the bottom of every view ([`hints`]), so they cannot drift apart.
//!
//! Answer keys are digits, so they never collide with the vim keys (`h`/`j`/`k`/`l`): on the questions
//! pane `1`…`9` pick the option with that number (yes/no questions: `1` ja, `2` nej), `0` clears the
//! answer (*vet ej*), and ←/→ cycle through the options. View keys are capitals (`K`ontakter, `L`agrum,
//! `A`ktörer, `S`ammanfattning, `M` back to the main view) for the same reason.

mod table;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use table::{BINDINGS, Binding, Context};

use super::action::Action;
use super::app::{App, Pane, View};
use super::state::modal::Modal;
use crate::i18n::{Lang, text};

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
        View::Contacts => v.push(Context::Contacts),
        View::Search => v.push(Context::Search),
        _ => {}
    }
    v.push(Context::Global);
    v
}

/// Drops modifiers that are already in the key (Shift of an upper-case letter or of Back-Tab).
fn normalise(code: KeyCode, mods: KeyModifiers) -> KeyModifiers {
    match code {
        KeyCode::Char(_) | KeyCode::BackTab => mods - KeyModifiers::SHIFT,
        _ => mods,
    }
}

/// The action of a key press in this state, if any. In a context with a `KeyCode::Null` binding, a
/// typed character that no binding of the context claims goes to it (the search query, the file name);
/// in the overwrite question and the question before quitting every other key does.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Action> {
    let mods = normalise(key.code, key.modifiers);
    let typed = match key.code {
        KeyCode::Char(c) if !mods.contains(KeyModifiers::CONTROL) => Some(c),
        _ => None,
    };
    for context in contexts(app) {
        let found = BINDINGS.iter().find(|b| {
            b.context == context
                && b.code != KeyCode::Null
                && b.code == key.code
                && normalise(b.code, b.mods) == mods
        });
        if let Some(b) = found {
            return Some(b.action.clone());
        }
        let any = BINDINGS
            .iter()
            .find(|b| b.context == context && b.code == KeyCode::Null);
        match (any.map(|b| &b.action), typed) {
            (Some(Action::SearchInput(_)), Some(c)) => return Some(Action::SearchInput(c)),
            (Some(Action::ExportInput(_)), Some(c)) => return Some(Action::ExportInput(c)),
            (Some(Action::ModalInput(_)), Some(c)) => return Some(Action::ModalInput(c)),
            (Some(Action::ExportKeep), _) => return Some(Action::ExportKeep),
            (Some(Action::ModalCancel), _) => return Some(Action::ModalCancel),
            _ => {}
        }
    }
    None
}

/// How a key is written in the help: `Ctrl-c`, `↑`, `Tab`, `a–ö` (any character).
pub fn key_label(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Null => "a–ö".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// Bindings of `contexts` grouped by description: `(context, "↑ k ↓ j", "move")`, table order.
fn grouped(
    contexts: &[Context],
    only_hints: bool,
    lang: Lang,
) -> Vec<(Context, String, &'static str)> {
    let mut out: Vec<(Context, String, &'static str)> = Vec::new();
    for &context in contexts {
        for b in BINDINGS
            .iter()
            .filter(|b| b.context == context && (b.hint || !only_hints))
        {
            let label = key_label(b.code, b.mods);
            let desc = text(lang, b.help);
            match out.iter_mut().find(|(c, _, d)| *c == context && *d == desc) {
                Some(entry) => {
                    entry.1.push(' ');
                    entry.1.push_str(&label);
                }
                None => out.push((context, label, desc)),
            }
        }
    }
    out
}

/// Every binding for the help screen: `(context, keys, description)`.
pub fn help_lines(lang: Lang) -> Vec<(Context, String, &'static str)> {
    grouped(&Context::ALL, false, lang)
}

/// The hints of the current state, most specific first: `(keys, description)`.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    grouped(&contexts(app), true, app.lang)
        .into_iter()
        .map(|(_, k, d)| (k, d))
        .collect()
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;

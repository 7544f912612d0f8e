//! The one table of key bindings. It dispatches keys ([`dispatch`]) and generates the help screen
//! ([`help_lines`]) and the key hints at the bottom of every view ([`hints`]), so they cannot drift apart.
//!
//! Answer keys are digits, so they never collide with the vim keys (`h`/`j`/`k`/`l`): on the questions
//! pane `1`…`9` pick the option with that number (yes/no questions: `1` ja, `2` nej), `0` clears the
//! answer (*vet ej*), and ←/→ cycle through the options. View keys are capitals (`K`ontakter, `L`agrum,
//! `A`ktörer, `S`ammanfattning, `M` back to the main view) for the same reason.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Pane, View};
use crate::i18n::{Lang, Msg, text};

/// Where a binding is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere (in search only its non-character keys).
    Global,
    /// The questions pane of the main view.
    Questions,
    /// The contacts view.
    Contacts,
    /// The search view, where characters type into the query.
    Search,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 4] = [
        Context::Global,
        Context::Questions,
        Context::Contacts,
        Context::Search,
    ];

    /// The context's heading in the help.
    pub fn title(self, lang: Lang) -> &'static str {
        text(
            lang,
            match self {
                Context::Global => Msg::TuiEverywhere,
                Context::Questions => Msg::Questions,
                Context::Contacts => Msg::Contacts,
                Context::Search => Msg::TuiSearch,
            },
        )
    }
}

/// One key binding.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub context: Context,
    pub action: Action,
    /// What it does, for the help and the hints.
    pub help: Msg,
    /// Whether it is shown in the one-line hints.
    pub hint: bool,
}

const fn b(code: KeyCode, context: Context, action: Action, help: Msg, hint: bool) -> Binding {
    Binding {
        code,
        mods: KeyModifiers::NONE,
        context,
        action,
        help,
        hint,
    }
}

const fn ch(c: char, context: Context, action: Action, help: Msg, hint: bool) -> Binding {
    b(KeyCode::Char(c), context, action, help, hint)
}

use Context::{Contacts as Con, Global as G, Questions as Q, Search as S};
use KeyCode as K;

/// Every key binding. `KeyCode::Null` in the search context stands for "any other character".
pub const BINDINGS: &[Binding] = &[
    ch('?', G, Action::ToggleHelp, Msg::KeyHelp, true),
    ch('q', G, Action::Quit, Msg::KeyQuit, true),
    Binding {
        code: K::Char('c'),
        mods: KeyModifiers::CONTROL,
        context: G,
        action: Action::Quit,
        help: Msg::KeyQuit,
        hint: false,
    },
    b(K::Up, G, Action::Up, Msg::KeyUpDown, true),
    ch('k', G, Action::Up, Msg::KeyUpDown, true),
    b(K::Down, G, Action::Down, Msg::KeyUpDown, true),
    ch('j', G, Action::Down, Msg::KeyUpDown, true),
    b(K::Left, G, Action::Left, Msg::KeyLeftRight, false),
    ch('h', G, Action::Left, Msg::KeyLeftRight, false),
    b(K::Right, G, Action::Right, Msg::KeyLeftRight, false),
    ch('l', G, Action::Right, Msg::KeyLeftRight, false),
    b(K::PageUp, G, Action::PageUp, Msg::KeyPage, false),
    b(K::PageDown, G, Action::PageDown, Msg::KeyPage, false),
    b(K::Tab, G, Action::NextPane, Msg::KeyPane, true),
    b(K::BackTab, G, Action::PrevPane, Msg::KeyPane, true),
    b(K::Enter, G, Action::Open, Msg::KeyOpen, true),
    b(K::Esc, G, Action::Back, Msg::KeyBack, true),
    ch('[', G, Action::PrevStep, Msg::KeyStep, false),
    ch(']', G, Action::NextStep, Msg::KeyStep, false),
    ch('/', G, Action::Show(View::Search), Msg::KeySearch, true),
    ch('M', G, Action::Show(View::Main), Msg::KeyMain, false),
    ch(
        'K',
        G,
        Action::Show(View::Contacts),
        Msg::KeyContacts,
        false,
    ),
    ch('L', G, Action::Show(View::Law), Msg::KeyLaw, false),
    ch('A', G, Action::Show(View::Actors), Msg::KeyActors, false),
    ch('S', G, Action::Show(View::Summary), Msg::KeySummary, true),
    ch(
        'T',
        G,
        Action::Show(View::Timeline),
        Msg::KeyTimeline,
        false,
    ),
    ch('R', G, Action::CycleRole, Msg::KeyRole, true),
    ch('r', G, Action::ResetAnswers, Msg::KeyReset, true),
    ch('c', G, Action::CopyPhone, Msg::KeyCopy, true),
    ch('1', Q, Action::Answer(1), Msg::KeyAnswer, true),
    ch('2', Q, Action::Answer(2), Msg::KeyAnswer, true),
    ch('3', Q, Action::Answer(3), Msg::KeyAnswer, false),
    ch('4', Q, Action::Answer(4), Msg::KeyAnswer, false),
    ch('5', Q, Action::Answer(5), Msg::KeyAnswer, false),
    ch('6', Q, Action::Answer(6), Msg::KeyAnswer, false),
    ch('7', Q, Action::Answer(7), Msg::KeyAnswer, false),
    ch('8', Q, Action::Answer(8), Msg::KeyAnswer, false),
    ch('9', Q, Action::Answer(9), Msg::KeyAnswer, false),
    ch('0', Q, Action::ClearAnswer, Msg::KeyClear, true),
    b(K::Left, Q, Action::Left, Msg::KeyCycleOption, true),
    b(K::Right, Q, Action::Right, Msg::KeyCycleOption, true),
    ch('h', Q, Action::Left, Msg::KeyCycleOption, false),
    ch('l', Q, Action::Right, Msg::KeyCycleOption, false),
    ch('f', Con, Action::CycleGroup, Msg::KeyGroup, true),
    ch('g', Con, Action::CycleRegion, Msg::KeyRegion, true),
    b(
        K::Backspace,
        S,
        Action::SearchBackspace,
        Msg::KeyBackspace,
        true,
    ),
    b(K::Null, S, Action::SearchInput(' '), Msg::KeyType, true),
];

/// The contexts active in this state, most specific first (help open: only global keys).
pub fn contexts(app: &App) -> Vec<Context> {
    if app.help_open {
        return vec![Context::Global];
    }
    let mut v = Vec::new();
    match app.view {
        View::Main if app.pane == Pane::Questions => v.push(Context::Questions),
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

/// The action of a key press in this state, if any.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Action> {
    let mods = normalise(key.code, key.modifiers);
    let typing = matches!(key.code, KeyCode::Char(_)) && !mods.contains(KeyModifiers::CONTROL);
    for context in contexts(app) {
        if context == Context::Global && app.view == View::Search && !app.help_open && typing {
            if let KeyCode::Char(c) = key.code {
                return Some(Action::SearchInput(c));
            }
        }
        let found = BINDINGS.iter().find(|b| {
            b.context == context
                && b.code != KeyCode::Null
                && b.code == key.code
                && normalise(b.code, b.mods) == mods
        });
        if let Some(b) = found {
            return Some(b.action);
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
mod tests {
    use super::*;

    #[test]
    fn no_two_bindings_collide_in_a_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for other in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == other.context
                        && a.code == other.code
                        && normalise(a.code, a.mods) == normalise(other.code, other.mods)),
                    "{a:?} collides with {other:?}"
                );
            }
        }
    }

    #[test]
    fn every_binding_appears_in_the_help() {
        for lang in [Lang::Sv, Lang::En] {
            let help = help_lines(lang);
            for b in BINDINGS {
                let label = key_label(b.code, b.mods);
                let desc = text(lang, b.help);
                assert!(
                    help.iter().any(|(c, keys, d)| *c == b.context
                        && *d == desc
                        && keys.split(' ').any(|k| k == label)),
                    "{b:?} missing from the help"
                );
            }
        }
    }

    #[test]
    fn every_user_action_has_a_key() {
        let wanted = [
            Action::Quit,
            Action::Up,
            Action::Down,
            Action::Left,
            Action::Right,
            Action::PageUp,
            Action::PageDown,
            Action::NextPane,
            Action::PrevPane,
            Action::Open,
            Action::Back,
            Action::Answer(1),
            Action::ClearAnswer,
            Action::ResetAnswers,
            Action::CopyPhone,
            Action::CycleRole,
            Action::ToggleHelp,
            Action::PrevStep,
            Action::NextStep,
            Action::CycleGroup,
            Action::CycleRegion,
            Action::SearchBackspace,
        ];
        for a in wanted {
            assert!(BINDINGS.iter().any(|b| b.action == a), "{a:?} has no key");
        }
        for v in View::ALL {
            assert!(
                BINDINGS.iter().any(|b| b.action == Action::Show(v)),
                "{v:?} has no key"
            );
        }
    }

    #[test]
    fn global_keys_are_not_shadowed_by_digits() {
        for b in BINDINGS.iter().filter(|b| b.context == Context::Questions) {
            assert!(
                !BINDINGS.iter().any(|g| g.context == Context::Global
                    && g.code == b.code
                    && g.action != b.action),
                "{b:?} shadows a global key with another action"
            );
        }
    }
}

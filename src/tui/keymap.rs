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
use super::state::modal::Modal;
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
    /// The export dialog, where characters type into the file name (no global key works here).
    Export,
    /// The export dialog asking whether to overwrite an existing file.
    ExportConfirm,
    /// The question before quitting with answers given.
    QuitConfirm,
    /// The role list, where characters type into its filter.
    Role,
    /// The discovery-time dialog, where characters type the time.
    Discovery,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 9] = [
        Context::Global,
        Context::Questions,
        Context::Contacts,
        Context::Search,
        Context::Export,
        Context::ExportConfirm,
        Context::QuitConfirm,
        Context::Role,
        Context::Discovery,
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
                Context::Export => Msg::TuiExport,
                Context::ExportConfirm => Msg::TuiExportConfirm,
                Context::QuitConfirm => Msg::TuiQuitTitle,
                Context::Role => Msg::TuiRoleTitle,
                Context::Discovery => Msg::TuiDiscoveryTitle,
            },
        )
    }
}

/// One key binding.
#[derive(Debug, Clone)]
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

use Context::{
    Contacts as Con, Discovery as D, Export as E, ExportConfirm as EC, Global as G, Questions as Q,
    QuitConfirm as QC, Role as R, Search as S,
};
use KeyCode as K;

/// Every key binding. `KeyCode::Null` stands for "any other character" in the contexts that type (the
/// search, the export's file name, the role filter, the discovery time), and for "any other key" in the
/// overwrite question and the question before quitting.
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
    ch('R', G, Action::OpenRole, Msg::KeyRole, true),
    ch('D', G, Action::OpenDiscovery, Msg::KeyDiscovery, false),
    ch('r', G, Action::ResetAnswers, Msg::KeyReset, true),
    ch('c', G, Action::CopyPhone, Msg::KeyCopy, true),
    ch('e', G, Action::OpenExport, Msg::KeyExport, true),
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
    b(K::Enter, E, Action::ExportSubmit, Msg::KeyExportWrite, true),
    b(
        K::Tab,
        E,
        Action::ExportToggleFormat,
        Msg::KeyExportFormat,
        true,
    ),
    b(K::Esc, E, Action::ExportCancel, Msg::KeyExportCancel, true),
    b(
        K::Backspace,
        E,
        Action::ExportBackspace,
        Msg::KeyBackspace,
        true,
    ),
    b(
        K::Null,
        E,
        Action::ExportInput(' '),
        Msg::KeyExportType,
        false,
    ),
    Binding {
        code: K::Char('c'),
        mods: KeyModifiers::CONTROL,
        context: E,
        action: Action::Quit,
        help: Msg::KeyQuit,
        hint: false,
    },
    ch(
        'j',
        EC,
        Action::ExportOverwrite,
        Msg::KeyExportOverwrite,
        true,
    ),
    ch(
        'y',
        EC,
        Action::ExportOverwrite,
        Msg::KeyExportOverwrite,
        true,
    ),
    ch('n', EC, Action::ExportKeep, Msg::KeyExportKeep, true),
    b(K::Null, EC, Action::ExportKeep, Msg::KeyExportKeep, false),
    ch('j', QC, Action::QuitNow, Msg::KeyQuitNow, true),
    ch('y', QC, Action::QuitNow, Msg::KeyQuitNow, true),
    ch('q', QC, Action::QuitNow, Msg::KeyQuitNow, false),
    Binding {
        code: K::Char('c'),
        mods: KeyModifiers::CONTROL,
        context: QC,
        action: Action::QuitNow,
        help: Msg::KeyQuitNow,
        hint: false,
    },
    ch('e', QC, Action::OpenExport, Msg::KeyQuitExport, true),
    ch('n', QC, Action::ModalCancel, Msg::KeyQuitStay, true),
    b(K::Esc, QC, Action::ModalCancel, Msg::KeyQuitStay, true),
    b(K::Null, QC, Action::ModalCancel, Msg::KeyQuitStay, false),
    b(K::Up, R, Action::Up, Msg::KeyUpDown, true),
    b(K::Down, R, Action::Down, Msg::KeyUpDown, true),
    b(K::PageUp, R, Action::PageUp, Msg::KeyPage, false),
    b(K::PageDown, R, Action::PageDown, Msg::KeyPage, false),
    b(K::Enter, R, Action::ModalSubmit, Msg::KeyRoleChoose, true),
    b(K::Esc, R, Action::ModalCancel, Msg::KeyModalCancel, true),
    b(
        K::Backspace,
        R,
        Action::ModalBackspace,
        Msg::KeyBackspace,
        false,
    ),
    b(
        K::Null,
        R,
        Action::ModalInput(' '),
        Msg::KeyRoleFilter,
        true,
    ),
    Binding {
        code: K::Char('c'),
        mods: KeyModifiers::CONTROL,
        context: R,
        action: Action::ModalCancel,
        help: Msg::KeyModalCancel,
        hint: false,
    },
    b(K::Enter, D, Action::ModalSubmit, Msg::KeyDiscoverySet, true),
    b(K::Esc, D, Action::ModalCancel, Msg::KeyModalCancel, true),
    b(
        K::Backspace,
        D,
        Action::ModalBackspace,
        Msg::KeyBackspace,
        true,
    ),
    b(
        K::Null,
        D,
        Action::ModalInput(' '),
        Msg::KeyDiscoveryType,
        false,
    ),
    Binding {
        code: K::Char('c'),
        mods: KeyModifiers::CONTROL,
        context: D,
        action: Action::ModalCancel,
        help: Msg::KeyModalCancel,
        hint: false,
    },
];

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

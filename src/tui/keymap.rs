//! The one table of key bindings. It dispatches keys ([`dispatch`]) and generates the help screen
//! ([`help_lines`]) and the key hints at the bottom of every view ([`hints`]), so they cannot drift apart.
//!
//! Answer keys are digits, so they never collide with the vim keys (`h`/`j`/`k`/`l`): on the questions
//! pane `1`…`9` pick the option with that number (yes/no questions: `1` ja, `2` nej), `0` clears the
//! answer (*vet ej*), and ←/→ cycle through the options. View keys are capitals (`K`ontakter, `L`agrum,
//! `A`ktörer, `S`ammanfattning, `M` back to the main view) for the same reason.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::app::{App, Pane, View};
use crate::i18n::{Lang, Msg, text};
use crate::term::keys;
pub use crate::term::keys::{key_label, normalise};

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
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 6] = [
        Context::Global,
        Context::Questions,
        Context::Contacts,
        Context::Search,
        Context::Export,
        Context::ExportConfirm,
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
            },
        )
    }
}

/// One key binding of the navigator (the mechanism is shared with training: [`crate::term::keys`]).
pub type Binding = keys::Binding<Action, Context>;

const fn b(code: KeyCode, context: Context, action: Action, help: Msg, hint: bool) -> Binding {
    Binding::key(code, context, action, help, hint)
}

const fn ch(c: char, context: Context, action: Action, help: Msg, hint: bool) -> Binding {
    b(KeyCode::Char(c), context, action, help, hint)
}

use Context::{
    Contacts as Con, Export as E, ExportConfirm as EC, Global as G, Questions as Q, Search as S,
};
use KeyCode as K;

/// Every key binding. `KeyCode::Null` stands for "any other character" in the search and export
/// contexts, and for "any other key" in the overwrite question.
pub const BINDINGS: &[Binding] = &[
    ch('?', G, Action::ToggleHelp, Msg::KeyHelp, true),
    ch('q', G, Action::Quit, Msg::KeyQuit, true),
    Binding::ctrl('c', G, Action::Quit, Msg::KeyQuit),
    Binding::ctrl('z', G, Action::Suspend, Msg::KeySuspend),
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
    Binding::ctrl('c', E, Action::Quit, Msg::KeyQuit),
    Binding::ctrl('z', E, Action::Suspend, Msg::KeySuspend),
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
];

/// The contexts active in this state, most specific first (help open: only global keys).
pub fn contexts(app: &App) -> Vec<Context> {
    match &app.export {
        Some(d) if d.confirm => return vec![Context::ExportConfirm],
        Some(_) => return vec![Context::Export],
        None => {}
    }
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

/// The action of a key press in this state, if any. In a context with a `KeyCode::Null` binding, a
/// typed character that no binding of the context claims goes to it (the search query, the file name);
/// in the overwrite question every other key does.
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
            (Some(Action::ExportKeep), _) => return Some(Action::ExportKeep),
            _ => {}
        }
    }
    None
}

/// Whether the focused element takes typed text (the search query, the export's file name): there a
/// character is text and never a command.
pub fn takes_text(app: &App) -> bool {
    matches!(
        contexts(app).first(),
        Some(Context::Search | Context::Export)
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

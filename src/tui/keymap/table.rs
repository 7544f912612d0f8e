//! The key table itself: where a binding is active ([`Context`]), what it does and how help and hints
//! describe it. `super` dispatches keys with it and draws the help and hints from it.

use ratatui::crossterm::event::KeyCode;

use crate::i18n::{Lang, Msg, text};
use crate::term::keys;
use crate::tui::action::Action;
use crate::tui::screen::View;

/// Where a binding is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere (in search only its non-character keys).
    Global,
    /// The questions pane of the main view or the plan screen.
    Questions,
    /// The rows of the plan screen.
    Plan,
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
    /// The glossary view, where characters type into its filter.
    Glossary,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Plan,
        Context::Questions,
        Context::Contacts,
        Context::Search,
        Context::Glossary,
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
                Context::Plan => Msg::PlanTitle,
                Context::Contacts => Msg::Contacts,
                Context::Search => Msg::TuiSearch,
                Context::Export => Msg::TuiExport,
                Context::ExportConfirm => Msg::TuiExportConfirm,
                Context::QuitConfirm => Msg::TuiQuitTitle,
                Context::Role => Msg::TuiRoleTitle,
                Context::Discovery => Msg::TuiDiscoveryTitle,
                Context::Glossary => Msg::TuiGlossary,
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

use Context::Glossary as Gl;
use Context::{
    Contacts as Con, Discovery as D, Export as E, ExportConfirm as EC, Global as G, Plan as PL,
    Questions as Q, QuitConfirm as QC, Role as R, Search as S,
};
use KeyCode as K;

/// Every key binding. `KeyCode::Null` stands for "any other character" in the contexts that type (the
/// search, the export's file name, the role filter, the discovery time), and for "any other key" in the
/// overwrite question and the question before quitting.
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
    ch('P', G, Action::Show(View::Plan), Msg::KeyPlan, true),
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
    ch('s', G, Action::OpenSource, Msg::KeySource, true),
    ch('B', G, Action::Show(View::Glossary), Msg::KeyGlossary, true),
    ch('t', G, Action::ShowTerms, Msg::KeyTerms, false),
    ch('o', G, Action::ToggleOriginal, Msg::KeyOriginal, false),
    b(K::Enter, PL, Action::Open, Msg::KeyPlanOpen, true),
    b(K::Tab, PL, Action::NextPane, Msg::KeyPlanPane, true),
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
    b(
        K::Backspace,
        Gl,
        Action::GlossaryBackspace,
        Msg::KeyBackspace,
        true,
    ),
    b(
        K::Null,
        Gl,
        Action::GlossaryInput(' '),
        Msg::KeyRoleFilter,
        true,
    ),
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
    ch('j', QC, Action::QuitNow, Msg::KeyQuitNow, true),
    ch('y', QC, Action::QuitNow, Msg::KeyQuitNow, true),
    ch('q', QC, Action::QuitNow, Msg::KeyQuitNow, false),
    Binding::ctrl('c', QC, Action::QuitNow, Msg::KeyQuitNow),
    Binding::ctrl('z', QC, Action::Suspend, Msg::KeySuspend),
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
    Binding::ctrl('c', R, Action::ModalCancel, Msg::KeyModalCancel),
    Binding::ctrl('z', R, Action::Suspend, Msg::KeySuspend),
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
    Binding::ctrl('c', D, Action::ModalCancel, Msg::KeyModalCancel),
    Binding::ctrl('z', D, Action::Suspend, Msg::KeySuspend),
];

//! Where the user is: the navigator's views, the panes of the main view, and how the layout adapts to
//! the terminal's size. Shared by the state, the actions and the views.

use crate::i18n::{Lang, Msg, text};

/// The screens of the navigator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The action plan: what to do now, by whom, by when, whom to call; the start view.
    Plan,
    /// Steps, questions, duties and detail.
    Main,
    /// Every contact, filterable.
    Contacts,
    /// Every law item with the duties it supports.
    Law,
    /// The actor × step matrix.
    Actors,
    /// Incremental search.
    Search,
    /// What applies, what is still open.
    Summary,
    /// The deadlines from discovery, as dates.
    Timeline,
    /// Every term and abbreviation of the glossary, filterable (`B`).
    Glossary,
    /// The source document of the item the user came from, rebuilt in its order (`s`). Not a tab: it
    /// is opened from an item and Esc returns there.
    Source,
}

impl View {
    /// Every view, in tab-bar order.
    pub const ALL: [View; 9] = [
        View::Plan,
        View::Main,
        View::Contacts,
        View::Law,
        View::Actors,
        View::Search,
        View::Summary,
        View::Timeline,
        View::Glossary,
    ];

    /// The view's name in the tab bar.
    pub fn title(self, lang: Lang) -> &'static str {
        text(
            lang,
            match self {
                View::Plan => Msg::PlanTitle,
                View::Main => Msg::TuiMain,
                View::Contacts => Msg::Contacts,
                View::Law => Msg::Law,
                View::Actors => Msg::Actors,
                View::Search => Msg::TuiSearch,
                View::Summary => Msg::TuiSummary,
                View::Timeline => Msg::TuiTimeline,
                View::Glossary => Msg::TuiGlossary,
                View::Source => Msg::TuiSourceView,
            },
        )
    }
}

/// The panes of the main view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The process flow along the top, with the selected step's page of guidance.
    Steps,
    /// The situation questions.
    #[default]
    Questions,
    /// The duties of the selected step.
    Duties,
    /// Detail of the selected duty (or question).
    Detail,
}

impl Pane {
    /// Every pane, in Tab order.
    pub const ALL: [Pane; 4] = [Pane::Steps, Pane::Questions, Pane::Duties, Pane::Detail];

    /// The pane's title.
    pub fn title(self, lang: Lang) -> &'static str {
        text(
            lang,
            match self {
                Pane::Steps => Msg::Steps,
                Pane::Questions => Msg::Questions,
                Pane::Duties => Msg::Duties,
                Pane::Detail => Msg::TuiDetail,
            },
        )
    }
}

/// How the main view uses the terminal's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutMode {
    /// ≥ 100 columns: panes side by side.
    Wide,
    /// Below 100 columns: one pane at a time, as tabs.
    Narrow,
    /// Below 40×12: only the "enlarge the window" message.
    TooSmall,
}

impl LayoutMode {
    /// The mode for a terminal of `w`×`h` cells.
    pub fn for_size(w: u16, h: u16) -> LayoutMode {
        if w < 40 || h < 12 {
            LayoutMode::TooSmall
        } else if w < 100 {
            LayoutMode::Narrow
        } else {
            LayoutMode::Wide
        }
    }
}

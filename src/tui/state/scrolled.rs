//! The state of the views that are one scrolled text: the summary, the timeline and the key help.

/// The summary view: how far it is scrolled.
#[derive(Debug, Clone, Copy, Default)]
pub struct SummaryState {
    pub scroll: usize,
}

/// The timeline view: how far it is scrolled.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimelineState {
    pub scroll: usize,
}

/// The key help (`?`): whether it is open over the current view, and how far it is scrolled.
#[derive(Debug, Clone, Copy, Default)]
pub struct HelpState {
    pub open: bool,
    pub scroll: usize,
}

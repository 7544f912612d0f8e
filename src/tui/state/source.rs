//! The source view's state: which source document is shown and what in it is highlighted (the item
//! the user pressed `s` on), where Esc returns to, and how far it is scrolled. The scroll starts at the
//! first highlighted line, so "where does it say so" is answered without searching the page.

use crate::engine::source::Target;
use crate::tui::screen::View;

/// The source view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceState {
    /// The document and the highlighted items; `None` until an item's source is opened.
    pub target: Option<Target>,
    /// The view the user came from, for Esc.
    pub back: Option<View>,
    /// Scroll offset in lines; set to just above the first highlighted line when opened.
    pub scroll: usize,
}

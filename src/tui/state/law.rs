//! The law view's state: the selected law item.

/// The law view: which legal reference is selected.
#[derive(Debug, Clone, Copy, Default)]
pub struct LawState {
    /// Index into the content's law items.
    pub selected: usize,
}

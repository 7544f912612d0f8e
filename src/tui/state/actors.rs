//! The actors view's state: the selected cell of the actor × step matrix.

/// The actors view: the selected cell.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActorsState {
    /// (actor, step).
    pub cell: (usize, usize),
}

//! "Where does it say so": a seed document rebuilt, in its own order, from what content draws from it,
//! and the item a professional asked about found in it.
//!
//! The order is given by content, once: the document's `headings` (in the order it prints them), and
//! under each heading the seed's order, which content keeps — the bullets (duties) in file order, then
//! the prose (a step's intro, then its sections, steps in their order). Every seed prints its bullets
//! before the prose under a heading. An item that quotes words standing in a paragraph (a commitment
//! in 004's prose, a deadline's words, a contact's number, a law citation in a list) is found there
//! and marked in place, so the paragraph is shown once. `tests/coverage.rs` checks the order against
//! the seeds.

mod outline;
mod target;

pub use outline::{Block, Entry, Mark, Outline, Part, outline};
pub use target::{Found, Target, find, target};

#[cfg(test)]
mod tests;

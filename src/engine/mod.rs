//! The engine: a professional's answers → which duties apply, which may, and what decides them;
//! plus search over all content and where a text uses a term of the glossary. Knows nothing of
//! terminals or output formats.

mod answers;
mod assess;
pub mod calendar;
mod deadline;
pub mod fold;
pub mod reach;
mod search;
mod terms;

pub use answers::{AnswerError, Answers};
pub use assess::{Assessment, DutyStatus, Scope, Status, assess, duty_status};
pub use deadline::{Due, timeline};
pub use search::{Hit, ItemRef, MatchClass, Part, SearchIndex, part_text};
pub use search::{rank, words};
pub use terms::{TermMark, TermMarker};

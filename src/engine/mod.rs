//! The engine: a professional's answers → which duties apply, which may, and what decides them;
//! plus search over all content. Knows nothing of terminals or output formats.

mod answers;
mod assess;
pub mod calendar;
mod deadline;
pub mod fold;
pub mod reach;
mod search;
pub mod source;

pub use answers::{AnswerError, Answers};
pub use assess::{Assessment, DutyStatus, Scope, Status, assess, duty_status};
pub use deadline::{Due, timeline};
pub use search::{Hit, ItemRef, SearchIndex};

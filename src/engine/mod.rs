//! The engine: a professional's answers → which duties apply, which may, and what decides them; the
//! action plan ([`plan()`]: the same by urgency, with deadlines, contacts and guidance) and which
//! questions still decide something ([`relevant_questions`]); search over all content and where a text
//! uses a term of the glossary. Knows nothing of terminals or output formats.

mod answers;
mod assess;
mod bilingual;
mod by_duty;
pub mod calendar;
mod deadline;
pub mod fold;
mod guidance;
mod plan;
pub mod reach;
mod relevance;
mod search;
pub mod source;
mod terms;
mod urgency;

pub use answers::{AnswerError, Answers};
pub use assess::{
    Assessment, DutyStatus, Scope, Status, assess, condition_status, duty_status, in_scope,
};
pub use bilingual::{BothHit, search_both};
pub use deadline::{Due, timeline};
pub use guidance::{GuidanceStatus, guidance, guidance_status};
pub use plan::{Call, Plan, PlanOptions, PlanRow, PlanSection, plan};
pub use relevance::{Decider, Relevance, relevant_questions};
pub use search::{Hit, ItemRef, MatchClass, Part, SearchIndex, part_text};
pub use search::{rank, words};
pub use terms::{TermMark, TermMarker};
pub use urgency::{Deadlines, Timing, Urgency, Via, WEEKS_HORIZON};

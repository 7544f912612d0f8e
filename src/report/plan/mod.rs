//! The action plan in words: the same rows for every face. [`text`] for the terminal and the plain
//! guide, [`markdown`] for the checklist a professional files or prints (`plan --output`, the
//! navigator's export), [`json`] for scripts; [`words`] holds what they share (group titles, status
//! marks, deadlines as dates with weekdays, a contact to call) so the navigator can draw the same rows.

pub mod json;
pub mod markdown;
pub mod text;
pub mod words;

//! The answers given so far: one optional option index per question.

use std::fmt;

use crate::model::Content;

/// The word that means "unanswered" for any question.
pub const UNKNOWN: &str = "vet_ej";

/// Answers by question index; `None` is unanswered (*vet ej*).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(pub Vec<Option<u8>>);

/// A `--answer ID=VALUE` that does not fit the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Not of the form `ID=VALUE`.
    Malformed { given: String },
    /// No question has this id.
    UnknownQuestion { id: String, allowed: Vec<String> },
    /// The question has no such value.
    UnknownValue {
        question: String,
        value: String,
        allowed: Vec<String>,
    },
    /// The question was answered twice with different values (`vet_ej` counts as a value): which one
    /// the user meant cannot be guessed.
    Conflict {
        question: String,
        first: String,
        second: String,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::Malformed { given } => write!(f, "`{given}` is not of the form ID=VALUE"),
            AnswerError::UnknownQuestion { id, allowed } => {
                write!(
                    f,
                    "unknown question `{id}`; known questions: {}",
                    allowed.join(", ")
                )
            }
            AnswerError::UnknownValue {
                question,
                value,
                allowed,
            } => {
                write!(
                    f,
                    "`{value}` is not a value of `{question}`; allowed: {}",
                    allowed.join(", ")
                )
            }
            AnswerError::Conflict {
                question,
                first,
                second,
            } => write!(
                f,
                "conflicting answers to `{question}`: `{first}` and `{second}`"
            ),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    /// All questions of `content` unanswered.
    pub fn new(content: &Content) -> Answers {
        Answers(vec![None; content.questions.len()])
    }

    /// The chosen option of question `q`, if answered.
    pub fn get(&self, q: usize) -> Option<usize> {
        self.0.get(q).copied().flatten().map(usize::from)
    }

    /// Sets (or with `None` clears) the answer of question `q`; out-of-range indices are ignored.
    pub fn set(&mut self, q: usize, option: Option<usize>) {
        if let Some(slot) = self.0.get_mut(q) {
            *slot = option.and_then(|o| u8::try_from(o).ok());
        }
    }

    /// How many questions are answered.
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// Parses `ID=VALUE` pairs; `vet_ej` means unanswered. A question may be given more than once with
    /// the same value; two different values (`ja` and `nej`, or `ja` and `vet_ej`) are an
    /// [`AnswerError::Conflict`], never silently the later one.
    pub fn parse<S: AsRef<str>>(content: &Content, pairs: &[S]) -> Result<Answers, AnswerError> {
        let mut answers = Answers::new(content);
        // The value given for each question so far, as written.
        let mut given: Vec<Option<&str>> = vec![None; content.questions.len()];
        for pair in pairs {
            let pair = pair.as_ref();
            let Some((id, value)) = pair.split_once('=') else {
                return Err(AnswerError::Malformed {
                    given: pair.to_string(),
                });
            };
            let (id, value) = (id.trim(), value.trim());
            let Some(q) = content.question_index(id) else {
                let allowed = content.questions.iter().map(|q| q.id.to_string()).collect();
                return Err(AnswerError::UnknownQuestion {
                    id: id.to_string(),
                    allowed,
                });
            };
            let question = &content.questions[q];
            match given[q] {
                Some(first) if first != value => {
                    return Err(AnswerError::Conflict {
                        question: id.to_string(),
                        first: first.to_string(),
                        second: value.to_string(),
                    });
                }
                _ => given[q] = Some(value),
            }
            if value == UNKNOWN {
                answers.set(q, None);
                continue;
            }
            let Some(option) = question.option_index(value) else {
                let mut allowed: Vec<String> = question
                    .options
                    .iter()
                    .map(|o| o.value.to_string())
                    .collect();
                allowed.push(UNKNOWN.to_string());
                return Err(AnswerError::UnknownValue {
                    question: id.to_string(),
                    value: value.to_string(),
                    allowed,
                });
            };
            answers.set(q, Some(option));
        }
        Ok(answers)
    }

    /// `(question id, value)` of every answered question, in question order.
    pub fn pairs<'c>(&self, content: &'c Content) -> Vec<(&'c str, &'c str)> {
        content
            .questions
            .iter()
            .enumerate()
            .filter_map(|(q, question)| {
                let o = self.get(q)?;
                Some((
                    question.id.as_ref(),
                    question.options.get(o)?.value.as_ref(),
                ))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_question_answered_twice_differently_is_a_conflict() {
        let c = crate::embedded::content();
        let conflict = |pairs: &[&str]| match Answers::parse(c, pairs) {
            Err(AnswerError::Conflict {
                question,
                first,
                second,
            }) => Some((question, first, second)),
            _ => None,
        };
        assert_eq!(
            conflict(&["barn_utsatt=ja", "barn_utsatt=nej"]),
            Some(("barn_utsatt".into(), "ja".into(), "nej".into()))
        );
        assert_eq!(
            conflict(&["barn_utsatt=ja", "barn_i_bilden=ja", "barn_utsatt = vet_ej"]),
            Some(("barn_utsatt".into(), "ja".into(), "vet_ej".into()))
        );
        // The same value twice is one answer.
        let same = Answers::parse(c, &["barn_utsatt=ja", "barn_utsatt=ja"]);
        assert_eq!(same.map(|a| a.answered()), Ok(1));
        let unknown = Answers::parse(c, &["barn_utsatt=vet_ej", "barn_utsatt=vet_ej"]);
        assert_eq!(unknown.map(|a| a.answered()), Ok(0));
    }
}

//! Terms and abbreviations: the words a professional types (TUT, LVU, ÅMP, orosanmälan) with every form
//! the seeds print them in, a short explanation from the seeds, and where it says so.

use super::{HasId, List, SourceRef, Text};

/// A term of the field and the forms it goes by, so that search finds one form by another and the
/// navigator can explain it where a duty uses it.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Term {
    pub id: Text,
    /// The term as the seeds print it, e.g. "tidsbegränsat uppehållstillstånd".
    pub term: Text,
    /// Abbreviations of it, e.g. "TUT"; matched case-sensitively when marking a text.
    pub abbreviations: List<Text>,
    /// Other forms it is printed in (spelling variants, a longer name), e.g. "tidbegränsat uppehållstillstånd".
    pub forms: List<Text>,
    /// A short explanation, quoted from the seeds where they give one.
    pub explanation: Text,
    /// What comes from outside the seeds (an expansion the seeds do not print), marked as such.
    pub external: Option<Text>,
    pub source: SourceRef,
}

impl Term {
    /// Every form the term goes by: the term, its abbreviations, its other forms, in that order.
    pub fn all_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_ref())
            .chain(self.abbreviations.iter().map(AsRef::as_ref))
            .chain(self.forms.iter().map(AsRef::as_ref))
    }
}

impl HasId for Term {
    fn id(&self) -> &str {
        &self.id
    }
}

//! The glossary in words: `vagvisare terms` as text for people and as its JSON shape, and the heading
//! of one term ("TUT – tidsbegränsat uppehållstillstånd") that every face shows the same way.

use std::fmt::Write as _;

use serde::Serialize;

use super::View;
use super::json::SourceJson;
use crate::i18n::Msg;
use crate::model::Content;

/// "TUT – tidsbegränsat uppehållstillstånd": the abbreviations, then the term (the title a search hit
/// on the term has too).
pub fn heading(c: &Content, term: usize) -> String {
    crate::engine::ItemRef::Term(term).title(c)
}

/// A term in JSON (`terms`).
#[derive(Serialize)]
pub struct TermJson<'a> {
    pub id: &'a str,
    pub term: &'a str,
    pub abbreviations: Vec<&'a str>,
    pub forms: Vec<&'a str>,
    pub explanation: &'a str,
    /// What comes from outside the seeds, marked as such; `null` when nothing does.
    pub external: Option<&'a str>,
    pub source: SourceJson<'a>,
}

/// Every term of the glossary, in content order.
pub fn json(c: &Content) -> Vec<TermJson<'_>> {
    c.terms
        .iter()
        .map(|t| TermJson {
            id: &t.id,
            term: &t.term,
            abbreviations: t.abbreviations.iter().map(AsRef::as_ref).collect(),
            forms: t.forms.iter().map(AsRef::as_ref).collect(),
            explanation: &t.explanation,
            external: t.external.as_deref(),
            source: SourceJson::new(c, &t.source),
        })
        .collect()
}

/// The `terms` view: each term's heading, its other forms, its explanation, and where it comes from.
pub fn text(v: &View, c: &Content) -> String {
    let mut out = String::new();
    if c.terms.is_empty() {
        let _ = writeln!(out, "{}", v.t(Msg::NoTerms));
    }
    for (i, t) in c.terms.iter().enumerate() {
        let _ = writeln!(out, "{}", v.style.bold(&heading(c, i)));
        if !t.forms.is_empty() {
            let forms: Vec<&str> = t.forms.iter().map(AsRef::as_ref).collect();
            let _ = writeln!(out, "  {}: {}", v.t(Msg::TermAlso), forms.join(", "));
        }
        let _ = writeln!(out, "  {}", t.explanation);
        let mut tail = String::new();
        if let Some(x) = &t.external {
            let _ = write!(tail, "{}: {x} · ", v.t(Msg::External));
        }
        let _ = write!(tail, "{}: {}", v.t(Msg::Source), c.cite(&t.source));
        let _ = writeln!(out, "  {}", v.style.dim(&tail));
        out.push('\n');
    }
    out
}

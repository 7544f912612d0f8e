//! The JSON shapes of single items that several documents share: an item's source, a contact (with the
//! age of its information), its reachability, a law item (with a replaced law). Built from the model,
//! borrowed; documented in the README.

use serde::Serialize;

use crate::model::{Contact, Content, Date, Law, SourceRef};

/// `source` of any item: seed file and heading, and the citation people read.
#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub doc: &'a str,
    pub file: &'a str,
    pub heading: &'a str,
    pub date: String,
    /// "Title (publisher, edition; date) › heading", as every text view cites it.
    pub citation: String,
}

impl<'a> SourceJson<'a> {
    pub fn new(c: &'a Content, r: &'a SourceRef) -> Self {
        let s = c.source(r);
        SourceJson {
            doc: &s.id,
            file: &s.file,
            heading: &r.heading,
            date: s.date.to_string(),
            citation: c.cite(r),
        }
    }
}

#[derive(Serialize)]
pub struct ContactJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    pub target_group: &'a str,
    pub region: &'a str,
    pub phones: Vec<&'a str>,
    pub alt_phones: Vec<&'a str>,
    pub email: Option<&'a str>,
    pub hours: Option<&'a str>,
    pub note: Option<&'a str>,
    pub as_of: String,
    /// How the age is judged: `national`, `person` or `direct` (content README).
    pub freshness: &'static str,
    /// Whether the guide asks to check the information before calling, on the document's day.
    pub check_before_calling: bool,
    /// What kind of case the contact is for (`akut_fara`, `bradskande`, `rad_och_vagledning`), with
    /// the seed's words; absent when the content says nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<UrgencyJson<'a>>,
    /// Added by a local overlay, not shipped with the guide.
    pub local: bool,
    pub source: SourceJson<'a>,
    /// Reachability at the assessment's time (only in `assess`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reach: Option<ReachJson<'a>>,
}

/// A contact's urgency in JSON.
#[derive(Serialize)]
pub struct UrgencyJson<'a> {
    pub kind: &'static str,
    pub words: &'a str,
}

impl<'a> ContactJson<'a> {
    /// Contact `k` as of `today` (for [`ContactJson::check_before_calling`]).
    pub fn new(c: &'a Content, k: &'a Contact, today: Date) -> Self {
        ContactJson {
            id: &k.id,
            name: &k.name,
            unit: &k.unit,
            target_group: &k.target_group,
            region: &k.region,
            phones: k.phones.iter().map(|p| p.number.as_ref()).collect(),
            alt_phones: k
                .phones
                .iter()
                .flat_map(|p| p.alt.iter().map(AsRef::as_ref))
                .collect(),
            email: k.email.as_deref(),
            hours: k.hours.as_deref(),
            note: k.note.as_deref(),
            as_of: k.as_of.to_string(),
            freshness: k.freshness.as_str(),
            check_before_calling: super::freshness::needs_check(c, k, today),
            urgency: k.urgency.as_ref().map(|u| UrgencyJson {
                kind: u.kind.as_str(),
                words: &u.words,
            }),
            local: k.local,
            source: SourceJson::new(c, &k.source),
            reach: None,
        }
    }
}

#[derive(Serialize)]
pub struct LawJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub citation: &'a str,
    pub summary: &'a str,
    pub as_of: String,
    pub external: Option<&'a str>,
    /// The law the seed cites has since been replaced (a fact from outside the sources).
    pub replaced: Option<ReplacedJson<'a>>,
    pub source: SourceJson<'a>,
}

/// A replaced law: the old act, what replaced it and when (an external fact).
#[derive(Serialize)]
pub struct ReplacedJson<'a> {
    pub law: &'a str,
    pub by: &'a str,
    pub by_sfs: &'a str,
    pub from: String,
    /// Always true: not from the sources.
    pub external: bool,
}

impl<'a> LawJson<'a> {
    pub fn new(c: &'a Content, l: &'a Law) -> Self {
        LawJson {
            id: &l.id,
            title: &l.title,
            citation: &l.citation,
            summary: &l.summary,
            as_of: l.as_of.to_string(),
            external: l.external.as_deref(),
            replaced: l.replaced.as_ref().map(|r| ReplacedJson {
                law: &r.law,
                by: &r.by,
                by_sfs: &r.by_sfs,
                from: r.from.to_string(),
                external: true,
            }),
            source: SourceJson::new(c, &l.source),
        }
    }
}

/// Reachability in JSON.
#[derive(Serialize)]
pub struct ReachJson<'a> {
    pub at: String,
    pub state: &'static str,
    pub why: String,
    /// The seed's words about the contact's hours.
    pub words: Option<&'a str>,
    /// True when the contact's hours are our reading, not the seed's statement.
    pub interpretation: bool,
}

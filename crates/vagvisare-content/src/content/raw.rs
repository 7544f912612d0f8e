//! The TOML shape of content files, kept apart from the model: serde fills these, `validate` turns
//! them into model types. Positions come along in `Spanned` so every error can name `file:line:col`.

use serde::Deserialize;
use toml::Spanned;

/// A spanned string: a value with its byte range in the file.
pub type S = Spanned<String>;

/// One content file: any kinds of item, each an array of tables named after its kind.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub meta: Option<Spanned<RawMeta>>,
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    pub step: Vec<Spanned<RawStep>>,
    #[serde(default)]
    pub actor: Vec<Spanned<RawActor>>,
    #[serde(default)]
    pub question: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    pub duty: Vec<Spanned<RawDuty>>,
    #[serde(default)]
    pub contact: Vec<Spanned<RawContact>>,
    #[serde(default)]
    pub law: Vec<Spanned<RawLaw>>,
    #[serde(default)]
    pub escalation: Vec<Spanned<RawEscalation>>,
    #[serde(default)]
    pub deadline: Vec<Spanned<RawDeadline>>,
    #[serde(default)]
    pub guidance: Vec<Spanned<RawGuidance>>,
    #[serde(default)]
    pub scenario: Vec<Spanned<RawScenario>>,
    #[serde(default)]
    pub term: Vec<Spanned<RawTerm>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub title: S,
    pub version: S,
    pub date: S,
    /// Months before a person's or direct contact is to be checked before calling (default 12).
    pub max_age_months: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSourceRef {
    pub doc: S,
    pub heading: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: S,
    pub file: S,
    pub title: S,
    /// As the document states it, or `"anges inte"`. `origin` is its former name, still read.
    #[serde(alias = "origin")]
    pub publisher: S,
    pub edition: Option<S>,
    pub date: S,
    pub date_text: Option<S>,
    #[serde(default)]
    pub headings: Vec<S>,
    pub note: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: S,
    pub order: Spanned<i64>,
    pub kind: S,
    #[serde(default)]
    pub historical: bool,
    pub title: S,
    pub summary: S,
    pub intro: S,
    pub source: Spanned<RawSourceRef>,
    #[serde(default)]
    pub section: Vec<Spanned<RawSection>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub heading: S,
    pub text: S,
    pub source: Spanned<RawSourceRef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: S,
    pub name: S,
    pub description: Option<S>,
    /// The actors this one is a unit of (socialtjänstnämndens socialjour of socialtjänsten).
    #[serde(default)]
    pub part_of: Vec<S>,
    pub source: Spanned<RawSourceRef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: S,
    pub text: S,
    pub help: Option<S>,
    pub options: Option<Spanned<Vec<RawOption>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub value: S,
    pub label: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDuty {
    pub id: S,
    pub step: S,
    pub actor: S,
    /// Other actors the duty's text gives work to.
    #[serde(default)]
    pub also: Vec<S>,
    pub text: S,
    pub when: Option<S>,
    #[serde(default)]
    pub law: Vec<S>,
    #[serde(default)]
    pub contacts: Vec<S>,
    pub attribution: S,
    pub attribution_note: Option<S>,
    pub source: Spanned<RawSourceRef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhone {
    pub number: S,
    #[serde(default)]
    pub alt_number: Vec<S>,
    pub label: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: S,
    pub name: S,
    pub unit: S,
    pub target_group: S,
    pub region: S,
    #[serde(default)]
    pub phones: Vec<Spanned<RawPhone>>,
    pub email: Option<S>,
    pub web: Option<S>,
    pub hours: Option<S>,
    pub note: Option<S>,
    pub as_of: S,
    #[serde(default)]
    pub always: bool,
    pub when: Option<S>,
    pub reach: Option<Spanned<RawReach>>,
    /// What kind of case the contact is for: `akut_fara`, `bradskande` or `rad_och_vagledning`.
    pub urgency: Option<Spanned<RawUrgency>>,
    /// Actors this contact serves: it is listed whenever a duty of theirs is.
    #[serde(default)]
    pub actors: Vec<S>,
    /// Steps this contact serves: it is listed whenever a duty of the step is.
    #[serde(default)]
    pub steps: Vec<S>,
    /// Overlay only: the shipped contact this local one takes the place of.
    pub replaces: Option<S>,
    /// `national`, `person` or `direct`: how the age of the information is judged.
    pub freshness: Option<S>,
    pub source: Spanned<RawSourceRef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReach {
    pub kind: S,
    pub words: S,
    #[serde(default)]
    pub interpretation: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUrgency {
    pub kind: S,
    pub words: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEscalation {
    pub id: S,
    pub text: S,
    pub chain: Vec<S>,
    pub acute: Option<S>,
    /// How urgent a case is, first match wins: `[{ urgency = "akut_fara", when = "akut_fara != nej" }, …]`.
    #[serde(default)]
    pub levels: Vec<Spanned<RawLevel>>,
    pub source: Spanned<RawSourceRef>,
}

/// One level of urgency of a case: the urgency kind and when the case has it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub urgency: S,
    pub when: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeadline {
    pub id: S,
    pub label: S,
    pub kind: S,
    pub days: Option<Spanned<i64>>,
    pub words: S,
    pub when: Option<S>,
    pub duty: Option<S>,
    /// Further duties the deadline belongs to (after `duty`).
    #[serde(default)]
    pub duties: Vec<S>,
    pub step: S,
    pub source: Spanned<RawSourceRef>,
}

/// A `[[guidance]]` table: advice the seeds attach to a situation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuidance {
    pub id: S,
    pub text: S,
    pub when: Option<S>,
    pub step: S,
    #[serde(default)]
    pub duties: Vec<S>,
    pub source: Spanned<RawSourceRef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLaw {
    pub id: S,
    pub title: S,
    pub citation: S,
    pub summary: S,
    pub as_of: S,
    pub external: Option<S>,
    pub replaced: Option<Spanned<RawReplacement>>,
    pub source: Spanned<RawSourceRef>,
}

/// `replaced = { external = true, law, by, by_sfs, from }` on a `[[law]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReplacement {
    /// Must be `true`: the replacement is a fact from outside the seeds, and says so.
    pub external: Spanned<bool>,
    pub law: S,
    pub by: S,
    pub by_sfs: S,
    pub from: S,
}

/// A `[[scenario]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub id: S,
    pub title: S,
    pub target_group: S,
    #[serde(default)]
    pub part: Vec<Spanned<RawPart>>,
    #[serde(default)]
    pub answers: Vec<Spanned<RawScenarioAnswer>>,
    #[serde(default)]
    pub discussion: Vec<S>,
    #[serde(default)]
    pub key_duties: Vec<S>,
    #[serde(default)]
    pub key_contacts: Vec<S>,
    #[serde(default)]
    pub learning_points: Vec<S>,
    /// One source: `source = { doc, heading }`.
    pub source: Option<Spanned<RawSourceRef>>,
    /// Several sources: `sources = [{ doc, heading }, …]`.
    #[serde(default)]
    pub sources: Vec<Spanned<RawSourceRef>>,
}

/// A `[[scenario.part]]` table: one step of the narrative.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPart {
    pub text: S,
    pub source: Option<Spanned<RawSourceRef>>,
}

/// One entry of `answers = [{ question, value, decide }]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenarioAnswer {
    pub question: S,
    pub value: S,
    #[serde(default)]
    pub decide: bool,
}

/// A `[[term]]` table as written: a term, its abbreviations and other forms, and its explanation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: S,
    pub term: S,
    #[serde(default)]
    pub abbreviations: Vec<S>,
    #[serde(default)]
    pub forms: Vec<S>,
    pub explanation: S,
    pub external: Option<S>,
    pub source: Spanned<RawSourceRef>,
}

//! The kinds of content item: steps, actors, questions, duties, contacts, law and their sources.

use super::{AsOf, Condition, HasId, List, Text};

/// Title, version and date of a content release, and the content's settings.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: Text,
    pub version: Text,
    pub date: Text,
    /// How old (in months) the source of a person's or direct contact may be before the guide asks to
    /// check the information before calling (see [`Freshness`]). `--max-age-months` overrides it.
    pub max_age_months: u32,
}

impl Meta {
    /// The age limit when content does not set one: a year.
    pub const DEFAULT_MAX_AGE_MONTHS: u32 = 12;
}

/// A seed document that content is drawn from, described as people cite it: title, publisher and
/// date as the document states them. The file name is for content authors and JSON only.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Source {
    pub id: Text,
    /// The seed's file name, e.g. `003_cb4608e897bee67a.txt`; never shown to people.
    pub file: Text,
    pub title: Text,
    /// Who publishes it, as the document states it; `None` when it does not say ("anges inte").
    pub publisher: Option<Text>,
    /// Which version of the document this is, when that matters to a reader ("regional version,
    /// Stockholms län").
    pub edition: Option<Text>,
    pub date: AsOf,
    /// The date as the document prints it ("senast uppdaterad 6 oktober 2022"), when that says more
    /// than `date`.
    pub date_text: Option<Text>,
    /// The document's headings in the order it prints them: the order of the source view. Empty when
    /// content does not give them (the order is then that of first citation).
    pub headings: List<Text>,
    pub note: Option<Text>,
}

impl Source {
    /// The word content uses for "the document names no publisher".
    pub const NOT_STATED: &'static str = "anges inte";

    /// The date as the source states it (`date_text`), else the parsed date or "odaterad".
    pub fn date_words(&self) -> String {
        self.date_text
            .as_deref()
            .map_or_else(|| self.date.to_string(), str::to_string)
    }

    /// The document as people cite it: "Title (publisher, edition; date)". The publisher is left out
    /// when the document names none; the date is [`Source::date_words`].
    pub fn citation(&self) -> String {
        let who: Vec<&str> = [self.publisher.as_deref(), self.edition.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let date = self.date_words();
        if who.is_empty() {
            format!("{} ({date})", self.title)
        } else {
            format!("{} ({}; {date})", self.title, who.join(", "))
        }
    }
}

/// Where an item comes from: a seed document and the heading under which the text stands.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct SourceRef {
    /// Index into [`super::Content::sources`].
    pub doc: usize,
    pub heading: Text,
}

/// Whether a step belongs to the manual's process or is a reference track beside it.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Process,
    Track,
}

/// A step of the process (or a reference track) with its guidance text.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Step {
    pub id: Text,
    pub order: i64,
    pub kind: StepKind,
    /// A historical document's commitments (the 2005 city programme): listed as historical, never as
    /// applying today.
    pub historical: bool,
    pub title: Text,
    pub summary: Text,
    pub intro: Text,
    pub source: SourceRef,
    pub sections: List<Section>,
}

/// A named piece of guidance text within a step.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: Text,
    pub text: Text,
    pub source: SourceRef,
}

/// An organisation or role that carries duties.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: Text,
    pub name: Text,
    pub description: Option<Text>,
    /// Indices of the actors this one is a unit of, as the seeds describe it: socialtjänstnämndens
    /// socialjour and the stadsdelsnämnder are parts of socialtjänsten. A quiz never offers a part of
    /// the right actor (or what it is part of) as a wrong answer.
    pub part_of: List<usize>,
    pub source: SourceRef,
}

/// A situation question; its answer is an index into `options`.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Question {
    pub id: Text,
    pub text: Text,
    pub help: Option<Text>,
    pub options: List<QOption>,
}

impl Question {
    /// The index of the option with this value.
    pub fn option_index(&self, value: &str) -> Option<usize> {
        self.options.iter().position(|o| o.value == value)
    }
}

/// One possible answer to a question.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct QOption {
    pub value: Text,
    pub label: Text,
}

/// Whether the seed names the actor of a duty, or the attribution is ours.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    Stated,
    Inferred,
}

/// What one actor does in one step, quoted verbatim from a seed.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Duty {
    pub id: Text,
    /// Index into [`super::Content::steps`].
    pub step: usize,
    /// Index into [`super::Content::actors`].
    pub actor: usize,
    /// Other actors (indices) the duty's text also gives work to: it is listed for them too.
    pub also: List<usize>,
    pub text: Text,
    /// When it applies; `None` = always.
    pub when: Option<Condition>,
    pub law: List<usize>,
    pub contacts: List<usize>,
    pub attribution: Attribution,
    pub attribution_note: Option<Text>,
    pub source: SourceRef,
}

/// A phone number as printed, with the other ways seeds print the same number.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Phone {
    pub number: Text,
    pub alt: List<Text>,
    pub label: Option<Text>,
}

/// Someone to call, exactly as a seed prints them.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Contact {
    pub id: Text,
    pub name: Text,
    pub unit: Text,
    pub target_group: Text,
    pub region: Text,
    pub phones: List<Phone>,
    pub email: Option<Text>,
    pub web: Option<Text>,
    pub hours: Option<Text>,
    pub note: Option<Text>,
    pub as_of: AsOf,
    /// Shown with every assessment (emergency numbers, support line, coordinators).
    pub always: bool,
    /// With `always`: shown unless this is false.
    pub when: Option<Condition>,
    /// When the contact can be reached, as the seed says; `None` when it says nothing.
    pub reach: Option<Reach>,
    /// What kind of case the contact is for, as the seed says; orders the call list.
    pub urgency: Option<Urgency>,
    /// Actors (indices) it serves: listed whenever one of their duties is.
    pub actors: List<usize>,
    /// Steps (indices) it serves: listed whenever a duty of the step is.
    pub steps: List<usize>,
    /// Added by a local overlay, not shipped with the guide.
    pub local: bool,
    /// How the age of the information is judged.
    pub freshness: Freshness,
    pub source: SourceRef,
}

/// How the age of a contact's information is judged: the one rule behind "kontrollera uppgiften före
/// samtal". A person's or a direct number is checked when its source is undated or older than
/// [`Meta::max_age_months`]; a national number that does not change is never flagged.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// A national number that does not change with people or organisations (112, 114 14).
    National,
    /// A named person's numbers and address.
    Person,
    /// A direct number of a unit or office.
    Direct,
}

impl Freshness {
    /// The words content uses, in the order the README lists them.
    pub const WORDS: [&'static str; 3] = ["national", "person", "direct"];

    /// From its word in content.
    pub fn parse(s: &str) -> Option<Freshness> {
        match s {
            "national" => Some(Freshness::National),
            "person" => Some(Freshness::Person),
            "direct" => Some(Freshness::Direct),
            _ => None,
        }
    }

    /// Its word in content and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Freshness::National => "national",
            Freshness::Person => "person",
            Freshness::Direct => "direct",
        }
    }
}

/// What a seed says of when a contact is staffed.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReachKind {
    /// "under kontorstid på vardagar": weekdays that are not public holidays, office hours.
    OfficeHoursWeekdays,
    /// Around the clock.
    AroundTheClock,
    /// Named by a seed as what to turn to when the office-hours line is closed.
    OutOfHoursAlternative,
}

/// A contact's reachability as content states it.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Reach {
    pub kind: ReachKind,
    /// The seed's words, verbatim.
    pub words: Text,
    /// True when `kind` is our reading rather than the seed's statement.
    pub interpretation: bool,
}

/// What kind of case a contact is for, as a seed says it (002: "Vid akut fara ring 112.", "Vid brådskande
/// ärenden kontakta polis på telefonnummer 114 14 alternativt socialjour …", the support line "vid behov av
/// råd och vägledning i ärenden"). Urgency, not the clock, decides whom to call first.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgencyKind {
    /// Acute danger: 112.
    Acute,
    /// An urgent case: 114 14 or the socialjour.
    Urgent,
    /// Advice and guidance in a case: the support line, the regional coordinators.
    Advice,
}

impl UrgencyKind {
    /// The stable word used in content and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            UrgencyKind::Acute => "akut_fara",
            UrgencyKind::Urgent => "bradskande",
            UrgencyKind::Advice => "rad_och_vagledning",
        }
    }
}

/// The kind of case a contact serves, with the seed's words that say so.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Urgency {
    pub kind: UrgencyKind,
    /// The seed's words, verbatim.
    pub words: Text,
}

/// A legal reference, cited exactly as the seed prints it.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Law {
    pub id: Text,
    pub title: Text,
    pub citation: Text,
    pub summary: Text,
    /// The citing seed's date: the paragraph numbering of that time.
    pub as_of: AsOf,
    /// A fact from outside the seeds, marked as such.
    pub external: Option<Text>,
    /// When the law the seed cites has since been replaced: a fact from outside the seeds.
    pub replaced: Option<Replacement>,
    pub source: SourceRef,
}

/// A law that has been replaced since the seed cited it (an `external` fact, recorded only as far as
/// certain): the old act, the new one and the day the new one came into force.
#[derive(serde::Serialize, Debug, Clone, PartialEq)]
pub struct Replacement {
    /// The act the seed cites, short, e.g. "SoL (2001:453)".
    pub law: Text,
    /// What replaced it, in words, e.g. "en ny socialtjänstlag".
    pub by: Text,
    /// Its SFS number, e.g. "SFS 2025:400".
    pub by_sfs: Text,
    /// The day the new act came into force.
    pub from: super::Date,
}

impl Duty {
    /// Whether actor `a` carries this duty or is also given work by its text.
    pub fn involves(&self, a: usize) -> bool {
        self.actor == a || self.also.contains(&a)
    }
}

impl Contact {
    /// Whether the contact serves the case under these answers: its own `when` (whom it serves, e.g.
    /// the coordinator for children) is not false. Unknown counts as serving: better one contact too many.
    pub fn serves(&self, answers: &[Option<u8>]) -> bool {
        self.when
            .as_ref()
            .is_none_or(|w| w.eval(answers) != super::Tri::False)
    }
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> &str { &self.id } })* };
}
has_id!(Source, Step, Actor, Question, Duty, Contact, Law);

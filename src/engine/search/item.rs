//! What a search hit points at: an item of the content ([`ItemRef`]) and which of its texts matched
//! ([`Part`]), so a face can open the item and show the match in its context.

use crate::model::Content;

/// An item a search hit points at, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    Step(usize),
    Section(usize, usize),
    Duty(usize),
    Actor(usize),
    Question(usize),
    Contact(usize),
    Law(usize),
    /// A term of the glossary (`content/terms.toml`).
    Term(usize),
}

impl ItemRef {
    /// The kind's word in JSON and for display keys.
    pub fn kind(self) -> &'static str {
        match self {
            ItemRef::Step(_) => "step",
            ItemRef::Section(..) => "section",
            ItemRef::Duty(_) => "duty",
            ItemRef::Actor(_) => "actor",
            ItemRef::Question(_) => "question",
            ItemRef::Contact(_) => "contact",
            ItemRef::Law(_) => "law",
            ItemRef::Term(_) => "term",
        }
    }

    /// The item's stable id (sections: `step#n`).
    pub fn id(self, c: &Content) -> String {
        match self {
            ItemRef::Step(i) => c.steps[i].id.to_string(),
            ItemRef::Section(s, n) => format!("{}#{}", c.steps[s].id, n + 1),
            ItemRef::Duty(i) => c.duties[i].id.to_string(),
            ItemRef::Actor(i) => c.actors[i].id.to_string(),
            ItemRef::Question(i) => c.questions[i].id.to_string(),
            ItemRef::Contact(i) => c.contacts[i].id.to_string(),
            ItemRef::Law(i) => c.law[i].id.to_string(),
            ItemRef::Term(i) => c.terms[i].id.to_string(),
        }
    }

    /// A short human title of the item.
    pub fn title(self, c: &Content) -> String {
        match self {
            ItemRef::Step(i) => c.steps[i].title.to_string(),
            ItemRef::Section(s, n) => c.steps[s].sections[n].heading.to_string(),
            ItemRef::Duty(i) => format!(
                "{}: {}",
                c.actors[c.duties[i].actor].name, c.steps[c.duties[i].step].summary
            ),
            ItemRef::Actor(i) => c.actors[i].name.to_string(),
            ItemRef::Question(i) => c.questions[i].text.to_string(),
            ItemRef::Contact(i) => c.contacts[i].name.to_string(),
            ItemRef::Law(i) => format!("{} ({})", c.law[i].citation, c.law[i].title),
            ItemRef::Term(i) => {
                let t = &c.terms[i];
                let abbreviations: Vec<&str> = t.abbreviations.iter().map(AsRef::as_ref).collect();
                match abbreviations.is_empty() {
                    true => t.term.to_string(),
                    false => format!("{} – {}", abbreviations.join(", "), t.term),
                }
            }
        }
    }

    /// Where the kind stands when two items score the same: what an item *is* (a term, a contact, a
    /// law item, an actor) before the duties, questions and guidance texts that mention it.
    pub(super) fn kind_rank(self) -> u8 {
        match self {
            ItemRef::Term(_) => 0,
            ItemRef::Contact(_) => 1,
            ItemRef::Law(_) => 2,
            ItemRef::Actor(_) => 3,
            ItemRef::Duty(_) => 4,
            ItemRef::Question(_) => 5,
            ItemRef::Step(_) => 6,
            ItemRef::Section(..) => 7,
        }
    }
}

/// Which text of an item a match is in. Indices count within the item's list (its phones, options,
/// abbreviations, forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// A step's title or a law item's title.
    Title,
    /// A step's summary line.
    Summary,
    /// A step's intro.
    Intro,
    /// A section's heading.
    Heading,
    /// A section's or a duty's text; a question's text.
    Text,
    /// An actor's or a contact's name.
    Name,
    /// An actor's description.
    Description,
    /// A question's help.
    Help,
    /// A question's option label.
    Option(usize),
    /// A contact's unit or role.
    Unit,
    /// A contact's target group.
    TargetGroup,
    /// A contact's region.
    Region,
    /// A contact's phone number as printed.
    Number(usize),
    /// Another printing of a contact's phone number (phone, alternative).
    AltNumber(usize, usize),
    /// A phone number's label.
    Label(usize),
    Email,
    Web,
    Hours,
    /// A contact's note.
    Note,
    /// A law item's citation.
    Citation,
    /// A law item's summary.
    LawSummary,
    /// A law item's or a term's fact from outside the seeds.
    External,
    /// A term's main form.
    Term,
    /// A term's abbreviation.
    Abbreviation(usize),
    /// A term's other form.
    Form(usize),
    /// A term's explanation.
    Explanation,
}

/// The text of `part` of `item`, when the item has it.
pub fn part_text(c: &Content, item: ItemRef, part: Part) -> Option<&str> {
    use Part as P;
    let s: &str = match (item, part) {
        (ItemRef::Step(i), P::Title) => &c.steps.get(i)?.title,
        (ItemRef::Step(i), P::Summary) => &c.steps.get(i)?.summary,
        (ItemRef::Step(i), P::Intro) => &c.steps.get(i)?.intro,
        (ItemRef::Section(s, n), P::Heading) => &c.steps.get(s)?.sections.get(n)?.heading,
        (ItemRef::Section(s, n), P::Text) => &c.steps.get(s)?.sections.get(n)?.text,
        (ItemRef::Duty(i), P::Text) => &c.duties.get(i)?.text,
        (ItemRef::Actor(i), P::Name) => &c.actors.get(i)?.name,
        (ItemRef::Actor(i), P::Description) => c.actors.get(i)?.description.as_deref()?,
        (ItemRef::Question(i), P::Text) => &c.questions.get(i)?.text,
        (ItemRef::Question(i), P::Help) => c.questions.get(i)?.help.as_deref()?,
        (ItemRef::Question(i), P::Option(n)) => &c.questions.get(i)?.options.get(n)?.label,
        (ItemRef::Contact(i), _) => return contact_part(c, i, part),
        (ItemRef::Law(i), P::Title) => &c.law.get(i)?.title,
        (ItemRef::Law(i), P::Citation) => &c.law.get(i)?.citation,
        (ItemRef::Law(i), P::LawSummary) => &c.law.get(i)?.summary,
        (ItemRef::Law(i), P::External) => c.law.get(i)?.external.as_deref()?,
        (ItemRef::Term(i), P::Term) => &c.terms.get(i)?.term,
        (ItemRef::Term(i), P::Abbreviation(n)) => c.terms.get(i)?.abbreviations.get(n)?,
        (ItemRef::Term(i), P::Form(n)) => c.terms.get(i)?.forms.get(n)?,
        (ItemRef::Term(i), P::Explanation) => &c.terms.get(i)?.explanation,
        (ItemRef::Term(i), P::External) => c.terms.get(i)?.external.as_deref()?,
        _ => return None,
    };
    Some(s)
}

fn contact_part(c: &Content, i: usize, part: Part) -> Option<&str> {
    let k = c.contacts.get(i)?;
    Some(match part {
        Part::Name => &k.name,
        Part::Unit => &k.unit,
        Part::TargetGroup => &k.target_group,
        Part::Region => &k.region,
        Part::Number(n) => &k.phones.get(n)?.number,
        Part::AltNumber(n, m) => k.phones.get(n)?.alt.get(m)?,
        Part::Label(n) => k.phones.get(n)?.label.as_deref()?,
        Part::Email => k.email.as_deref()?,
        Part::Web => k.web.as_deref()?,
        Part::Hours => k.hours.as_deref()?,
        Part::Note => k.note.as_deref()?,
        _ => return None,
    })
}

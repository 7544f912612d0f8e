//! The quiz "Vem gör vad?": multiple-choice questions built from the content — the actor of a duty,
//! the step of a duty, the contact for a need — each with exactly one right option that the seeds
//! themselves support, and no option that gives the answer away. The rules, each tested over the
//! shipped scenarios (`quiz/tests.rs`):
//!
//! - **Only the seed's own actor.** "Which actor?" is asked only of a duty whose bullet names its
//!   actor (*stated*); an actor the guide inferred is never the only right answer.
//! - **No part of the right one is wrong.** An option that is the right actor's unit or whole
//!   ([`crate::model::Actor::part_of`]: socialtjänstnämndens socialjour, the stadsdelsnämnder, of
//!   socialtjänsten) is never offered as a wrong answer; neither is an actor that carries a duty of
//!   the same text (the 003 bullet "Beställer rättsintyg …" of both police and prosecutor).
//! - **Nothing gives itself away.** A question is dropped when its prompt names the right option in a
//!   word the wrong options do not share ("Om Polisen är förundersökningsledare …" → Polisen). A
//!   contact's need is the seed's words of when to call it, cut before the contact is named ("Vid
//!   akut fara ring …"), and contacts that would serve the same need in this case are left out rather
//!   than marked wrong.
//! - **Steps of the process only.** "In which step?" is asked of process steps, never of the
//!   historical 2005 programme.
//!
//! Building is deterministic for a seed (xorshift, no `rand`).

use crate::engine::Answers;
use crate::engine::fold::fold;
use crate::model::{Attribution, Content, StepKind};

pub use super::score::Score;

/// A tiny deterministic PRNG (xorshift64*), enough to shuffle options.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (0 is mapped to a fixed non-zero state).
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }
    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// Shuffles `v` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// A stable seed from a text (FNV-1a), e.g. a scenario id.
pub fn seed_of(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What a quiz question asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Which actor carries this duty? Subject: a duty; options: actors.
    ActorForDuty,
    /// In which step does this duty belong? Subject: a duty; options: steps.
    StepForDuty,
    /// Whom do you contact for this need? Subject: a contact; options: contacts.
    ContactForNeed,
}

/// One multiple-choice question; options are indices into actors, steps or contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub kind: Kind,
    /// A duty index, or for [`Kind::ContactForNeed`] a contact index.
    pub subject: usize,
    /// What the question quotes: the duty's text, or the words of when to call the contact.
    pub prompt: String,
    /// Item indices, shuffled.
    pub options: Vec<usize>,
    /// Position of the right option in `options`.
    pub correct: usize,
}

/// Whether two bullets are the same text, ignoring case and whitespace (the 003 bullet printed twice),
/// without allocating: it runs for every duty against every option of every question.
fn same_text(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) => {
                let lower = |w: &str| w.chars().flat_map(char::to_lowercase).collect::<Vec<_>>();
                if p.len() != q.len() && p.chars().count() != q.chars().count() {
                    return false;
                }
                if p != q && lower(p) != lower(q) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// The words of `s`, folded (case, diacritics) and without punctuation.
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether prompt word `p` and label word `w` are one word, one of them inflected ("Polisen" for
/// "polis", "akuta" for "akut", "stadsdelsnämnder" for "stadsdelsnämnderna"; not "skyddade" for "skydd").
fn names(p: &str, w: &str) -> bool {
    let inflects = |long: &str, short: &str| {
        long.starts_with(short) && long.len() <= short.len() + 2 && short.chars().count() >= 4
    };
    p == w || inflects(p, w) || inflects(w, p)
}

/// The words of the right label that could give it away: four letters or more (or a number of three
/// digits or more), and in none of the wrong labels.
fn telling_words(right: &str, wrong: &[String]) -> Vec<String> {
    let shared: Vec<String> = wrong.iter().flat_map(|l| words(l)).collect();
    words(right)
        .into_iter()
        .filter(|w| {
            let long =
                w.chars().count() >= 4 || (w.len() >= 3 && w.chars().all(|c| c.is_ascii_digit()));
            long && !shared.iter().any(|s| s == w)
        })
        .collect()
}

/// Whether `prompt` names the right option: one of its telling words stands in the prompt.
pub fn gives_away(prompt: &str, right: &str, wrong: &[String]) -> bool {
    let telling = telling_words(right, wrong);
    words(prompt)
        .iter()
        .any(|p| telling.iter().any(|w| names(p, w)))
}

/// `words` up to the first that names the right option, then "…"; `None` when fewer than three words
/// would be left.
fn cloze(text: &str, right: &str, wrong: &[String]) -> Option<String> {
    let telling = telling_words(right, wrong);
    let all: Vec<&str> = text.split_whitespace().collect();
    let cut = all
        .iter()
        .position(|w| words(w).iter().any(|p| telling.iter().any(|t| names(p, t))));
    match cut {
        None => Some(all.join(" ")),
        Some(n) if n >= 3 => Some(format!("{} …", all[..n].join(" "))),
        Some(_) => None,
    }
}

/// Whether `option` could be defended as right for a question of `kind` about `subject` in a case
/// with `answers`: the right one, a unit or whole of an actor that carries a duty of the same text, a
/// step holding a duty of the same text, or a contact for the same kind of need that serves the case.
/// Such options are never offered as wrong. Independent of how the question was built, so tests can
/// check every option.
pub fn acceptable(
    c: &Content,
    answers: &Answers,
    kind: Kind,
    subject: usize,
    option: usize,
) -> bool {
    match kind {
        Kind::ActorForDuty | Kind::StepForDuty => {
            let text = &c.duties[subject].text;
            c.duties
                .iter()
                .filter(|d| same_text(&d.text, text))
                .any(|d| {
                    if kind == Kind::StepForDuty {
                        return d.step == option;
                    }
                    std::iter::once(d.actor)
                        .chain(d.also.iter().copied())
                        .any(|a| c.within(option, a) || c.within(a, option))
                })
        }
        Kind::ContactForNeed => {
            let (k, o) = (&c.contacts[subject], &c.contacts[option]);
            option == subject
                || match (&k.urgency, &o.urgency) {
                    (Some(a), Some(b)) => a.kind == b.kind && o.serves(&answers.0),
                    // Without a need of its own, a contact is neither clearly right nor wrong.
                    (_, None) => true,
                    _ => false,
                }
        }
    }
}

/// The label of an option as shown to students.
pub fn option_label(c: &Content, kind: Kind, option: usize) -> String {
    match kind {
        Kind::ActorForDuty => c.actors[option].name.to_string(),
        Kind::StepForDuty => c.steps[option].title.to_string(),
        Kind::ContactForNeed => {
            let k = &c.contacts[option];
            match k.phones.first() {
                Some(p) if *p.number != *k.name => format!("{} ({})", k.name, p.number),
                _ => k.name.to_string(),
            }
        }
    }
}

/// "003_….txt – heading (date)": where the right answer is written.
pub fn source_of(c: &Content, q: &Question) -> String {
    match q.kind {
        Kind::ActorForDuty | Kind::StepForDuty => c.cite(&c.duties[q.subject].source),
        Kind::ContactForNeed => c.cite(&c.contacts[q.subject].source),
    }
}

/// At most this many options per question.
pub const MAX_OPTIONS: usize = 4;

/// Builds a question of `kind` about `subject` in a case with `answers`, or `None` when the rules above
/// leave no fair question with at least one wrong option. `pool` is the candidate options.
pub fn question(
    c: &Content,
    answers: &Answers,
    kind: Kind,
    subject: usize,
    pool: &[usize],
    rng: &mut Rng,
) -> Option<Question> {
    let right = match kind {
        Kind::ActorForDuty => {
            let d = c.duties.get(subject)?;
            (d.attribution == Attribution::Stated).then_some(d.actor)?
        }
        Kind::StepForDuty => {
            let d = c.duties.get(subject)?;
            (c.steps[d.step].kind == StepKind::Process).then_some(d.step)?
        }
        Kind::ContactForNeed => {
            c.contacts.get(subject)?.urgency.as_ref()?;
            subject
        }
    };
    let right_label = option_label(c, kind, right);
    let mut wrong: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&o| o != right && !acceptable(c, answers, kind, subject, o))
        .filter(|&o| option_label(c, kind, o) != right_label)
        .collect();
    wrong.sort_unstable();
    wrong.dedup();
    rng.shuffle(&mut wrong);
    let mut labels = vec![right_label.clone()];
    let mut options = vec![right];
    for o in wrong {
        if options.len() == MAX_OPTIONS {
            break;
        }
        let l = option_label(c, kind, o);
        if !labels.contains(&l) {
            labels.push(l);
            options.push(o);
        }
    }
    if options.len() < 2 {
        return None;
    }
    let wrong_labels = &labels[1..];
    let prompt = match kind {
        Kind::ActorForDuty | Kind::StepForDuty => c.duties[subject].text.to_string(),
        Kind::ContactForNeed => {
            let words = &c.contacts[subject].urgency.as_ref()?.words;
            cloze(words, &right_label, wrong_labels)?
        }
    };
    if gives_away(&prompt, &right_label, wrong_labels) {
        return None;
    }
    rng.shuffle(&mut options);
    let correct = options.iter().position(|&o| o == right)?;
    Some(Question {
        kind,
        subject,
        prompt,
        options,
        correct,
    })
}

/// Builds up to `n` questions about `duties` and `contacts` (item indices) in a case with `answers`,
/// cycling through the three kinds; when they give fewer than `n` fair questions, the `more` duties
/// (the others the case makes apply) fill in. Wrong options are drawn from all actors, the process
/// steps that have duties, and all contacts.
pub fn build(
    c: &Content,
    answers: &Answers,
    subjects: Subjects<'_>,
    n: usize,
    seed: u64,
) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let actors: Vec<usize> = (0..c.actors.len()).collect();
    let steps: Vec<usize> = (0..c.steps.len())
        .filter(|&s| c.steps[s].kind == StepKind::Process && c.duties.iter().any(|d| d.step == s))
        .collect();
    let all_contacts: Vec<usize> = (0..c.contacts.len()).collect();
    let mut out: Vec<Question> = Vec::new();
    let tiers: [(&[usize], &[usize]); 2] =
        [(subjects.duties, subjects.contacts), (subjects.more, &[])];
    for (duties, contacts) in tiers {
        let mut list: Vec<(Kind, usize)> = Vec::new();
        for &d in duties {
            list.push((Kind::ActorForDuty, d));
            list.push((Kind::StepForDuty, d));
        }
        list.extend(contacts.iter().map(|&k| (Kind::ContactForNeed, k)));
        rng.shuffle(&mut list);
        // Variety: one question of each kind in turn.
        let mut by_kind: [Vec<(Kind, usize)>; 3] = Default::default();
        for s in list {
            by_kind[rank(s.0)].push(s);
        }
        let mut round = 0;
        while out.len() < n && by_kind.iter().any(|v| round < v.len()) {
            for list in &by_kind {
                if out.len() == n {
                    break;
                }
                let Some(&(kind, subject)) = list.get(round) else {
                    continue;
                };
                let pool: &[usize] = match kind {
                    Kind::ActorForDuty => &actors,
                    Kind::StepForDuty => &steps,
                    Kind::ContactForNeed => &all_contacts,
                };
                if out.iter().any(|q| q.kind == kind && q.subject == subject) {
                    continue;
                }
                if let Some(q) = question(c, answers, kind, subject, pool, &mut rng) {
                    out.push(q);
                }
            }
            round += 1;
        }
    }
    out
}

/// What a quiz asks about: the key duties and contacts first, then `more` duties if needed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subjects<'a> {
    pub duties: &'a [usize],
    pub contacts: &'a [usize],
    pub more: &'a [usize],
}

fn rank(kind: Kind) -> usize {
    match kind {
        Kind::ActorForDuty => 0,
        Kind::StepForDuty => 1,
        Kind::ContactForNeed => 2,
    }
}

#[cfg(test)]
mod tests;

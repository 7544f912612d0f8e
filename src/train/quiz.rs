//! The quiz "Vem gör vad?": multiple-choice questions built from the content — the actor of a duty,
//! the step of a duty, the contact for a need — each with exactly one right option.
//!
//! A distractor is never also right: an option counts as right when *any* duty with the same text (after
//! folding whitespace and case) has it, so the 003 bullet "Beställer rättsintyg …", carried by both the
//! police and the prosecutor, never offers the other of the two as a wrong answer. Building is
//! deterministic for a seed (xorshift, no `rand`).

use crate::model::Content;

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
    /// Item indices, shuffled.
    pub options: Vec<usize>,
    /// Position of the right option in `options`.
    pub correct: usize,
}

/// Folds case and whitespace so that bullets printed twice compare equal.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The need a contact serves, as shown in a [`Kind::ContactForNeed`] question.
pub fn need_of(c: &Content, contact: usize) -> String {
    let k = &c.contacts[contact];
    let label = k.phones.first().and_then(|p| p.label.as_deref());
    match label {
        Some(l) if !k.unit.contains(l) => format!("{} – {} ({})", k.unit, l, k.target_group),
        _ => format!("{} ({})", k.unit, k.target_group),
    }
}

/// Whether `option` (an item index) is a right answer to a question of `kind` about `subject`.
/// Independent of how the question was built, so tests can check every option.
pub fn is_right(c: &Content, kind: Kind, subject: usize, option: usize) -> bool {
    match kind {
        Kind::ActorForDuty | Kind::StepForDuty => {
            let text = norm(&c.duties[subject].text);
            c.duties.iter().any(|d| {
                norm(&d.text) == text
                    && if kind == Kind::ActorForDuty {
                        d.involves(option)
                    } else {
                        d.step == option
                    }
            })
        }
        Kind::ContactForNeed => need_of(c, subject) == need_of(c, option),
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
                Some(p) => format!("{} ({})", k.name, p.number),
                None => k.name.to_string(),
            }
        }
    }
}

/// The prompt of a question (the duty's text or the need).
pub fn prompt(c: &Content, q: &Question) -> String {
    match q.kind {
        Kind::ActorForDuty | Kind::StepForDuty => c.duties[q.subject].text.to_string(),
        Kind::ContactForNeed => need_of(c, q.subject),
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

/// Builds a question of `kind` about `subject`, or `None` when no unambiguous question with at least
/// one distractor can be made. `pool` is the candidate options (item indices).
pub fn question(
    c: &Content,
    kind: Kind,
    subject: usize,
    pool: &[usize],
    rng: &mut Rng,
) -> Option<Question> {
    let right = match kind {
        Kind::ActorForDuty => c.duties.get(subject)?.actor,
        Kind::StepForDuty => c.duties.get(subject)?.step,
        Kind::ContactForNeed => {
            c.contacts.get(subject)?;
            subject
        }
    };
    let mut wrong: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&o| o != right && !is_right(c, kind, subject, o))
        .collect();
    wrong.sort_unstable();
    wrong.dedup();
    // Options with the same label as another would be indistinguishable.
    let right_label = option_label(c, kind, right);
    wrong.retain(|&o| option_label(c, kind, o) != right_label);
    rng.shuffle(&mut wrong);
    let mut labels = vec![right_label];
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
    rng.shuffle(&mut options);
    let correct = options.iter().position(|&o| o == right)?;
    Some(Question {
        kind,
        subject,
        options,
        correct,
    })
}

/// Builds up to `n` questions about `duties` and `contacts` (item indices), cycling through the three
/// kinds. Distractors are drawn from all actors, the steps that have duties, and all contacts.
pub fn build(
    c: &Content,
    duties: &[usize],
    contacts: &[usize],
    n: usize,
    seed: u64,
) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let actors: Vec<usize> = (0..c.actors.len()).collect();
    let steps: Vec<usize> = (0..c.steps.len())
        .filter(|&s| c.duties.iter().any(|d| d.step == s))
        .collect();
    let all_contacts: Vec<usize> = (0..c.contacts.len()).collect();
    let mut subjects: Vec<(Kind, usize)> = Vec::new();
    for &d in duties {
        subjects.push((Kind::ActorForDuty, d));
        subjects.push((Kind::StepForDuty, d));
    }
    subjects.extend(contacts.iter().map(|&k| (Kind::ContactForNeed, k)));
    rng.shuffle(&mut subjects);
    // Variety: one question of each kind in turn.
    let mut out: Vec<Question> = Vec::new();
    let mut by_kind: [Vec<(Kind, usize)>; 3] = Default::default();
    for s in subjects {
        by_kind[subjects_rank(s.0)].push(s);
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
            if let Some(q) = question(c, kind, subject, pool, &mut rng) {
                out.push(q);
            }
        }
        round += 1;
    }
    out
}

fn subjects_rank(kind: Kind) -> usize {
    match kind {
        Kind::ActorForDuty => 0,
        Kind::StepForDuty => 1,
        Kind::ContactForNeed => 2,
    }
}

/// Right answers out of answered questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub right: usize,
    pub answered: usize,
    pub total: usize,
}

impl Score {
    /// Scores `chosen` (one optional option position per question).
    pub fn of(questions: &[Question], chosen: &[Option<usize>]) -> Score {
        let answered = chosen.iter().filter(|c| c.is_some()).count();
        let right = questions
            .iter()
            .zip(chosen)
            .filter(|(q, c)| **c == Some(q.correct))
            .count();
        Score {
            right,
            answered,
            total: questions.len(),
        }
    }
    /// Right answers as a whole percentage of all questions (0 when there are none).
    pub fn percent(self) -> usize {
        (self.right * 100).checked_div(self.total).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;

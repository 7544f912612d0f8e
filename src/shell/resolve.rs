//! User-given ids, answers and times → what the faces work with (indices, [`Answers`], [`LocalTime`]),
//! or a usage error (exit 2) in the user's language that names what was given and what is allowed.
//! Every lookup by id goes through [`id`], so the message is written once.

use std::io::{IsTerminal, Write};

use crate::engine::calendar::{LocalTime, Occurs, YEARS};
use crate::engine::{AnswerError, Answers, source};
use crate::error::Error;
use crate::i18n::{Lang, Msg, fill};
use crate::model::{Content, Date, HasId, index_of};

/// The index of the item with `id` among `items`, or a usage error listing the known ids.
pub fn id<T: HasId>(lang: Lang, items: &[T], id: &str, unknown: Msg) -> Result<usize, Error> {
    index_of(items, id).ok_or_else(|| {
        let known: Vec<&str> = items.iter().map(HasId::id).collect();
        Error::Usage(fill(lang, unknown, &[id, &known.join(", ")]))
    })
}

/// An actor by id (`--role`).
pub fn actor(lang: Lang, c: &Content, s: &str) -> Result<usize, Error> {
    id(lang, &c.actors, s, Msg::ErrUnknownActor)
}

/// The role, given before the subcommand (`vagvisare --role X assess`), after it (`assess --role X`)
/// or both: one meaning wherever it is given. Two different roles are a usage error naming both.
pub fn role(
    lang: Lang,
    c: &Content,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<Option<usize>, Error> {
    let given = match (before, after) {
        (Some(a), Some(b)) if a.trim() != b.trim() => {
            return Err(Error::Usage(fill(lang, Msg::ErrConflictingRoles, &[a, b])));
        }
        (a, b) => a.or(b),
    };
    given.map(|r| actor(lang, c, r.trim())).transpose()
}

/// A step by id (`--step`, `show`).
pub fn step(lang: Lang, c: &Content, s: &str) -> Result<usize, Error> {
    id(lang, &c.steps, s, Msg::ErrUnknownStep)
}

/// A training scenario by id.
pub fn scenario(lang: Lang, c: &Content, s: &str) -> Result<usize, Error> {
    id(lang, &c.scenarios, s, Msg::ErrUnknownScenario)
}

/// What `vagvisare source ID` shows: the target (the first kind `id` names) and the other kinds with
/// the same id; a usage error naming the known sources when nothing has it.
pub fn source_target(
    lang: Lang,
    c: &Content,
    id: &str,
) -> Result<(source::Target, Vec<source::Found>), Error> {
    let found = source::find(c, id);
    let Some((&first, rest)) = found.split_first() else {
        let known: Vec<&str> = c.sources.iter().map(HasId::id).collect();
        return Err(Error::Usage(fill(
            lang,
            Msg::ErrUnknownItem,
            &[id, &known.join(", ")],
        )));
    };
    let target = source::target(c, first)
        .ok_or_else(|| Error::Usage(fill(lang, Msg::ErrNoSourceFor, &[id])))?;
    Ok((target, rest.to_vec()))
}

/// `--answer ID=VALUE` pairs.
pub fn answers<S: AsRef<str>>(lang: Lang, c: &Content, pairs: &[S]) -> Result<Answers, Error> {
    Answers::parse(c, pairs).map_err(|e| answer_error(lang, &e))
}

/// An answer that does not fit the content, said in the user's language.
pub fn answer_error(lang: Lang, e: &AnswerError) -> Error {
    Error::Usage(match e {
        AnswerError::Malformed { given } => fill(lang, Msg::ErrMalformedAnswer, &[given]),
        AnswerError::UnknownQuestion { id, allowed } => {
            fill(lang, Msg::ErrUnknownQuestion, &[id, &allowed.join(", ")])
        }
        AnswerError::UnknownValue {
            question,
            value,
            allowed,
        } => fill(
            lang,
            Msg::ErrUnknownValue,
            &[value, question, &allowed.join(", ")],
        ),
        AnswerError::Conflict {
            question,
            first,
            second,
        } => fill(lang, Msg::ErrConflictingAnswers, &[question, first, second]),
    })
}

/// `--at TIME` (Swedish local time), or now. A time that does not exist in Sweden (the hour skipped
/// when summer time begins) is a usage error that says why; one that exists twice (the hour repeated
/// when it ends) is taken as the first, in summer time, with a note on stderr. The year must be in
/// [`YEARS`].
pub fn time(lang: Lang, at: Option<&str>) -> Result<LocalTime, Error> {
    let Some(s) = at else {
        return Ok(LocalTime::now());
    };
    let t = LocalTime::parse(s).ok_or_else(|| Error::Usage(fill(lang, Msg::ErrBadTime, &[s])))?;
    in_range(lang, s, t.date)?;
    match t.occurs() {
        Occurs::Once => {}
        Occurs::Never => return Err(Error::Usage(fill(lang, Msg::ErrTimeSkipped, &[s]))),
        Occurs::Twice => {
            // A note, not an error: the answer is usable, and the user learns which hour it is.
            let note = fill(lang, Msg::NoteTimeTwice, &[&t.to_string()]);
            let _ = writeln!(std::io::stderr(), "vagvisare: {note}");
        }
    }
    Ok(t)
}

/// `--from DATE` or `--from "DATE TIME"`, or today: the discovery's day.
pub fn date(lang: Lang, from: Option<&str>) -> Result<Date, Error> {
    discovery(lang, from).map(|(t, _)| t.date)
}

/// `--from DATE` or `--from "DATE TIME"` (Swedish local time, checked as [`time`] checks it), or now:
/// the discovery, and whether a time of day was given. A day alone stands at midnight; its year must be
/// in [`YEARS`].
pub fn discovery(lang: Lang, from: Option<&str>) -> Result<(LocalTime, bool), Error> {
    let Some(s) = from else {
        return Ok((LocalTime::now(), true));
    };
    if LocalTime::parse(s).is_some() {
        return time(lang, Some(s)).map(|t| (t, true));
    }
    let d = Date::parse(s.trim()).ok_or_else(|| Error::Usage(fill(lang, Msg::ErrBadFrom, &[s])))?;
    in_range(lang, s, d)?;
    let midnight = LocalTime {
        date: d,
        hour: 0,
        minute: 0,
    };
    Ok((midnight, false))
}

/// A usage error unless `d` (given as `s`) falls in [`YEARS`].
fn in_range(lang: Lang, s: &str, d: Date) -> Result<(), Error> {
    if YEARS.contains(&d.year) {
        return Ok(());
    }
    let (first, last) = (YEARS.start().to_string(), YEARS.end().to_string());
    Err(Error::Usage(fill(
        lang,
        Msg::ErrYearRange,
        &[s.trim(), &first, &last],
    )))
}

/// `--mode MODE`: a file mode in octal (`644`, `0640`), at most 0777, that leaves the owner able to
/// read and write the file.
pub fn file_mode(lang: Lang, s: &str) -> Result<u32, Error> {
    let digits = s.trim();
    u32::from_str_radix(digits, 8)
        .ok()
        .filter(|m| (3..=4).contains(&digits.len()) && *m <= 0o777 && m & 0o600 == 0o600)
        .ok_or_else(|| Error::Usage(fill(lang, Msg::ErrBadMode, &[s])))
}

/// Whether `ACCESSIBLE` is set (and not empty or `0`): the line-by-line guide instead of the navigator,
/// for screen readers and braille displays.
pub fn accessible() -> bool {
    std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Whether stdout is a terminal (the navigator and the training walkthrough draw only then).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

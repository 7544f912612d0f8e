//! The command-line face: each non-interactive subcommand's document, in the format asked for, written
//! to standard output (or, for `assess --output`, to a private file).
//!
//! Everything here receives resolved input (ids already turned into indices, times parsed) from the
//! shell (`crate::shell`) and takes its words from `crate::report`; it only chooses the document and
//! where it goes.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, Assessment, Plan, SearchIndex};
use crate::error::Error;
use crate::i18n::{Lang, Msg, fill, text};
use crate::model::{Content, Date};
use crate::report::{self, View, json, listing, markdown, schedule};

/// The format of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// One stable JSON document (see the README).
    Json,
    /// A checklist to print or file (`assess` and `plan`).
    Markdown,
}

/// Where an `assess` or `plan` document goes when not to stdout.
#[derive(Debug, Clone, Copy)]
pub struct ToFile<'a> {
    pub path: &'a Path,
    /// Replace an existing regular file (or symbolic link).
    pub force: bool,
}

/// What every command needs: the content and how to word it.
#[derive(Clone, Copy)]
pub struct Ctx<'c> {
    pub content: &'c Content,
    pub view: View,
    /// `--verbose`: also the conditions as content writes them (`assess`, `show`, `timeline`).
    pub verbose: bool,
}

impl Ctx<'_> {
    fn lang(&self) -> Lang {
        self.view.lang
    }
}

/// Writes `text` to `out`, reporting a failed write (see [`crate::output::stdout_result`]).
fn emit(lang: Lang, out: &mut dyn Write, text: &str) -> Result<(), Error> {
    crate::output::stdout_result(lang, out.write_all(text.as_bytes()))
}

/// A listing: text for people, or the JSON shape.
fn listing<J: Serialize>(
    cx: &Ctx,
    out: &mut dyn Write,
    format: Format,
    text: impl FnOnce() -> String,
    json: impl FnOnce() -> J,
) -> Result<(), Error> {
    let doc = match format {
        Format::Json => json::to_json(&json()),
        Format::Text | Format::Markdown => text(),
    };
    emit(cx.lang(), out, &doc)
}

/// `assess`: the assessment as text, JSON or a Markdown checklist, to stdout or a file.
pub fn assess(
    cx: &Ctx,
    out: &mut dyn Write,
    answers: &Answers,
    a: &Assessment,
    format: Format,
    at: LocalTime,
    to_file: Option<ToFile<'_>>,
) -> Result<(), Error> {
    let verbose = cx.verbose;
    let (c, lang) = (cx.content, cx.lang());
    if format == Format::Json && to_file.is_none() {
        // The largest document and the one scripts call: streamed, not built first (BENCHMARKS.md).
        let doc = json::assessment(c, answers, a, lang, at);
        return crate::output::stdout_result(lang, json::write_json(out, &doc));
    }
    let doc = match format {
        Format::Text => report::text::assessment_with(&cx.view, c, answers, a, verbose),
        Format::Json => json::to_json(&json::assessment(c, answers, a, lang, at)),
        Format::Markdown => markdown::assessment_with(&cx.view, c, answers, a, verbose),
    };
    match to_file {
        None => emit(lang, out, &doc),
        Some(f) => {
            crate::output::file::write_file(f.path, &doc, f.force, lang)?;
            emit(lang, out, &format!("{}\n", f.path.display()))
        }
    }
}

/// `plan`: the action plan as text, JSON or a Markdown checklist, to stdout or (`--output`) to a private
/// file. Without a format, a file gets the checklist and the terminal the text.
pub fn plan(
    cx: &Ctx,
    out: &mut dyn Write,
    answers: &Answers,
    p: &Plan,
    format: Option<Format>,
    to_file: Option<ToFile<'_>>,
) -> Result<(), Error> {
    let (c, lang) = (cx.content, cx.lang());
    let format = format.unwrap_or(if to_file.is_some() {
        Format::Markdown
    } else {
        Format::Text
    });
    if format == Format::Json && to_file.is_none() {
        let doc = report::plan::json::plan(lang, c, answers, p);
        return crate::output::stdout_result(lang, json::write_json(out, &doc));
    }
    let doc = match format {
        Format::Text => report::plan::text::plan(&cx.view, c, answers, p),
        Format::Json => json::to_json(&report::plan::json::plan(lang, c, answers, p)),
        Format::Markdown => report::plan::markdown::plan(&cx.view, c, answers, p),
    };
    match to_file {
        None => emit(lang, out, &doc),
        Some(f) => {
            crate::output::file::write_file(f.path, &doc, f.force, lang)?;
            emit(lang, out, &format!("{}\n", f.path.display()))
        }
    }
}

/// `questions`.
pub fn questions(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::questions(&cx.view, c),
        || listing::questions(c),
    )
}

/// `steps`; also what a bare `vagvisare` prints when stdout is not a terminal.
pub fn steps(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::steps(&cx.view, c),
        || listing::steps(c),
    )
}

/// A bare `vagvisare` without a terminal: the steps and how to open the navigator.
pub fn overview(cx: &Ctx, out: &mut dyn Write) -> Result<(), Error> {
    let mut doc = report::catalog::steps(&cx.view, cx.content);
    doc.push('\n');
    doc.push_str(text(cx.lang(), Msg::NotATerminal));
    doc.push('\n');
    emit(cx.lang(), out, &doc)
}

/// `show STEP`.
pub fn show(cx: &Ctx, out: &mut dyn Write, step: usize, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::step_with(&cx.view, c, step, cx.verbose),
        || listing::show(c, step),
    )
}

/// `actors`.
pub fn actors(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::actors(&cx.view, c),
        || listing::actors(c),
    )
}

/// `contacts` (without a time).
pub fn contacts(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::contacts(&cx.view, c),
        || {
            c.contacts
                .iter()
                .map(|k| json::ContactJson::new(c, k, cx.view.today))
                .collect::<Vec<_>>()
        },
    )
}

/// `contacts --now` / `--at TIME`: whom to call then, in order, and each contact's reachability.
pub fn contacts_at(
    cx: &Ctx,
    out: &mut dyn Write,
    at: LocalTime,
    format: Format,
) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || schedule::contacts_at(&cx.view, c, at),
        || json::contacts_at(cx.lang(), c, at),
    )
}

/// `timeline`: the deadlines from discovery as dates.
pub fn timeline(
    cx: &Ctx,
    out: &mut dyn Write,
    answers: &Answers,
    from: Date,
    format: Format,
) -> Result<(), Error> {
    let c = cx.content;
    let due = engine::timeline(c, answers, from);
    listing(
        cx,
        out,
        format,
        || schedule::timeline(&cx.view, c, from, &due, cx.verbose),
        || json::timeline(c, from, &due),
    )
}

/// `law`.
pub fn law(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::laws(&cx.view, c),
        || listing::laws(c),
    )
}

/// `search WORDS…`: the best `limit` hits.
pub fn search(
    cx: &Ctx,
    out: &mut dyn Write,
    query: &str,
    limit: usize,
    format: Format,
) -> Result<(), Error> {
    let c = cx.content;
    let hits = SearchIndex::new(c).search_top(query, limit);
    listing(
        cx,
        out,
        format,
        || report::hits::text(&cx.view, c, &hits),
        || {
            hits.iter()
                .map(|h| report::hits::json(c, h))
                .collect::<Vec<_>>()
        },
    )
}

/// `terms`: the glossary, each term with its forms, explanation and source.
pub fn terms(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::terms::text(&cx.view, c),
        || report::terms::json(c),
    )
}

/// `sources`.
pub fn sources(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::catalog::sources(&cx.view, c),
        || listing::sources(c),
    )
}

/// `source ID`: the document the item comes from, rebuilt in its order, the item highlighted.
pub fn source(
    cx: &Ctx,
    out: &mut dyn Write,
    target: &engine::source::Target,
    also: &[engine::source::Found],
    format: Format,
) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::source::text_view(&cx.view, c, target, also),
        || report::source_json::source_view(c, target, also),
    )
}

/// `validate`: the content loaded, so it is valid; say what it holds.
pub fn validate(cx: &Ctx, out: &mut dyn Write) -> Result<(), Error> {
    let (c, lang) = (cx.content, cx.lang());
    let lower = |m: Msg| text(lang, m).to_lowercase();
    let local = match c.contacts.iter().filter(|k| k.local).count() {
        0 => String::new(),
        n => format!(" ({n} {})", text(lang, Msg::Local)),
    };
    let doc = format!(
        "{}: {} {}, {} {}, {} {}, {} {}{local}, {} {}\n",
        text(lang, Msg::ContentOk),
        c.steps.len(),
        lower(Msg::Steps),
        c.actors.len(),
        lower(Msg::Actors),
        c.duties.len(),
        lower(Msg::Duties),
        c.contacts.len(),
        lower(Msg::Contacts),
        c.law.len(),
        lower(Msg::Law),
    );
    emit(lang, out, &doc)
}

/// Text the shell produced itself (completions, the man page, a training handout's confirmation).
pub fn print(lang: Lang, out: &mut dyn Write, doc: &str) -> Result<(), Error> {
    emit(lang, out, doc)
}

/// A message for an internal failure to render something (the man page), in the user's language.
pub fn render_failure(lang: Lang, e: &dyn std::fmt::Display) -> Error {
    Error::Output(fill(lang, Msg::ErrManPage, &[&e.to_string()]))
}

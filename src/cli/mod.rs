//! The command-line face: each non-interactive subcommand's document, in the format asked for, written
//! to standard output (or, for `assess --output`, to a private file).
//!
//! Everything here receives resolved input (ids already turned into indices, times parsed) from the
//! shell (`crate::shell`) and takes its words from `crate::report`; it only chooses the document and
//! where it goes.
//!
//! In English the content is an unofficial translation: a text document starts with the marker line,
//! and a JSON document carries the Swedish of each text beside it (`report::bilingual`).

mod ctx;

use std::io::Write;

use serde::Serialize;

pub use ctx::{Ctx, Format, ToFile};

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, Assessment, Plan, SearchIndex, search_both};
use crate::error::Error;
use crate::i18n::{Lang, Msg, fill, text};
use crate::model::{Content, Date};
use crate::report::bilingual::{self, SWEDISH_MARK};
use crate::report::{self, json, listing, markdown, schedule};

/// Writes `text` to `out`, reporting a failed write (see [`crate::output::stdout_result`]).
fn emit(lang: Lang, out: &mut dyn Write, text: &str) -> Result<(), Error> {
    crate::output::stdout_result(lang, out.write_all(text.as_bytes()))
}

/// A listing: text for people (marked when translated), or the JSON shape built from a content.
fn listing<'c, J: Serialize>(
    cx: &Ctx<'c>,
    out: &mut dyn Write,
    format: Format,
    text: impl FnOnce() -> String,
    json: impl Fn(&'c Content) -> J,
) -> Result<(), Error> {
    let doc = match format {
        Format::Json => cx.json(json),
        Format::Text | Format::Markdown => bilingual::marked(cx.lang(), text()),
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
    if format == Format::Json && to_file.is_none() && cx.swedish.is_none() {
        // The largest document and the one scripts call: streamed, not built first (BENCHMARKS.md).
        let doc = json::assessment(c, answers, a, lang, at);
        return crate::output::stdout_result(lang, json::write_json(out, &doc));
    }
    let doc = match format {
        Format::Text => bilingual::marked(
            lang,
            report::text::assessment_with(&cx.view, c, answers, a, verbose),
        ),
        Format::Json => cx.json(|c| json::assessment(c, answers, a, lang, at)),
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
    if format == Format::Json && to_file.is_none() && cx.swedish.is_none() {
        let doc = report::plan::json::plan(lang, c, answers, p);
        return crate::output::stdout_result(lang, json::write_json(out, &doc));
    }
    let doc = match format {
        Format::Text => bilingual::marked(lang, report::plan::text::plan(&cx.view, c, answers, p)),
        Format::Json => cx.json(|c| report::plan::json::plan(lang, c, answers, p)),
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
        listing::questions,
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
        listing::steps,
    )
}

/// A bare `vagvisare` without a terminal: the steps and how to open the navigator.
pub fn overview(cx: &Ctx, out: &mut dyn Write) -> Result<(), Error> {
    let mut doc = bilingual::marked(cx.lang(), report::catalog::steps(&cx.view, cx.content));
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
        |c| listing::show(c, step),
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
        listing::actors,
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
        |c| {
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
        |c| json::contacts_at(cx.lang(), c, at),
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
        |c| json::timeline(c, from, &due),
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
        listing::laws,
    )
}

/// `search WORDS…`: the best `limit` hits. In English, in the English and the Swedish text: each item
/// once, a Swedish snippet marked `(sv)` (in JSON, `snippet_lang`), the title in both languages.
pub fn search(
    cx: &Ctx,
    out: &mut dyn Write,
    query: &str,
    limit: usize,
    format: Format,
) -> Result<(), Error> {
    let c = cx.content;
    let Some(sv) = cx.swedish else {
        let hits = SearchIndex::new(c).search_top(query, limit);
        return listing(
            cx,
            out,
            format,
            || report::hits::text(&cx.view, c, &hits),
            |c| {
                hits.iter()
                    .map(|h| report::hits::json(c, h))
                    .collect::<Vec<_>>()
            },
        );
    };
    let both = search_both(&SearchIndex::new(c), &SearchIndex::new(sv), query, limit);
    let doc = match format {
        Format::Json => report::hits::json_both(c, sv, &both),
        Format::Text | Format::Markdown => {
            let hits: Vec<_> = both.into_iter().map(|b| b.marked(SWEDISH_MARK)).collect();
            bilingual::marked(cx.lang(), report::hits::text(&cx.view, c, &hits))
        }
    };
    emit(cx.lang(), out, &doc)
}

/// `terms`: the glossary, each term with its forms, explanation and source.
pub fn terms(cx: &Ctx, out: &mut dyn Write, format: Format) -> Result<(), Error> {
    let c = cx.content;
    listing(
        cx,
        out,
        format,
        || report::terms::text(&cx.view, c),
        report::terms::json,
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
        listing::sources,
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
        |c| report::source_json::source_view(c, target, also),
    )
}

/// `validate`: the content loaded, so it is valid; say what it holds (and, in English, that the
/// translation was checked with it: complete, every number and citation kept).
pub fn validate(cx: &Ctx, out: &mut dyn Write) -> Result<(), Error> {
    let (c, lang) = (cx.content, cx.lang());
    let lower = |m: Msg| text(lang, m).to_lowercase();
    let local = match c.contacts.iter().filter(|k| k.local).count() {
        0 => String::new(),
        n => format!(" ({n} {})", text(lang, Msg::Local)),
    };
    let checked = if cx.swedish.is_some() {
        format!(" · {}", text(lang, Msg::TranslationChecked))
    } else {
        String::new()
    };
    let doc = format!(
        "{}: {} {}, {} {}, {} {}, {} {}{local}, {} {}{checked}\n",
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

/// A content document another face produced (the scenario list, the walkthrough as text): marked as
/// a translation first when it is one.
pub fn document(lang: Lang, out: &mut dyn Write, doc: String) -> Result<(), Error> {
    emit(lang, out, &bilingual::marked(lang, doc))
}

/// A message for an internal failure to render something (the man page), in the user's language.
pub fn render_failure(lang: Lang, e: &dyn std::fmt::Display) -> Error {
    Error::Output(fill(lang, Msg::ErrManPage, &[&e.to_string()]))
}

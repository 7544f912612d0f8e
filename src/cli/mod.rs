//! The command-line face of the engine: parse arguments, load content, run one subcommand, print.
//! Errors come back as [`Failure`] with the exit code; `main` prints them.

mod args;
pub mod export;
pub mod help;
pub mod json;
mod listing;
pub mod markdown;
pub mod style;
pub mod text;
pub mod time;

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

pub use args::*;
use serde::Serialize;

use crate::engine::{self, Answers, Scope, SearchIndex};
use crate::i18n::{Lang, Msg, fill};
use crate::model::Content;
use text::View;

/// Program and content version, for `--version`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("VAGVISARE_CONTENT_VERSION"),
    ")"
);

/// A failed run: what to print on stderr and the exit status.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// Bad input from the user (unknown id or value): exit status 2.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: format!("vagvisare: {}", message.into()),
        }
    }
    /// Invalid content or an I/O problem: exit status 1.
    pub fn content(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

/// The content to work on: embedded (borrowed, free) or loaded from `--content DIR`.
pub fn load(cli: &Cli) -> Result<Cow<'static, Content>, Failure> {
    let base = load_base(cli)?;
    let Some(dir) = overlay_dir(cli) else {
        return Ok(base);
    };
    let shown = dir.display().to_string();
    crate::content::read_dir(&dir, &shown)
        .and_then(|files| crate::content::overlay::apply(&base, &files))
        .map(Cow::Owned)
        .map_err(|d| {
            let n = d.0.len().to_string();
            Failure::content(format!(
                "{d}\nvagvisare: {}",
                fill(cli.language(), Msg::ErrOverlayProblems, &[&shown, &n])
            ))
        })
}

/// The overlay folder: `--overlay DIR`, else the config folder (`~/.config/vagvisare` on Linux) when it
/// exists, unless `--no-overlay`. Only read, never created.
pub fn overlay_dir(cli: &Cli) -> Option<std::path::PathBuf> {
    use etcetera::BaseStrategy;
    if cli.globals.no_overlay {
        return None;
    }
    if let Some(dir) = &cli.globals.overlay {
        return Some(dir.clone());
    }
    let dir = etcetera::choose_base_strategy()
        .ok()?
        .config_dir()
        .join("vagvisare");
    dir.is_dir().then_some(dir)
}

fn load_base(cli: &Cli) -> Result<Cow<'static, Content>, Failure> {
    match &cli.globals.content {
        None => Ok(Cow::Borrowed(crate::embedded::content())),
        Some(dir) => crate::content::load_dir(dir).map(Cow::Owned).map_err(|d| {
            let (shown, n) = (dir.display().to_string(), d.0.len().to_string());
            Failure::content(format!(
                "{d}\nvagvisare: {}",
                fill(cli.language(), Msg::ErrProblems, &[&shown, &n])
            ))
        }),
    }
}

/// Runs the parsed command line and writes what it prints to `out` (stdout, buffered, in the
/// program). Write errors are not failures: a closed pipe (`| head`) is not worth a message.
pub fn run(cli: &Cli, out: &mut dyn Write) -> Result<(), Failure> {
    let text = produce(cli, out)?;
    let _ = out.write_all(text.as_bytes());
    Ok(())
}

/// What the command prints, as text; the assessment's JSON, the largest document and the one scripts
/// call, is streamed into `out` instead (then the text is empty): building 40 KB first cost more page
/// faults than the rest of the command (BENCHMARKS.md).
fn produce(cli: &Cli, out: &mut dyn Write) -> Result<String, Failure> {
    let lang = cli.language();
    let view = View {
        lang,
        style: style::Style::detect(),
        today: time::parse_at(lang, None)?.date,
    };
    let content = load(cli)?;
    let c: &Content = &content;
    if let Some(role) = &cli.role {
        lookup(
            lang,
            c.actor_index(role),
            Msg::ErrUnknownActor,
            role,
            c.actors.iter().map(|x| &*x.id),
        )?;
    }
    let Some(command) = &cli.command else {
        let mut out = text::steps(&view, c);
        out.push('\n');
        out.push_str(crate::i18n::text(lang, Msg::NotATerminal));
        out.push('\n');
        return Ok(out);
    };
    match command {
        Command::Assess(Lazy(AssessArgs {
            answers,
            step,
            role,
            format,
            at,
            output,
            force,
        })) => {
            let at = time::parse_at(lang, at.as_deref())?;
            // The consultation's day: the age of information and the discovery day of the timeline.
            let view = View {
                today: at.date,
                ..view
            };
            let parsed = Answers::parse(c, answers).map_err(|e| answer_failure(lang, &e))?;
            let scope = Scope {
                step: step
                    .as_deref()
                    .map(|s| {
                        lookup(
                            lang,
                            c.step_index(s),
                            Msg::ErrUnknownStep,
                            s,
                            c.steps.iter().map(|x| &*x.id),
                        )
                    })
                    .transpose()?,
                role: role
                    .as_deref()
                    .map(|r| {
                        lookup(
                            lang,
                            c.actor_index(r),
                            Msg::ErrUnknownActor,
                            r,
                            c.actors.iter().map(|x| &*x.id),
                        )
                    })
                    .transpose()?,
            };
            let a = engine::assess(c, &parsed, scope);
            let doc = match format {
                AssessFormat::Text => text::assessment(&view, c, &parsed, &a),
                AssessFormat::Json if output.is_none() => {
                    write_json(out, &json::assessment(c, &parsed, &a, lang, at));
                    String::new()
                }
                AssessFormat::Json => to_json(&json::assessment(c, &parsed, &a, lang, at)),
                AssessFormat::Markdown => markdown::assessment(&view, c, &parsed, &a),
            };
            match output {
                None => Ok(doc),
                Some(path) => {
                    export::write_file(path, &doc, *force, lang)?;
                    Ok(format!("{}\n", path.display()))
                }
            }
        }
        Command::Questions(Lazy(QuestionsArgs { format })) => Ok(list(
            *format,
            || text::questions(&view, c),
            || listing::questions(c),
        )),
        Command::Steps(Lazy(StepsArgs { format })) => Ok(list(
            *format,
            || text::steps(&view, c),
            || listing::steps(c),
        )),
        Command::Show(Lazy(ShowArgs { step, format })) => {
            let i = lookup(
                lang,
                c.step_index(step),
                Msg::ErrUnknownStep,
                step,
                c.steps.iter().map(|x| &*x.id),
            )?;
            Ok(list(
                *format,
                || text::step(&view, c, i),
                || listing::show(c, i),
            ))
        }
        Command::Actors(Lazy(ActorsArgs { format })) => Ok(list(
            *format,
            || text::actors(&view, c),
            || listing::actors(c),
        )),
        Command::Contacts(Lazy(ContactsArgs { now, at, format })) if *now || at.is_some() => {
            let at = time::parse_at(lang, at.as_deref())?;
            let view = View {
                today: at.date,
                ..view
            };
            Ok(time::contacts_at(&view, c, at, *format == Format::Json))
        }
        Command::Contacts(Lazy(ContactsArgs { format, .. })) => Ok(list(
            *format,
            || text::contacts(&view, c),
            || {
                c.contacts
                    .iter()
                    .map(|k| json::ContactJson::new(c, k))
                    .collect::<Vec<_>>()
            },
        )),
        Command::Timeline(Lazy(TimelineArgs {
            from,
            answers,
            format,
        })) => {
            let from = time::parse_from(lang, from.as_deref())?;
            let parsed = Answers::parse(c, answers).map_err(|e| answer_failure(lang, &e))?;
            let due = engine::timeline(c, &parsed, from);
            Ok(time::timeline(
                &view,
                c,
                from,
                &due,
                *format == Format::Json,
            ))
        }
        Command::Law(Lazy(LawArgs { format })) => {
            Ok(list(*format, || text::laws(&view, c), || listing::laws(c)))
        }
        Command::Search(Lazy(SearchArgs {
            query,
            limit,
            format,
        })) => {
            let index = SearchIndex::new(c);
            let mut hits = index.search(&query.join(" "));
            hits.truncate(*limit);
            Ok(list(
                *format,
                || text::hits(&view, c, &hits),
                || hits.iter().map(|h| json::hit(c, h)).collect::<Vec<_>>(),
            ))
        }
        Command::Sources(Lazy(SourcesArgs { format })) => Ok(list(
            *format,
            || sources_text(&view, c),
            || listing::sources(c),
        )),
        Command::Completions(Lazy(CompletionsArgs { shell })) => {
            let mut cmd = help::command(lang);
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "vagvisare", &mut buf);
            Ok(String::from_utf8_lossy(&buf).into_owned())
        }
        Command::Man(_) => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(help::command(lang))
                .render(&mut buf)
                .map_err(|e| {
                    Failure::content(format!(
                        "vagvisare: {}",
                        fill(lang, Msg::ErrManPage, &[&e.to_string()])
                    ))
                })?;
            Ok(String::from_utf8_lossy(&buf).into_owned())
        }
        Command::Guide(Lazy(GuideArgs { .. })) => crate::tui::plain::guide(
            &view,
            c,
            &mut std::io::stdin().lock(),
            &mut std::io::stdout().lock(),
        )
        .map_err(|e| {
            Failure::content(format!(
                "vagvisare: {}",
                fill(lang, Msg::ErrTerminal, &[&e.to_string()])
            ))
        }),
        Command::Scenarios(Lazy(ScenariosArgs { format })) => {
            Ok(crate::train::scenarios(c, lang, *format))
        }
        Command::Train(Lazy(TrainArgs {
            scenario,
            handout,
            key,
            force,
        })) => crate::train::train(c, lang, train_args(scenario, handout, key, *force)),
        Command::Validate(_) => Ok(format!(
            "{}: {} {}, {} {}, {} {}, {} {}{}, {} {}\n",
            crate::i18n::text(lang, Msg::ContentOk),
            c.steps.len(),
            crate::i18n::text(lang, Msg::Steps).to_lowercase(),
            c.actors.len(),
            crate::i18n::text(lang, Msg::Actors).to_lowercase(),
            c.duties.len(),
            crate::i18n::text(lang, Msg::Duties).to_lowercase(),
            c.contacts.len(),
            crate::i18n::text(lang, Msg::Contacts).to_lowercase(),
            match c.contacts.iter().filter(|k| k.local).count() {
                0 => String::new(),
                n => format!(" ({n} {})", crate::i18n::text(lang, Msg::Local)),
            },
            c.law.len(),
            crate::i18n::text(lang, Msg::Law).to_lowercase(),
        )),
    }
}

fn train_args<'a>(
    scenario: &'a Option<String>,
    handout: &'a Option<std::path::PathBuf>,
    key: &'a Option<std::path::PathBuf>,
    force: bool,
) -> crate::train::TrainArgs<'a> {
    crate::train::TrainArgs {
        scenario: scenario.as_deref(),
        handout: handout.as_deref(),
        key: key.as_deref(),
        force,
    }
}

/// Resolves a user-given id or fails with status 2, listing the allowed ids.
pub(crate) fn lookup<'a>(
    lang: Lang,
    found: Option<usize>,
    kind: Msg,
    id: &str,
    all: impl Iterator<Item = &'a str>,
) -> Result<usize, Failure> {
    found
        .ok_or_else(|| Failure::usage(fill(lang, kind, &[id, &all.collect::<Vec<_>>().join(", ")])))
}

/// An answer that does not fit the content, said in the user's language (exit status 2).
pub(crate) fn answer_failure(lang: Lang, e: &crate::engine::AnswerError) -> Failure {
    use crate::engine::AnswerError as E;
    Failure::usage(match e {
        E::Malformed { given } => fill(lang, Msg::ErrMalformedAnswer, &[given]),
        E::UnknownQuestion { id, allowed } => {
            fill(lang, Msg::ErrUnknownQuestion, &[id, &allowed.join(", ")])
        }
        E::UnknownValue {
            question,
            value,
            allowed,
        } => fill(
            lang,
            Msg::ErrUnknownValue,
            &[value, question, &allowed.join(", ")],
        ),
    })
}

fn list<J: Serialize>(
    format: Format,
    text: impl FnOnce() -> String,
    json: impl FnOnce() -> J,
) -> String {
    match format {
        Format::Text => text(),
        Format::Json => to_json(&json()),
    }
}

/// Streams `value` as the same pretty JSON document [`to_json`] makes, ignoring write errors (see
/// [`run`]).
fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) {
    let _ = serde_json::to_writer_pretty(&mut *out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"));
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> String {
    // Room for a typical document up front: growing the buffer step by step cost more than writing it.
    let mut buf = Vec::with_capacity(64 * 1024);
    if let Err(e) = serde_json::to_writer_pretty(&mut buf, value) {
        return format!("{{\"error\": \"{e}\"}}\n");
    }
    buf.push(b'\n');
    // serde_json writes only valid UTF-8.
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn sources_text(v: &View, c: &Content) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, s) in c.sources.iter().enumerate() {
        let _ = writeln!(out, "{} — {} ({})", v.style.bold(&s.title), s.file, s.date);
        let _ = writeln!(out, "  {}", s.origin);
        if let Some(n) = &s.note {
            let _ = writeln!(out, "  {}", v.style.dim(n));
        }
        let _ = writeln!(
            out,
            "  {} {}",
            listing::items_from(c, i),
            crate::i18n::text(v.lang, Msg::Items)
        );
    }
    out
}

/// Whether stdout is a terminal (the navigator draws only then).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

//! Training mode: scenarios walked through at a projector, a quiz "Vem gör vad?" built from the content,
//! and Markdown handouts and answer keys. `quiz` and `walkthrough` are plain state, `view` draws it,
//! `run` is the event loop, `doc` writes text; this module holds the CLI entry points.

pub mod doc;
pub mod quiz;
pub mod run;
pub mod score;
pub mod update;
pub mod view;
pub mod walkthrough;

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use crate::error::Error;
use crate::i18n::{Lang, Msg, text};
use crate::model::Content;
use walkthrough::Walkthrough;

/// `vagvisare scenarios [--format text|json]`.
pub fn scenarios(c: &Content, lang: Lang, json: bool) -> String {
    if json {
        crate::report::json::to_json(&doc::list_json(c))
    } else {
        doc::list_text(c, lang)
    }
}

/// What `vagvisare train` was asked to do.
#[derive(Debug, Clone, Copy, Default)]
pub struct TrainArgs<'a> {
    /// Scenario index; `None` lists them and asks (or takes the first).
    pub scenario: Option<usize>,
    /// Write the handout (no answers) here.
    pub handout: Option<&'a Path>,
    /// Write the answer key here.
    pub key: Option<&'a Path>,
    /// Overwrite existing files.
    pub force: bool,
    /// Whether stdout is a terminal: the walkthrough is drawn only then, otherwise printed as text.
    pub terminal: bool,
}

/// `vagvisare train [SCENARIO] [--handout FILE] [--key FILE] [--force]`; returns what to print.
pub fn train(c: &Content, lang: Lang, args: TrainArgs<'_>) -> Result<String, Error> {
    if c.scenarios.is_empty() {
        return Err(Error::Usage(text(lang, Msg::TrainNoScenarios).to_string()));
    }
    let index = match args.scenario {
        Some(i) => i.min(c.scenarios.len() - 1),
        None => ask(c, lang),
    };
    let mut w = Walkthrough::new(c, index);
    if args.handout.is_some() || args.key.is_some() {
        let mut out = String::new();
        let files = [
            (args.handout, doc::handout(&w, lang)),
            (args.key, doc::key(&w, lang)),
        ];
        for (path, body) in files {
            if let Some(path) = path {
                write_new(path, &body, args.force, lang)?;
                out.push_str(&format!(
                    "{}: {}\n",
                    text(lang, Msg::TrainWrote),
                    path.display()
                ));
            }
        }
        return Ok(out);
    }
    if !args.terminal {
        return Ok(doc::plain(&w, lang));
    }
    run::run(&mut w, lang).map_err(|e| {
        Error::Terminal(crate::i18n::fill(lang, Msg::ErrTerminal, &[&e.to_string()]))
    })?;
    Ok(String::new())
}

/// Without a scenario id: list them on stderr and read a number from a terminal; otherwise the first.
fn ask(c: &Content, lang: Lang) -> usize {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() || !std::io::stdout().is_terminal() {
        return 0;
    }
    let mut err = std::io::stderr();
    let _ = write!(
        err,
        "{}{}",
        doc::list_text(c, lang),
        text(lang, Msg::TrainChoose)
    );
    let _ = err.flush();
    let mut line = String::new();
    let _ = stdin.lock().read_line(&mut line);
    line.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=c.scenarios.len()).contains(n))
        .map_or(0, |n| n - 1)
}

/// Writes `body` to `path` atomically and privately (see [`crate::output::file::write_file`]); without
/// `force` an existing file is left alone and the refusal is said in `lang`.
pub fn write_new(path: &Path, body: &str, force: bool, lang: Lang) -> Result<(), Error> {
    crate::output::file::write_file(path, body, force, lang)
}

//! Training mode: scenarios walked through at a projector, a quiz "Vem gör vad?" built from the content,
//! and Markdown handouts and answer keys. `quiz` and `walkthrough` are plain state (`score` counts the
//! answers), `update` adds scrolling within a page, `view` draws it, `keymap` is the one key table (it
//! also writes the footer and the key list), `run` is the event loop on a `term::Session`, `doc` writes
//! text; this module holds the CLI entry points.

pub mod doc;
pub mod keymap;
pub mod quiz;
pub mod run;
pub mod score;
pub mod update;
pub mod view;
pub mod walkthrough;

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use crate::error::Error;
use crate::i18n::{Lang, Msg, fill, text};
use crate::model::Content;
use walkthrough::Walkthrough;

/// `vagvisare scenarios` for people.
pub fn scenarios(c: &Content, lang: Lang) -> String {
    doc::list_text(c, lang)
}

/// `vagvisare scenarios --format json`; with the Swedish beside a translation's texts when `swedish`
/// is the original of `c`.
pub fn scenarios_json(c: &Content, swedish: Option<&Content>) -> String {
    let json = |c| crate::report::json::to_json(&doc::list_json(c));
    match swedish {
        None => json(c),
        Some(sv) => crate::report::bilingual::beside(&json(c), &json(sv)),
    }
}

/// What `vagvisare train` was asked to do.
#[derive(Debug, Clone, Copy)]
pub struct TrainArgs<'a> {
    /// Scenario index; `None` lists them and asks (or takes the first).
    pub scenario: Option<usize>,
    /// Write the handout (no answers) here.
    pub handout: Option<&'a Path>,
    /// Write the answer key here.
    pub key: Option<&'a Path>,
    /// Overwrite existing files.
    pub force: bool,
    /// The handout's file mode (0600 unless asked for one to share, such as 0644). The answer key is
    /// always 0600.
    pub handout_mode: u32,
    /// Whether stdout is a terminal: the walkthrough is drawn only then, otherwise printed as text.
    pub terminal: bool,
}

/// `vagvisare train [SCENARIO] [--handout FILE [--mode MODE]] [--key FILE] [--force]`; returns what to
/// print.
pub fn train(c: &Content, lang: Lang, args: TrainArgs<'_>) -> Result<String, Error> {
    if c.scenarios.is_empty() {
        return Err(Error::Usage(text(lang, Msg::TrainNoScenarios).to_string()));
    }
    let index = match args.scenario {
        Some(i) => i.min(c.scenarios.len() - 1),
        // Not on a terminal there is no one to ask: the list, and how to name one, rather than a
        // scenario picked silently.
        None if !args.terminal => {
            return Ok(format!(
                "{}\n{}\n",
                doc::list_text(c, lang),
                name_one(c, lang)
            ));
        }
        None => match ask(c, lang) {
            Some(i) => i,
            None => return Ok(String::new()),
        },
    };
    let mut w = Walkthrough::new(c, index);
    if args.handout.is_some() || args.key.is_some() {
        return write_files(&w, lang, &args);
    }
    if !args.terminal {
        return Ok(doc::plain(&w, lang));
    }
    run::run(&mut w, lang).map_err(|e| {
        Error::Terminal(crate::i18n::fill(lang, Msg::ErrTerminal, &[&e.to_string()]))
    })?;
    Ok(String::new())
}

/// The handout and the answer key: both targets checked before either is written (the same path
/// twice, an existing file without `--force`, a directory or device), so a refusal leaves nothing
/// half done. Says where each went and who can read it.
fn write_files(w: &Walkthrough, lang: Lang, args: &TrainArgs<'_>) -> Result<String, Error> {
    use crate::output::file::{PRIVATE, check_target, write_file_mode};
    if let (Some(h), Some(k)) = (args.handout, args.key)
        && same_file(h, k)
    {
        return Err(Error::Usage(fill(
            lang,
            Msg::ErrSameFile,
            &[&h.display().to_string(), &k.display().to_string()],
        )));
    }
    let files = [
        (args.handout, args.handout_mode, true),
        (args.key, PRIVATE, false),
    ];
    for (path, _, _) in files {
        if let Some(path) = path {
            check_target(path, args.force, lang)?;
        }
    }
    let mut out = String::new();
    for (path, mode, handout) in files {
        let Some(path) = path else {
            continue;
        };
        let body = if handout {
            doc::handout(w, lang)
        } else {
            doc::key(w, lang)
        };
        write_file_mode(path, &body, args.force, mode, lang)?;
        let access = match (mode, handout) {
            (PRIVATE, true) => format!(
                "{}; {}",
                text(lang, Msg::TrainModePrivate),
                text(lang, Msg::TrainModeShare)
            ),
            (PRIVATE, false) => text(lang, Msg::TrainModePrivate).to_string(),
            (m, _) => fill(lang, Msg::TrainMode, &[&format!("{m:04o}")]),
        };
        out.push_str(&format!(
            "{}: {} ({access})\n",
            text(lang, Msg::TrainWrote),
            path.display()
        ));
    }
    Ok(out)
}

/// Whether `a` and `b` name the same file: the same path once made absolute, or — when both exist —
/// the same file on disk (a link, `./x` and `x`).
fn same_file(a: &Path, b: &Path) -> bool {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    if abs(a) == abs(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// Without a scenario id, on a terminal: list them on stderr and ask for a number until one is given;
/// Enter takes the first, `q` (or the end of input) quits. (Not on a terminal, `train` lists them
/// instead of asking.)
fn ask(c: &Content, lang: Lang) -> Option<usize> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let _ = write!(
            std::io::stderr(),
            "{}\n{}\n",
            doc::list_text(c, lang),
            name_one(c, lang)
        );
        return None;
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{}", doc::list_text(c, lang));
    let count = c.scenarios.len();
    loop {
        let _ = write!(err, "{}", text(lang, Msg::TrainChoose));
        let _ = err.flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        let given = line.trim();
        match given {
            "" => return Some(0),
            "q" | "Q" => return None,
            _ => {}
        }
        match given.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => return Some(n - 1),
            _ => {
                let _ = writeln!(
                    err,
                    "{}",
                    fill(lang, Msg::TrainNotAScenario, &[given, &count.to_string()])
                );
            }
        }
    }
}

/// How to choose a scenario without being asked, with the first one's id as the example.
fn name_one(c: &Content, lang: Lang) -> String {
    let first = c.scenarios.first().map_or("", |s| &s.id);
    fill(lang, Msg::TrainNameOne, &[first])
}

/// Writes `body` to `path` atomically and privately (see [`crate::output::file::write_file`]); without
/// `force` an existing file is left alone and the refusal is said in `lang`.
pub fn write_new(path: &Path, body: &str, force: bool, lang: Lang) -> Result<(), Error> {
    crate::output::file::write_file(path, body, force, lang)
}

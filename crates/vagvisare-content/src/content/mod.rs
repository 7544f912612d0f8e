//! Content files → validated model. Used by `build.rs` (to embed), by `validate`, and by
//! `--content DIR`. Every problem of a run is reported, each as `file:line:col: message`.
//!
//! The Swedish files (`*.toml`, `scenarios/*.toml`) make the authoritative content; the files under
//! `en/` make its English translation ([`translate`]), a second complete [`Content`].

mod actor;
pub mod condition;
mod contact;
mod ctx;
pub mod error;
mod guidance;
mod law;
pub mod literal;
mod meta;
pub mod overlay;
mod question;
pub mod raw;
pub mod scenario;
mod source;
mod term;
mod time;
pub mod translate;
pub mod validate;

use std::path::Path;

pub use error::{Diagnostic, Diagnostics, SourceFile};

use crate::model::Content;

/// Parses and validates content from in-memory files (name, text). Pure: no I/O.
pub fn load_files(files: Vec<SourceFile>) -> Result<Content, Diagnostics> {
    load(&files)
}

/// Parses and validates the Swedish files `sv` and their English translation `en` (the files of the
/// folder `en_dir`): the Swedish content and the English one. Pure: no I/O.
pub fn load_translated(
    sv: &[SourceFile],
    en: &[SourceFile],
    en_dir: &str,
) -> Result<(Content, Content), Diagnostics> {
    let swedish = load(sv)?;
    let english = translate::translate(&swedish, sv, en, en_dir)?;
    Ok((swedish, english))
}

fn load(files: &[SourceFile]) -> Result<Content, Diagnostics> {
    let mut collected = validate::Collected::default();
    let mut diags = Vec::new();
    for (i, f) in files.iter().enumerate() {
        match toml::from_str::<raw::RawFile>(&f.text) {
            Ok(raw) => {
                diags.extend(forbidden_characters(f));
                collected.add(i, raw);
            }
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                diags.push(f.diag(offset, e.message().trim().to_string()));
            }
        }
    }
    if files.is_empty() {
        diags.push(Diagnostic {
            file: "content".into(),
            line: 1,
            col: 1,
            message: "no content files (*.toml)".into(),
        });
    }
    if !diags.is_empty() {
        // Semantic checks on a partial parse would only add noise about missing items.
        return Err(Diagnostics(diags));
    }
    validate::validate(files, collected).map_err(Diagnostics)
}

/// Every control or bidirectional-override character in a file's strings, as a diagnostic at the place
/// it was typed: such a character in a text would reach the terminal raw (an escape sequence that moves
/// the cursor or recolours the screen, text shown in another order than it is stored).
pub fn forbidden_characters(f: &SourceFile) -> Vec<Diagnostic> {
    literal::forbidden_in(&f.text)
        .into_iter()
        .map(|(at, c)| {
            f.diag(
                at,
                format!(
                    "character U+{:04X} is not allowed in content (a control or bidirectional character would reach the terminal raw)",
                    u32::from(c)
                ),
            )
        })
        .collect()
}

/// Reads every `*.toml` in `dir` (sorted by name) and `dir/scenarios/*.toml`; names files as
/// `<display>/<name>` in messages. The translation folder `dir/en` is not read (see
/// [`read_translation`]).
pub fn read_dir(dir: &Path, display: &str) -> Result<Vec<SourceFile>, Diagnostics> {
    let mut files = Vec::new();
    for sub in ["", "scenarios"] {
        let d = dir.join(sub);
        if sub.is_empty() || d.is_dir() {
            let entries = std::fs::read_dir(&d).map_err(|e| io_diag(&d, &e))?;
            let mut paths: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).map_err(|e| io_diag(&p, &e))?;
                let file_name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name = [display, sub, &file_name]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("/");
                files.push(SourceFile { name, text });
            }
        }
    }
    Ok(files)
}

/// The English translation files of a content folder: `dir/en/*.toml` and `dir/en/scenarios/*.toml`,
/// named `<display>/en/…`; `None` when the folder has no `en`.
pub fn read_translation(dir: &Path, display: &str) -> Result<Option<Vec<SourceFile>>, Diagnostics> {
    let en = dir.join(ENGLISH);
    if !en.is_dir() {
        return Ok(None);
    }
    read_dir(&en, &english_dir(display)).map(Some)
}

/// The translation folder's name in messages: `<display>/en`.
pub fn english_dir(display: &str) -> String {
    format!("{display}/{ENGLISH}")
}

/// The folder of the English translation inside a content folder.
pub const ENGLISH: &str = "en";

/// Loads and validates a content directory (the Swedish content only).
pub fn load_dir(dir: &Path) -> Result<Content, Diagnostics> {
    let display = dir.display().to_string();
    load_files(read_dir(dir, display.trim_end_matches('/'))?)
}

/// Loads and validates a content directory and its English translation (`dir/en`, which must exist):
/// the Swedish content and the English one.
pub fn load_dir_translated(dir: &Path) -> Result<(Content, Content), Diagnostics> {
    let display = dir.display().to_string();
    read_translated(dir, display.trim_end_matches('/'))
}

/// [`load_dir_translated`], naming files `<display>/…` in messages (as [`read_dir`] does).
pub fn read_translated(dir: &Path, display: &str) -> Result<(Content, Content), Diagnostics> {
    let sv = read_dir(dir, display)?;
    let en_dir = english_dir(display);
    let Some(en) = read_translation(dir, display)? else {
        return Err(Diagnostics(vec![Diagnostic {
            file: en_dir,
            line: 1,
            col: 1,
            message: "no English translation: the folder does not exist (see content/README.md, \"English\")"
                .into(),
        }]));
    };
    load_translated(&sv, &en, &en_dir)
}

fn io_diag(path: &Path, e: &std::io::Error) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        file: path.display().to_string(),
        line: 1,
        col: 1,
        message: format!("cannot read: {e}"),
    }])
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kinds;

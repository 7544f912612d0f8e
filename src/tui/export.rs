//! Export from the navigator (`e`): the dialog's state and its pure state changes, and — for the shell
//! only — [`perform`], which writes the file through [`crate::output::file::write_file`] (atomic, 0600,
//! never over an existing file unless confirmed). `update` only files an [`ExportRequest`]; the shell
//! performs it and feeds the outcome back as an action, so `update` stays free of I/O.

use std::path::{Path, PathBuf};

use super::action::Action;
use super::app::App;
pub use super::dialog::{ExportDialog, ExportFormat, ExportRequest, allowed_in_dialog};
use crate::i18n::Msg;
use crate::report::Style;
use crate::report::View as TextView;

/// Applies an export action to `app`; `false` if `action` is not one.
pub fn update(app: &mut App, action: &Action) -> bool {
    match action {
        Action::OpenExport => {
            app.help.open = false;
            app.export = Some(ExportDialog::new(app.today));
        }
        Action::ExportInput(c) => insert_name(app, &c.to_string()),
        Action::InsertText(text) if app.export.is_some() => insert_name(app, text),
        Action::ExportBackspace => {
            if let Some(d) = app.export.as_mut() {
                d.name.pop();
            }
        }
        Action::ExportToggleFormat => {
            if let Some(d) = app.export.as_mut() {
                let next = match d.format {
                    ExportFormat::Markdown => ExportFormat::Json,
                    ExportFormat::Json => ExportFormat::Markdown,
                };
                // The extension follows the format when the name still carries the other one.
                let old = format!(".{}", d.format.extension());
                if let Some(stem) = d.name.strip_suffix(&old) {
                    d.name = format!("{stem}.{}", next.extension());
                }
                d.format = next;
            }
        }
        Action::ExportSubmit => request(app, false),
        Action::ExportCancel => app.export = None,
        Action::ExportExists => {
            if let Some(d) = app.export.as_mut() {
                d.confirm = true;
            }
        }
        Action::ExportOverwrite => request(app, true),
        Action::ExportKeep => {
            if let Some(d) = app.export.as_mut() {
                d.confirm = false;
            }
        }
        Action::ExportDone(Ok(path)) => {
            app.export = None;
            app.status = Some(format!(
                "{}: {}",
                app.t(Msg::TuiExportWritten),
                path.display()
            ));
        }
        Action::ExportDone(Err(e)) => {
            if let Some(d) = app.export.as_mut() {
                d.confirm = false;
            }
            app.status = Some(format!("{}: {e}", app.t(Msg::TuiExportFailed)));
        }
        _ => return false,
    }
    true
}

/// At most this many characters of a file name are kept (a path longer than that is no file name one
/// types; a stray paste is cut here).
pub const MAX_NAME: usize = 1024;

/// Adds `text` to the file name being edited, without control characters (a pasted line break is not
/// Enter and has no place in a file name), up to [`MAX_NAME`] characters.
fn insert_name(app: &mut App, text: &str) {
    let Some(d) = app.export.as_mut().filter(|d| !d.confirm) else {
        return;
    };
    let kept = text.chars().filter(|c| !c.is_control());
    if !super::input::append_capped(&mut d.name, kept, MAX_NAME) {
        app.status = Some(super::input::cut_status(app.lang, MAX_NAME));
    }
}

/// Files a request for the shell, or says that a name is missing.
fn request(app: &mut App, force: bool) {
    let Some(d) = app.export.as_mut() else {
        return;
    };
    d.confirm = false;
    if d.name.trim().is_empty() {
        app.status = Some(app.t(Msg::TuiExportNoName).to_string());
        return;
    }
    app.export_request = Some(ExportRequest {
        path: PathBuf::from(&d.name),
        format: d.format,
        force,
    });
}

/// The file's contents: the action plan for the answers — the Markdown checklist (`- [ ]` per duty,
/// deadlines as dates, contacts, sources) or the JSON of `plan --format json` — exactly what `vagvisare
/// plan` writes for the same answers, role and discovery time. No free text, nothing about the person.
pub fn contents(app: &App, format: ExportFormat) -> Result<String, String> {
    // In the chosen language even while the Swedish original is on screen (`o`): the export is the
    // translation, marked, with the Swedish beside it in JSON.
    let c = app.translation.unwrap_or(app.content);
    let p = &app.plan.plan;
    match format {
        ExportFormat::Markdown => {
            let view = TextView {
                lang: app.lang,
                style: Style { on: false },
                today: app.today,
            };
            Ok(crate::report::plan::markdown::plan(
                &view,
                c,
                &app.answers,
                p,
            ))
        }
        ExportFormat::Json => {
            let json = |c| {
                crate::report::json::to_json(&crate::report::plan::json::plan(
                    app.lang,
                    c,
                    &app.answers,
                    p,
                ))
            };
            Ok(match app.swedish {
                None => json(c),
                // A translation: each text with its Swedish beside it.
                Some(sv) => crate::report::bilingual::beside(&json(c), &json(sv)),
            })
        }
    }
}

/// Performs `req` (shell only: this writes a file) and returns the outcome as an action for `update`:
/// [`Action::ExportExists`] when the file exists and overwriting was not confirmed, else
/// [`Action::ExportDone`] with the full path written or the error.
pub fn perform(app: &App, req: &ExportRequest) -> Action {
    // A dangling symbolic link exists too: ask before replacing it, as for a file.
    if !req.force && std::fs::symlink_metadata(&req.path).is_ok() {
        return Action::ExportExists;
    }
    Action::ExportDone(write(app, req))
}

fn write(app: &App, req: &ExportRequest) -> Result<PathBuf, String> {
    let body = contents(app, req.format)?;
    crate::output::file::write_file(&req.path, &body, req.force, app.lang)
        .map_err(|e| e.message().to_string())?;
    Ok(full_path(&req.path))
}

/// The path as written, made absolute against the current directory.
fn full_path(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;

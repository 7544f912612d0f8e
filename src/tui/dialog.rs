//! The export dialog's state (`e`): the file name being edited, the format, whether it asks before
//! overwriting, and the request it files for the shell. Pure data; the changes are in [`super::export`].

use std::path::PathBuf;

use super::action::Action;
use crate::model::Date;

/// The file formats the navigator exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The action plan as a Markdown checklist (as `plan --format markdown`).
    Markdown,
    /// The action plan as JSON (as `plan --format json`).
    Json,
}

impl ExportFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
        }
    }

    /// The format's name as shown in the dialog.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Json => "JSON",
        }
    }
}

/// The open export dialog: the file name being edited, the format, and whether it asks to overwrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    /// The file name, relative to the current directory unless absolute.
    pub name: String,
    pub format: ExportFormat,
    /// The file exists: the dialog asks before overwriting it.
    pub confirm: bool,
}

impl ExportDialog {
    /// A dialog pre-filled with `vagvisare-atgardsplan-<today>.md`.
    pub fn new(today: Date) -> ExportDialog {
        ExportDialog {
            name: format!("vagvisare-atgardsplan-{today}.md"),
            format: ExportFormat::Markdown,
            confirm: false,
        }
    }
}

/// A file for the shell to write: an effect of `update`, performed and cleared by the event loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    pub path: PathBuf,
    pub format: ExportFormat,
    /// Replace an existing file (the user confirmed).
    pub force: bool,
}

/// Whether `action` is handled while the dialog is open (everything else would act behind it).
pub fn allowed_in_dialog(action: &Action) -> bool {
    matches!(
        action,
        Action::Quit
            | Action::Resize(..)
            | Action::Suspend
            | Action::InsertText(_)
            | Action::ExportInput(_)
            | Action::ExportBackspace
            | Action::ExportToggleFormat
            | Action::ExportSubmit
            | Action::ExportCancel
            | Action::ExportExists
            | Action::ExportOverwrite
            | Action::ExportKeep
            | Action::ExportDone(_)
    )
}

//! The one message type of the navigator: every key, mouse event and resize becomes an [`Action`],
//! and only [`super::update::update`] turns actions into state changes.

use std::path::PathBuf;

use super::screen::View;

/// Something the user asked for (or the terminal reported). Not `Copy`: the export's outcome carries
/// the path written or the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the navigator (`q`, Ctrl-C): at once when nothing was answered, otherwise after asking.
    Quit,
    /// Leave now, answers and all (confirmed in the question before quitting).
    QuitNow,
    /// Move the selection up one item.
    Up,
    /// Move the selection down one item.
    Down,
    /// Previous option of the selected question, previous step, or the column to the left.
    Left,
    /// Next option of the selected question, next step, or the column to the right.
    Right,
    /// Move the selection up one page.
    PageUp,
    /// Move the selection down one page.
    PageDown,
    /// Focus the next pane (or tab, on narrow screens).
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Open the selected item (a duty's detail, an actor × step cell, a search hit).
    Open,
    /// Go back: close help, leave a view, or return to the duties pane.
    Back,
    /// Answer the selected question with its option number `n` (1-based).
    Answer(u8),
    /// Clear the selected question's answer (*vet ej*).
    ClearAnswer,
    /// Clear every answer.
    ResetAnswers,
    /// Copy the selected contact's first phone number to the clipboard (OSC 52).
    CopyPhone,
    /// Open the list of roles to choose "my role" from (`R`).
    OpenRole,
    /// Open the dialog that sets when the case was discovered (`D`).
    OpenDiscovery,
    /// A dialog (role list, discovery time): a typed character.
    ModalInput(char),
    /// A dialog: delete the last typed character.
    ModalBackspace,
    /// A dialog: take the choice or the typed value.
    ModalSubmit,
    /// A dialog: close it and change nothing (also "stay" in the question before quitting).
    ModalCancel,
    /// Open or close the key help.
    ToggleHelp,
    /// Switch to a view.
    Show(View),
    /// Select the previous step of the process.
    PrevStep,
    /// Select the next step of the process.
    NextStep,
    /// Contacts view: cycle the target-group filter.
    CycleGroup,
    /// Contacts view: cycle the region filter.
    CycleRegion,
    /// Search view: a typed character.
    SearchInput(char),
    /// Text typed or pasted into the focused field (the search query, the export's file name) in one
    /// go: the search runs once for all of it. A line break or tab in it is text, never Enter or Tab.
    InsertText(String),
    /// A paste arrived where there is no text field; it was ignored (the status says so).
    PasteIgnored,
    /// Ctrl-Z: give the terminal back and stop until `fg` (performed by the shell).
    Suspend,
    /// Search view: delete the last character of the query.
    SearchBackspace,
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
    /// Mouse click at (column, row): focus the pane under it.
    Click(u16, u16),
    /// Open the export dialog (`e`).
    OpenExport,
    /// Export dialog: a typed character of the file name.
    ExportInput(char),
    /// Export dialog: delete the last character of the file name.
    ExportBackspace,
    /// Export dialog: switch between Markdown and JSON.
    ExportToggleFormat,
    /// Export dialog: ask the shell to write the file.
    ExportSubmit,
    /// Export dialog: close it without writing.
    ExportCancel,
    /// From the shell: the file exists, so the dialog asks before overwriting.
    ExportExists,
    /// Export dialog, file exists: overwrite it (`j`/`y`).
    ExportOverwrite,
    /// Export dialog, file exists: keep it and return to the file name (any other key).
    ExportKeep,
    /// Open the source document of the selected item, the item highlighted (`s`); Esc returns.
    OpenSource,
    /// Open the glossary on the terms marked in the selected duty or step page (`t`).
    ShowTerms,
    /// Show the Swedish original instead of the translation, or the translation again (`o`).
    ToggleOriginal,
    /// Glossary view: a typed character of the filter.
    GlossaryInput(char),
    /// Glossary view: delete the last character of the filter.
    GlossaryBackspace,
    /// From the shell: the file written (its full path) or why it could not be.
    ExportDone(Result<PathBuf, String>),
}

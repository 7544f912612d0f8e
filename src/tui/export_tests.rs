//! The export dialog's flow through the real key table and `update`: open, type, cancel, request,
//! exists → confirm, done; and `perform` against a temporary folder.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::tui::keymap::dispatch;
use crate::tui::update::tests::app;
use crate::tui::update::update;

/// Presses `code` as the shell would: through the key table, then `update`.
fn press(a: &mut App, code: KeyCode) {
    if let Some(action) = dispatch(a, KeyEvent::new(code, KeyModifiers::NONE)) {
        update(a, action);
    }
}

fn typed(a: &mut App, s: &str) {
    for c in s.chars() {
        press(a, KeyCode::Char(c));
    }
}

fn name(a: &App) -> String {
    a.export
        .as_ref()
        .map(|d| d.name.clone())
        .unwrap_or_default()
}

#[test]
fn e_opens_the_dialog_prefilled_with_todays_name() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    let d = a.export.clone();
    assert_eq!(
        d,
        Some(ExportDialog {
            name: "vagvisare-atgardsplan-2026-11-25.md".into(),
            format: ExportFormat::Markdown,
            confirm: false,
        })
    );
    assert_eq!(a.export_request, None, "opening writes nothing");
}

#[test]
fn typing_edits_the_name_and_never_triggers_global_keys() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    for _ in 0.."atgardsplan-2026-11-25.md".len() {
        press(&mut a, KeyCode::Backspace);
    }
    assert_eq!(name(&a), "vagvisare-");
    typed(&mut a, "q?jKr1/e");
    assert_eq!(name(&a), "vagvisare-q?jKr1/e");
    assert!(!a.should_quit, "q typed into the name does not quit");
    assert!(!a.help.open);
    assert_eq!(
        a.main.question,
        a.first_question(),
        "j typed into the name does not move"
    );
    assert_eq!(
        a.answers.get(0),
        None,
        "1 typed into the name does not answer"
    );
    // Mouse scrolling and clicks do not act behind the dialog either.
    update(&mut a, Action::Down);
    update(&mut a, Action::Click(5, 10));
    assert_eq!(a.main.question, a.first_question());
    // Ctrl-C still quits.
    if let Some(action) = dispatch(&a, KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)) {
        update(&mut a, action);
    }
    assert!(a.should_quit);
}

#[test]
fn tab_toggles_the_format_and_the_extension() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    press(&mut a, KeyCode::Tab);
    assert_eq!(
        a.export.as_ref().map(|d| d.format),
        Some(ExportFormat::Json)
    );
    assert_eq!(name(&a), "vagvisare-atgardsplan-2026-11-25.json");
    press(&mut a, KeyCode::Tab);
    assert_eq!(name(&a), "vagvisare-atgardsplan-2026-11-25.md");
    // A name of the user's own keeps its extension.
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Tab);
    assert_eq!(name(&a), "vagvisare-atgardsplan-2026-11-25.m");
}

#[test]
fn esc_cancels_without_writing() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.export, None);
    assert_eq!(a.export_request, None);
    assert_eq!(
        a.view,
        crate::tui::app::View::Main,
        "Esc only closes the dialog"
    );
}

#[test]
fn enter_requests_the_write_and_an_empty_name_is_refused() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.export_request.take(),
        Some(ExportRequest {
            path: "vagvisare-atgardsplan-2026-11-25.md".into(),
            format: ExportFormat::Markdown,
            force: false,
        })
    );
    assert!(a.export.is_some(), "the dialog waits for the outcome");
    for _ in 0..40 {
        press(&mut a, KeyCode::Backspace);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.export_request, None);
    assert_eq!(a.status.as_deref(), Some("Skriv ett filnamn först"));
}

#[test]
fn an_existing_file_asks_and_only_j_or_y_overwrite() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    press(&mut a, KeyCode::Enter);
    a.export_request = None;
    update(&mut a, Action::ExportExists);
    assert!(a.export.as_ref().is_some_and(|d| d.confirm));
    // Any other key — even q — returns to the name.
    press(&mut a, KeyCode::Char('q'));
    assert!(!a.should_quit);
    assert!(a.export.as_ref().is_some_and(|d| !d.confirm));
    assert_eq!(
        name(&a),
        "vagvisare-atgardsplan-2026-11-25.md",
        "nothing lost"
    );
    for yes in ['j', 'y'] {
        press(&mut a, KeyCode::Enter);
        update(&mut a, Action::ExportExists);
        press(&mut a, KeyCode::Char(yes));
        assert_eq!(
            a.export_request.take().map(|r| r.force),
            Some(true),
            "{yes} overwrites"
        );
    }
}

#[test]
fn done_closes_with_the_path_and_an_error_keeps_the_dialog() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    typed(&mut a, "x");
    update(
        &mut a,
        Action::ExportDone(Err("cannot write: denied".into())),
    );
    assert_eq!(name(&a), "vagvisare-atgardsplan-2026-11-25.mdx");
    assert_eq!(
        a.status.as_deref(),
        Some("Kunde inte exportera: cannot write: denied")
    );
    update(&mut a, Action::ExportDone(Ok("/tmp/a/b.md".into())));
    assert_eq!(a.export, None);
    assert_eq!(a.status.as_deref(), Some("Exporterad till: /tmp/a/b.md"));
}

#[test]
fn contents_are_the_plan_as_checklist_or_as_the_json_of_plan() {
    let mut a = app();
    a.main.question = a.content.question_index("barn_i_bilden").unwrap_or(0);
    update(&mut a, Action::Answer(1));
    let md = contents(&a, ExportFormat::Markdown).unwrap_or_default();
    assert!(md.starts_with("# Åtgärdsplan — "), "{md}");
    assert!(md.contains("- [ ] "), "a checkbox per duty: {md}");
    // Exactly what `vagvisare plan --format markdown` writes for the same plan.
    let view = crate::report::View {
        lang: a.lang,
        style: crate::report::Style { on: false },
        today: a.today,
    };
    let same = crate::report::plan::markdown::plan(&view, a.content, &a.answers, &a.plan.plan);
    assert_eq!(md, same);
    let json = contents(&a, ExportFormat::Json).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    assert!(v["counts"].is_object(), "{json}");
    assert_eq!(v["answers"]["barn_i_bilden"], "ja", "{json}");
}

#[test]
fn perform_writes_privately_asks_before_overwriting_and_reports_errors() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let a = app();
    let path = dir.path().join("x.md");
    let req = |force| ExportRequest {
        path: path.clone(),
        format: ExportFormat::Markdown,
        force,
    };
    assert_eq!(
        perform(&a, &req(false)),
        Action::ExportDone(Ok(path.clone()))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode.ok(), Some(0o600));
    }
    assert_eq!(perform(&a, &req(false)), Action::ExportExists);
    assert_eq!(
        perform(&a, &req(true)),
        Action::ExportDone(Ok(path.clone()))
    );
    let missing = ExportRequest {
        path: dir.path().join("no/such/dir/x.md"),
        ..req(false)
    };
    assert!(matches!(perform(&a, &missing), Action::ExportDone(Err(_))));
}

//! Whole flows in the pseudo-terminal: an export written privately and asked about before overwriting;
//! answering, searching, the help and a resize, end to end.

use super::Navigator;
use super::common::pty::nz;
use ratatui::crossterm::event::KeyCode;
use vagvisare::i18n::{Lang, Msg, text};
use vagvisare::tui::action::Action;
use vagvisare::tui::app::View;
use vagvisare::tui::keymap::{BINDINGS, Context};

#[test]
fn e_enter_exports_the_checklist_privately_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut s = Navigator::start_in(Some(dir.path()));
    s.screen_has("Finns det barn med i bilden?");
    s.send(b"e");
    s.screen_has("Filnamn: vagvisare-atgardsplan-");
    s.send(b"\r");
    s.screen_has("Exporterad till: ");
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(
        files.len(),
        1,
        "exactly the export, no temporary file left: {files:?}"
    );
    let file = &files[0];
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        name.starts_with("vagvisare-atgardsplan-") && name.ends_with(".md"),
        "{name}"
    );
    let screen = s.parser.screen().contents();
    assert!(
        screen.contains(name),
        "the status shows the path written:\n{screen}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    let text = std::fs::read_to_string(file).expect("read");
    // The plan as a checklist.
    assert!(text.starts_with("# Åtgärdsplan — "), "{text}");
    assert!(text.contains("- [ ] "), "{text}");
    // Again: the file exists, so the dialog asks; `n` keeps it, `j` overwrites.
    s.send(b"e");
    s.screen_has("Filnamn: vagvisare-atgardsplan-");
    s.send(b"\r");
    s.screen_has("Filen finns. Skriv över? (j/n)");
    s.send(b"n");
    s.wait_until("the question gone", |sc| {
        !sc.contents().contains("Skriv över?")
    });
    s.send(b"\r");
    s.screen_has("Filen finns. Skriv över? (j/n)");
    s.send(b"j");
    s.screen_has("Exporterad till: ");
    s.send(b"q");
    assert_eq!(s.finish(), 0);
}

/// The key the keymap binds to `action` everywhere (a plain character), as the terminal sends it.
fn key_for(action: Action) -> Vec<u8> {
    let binding = BINDINGS
        .iter()
        .find(|b| b.context == Context::Global && b.action == action && b.mods.is_empty())
        .unwrap_or_else(|| panic!("no global key for {action:?}"));
    match binding.code {
        KeyCode::Char(c) => c.to_string().into_bytes(),
        other => panic!("{action:?} is bound to {other:?}, not a character"),
    }
}

/// Whether the screen, `cols` wide and `rows` high, holds a frame drawn at that size: a pane's top
/// right corner in the last column (a frame from a wider screen, clipped, has a line there), and the
/// key hints on the last row.
fn drawn_at(screen: &vt100::Screen, rows: u16, cols: u16) -> bool {
    let cell = |r: u16, c: u16| screen.cell(r, c).map(|x| x.contents().to_string());
    let corner = (0..rows)
        .any(|r| cell(r, 0).as_deref() == Some("┌") && cell(r, cols - 1).as_deref() == Some("┐"));
    let hints = screen
        .rows(0, cols)
        .nth(usize::from(rows - 1))
        .is_some_and(|last| last.starts_with("? hjälp  q avsluta"));
    screen.size() == (nz(rows), nz(cols)) && corner && hints
}

#[test]
fn answer_search_help_resize_and_quit_end_to_end() {
    let mut s = Navigator::start();
    s.screen_has("Finns det barn med i bilden?");
    assert!(!s.cooked(), "raw mode while the navigator runs");
    // The main view (M); its question list starts on the most decisive, barn_i_bilden: 1 = ja.
    s.send(b"M");
    s.screen_has("Skyldigheter – ");
    s.send(b"1");
    s.screen_has("✔ gäller: Gör orosanmälan om det finns barn med i");

    // Search, opened with the keymap's key: capitals and no diacritics still find "skyddsbedömning".
    let prompt = text(Lang::Sv, Msg::TuiSearchPrompt);
    s.send(&key_for(Action::Show(View::Search)));
    s.screen_has(prompt);
    s.send("SKYDDSBEDOMNING".as_bytes());
    s.screen_has("SKYDDSBEDOMNING");
    s.screen_has("1 träffar");
    s.screen_has("[skyldighet] Socialtjänsten");
    s.screen_has("ska en skyddsbedömning göras");
    // Enter jumps to the hit: the duty, in the detail pane of the main view.
    s.send(b"\r");
    s.wait_until("the duty in the detail pane", |sc| {
        let t = sc.contents();
        !t.contains(prompt)
            && t.contains("Detalj")
            && t.contains("id: soc_skyddsbedomning")
            && t.contains("När en orosanmälan för barn inkommer ska en")
    });

    // Help, opened with the keymap's key: generated from the same table; Esc closes it.
    let intro = text(Lang::Sv, Msg::TuiHelpIntro);
    s.send(&key_for(Action::ToggleHelp));
    s.screen_has(intro);
    s.screen_has("Överallt");
    s.screen_has(text(Lang::Sv, Msg::KeyPlan));
    // The help is longer than the screen: PgDn shows the questions' keys further down.
    s.send(b"\x1b[6~");
    s.screen_has("svara (svarsalternativets nummer)");
    s.send(b"\x1b");
    s.wait_until("the help closed", |sc| {
        let t = sc.contents();
        !t.contains(intro) && t.contains("id: soc_skyddsbedomning")
    });

    // Smaller: below 100 columns the panes become tabs; the frame is drawn at 80×24.
    s.resize(24, 80);
    s.wait_until("a frame at 80×24", |sc| {
        drawn_at(sc, 24, 80)
            && sc
                .contents()
                .contains("Steg 2/3 │ Frågor │ Skyldigheter │ Detalj")
    });
    assert!(s.row(0).starts_with("☎ 112"), "{}", s.row(0));
    // Larger: side by side again, at 140×50.
    s.resize(50, 140);
    s.wait_until("a frame at 140×50", |sc| {
        let t = sc.contents();
        drawn_at(sc, 50, 140)
            && !t.contains("Steg 2/3 │ Frågor")
            && t.contains("Finns det barn med i bilden?")
            && t.contains("id: soc_skyddsbedomning")
    });
    assert!(s.row(0).starts_with("☎ 112"), "{}", s.row(0));
    assert!(
        (1..5).any(|r| s
            .row(r)
            .starts_with(" Åtgärdsplan │ Vägvisare │ Kontakter │ Lagrum")),
        "the tab bar below the emergency line:\n{}",
        s.parser.screen().contents()
    );

    s.send(b"q");
    s.screen_has("Avsluta?");
    s.send(b"j");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q after resizing");
}

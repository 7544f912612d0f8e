//! The plan as the navigator's first screen, end to end on the shipped content: three answers given
//! from the plan's own question list (child, acute danger, protected housing) and the same-day rows
//! with their dates; and the plain guide's back and quit commands.

use super::pty;

/// The shipped content (the question ids of issue 15 live there, not in the navigator's fixture).
const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");

/// The focused line: the screen row the terminal cursor is on (the navigator puts it on the focused
/// row), from the cursor to the pane's border.
fn cursor_row(s: &pty::Session) -> String {
    focused(s.parser.screen())
}

fn focused(sc: &vt100::Screen) -> String {
    let (row, col) = sc.cursor_position();
    let line = sc
        .rows(0, pty::COLS)
        .nth(usize::from(row))
        .unwrap_or_default();
    let from: String = line.chars().skip(usize::from(col)).collect();
    from.split('│').next().unwrap_or_default().to_string()
}

/// How long without output counts as a whole frame drawn.
const QUIET: std::time::Duration = std::time::Duration::from_millis(60);

/// Moves the focus down the question list until the cursor's row shows `question`, then answers 1.
fn answer_yes(s: &mut pty::Session, question: &str) {
    for _ in 0..25 {
        s.settle(QUIET);
        if cursor_row(s).contains(question) {
            let before = s.parser.screen().contents_formatted();
            s.send(b"1");
            s.wait_until("the answer taken", |sc| sc.contents_formatted() != before);
            return;
        }
        let before = s.parser.screen().contents_formatted();
        s.send(b"j");
        s.wait_until("the focus moved down", |sc| {
            sc.contents_formatted() != before
        });
    }
    panic!(
        "`{question}` not found in the list:\n{}",
        s.parser.screen().contents()
    );
}

#[test]
fn the_first_screen_after_three_answers_shows_the_same_day_rows_with_dates() {
    let mut s = pty::Session::spawn(
        CONTENT,
        None,
        &["--lang", "sv", "guide", "--from", "2026-11-28 22:00"],
        &[],
    );
    s.screen_has("Svara på dessa först");
    s.screen_has("Upptäckt: lördag 28 november 2026 22:00");
    // Tab to the plan's questions; answer from there, the plan beside them.
    s.send(b"\t");
    s.screen_has("▶ Frågor");
    // (The list cuts long questions at a word: the starts are enough.)
    answer_yes(&mut s, "Är den utsatta personen ett");
    answer_yes(&mut s, "Finns det akut fara just nu?");
    answer_yes(&mut s, "Behöver personen skyddat");
    s.screen_has("Frågor (3/");
    s.settle(QUIET);
    // Back on the plan's rows: Nu with 112 first, then today's and tomorrow's rows with their dates.
    s.send(b"\t");
    s.screen_has("▶ Åtgärdsplan");
    s.screen_has("1. 112 — öppet");
    s.wait_until("the same-day rows with their dates", |sc| {
        let t = sc.contents();
        t.contains("lördag 28 november 2026 (i dag")
            && t.contains("söndag 29 november 2026 (i morgon)")
    });
    s.send(b"q");
    s.screen_has("Avsluta?");
    s.send(b"j");
    assert_eq!(s.finish(), 0);
    s.assert_restored("q on the plan");
}

#[test]
fn plain_guide_goes_back_with_b_and_quits_with_q_saying_so() {
    let text = super::plain_guide("1\nb\n2\nq\n");
    assert!(text.contains("b går tillbaka till förra frågan"), "{text}");
    assert!(text.contains("Tillbaka till förra frågan"), "{text}");
    assert_eq!(
        text.matches("Fråga 1. Finns det barn med i bilden?")
            .count(),
        2,
        "asked again after b: {text}"
    );
    assert!(text.contains("Frågorna avslutas."), "{text}");
    // The answer given the second time is the one in the plan.
    assert!(text.contains("Svar: barn_i_bilden=nej"), "{text}");
}

//! The plain guide on the shipped content: which questions it asks and in what order, back, quit,
//! the end of input, search, 112 at once, and the plan it ends with.

use super::*;
use crate::i18n::Lang;
use crate::model::Date;
use crate::report::Style;

fn view() -> View {
    View {
        lang: Lang::Sv,
        style: Style { on: false },
        today: Date {
            year: 2026,
            month: 11,
            day: 28,
        },
    }
}

fn now() -> LocalTime {
    LocalTime::parse("2026-11-28 22:00").unwrap_or_else(|| panic!("time"))
}

fn run(c: &Content, typed: &str) -> (String, String) {
    let mut input = io::Cursor::new(typed.to_string());
    let mut out = Vec::new();
    let result = guide(
        &view(),
        c,
        now(),
        Answers::new(c),
        None,
        &mut input,
        &mut out,
    )
    .unwrap_or_else(|e| panic!("guide runs: {e}"));
    (String::from_utf8_lossy(&out).into_owned(), result)
}

#[test]
fn asks_only_what_still_decides_and_stops() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
    let Ok(c) = crate::content::load_dir(&dir) else {
        panic!("fixture loads");
    };
    // Invalid, then ja for the most decisive question; the rest end of input.
    let (shown, result) = run(&c, "9\n1\n");
    assert!(shown.contains("0 hoppa över"), "{shown}");
    assert!(
        shown.contains("a ställer alla frågor"),
        "the commands say how to ask all: {shown}"
    );
    assert!(shown.contains("Ogiltigt val"), "{shown}");
    assert!(shown.contains("Fråga 1. "), "{shown}");
    assert!(result.starts_with("Åtgärdsplan"), "{result}");
    assert!(result.contains("=ja"), "{result}");
}

#[test]
fn stops_when_nothing_is_left_and_offers_the_rest() {
    let c = crate::embedded::content();
    // Answer "nej" (2) to everything asked: each answer leaves fewer questions that decide anything.
    let (shown, _) = run(c, &"2\n".repeat(40));
    let asked = shown.matches("\nFråga ").count();
    assert!(
        asked < c.questions.len(),
        "asked {asked} of {}",
        c.questions.len()
    );
    assert!(
        shown.contains("Inga fler frågor avgör något just nu."),
        "{shown}"
    );
    // Asking for all afterwards goes through the remaining ones.
    let typed = format!("{}a\n{}", "2\n".repeat(asked), "0\n".repeat(40));
    let (shown_all, _) = run(c, &typed);
    assert!(shown_all.contains("påverkar inget just nu"), "{shown_all}");
    assert_eq!(
        shown_all.matches("\nFråga ").count(),
        c.questions.len(),
        "{shown_all}"
    );
}

/// Typed lines that skip every question asked before `id` (skipping changes no answer, so the
/// order stays that of the start), then `rest`.
fn skip_to(c: &Content, id: &str, rest: &str) -> String {
    let q = c.question_index(id).unwrap_or_else(|| panic!("{id}"));
    let order = relevant_questions(c, &Answers::new(c), false);
    let before = order
        .iter()
        .position(|r| r.question == q)
        .unwrap_or_else(|| panic!("{id} decides something"));
    format!("{}{rest}", "0\n".repeat(before))
}

#[test]
fn commands_are_announced_and_b_goes_back_and_q_quits_saying_so() {
    let c = crate::embedded::content();
    // Answer the first question (ja), go back, answer it nej, then quit.
    let (shown, result) = run(c, "1\nb\n2\nq\n");
    assert!(
        shown.contains("b går tillbaka till förra frågan"),
        "{shown}"
    );
    assert!(shown.contains("q avslutar frågorna"), "{shown}");
    assert!(shown.contains("Tillbaka till förra frågan"), "{shown}");
    // The question asked first is asked again after `b`, as question 1.
    assert_eq!(shown.matches("\nFråga 1. ").count(), 2, "{shown}");
    assert!(shown.contains("Frågorna avslutas."), "{shown}");
    let first = &c.questions[relevant_questions(c, &Answers::new(c), false)[0].question];
    assert!(
        result.contains(&format!("{}=nej", first.id)) || !first.options.is_empty(),
        "{result}"
    );
    // `b` at the first question says there is nothing to go back to; `tillbaka` and `avsluta`
    // work as words too.
    let (shown, _) = run(c, "tillbaka\navsluta\n");
    assert!(shown.contains("Det finns ingen tidigare fråga."), "{shown}");
    assert!(shown.contains("Frågorna avslutas."), "{shown}");
}

#[test]
fn the_end_of_input_is_announced() {
    let c = crate::embedded::content();
    let (shown, result) = run(c, "");
    assert!(shown.contains("Inmatningen tog slut."), "{shown}");
    assert!(result.starts_with("Åtgärdsplan"), "{result}");
}

#[test]
fn acute_danger_says_whom_to_call_at_once_and_contacts_come_before_the_duties() {
    let c = crate::embedded::content();
    let typed = skip_to(c, "akut_fara", "ja\nq\n");
    let (shown, result) = run(c, &typed);
    let notice = shown
        .find("Akut fara – ring nu: 112")
        .unwrap_or_else(|| panic!("112 at once: {shown}"));
    assert!(
        notice < shown.find("Frågorna avslutas.").unwrap_or(0),
        "{shown}"
    );
    // Read aloud: whom to call right after the answers, before any duty; no ids.
    let calls = result.find("Ring i denna ordning").unwrap_or(usize::MAX);
    let contacts = result.find("== Kontakter ==").unwrap_or(usize::MAX);
    let duties = result.find("== Nu ==").unwrap_or(0);
    assert!(calls < duties && contacts < duties, "{result}");
    assert!(
        !result.lines().any(|l| l.trim_start().starts_with("id: ")),
        "{result}"
    );
    assert!(!result.contains("Villkor:"), "{result}");
    assert!(result.contains("Källa: "), "sources stay: {result}");
}

#[test]
fn english_commands_work_and_are_announced_in_english() {
    let c = crate::embedded::content_in(Lang::En);
    let v = View {
        lang: Lang::En,
        ..view()
    };
    let mut input = io::Cursor::new("back\n1\nquit\n".to_string());
    let mut out = Vec::new();
    let result = guide(&v, c, now(), Answers::new(c), None, &mut input, &mut out)
        .unwrap_or_else(|e| panic!("{e}"));
    let shown = String::from_utf8_lossy(&out);
    assert!(
        shown.contains("b goes back to the previous question"),
        "{shown}"
    );
    assert!(shown.contains("There is no previous question."), "{shown}");
    assert!(shown.contains("The questions end here."), "{shown}");
    assert!(result.contains("Action plan"), "{result}");
}

#[test]
fn a_search_at_a_question_reads_the_hits_and_asks_the_question_again() {
    let c = crate::embedded::content();
    let (shown, _) = run(c, "/ skyddat boende\nsök\nq\n");
    assert!(shown.contains("/ följt av ord söker"), "{shown}");
    // The same engine and words as `vagvisare search`: the question about housing is found.
    assert!(shown.contains("[fråga skyddat_boende]"), "{shown}");
    // The question is asked again after the hits, then once more after the empty search.
    assert_eq!(shown.matches("Fråga 1. ").count(), 3, "{shown}");
    assert!(!shown.contains("Ogiltigt val"), "{shown}");
}

//! `vagvisare guide --plain` (and a bare `vagvisare` with `ACCESSIBLE=1`): the consultation line by line
//! for screen-reader and braille users. It asks only the questions that still decide something, the
//! most decisive first (the engine's [`relevant_questions`]), one at a time with numbered choices read
//! from stdin; stops when none is left, unless the user asks for all (`a`); `b` goes back a question,
//! `q` (or the end of input) ends the questions, each announced; an answer that makes the case acute
//! says whom to call at once. Then it prints the action plan, the text of `vagvisare plan` with the
//! contacts right after the answers and no ids. No drawing, no cursor movement, no meaning in colour. In English the
//! marker of the unofficial translation is the first line.

use std::io::{self, BufRead, Write};

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, PlanOptions, Relevance, relevant_questions};
use crate::i18n::{Msg, fill, text as t};
use crate::model::{Content, Question, Tri};
use crate::report::View;
use crate::report::plan::words::decides_phrase;

/// What the user typed at a question.
enum Reply {
    Choice(usize),
    Skip,
    All,
    /// Back to the previous question (`b`, `tillbaka`, `back`).
    Back,
    /// End the questions and print the plan (`q`, `avsluta`, `quit`).
    Quit,
    /// The input ended (Ctrl-D, a closed pipe).
    End,
}

/// Reads one reply to `question`; says so and asks again on anything else. A choice is its number,
/// or its value or label typed out (`ja`, `Nej`).
fn reply(
    view: &View,
    question: &Question,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<Reply> {
    let options = question.options.len();
    loop {
        write!(output, "{}: ", t(view.lang, Msg::GuidePromptFull))?;
        output.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(output)?;
            return Ok(Reply::End);
        }
        let line = line.trim().to_lowercase();
        let named = question
            .options
            .iter()
            .position(|o| o.value.to_lowercase() == line || o.label.to_lowercase() == line);
        match line.as_str() {
            "" | "0" => return Ok(Reply::Skip),
            "a" => return Ok(Reply::All),
            "b" | "tillbaka" | "back" => return Ok(Reply::Back),
            "q" | "avsluta" | "quit" => return Ok(Reply::Quit),
            _ => match (line.parse::<usize>(), named) {
                (Ok(n), _) if (1..=options).contains(&n) => return Ok(Reply::Choice(n - 1)),
                (_, Some(o)) => return Ok(Reply::Choice(o)),
                _ => writeln!(output, "{}", t(view.lang, Msg::GuideInvalid))?,
            },
        }
    }
}

/// Whether the answers make the case acute: the escalation's first level (acute danger) holds.
fn acute(c: &Content, answers: &Answers) -> bool {
    c.escalations
        .first()
        .and_then(|e| e.levels.first())
        .and_then(|l| l.when.as_ref())
        .is_some_and(|w| w.eval(&answers.0) == Tri::True)
}

/// Asks on `output`, reading choices from `input`, and returns the plan's text for the answers given
/// (starting from `answers`, those already known); `now` is the discovery and the time for
/// reachability. `q` or the end of input ends the questions
/// (each said aloud); `b` goes back one question. When an answer makes the case acute, whom to call
/// is said at once, before any further question.
pub fn guide(
    view: &View,
    c: &Content,
    now: LocalTime,
    mut answers: Answers,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<String> {
    let lang = view.lang;
    let n = c.questions.len();
    if let Some(m) = crate::report::bilingual::marker(lang) {
        writeln!(output, "{m}")?;
    }
    // Skipped questions are not asked again; `all` asks every unanswered one, in content order.
    let mut skipped = vec![false; n];
    // The questions asked, in order, for `b`.
    let mut history: Vec<usize> = Vec::new();
    let mut all = false;
    let mut again: Option<usize> = None;
    writeln!(output, "{}", t(lang, Msg::GuideIntro))?;
    writeln!(output, "{}", t(lang, Msg::GuideRelevantIntro))?;
    writeln!(output, "{}", t(lang, Msg::GuideCommands))?;
    // Acute already from the answers given on the command line: whom to call comes first.
    if acute(c, &answers) {
        urgent(lang, c, &answers, now, output)?;
    }
    loop {
        let relevant: Vec<Relevance> = relevant_questions(c, &answers, false);
        let open = |q: usize| answers.get(q).is_none() && !skipped[q];
        let next = if let Some(q) = again.take() {
            Some(q)
        } else if all {
            (0..n).find(|&q| open(q))
        } else {
            relevant
                .iter()
                .find(|r| !skipped[r.question])
                .map(|r| r.question)
        };
        let Some(q) = next else {
            let rest = (0..n).filter(|&q| open(q)).count();
            if all || rest == 0 {
                break;
            }
            writeln!(output, "\n{}", t(lang, Msg::GuideNoneLeft))?;
            write!(
                output,
                "{}",
                fill(lang, Msg::GuideAskAll, &[&rest.to_string()])
            )?;
            output.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 || !line.trim().eq_ignore_ascii_case("a") {
                writeln!(output)?;
                break;
            }
            all = true;
            continue;
        };
        let question = &c.questions[q];
        let weight = relevant.iter().find(|r| r.question == q).map_or_else(
            || t(lang, Msg::GuideAffectsNothing).to_string(),
            |r| decides_phrase(lang, r.decides),
        );
        writeln!(
            output,
            "\n{}. {} ({weight})",
            fill(
                lang,
                Msg::GuideQuestion,
                &[&(history.len() + 1).to_string()]
            ),
            question.text
        )?;
        if let Some(h) = &question.help {
            writeln!(output, "   {h}")?;
        }
        for (i, o) in question.options.iter().enumerate() {
            writeln!(output, "   {} {}", i + 1, o.label)?;
        }
        writeln!(output, "   0 {}", t(lang, Msg::GuideSkip))?;
        match reply(view, question, input, output)? {
            Reply::Choice(o) => {
                let was_acute = acute(c, &answers);
                answers.set(q, Some(o));
                history.push(q);
                if !was_acute && acute(c, &answers) {
                    urgent(lang, c, &answers, now, output)?;
                }
            }
            Reply::Skip => {
                skipped[q] = true;
                history.push(q);
            }
            Reply::All => all = true,
            Reply::Back => match history.pop() {
                Some(prev) => {
                    writeln!(output, "{}", t(lang, Msg::GuideBackTo))?;
                    answers.set(prev, None);
                    skipped[prev] = false;
                    again = Some(prev);
                }
                None => {
                    writeln!(output, "{}", t(lang, Msg::GuideBackNone))?;
                    again = Some(q);
                }
            },
            Reply::Quit => {
                writeln!(output, "{}", t(lang, Msg::GuideQuitting))?;
                break;
            }
            Reply::End => {
                writeln!(output, "{}", t(lang, Msg::GuideEndOfInput))?;
                break;
            }
        }
    }
    writeln!(output)?;
    let options = PlanOptions {
        discovery: now,
        clock: true,
        at: now,
        role: None,
        tracks: false,
    };
    let p = engine::plan(c, &answers, options);
    Ok(crate::report::plan::text::plan_for_reading(
        view, c, &answers, &p,
    ))
}

/// Says at once whom to call, now that the case is acute: the first of the call order (112).
fn urgent(
    lang: crate::i18n::Lang,
    c: &Content,
    answers: &Answers,
    now: LocalTime,
    output: &mut impl Write,
) -> io::Result<()> {
    let order = crate::engine::reach::call_order(c, answers, now);
    if let Some(&(contact, reach)) = order.first() {
        let call = crate::engine::Call { contact, reach };
        let phrase = crate::report::plan::words::call_phrase(lang, c, &call);
        writeln!(output, "\n{}", fill(lang, Msg::GuideUrgentCall, &[&phrase]))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        let result = guide(&view(), c, now(), Answers::new(c), &mut input, &mut out)
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
        let result = guide(&v, c, now(), Answers::new(c), &mut input, &mut out)
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
}

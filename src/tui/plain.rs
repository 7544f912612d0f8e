//! `vagvisare guide --plain` (and a bare `vagvisare` with `ACCESSIBLE=1`): the consultation line by line
//! for screen-reader and braille users. It asks only the questions that still decide something, the
//! most decisive first (the engine's [`relevant_questions`]), one at a time with numbered choices read
//! from stdin; stops when none is left, unless the user asks for all (`a`); then prints the action plan,
//! the same text as `vagvisare plan`. No drawing, no cursor movement, no meaning in colour. In English the
//! marker of the unofficial translation is the first line.

use std::io::{self, BufRead, Write};

use crate::engine::calendar::LocalTime;
use crate::engine::{self, Answers, PlanOptions, Relevance, relevant_questions};
use crate::i18n::{Msg, fill, text as t};
use crate::model::Content;
use crate::report::View;
use crate::report::plan::words::decides_phrase;

/// What the user typed at a question.
enum Reply {
    Choice(usize),
    Skip,
    All,
    End,
}

/// Reads one reply to a question with `options` choices; says so and asks again on anything else.
fn reply(
    view: &View,
    options: usize,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<Reply> {
    loop {
        write!(output, "{}: ", t(view.lang, Msg::GuidePrompt))?;
        output.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(output)?;
            return Ok(Reply::End);
        }
        let line = line.trim();
        match line {
            "" | "0" => return Ok(Reply::Skip),
            "a" | "A" => return Ok(Reply::All),
            _ => match line.parse::<usize>() {
                Ok(n) if (1..=options).contains(&n) => return Ok(Reply::Choice(n - 1)),
                _ => writeln!(output, "{}", t(view.lang, Msg::GuideInvalid))?,
            },
        }
    }
}

/// Asks on `output`, reading choices from `input`, and returns the plan's text for the answers given;
/// `now` is the discovery and the time for reachability. End of input ends the questions.
pub fn guide(
    view: &View,
    c: &Content,
    now: LocalTime,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<String> {
    let lang = view.lang;
    let n = c.questions.len();
    let mut answers = Answers::new(c);
    if let Some(m) = crate::report::bilingual::marker(lang) {
        writeln!(output, "{m}")?;
    }
    // Skipped questions are not asked again; `all` asks every unanswered one, in content order.
    let mut skipped = vec![false; n];
    let mut all = false;
    let mut asked = 0usize;
    writeln!(output, "{}", t(lang, Msg::GuideIntro))?;
    writeln!(output, "{}", t(lang, Msg::GuideRelevantIntro))?;
    loop {
        let relevant: Vec<Relevance> = relevant_questions(c, &answers, false);
        let open = |q: usize| answers.get(q).is_none() && !skipped[q];
        let next = if all {
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
        asked += 1;
        let weight = relevant.iter().find(|r| r.question == q).map_or_else(
            || t(lang, Msg::GuideAffectsNothing).to_string(),
            |r| decides_phrase(lang, r.decides),
        );
        writeln!(
            output,
            "\n{}. {} ({weight})",
            fill(lang, Msg::GuideQuestion, &[&asked.to_string()]),
            question.text
        )?;
        if let Some(h) = &question.help {
            writeln!(output, "   {h}")?;
        }
        for (i, o) in question.options.iter().enumerate() {
            writeln!(output, "   {} {}", i + 1, o.label)?;
        }
        writeln!(output, "   0 {}", t(lang, Msg::GuideSkip))?;
        match reply(view, question.options.len(), input, output)? {
            Reply::Choice(o) => answers.set(q, Some(o)),
            Reply::Skip => skipped[q] = true,
            Reply::All => {
                all = true;
                asked -= 1;
            }
            Reply::End => break,
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
    Ok(crate::report::plan::text::plan(view, c, &answers, &p))
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
        let result = guide(&view(), c, now(), &mut input, &mut out)
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
            shown.contains("a = alla frågor"),
            "the prompt says how to ask all: {shown}"
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
}

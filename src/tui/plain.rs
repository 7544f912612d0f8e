//! `vagvisare guide --plain` (and a bare `vagvisare` with `ACCESSIBLE=1`): the consultation line by line
//! for screen-reader and braille users. It asks only the questions that still decide something — the
//! one deciding whom to call first, then the most decisive (the engine's [`relevant_questions`]) —
//! one at a time with numbered choices read from stdin; stops when none is left, unless the user asks
//! for all (`a`); `b` goes back a question, `q` (or the end of input) ends the questions, each
//! announced; an answer that makes the case acute says whom to call at once. Then it prints the action
//! plan, the text of `vagvisare plan` with the contacts right after the answers and no ids. No drawing,
//! no cursor movement, no meaning in colour. In English the marker of the unofficial translation is the
//! first line.

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
    /// Look something up (`/ WORDS`, `sök WORDS`, `search WORDS`) and come back to the question.
    Search(String),
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
        // "sök" alone (an empty search) too: the words after the command, if any.
        let padded = format!("{line} ");
        if let Some(query) = ["/", "sök ", "search "]
            .iter()
            .find_map(|p| padded.strip_prefix(p))
        {
            return Ok(Reply::Search(query.trim().to_string()));
        }
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
    role: Option<usize>,
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
            |r| decides_phrase(lang, r),
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
            Reply::Search(query) => {
                crate::tui::plain_search::answer(view, c, &query, output)?;
                again = Some(q);
            }
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
        role,
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
#[path = "plain_tests.rs"]
mod tests;

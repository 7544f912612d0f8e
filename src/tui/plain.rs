//! `vagvisare guide --plain`: the consultation line by line for screen-reader users. One question at a
//! time with numbered choices ("0 hoppa över"), read from stdin; then the same text assessment as
//! `vagvisare assess`. Same engine as the navigator, no drawing, no cursor movement. In English the
//! marker of the unofficial translation is the first line.

use std::io::{self, BufRead, Write};

use crate::engine::{self, Answers, Scope};
use crate::i18n::{Msg, text as t};
use crate::model::Content;
use crate::report::{View, text};

/// Asks every question on `output`, reading choices from `input`; returns the assessment text.
/// End of input skips the remaining questions.
pub fn guide(
    view: &View,
    c: &Content,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<String> {
    let lang = view.lang;
    let mut answers = Answers::new(c);
    if let Some(m) = crate::report::bilingual::marker(lang) {
        writeln!(output, "{m}")?;
    }
    writeln!(output, "{}", t(lang, Msg::GuideIntro))?;
    let total = c.questions.len();
    let mut eof = false;
    for (q, question) in c.questions.iter().enumerate() {
        if eof {
            break;
        }
        writeln!(output, "\n{}/{total}. {}", q + 1, question.text)?;
        if let Some(h) = &question.help {
            writeln!(output, "   {h}")?;
        }
        for (i, o) in question.options.iter().enumerate() {
            writeln!(output, "   {} {}", i + 1, o.label)?;
        }
        writeln!(output, "   0 {}", t(lang, Msg::GuideSkip))?;
        loop {
            write!(output, "{}: ", t(lang, Msg::GuideChoice))?;
            output.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                writeln!(output)?;
                eof = true;
                break;
            }
            let line = line.trim();
            if line.is_empty() || line == "0" {
                break;
            }
            match line.parse::<usize>() {
                Ok(n) if (1..=question.options.len()).contains(&n) => {
                    answers.set(q, Some(n - 1));
                    break;
                }
                _ => writeln!(output, "{}", t(lang, Msg::GuideInvalid))?,
            }
        }
    }
    writeln!(output)?;
    let a = engine::assess(c, &answers, Scope::default());
    Ok(text::assessment(view, c, &answers, &a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Date;
    use crate::report::Style;

    #[test]
    fn answers_skips_and_rejects() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
        let Ok(c) = crate::content::load_dir(&dir) else {
            panic!("fixture loads");
        };
        let view = View {
            lang: Lang::Sv,
            style: Style { on: false },
            today: Date {
                year: 2026,
                month: 11,
                day: 25,
            },
        };
        // barn_utsatt: skip; barn_i_bilden: invalid then ja; rest: end of input.
        let mut input = io::Cursor::new("\n9\n1\n");
        let mut out = Vec::new();
        let Ok(result) = guide(&view, &c, &mut input, &mut out) else {
            panic!("guide runs");
        };
        let shown = String::from_utf8_lossy(&out);
        assert!(shown.contains("0 hoppa över"));
        assert!(shown.contains("Ogiltigt val"));
        assert!(result.contains("barn_i_bilden=ja"));
        assert!(result.contains("[✔ gäller] Gör orosanmälan om det finns barn med i bilden."));
    }
}

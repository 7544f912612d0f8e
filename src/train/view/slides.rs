//! What each page of the walkthrough says: its title and its paragraphs, each with a style and a lead
//! (a mark, a number) in front of the first line. `super` wraps them to the screen's width with the
//! navigator's wrapping and scrolls them.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use crate::i18n::{Lang, Msg, fill, text};
use crate::train::doc::open_line;
use crate::train::quiz::Kind;
use crate::train::walkthrough::{Page, Walkthrough};

/// One paragraph of a page: `lead` in front of its first line, later lines indented by `indent`.
#[derive(Debug, Clone)]
pub struct Para {
    pub lead: Vec<Span<'static>>,
    pub indent: usize,
    pub text: String,
    pub style: Style,
}

fn para(text: impl Into<String>) -> Para {
    Para {
        lead: Vec::new(),
        indent: 0,
        text: text.into(),
        style: Style::new(),
    }
}

fn styled(text: impl Into<String>, style: Style) -> Para {
    Para {
        style,
        ..para(text)
    }
}

fn bold(text: impl Into<String>) -> Para {
    styled(text, Style::new().add_modifier(Modifier::BOLD))
}

fn dim(text: impl Into<String>) -> Para {
    styled(text, Style::new().add_modifier(Modifier::DIM))
}

fn blank() -> Para {
    para("")
}

/// `text` after `lead`, later lines under the text.
fn led(lead: &str, text: impl Into<String>, style: Style) -> Para {
    Para {
        lead: vec![Span::raw(lead.to_string())],
        indent: lead.chars().count(),
        text: text.into(),
        style,
    }
}

/// Numbered options: a mark (nothing, ✓, ✗) and the digit that chooses, then the label.
fn options(labels: &[String], mark: impl Fn(usize) -> (&'static str, Style)) -> Vec<Para> {
    let mut out = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let (m, style) = mark(i);
        out.push(led(&format!("  {m} {}  ", i + 1), l.clone(), style));
        out.push(blank());
    }
    out
}

/// The title and paragraphs of the current page.
pub fn page(w: &Walkthrough, lang: Lang) -> (String, Vec<Para>) {
    let c = w.content;
    let s = w.scenario();
    let t = |m| text(lang, m).to_string();
    let dimmed = Style::new().add_modifier(Modifier::DIM);
    match w.page() {
        Page::Intro => {
            let mut v = vec![
                para(format!("{}: {}", t(Msg::TargetGroup), s.target_group)),
                blank(),
                dim(t(Msg::TrainSeedFacts)),
            ];
            v.extend(s.sources.iter().map(|r| led("  ", c.cite(r), dimmed)));
            (s.title.to_string(), v)
        }
        Page::Part(i) => {
            let part = &s.parts[i];
            let mut v = vec![para(part.text.to_string()), blank()];
            if let Some(r) = &part.source {
                v.push(dim(format!("{}: {}", t(Msg::Source), c.cite(r))));
            }
            let title = format!(
                "{} – {} {}/{}",
                t(Msg::TrainCase),
                t(Msg::TrainPartOf),
                i + 1,
                s.parts.len()
            );
            (title, v)
        }
        Page::Decide(i) => decide(w, lang, i),
        Page::Duties(g) => {
            let (actor, duties) = &w.groups[g];
            let mut v = vec![bold(c.actors[*actor].name.to_string()), blank()];
            for ds in duties {
                let d = &c.duties[ds.duty];
                let key = if s.key_duties.contains(&ds.duty) {
                    "★ "
                } else {
                    "  "
                };
                let mut text = d.text.to_string();
                if ds.status == crate::engine::Status::Historical {
                    text.push_str(&format!(" ({})", t(Msg::Historical)));
                }
                v.push(led(key, text, Style::new()));
                v.push(led("  ", c.cite(&d.source), dimmed));
                v.push(blank());
            }
            v.push(dim(t(Msg::TrainKeyDuty)));
            (t(Msg::TrainDutiesFollow), v)
        }
        Page::Open => {
            let mut v = vec![para(t(Msg::TrainOpenIntro)), blank()];
            for (q, duties) in &w.open {
                v.push(led("? ", c.questions[*q].text.to_string(), Style::new()));
                v.push(led("  ", open_line(c, duties, lang), dimmed));
                v.push(blank());
            }
            (t(Msg::TrainOpenTitle), v)
        }
        Page::Quiz(i) => quiz(w, lang, i),
        Page::Discussion => {
            let mut v = Vec::new();
            for (n, d) in s.discussion.iter().enumerate() {
                v.push(led(&format!("{}. ", n + 1), d.to_string(), Style::new()));
                v.push(blank());
            }
            v.push(bold(t(Msg::TrainLearning)));
            v.push(blank());
            v.extend(
                s.learning_points
                    .iter()
                    .map(|p| led("• ", p.to_string(), Style::new())),
            );
            (t(Msg::TrainDiscussion), v)
        }
        Page::Score => score(w, lang),
    }
}

fn decide(w: &Walkthrough, lang: Lang, i: usize) -> (String, Vec<Para>) {
    let c = w.content;
    let t = |m| text(lang, m).to_string();
    let a = &w.scenario().answers[i];
    let q = &c.questions[a.question];
    let mut v = vec![bold(q.text.to_string()), blank()];
    let labels: Vec<String> = q.options.iter().map(|o| o.label.to_string()).collect();
    let revealed = w.revealed[i];
    v.extend(options(&labels, |o| {
        if !revealed {
            (" ", Style::new())
        } else if o == a.value {
            ("✓", Style::new().add_modifier(Modifier::BOLD))
        } else if w.decided[i] == Some(o) {
            ("✗", Style::new().add_modifier(Modifier::DIM))
        } else {
            (" ", Style::new().add_modifier(Modifier::DIM))
        }
    }));
    if revealed {
        let chose = w.decided[i].map_or(t(Msg::TrainNotChosen), |o| labels[o].clone());
        v.push(bold(format!(
            "{}: {}",
            t(Msg::TrainRightAnswer),
            labels[a.value]
        )));
        v.push(para(format!("{}: {chose}", t(Msg::TrainGroupChose))));
        if let Some(h) = &q.help {
            v.push(blank());
            v.push(dim(h.to_string()));
        }
    } else {
        v.push(dim(t(Msg::TrainChooseDigit)));
    }
    (t(Msg::TrainDecide), v)
}

fn quiz(w: &Walkthrough, lang: Lang, i: usize) -> (String, Vec<Para>) {
    let c = w.content;
    let q = &w.quiz[i];
    let t = |m| text(lang, m).to_string();
    let ask = match q.kind {
        Kind::ActorForDuty => Msg::TrainAskActor,
        Kind::StepForDuty => Msg::TrainAskStep,
        Kind::ContactForNeed => Msg::TrainAskContact,
    };
    let mut v = vec![
        para(t(ask)),
        blank(),
        bold(format!("”{}”", q.prompt)),
        blank(),
    ];
    let labels: Vec<String> = q
        .options
        .iter()
        .map(|&o| crate::train::quiz::option_label(c, q.kind, o))
        .collect();
    let chosen = w.chosen[i];
    v.extend(options(&labels, |o| match chosen {
        None => (" ", Style::new()),
        Some(_) if o == q.correct => ("✓", Style::new().add_modifier(Modifier::BOLD)),
        Some(x) if x == o => ("✗", Style::new().add_modifier(Modifier::DIM)),
        Some(_) => (" ", Style::new().add_modifier(Modifier::DIM)),
    }));
    match chosen {
        Some(x) => {
            let verdict = if x == q.correct {
                t(Msg::TrainRight)
            } else {
                t(Msg::TrainWrong)
            };
            v.push(bold(format!(
                "{verdict} {}: {}",
                t(Msg::TrainRightAnswer),
                labels[q.correct]
            )));
            v.push(dim(format!(
                "{}: {}",
                t(Msg::Source),
                crate::train::quiz::source_of(c, q)
            )));
        }
        None => v.push(dim(t(Msg::TrainAnswerDigit))),
    }
    (
        format!("{} {}/{}", t(Msg::TrainQuiz), i + 1, w.quiz.len()),
        v,
    )
}

fn score(w: &Walkthrough, lang: Lang) -> (String, Vec<Para>) {
    let c = w.content;
    let t = |m| text(lang, m).to_string();
    let mut v = Vec::new();
    for (label, sc) in [
        (Msg::TrainQuizResult, w.score()),
        (Msg::TrainDecisionResult, w.decisions()),
    ] {
        if sc.total == 0 {
            continue;
        }
        let result = match sc.percent() {
            Some(p) => fill(
                lang,
                Msg::TrainRightOfAnswered,
                &[
                    &sc.right.to_string(),
                    &sc.answered.to_string(),
                    &p.to_string(),
                ],
            ),
            None => t(Msg::TrainNoneAnswered),
        };
        let skipped = fill(
            lang,
            Msg::TrainSkipped,
            &[&sc.skipped().to_string(), &sc.total.to_string()],
        );
        v.push(bold(format!("{}: {result}", t(label))));
        v.push(para(skipped));
        v.push(blank());
    }
    v.push(para(t(Msg::TrainKeyContacts)));
    v.push(blank());
    for &k in w.scenario().key_contacts.iter() {
        let k = &c.contacts[k];
        let phone = k
            .phones
            .first()
            .map_or(String::new(), |p| format!(" – {}", p.number));
        v.push(led(
            "  ",
            format!("{} ({}){phone}", k.name, k.target_group),
            Style::new(),
        ));
    }
    (t(Msg::TrainScore), v)
}

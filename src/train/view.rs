//! Drawing the walkthrough for a projector: large margins, one thing at a time, the progress ("3/7")
//! always in the top corner. Pure functions of the state; tested with `TestBackend` snapshots.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::keymap;
use super::quiz::{self, Kind};
use super::walkthrough::{Page, Walkthrough};
use crate::engine::Status;
use crate::i18n::{Lang, Msg, text};

/// Draws the current page of `w` into the whole frame.
pub fn render(frame: &mut Frame, w: &Walkthrough, lang: Lang) {
    let area = frame.area();
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    render_header(frame, header, w, lang);
    let (title, lines) = if w.help_open {
        help_page(lang)
    } else {
        page(w, lang)
    };
    let inner = body.inner(Margin::new(4, 1));
    let [title_area, text_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    frame.render_widget(Paragraph::new(Line::from(title).bold()), title_area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text_area);
    frame.render_widget(
        Paragraph::new(keymap::hints(w, lang))
            .alignment(Alignment::Center)
            .dim(),
        footer,
    );
}

fn render_header(frame: &mut Frame, area: Rect, w: &Walkthrough, lang: Lang) {
    let (now, all) = w.progress();
    let block = Block::default().borders(Borders::BOTTOM);
    let inner = block.inner(area).inner(Margin::new(2, 0));
    frame.render_widget(block, area);
    let [left, right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(9)]).areas(inner);
    // In English the second line says what the text is: an unofficial translation.
    let mut title = vec![Line::from(w.scenario().title.to_string()).bold()];
    title.extend(crate::report::bilingual::marker(lang).map(|m| Line::from(m).dim()));
    frame.render_widget(Paragraph::new(title), left);
    frame.render_widget(
        Paragraph::new(format!("{now}/{all}"))
            .alignment(Alignment::Right)
            .bold(),
        right,
    );
}

fn dim(s: impl Into<String>) -> Line<'static> {
    Line::from(Span::styled(
        s.into(),
        Style::new().add_modifier(Modifier::DIM),
    ))
}

/// Numbered options; `mark` gives each a prefix (cursor, tick, cross).
fn options(labels: &[String], mark: impl Fn(usize) -> (&'static str, Style)) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let (m, style) = mark(i);
        out.push(Line::from(vec![
            Span::raw(format!("  {m} {}  ", i + 1)),
            Span::styled(l.clone(), style),
        ]));
        out.push(Line::default());
    }
    out
}

/// The list of keys (`?`), from the key table.
fn help_page(lang: Lang) -> (String, Vec<Line<'static>>) {
    let rows = keymap::help_lines(lang);
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let lines = rows
        .into_iter()
        .map(|(keys, desc)| {
            Line::from(vec![
                Span::raw(format!("{keys:<width$}   ")).bold(),
                Span::raw(desc),
            ])
        })
        .collect();
    (text(lang, Msg::TrainHelpTitle).to_string(), lines)
}

/// The title and body lines of the current page.
pub fn page(w: &Walkthrough, lang: Lang) -> (String, Vec<Line<'static>>) {
    let c = w.content;
    let s = w.scenario();
    let t = |m| text(lang, m).to_string();
    match w.page() {
        Page::Intro => {
            let mut lines = vec![
                Line::from(format!("{}: {}", t(Msg::TargetGroup), s.target_group)),
                Line::default(),
                dim(t(Msg::TrainSeedFacts)),
            ];
            lines.extend(s.sources.iter().map(|r| dim(format!("  {}", c.cite(r)))));
            (s.title.to_string(), lines)
        }
        Page::Part(i) => {
            let part = &s.parts[i];
            let mut lines = vec![Line::from(part.text.to_string()), Line::default()];
            if let Some(r) = &part.source {
                lines.push(dim(format!("{}: {}", t(Msg::Source), c.cite(r))));
            }
            let title = format!(
                "{} – {} {}/{}",
                t(Msg::TrainCase),
                t(Msg::TrainPartOf),
                i + 1,
                s.parts.len()
            );
            (title, lines)
        }
        Page::Decide(i) => {
            let a = &s.answers[i];
            let q = &c.questions[a.question];
            let mut lines = vec![Line::from(q.text.to_string()).bold(), Line::default()];
            let labels: Vec<String> = q.options.iter().map(|o| o.label.to_string()).collect();
            let revealed = w.revealed[i];
            lines.extend(options(&labels, |o| {
                if !revealed {
                    if o == w.cursor {
                        ("›", Style::new().reversed())
                    } else {
                        (" ", Style::new())
                    }
                } else if o == a.value {
                    ("✓", Style::new().bold())
                } else if w.decided[i] == Some(o) {
                    ("✗", Style::new().dim())
                } else {
                    (" ", Style::new().dim())
                }
            }));
            if revealed {
                let chose = w.decided[i].map_or(t(Msg::TrainNotChosen), |o| labels[o].clone());
                lines.push(
                    Line::from(format!("{}: {}", t(Msg::TrainRightAnswer), labels[a.value])).bold(),
                );
                lines.push(Line::from(format!("{}: {chose}", t(Msg::TrainGroupChose))));
                if let Some(h) = &q.help {
                    lines.push(Line::default());
                    lines.push(dim(h.to_string()));
                }
            }
            (t(Msg::TrainDecide), lines)
        }
        Page::Duties(g) => {
            let (actor, duties) = &w.groups[g];
            let mut lines = vec![
                Line::from(c.actors[*actor].name.to_string()).bold(),
                Line::default(),
            ];
            for ds in duties {
                let d = &c.duties[ds.duty];
                let key = if s.key_duties.contains(&ds.duty) {
                    "★ "
                } else {
                    "  "
                };
                let mut spans = vec![Span::raw(key), Span::raw(d.text.to_string())];
                if let Some(m) = status_note(ds.status) {
                    spans.push(Span::raw(format!(" ({})", t(m))).italic());
                }
                lines.push(Line::from(spans));
                lines.push(dim(format!("  {}", c.cite(&d.source))));
                lines.push(Line::default());
            }
            lines.push(dim(t(Msg::TrainKeyDuty)));
            (t(Msg::TrainDutiesFollow), lines)
        }
        Page::Quiz(i) => quiz_page(w, lang, i),
        Page::Discussion => {
            let mut lines = Vec::new();
            for (n, d) in s.discussion.iter().enumerate() {
                lines.push(Line::from(format!("{}. {d}", n + 1)));
                lines.push(Line::default());
            }
            lines.push(Line::from(t(Msg::TrainLearning)).bold());
            lines.push(Line::default());
            for p in s.learning_points.iter() {
                lines.push(Line::from(format!("• {p}")));
            }
            (t(Msg::TrainDiscussion), lines)
        }
        Page::Score => {
            let sc = w.score();
            let mut lines = vec![
                Line::from(format!(
                    "{} {} {} ({} %)",
                    sc.right,
                    t(Msg::TrainRightOf),
                    sc.total,
                    sc.percent()
                ))
                .bold(),
                Line::default(),
                Line::from(t(Msg::TrainKeyContacts)),
                Line::default(),
            ];
            for &k in s.key_contacts.iter() {
                let k = &c.contacts[k];
                let phone = k
                    .phones
                    .first()
                    .map_or(String::new(), |p| format!(" – {}", p.number));
                lines.push(Line::from(format!(
                    "  {} ({}){phone}",
                    k.name, k.target_group
                )));
            }
            (t(Msg::TrainScore), lines)
        }
    }
}

/// The note after a duty that does not simply apply: "kan bli aktuellt", "historiskt åtagande".
pub(crate) fn status_note(s: Status) -> Option<Msg> {
    match s {
        Status::Applies => None,
        Status::MayApply => Some(Msg::MayApply),
        Status::Historical => Some(Msg::Historical),
    }
}

fn quiz_page(w: &Walkthrough, lang: Lang, i: usize) -> (String, Vec<Line<'static>>) {
    let c = w.content;
    let q = &w.quiz[i];
    let t = |m| text(lang, m).to_string();
    let ask = match q.kind {
        Kind::ActorForDuty => Msg::TrainAskActor,
        Kind::StepForDuty => Msg::TrainAskStep,
        Kind::ContactForNeed => Msg::TrainAskContact,
    };
    let mut lines = vec![
        Line::from(t(ask)),
        Line::default(),
        Line::from(format!("”{}”", quiz::prompt(c, q))).bold(),
        Line::default(),
    ];
    let labels: Vec<String> = q
        .options
        .iter()
        .map(|&o| quiz::option_label(c, q.kind, o))
        .collect();
    let chosen = w.chosen[i];
    lines.extend(options(&labels, |o| match chosen {
        None if o == w.cursor => ("›", Style::new().reversed()),
        None => (" ", Style::new()),
        Some(_) if o == q.correct => ("✓", Style::new().bold()),
        Some(x) if x == o => ("✗", Style::new().dim()),
        Some(_) => (" ", Style::new().dim()),
    }));
    if let Some(x) = chosen {
        let verdict = if x == q.correct {
            t(Msg::TrainRight)
        } else {
            t(Msg::TrainWrong)
        };
        lines.push(
            Line::from(format!(
                "{verdict} {}: {}",
                t(Msg::TrainRightAnswer),
                labels[q.correct]
            ))
            .bold(),
        );
        lines.push(dim(format!(
            "{}: {}",
            t(Msg::Source),
            quiz::source_of(c, q)
        )));
    }
    (
        format!("{} {}/{}", t(Msg::TrainQuiz), i + 1, w.quiz.len()),
        lines,
    )
}

#[cfg(test)]
mod tests;

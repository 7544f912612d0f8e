//! The detail pane of the main view: the selected duty in full — why it applies, its law, its contacts
//! with the age of their information, its source and whether the actor is stated or inferred — or,
//! while the questions pane has the focus, the selected question with its numbered options.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::labels::{answer_label, clause_mark, status_label};
use super::widgets::{list, list_showing, pane, wrapped_lines};
use crate::i18n::Msg;
use crate::model::{Attribution, Contact};
use crate::report::Style as TextStyle;
use crate::report::View as TextView;
use crate::report::freshness::{age, needs_check};
use crate::tui::app::{App, Pane};

/// Draws the detail pane; returns the cursor position (the selected contact) when focused.
pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let block = pane(app.t(Msg::TuiDetail), focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    if app.main.pane == Pane::Questions {
        let items = vec![question_lines(app, width, true)];
        list(frame, inner, items, None, app.theme.selected);
        return None;
    }
    let Some(s) = app.main.selected_duty() else {
        let items = vec![vec![Line::styled(app.t(Msg::TuiNoDuties), app.theme.dim)]];
        list(frame, inner, items, None, app.theme.selected);
        return None;
    };
    let c = app.content;
    let d = &c.duties[s.duty];
    let t = &app.theme;
    let mut head: Vec<Line<'static>> = Vec::new();
    head.push(Line::from(vec![
        status_label(app, s.status),
        Span::styled(
            format!("  {}", crate::report::words::actor_names(app.lang, c, d)),
            t.heading,
        ),
    ]));
    head.extend(duty_text_lines(app, &d.text, width));
    head.push(Line::raw(""));
    head.push(Line::styled(app.t(Msg::TuiWhy), t.heading));
    match &d.when {
        None => head.push(Line::raw(format!("  {}", app.t(Msg::TuiNoCondition)))),
        Some(cond) => {
            // The condition in the CLI's words, never its syntax (that is for JSON and --verbose).
            head.extend(wrapped_lines(
                vec![Span::raw(format!("  {}: ", app.t(Msg::CondWhen)))],
                4,
                &crate::report::condition::when_words(app.lang, c, cond),
                width,
                t.text,
            ));
            for (q, holds) in cond.clauses(&app.answers.0) {
                let question = &c.questions[q];
                head.extend(wrapped_lines(
                    vec![Span::raw("  "), clause_mark(app, holds), Span::raw(": ")],
                    4,
                    &format!("{} → {}", question.text, answer_label(app, q)),
                    width,
                    t.text,
                ));
            }
        }
    }
    if !d.law.is_empty() {
        head.push(Line::raw(""));
        head.push(Line::styled(app.t(Msg::Law), t.heading));
        for &l in d.law.iter() {
            head.extend(super::law::law_lines(app, &c.law[l], 2, width));
        }
        // A replaced law said once, however many of its paragraphs the duty cites.
        let mut replaced: Vec<String> = Vec::new();
        for &l in d.law.iter() {
            if let Some(line) = crate::report::law::replaced_line(app.lang, &c.law[l]) {
                if !replaced.contains(&line) {
                    head.extend(wrapped_lines(
                        vec![Span::raw("  ")],
                        2,
                        &line,
                        width,
                        t.warn,
                    ));
                    replaced.push(line);
                }
            }
        }
    }
    let mut items = vec![head];
    let mut selected = None;
    if !d.contacts.is_empty() {
        items.push(vec![
            Line::raw(""),
            Line::styled(app.t(Msg::Contacts), t.heading),
        ]);
        for (n, &k) in d.contacts.iter().enumerate() {
            if focused && n == app.main.detail_contact {
                selected = Some(items.len());
            }
            items.push(contact_lines(app, &c.contacts[k], width));
        }
    }
    let attr = match d.attribution {
        Attribution::Stated => app.t(Msg::Stated),
        Attribution::Inferred => app.t(Msg::Inferred),
    };
    let mut tail = vec![Line::raw("")];
    let mut attr_text = format!("{}: {attr}", app.t(Msg::Attribution));
    if let Some(note) = &d.attribution_note {
        attr_text.push_str(&format!(" – {note}"));
    }
    tail.extend(wrapped_lines(vec![], 0, &attr_text, width, t.dim));
    tail.extend(wrapped_lines(
        vec![],
        0,
        &format!(
            "{}: {} · id: {}",
            app.t(Msg::Source),
            c.cite(&d.source),
            d.id
        ),
        width,
        t.dim,
    ));
    items.push(tail);
    // The first contact is highlighted without scrolling the duty out of view; the next ones scroll.
    let shown = selected.filter(|_| app.main.detail_contact > 0);
    list_showing(frame, inner, items, selected, t.selected, shown)
}

/// A duty's text with the glossary's terms marked (underlined and `°`), and below it, when it uses
/// any, which terms `t` explains.
pub fn duty_text_lines(app: &App, text: &str, width: usize) -> Vec<Line<'static>> {
    let (marks, found) = super::marked::term_marks(app, text);
    let mut lines = super::marked::marked_lines(vec![], 0, text, &marks, width, app.theme.text);
    let mut words: Vec<&str> = Vec::new();
    for m in &found {
        let w = text.get(m.range.clone()).unwrap_or_default();
        if !w.is_empty() && !words.contains(&w) {
            words.push(w);
        }
    }
    if !words.is_empty() {
        lines.extend(wrapped_lines(
            vec![Span::raw(format!(
                "{} {}: ",
                super::marked::TERM_MARK,
                app.t(Msg::TuiTermsMarked)
            ))],
            2,
            &words.join(", "),
            width,
            app.theme.dim,
        ));
    }
    lines
}

/// A contact as lines: name and unit, each phone, email, hours, note, and the age of the information.
pub fn contact_lines(app: &App, k: &Contact, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut lines = wrapped_lines(
        vec![Span::styled(
            format!(
                "☎ {}{} ",
                crate::report::words::local_mark(app.lang, k),
                k.name
            ),
            t.heading,
        )],
        2,
        &format!("– {}", k.unit),
        width,
        t.text,
    );
    for p in k.phones.iter() {
        let mut s = p.number.to_string();
        if !p.alt.is_empty() {
            s.push_str(&format!(" = {}", p.alt.join(" = ")));
        }
        if let Some(l) = &p.label {
            s.push_str(&format!(" ({l})"));
        }
        lines.extend(wrapped_lines(
            vec![Span::raw(format!("  {}: ", app.t(Msg::Phone)))],
            4,
            &s,
            width,
            t.text,
        ));
    }
    let extra = [
        (Msg::Email, k.email.as_deref()),
        (Msg::Hours, k.hours.as_deref()),
        (Msg::Note, k.note.as_deref()),
    ];
    for (m, v) in extra {
        if let Some(v) = v {
            lines.extend(wrapped_lines(
                vec![Span::raw(format!("  {}: ", app.t(m)))],
                4,
                v,
                width,
                t.text,
            ));
        }
    }
    let view = TextView {
        lang: app.lang,
        style: TextStyle { on: false },
        today: app.today,
    };
    let old = needs_check(app.content, k, app.today);
    let age_style = if old { t.warn } else { t.dim };
    lines.extend(wrapped_lines(
        vec![Span::raw("  ")],
        2,
        &age(&view, app.content, k),
        width,
        age_style,
    ));
    lines
}

/// The selected question with its numbered options (the current answer marked ●) and, `with_help`,
/// its help and how to answer.
pub fn question_lines(app: &App, width: usize, with_help: bool) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(q) = app.content.questions.get(app.main.question) else {
        return Vec::new();
    };
    let mut lines = wrapped_lines(vec![], 0, &q.text, width, t.heading);
    if let Some(h) = q.help.as_ref().filter(|_| with_help) {
        lines.extend(wrapped_lines(vec![], 0, h, width, t.text));
    }
    lines.push(Line::raw(""));
    let current = app.answers.get(app.main.question);
    for (i, o) in q.options.iter().enumerate() {
        let mark = if current == Some(i) { "●" } else { "○" };
        lines.extend(wrapped_lines(
            vec![
                Span::styled(format!("  {} ", i + 1), t.key),
                Span::raw(format!("{mark} ")),
            ],
            6,
            &o.label,
            width,
            t.text,
        ));
    }
    let mark = if current.is_none() { "●" } else { "○" };
    lines.push(Line::from(vec![
        Span::styled("  0 ", t.key),
        Span::raw(format!("{mark} {}", app.t(Msg::Unknown))),
    ]));
    if with_help {
        lines.push(Line::raw(""));
        lines.extend(wrapped_lines(
            vec![],
            0,
            app.t(Msg::TuiAnswerHelp),
            width,
            t.dim,
        ));
    }
    lines
}

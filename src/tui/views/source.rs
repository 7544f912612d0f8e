//! The source view (`s` on any item): the source document rebuilt in its own order from the content
//! (`engine::source`), as `vagvisare source ID` prints it (`report::source`'s words) — the document as
//! people cite it, its publisher and date, then each heading with its paragraphs and every duty bullet
//! with its actor, stated or inferred and why. The item the user came from is highlighted (reversed
//! and bold, and `▶` in front, so it shows without colour) and the view opens scrolled to it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::marked::{Marked, marked_lines};
use super::widgets::{scrolled_pane, wrapped_lines};
use crate::engine::source::{Entry, Found, Part, Target, outline};
use crate::i18n::Msg;
use crate::report::Style as TextStyle;
use crate::report::View as TextView;
use crate::report::source::{
    MARK, attribution, entry_label, found_words, header, kind_word, short_label,
};
use crate::tui::app::App;

/// The prefix of a highlighted line, and of the others.
const LIT: &str = "▶ ";
const UNLIT: &str = "  ";

/// The source view's lines at `width`, and the index of the first highlighted one (to open there).
pub fn lines(app: &App, width: usize) -> (Vec<Line<'static>>, Option<usize>) {
    let Some(target) = &app.source.target else {
        return (
            vec![Line::styled(app.t(Msg::TuiNoSourceHere), app.theme.dim)],
            None,
        );
    };
    let c = app.content;
    let t = &app.theme;
    let v = TextView {
        lang: app.lang,
        style: TextStyle { on: false },
        today: app.today,
    };
    let doc = &c.sources[target.doc];
    let mut out = wrapped_lines(vec![], 0, &doc.citation(), width, t.heading);
    for h in header(&v, doc) {
        out.extend(wrapped_lines(vec![], 0, &h, width, t.dim));
    }
    if !matches!(target.found, Found::Source(_)) {
        let what = format!(
            "{}: {} {MARK}",
            app.t(Msg::SrcHighlighted),
            found_words(app.lang, c, target.found)
        );
        out.push(Line::raw(""));
        out.extend(wrapped_lines(vec![], 0, &what, width, t.text));
    }
    if matches!(target.found, Found::Question(_)) {
        out.extend(wrapped_lines(
            vec![Span::raw("  ")],
            2,
            app.t(Msg::SrcQuestionOwn),
            width,
            t.dim,
        ));
    }
    if !target.also_in.is_empty() {
        let others: Vec<String> = target
            .also_in
            .iter()
            .map(|&d| c.sources[d].citation())
            .collect();
        let also = format!("{}: {}", app.t(Msg::SrcAlsoIn), others.join("; "));
        out.extend(wrapped_lines(vec![Span::raw("  ")], 2, &also, width, t.dim));
    }
    let mut first = None;
    for b in &outline(c, target.doc).blocks {
        let lit = target.headings.iter().any(|h| h == b.heading);
        out.push(Line::raw(""));
        let (prefix, style) = if lit {
            (LIT, t.selected)
        } else {
            (UNLIT, t.heading)
        };
        if lit {
            first.get_or_insert(out.len());
        }
        out.extend(wrapped_lines(
            vec![Span::styled(prefix, style)],
            2,
            b.heading,
            width,
            style,
        ));
        if b.entries.is_empty() {
            let none = format!("({})", app.t(Msg::SrcNothingDrawn));
            out.extend(wrapped_lines(
                vec![Span::raw("    ")],
                4,
                &none,
                width,
                t.dim,
            ));
        }
        for e in &b.entries {
            if entry_lit(target, e) {
                first.get_or_insert(out.len());
            }
            out.extend(entry(app, target, e, width));
        }
    }
    (out, first)
}

/// Whether an entry shows a highlighted item (itself or one quoted in its paragraph).
fn entry_lit(target: &Target, e: &Entry) -> bool {
    match e {
        Entry::Text { part, marks } => {
            target.highlights(*part) || marks.iter().any(|m| target.highlights(m.part))
        }
        Entry::Item { part, .. } => target.highlights(*part),
    }
}

/// One entry's lines: a paragraph with its quoted items, or a bullet, contact or law item with its
/// attribution and id.
fn entry(app: &App, target: &Target, e: &Entry, width: usize) -> Vec<Line<'static>> {
    let c = app.content;
    let t = &app.theme;
    let part = e.part();
    let lit = target.highlights(part);
    let (prefix, style) = if lit {
        (LIT, t.selected)
    } else {
        (UNLIT, t.text)
    };
    let id = format!("id: {}", part.id(c));
    let mut out = Vec::new();
    match e {
        Entry::Text { marks, .. } => {
            let body = part.paragraph(c).unwrap_or_default();
            let inner: Vec<Marked> = marks
                .iter()
                .filter(|m| target.highlights(m.part))
                .map(|m| Marked {
                    range: m.range.clone(),
                    style: t.selected,
                    suffix: "",
                })
                .collect();
            let lead = if lit || !inner.is_empty() { LIT } else { UNLIT };
            out.extend(marked_lines(
                vec![Span::styled(format!("{lead}  "), style)],
                4,
                body,
                &inner,
                width,
                style,
            ));
            let used = format!(
                "[{}: {} · {id}]",
                kind_word(app.lang, part),
                entry_label(c, part)
            );
            out.extend(wrapped_lines(
                vec![Span::raw("      ")],
                6,
                &used,
                width,
                if lit { style } else { t.dim },
            ));
        }
        Entry::Item { in_text, .. } => {
            let label = if *in_text {
                let what = short_label(c, part)
                    .map(|s| format!(": {s}"))
                    .unwrap_or_default();
                format!(
                    "  ↳ {} ({}){what}",
                    kind_word(app.lang, part),
                    app.t(Msg::SrcInText)
                )
            } else {
                match part {
                    Part::Duty(_) => format!("• {}", entry_label(c, part)),
                    Part::Contact(k) => format!(
                        "{}{}",
                        crate::report::words::local_mark(app.lang, &c.contacts[k]),
                        entry_label(c, part)
                    ),
                    _ => format!("{}: {}", kind_word(app.lang, part), entry_label(c, part)),
                }
            };
            out.extend(wrapped_lines(
                vec![Span::styled(format!("{prefix}  "), style)],
                6,
                &label,
                width,
                style,
            ));
            let mut meta = Vec::new();
            if let Part::Duty(d) = part {
                meta.push(attribution(app.lang, c, d));
            }
            meta.push(id);
            out.extend(wrapped_lines(
                vec![Span::raw("      ")],
                6,
                &meta.join(" · "),
                width,
                if lit { style } else { t.dim },
            ));
        }
    }
    out
}

/// Draws the source view in one pane titled with the document as people cite it (so it stays in
/// sight while scrolled to the item), scrolled by its state.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let title = match &app.source.target {
        Some(t) => format!(
            "{}: {}",
            app.t(Msg::Source),
            app.content.sources[t.doc].citation()
        ),
        None => app.t(Msg::TuiSourceView).to_string(),
    };
    scrolled_pane(
        app,
        frame,
        body,
        &title,
        |w| lines(app, w).0,
        app.source.scroll,
    )
}

//! The timeline: the deadlines the seeds attach to a case, as dates counted from the discovery (the
//! start-up time unless set with `D`),
//! each with its status under the current answers, the seed's words and its condition.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::labels::status_label;
use super::widgets::{scrolled_pane, wrapped_lines};
use crate::i18n::Msg;
use crate::report::words::long_date;
use crate::tui::app::App;

/// Draws the timeline, scrolled by `timeline_scroll`.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let title = app.t(Msg::Timeline);
    scrolled_pane(
        app,
        frame,
        body,
        title,
        |w| lines(app, w),
        app.timeline.scroll,
    )
}

/// The timeline's lines, wrapped to `w` columns.
pub fn lines(app: &App, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let c = app.content;
    let d = app.discovery;
    let mut lines: Vec<Line<'static>> = wrapped_lines(
        vec![],
        0,
        &format!(
            "{}: {} {:02}:{:02}",
            app.t(Msg::Discovery),
            long_date(app.lang, d.date),
            d.hour,
            d.minute
        ),
        w,
        t.heading,
    );
    lines.extend(wrapped_lines(
        vec![],
        0,
        app.t(Msg::TuiDiscoveryChange),
        w,
        t.dim,
    ));
    for due in crate::engine::timeline(c, &app.answers, d.date) {
        let d = &c.deadlines[due.deadline];
        let when = crate::report::words::due_words(app.lang, due.date, d.kind);
        lines.push(Line::raw(""));
        lines.extend(wrapped_lines(
            vec![status_label(app, due.status), Span::raw(" ")],
            2,
            &d.label,
            w,
            t.heading,
        ));
        lines.extend(wrapped_lines(vec![Span::raw("  ")], 2, &when, w, t.text));
        lines.extend(wrapped_lines(
            vec![Span::raw("  «")],
            3,
            &format!("{}»", d.words),
            w,
            t.text,
        ));
        let mut meta = format!("{}: {}", app.t(Msg::Source), c.cite(&d.source));
        if let Some(cond) = &d.when {
            meta = format!("{}: {} · {meta}", app.t(Msg::Condition), cond.source);
        }
        lines.extend(wrapped_lines(vec![Span::raw("  ")], 2, &meta, w, t.dim));
    }
    lines
}

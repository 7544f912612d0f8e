//! The summary of the consultation so far: the answers given, what applies, what may still apply and
//! the open questions that would decide it — across every step.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::labels::status_label;
use super::widgets::{scrolled_pane, wrapped_lines};
use crate::engine::Status;
use crate::i18n::Msg;
use crate::tui::app::App;

/// Draws the summary, scrolled by `summary_scroll`.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let title = app.t(Msg::TuiSummary);
    scrolled_pane(
        app,
        frame,
        body,
        title,
        |w| lines(app, w),
        app.summary.scroll,
    )
}

/// The summary's lines, wrapped to `w` columns.
pub fn lines(app: &App, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let c = app.content;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let given = crate::report::words::answers_given(app.lang, c, &app.answers);
    lines.extend(wrapped_lines(
        vec![Span::styled(
            format!("{}: ", app.t(Msg::Answers)),
            t.heading,
        )],
        2,
        &given,
        w,
        t.text,
    ));
    let (applies, may) = app.assessment.counts();
    lines.push(Line::raw(format!(
        "{applies} {} · {may} {}",
        app.t(Msg::Applies),
        app.t(Msg::MayApply)
    )));
    for (status, title) in [
        (Status::Applies, Msg::TuiWhatApplies),
        (Status::MayApply, Msg::TuiStillOpen),
    ] {
        lines.push(Line::raw(""));
        lines.push(Line::styled(app.t(title), t.heading));
        // Step, then actor (each named once), then the duties: a long actor name in front of every
        // duty left the text no room at 80 columns.
        let (mut step, mut actor) = (usize::MAX, usize::MAX);
        for s in app.assessment.duties.iter().filter(|s| s.status == status) {
            let d = &c.duties[s.duty];
            if d.step != step {
                (step, actor) = (d.step, usize::MAX);
                lines.extend(wrapped_lines(
                    vec![Span::raw(" ")],
                    1,
                    &c.steps[step].title,
                    w,
                    t.heading,
                ));
            }
            if d.actor != actor {
                actor = d.actor;
                lines.extend(wrapped_lines(
                    vec![Span::raw("  ")],
                    2,
                    &c.actors[actor].name,
                    w,
                    t.heading,
                ));
            }
            lines.extend(wrapped_lines(
                vec![
                    Span::raw("   "),
                    status_label(app, s.status),
                    Span::raw(": "),
                ],
                5,
                &d.text,
                w,
                t.text,
            ));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t(Msg::OpenQuestions), t.heading));
    if app.assessment.open_questions.is_empty() {
        lines.push(Line::styled(format!("  {}", app.t(Msg::TuiNoOpen)), t.dim));
    }
    for &q in &app.assessment.open_questions {
        lines.extend(wrapped_lines(
            vec![Span::raw("  ? ")],
            4,
            &c.questions[q].text,
            w,
            t.text,
        ));
    }
    lines
}

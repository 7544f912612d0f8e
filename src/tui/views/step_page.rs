//! A step's page: its title and summary, the intro and every guidance section with its source — what
//! `vagvisare show STEP` prints, as a scrolled text. Shown with the step bar focused (in the detail
//! pane when wide, below the bar when narrow) and whenever no duty is selected, so no step is a blank
//! screen; a search hit on a section opens the page at that section.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{pane, scrolled, wrapped_lines};
use crate::i18n::Msg;
use crate::tui::app::App;

/// The page of the selected step, wrapped to `width`; with the index of the line each section starts
/// on, for opening the page at a section.
pub fn lines(app: &App, width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
    let t = &app.theme;
    let c = app.content;
    let Some(s) = c.steps.get(app.main.step) else {
        return (Vec::new(), Vec::new());
    };
    let cite = |r| format!("{}: {}", app.t(Msg::Source), c.cite(r));
    let mut out: Vec<Line<'static>> = Vec::new();
    out.extend(wrapped_lines(vec![], 0, &s.title, width, t.heading));
    out.extend(wrapped_lines(vec![], 0, &s.summary, width, t.dim));
    out.push(Line::raw(""));
    // The glossary's terms marked as in a duty's text (`t` lists them).
    let text = |body: &str| {
        let (marks, _) = super::marked::term_marks(app, body);
        super::marked::marked_lines(vec![], 0, body, &marks, width, t.text)
    };
    out.extend(text(&s.intro));
    out.extend(wrapped_lines(vec![], 0, &cite(&s.source), width, t.dim));
    let mut starts = Vec::new();
    for section in s.sections.iter() {
        out.push(Line::raw(""));
        starts.push(out.len());
        out.extend(wrapped_lines(vec![], 0, &section.heading, width, t.heading));
        out.extend(text(&section.text));
        out.extend(wrapped_lines(
            vec![],
            0,
            &cite(&section.source),
            width,
            t.dim,
        ));
    }
    out.push(Line::raw(""));
    let total = c.duties.iter().filter(|d| d.step == app.main.step).count();
    let duties = if total == 0 {
        app.t(Msg::TuiStepNoDuties).to_string()
    } else {
        crate::i18n::fill(app.lang, Msg::TuiStepDuties, &[&total.to_string()])
    };
    out.extend(wrapped_lines(vec![], 0, &duties, width, t.dim));
    (out, starts)
}

/// Draws the page in a bordered pane titled with the guidance heading, scrolled by the main view's
/// page scroll; returns where the cursor goes.
pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) -> Option<Position> {
    let block = pane(app.t(Msg::Sections), focused, &app.theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (lines, _) = lines(app, usize::from(inner.width));
    let more = lines.len().saturating_sub(usize::from(inner.height)) > app.main.page_scroll;
    scrolled(frame, inner, lines, app.main.page_scroll);
    // More below: said on the bottom border, in words (the training slides say it the same way).
    let mark = format!(" ▼ {} ", app.t(Msg::TuiPageMore));
    let width = Span::raw(mark.as_str()).width() as u16;
    if more && width + 2 <= area.width && area.height > 1 {
        let at = Rect::new(area.right() - width - 1, area.bottom() - 1, width, 1);
        frame.render_widget(Paragraph::new(Span::styled(mark, app.theme.key)), at);
    }
    (inner.width > 0 && inner.height > 0).then(|| Position::new(inner.x, inner.y))
}

//! The glossary view (`B`; `t` on a duty opens it on the duty's marked terms): every term and
//! abbreviation with its other forms, its short explanation, what comes from outside the seeds
//! (marked), and its source as people cite it (title, publisher, date › heading) — never a file name.
//! Typing filters it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{list, pane, wrapped_lines};
use crate::i18n::Msg;
use crate::tui::app::App;

/// One term as lines: its heading, other forms, explanation, outside fact and source.
pub fn term_lines(app: &App, i: usize, width: usize) -> Vec<Line<'static>> {
    let c = app.content;
    let t = &app.theme;
    let term = &c.terms[i];
    let mut lines = wrapped_lines(
        vec![],
        2,
        &crate::report::terms::heading(c, i),
        width,
        t.heading,
    );
    if !term.forms.is_empty() {
        let forms: Vec<&str> = term.forms.iter().map(AsRef::as_ref).collect();
        lines.extend(wrapped_lines(
            vec![Span::raw(format!("  {}: ", app.t(Msg::TermAlso)))],
            4,
            &forms.join(", "),
            width,
            t.text,
        ));
    }
    lines.extend(wrapped_lines(
        vec![Span::raw("  ")],
        2,
        &term.explanation,
        width,
        t.text,
    ));
    if let Some(x) = &term.external {
        lines.extend(wrapped_lines(
            // The content's text says "(uppgift utanför källorna)" itself: marked, not repeated.
            vec![Span::styled("  ⚑ ", t.warn)],
            4,
            x,
            width,
            t.text,
        ));
    }
    let source = format!("{}: {}", app.t(Msg::Source), c.cite(&term.source));
    lines.extend(wrapped_lines(
        vec![Span::raw("  ")],
        4,
        &source,
        width,
        t.dim,
    ));
    lines.push(Line::raw(""));
    lines
}

/// Draws the filter line and the terms that pass it; the cursor sits at the end of the filter.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let [input, rest] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(body);
    let block = pane(app.t(Msg::TuiRoleFilter), true, t);
    let field = block.inner(input);
    frame.render_widget(block, input);
    let width = usize::from(field.width);
    let query = &app.glossary.query;
    let n = query.chars().count();
    let shown: String = query
        .chars()
        .skip(n.saturating_sub(width.saturating_sub(1)))
        .collect();
    let cursor_x = field.x + shown.chars().count().min(width.saturating_sub(1)) as u16;
    frame.render_widget(Paragraph::new(Span::styled(shown, t.heading)), field);
    let listed = app.glossary.listed(app.content);
    let name = match app.glossary.only {
        Some(_) => app.t(Msg::TuiGlossaryOf),
        None => app.t(Msg::TuiGlossary),
    };
    let title = format!("{name} ({})", listed.len());
    let block = pane(&title, false, t);
    let inner = block.inner(rest);
    frame.render_widget(block, rest);
    let w = usize::from(inner.width);
    let items: Vec<Vec<Line<'static>>> = if listed.is_empty() {
        vec![vec![Line::styled(app.t(Msg::TuiGlossaryNone), t.dim)]]
    } else {
        listed.iter().map(|&i| term_lines(app, i, w)).collect()
    };
    let selected = (!listed.is_empty()).then_some(app.glossary.selected);
    list(frame, inner, items, selected, t.selected);
    (field.width > 0 && field.height > 0).then(|| Position::new(cursor_x, field.y))
}

//! The law view: every legal reference as the seed cites it, its summary, and the duties it supports.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::widgets::{list, pane, wrapped_lines};
use crate::i18n::Msg;
use crate::model::Law;
use crate::tui::app::App;

/// A law item as lines, indented by `indent`: citation – title (the citation alone when the title only
/// repeats it), then the summary.
pub fn law_lines(app: &App, l: &Law, indent: usize, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let pad = " ".repeat(indent);
    let title = crate::report::words::law_title(l)
        .map(|t| format!("– {t}"))
        .unwrap_or_default();
    let mut lines = wrapped_lines(
        vec![Span::styled(format!("{pad}{} ", l.citation), t.heading)],
        indent + 2,
        &title,
        width,
        t.text,
    );
    lines.extend(wrapped_lines(
        vec![Span::raw(format!("{pad}  "))],
        indent + 2,
        &l.summary,
        width,
        t.text,
    ));
    lines
}

/// Draws the law view; Enter opens the first duty the selected item supports.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let block = pane(app.t(Msg::Law), true, t);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = usize::from(inner.width);
    let c = app.content;
    let items = c
        .law
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut lines = law_lines(app, l, 0, width);
            let mut note = format!(
                "{} ({}: {})",
                app.t(Msg::SeedCitesAsOf),
                app.t(Msg::AsOf),
                l.as_of
            );
            if let Some(x) = crate::report::law::external_line(app.lang, l) {
                note.push_str(&format!(" · {x}"));
            }
            lines.extend(wrapped_lines(vec![Span::raw("  ")], 2, &note, width, t.dim));
            if let Some(line) = crate::report::law::replaced_line(app.lang, l) {
                lines.extend(wrapped_lines(
                    vec![Span::raw("  ")],
                    2,
                    &line,
                    width,
                    t.warn,
                ));
            }
            let duties = app.law_duties(i);
            if !duties.is_empty() {
                lines.push(Line::styled(
                    format!("  {}:", app.t(Msg::SupportsDuties)),
                    t.heading,
                ));
                for d in duties {
                    let d = &c.duties[d];
                    lines.extend(wrapped_lines(
                        vec![Span::raw(format!(
                            "    • {} ({}): ",
                            c.actors[d.actor].name, c.steps[d.step].id
                        ))],
                        6,
                        &d.text,
                        width,
                        t.text,
                    ));
                }
            }
            lines.push(Line::raw(""));
            lines
        })
        .collect();
    list(frame, inner, items, Some(app.law.selected), t.selected)
}

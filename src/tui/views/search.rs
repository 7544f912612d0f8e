//! The search view: an input line and the ranked hits over every text, diacritic-insensitive (the
//! engine's prepared index); Enter jumps to the hit in its view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{list, pane, truncate};
use crate::i18n::Msg;
use crate::tui::app::App;

/// Draws the query and its hits; the cursor sits at the end of the query, where typing goes.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let [input, rest] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(body);
    let block = pane(app.t(Msg::TuiSearchPrompt), true, t);
    let field = block.inner(input);
    frame.render_widget(block, input);
    let width = usize::from(field.width);
    let shown: String = {
        let n = app.search.query.chars().count();
        app.search
            .query
            .chars()
            .skip(n.saturating_sub(width.saturating_sub(1)))
            .collect()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(shown.clone(), t.heading)),
        field,
    );
    let title = if app.search.query.trim().is_empty() {
        app.t(Msg::TuiSearch).to_string()
    } else {
        format!("{} {}", app.search.hits.len(), app.t(Msg::Hits))
    };
    let block = pane(&title, false, t);
    let inner = block.inner(rest);
    frame.render_widget(block, rest);
    let w = usize::from(inner.width);
    let items: Vec<Vec<Line<'static>>> =
        if app.search.hits.is_empty() && !app.search.query.trim().is_empty() {
            vec![vec![Line::styled(app.t(Msg::NoHits), t.dim)]]
        } else {
            app.search
                .hits
                .iter()
                .map(|h| {
                    let kind = format!("[{}] ", crate::report::words::kind_text(app.lang, h.item));
                    let room = w.saturating_sub(kind.chars().count());
                    let head = Line::from(vec![
                        Span::styled(kind, t.dim),
                        Span::styled(truncate(&hit_title(app, h.item), room), t.heading),
                    ]);
                    let (a, m, b) = split(&h.snippet, h.highlight.clone());
                    let room = w.saturating_sub(4);
                    let before: String = {
                        let n = a.chars().count();
                        let keep = room / 3;
                        a.chars().skip(n.saturating_sub(keep)).collect()
                    };
                    let after = truncate(
                        b,
                        room.saturating_sub(before.chars().count() + m.chars().count()),
                    );
                    let snippet = Line::from(vec![
                        Span::raw("  …"),
                        Span::raw(before),
                        Span::styled(m.to_string(), t.highlight),
                        Span::raw(after),
                    ]);
                    vec![head, snippet]
                })
                .collect()
        };
    let selected = (!app.search.hits.is_empty()).then_some(app.search.hit);
    list(frame, inner, items, selected, t.selected);
    let x = field.x + shown.chars().count().min(width.saturating_sub(1)) as u16;
    (field.width > 0 && field.height > 0).then(|| Position::new(x, field.y))
}

/// A hit's title; a law item whose title only repeats its citation is named once.
fn hit_title(app: &App, item: crate::engine::ItemRef) -> String {
    let c = app.content;
    match item {
        crate::engine::ItemRef::Law(l) => match crate::report::words::law_title(&c.law[l]) {
            Some(t) => format!("{} ({t})", c.law[l].citation),
            None => c.law[l].citation.to_string(),
        },
        other => other.title(c),
    }
}

/// `snippet` split around the highlighted byte range (empty parts if the range is not on char bounds).
fn split(snippet: &str, r: std::ops::Range<usize>) -> (&str, &str, &str) {
    match (
        snippet.get(..r.start),
        snippet.get(r.clone()),
        snippet.get(r.end..),
    ) {
        (Some(a), Some(m), Some(b)) => (a, m, b),
        _ => (snippet, "", ""),
    }
}

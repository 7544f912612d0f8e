//! The search view: an input line and the ranked hits over every text, diacritic-insensitive (the
//! engine's prepared index); Enter jumps to the hit in its view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{list, pane, truncate};
use crate::i18n::Msg;
use crate::report::bilingual::SWEDISH_MARK;
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
    let items: Vec<Vec<Line<'static>>> = if app.search.hits.is_empty()
        && !app.search.query.trim().is_empty()
    {
        vec![vec![Line::styled(app.t(Msg::NoHits), t.dim)]]
    } else {
        app.search
            .hits
            .iter()
            .map(|h| {
                let mut kind = format!("[{}", crate::report::words::kind_text(app.lang, h.item));
                if h.snippet.starts_with(SWEDISH_MARK) {
                    kind.push_str(&format!(" · {}", app.t(Msg::TuiFoundInSwedish)));
                }
                kind.push_str("] ");
                let room = w.saturating_sub(kind.chars().count());
                let head = Line::from(vec![
                    Span::styled(kind, t.dim),
                    Span::styled(truncate(&hit_title(app, h.item), room), t.heading),
                ]);
                // "…" where the text goes on before the snippet.
                let cut = h.range.start > h.highlight.start;
                let mut spans = vec![Span::raw("  ")];
                spans.extend(snippet_spans(
                    &h.snippet,
                    &h.highlights,
                    cut,
                    w.saturating_sub(3),
                    t.highlight
                        .add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                ));
                vec![head, Line::from(spans)]
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

/// The snippet as spans in at most `room` columns: a third of the room kept before the first match
/// ("…" in front when the text goes on before it, or `cut` already), every match in `hl` (underlined
/// and bold as well as coloured, so not by colour alone), the rest cut with "…".
fn snippet_spans(
    snippet: &str,
    highlights: &[std::ops::Range<usize>],
    cut: bool,
    room: usize,
    hl: Style,
) -> Vec<Span<'static>> {
    let first = highlights.first().map_or(0, |r| r.start);
    let before = snippet.get(..first).unwrap_or_default();
    let keep = room / 3;
    let n = before.chars().count();
    let start = before
        .char_indices()
        .nth(n.saturating_sub(keep))
        .map_or(first, |(i, _)| i);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    if cut || start > 0 {
        spans.push(Span::raw("…"));
        used = 1;
    }
    let mut at = start;
    let mut push = |text: &str, style: Style, used: &mut usize| -> bool {
        let width = Span::raw(text).width();
        if *used + width > room {
            let left = room.saturating_sub(*used);
            if left > 0 {
                spans.push(Span::styled(truncate(text, left), style));
            }
            return false;
        }
        *used += width;
        spans.push(Span::styled(text.to_string(), style));
        true
    };
    for r in highlights.iter().filter(|r| r.start >= start) {
        let (Some(plain), Some(found)) = (snippet.get(at..r.start), snippet.get(r.clone())) else {
            break;
        };
        if !push(plain, Style::new(), &mut used) || !push(found, hl, &mut used) {
            return spans;
        }
        at = r.end;
    }
    if let Some(rest) = snippet.get(at..) {
        push(rest, Style::new(), &mut used);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_match_is_marked_and_the_snippet_fits() {
        let hl = Style::new().add_modifier(Modifier::UNDERLINED);
        let s = "Polisen kan besluta om kontaktförbud; kontaktförbudet gäller";
        let at = |w: &str, from: usize| {
            let i = s[from..].find(w).unwrap_or(0) + from;
            i..i + w.len()
        };
        let first = at("kontaktförbud", 0);
        let second = at("kontaktförbudet", first.end);
        let spans = snippet_spans(s, &[first, second], false, 200, hl);
        let marked: Vec<&str> = spans
            .iter()
            .filter(|x| x.style == hl)
            .map(|x| x.content.as_ref())
            .collect();
        assert_eq!(marked, ["kontaktförbud", "kontaktförbudet"]);
        let text: String = spans.iter().map(|x| x.content.as_ref()).collect();
        assert_eq!(text, s);
        let narrow = snippet_spans(s, &[at("kontaktförbud", 0)], false, 20, hl);
        let width: usize = narrow.iter().map(Span::width).sum();
        assert!(width <= 20, "{narrow:?}");
        assert!(narrow.iter().any(|x| x.style == hl));
        assert_eq!(narrow.first().map(|x| x.content.as_ref()), Some("…"));
    }
}

//! The actors view: an actor × step matrix of duty counts — who does what when. Enter on a cell opens
//! those duties in the main view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{pane, truncate};
use crate::i18n::Msg;
use crate::model::StepKind;
use crate::tui::app::App;

const CELL: usize = 5;

/// Column labels: `1`, `2`… for process steps, `a`, `b`… for reference tracks.
fn labels(app: &App) -> Vec<String> {
    let (mut n, mut t) = (0u32, 0u8);
    app.content
        .steps
        .iter()
        .map(|s| match s.kind {
            StepKind::Process => {
                n += 1;
                n.to_string()
            }
            StepKind::Track => {
                t = t.saturating_add(1);
                char::from(b'a'.saturating_add(t - 1)).to_string()
            }
        })
        .collect()
}

/// Draws the matrix, its legend and the selected cell's duties; the cursor sits on the selected cell.
pub fn render(app: &App, frame: &mut Frame, body: Rect) -> Option<Position> {
    let t = &app.theme;
    let c = app.content;
    let legend_height = (c.steps.len() as u16 + 2).min(body.height / 3);
    let [top, legend] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(legend_height)]).areas(body);
    let block = pane(app.t(Msg::Actors), true, t);
    let inner = block.inner(top);
    frame.render_widget(block, top);
    let labels = labels(app);
    let name_w = usize::from(inner.width)
        .saturating_sub(CELL * labels.len())
        .clamp(4, 40);
    let mut header = vec![Span::raw(format!("{:name_w$}", ""))];
    for (s, l) in labels.iter().enumerate() {
        let style = if s == app.actors.cell.1 {
            t.heading
        } else {
            t.dim
        };
        header.push(Span::styled(format!("{l:>CELL$}"), style));
    }
    let rows = usize::from(inner.height).saturating_sub(1);
    let offset = app.actors.cell.0.saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![Line::from(header)];
    let mut cursor = None;
    for (a, actor) in c.actors.iter().enumerate().skip(offset).take(rows) {
        let mine = if app.role == Some(a) { "★ " } else { "" };
        let style = if a == app.actors.cell.0 {
            t.heading
        } else {
            t.text
        };
        let mut spans = vec![Span::styled(
            format!(
                "{:name_w$}",
                truncate(&format!("{mine}{}", actor.name), name_w.saturating_sub(1))
            ),
            style,
        )];
        for s in 0..labels.len() {
            let n = app.cell_duties(a, s).len();
            let text = if n == 0 {
                "·".to_string()
            } else {
                n.to_string()
            };
            let cell_style = if (a, s) == app.actors.cell {
                t.selected
            } else if n == 0 {
                t.dim
            } else {
                t.text
            };
            if (a, s) == app.actors.cell {
                let x = inner.x as usize + name_w + CELL * s + CELL - text.chars().count();
                let y = inner.y as usize + 1 + a - offset;
                cursor = Some(Position::new(x as u16, y as u16));
            }
            spans.push(Span::styled(format!("{text:>CELL$}"), cell_style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let width = usize::from(legend.width);
    let mut legend_lines: Vec<Line> = labels
        .iter()
        .zip(c.steps.iter())
        .map(|(l, s)| Line::styled(truncate(&format!("{l:>2} = {}", s.title), width), t.dim))
        .collect();
    let (a, s) = app.actors.cell;
    if let (Some(actor), Some(step)) = (c.actors.get(a), c.steps.get(s)) {
        let n = app.cell_duties(a, s).len();
        legend_lines.insert(
            0,
            Line::styled(
                truncate(
                    &format!(
                        "{} × {}: {n} {} (Enter)",
                        actor.name,
                        step.title,
                        app.t(Msg::Duties).to_lowercase()
                    ),
                    width,
                ),
                t.heading,
            ),
        );
    }
    frame.render_widget(Paragraph::new(legend_lines), legend);
    cursor.filter(|p| inner.contains(*p))
}

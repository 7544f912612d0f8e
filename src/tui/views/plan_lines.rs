//! The plan screen's rows as lines: every phrase comes from [`crate::report::plan::words`] (group
//! titles, status marks, deadlines as dates with weekdays, whom to call), so the screen says exactly
//! what `vagvisare plan` prints; this module only lays it out. With a role, the others' rows are folded
//! to one line each under "Andra aktörer gör".

use ratatui::text::{Line, Span};

use super::labels::status_label;
use super::widgets::{truncate, wrapped_lines};
use crate::engine::{Plan, PlanRow, PlanSection, Urgency};
use crate::i18n::{Msg, fill};
use crate::report::plan::words::{
    at_phrase, call_line, decides_phrase, discovery_phrase, due_phrase, nothing_listed,
    status_mark, urgency_heading,
};
use crate::tui::app::App;

/// How many contacts a row shows (reachable now first); the rest are counted.
const CALLS_PER_ROW: usize = 3;

/// The plan's items (each one or more lines) for a pane `width` columns wide, and the item of each
/// row in [`Plan::rows`] order (for the focus and the cursor). Laid out only as far as a pane `height`
/// lines high can show below the focused row: what lies further down is never drawn, and with the
/// content of all of Sweden the plan is long.
pub fn items(app: &App, width: usize, height: usize) -> (Vec<Vec<Line<'static>>>, Vec<usize>) {
    let p = &app.plan.plan;
    let mut out = Lines {
        app,
        width,
        items: Vec::new(),
        rows: Vec::new(),
        focus: app.plan.row,
        room: height,
        after: None,
    };
    out.header(p);
    let now = p.sections.iter().find(|s| s.urgency == Urgency::Now);
    if now.is_some() || !p.call_order.is_empty() {
        let empty = PlanSection {
            urgency: Urgency::Now,
            rows: Vec::new(),
            times: Vec::new(),
            guidance: Vec::new(),
        };
        out.section(p, now.unwrap_or(&empty), false);
    }
    for s in p.sections.iter().filter(|s| s.urgency != Urgency::Now) {
        out.section(p, s, false);
    }
    if !p.others.is_empty() {
        let n = p.others.iter().map(|s| s.rows.len()).sum::<usize>();
        out.blank();
        out.text(
            &format!(
                "──── {} ({}) ────",
                app.t(Msg::PlanOthers),
                fill(app.lang, Msg::TuiPlanOthersFolded, &[&n.to_string()])
            ),
            app.theme.heading,
        );
        for s in &p.others {
            out.section(p, s, true);
        }
    }
    (out.items, out.rows)
}

struct Lines<'a, 'c> {
    app: &'a App<'c>,
    width: usize,
    items: Vec<Vec<Line<'static>>>,
    rows: Vec<usize>,
    /// The focused row (index into the rows) and the pane's height.
    focus: usize,
    room: usize,
    /// Lines laid out after the focused row, once it is laid out.
    after: Option<usize>,
}

impl Lines<'_, '_> {
    /// Whether the pane is full below the focused row: nothing further is laid out.
    fn full(&self) -> bool {
        self.after.is_some_and(|n| n >= self.room)
    }

    /// Adds an item, counting its lines once the focused row is laid out.
    fn push(&mut self, lines: Vec<Line<'static>>) {
        if let Some(n) = self.after.as_mut() {
            *n += lines.len();
        }
        self.items.push(lines);
    }

    fn text(&mut self, s: &str, style: ratatui::style::Style) {
        self.push(wrapped_lines(vec![], 0, s, self.width, style));
    }

    fn blank(&mut self) {
        self.push(vec![Line::raw("")]);
    }

    /// When the plan counts from, how much applies, and — when something is still open — the two or
    /// three questions that decide most ("answer these first").
    fn header(&mut self, p: &Plan) {
        let app = self.app;
        let t = &app.theme;
        self.text(
            &format!(
                "{}: {} (D)",
                app.t(Msg::Discovery),
                discovery_phrase(app.lang, p)
            ),
            t.text,
        );
        let (applies, may) = p.counts();
        self.text(
            &format!(
                "{applies} {} · {may} {}",
                app.t(Msg::Applies),
                app.t(Msg::MayApply)
            ),
            t.dim,
        );
        if let Some(r) = p.options.role {
            self.text(
                &format!("★ {}: {}", app.t(Msg::PlanMine), app.content.actors[r].name),
                t.heading,
            );
        }
        if p.rows().next().is_none() {
            self.text(app.t(Msg::TuiPlanNoRows), t.warn);
        } else if let Some(m) = nothing_listed(p) {
            self.text(app.t(m), t.warn);
        }
        if !p.questions.is_empty() {
            self.blank();
            self.text(app.t(Msg::TuiPlanAnswerThese), t.heading);
            for r in p.questions.iter().take(3) {
                let q = &app.content.questions[r.question];
                let line = format!("• {} — {}", q.text, decides_phrase(app.lang, r));
                self.push(wrapped_lines(vec![], 2, &line, self.width, t.text));
            }
        }
    }

    /// One urgency group: its title, in *Nu* the order to call, the time that runs in it, the
    /// guidance that concerns no row, then its rows (one line each when `folded`).
    fn section(&mut self, p: &Plan, s: &PlanSection, folded: bool) {
        if self.full() {
            return;
        }
        let app = self.app;
        let t = &app.theme;
        let c = app.content;
        self.blank();
        self.text(
            &format!("== {} ==", urgency_heading(app.lang, s.urgency)),
            t.heading,
        );
        if s.urgency == Urgency::Now && !folded && !p.call_order.is_empty() {
            self.text(
                &format!(
                    "{} ({}):",
                    app.t(Msg::CallOrder),
                    at_phrase(app.lang, p.options.at)
                ),
                t.text,
            );
            for (n, call) in p.call_order.iter().enumerate() {
                let line = format!("{}. {}", n + 1, call_line(&words_view(app), c, call));
                self.push(wrapped_lines(
                    vec![Span::raw("  ")],
                    5,
                    &line,
                    self.width,
                    t.text,
                ));
            }
        }
        if !folded {
            for d in &s.times {
                let dl = &c.deadlines[d.deadline];
                let line = format!(
                    "{}: {} — «{}»",
                    dl.label,
                    due_phrase(app.lang, c, d, p.options.discovery),
                    dl.words
                );
                self.items
                    .push(wrapped_lines(vec![], 2, &line, self.width, t.dim));
            }
            for &g in &s.guidance {
                let lines = self.guidance(p, g, 0);
                self.push(lines);
            }
        }
        for row in &s.rows {
            if self.full() {
                return;
            }
            let focused = self.rows.len() == self.focus;
            self.rows.push(self.items.len());
            let lines = if folded {
                self.folded_row(row)
            } else {
                self.row(p, row)
            };
            self.push(lines);
            if focused {
                self.after = Some(0);
            }
        }
    }

    /// A row: status and actor, the verbatim duty, its deadlines as dates, whom to call, what decides
    /// it, and the guidance beside it.
    fn row(&self, p: &Plan, r: &PlanRow) -> Vec<Line<'static>> {
        let app = self.app;
        let (c, t, w) = (app.content, &app.theme, self.width);
        let d = &c.duties[r.duty];
        let mut lines = vec![Line::from(vec![
            status_label(app, r.status),
            Span::styled(
                format!(
                    "  {}",
                    truncate(&c.actors[d.actor].name, w.saturating_sub(22))
                ),
                t.heading,
            ),
        ])];
        lines.extend(wrapped_lines(vec![Span::raw("  ")], 2, &d.text, w, t.text));
        let mut detail = |label: Msg, text: String, style| {
            let lead = vec![Span::styled(format!("  {}: ", app.t(label)), t.dim)];
            lines.extend(wrapped_lines(lead, 4, &text, w, style));
        };
        for due in &r.deadlines {
            let dl = &c.deadlines[due.deadline];
            let may = if due.status == crate::engine::Status::MayApply {
                format!(" [{}]", status_mark(app.lang, due.status))
            } else {
                String::new()
            };
            let text = format!(
                "{} — {}{may}",
                due_phrase(app.lang, c, due, p.options.discovery),
                dl.label
            );
            detail(Msg::PlanDeadline, text, t.highlight);
        }
        for call in r.contacts.iter().take(CALLS_PER_ROW) {
            detail(Msg::PlanCall, call_line(&words_view(app), c, call), t.text);
        }
        if r.contacts.len() > CALLS_PER_ROW {
            let more = format!("+{}", r.contacts.len() - CALLS_PER_ROW);
            detail(Msg::PlanCall, more, t.dim);
        }
        if !r.depends_on.is_empty() {
            let qs: Vec<&str> = r
                .depends_on
                .iter()
                .map(|&q| c.questions[q].text.as_ref())
                .collect();
            detail(Msg::DecidedBy, qs.join("; "), t.may_apply);
        }
        for &g in &r.guidance {
            lines.extend(self.guidance(p, g, 2));
        }
        lines
    }

    /// Another actor's row, folded: status mark, actor and the duty's first words on one line.
    fn folded_row(&self, r: &PlanRow) -> Vec<Line<'static>> {
        let app = self.app;
        let c = app.content;
        let d = &c.duties[r.duty];
        let line = format!(
            "  {} {}: {}",
            status_mark(app.lang, r.status),
            c.actors[d.actor].name,
            d.text
        );
        vec![Line::styled(truncate(&line, self.width), app.theme.text)]
    }

    /// "Att tänka på [✔ gäller]: «…»" and what decides it, indented by `indent`.
    fn guidance(&self, p: &Plan, g: usize, indent: usize) -> Vec<Line<'static>> {
        let app = self.app;
        let t = &app.theme;
        let gs = &p.guidance[g];
        let item = &app.content.guidance[gs.guidance];
        let lead = vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(
                format!(
                    "{} [{}]: ",
                    app.t(Msg::PlanThinkAbout),
                    status_mark(app.lang, gs.status)
                ),
                t.heading,
            ),
        ];
        wrapped_lines(
            lead,
            indent + 2,
            &format!("«{}»", item.text),
            self.width,
            t.text,
        )
    }
}

/// The report's view of the navigator's language and today, for the words that need a date (a
/// contact's information to be checked before calling).
fn words_view(app: &App) -> crate::report::View {
    crate::report::View {
        lang: app.lang,
        style: crate::report::Style { on: false },
        today: app.today,
    }
}

//! The terminal cursor follows the focus in every view (issue 15, point 7): screen magnifiers and
//! braille displays track the cursor, so it must sit on the focused row — the selected question,
//! duty, contact, law item, actor, search hit, plan row — and at the top of a scrolled text.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::action::Action;
use super::app::{App, Pane, View};
use super::theme::ThemeKind;
use super::update::update;
use super::views;
use crate::engine::calendar::LocalTime;
use crate::i18n::Lang;
use crate::model::Date;

/// The row the cursor is on after drawing `app` at `w`×`h`, from the cursor's column on.
fn cursor_line(app: &App, w: u16, h: u16) -> (u16, String) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| views::render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    let p = t.get_cursor_position().unwrap_or_else(|e| panic!("{e}"));
    let b = t.backend().buffer();
    let line: String = (p.x..w).map(|x| b[(x, p.y)].symbol().to_string()).collect();
    (p.y, line)
}

fn app() -> App<'static> {
    let c = crate::embedded::content();
    let today = Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    let mut a = App::new(c, Lang::Sv, ThemeKind::Mono, None, today);
    a.now = LocalTime::parse("2026-11-28 22:00");
    a
}

/// The first few characters of `s`, enough to find it on a line that may cut it.
fn start(s: &str) -> String {
    s.chars().take(12).collect()
}

#[test]
fn the_cursor_sits_on_the_focused_item_in_every_view() {
    let c = crate::embedded::content();
    for (w, h) in [(120, 40), (80, 24)] {
        let mut a = app();
        update(&mut a, Action::Resize(w, h));
        // Main view: the selected question, after moving down twice.
        update(&mut a, Action::Show(View::Main));
        update(&mut a, Action::Down);
        update(&mut a, Action::Down);
        let (_, line) = cursor_line(&a, w, h);
        let q = &c.questions[a.main.question];
        assert!(
            line.contains(&start(&q.text)),
            "{w}x{h} main: `{line}` for `{}`",
            q.text
        );
        // The duties pane: the selected duty's status line.
        a.main.pane = Pane::Duties;
        update(&mut a, Action::NextStep);
        update(&mut a, Action::Down);
        let (_, line) = cursor_line(&a, w, h);
        assert!(
            line.contains("gäller") || line.contains("kan bli aktuellt"),
            "{w}x{h} duties: `{line}`"
        );
        // Contacts: the selected contact's name.
        update(&mut a, Action::Show(View::Contacts));
        update(&mut a, Action::Down);
        let listed = a.contacts.listed(c, &a.answers).contacts;
        let k = &c.contacts[listed[a.contacts.selected]];
        let (_, line) = cursor_line(&a, w, h);
        assert!(
            line.contains(&start(&k.name)),
            "{w}x{h} contacts: `{line}` for `{}`",
            k.name
        );
        // Search: the selected hit.
        update(&mut a, Action::Show(View::Search));
        for ch in "skydd".chars() {
            update(&mut a, Action::SearchInput(ch));
        }
        update(&mut a, Action::Down);
        let (y, line) = cursor_line(&a, w, h);
        assert!(
            y > 3 && !line.trim().is_empty(),
            "{w}x{h} search: row {y} `{line}`"
        );
        // Law and actors: a row inside the body, not the corner.
        for v in [View::Law, View::Actors, View::Summary, View::Timeline] {
            update(&mut a, Action::Show(v));
            let (y, line) = cursor_line(&a, w, h);
            assert!(
                y > 2 && !line.trim().is_empty(),
                "{w}x{h} {v:?}: row {y} `{line}`"
            );
        }
        // The plan: the focused row's status and actor line.
        update(&mut a, Action::Show(View::Plan));
        update(&mut a, Action::Down);
        let (_, line) = cursor_line(&a, w, h);
        let r = a
            .plan
            .plan
            .rows()
            .nth(a.plan.row)
            .unwrap_or_else(|| panic!("row"));
        let actor = &c.actors[c.duties[r.duty].actor].name;
        assert!(
            line.contains(&start(actor)),
            "{w}x{h} plan: `{line}` for `{actor}`"
        );
    }
}

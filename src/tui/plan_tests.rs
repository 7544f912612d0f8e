//! The plan screen, the navigator's first: snapshots for every training scenario's answers (and for no
//! answers) at 80×24 and 120×40 in Swedish and English, and its behaviour in pure `update` — answering
//! from the plan, focus moving to the next deciding question, Enter opening a row in its step, the
//! cursor on the focused row.

use super::action::Action;
use super::app::{App, Pane, View};
use super::state::plan::PlanPane;
use super::theme::ThemeKind;
use super::update::update;
use crate::engine::calendar::LocalTime;
use crate::i18n::Lang;
use crate::model::{Content, Date};

use super::test_screen::terminal as draw;

/// The navigator as it starts on `c`: Saturday 28 November 2026, discovered at 22:00.
fn start(c: &'static Content, lang: Lang) -> App<'static> {
    let today = Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    let at = LocalTime::parse("2026-11-28 22:00").unwrap_or_else(|| panic!("time"));
    let mut a = App::new(c, lang, ThemeKind::Mono, None, today);
    a.now = Some(at);
    a.discovered_at(at)
}

/// The start screen with the answers of scenario `s` (or none).
fn with_scenario(c: &'static Content, lang: Lang, s: Option<usize>) -> App<'static> {
    let mut a = start(c, lang);
    if let Some(s) = s {
        for ans in c.scenarios[s].answers.iter() {
            a.answers.set(ans.question, Some(ans.value));
        }
        a.recompute();
    }
    a
}

use super::test_screen::text;

#[test]
fn the_plan_is_the_first_screen_for_every_scenario_in_both_languages() {
    for lang in [Lang::Sv, Lang::En] {
        let c = crate::embedded::content_in(lang);
        let runs = std::iter::once(None).chain((0..c.scenarios.len()).map(Some));
        for s in runs {
            let id = s.map_or("inga_svar", |s| &c.scenarios[s].id);
            for (w, h) in [(80, 24), (120, 40)] {
                let mut a = with_scenario(c, lang, s);
                assert_eq!(a.view, View::Plan, "the plan is the start view");
                update(&mut a, Action::Resize(w, h));
                let t = draw(&a, w, h);
                insta::assert_snapshot!(format!("plan_{id}_{lang:?}_{w}x{h}"), text(&t));
            }
        }
    }
}

#[test]
fn with_no_answers_the_plan_says_what_to_answer_first_and_whom_to_call() {
    let c = crate::embedded::content();
    let mut a = start(c, Lang::Sv);
    update(&mut a, Action::Resize(120, 40));
    let screen = text(&draw(&a, 120, 40));
    assert!(screen.contains("Svara på dessa först"), "{screen}");
    assert!(screen.contains("112"), "{screen}");
    assert!(screen.contains("== Nu =="), "{screen}");
}

#[test]
fn answering_from_the_plan_updates_it_and_moves_to_the_next_deciding_question() {
    let c = crate::embedded::content();
    let mut a = start(c, Lang::Sv);
    update(&mut a, Action::Resize(80, 24));
    let before = a.plan.plan.counts();
    // Tab to the questions: the list starts on the most decisive question.
    update(&mut a, Action::NextPane);
    assert_eq!(a.plan.pane, PlanPane::Questions);
    let first = a.plan.plan.questions[0].question;
    assert_eq!(a.main.question, first);
    update(&mut a, Action::Answer(1));
    assert_eq!(a.answers.get(first), Some(0));
    assert_ne!(a.plan.plan.counts(), before, "the plan follows the answer");
    let next = a.plan.plan.questions.first().map(|r| r.question);
    assert_eq!(
        Some(a.main.question),
        next,
        "focus moves to what decides most now"
    );
    assert_eq!(a.view, View::Plan, "answering stays on the plan");
}

#[test]
fn a_question_that_changes_nothing_is_labelled_in_words() {
    let c = crate::embedded::content();
    let mut a = start(c, Lang::Sv);
    for (id, v) in [("akut_fara", 0), ("barn_utsatt", 1), ("skyddat_boende", 0)] {
        let q = c.question_index(id).unwrap_or_else(|| panic!("{id}"));
        a.answers.set(q, Some(v));
    }
    a.recompute();
    let order = a.question_order();
    let idle: Vec<usize> = order
        .iter()
        .filter(|(_, d)| d.is_some_and(|r| r.decides == 0 && !r.urgent))
        .map(|&(q, _)| q)
        .collect();
    assert!(!idle.is_empty(), "some question changes nothing now");
    let deciding = order
        .iter()
        .take_while(|(_, d)| d.is_some_and(|r| r.decides > 0 || r.urgent))
        .count();
    assert_eq!(deciding, a.plan.plan.questions.len(), "deciding ones first");
    update(&mut a, Action::Resize(120, 40));
    a.plan.pane = PlanPane::Questions;
    let screen = text(&draw(&a, 120, 40));
    assert!(screen.contains("Påverkar inget just nu"), "{screen}");
}

#[test]
fn enter_on_a_row_opens_the_duty_in_its_step_with_its_detail() {
    let c = crate::embedded::content();
    let mut a = with_scenario(c, Lang::Sv, Some(1));
    update(&mut a, Action::Resize(120, 40));
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    assert_eq!(a.plan.row, 2);
    let duty = a.plan.selected_duty().unwrap_or_else(|| panic!("a row"));
    update(&mut a, Action::Open);
    assert_eq!(a.view, View::Main);
    assert_eq!(a.main.step, c.duties[duty].step);
    assert_eq!(a.main.selected_duty().map(|s| s.duty), Some(duty));
    assert_eq!(a.main.pane, Pane::Detail);
    // Esc twice goes back through the panes; from another view, Esc returns to the plan.
    update(&mut a, Action::Show(View::Contacts));
    update(&mut a, Action::Back);
    assert_eq!(a.view, View::Plan);
}

#[test]
fn page_keys_move_the_row_focus_and_it_stays_in_the_plan() {
    let c = crate::embedded::content();
    let mut a = start(c, Lang::Sv);
    let rows = a.plan.rows();
    update(&mut a, Action::PageDown);
    assert_eq!(a.plan.row, 5.min(rows - 1));
    for _ in 0..100 {
        update(&mut a, Action::PageDown);
    }
    assert_eq!(a.plan.row, rows - 1);
    update(&mut a, Action::PageUp);
    update(&mut a, Action::Up);
    assert_eq!(a.plan.row, rows - 7);
}

#[test]
fn p_reaches_the_plan_from_anywhere_and_the_help_names_it() {
    let c = crate::embedded::content();
    let mut a = start(c, Lang::Sv);
    update(&mut a, Action::Show(View::Law));
    let key =
        ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('P'));
    let action = super::keymap::dispatch(&a, key);
    assert_eq!(action, Some(Action::Show(View::Plan)));
    let help = super::keymap::help_lines(Lang::Sv);
    assert!(
        help.iter()
            .any(|(_, k, d)| k.contains('P') && d.contains("åtgärdsplanen"))
    );
}

#[test]
fn the_cursor_sits_on_the_focused_row_and_question() {
    let c = crate::embedded::content();
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = with_scenario(c, Lang::Sv, Some(1));
        update(&mut a, Action::Resize(w, h));
        for _ in 0..3 {
            update(&mut a, Action::Down);
        }
        let mut t = draw(&a, w, h);
        let p = t.get_cursor_position().unwrap_or_else(|e| panic!("{e}"));
        let row = text(&t)
            .lines()
            .nth(usize::from(p.y))
            .unwrap_or_default()
            .to_string();
        let d = &c.duties[a.plan.selected_duty().unwrap_or_else(|| panic!("row"))];
        let mark = crate::report::plan::words::status_mark(
            Lang::Sv,
            a.plan
                .plan
                .rows()
                .nth(3)
                .map_or(crate::engine::Status::Applies, |r| r.status),
        );
        assert!(
            row.contains(&mark),
            "{w}x{h}: cursor on `{row}` for {}",
            d.id
        );
        assert_eq!(t.backend().cursor_position(), p, "the backend has it too");
        // On the questions: the cursor is on the selected question's line.
        update(&mut a, Action::NextPane);
        update(&mut a, Action::Down);
        let mut t = draw(&a, w, h);
        let p = t.get_cursor_position().unwrap_or_else(|e| panic!("{e}"));
        let row = text(&t)
            .lines()
            .nth(usize::from(p.y))
            .unwrap_or_default()
            .to_string();
        let q = &c.questions[a.main.question];
        let start: String = q.text.chars().take(15).collect();
        assert!(
            row.contains(&start),
            "{w}x{h}: cursor on `{row}`, selected `{}`",
            q.text
        );
    }
}

#[test]
fn with_a_role_my_rows_come_first_and_the_others_are_folded() {
    let c = crate::embedded::content();
    let mut a = with_scenario(c, Lang::Sv, Some(1));
    a.role = c.actor_index("polisen");
    a.recompute();
    update(&mut a, Action::Resize(120, 40));
    let mine = a
        .plan
        .plan
        .sections
        .iter()
        .map(|s| s.rows.len())
        .sum::<usize>();
    let others = a
        .plan
        .plan
        .others
        .iter()
        .map(|s| s.rows.len())
        .sum::<usize>();
    assert!(mine > 0 && others > 0, "{mine} mine, {others} others");
    // The first of the other actors' rows, folded to one line under their heading.
    for _ in 0..mine {
        update(&mut a, Action::Down);
    }
    let t = draw(&a, 120, 40);
    let screen = text(&t);
    assert!(screen.contains("Andra aktörer gör"), "{screen}");
    insta::assert_snapshot!("plan_role_polisen_barn_akut_120x40", screen);
}

#[test]
fn at_80x24_tab_shows_the_questions_with_the_selected_ones_answers() {
    let c = crate::embedded::content();
    let mut a = with_scenario(c, Lang::Sv, Some(0));
    update(&mut a, Action::Resize(80, 24));
    update(&mut a, Action::NextPane);
    let screen = text(&draw(&a, 80, 24));
    let q = &c.questions[a.main.question];
    for o in q.options.iter() {
        assert!(
            screen.contains(&*o.label),
            "`{}` missing:\n{screen}",
            o.label
        );
    }
    insta::assert_snapshot!("plan_questions_tiggeri_80x24", screen);
}

#[test]
fn a_role_with_nothing_in_the_plan_is_told_why_and_the_others_follow() {
    // The navigator's fixture, with these answers: only the police and social services have rows.
    let c = super::update::tests::content();
    let mut a = start(c, Lang::Sv);
    for (id, v) in [("barn_utsatt", 1), ("barn_i_bilden", 1), ("fu_ledare", 2)] {
        let q = c.question_index(id).unwrap_or_else(|| panic!("{id}"));
        a.answers.set(q, Some(v));
    }
    let idle = (0..c.actors.len()).find(|&r| {
        a.role = Some(r);
        a.recompute();
        a.plan.plan.sections.iter().all(|s| s.rows.is_empty())
    });
    assert!(idle.is_some(), "an actor without rows in the fixture");
    update(&mut a, Action::Resize(80, 24));
    let screen = text(&draw(&a, 80, 24));
    assert!(
        screen.contains("Din roll har inga skyldigheter"),
        "{screen}"
    );
    assert!(screen.contains("Andra aktörer gör"), "{screen}");
}

#[test]
fn a_named_contacts_call_line_says_to_check_it_first_as_the_contacts_view_does() {
    let c = crate::embedded::content();
    let s = c.scenarios.iter().position(|s| s.id == "barn_akut");
    let mut a = with_scenario(c, Lang::Sv, s);
    update(&mut a, Action::Resize(160, 400));
    let screen = text(&draw(&a, 160, 400));
    let lines: Vec<&str> = screen.lines().collect();
    let named: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("Ring: Jenny Selenius"))
        .collect();
    assert!(!named.is_empty(), "{screen}");
    for i in named {
        // The line and its wrapped continuation.
        let call = format!("{}{}", lines[i], lines.get(i + 1).unwrap_or(&""));
        assert!(call.contains("Kontrollera uppgiften"), "{call}");
    }
}

#[test]
fn s_on_a_plan_row_opens_its_duty_in_the_source_and_esc_returns_to_the_plan() {
    let c = crate::embedded::content();
    let mut a = with_scenario(c, Lang::Sv, None);
    update(&mut a, Action::Resize(120, 40));
    let duty = a.plan.selected_duty().unwrap_or_else(|| panic!("a row"));
    update(&mut a, Action::OpenSource);
    assert_eq!(a.view, View::Source);
    let target = a.source.target.as_ref().unwrap_or_else(|| panic!("target"));
    assert_eq!(target.doc, c.duties[duty].source.doc);
    update(&mut a, Action::Back);
    assert_eq!((a.view, a.plan.pane), (View::Plan, PlanPane::Rows));
}

#[test]
fn a_click_on_a_plan_row_focuses_that_row() {
    let c = crate::embedded::content();
    let s = c.scenarios.iter().position(|s| s.id == "barn_akut");
    let mut a = with_scenario(c, Lang::Sv, s);
    update(&mut a, Action::Resize(120, 40));
    let screen = text(&draw(&a, 120, 40));
    // The first row of the social services ("Fattar beslut om placering …") is the second row listed.
    let y = screen
        .lines()
        .position(|l| l.contains("Fattar beslut om placering"))
        .unwrap_or_else(|| panic!("{screen}"));
    let x = screen
        .lines()
        .nth(y)
        .map_or(0, |l| l.chars().position(|ch| ch == 'F').unwrap_or(0));
    let expected = a
        .plan
        .plan
        .rows()
        .position(|r| c.duties[r.duty].id == "soc_placering");
    assert!(
        expected.is_some_and(|r| r > 0),
        "not the focused row already"
    );
    update(&mut a, Action::Click(x as u16, y as u16));
    assert_eq!(Some(a.plan.row), expected);
    assert_eq!(a.plan.pane, PlanPane::Rows);
    // On a heading nothing moves.
    let heading = screen
        .lines()
        .position(|l| l.contains("== Nu =="))
        .unwrap_or_else(|| panic!("{screen}"));
    update(&mut a, Action::Click(x as u16, heading as u16));
    assert_eq!(Some(a.plan.row), expected);
}

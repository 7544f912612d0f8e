//! One test per action: the state change `update` makes, without drawing.

use super::*;
use crate::engine::Status;
use crate::i18n::Lang;
use crate::model::{Content, Date};
use crate::tui::app::LayoutMode;
use crate::tui::app::{Pane, View};
use crate::tui::theme::ThemeKind;

/// The navigator test content (tests/fixtures/tui), loaded once.
pub fn content() -> &'static Content {
    static C: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
        match crate::content::load_dir(&dir) {
            Ok(c) => c,
            Err(e) => panic!("fixture: {e}"),
        }
    })
}

/// A fresh app on the test content, Swedish, fixed date, on the main view (these tests are about it;
/// the start view, the plan, has its own in `plan_tests.rs`).
pub fn app() -> App<'static> {
    let today = Date {
        year: 2026,
        month: 11,
        day: 25,
    };
    let mut a = App::new(content(), Lang::Sv, ThemeKind::Default, None, today);
    a.view = View::Main;
    a
}

fn q(id: &str) -> usize {
    content().question_index(id).unwrap_or(usize::MAX)
}

fn orosanmalan_status(app: &App) -> Option<Status> {
    let d = content().duty_index("soc_orosanmalan")?;
    app.main
        .step_duties
        .iter()
        .find(|s| s.duty == d)
        .map(|s| s.status)
}

#[test]
fn quit_sets_the_flag() {
    let mut a = app();
    update(&mut a, Action::Quit);
    assert!(a.should_quit);
}

#[test]
fn answer_recomputes_duties() {
    let mut a = app();
    assert_eq!(orosanmalan_status(&a), Some(Status::MayApply));
    a.main.question = q("barn_i_bilden");
    update(&mut a, Action::Answer(1));
    assert_eq!(orosanmalan_status(&a), Some(Status::Applies));
    // Answering moves on to the question that now decides most (issue 22, adapted).
    let next = a.plan.plan.questions.first().map(|r| r.question);
    assert_eq!(Some(a.main.question), next);
    a.main.question = q("barn_i_bilden");
    update(&mut a, Action::Answer(2));
    assert_eq!(orosanmalan_status(&a), None);
    assert_eq!(a.main.hidden_in_step, 1);
    update(&mut a, Action::Answer(9));
    assert!(a.status.is_some(), "no such option is reported");
    assert_eq!(
        a.main.question,
        q("fu_ledare"),
        "a refused answer stays put"
    );
}

#[test]
fn answer_keys_only_act_on_the_questions_pane() {
    let mut a = app();
    a.main.pane = Pane::Duties;
    update(&mut a, Action::Answer(1));
    assert_eq!(a.answers.answered(), 0);
}

#[test]
fn clear_and_reset_answers() {
    let mut a = app();
    a.main.question = q("barn_utsatt");
    update(&mut a, Action::Answer(1));
    a.main.question = q("barn_i_bilden");
    update(&mut a, Action::Answer(1));
    assert_eq!(a.answers.answered(), 2);
    a.main.question = q("barn_i_bilden");
    update(&mut a, Action::ClearAnswer);
    assert_eq!(a.answers.answered(), 1);
    update(&mut a, Action::ResetAnswers);
    assert_eq!(a.answers.answered(), 0);
    assert!(a.status.is_some());
}

#[test]
fn left_right_cycle_options_through_unanswered() {
    let mut a = app();
    a.main.question = q("fu_ledare");
    update(&mut a, Action::Right);
    assert_eq!(a.answers.get(a.main.question), Some(0));
    update(&mut a, Action::Right);
    update(&mut a, Action::Right);
    assert_eq!(a.answers.get(a.main.question), Some(2));
    update(&mut a, Action::Right);
    assert_eq!(a.answers.get(a.main.question), None);
    update(&mut a, Action::Left);
    assert_eq!(a.answers.get(a.main.question), Some(2));
}

#[test]
fn left_right_on_steps_change_step() {
    let mut a = app();
    a.main.pane = Pane::Steps;
    update(&mut a, Action::Right);
    assert_eq!(a.main.step, 1);
    update(&mut a, Action::Left);
    update(&mut a, Action::Left);
    assert_eq!(a.main.step, 0);
}

#[test]
fn tab_cycles_panes_and_views() {
    let mut a = app();
    update(&mut a, Action::NextPane);
    assert_eq!(a.main.pane, Pane::Duties);
    update(&mut a, Action::PrevPane);
    update(&mut a, Action::PrevPane);
    assert_eq!(a.main.pane, Pane::Steps);
    update(&mut a, Action::PrevPane);
    assert_eq!(a.main.pane, Pane::Detail);
    a.view = View::Contacts;
    update(&mut a, Action::NextPane);
    assert_eq!(a.view, View::Law);
}

#[test]
fn open_and_back_walk_the_panes() {
    let mut a = app();
    update(&mut a, Action::Open);
    assert_eq!(a.main.pane, Pane::Duties);
    update(&mut a, Action::Open);
    assert_eq!(a.main.pane, Pane::Detail);
    update(&mut a, Action::Back);
    assert_eq!(a.main.pane, Pane::Duties);
    update(&mut a, Action::Show(View::Law));
    update(&mut a, Action::Back);
    assert_eq!(
        a.view,
        View::Plan,
        "Esc goes back to the plan, the start view"
    );
}

#[test]
fn duties_and_detail_selection() {
    let mut a = app();
    a.main.pane = Pane::Duties;
    update(&mut a, Action::Down);
    assert_eq!(a.main.duty, 1);
    a.main.duty = 0;
    a.main.pane = Pane::Detail;
    update(&mut a, Action::Down);
    assert_eq!(a.main.detail_contact, 1, "orosanmälan has two contacts");
}

#[test]
fn copy_phone_puts_the_number_on_the_clipboard() {
    let mut a = app();
    a.main.pane = Pane::Detail;
    update(&mut a, Action::CopyPhone);
    assert_eq!(a.clipboard.as_deref(), Some("020-39 00 00"));
    let mut b = app();
    b.view = View::Law;
    update(&mut b, Action::CopyPhone);
    assert_eq!(b.clipboard, None);
    assert!(b.status.is_some());
}

#[test]
fn help_toggles() {
    let mut a = app();
    update(&mut a, Action::ToggleHelp);
    assert!(a.help.open);
    update(&mut a, Action::Down);
    assert_eq!(a.help.scroll, 1);
    update(&mut a, Action::Back);
    assert!(!a.help.open);
}

#[test]
fn show_switches_view_and_closes_help() {
    let mut a = app();
    update(&mut a, Action::Resize(60, 14));
    a.help.open = true;
    update(&mut a, Action::Show(View::Summary));
    assert_eq!(a.view, View::Summary);
    assert!(!a.help.open);
    update(&mut a, Action::Down);
    assert_eq!(a.summary.scroll, 1);
}

#[test]
fn steps_move_and_clamp() {
    let mut a = app();
    update(&mut a, Action::PrevStep);
    assert_eq!(a.main.step, 0);
    for _ in 0..10 {
        update(&mut a, Action::NextStep);
    }
    assert_eq!(a.main.step, content().steps.len() - 1);
}

#[test]
fn contact_filters_cycle() {
    let mut a = app();
    a.view = View::Contacts;
    let all = a.contacts.listed(a.content, &a.answers).contacts.len();
    update(&mut a, Action::CycleGroup);
    assert_eq!(a.contacts.group_filter, Some(0));
    assert!(a.contacts.listed(a.content, &a.answers).contacts.len() < all);
    update(&mut a, Action::CycleRegion);
    assert_eq!(a.contacts.region_filter, Some(0));
    update(&mut a, Action::Down);
    assert!(
        a.contacts.selected
            < a.contacts
                .listed(a.content, &a.answers)
                .contacts
                .len()
                .max(1)
    );
}

#[test]
fn search_is_incremental_and_diacritic_insensitive() {
    let mut a = app();
    update(&mut a, Action::Show(View::Search));
    for c in "orosanmalan".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    assert!(!a.search.hits.is_empty());
    update(&mut a, Action::SearchBackspace);
    assert_eq!(a.search.query, "orosanmala");
    update(&mut a, Action::Open);
    assert_ne!(a.view, View::Search, "Enter jumps to the hit");
}

#[test]
fn search_jumps_to_a_contact() {
    let mut a = app();
    update(&mut a, Action::Show(View::Search));
    for c in "020390000".chars() {
        update(&mut a, Action::SearchInput(c));
    }
    update(&mut a, Action::Open);
    assert_eq!(a.view, View::Contacts);
    assert_eq!(a.selected_contact(), content().contact_index("stodtelefon"));
}

#[test]
fn actors_cell_opens_its_duties() {
    let mut a = app();
    update(&mut a, Action::Show(View::Actors));
    let polisen = content().actor_index("polisen").unwrap_or(0);
    a.actors.cell = (polisen, 0);
    update(&mut a, Action::Right);
    update(&mut a, Action::Left);
    update(&mut a, Action::Open);
    assert_eq!(a.view, View::Main);
    assert_eq!(a.main.pane, Pane::Duties);
    let d = a
        .main
        .selected_duty()
        .map(|s| content().duties[s.duty].actor);
    assert_eq!(d, Some(polisen));
}

#[test]
fn law_opens_a_supported_duty() {
    let mut a = app();
    update(&mut a, Action::Show(View::Law));
    update(&mut a, Action::Open);
    assert_eq!(a.view, View::Main);
}

#[test]
fn resize_sets_the_layout_mode() {
    let mut a = app();
    update(&mut a, Action::Resize(80, 24));
    assert_eq!(a.layout, LayoutMode::Narrow);
    update(&mut a, Action::Resize(30, 10));
    assert_eq!(a.layout, LayoutMode::TooSmall);
    update(&mut a, Action::Resize(120, 40));
    assert_eq!(a.layout, LayoutMode::Wide);
}

#[test]
fn click_focuses_the_pane_under_the_mouse() {
    let mut a = app();
    update(&mut a, Action::Resize(120, 40));
    update(&mut a, Action::Click(100, 20));
    assert_eq!(a.main.pane, Pane::Detail);
    update(&mut a, Action::Click(10, 35));
    assert_eq!(a.main.pane, Pane::Duties);
}

/// Found by the property test (action_props.rs): the scroll of the summary, the timeline and the help
/// grew past the end of the text, so after presses too many the way back did nothing until they were
/// all undone; and a scroll made in a window too small to draw kept the text scrolled after a resize
/// made it fit (Show(Summary), Down at 1×1, Resize(40, 48): summary_scroll 1 on a one-page text; the
/// summary has grown since, so the check now resizes to 100×60).
#[test]
fn scrolling_stops_at_the_end_of_the_text() {
    for (view, help) in [
        (View::Summary, false),
        (View::Timeline, false),
        (View::Main, true),
    ] {
        // The shipped content: the fixture has no deadlines to scroll.
        let c = crate::embedded::content();
        let mut a = App::new(c, Lang::Sv, ThemeKind::Default, None, app().today);
        update(&mut a, Action::Resize(60, 14));
        update(&mut a, Action::Show(view));
        if help {
            update(&mut a, Action::ToggleHelp);
        }
        let scroll = |a: &App| match (help, view) {
            (true, _) => a.help.scroll,
            (false, View::Summary) => a.summary.scroll,
            _ => a.timeline.scroll,
        };
        let end = crate::tui::views::scroll_max(&a).unwrap_or(0);
        assert!(end > 1, "{view:?} (help {help}) scrolls at 60×14: {end}");
        for _ in 0..20 {
            update(&mut a, Action::PageDown);
        }
        assert_eq!(scroll(&a), end, "{view:?} (help {help}) stops at the end");
        update(&mut a, Action::Up);
        assert_eq!(
            scroll(&a),
            end - 1,
            "{view:?} (help {help}): one press back moves"
        );
        update(&mut a, Action::Resize(250, 80));
        let fits = crate::tui::views::scroll_max(&a).unwrap_or(0);
        assert!(
            scroll(&a) <= fits,
            "{view:?} (help {help}) clamped on resize"
        );
    }
    let mut a = app();
    update(&mut a, Action::Show(View::Summary));
    update(&mut a, Action::Resize(1, 1));
    update(&mut a, Action::Down);
    update(&mut a, Action::Resize(100, 60));
    assert_eq!(a.summary.scroll, 0, "the summary fits at 100×60");
}

#[path = "update_flow_tests.rs"]
mod flow;

#[cfg(test)]
#[path = "update_question_tests.rs"]
mod questions;

//! The flow of issue 22, action by action: answering moves on, the role comes from a list, quitting
//! with answers asks first, the discovery time is set in the navigator, a step's page scrolls and a
//! search hit on a section opens it.

use super::*;
use crate::i18n::Lang;
use crate::tui::app::{App, Pane, View};
use crate::tui::state::modal::Modal;
use crate::tui::theme::ThemeKind;

#[test]
fn answering_moves_to_the_question_that_decides_most_next() {
    let mut a = app();
    let n = content().questions.len();
    for _ in 0..n + 2 {
        let open = a.plan.plan.questions.clone();
        update(&mut a, Action::Answer(1));
        // Each answer moves the focus to the unanswered question that now decides most, if any.
        if let Some(r) = a.plan.plan.questions.first() {
            assert_eq!(a.main.question, r.question, "after {open:?}");
            assert_eq!(a.answers.get(r.question), None);
        }
    }
    assert!(
        a.plan.plan.questions.is_empty(),
        "nothing is left to decide"
    );
    // 0 (vet ej) is an answer too: it clears, and the question decides again, so focus goes to it.
    let q = a.main.question;
    a.main.question = 0;
    update(&mut a, Action::ClearAnswer);
    assert_eq!(a.answers.get(0), None);
    let first = a.plan.plan.questions.first().map(|r| r.question);
    assert!(first.is_none() || first == Some(0) || a.main.question != q);
}

#[test]
fn role_is_chosen_from_a_list_and_sorts_own_duties_first() {
    let mut a = app();
    let polisen = content().actor_index("polisen");
    update(&mut a, Action::OpenRole);
    assert!(matches!(a.modal, Some(Modal::Role(_))));
    // The list: "all" first, then every actor; Down twice is the second actor.
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    update(&mut a, Action::ModalSubmit);
    assert_eq!(a.modal, None);
    assert_eq!(a.role, polisen);
    let first = a
        .main
        .step_duties
        .first()
        .map(|s| content().duties[s.duty].actor);
    assert_eq!(first, polisen);
    // Typing filters, diacritics ignored: "akl" finds Åklagaren; Enter takes it.
    update(&mut a, Action::OpenRole);
    for c in "akl".chars() {
        update(&mut a, Action::ModalInput(c));
    }
    update(&mut a, Action::ModalSubmit);
    assert_eq!(a.role, content().actor_index("aklagaren"));
    // Esc changes nothing; "alla" (the first row) clears the role.
    update(&mut a, Action::OpenRole);
    update(&mut a, Action::Down);
    update(&mut a, Action::ModalCancel);
    assert_eq!(a.role, content().actor_index("aklagaren"));
    update(&mut a, Action::OpenRole);
    update(&mut a, Action::PageUp);
    update(&mut a, Action::ModalSubmit);
    assert_eq!(a.role, None);
    // A filter that matches nothing keeps the list open.
    update(&mut a, Action::OpenRole);
    update(&mut a, Action::ModalInput('x'));
    update(&mut a, Action::ModalInput('q'));
    update(&mut a, Action::ModalSubmit);
    assert!(matches!(a.modal, Some(Modal::Role(_))));
}

#[test]
fn quit_asks_first_when_answers_would_be_lost() {
    // Nothing answered: q quits at once.
    let mut a = app();
    update(&mut a, Action::Quit);
    assert!(a.should_quit);
    // With an answer: q asks; n (or any other key, or Esc) stays, answers kept.
    let mut a = app();
    update(&mut a, Action::Answer(1));
    update(&mut a, Action::Quit);
    assert!(!a.should_quit);
    assert_eq!(a.modal, Some(Modal::Quit));
    update(&mut a, Action::Down);
    assert_eq!(
        a.modal,
        Some(Modal::Quit),
        "other actions do not act behind it"
    );
    let focused = a.main.question;
    update(&mut a, Action::ModalCancel);
    assert_eq!(a.main.question, focused, "nothing moved behind the dialog");
    assert_eq!(a.modal, None);
    assert!(!a.should_quit);
    assert_eq!(a.answers.answered(), 1);
    // e exports first: the export dialog opens over the view.
    update(&mut a, Action::Quit);
    update(&mut a, Action::OpenExport);
    assert_eq!(a.modal, None);
    assert!(a.export.is_some());
    // Quit from the export dialog asks again; the second q (or j) quits.
    update(&mut a, Action::Quit);
    assert!(a.export.is_none());
    assert_eq!(a.modal, Some(Modal::Quit));
    update(&mut a, Action::QuitNow);
    assert!(a.should_quit);
}

#[test]
fn discovery_time_is_set_in_the_navigator_and_the_timeline_counts_from_it() {
    use crate::engine::calendar::LocalTime;
    let mut a = app();
    // The case begun at 22:00 and consulted after midnight.
    a.now = LocalTime::parse("2026-11-26 00:30");
    update(&mut a, Action::OpenDiscovery);
    let Some(Modal::Discovery(d)) = &a.modal else {
        panic!("dialog open: {:?}", a.modal)
    };
    assert_eq!(
        d.text, "2026-11-25 00:00",
        "pre-filled with the current value"
    );
    for _ in 0..d.text.len() {
        update(&mut a, Action::ModalBackspace);
    }
    for c in "22:00".chars() {
        update(&mut a, Action::ModalInput(c));
    }
    update(&mut a, Action::ModalSubmit);
    assert_eq!(a.modal, None);
    assert_eq!(
        a.discovery,
        LocalTime::parse("2026-11-25 22:00").unwrap_or(a.discovery)
    );
    assert!(
        a.status
            .as_deref()
            .is_some_and(|s| s.contains("2026-11-25 22:00"))
    );
    // A refused time keeps the dialog open and says why; Esc leaves the time as it was.
    update(&mut a, Action::OpenDiscovery);
    update(&mut a, Action::ModalInput('x'));
    update(&mut a, Action::ModalSubmit);
    assert!(matches!(&a.modal, Some(Modal::Discovery(d)) if d.error.is_some()));
    update(&mut a, Action::ModalCancel);
    assert_eq!(a.modal, None);
    assert_eq!(a.discovery.hour, 22);
    // The timeline (shipped content, which has deadlines) dates every deadline from that evening.
    let c = crate::embedded::content();
    let mut b = App::new(c, Lang::Sv, ThemeKind::Default, None, app().today);
    b.discovery = a.discovery;
    b.answers =
        crate::engine::Answers::parse(c, &["barn_utsatt=ja"]).unwrap_or_else(|e| panic!("{e:?}"));
    b.recompute();
    let text: String = crate::tui::views::timeline::lines(&b, 200)
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(text.contains("onsdag 25 november 2026 22:00"), "{text}");
    let due = crate::engine::timeline(c, &b.answers, a.discovery.date);
    assert!(!due.is_empty());
    for d in due {
        let when = crate::report::words::due_words(Lang::Sv, d.date, c.deadlines[d.deadline].kind);
        assert!(text.contains(&when), "{when} in {text}");
    }
}

#[test]
fn a_step_without_duties_shows_its_page_and_the_page_scrolls() {
    let c = crate::embedded::content();
    let mut a = App::new(c, Lang::Sv, ThemeKind::Default, None, app().today);
    a.view = View::Main;
    update(&mut a, Action::Resize(80, 24));
    // Upptäcka (step 1) has guidance and no duties.
    assert!(a.main.step_has_no_duties(c), "{}", c.steps[a.main.step].id);
    a.main.pane = Pane::Steps;
    assert!(crate::tui::views::layout::page_area(&a).is_some());
    let end = crate::tui::views::scroll_max(&a).unwrap_or(0);
    assert!(end > 5, "the page is longer than the screen: {end}");
    update(&mut a, Action::Down);
    assert_eq!(a.main.page_scroll, 1);
    assert_eq!(
        a.main.step, 0,
        "up/down scroll the page, ←/→ change the step"
    );
    for _ in 0..10 {
        update(&mut a, Action::PageDown);
    }
    assert_eq!(a.main.page_scroll, end);
    update(&mut a, Action::Right);
    assert_eq!((a.main.step, a.main.page_scroll), (1, 0));
}

#[test]
fn a_search_hit_on_a_section_opens_the_step_page_at_it() {
    let c = crate::embedded::content();
    let mut a = App::new(c, Lang::Sv, ThemeKind::Default, None, app().today);
    update(&mut a, Action::Resize(120, 40));
    update(&mut a, Action::Show(View::Search));
    for ch in "betänketid om den vill delta".chars() {
        update(&mut a, Action::SearchInput(ch));
    }
    let hit = a
        .search
        .hits
        .iter()
        .position(|h| matches!(h.item, crate::engine::ItemRef::Section(..)));
    a.search.hit = hit.unwrap_or_else(|| panic!("a section hit: {:?}", a.search.hits));
    let crate::engine::ItemRef::Section(s, n) = a.search.hits[a.search.hit].item else {
        unreachable!()
    };
    update(&mut a, Action::Open);
    assert_eq!(
        (a.view, a.main.pane, a.main.step),
        (View::Main, Pane::Steps, s)
    );
    let area = crate::tui::views::layout::page_area(&a).unwrap_or_default();
    let (lines, starts) = crate::tui::views::step_page::lines(&a, usize::from(area.width));
    let heading = &c.steps[s].sections[n].heading;
    let first = lines[a.main.page_scroll].to_string();
    let max = crate::tui::views::scroll_max(&a).unwrap_or(0);
    // At the section's heading, unless the page ends before it could scroll that far.
    assert!(
        first.starts_with(&heading[..heading.len().min(20)]) || a.main.page_scroll == max,
        "{first:?} at {} of {starts:?}",
        a.main.page_scroll
    );
    assert!(a.main.page_scroll > 0);
}

/// Issue 22: the contacts view listed all 8 contacts whatever the answers. It follows them now: a
/// contact whose own condition is false for the case (the coordinator for adults when the person is a
/// child) comes after the others, under a heading of its own that says why.
#[test]
fn the_contacts_view_follows_the_answers() {
    let c = crate::embedded::content();
    let mut a = App::new(c, Lang::Sv, ThemeKind::Mono, None, app().today);
    a.answers =
        crate::engine::Answers::parse(c, &["barn_utsatt=ja"]).unwrap_or_else(|e| panic!("{e:?}"));
    a.recompute();
    update(&mut a, Action::Show(View::Contacts));
    let listed = a.contacts.listed(c, &a.answers);
    let adults = c.contact_index("elisabet_lundqvist").unwrap_or(usize::MAX);
    let children = c.contact_index("jenny_selenius").unwrap_or(usize::MAX);
    assert_eq!(listed.contacts.len(), c.contacts.len(), "none hidden");
    let at = |k| {
        listed
            .contacts
            .iter()
            .position(|&x| x == k)
            .unwrap_or(usize::MAX)
    };
    assert!(
        at(children) < listed.serving,
        "the children's coordinator serves the case"
    );
    assert!(
        at(adults) >= listed.serving,
        "the adults' coordinator does not"
    );
    update(&mut a, Action::Resize(120, 80));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 80))
        .unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| crate::tui::views::render(&a, f))
        .unwrap_or_else(|e| panic!("{e}"));
    let screen = format!("{:?}", t.backend());
    let heading = screen
        .find("Inte för det här ärendet")
        .unwrap_or(usize::MAX);
    let elisabet = screen.find("Elisabet Lundqvist").unwrap_or(0);
    assert!(heading < elisabet, "{screen}");
    assert!(
        screen.contains("gäller bara när: barn_utsatt == nej"),
        "{screen}"
    );
    // Unanswered, both coordinators may serve the case: nothing is set apart.
    let b = App::new(c, Lang::Sv, ThemeKind::Mono, None, app().today);
    assert_eq!(b.contacts.listed(c, &b.answers).serving, c.contacts.len());
}

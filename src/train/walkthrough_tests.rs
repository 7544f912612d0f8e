//! The walkthrough's pages and their changes, page by page, on the shipped scenarios.

use super::*;

fn walk(id: &str) -> Walkthrough<'static> {
    let c = crate::embedded::content();
    let i = c
        .scenario_index(id)
        .unwrap_or_else(|| panic!("no scenario {id}"));
    Walkthrough::new(c, i)
}

#[test]
fn pages_run_intro_parts_decisions_duties_open_quiz_discussion_score() {
    let w = walk("barn_akut");
    let s = w.scenario();
    assert_eq!(w.pages[0], Page::Intro);
    assert_eq!(w.pages[1], Page::Part(0));
    assert_eq!(w.pages[s.parts.len() + 1], Page::Decide(0));
    assert_eq!(w.pages.last(), Some(&Page::Score));
    assert!(w.quiz.len() >= 3 && w.quiz.len() <= QUIZ_LEN);
    assert_eq!(w.progress(), (1, w.pages.len()));
    // The key duties follow from the scenario's answers.
    let shown: Vec<usize> = w
        .groups
        .iter()
        .flat_map(|(_, v)| v.iter().map(|d| d.duty))
        .collect();
    for d in s.key_duties.iter() {
        assert!(shown.contains(d), "{}", w.content.duties[*d].id);
    }
}

/// Issue 22: an adult man's case spent slides on child duties "kan bli aktuellt", and the key
/// repeated an actor's heading once per page of four duties. Now the duty pages hold what the
/// case's answers make apply, one page per actor; what the case leaves open is one page of
/// questions; no actor twice.
#[test]
fn duty_pages_hold_what_applies_once_per_actor() {
    let c = crate::embedded::content();
    for i in 0..c.scenarios.len() {
        let w = Walkthrough::new(c, i);
        let id = &w.scenario().id;
        assert!(!w.groups.is_empty(), "{id}: no duties follow");
        let mut actors: Vec<usize> = w.groups.iter().map(|(a, _)| *a).collect();
        let n = actors.len();
        actors.sort_unstable();
        actors.dedup();
        assert_eq!(actors.len(), n, "{id}: an actor twice");
        for (_, v) in &w.groups {
            assert!(v.iter().all(|d| d.status != Status::MayApply), "{id}");
        }
        for (q, duties) in &w.open {
            assert!(
                w.answers.get(*q).is_none(),
                "{id}: an answered question is open"
            );
            assert!(!duties.is_empty());
        }
    }
    let w = walk("tiggeri_man_30");
    let child = [
        "soc_skyddsbedomning_barn",
        "soc_lvu6_omhandertagande",
        "soc_utredning_barn_vald",
    ];
    for (_, v) in &w.groups {
        for d in v {
            assert!(
                !child.contains(&&*c.duties[d.duty].id),
                "{}",
                c.duties[d.duty].id
            );
        }
    }
    // The 2005 programme (a reference track) has its commitments listed too.
    let w = walk("uppsokande_gatuprostitution");
    assert!(
        w.groups
            .iter()
            .any(|(_, v)| v.iter().any(|d| d.status == Status::Historical))
    );
}

#[test]
fn a_decision_is_chosen_by_its_digit_and_kept_going_back() {
    let mut w = walk("barn_akut");
    let decide = w
        .pages
        .iter()
        .position(|p| matches!(p, Page::Decide(_)))
        .unwrap_or(0);
    for _ in 0..decide {
        assert_eq!(w.update(Action::Next), Flow::Continue);
    }
    assert_eq!(w.page(), Page::Decide(0));
    assert_eq!(w.choice(), Some(2));
    w.update(Action::Pick(5));
    assert!(!w.revealed[0], "no such option: nothing happens");
    w.update(Action::Pick(0));
    assert_eq!(w.decided[0], Some(0));
    assert!(w.revealed[0]);
    assert_eq!(w.choice(), None, "no second choice after the reveal");
    w.update(Action::Next);
    assert_eq!(w.page(), Page::Decide(1));
    w.update(Action::Confirm);
    assert!(w.revealed[1], "Enter reveals without a choice");
    assert_eq!(w.decided[1], None);
    assert_eq!(w.page(), Page::Decide(1));
    w.update(Action::Back);
    assert_eq!(w.page(), Page::Decide(0));
    assert_eq!(w.decided[0], Some(0), "going back keeps decisions");
    assert_eq!(w.update(Action::Quit), Flow::Quit);
    assert_eq!(w.update(Action::Suspend), Flow::Suspend);
    w.update(Action::ToggleHelp);
    assert!(w.help_open);
    w.update(Action::ToggleHelp);
    assert!(!w.help_open);
    assert_eq!(
        w.page(),
        Page::Decide(0),
        "the help leaves the page as it was"
    );
}

#[test]
fn quiz_answers_are_scored_and_locked() {
    let mut w = walk("flera_utsatta");
    let first = w
        .pages
        .iter()
        .position(|p| matches!(p, Page::Quiz(_)))
        .unwrap_or(0);
    w.go(first);
    let right = w.quiz[0].correct;
    w.update(Action::Pick(right));
    w.update(Action::Pick((right + 1) % w.quiz[0].options.len()));
    assert_eq!(w.chosen[0], Some(right), "a given answer is locked");
    w.update(Action::Next);
    let wrong = (w.quiz[1].correct + 1) % w.quiz[1].options.len();
    w.update(Action::Pick(wrong));
    w.update(Action::Pick(99));
    assert_eq!(
        w.score(),
        Score {
            right: 1,
            answered: 2,
            total: w.quiz.len()
        }
    );
    for _ in 0..100 {
        w.update(Action::Next);
    }
    assert_eq!(w.page(), Page::Score);
    assert_eq!(w.progress().0, w.pages.len());
}

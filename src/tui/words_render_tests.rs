//! Render tests of the ways to the words behind an item: the replaced law said once, the
//! translation's marker once on every English view, and the snapshots — the glossary, the source view
//! and search with its highlights, in both languages at 80×24 and 120×40, each read by eye.

use super::action::Action;
use super::app::{App, View};
use super::update::update;
use super::words_tests::{draw, on_duty, shipped, sv, typed};
use crate::i18n::{Lang, Msg, text};

#[test]
fn a_replaced_law_is_said_once_in_the_detail_and_the_law_view() {
    let c = sv();
    let replaced = |d: &crate::model::Duty| {
        d.law
            .iter()
            .filter(|&&l| c.law[l].replaced.is_some())
            .count()
    };
    let d = (0..c.duties.len())
        .max_by_key(|&d| replaced(&c.duties[d]))
        .unwrap_or(0);
    assert!(replaced(&c.duties[d]) >= 1);
    let mut a = on_duty(Lang::Sv, &c.duties[d].id);
    update(&mut a, Action::Resize(200, 60));
    let screen = draw(&a);
    assert_eq!(screen.matches("ersatt 1 juli 2025").count(), 1, "{screen}");
    assert_eq!(screen.matches("utanför källorna").count(), 1, "{screen}");
    // The condition in words, never its syntax.
    assert!(!screen.contains("=="), "{screen}");
    let l = c.law.iter().position(|l| l.replaced.is_some()).unwrap_or(0);
    update(&mut a, Action::Show(View::Law));
    a.law.selected = l;
    assert!(draw(&a).contains("ersatt 1 juli 2025 av en ny socialtjänstlag"));
}

#[test]
fn every_english_view_says_once_that_it_is_a_translation() {
    let marker = text(Lang::En, Msg::Unofficial);
    for (w, h) in [(120, 40), (80, 24)] {
        let mut views: Vec<(String, App)> = Vec::new();
        for v in View::ALL {
            let mut a = shipped(Lang::En, w, h);
            update(&mut a, Action::Show(v));
            views.push((format!("{v:?}"), a));
        }
        let mut a = on_duty(Lang::En, "hs_sparsakring");
        update(&mut a, Action::Resize(w, h));
        update(&mut a, Action::OpenSource);
        views.push(("source".into(), a));
        let mut a = shipped(Lang::En, w, h);
        update(&mut a, Action::ToggleHelp);
        views.push(("help".into(), a));
        for (name, a) in views {
            let screen = draw(&a);
            assert_eq!(
                screen.matches(marker).count(),
                1,
                "{name} {w}x{h}:\n{screen}"
            );
        }
    }
    let a = shipped(Lang::Sv, 120, 40);
    assert!(!draw(&a).contains(text(Lang::Sv, Msg::Unofficial)));
}

/// The snapshots: the glossary, the source view and search with its highlights, both languages.
#[test]
fn snapshots_of_the_glossary_source_and_search() {
    for lang in [Lang::Sv, Lang::En] {
        for (w, h) in [(80, 24), (120, 40)] {
            let code = if lang == Lang::En { "en" } else { "sv" };
            let name = |what: &str| format!("{what}_{code}_{w}x{h}");
            let mut a = shipped(lang, w, h);
            update(&mut a, Action::Show(View::Glossary));
            insta::assert_snapshot!(name("glossary"), draw(&a));
            let mut a = on_duty(lang, "hs_sparsakring");
            update(&mut a, Action::Resize(w, h));
            update(&mut a, Action::OpenSource);
            insta::assert_snapshot!(name("source"), draw(&a));
            let mut a = shipped(lang, w, h);
            update(&mut a, Action::Show(View::Search));
            let query = match lang {
                Lang::Sv => "kontaktförbud",
                Lang::En => "restraining order",
            };
            typed(&mut a, query);
            insta::assert_snapshot!(name("search"), draw(&a));
        }
    }
    let a = on_duty(Lang::Sv, "hs_sparsakring");
    insta::assert_snapshot!("detail_terms_sv_120x40", draw(&a));
}

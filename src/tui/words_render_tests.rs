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

/// Every tab view in English at 120×40 as a snapshot (answered, so duties show), and then no English
/// snapshot on disk — these and the glossary's, source's and search's above — holds the start of a
/// Swedish question or duty text that its translation changed (issue 18).
#[test]
fn english_snapshots_of_every_view_hold_no_swedish_question_or_duty() {
    for v in View::ALL {
        let mut a = shipped(Lang::En, 120, 40);
        for n in [1, 2, 1] {
            update(&mut a, Action::Answer(n));
        }
        update(&mut a, Action::Show(v));
        if v == View::Main {
            // The acute step's duties, the first one's detail: duty texts and "Why" in English.
            super::update::nav::set_step(&mut a, sv().step_index("akut").unwrap_or(0));
            a.main.pane = super::app::Pane::Detail;
        }
        insta::assert_snapshot!(format!("view_{v:?}_en_120x40").to_lowercase(), draw(&a));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/snapshots");
    let needles = super::lang_tests::swedish_starts();
    let mut checked = 0;
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = path.display().to_string();
        if !(name.contains("_en_") && name.ends_with(".snap")) {
            continue;
        }
        let snap = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let flat: String = snap.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        checked += 1;
        for n in needles.iter().filter(|n| flat.contains(n.as_str())) {
            found.push(format!("{name}: {n:?}"));
        }
    }
    assert!(
        checked >= View::ALL.len() + 6,
        "only {checked} English snapshots"
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

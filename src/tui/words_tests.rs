//! Update tests of the ways to the words behind an item (issues 16–18 in the navigator): Enter on a
//! search hit opens every kind of item in its context, the glossary filters and explains a duty's
//! marked terms, the source view opens on the item and Esc returns, and the Swedish original is one
//! key away in English. What they draw is checked in `words_render_tests`.

use super::action::Action;
use super::app::{App, Pane, View};
use super::dialog::ExportFormat;
use super::theme::ThemeKind;
use super::update::update;
use crate::engine::ItemRef;
use crate::engine::source::Part;
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Date};

/// The navigator on the shipped content in `lang` (in English with the Swedish beside it, as
/// `--lang en` runs it), at `w`×`h`.
pub(super) fn shipped(lang: Lang, w: u16, h: u16) -> App<'static> {
    let today = Date {
        year: 2026,
        month: 11,
        day: 27,
    };
    let (c, sv) = match lang {
        Lang::En => (
            crate::embedded::content_in(Lang::En),
            Some(crate::embedded::content()),
        ),
        Lang::Sv => (crate::embedded::content(), None),
    };
    let mut a = App::new(c, lang, ThemeKind::Mono, None, today).with_swedish(sv);
    update(&mut a, Action::Resize(w, h));
    a
}

/// `app` drawn at its size, as text.
pub(super) fn draw(app: &App) -> String {
    super::test_screen::screen(app, app.size.0, app.size.1)
}

pub(super) fn sv() -> &'static Content {
    crate::embedded::content()
}

pub(super) fn typed(a: &mut App, s: &str) {
    for c in s.chars() {
        update(a, Action::SearchInput(c));
    }
}

/// The navigator with duty `id` selected in the main view's detail.
pub(super) fn on_duty(lang: Lang, id: &str) -> App<'static> {
    let mut a = shipped(lang, 120, 40);
    let d = sv().duty_index(id).unwrap_or_else(|| panic!("{id}"));
    super::update::nav::goto_duty(&mut a, d);
    assert_eq!(
        a.main.selected_duty().map(|s| s.duty),
        Some(d),
        "{id} listed"
    );
    a
}

#[test]
fn enter_opens_every_kind_of_hit_in_its_context() {
    let c = sv();
    let mut seen: Vec<&str> = Vec::new();
    let queries = [
        "TUT",
        "kontaktförbud",
        "socialtjänsten",
        "barn",
        "skyddat boende",
        "stödtelefon",
        "återvändande",
        "polis",
    ];
    for query in queries {
        let mut probe = shipped(Lang::Sv, 120, 40);
        update(&mut probe, Action::Show(View::Search));
        typed(&mut probe, query);
        for (i, hit) in probe.search.hits.iter().enumerate() {
            if seen.contains(&hit.item.kind()) {
                continue;
            }
            let mut a = shipped(Lang::Sv, 120, 40);
            update(&mut a, Action::Show(View::Search));
            typed(&mut a, query);
            a.search.hit = i;
            update(&mut a, Action::Open);
            match hit.item {
                ItemRef::Duty(d) => {
                    if a.main.selected_duty().is_none() {
                        continue; // not listed under these answers: said in the status
                    }
                    assert_eq!(a.view, View::Main);
                    assert_eq!(a.main.step, c.duties[d].step);
                    assert_eq!(a.main.pane, Pane::Detail);
                    assert_eq!(a.main.selected_duty().map(|s| s.duty), Some(d));
                }
                ItemRef::Section(s, n) => {
                    assert_eq!(
                        (a.view, a.main.step, a.main.pane),
                        (View::Main, s, Pane::Steps)
                    );
                    let heading = &c.steps[s].sections[n].heading;
                    assert!(draw(&a).contains(&**heading), "{heading} on screen");
                }
                ItemRef::Step(s) => {
                    assert_eq!(
                        (a.view, a.main.step, a.main.pane),
                        (View::Main, s, Pane::Steps)
                    );
                }
                ItemRef::Contact(k) => {
                    assert_eq!(a.view, View::Contacts);
                    assert_eq!(a.selected_contact(), Some(k));
                }
                ItemRef::Law(l) => assert_eq!((a.view, a.law.selected), (View::Law, l)),
                ItemRef::Term(t) => {
                    assert_eq!(a.view, View::Glossary);
                    let listed = a.glossary.listed(a.content);
                    assert_eq!(listed.get(a.glossary.selected), Some(&t));
                    assert!(
                        draw(&a).contains(
                            &*c.terms[t].explanation.chars().take(30).collect::<String>()
                        )
                    );
                }
                ItemRef::Question(q) => {
                    assert_eq!(
                        (a.view, a.main.pane, a.main.question),
                        (View::Main, Pane::Questions, q)
                    );
                }
                ItemRef::Actor(x) => assert_eq!((a.view, a.actors.cell.0), (View::Actors, x)),
            }
            seen.push(hit.item.kind());
        }
    }
    for kind in [
        "duty", "section", "contact", "law", "term", "question", "actor",
    ] {
        assert!(seen.contains(&kind), "no {kind} opened: {seen:?}");
    }
}

#[test]
fn search_marks_every_match_and_says_when_only_the_swedish_matched() {
    let mut a = shipped(Lang::En, 120, 40);
    update(&mut a, Action::Show(View::Search));
    // A Swedish word: found in the Swedish original only, and said so.
    typed(&mut a, "kontaktförbud");
    assert!(!a.search.hits.is_empty());
    let screen = draw(&a);
    assert!(
        screen.contains(text(Lang::En, Msg::TuiFoundInSwedish)),
        "{screen}"
    );
    // An English word finds the English text, not marked as Swedish.
    let mut a = shipped(Lang::En, 120, 40);
    update(&mut a, Action::Show(View::Search));
    typed(&mut a, "protection");
    let first = a.search.hits.first().unwrap_or_else(|| panic!("no hit"));
    assert!(
        !first
            .snippet
            .starts_with(crate::report::bilingual::SWEDISH_MARK)
    );
}

#[test]
fn the_glossary_filters_as_typed_and_esc_leaves_it() {
    let c = sv();
    let mut a = shipped(Lang::Sv, 120, 40);
    update(&mut a, Action::Show(View::Glossary));
    assert_eq!(a.view, View::Glossary);
    assert_eq!(a.glossary.listed(c).len(), c.terms.len());
    for ch in "nck".chars() {
        update(&mut a, Action::GlossaryInput(ch));
    }
    let listed = a.glossary.listed(c);
    assert!(
        !listed.is_empty() && listed.len() < c.terms.len(),
        "{listed:?}"
    );
    let screen = draw(&a);
    assert!(screen.contains("NCK"), "{screen}");
    assert!(!screen.contains(".txt"), "no file name: {screen}");
    update(&mut a, Action::InsertText("qqqzz".into()));
    assert!(a.glossary.listed(c).is_empty());
    assert!(draw(&a).contains(text(Lang::Sv, Msg::TuiGlossaryNone)));
    for _ in 0..5 {
        update(&mut a, Action::GlossaryBackspace);
    }
    assert_eq!(a.glossary.listed(c), listed);
    // Characters are the filter's, not commands: `q` did not quit.
    assert!(!a.should_quit);
    // Esc from a view goes back to the plan, the start view.
    update(&mut a, Action::Back);
    assert_eq!(a.view, View::Plan);
}

#[test]
fn a_duty_marks_its_terms_and_t_explains_them() {
    let mut a = on_duty(Lang::Sv, "hs_sparsakring");
    let screen = draw(&a);
    assert!(screen.contains("spårsäkringssatsen°"), "{screen}");
    assert!(screen.contains("NCK°"), "{screen}");
    assert!(
        screen.contains(text(Lang::Sv, Msg::TuiTermsMarked)),
        "{screen}"
    );
    let pane = a.main.pane;
    update(&mut a, Action::ShowTerms);
    assert_eq!(a.view, View::Glossary);
    let terms = a.glossary.listed(a.content);
    assert_eq!(terms.len(), 2, "{terms:?}");
    let screen = draw(&a);
    for &t in &terms {
        assert!(
            screen.contains(&*crate::report::terms::heading(a.content, t)),
            "{screen}"
        );
    }
    update(&mut a, Action::Back);
    assert_eq!((a.view, a.main.pane), (View::Main, pane));
    assert_eq!(a.glossary.only, None);
    // Where no term is marked, `t` says so and stays.
    update(&mut a, Action::Show(View::Summary));
    update(&mut a, Action::ShowTerms);
    assert_eq!(a.view, View::Summary);
    assert_eq!(
        a.status.as_deref(),
        Some(text(Lang::Sv, Msg::TuiNoTermsHere))
    );
}

#[test]
fn t_on_a_steps_page_lists_the_terms_of_its_guidance() {
    let mut a = shipped(Lang::Sv, 120, 40);
    let akut = sv().step_index("akut").unwrap_or(0);
    super::update::nav::set_step(&mut a, akut);
    a.view = View::Main;
    a.main.pane = Pane::Steps;
    let page = draw(&a);
    assert!(page.contains('°'), "{page}");
    update(&mut a, Action::ShowTerms);
    assert_eq!(a.view, View::Glossary);
    let terms = a.glossary.listed(a.content);
    assert!(terms.len() >= 2, "{terms:?}");
    // Each listed term is used on the page, in its order.
    let s = &sv().steps[akut];
    let marker = crate::engine::TermMarker::new(sv());
    let used: Vec<usize> = std::iter::once(s.intro.as_ref())
        .chain(s.sections.iter().map(|x| x.text.as_ref()))
        .flat_map(|t| marker.marks(t))
        .map(|m| m.term)
        .collect();
    assert!(terms.iter().all(|t| used.contains(t)));
    update(&mut a, Action::Back);
    assert_eq!((a.view, a.main.pane), (View::Main, Pane::Steps));
}

#[test]
fn s_opens_the_source_on_the_item_and_esc_returns() {
    let c = sv();
    let mut a = on_duty(Lang::Sv, "hs_sparsakring");
    let d = c.duty_index("hs_sparsakring").unwrap_or(0);
    update(&mut a, Action::OpenSource);
    assert_eq!(a.view, View::Source);
    let t = a
        .source
        .target
        .clone()
        .unwrap_or_else(|| panic!("no target"));
    assert_eq!(t.parts, vec![Part::Duty(d)]);
    let screen = draw(&a);
    assert!(
        screen.contains("▶   • Dokumenterar skador från sexuellt våld"),
        "{screen}"
    );
    assert!(screen.contains("tolkad"), "attribution: {screen}");
    assert!(!screen.contains(".txt"), "{screen}");
    update(&mut a, Action::Back);
    assert_eq!((a.view, a.main.pane), (View::Main, Pane::Detail));
    assert_eq!(a.main.selected_duty().map(|s| s.duty), Some(d));
    // From a contact, a law item, a question, a term: each highlighted in its source.
    let mut a = shipped(Lang::Sv, 120, 40);
    update(&mut a, Action::Show(View::Contacts));
    let k = a.selected_contact().unwrap_or(0);
    update(&mut a, Action::OpenSource);
    let parts = a.source.target.as_ref().map(|t| t.parts.clone());
    assert_eq!(parts, Some(vec![Part::Contact(k)]));
    update(&mut a, Action::Back);
    assert_eq!(a.view, View::Contacts);
    update(&mut a, Action::Show(View::Law));
    update(&mut a, Action::Down);
    update(&mut a, Action::OpenSource);
    let parts = a.source.target.as_ref().map(|t| t.parts.clone());
    assert_eq!(parts, Some(vec![Part::Law(1)]));
    update(&mut a, Action::Back);
    update(&mut a, Action::Show(View::Glossary));
    update(&mut a, Action::Open);
    assert_eq!(a.view, View::Source);
    let heading = c.terms[0].source.heading.to_string();
    assert_eq!(
        a.source.target.as_ref().map(|t| t.headings.clone()),
        Some(vec![heading])
    );
    update(&mut a, Action::Back);
    assert_eq!(a.view, View::Glossary);
    update(&mut a, Action::Show(View::Main));
    a.main.question = c.question_index("sexuellt_vald").unwrap_or(0);
    update(&mut a, Action::OpenSource);
    assert_eq!(a.view, View::Source);
    assert!(
        a.source
            .target
            .as_ref()
            .is_some_and(|t| t.parts.contains(&Part::Duty(d)))
    );
    // Nothing selected with a source: said, and the view stays.
    update(&mut a, Action::Show(View::Timeline));
    update(&mut a, Action::OpenSource);
    assert_eq!(a.view, View::Timeline);
    assert_eq!(
        a.status.as_deref(),
        Some(text(Lang::Sv, Msg::TuiNoSourceHere))
    );
}

#[test]
fn o_shows_the_swedish_original_and_back() {
    let (en, sv) = (crate::embedded::content_in(Lang::En), sv());
    let mut a = on_duty(Lang::En, "hs_sparsakring");
    let d = a.main.selected_duty().map_or(0, |s| s.duty);
    assert_ne!(en.duties[d].text, sv.duties[d].text);
    let english = draw(&a);
    assert!(english.contains("evidence collection kit"), "{english}");
    let exported = |a: &App| {
        [ExportFormat::Markdown, ExportFormat::Json]
            .map(|f| super::export::contents(a, f).unwrap_or_else(|e| panic!("{e}")))
    };
    let before = exported(&a);
    update(&mut a, Action::ToggleOriginal);
    assert!(std::ptr::eq(a.content, sv));
    // The export stays the translation, marked as such.
    assert_eq!(exported(&a), before);
    let original = draw(&a);
    assert!(original.contains("spårsäkringssatsen"), "{original}");
    assert!(
        original.contains("Svenska originalet / Swedish original"),
        "{original}"
    );
    assert!(
        !original.contains(text(Lang::En, Msg::Unofficial)),
        "{original}"
    );
    // The chrome stays English; the same duty is selected.
    assert!(original.contains(text(Lang::En, Msg::TuiWhy)), "{original}");
    assert_eq!(a.main.selected_duty().map(|s| s.duty), Some(d));
    update(&mut a, Action::ToggleOriginal);
    assert!(std::ptr::eq(a.content, en));
    assert_eq!(draw(&a), english);
    // In Swedish there is nothing to toggle.
    let mut a = shipped(Lang::Sv, 120, 40);
    update(&mut a, Action::ToggleOriginal);
    assert!(std::ptr::eq(a.content, sv));
    assert_eq!(
        a.status.as_deref(),
        Some(text(Lang::Sv, Msg::TuiNoTranslation))
    );
}

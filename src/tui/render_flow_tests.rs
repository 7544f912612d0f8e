//! Render tests of issue 22: the "Varför" marks, the options of the selected question at 80×24, and a
//! header and step bar in whole words that use the width there is.

use super::*;

/// The "Varför" of a duty (issue 22): each clause of its condition with its own mark — met, not met,
/// unanswered — told apart by symbol and word, not colour. `barn_utsatt == ja || barn_i_bilden == ja`
/// with a child victim and no other children: the duty applies, yet the second clause is not met and
/// must not carry the tick of the first.
#[test]
fn varfor_marks_met_not_met_and_unanswered() {
    let c = crate::tui::update::tests::content();
    let q = |id: &str| c.question_index(id).unwrap_or(usize::MAX);
    let shown = |barn_utsatt: Option<usize>| {
        let mut a = app();
        a.answers.set(q("barn_utsatt"), barn_utsatt);
        a.answers.set(q("barn_i_bilden"), Some(1));
        a.main.step = c.steps.iter().position(|s| s.id == "akut").unwrap_or(0);
        a.recompute();
        let d = c.duty_index("soc_skyddsbedomning");
        a.main.duty = a
            .main
            .step_duties
            .iter()
            .position(|s| Some(s.duty) == d)
            .unwrap_or(usize::MAX);
        a.main.pane = Pane::Detail;
        update(&mut a, Action::Resize(80, 24));
        draw(&a, 80, 24)
    };
    let met = shown(Some(0));
    let screen = format!("{:?}", met.backend());
    assert!(
        screen.contains("✔ uppfyllt: Är den utsatta ett barn"),
        "{screen}"
    );
    assert!(
        screen.contains("✘ inte uppfyllt: Finns det barn med i bilden? → Nej"),
        "{screen}"
    );
    insta::assert_snapshot!("varfor_met_and_not_met", met.backend());
    let open = shown(None);
    let screen = format!("{:?}", open.backend());
    assert!(
        screen.contains("? obesvarat: Är den utsatta ett barn"),
        "{screen}"
    );
    assert!(
        screen.contains("✘ inte uppfyllt: Finns det barn med i bilden?"),
        "{screen}"
    );
    insta::assert_snapshot!("varfor_unanswered_and_not_met", open.backend());
}

/// At 80×24 (the tabs layout) the selected question's options are on screen below the list, so
/// "Vem är förundersökningsledare?" and the seven purposes are not chosen blind (issue 22).
#[test]
fn the_selected_questions_options_are_visible_at_80x24() {
    let c = crate::embedded::content();
    let mut a = App::new(
        c,
        crate::i18n::Lang::Sv,
        crate::tui::theme::ThemeKind::Mono,
        None,
        app().today,
    );
    a.view = crate::tui::app::View::Main;
    update(&mut a, Action::Resize(80, 24));
    for id in ["fu_ledare", "andamal"] {
        let q = c.question_index(id).unwrap_or(0);
        a.main.question = q;
        let t = draw(&a, 80, 24);
        let screen = format!("{:?}", t.backend());
        assert!(screen.contains(&*c.questions[q].text), "{id}: {screen}");
        for o in c.questions[q].options.iter() {
            assert!(
                screen.contains(&*o.label),
                "{id}: `{}` missing\n{screen}",
                o.label
            );
        }
        assert!(screen.contains("0 ● vet ej"), "{screen}");
        if id == "andamal" {
            insta::assert_snapshot!("options_andamal_80x24", t.backend());
        }
    }
}

/// The header names every view in whole words or by its key, never cut mid-word; the step bar uses
/// the width there is (issue 22: "Tidslinje │ M", step names cut at 200 columns).
#[test]
fn header_and_step_bar_use_the_width_in_whole_words() {
    let c = crate::embedded::content();
    let mut a = App::new(
        c,
        crate::i18n::Lang::Sv,
        crate::tui::theme::ThemeKind::Mono,
        None,
        app().today,
    );
    a.view = crate::tui::app::View::Main;
    a.role = c.actor_index("regionkoordinatorn");
    a.main.pane = Pane::Steps;
    update(&mut a, Action::NextStep);
    for (w, h) in [(40, 12), (80, 24), (100, 30), (120, 40), (200, 60)] {
        update(&mut a, Action::Resize(w, h));
        let t = draw(&a, w, h);
        let buf = t.backend().buffer();
        let row = |y: u16| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>();
        let tabs = (0..4)
            .map(row)
            .find(|r| r.starts_with(" Vägvisare"))
            .unwrap_or_default();
        let words: Vec<&str> = tabs
            .split('│')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        for word in &words {
            let whole = crate::tui::screen::View::ALL
                .iter()
                .any(|v| v.title(a.lang) == *word)
                || word.chars().count() == 1
                || *word == "/"
                || word.starts_with("Min roll:")
                || word.starts_with("★ ");
            assert!(whole, "{w}x{h}: `{word}` in {tabs:?}");
        }
        // The step bar: the selected step in full from 100 columns, and no room left unused while a
        // label is cut.
        let bar = (0..6)
            .map(row)
            .find(|r| r.starts_with("│1 "))
            .unwrap_or_default();
        let used = bar.trim_end_matches(['│', ' ']).chars().count();
        if bar.contains('…') {
            assert!(
                used + 8 >= usize::from(w) - 2,
                "{w}x{h}: room to spare in {bar:?}"
            );
        }
        // The selected step's title in full: in the bar from 120 columns, below it from 100.
        let s = &c.steps[a.main.step];
        if w >= 120 {
            assert!(
                bar.contains(&*s.title),
                "{w}x{h}: `{}` cut in {bar:?}",
                s.title
            );
        }
        // "My role" stays on screen, in whole words (shortened with "…" when long).
        let screen = (0..h).map(row).collect::<Vec<_>>().join("\n");
        if w >= 80 {
            assert!(
                screen.contains("★ Regionkoordinatorn"),
                "{w}x{h}:\n{screen}"
            );
        }
        if w >= 200 {
            insta::assert_snapshot!("steps_page_200x60", t.backend());
        }
    }
}

/// Issue 15: no pane shows only "nothing here". A contacts filter that leaves nothing says why and what
/// to change; an empty search says what to try.
#[test]
fn an_empty_contacts_filter_and_an_empty_search_say_what_to_change() {
    let c = crate::embedded::content();
    let today = crate::model::Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    let mut a = App::new(
        c,
        crate::i18n::Lang::Sv,
        crate::tui::theme::ThemeKind::Mono,
        None,
        today,
    );
    update(&mut a, Action::Resize(120, 40));
    update(&mut a, Action::Show(View::Contacts));
    let empty = (0..a.contacts.groups.len())
        .flat_map(|g| (0..a.contacts.regions.len()).map(move |r| (g, r)))
        .find(|&(g, r)| {
            let mut s = a.contacts.clone();
            s.group_filter = Some(g);
            s.region_filter = Some(r);
            s.listed(c, &a.answers).contacts.is_empty()
        })
        .unwrap_or_else(|| panic!("some group and region have no contact in common"));
    a.contacts.group_filter = Some(empty.0);
    a.contacts.region_filter = Some(empty.1);
    let screen = crate::tui::test_screen::screen(&a, 120, 40);
    assert!(
        screen.contains("Ingen kontakt har denna målgrupp och region"),
        "{screen}"
    );
    update(&mut a, Action::Show(View::Search));
    update(&mut a, Action::InsertText("qqqxyzzy".into()));
    let screen = crate::tui::test_screen::screen(&a, 120, 40);
    assert!(
        screen.contains("Inga träffar – prova ett annat"),
        "{screen}"
    );
}

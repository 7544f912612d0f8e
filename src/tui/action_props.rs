//! Property test of the whole navigator: random sequences of [`Action`]s, applied with `update` and
//! drawn after every one of them at the terminal's current (random) size, on the test fixture and on
//! the shipped content, in both languages, with and without a clock for the reachability marks.
//!
//! After every action it checks that
//! 1. neither `update` nor rendering panics (proptest reports a panic as a failing case and shrinks it);
//! 2. every selection and scroll index of [`App`] is inside the list it indexes (0 for an empty list),
//!    every filter, role and answer names an existing entry, and the cursor is on the screen;
//! 3. the emergency line, with the first contact to call and 112, is on the screen from 40×12 up (see
//!    [`EMERGENCY_MIN`]), and the line with 112 at every smaller size from 10 columns up.
//!
//! Why: unit tests start each action from a known state and render tests draw fixed states; this
//! explores what neither thinks of (a resize under the export dialog, a search jump after a role
//! change, PageDown past the end…), where off-by-one indices and panics hide.
//!
//! Actions come from the keymap table, so a new binding is covered without touching this file, plus
//! those only the shell sends (resize, click, the export's outcome). [`variant`] is exhaustive: a new
//! `Action` does not compile until numbered there, nor pass until the strategy generates it.
//!
//! [`CASES`] cases by default; `PROPTEST_CASES` overrides it, as in tests/robustness/.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::action::Action;
use super::app::{App, LayoutMode, View};
use super::keymap::BINDINGS;
use super::theme::ThemeKind;
use super::update::update;
use super::views;
use crate::engine::calendar::LocalTime;
use crate::i18n::Lang;
use crate::model::Date;

/// Cases per run by default: about 3 s for this test in a debug build.
const CASES: u32 = 200;

/// The smallest terminal that gets the whole guide: below 40 columns or 12 rows the navigator draws
/// only the emergency line and the "enlarge the window" message ([`LayoutMode::for_size`] is
/// `TooSmall`). From 40×12 up, every view, the help and the export dialog (both drawn inside the
/// body) leave the emergency line on its first rows.
const EMERGENCY_MIN: (u16, u16) = (40, 12);

/// The narrowest emergency line that still says something: `☎ … │ 112`.
const NARROWEST_LINE: u16 = 10;

fn config() -> Config {
    match std::env::var_os("PROPTEST_CASES") {
        Some(_) => Config::default(),
        None => Config::with_cases(CASES),
    }
}

/// Every variant, numbered; the match is exhaustive so a new variant must be added here.
fn variant(a: &Action) -> usize {
    match a {
        Action::Quit => 0,
        Action::Up => 1,
        Action::Down => 2,
        Action::Left => 3,
        Action::Right => 4,
        Action::PageUp => 5,
        Action::PageDown => 6,
        Action::NextPane => 7,
        Action::PrevPane => 8,
        Action::Open => 9,
        Action::Back => 10,
        Action::Answer(_) => 11,
        Action::ClearAnswer => 12,
        Action::ResetAnswers => 13,
        Action::CopyPhone => 14,
        Action::OpenRole => 15,
        Action::ToggleHelp => 16,
        Action::Show(_) => 17,
        Action::PrevStep => 18,
        Action::NextStep => 19,
        Action::CycleGroup => 20,
        Action::CycleRegion => 21,
        Action::SearchInput(_) => 22,
        Action::SearchBackspace => 23,
        Action::Resize(..) => 24,
        Action::Click(..) => 25,
        Action::OpenExport => 26,
        Action::ExportInput(_) => 27,
        Action::ExportBackspace => 28,
        Action::ExportToggleFormat => 29,
        Action::ExportSubmit => 30,
        Action::ExportCancel => 31,
        Action::ExportExists => 32,
        Action::ExportOverwrite => 33,
        Action::ExportKeep => 34,
        Action::ExportDone(_) => 35,
        Action::InsertText(_) => 36,
        Action::PasteIgnored => 37,
        Action::Suspend => 38,
        Action::QuitNow => 39,
        Action::OpenDiscovery => 40,
        Action::ModalInput(_) => 41,
        Action::ModalBackspace => 42,
        Action::ModalSubmit => 43,
        Action::ModalCancel => 44,
        Action::OpenSource => 45,
        Action::ShowTerms => 46,
        Action::ToggleOriginal => 47,
        Action::GlossaryInput(_) => 48,
        Action::GlossaryBackspace => 49,
    }
}
const VARIANTS: usize = 50;

/// A typed character: mostly ones the content contains (so searches find something), or any at all.
fn typed() -> impl Strategy<Value = char> {
    let common: Vec<char> = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ 0123456789-"
        .chars()
        .collect();
    prop_oneof![3 => select(common), 1 => any::<char>()]
}

/// The action of any key binding; the "any character" bindings type a random character.
fn key_action() -> impl Strategy<Value = Action> {
    let actions: Vec<Action> = BINDINGS.iter().map(|b| b.action.clone()).collect();
    (select(actions), typed()).prop_map(|(a, c)| match a {
        Action::SearchInput(_) => Action::SearchInput(c),
        Action::ExportInput(_) => Action::ExportInput(c),
        Action::ModalInput(_) => Action::ModalInput(c),
        Action::GlossaryInput(_) => Action::GlossaryInput(c),
        a => a,
    })
}

/// What the shell sends besides keys, and actions with arguments no key produces.
fn other_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (1..=250u16, 1..=80u16).prop_map(|(w, h)| Action::Resize(w, h)),
        2 => (0..=260u16, 0..=90u16).prop_map(|(x, y)| Action::Click(x, y)),
        1 => any::<(u16, u16)>().prop_map(|(x, y)| Action::Click(x, y)),
        1 => any::<u8>().prop_map(Action::Answer),
        1 => select(View::ALL.to_vec()).prop_map(Action::Show),
        1 => Just(Action::ExportExists),
        1 => Just(Action::PasteIgnored),
        // Typed or pasted text: words of the content, line breaks and any character, up to long.
        1 => prop_oneof![
            "[a-zåäö0-9 \n\t]{0,300}",
            "(?s).{0,40}",
        ]
        .prop_map(Action::InsertText),
        1 => prop_oneof![
            Just(Ok(PathBuf::from("/tmp/vagvisare-bedomning.md"))),
            "(?s).{0,80}".prop_map(Err),
        ]
        .prop_map(Action::ExportDone),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![4 => key_action(), 1 => other_action()]
}

/// No clock (as in the other tests), or a weekday, a weekend or a holiday at any time of day.
fn clock() -> impl Strategy<Value = Option<LocalTime>> {
    let days = [(2026, 11, 24), (2026, 11, 28), (2026, 12, 24), (2027, 1, 1)];
    prop::option::of((select(days.to_vec()), 0..24u8, 0..60u8).prop_map(
        |((year, month, day), hour, minute)| LocalTime {
            date: Date { year, month, day },
            hour,
            minute,
        },
    ))
}

/// Property 2: every index inside its list.
fn check_state(app: &App) -> Result<(), TestCaseError> {
    let c = app.content;
    for (name, i, len) in [
        ("step", app.main.step, c.steps.len()),
        ("question", app.main.question, c.questions.len()),
        ("duty", app.main.duty, app.main.step_duties.len()),
        (
            "detail",
            app.main.detail_contact,
            app.main.duty_contacts(app.content).len(),
        ),
        (
            "contact",
            app.contacts.selected,
            app.contacts
                .listed(app.content, &app.answers)
                .contacts
                .len(),
        ),
        ("law", app.law.selected, c.law.len()),
        ("cell.0 (actor)", app.actors.cell.0, c.actors.len()),
        ("cell.1 (step)", app.actors.cell.1, c.steps.len()),
        ("hit", app.search.hit, app.search.hits.len()),
        (
            "glossary",
            app.glossary.selected,
            app.glossary.listed(c).len(),
        ),
    ] {
        // Inside the list, or 0 when it is empty.
        prop_assert!(i < len || i == 0, "{name} = {i}, list of {len}");
    }
    for (name, o, len) in [
        (
            "group_filter",
            app.contacts.group_filter,
            app.contacts.groups.len(),
        ),
        (
            "region_filter",
            app.contacts.region_filter,
            app.contacts.regions.len(),
        ),
        ("role", app.role, c.actors.len()),
    ] {
        prop_assert!(o.is_none_or(|i| i < len), "{name} = {o:?}, list of {len}");
    }
    prop_assert_eq!(app.answers.0.len(), c.questions.len());
    for (q, question) in c.questions.iter().enumerate() {
        let a = app.answers.get(q);
        prop_assert!(
            a.is_none_or(|o| o < question.options.len()),
            "answer {q} = {a:?}"
        );
    }
    // The scroll of the text on screen stops at its end (the others are clamped when shown).
    let scroll = match (app.help.open, app.view) {
        (true, _) => Some(("help_scroll", app.help.scroll)),
        (false, View::Summary) => Some(("summary_scroll", app.summary.scroll)),
        (false, View::Timeline) => Some(("timeline_scroll", app.timeline.scroll)),
        _ => None,
    };
    if let (Some((name, s)), Some(max)) = (scroll, views::scroll_max(app)) {
        prop_assert!(s <= max, "{name} = {s}, last offset {max}");
    }
    prop_assert!(
        app.main
            .step_duties
            .iter()
            .all(|s| c.duties[s.duty].step == app.main.step)
    );
    prop_assert!(!app.search.query.trim().is_empty() || app.search.hits.is_empty());
    Ok(())
}

/// Properties 1 and 3: draws `app` at its size; the cursor on the screen, the emergency line on top.
fn check_screen(app: &App) -> Result<(), TestCaseError> {
    let (w, h) = app.size;
    let mut t = match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => return Err(TestCaseError::fail(format!("terminal: {e}"))),
    };
    if let Err(e) = t.draw(|f| views::render(app, f)) {
        return Err(TestCaseError::fail(format!("draw: {e}")));
    }
    let p = t.backend().cursor_position();
    prop_assert!(p.x < w && p.y < h, "{w}x{h}: cursor {p:?} outside");
    let too_small = w < EMERGENCY_MIN.0 || h < EMERGENCY_MIN.1;
    if too_small {
        prop_assert_eq!(app.layout, LayoutMode::TooSmall);
        if w < NARROWEST_LINE {
            return Ok(());
        }
    }
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let rows = if too_small {
        // One or two rows above the message; the message has no 112 to confuse the check.
        (h.saturating_sub(1)).clamp(1, 2)
    } else {
        views::layout::chrome(app, area).emergency.height
    };
    let buf = t.backend().buffer();
    // The line wraps at spaces, so its rows joined by a space give the text back.
    let line = (0..rows)
        .map(|y| {
            let row: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join(" ");
    prop_assert!(
        line.starts_with("☎ "),
        "{w}x{h}: no emergency line: {line:?}"
    );
    // The first contact to call and the acute-danger number (112) are always there: when the whole
    // line does not fit, it keeps the first contacts that fit, then "…" and 112.
    let acute = app
        .content
        .escalations
        .first()
        .and_then(|e| e.acute)
        .and_then(|k| app.content.contacts[k].phones.first());
    if let Some(p) = acute {
        prop_assert!(
            line.contains(&*p.number),
            "{w}x{h}: acute number {} missing: {line:?}",
            p.number
        );
    }
    let first = app
        .emergency_contacts()
        .first()
        .map(|&k| &app.content.contacts[k]);
    if let Some(k) = first.filter(|_| !too_small) {
        // Its number; without one, its name (short line) or its unit (full line).
        let shown = match k.phones.first() {
            Some(p) => line.contains(&*p.number),
            None => line.contains(&*k.name) || line.contains(&*k.unit),
        };
        prop_assert!(shown, "{w}x{h}: {} missing: {line:?}", k.id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_view_stays_sound_after_any_actions(
        shipped in any::<bool>(),
        english in any::<bool>(),
        now in clock(),
        size in (1..=250u16, 1..=80u16),
        actions in prop::collection::vec(action(), 0..60),
    ) {
        let lang = if english { Lang::En } else { Lang::Sv };
        // The shipped content in its language: in English the translation, the Swedish beside it
        // (searched too, as `--lang en` runs it).
        let (content, swedish) = match (shipped, lang) {
            (true, Lang::En) => (
                crate::embedded::content_in(Lang::En),
                Some(crate::embedded::content()),
            ),
            (true, Lang::Sv) => (crate::embedded::content(), None),
            (false, _) => (super::update::tests::content(), None),
        };
        let today = super::update::tests::app().today;
        let mut app = App::new(content, lang, ThemeKind::Default, None, today).with_swedish(swedish);
        app.now = now;
        // The shell's first action is the terminal's size.
        let first = std::iter::once(Action::Resize(size.0, size.1));
        for (i, a) in first.chain(actions).enumerate() {
            let shown = format!("{a:?}");
            update(&mut app, a);
            // What the shell does next: it takes the effects it performs.
            app.clipboard = None;
            app.export_request = None;
            let at = |e: TestCaseError| TestCaseError::fail(format!("after {i}: {shown}: {e}"));
            check_state(&app).map_err(at)?;
            check_screen(&app).map_err(at)?;
        }
    }
}

#[test]
fn every_action_variant_is_generated() {
    let mut runner = TestRunner::deterministic();
    let strategy = action();
    let mut seen = [false; VARIANTS];
    for _ in 0..5000 {
        match strategy.new_tree(&mut runner) {
            Ok(tree) => seen[variant(&tree.current())] = true,
            Err(e) => panic!("strategy: {e}"),
        }
    }
    let missing: Vec<usize> = (0..VARIANTS).filter(|&i| !seen[i]).collect();
    assert!(missing.is_empty(), "variants never generated: {missing:?}");
}

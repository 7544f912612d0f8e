//! Both languages, every view, no missing label: every view (and the help, the export dialog, the
//! status messages and the too-small message) is drawn in English, and no Swedish chrome text from the
//! catalogue may appear on it; then the reverse for Swedish. These run on the Swedish content, so a
//! catalogue text that also occurs in the content cannot be told apart and is skipped. And on the
//! English content, no English screen shows a Swedish question or duty.

use super::action::Action;
use super::app::{App, Pane, View};
use super::theme::ThemeKind;
use super::update::update;
use crate::engine::calendar::LocalTime;
use crate::i18n::{Lang, Msg, text};
use crate::model::{Content, Date};

/// Every screen of the navigator on `content` in `lang`, as text (rows joined by newlines).
fn screens(content: &'static Content, lang: Lang) -> Vec<(String, String)> {
    let today = Date {
        year: 2026,
        month: 11,
        day: 27,
    };
    let fresh = || {
        let mut a = App::new(content, lang, ThemeKind::Mono, None, today);
        a.now = LocalTime::parse("2026-11-27 22:00");
        a.view = View::Main;
        a
    };
    let answered = || {
        let mut a = fresh();
        for n in [1, 2, 1] {
            update(&mut a, Action::Answer(n));
        }
        a.main.question = 0;
        a
    };
    let mut states: Vec<(String, App<'static>, (u16, u16))> = Vec::new();
    let mut push = |name: &str, a: App<'static>, size: (u16, u16)| {
        states.push((name.to_string(), a, size));
    };
    for view in View::ALL {
        for size in [(120, 40), (80, 24)] {
            let mut a = answered();
            update(&mut a, Action::Show(view));
            push(&format!("{view:?}"), a, size);
        }
    }
    for pane in Pane::ALL {
        let mut a = answered();
        a.main.pane = pane;
        push(&format!("{pane:?}"), a, (120, 40));
        let mut a = answered();
        a.main.pane = pane;
        push(&format!("{pane:?} narrow"), a, (80, 24));
    }
    // The source view and an item's terms, opened from the first duty of the step (`s`, `t`), and
    // a term opened from the glossary in the source view.
    for keys in [
        &[Action::OpenSource][..],
        &[Action::ShowTerms],
        &[Action::Show(View::Glossary), Action::Open],
    ] {
        let mut a = answered();
        a.main.pane = Pane::Duties;
        for k in keys {
            update(&mut a, k.clone());
        }
        push(&format!("{keys:?}"), a, (120, 40));
    }
    for query in ["skydd", "zzzz"] {
        let mut a = fresh();
        update(&mut a, Action::Show(View::Search));
        for c in query.chars() {
            update(&mut a, Action::SearchInput(c));
        }
        push(&format!("search {query}"), a, (120, 40));
    }
    let mut a = fresh();
    update(&mut a, Action::Show(View::Contacts));
    update(&mut a, Action::CycleGroup);
    update(&mut a, Action::CycleRegion);
    push("contacts filtered", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::ToggleHelp);
    push("help", a, (120, 120));
    let mut a = fresh();
    update(&mut a, Action::OpenExport);
    push("export", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::OpenExport);
    update(&mut a, Action::ExportExists);
    push("export confirm", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::OpenExport);
    update(&mut a, Action::ExportDone(Err("x".into())));
    push("export failed", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::OpenExport);
    a.export.iter_mut().for_each(|d| d.name.clear());
    update(&mut a, Action::ExportSubmit);
    push("export no name", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::ExportDone(Ok("/tmp/x.md".into())));
    push("export done", a, (120, 40));
    // Status messages.
    let statuses: [&[Action]; 7] = [
        &[Action::ResetAnswers],
        &[Action::OpenRole, Action::Down, Action::ModalSubmit],
        &[Action::OpenDiscovery, Action::ModalSubmit],
        &[Action::Answer(9)],
        &[Action::Show(View::Contacts), Action::CopyPhone],
        &[Action::CopyPhone],
        &[Action::Show(View::Actors), Action::Down, Action::Open],
    ];
    for (i, actions) in statuses.iter().enumerate() {
        let mut a = fresh();
        for action in actions.iter() {
            update(&mut a, action.clone());
        }
        push(&format!("status {i}"), a, (200, 40));
    }
    // The dialogs: the question before quitting, the role list, the discovery time refused.
    let mut a = answered();
    update(&mut a, Action::Quit);
    push("quit", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::OpenRole);
    push("role", a, (120, 40));
    let mut a = fresh();
    update(&mut a, Action::OpenRole);
    update(&mut a, Action::ModalInput('x'));
    update(&mut a, Action::ModalInput('q'));
    push("role none", a, (120, 40));
    for text in ["x", "2099-01-01 10:00"] {
        let mut a = fresh();
        update(&mut a, Action::OpenDiscovery);
        for _ in 0..20 {
            update(&mut a, Action::ModalBackspace);
        }
        for c in text.chars() {
            update(&mut a, Action::ModalInput(c));
        }
        update(&mut a, Action::ModalSubmit);
        push(&format!("discovery {text}"), a, (120, 40));
    }
    push("too small", fresh(), (30, 10));
    states
        .into_iter()
        .map(|(name, mut a, (w, h))| {
            update(&mut a, Action::Resize(w, h));
            (name, draw(&a, w, h))
        })
        .collect()
}

use super::test_screen::screen as draw;

/// The fixture and the shipped content as one text, to tell chrome from content.
fn content_text() -> String {
    format!(
        "{:?}\n{:?}",
        super::update::tests::content(),
        crate::embedded::content()
    )
}

/// The chrome texts of `lang` that must not show in the other language: every message whose two
/// texts differ, in full and by its first words (a long message wraps), skipping texts under four
/// characters and texts the content also holds. A text the content holds (`gäller`, `Källa`) is
/// still checked in the shapes only chrome gives it: a label (`Källa:`), a pane or tab title, a status
/// mark (`✔ gäller`, `[vet ej`).
pub fn foreign_chrome(lang: Lang, content: &str) -> Vec<String> {
    let other = match lang {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    let mut out: Vec<String> = Vec::new();
    for &m in Msg::ALL {
        let (mine, theirs) = (text(lang, m), text(other, m));
        if mine == theirs {
            continue;
        }
        let mut lead = String::new();
        for word in mine.split_whitespace() {
            if lead.chars().count() >= 14 {
                break;
            }
            if !lead.is_empty() {
                lead.push(' ');
            }
            lead.push_str(word);
        }
        let shapes = [
            format!("{mine}:"),
            format!("┌ {mine}"),
            format!("▶ {mine}"),
            // A tab: between two bars, or first on its row (content wrapped up to a pane's border
            // ends in " word │" too).
            format!("│ {mine} │"),
            format!("\n {mine} │"),
            format!("[{mine}"),
            format!("✔ {mine}"),
            format!("? {mine}"),
        ];
        for needle in [mine.to_string(), lead].into_iter().chain(shapes) {
            if needle.chars().count() >= 4
                && !content.contains(&needle)
                && !theirs.contains(&needle)
                && !out.contains(&needle)
            {
                out.push(needle);
            }
        }
    }
    out
}

fn check(screen_lang: Lang, chrome_lang: Lang) {
    let content = content_text();
    let needles = foreign_chrome(chrome_lang, &content);
    assert!(needles.len() > 100, "too few texts to check: {needles:?}");
    let mut found = Vec::new();
    for c in [super::update::tests::content(), crate::embedded::content()] {
        for (name, screen) in screens(c, screen_lang) {
            for n in needles.iter().filter(|n| screen.contains(n.as_str())) {
                found.push(format!("{name}: {n:?}\n{screen}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n\n"));
}

#[test]
fn english_screens_show_no_swedish_chrome() {
    check(Lang::En, Lang::Sv);
}

#[test]
fn swedish_screens_show_no_english_chrome() {
    check(Lang::Sv, Lang::En);
}

/// The start of every Swedish question and duty text that its English translation changed.
pub(super) fn swedish_starts() -> Vec<String> {
    let (sv, en) = (
        crate::embedded::content(),
        crate::embedded::content_in(Lang::En),
    );
    let questions = sv.questions.iter().zip(en.questions.iter());
    let texts = questions.map(|(s, e)| (&s.text, &e.text)).chain(
        sv.duties
            .iter()
            .zip(en.duties.iter())
            .map(|(s, e)| (&s.text, &e.text)),
    );
    texts
        .filter(|(s, e)| s != e)
        .map(|(s, _)| s.chars().take(20).collect())
        .collect()
}

#[test]
fn english_screens_show_no_swedish_question_or_duty() {
    let needles = swedish_starts();
    let c = crate::embedded::content();
    assert_eq!(
        needles.len(),
        c.questions.len() + c.duties.len(),
        "all translated"
    );
    let mut found = Vec::new();
    for (name, screen) in screens(crate::embedded::content_in(Lang::En), Lang::En) {
        // Rows joined without breaks too: a text cut by the right edge continues on the next row.
        let flat: String = screen.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        for n in needles
            .iter()
            .filter(|n| screen.contains(n.as_str()) || flat.contains(n.as_str()))
        {
            found.push(format!("{name}: {n:?}\n{screen}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n\n"));
    // The check can fail: the Swedish content's first screen trips it.
    let today = Date {
        year: 2026,
        month: 11,
        day: 27,
    };
    let mut app = App::new(c, Lang::En, ThemeKind::Mono, None, today);
    update(&mut app, Action::Resize(120, 40));
    let screen = draw(&app, 120, 40);
    assert!(
        needles.iter().any(|n| screen.contains(n.as_str())),
        "{screen}"
    );
}

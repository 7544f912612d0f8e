//! A law whose title only repeats its citation is printed once (issue 22: "HSLF-FS 2022:39 — HSLF-FS
//! 2022:39"), in the text and the Markdown of an assessment, on the shipped content.

use crate::engine::{Answers, Scope, assess};
use crate::i18n::Lang;
use crate::model::Date;
use crate::report::{Style, View};

fn view() -> View {
    View {
        lang: Lang::Sv,
        style: Style { on: false },
        today: Date {
            year: 2026,
            month: 11,
            day: 27,
        },
    }
}

#[test]
fn a_title_equal_to_the_citation_is_shown_once() {
    let c = crate::embedded::content();
    let l = c
        .law
        .iter()
        .position(|l| l.citation == "HSLF-FS 2022:39")
        .unwrap_or_else(|| panic!("HSLF-FS 2022:39 in the law"));
    assert_eq!(super::words::law_title(&c.law[l]), None);
    let lvu = c.law.iter().find(|l| l.title != l.citation);
    assert!(lvu.is_some_and(|l| super::words::law_title(l).is_some()));
    let mut text = String::new();
    super::text::law(&view(), c, &c.law[l], "", &mut text);
    assert!(text.starts_with("HSLF-FS 2022:39\n"), "{text}");
    let answers = Answers::parse(c, &["barn_utsatt=ja"]).unwrap_or_else(|e| panic!("{e:?}"));
    let a = assess(c, &answers, Scope::default());
    let md = super::markdown::assessment(&view(), c, &answers, &a);
    assert!(md.contains("- **HSLF-FS 2022:39** _("), "{md}");
    assert!(!md.contains("HSLF-FS 2022:39 — HSLF-FS 2022:39"), "{md}");
}

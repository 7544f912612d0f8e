//! The source view's order and lookup, on the shipped content.

use super::outline::parts_of;
use super::*;
use crate::model::Content;

fn content() -> &'static Content {
    crate::embedded::content()
}

fn doc(c: &Content, id: &str) -> usize {
    c.sources
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("{id}"))
}

#[test]
fn every_item_drawn_from_a_source_appears_once_in_its_outline() {
    let c = content();
    for d in 0..c.sources.len() {
        let o = outline(c, d);
        let mut seen: Vec<Part> = Vec::new();
        for b in &o.blocks {
            for e in &b.entries {
                if let Entry::Item { in_text: true, .. } = e {
                    continue;
                }
                assert!(!seen.contains(&e.part()), "{:?} twice", e.part());
                seen.push(e.part());
                assert_eq!(e.part().source(c).heading, b.heading);
            }
        }
        let mut all = parts_of(c, d);
        let shown: Vec<Part> = o
            .blocks
            .iter()
            .flat_map(|b| b.entries.iter().map(Entry::part))
            .collect();
        all.retain(|p| !shown.contains(p));
        assert!(all.is_empty(), "not shown: {all:?}");
    }
}

#[test]
fn the_acute_step_page_comes_back_in_the_seeds_order() {
    let c = content();
    let o = outline(c, doc(c, "s003"));
    let headings: Vec<&str> = o.blocks.iter().map(|b| b.heading).collect();
    assert_eq!(
        headings[0],
        "Ge akut skydd och stöd vid misstanke om människohandel"
    );
    assert_eq!(headings.last(), Some(&"Plats på skyddat boende"));
    let duties = o
        .blocks
        .iter()
        .find(|b| b.heading == "Olika aktörers ansvar i detta steg")
        .map(|b| b.entries.clone())
        .unwrap_or_default();
    let ids: Vec<String> = duties
        .iter()
        .filter(|e| matches!(e.part(), Part::Duty(_)))
        .map(|e| e.part().id(c))
        .collect();
    assert_eq!(ids.len(), 27, "{ids:?}");
    assert_eq!(ids[0], "soc_skyddsbedomning_barn");
    assert_eq!(ids[26], "rk_informerar_tut");
}

#[test]
fn commitments_in_the_programmes_prose_are_marked_in_their_paragraph() {
    let c = content();
    let o = outline(c, doc(c, "s004"));
    let block = o
        .blocks
        .iter()
        .find(|b| b.heading == "Gatuprostitution")
        .unwrap_or_else(|| panic!("no block"));
    let Some(Entry::Text { part, marks }) = block.entries.first() else {
        panic!("{:?}", block.entries)
    };
    let text = part.paragraph(c).unwrap_or_default();
    assert_eq!(marks.len(), 2);
    for m in marks {
        let Part::Duty(d) = m.part else {
            panic!("{m:?}")
        };
        assert_eq!(&text[m.range.clone()], c.duties[d].text.as_ref());
    }
    assert!(
        block.entries[1..]
            .iter()
            .all(|e| matches!(e, Entry::Item { in_text: true, .. }))
    );
}

#[test]
fn ids_of_every_kind_are_found_and_kinds_can_be_named() {
    let c = content();
    assert_eq!(find(c, "s003"), vec![Found::Source(doc(c, "s003"))]);
    let both = find(c, "kontaktforbud");
    assert!(both.len() >= 2, "{both:?}");
    assert_eq!(find(c, "question:kontaktforbud").len(), 1);
    assert!(
        find(c, "akut#1")
            .iter()
            .any(|f| matches!(f, Found::Part(Part::Section(..))))
    );
    assert!(find(c, "nonexistent").is_empty());
    let q = find(c, "question:barn_utsatt")[0];
    let t = target(c, q).unwrap_or_else(|| panic!("no target"));
    assert!(!t.parts.is_empty());
    assert!(t.parts.iter().all(|p| p.source(c).doc == t.doc));
}

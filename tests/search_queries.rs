//! What professionals type, and what search must put in its top three: inflected Swedish, typos,
//! abbreviations both ways, phone numbers however spaced, several words across an item's texts.
//! Items are named by kind and id, not by their wording, so a reworded text does not break the table.
//!
//! Run on the shipped content, in process (the same engine the CLI and the navigator call).

use vagvisare::engine::{Hit, SearchIndex};
use vagvisare::model::Content;

/// (query, an item that must be among the first three as `kind:id`, why).
const TABLE: &[(&str, &str, &str)] = &[
    // Inflections (the examples first).
    (
        "orosanmälningar",
        "term:orosanmalan",
        "plural of a verbal noun in -an",
    ),
    (
        "orosanmälningar",
        "section:akut#4",
        "the guidance on orosanmälan",
    ),
    (
        "kontaktförbudet",
        "law:kontaktforbud",
        "neuter definite -et",
    ),
    ("skyddade boenden", "section:akut#1", "two inflected words"),
    ("betänketiden", "law:betanketid", "definite -en"),
    (
        "målsägandebiträdet",
        "law:malsagandebitrade",
        "definite -et",
    ),
    (
        "förundersökningsledaren",
        "question:fu_ledare",
        "definite -en",
    ),
    (
        "skyddsbedömningen",
        "duty:soc_skyddsbedomning_barn",
        "definite of a -ning noun",
    ),
    (
        "tidsbegränsade uppehållstillstånd",
        "law:utlanningslagen_tut",
        "adjective inflected",
    ),
    (
        "återvändandet",
        "section:langsiktigt#1",
        "the heading says återvändandet",
    ),
    (
        "regionkoordinatorn",
        "actor:regionkoordinatorn",
        "the actor's own word",
    ),
    (
        "regionkoordinatorerna",
        "term:regionkoordinator",
        "plural definite after -or",
    ),
    (
        "spårsäkringssatsen",
        "duty:hs_sparsakring",
        "the duty's own word",
    ),
    (
        "socialjouren",
        "contact:socialjouren",
        "a contact by its inflected name",
    ),
    (
        "stödtelefonen",
        "contact:stodtelefon",
        "the contact that carries the number, not the section",
    ),
    // Typos.
    ("kontaktfobud", "law:kontaktforbud", "one letter dropped"),
    (
        "skydat boende",
        "section:akut#1",
        "one letter dropped, two words",
    ),
    (
        "uppehållstilstånd",
        "law:utlanningslagen_tut",
        "one letter dropped in 17",
    ),
    (
        "målsäganebiträde",
        "law:malsagandebitrade",
        "one letter dropped",
    ),
    (
        "skyddsbedömnign",
        "duty:soc_skyddsbedomning_barn",
        "two letters swapped",
    ),
    (
        "migrationsverkt",
        "actor:migrationsverket",
        "one letter dropped",
    ),
    ("stödtelefn", "contact:stodtelefon", "one letter dropped"),
    ("tingsrätetn", "actor:tingsratten", "two letters swapped"),
    (
        "barnkonvetnionen",
        "term:barnkonventionen",
        "two letters swapped",
    ),
    // Abbreviations and their expansions, both ways.
    ("TUT", "term:tut", "the practitioners' abbreviation"),
    (
        "TUT",
        "law:utlanningslagen_tut",
        "the law item it expands to",
    ),
    ("tut", "law:utlanningslagen_tut", "typed in lower case"),
    (
        "tillfälligt uppehållstillstånd",
        "term:tut",
        "the 2005 programme's form",
    ),
    ("LVU", "term:lvu", ""),
    ("lvu 6", "law:lvu_6", "abbreviation and paragraph"),
    ("SoL", "term:sol", ""),
    (
        "socialtjänstlagen",
        "term:sol",
        "the name finds the abbreviation's term",
    ),
    ("HVB", "term:hvb", ""),
    ("hem för vård och boende", "term:hvb", "the expansion"),
    ("IOM", "actor:iom", ""),
    ("internationella migrationsorganisationen", "term:iom", ""),
    ("ÅMP", "term:amp", ""),
    ("amp", "step:atervandande", "without the ring"),
    ("NMT", "term:nmt", ""),
    ("NCK", "duty:hs_sparsakring", "the duty that names NCK"),
    ("BOPS", "duty:pol_skyddsbedomning_bops", ""),
    ("STI", "term:sti", ""),
    (
        "anmälan om oro",
        "term:orosanmalan",
        "a form of orosanmälan",
    ),
    // Phone numbers, however spaced.
    (
        "020-39 00 00",
        "contact:stodtelefon",
        "as seed 003 prints it",
    ),
    ("020390000", "contact:stodtelefon", "digits only"),
    ("08-508 437 26", "contact:jenny_selenius", ""),
    (
        "0761243726",
        "contact:jenny_selenius",
        "the mobile, digits only",
    ),
    ("114 14", "contact:polisen_11414", ""),
    ("112", "contact:larm_112", ""),
    ("010-223 11 40", "contact:charlotta_thorelius", ""),
    // Several words, across an item's texts.
    (
        "regionkoordinator barn",
        "contact:jenny_selenius",
        "role and target group of one contact",
    ),
    (
        "regionkoordinator vuxna",
        "contact:elisabet_lundqvist",
        "role and target group",
    ),
    (
        "jenny selenius",
        "contact:jenny_selenius",
        "first and last name",
    ),
    (
        "akut fara",
        "contact:larm_112",
        "the number for acute danger",
    ),
    ("återvända hemlandet", "question:vill_atervanda", ""),
    ("hedersrelaterat våld", "section:upptacka#2", ""),
    ("placering lvu", "section:akut#3", ""),
    (
        "omedelbart omhändertagande",
        "duty:soc_lvu6_omhandertagande",
        "",
    ),
    (
        "HSLF-FS 2022:39",
        "law:hslf_fs_2022_39",
        "a citation with a colon and a dash",
    ),
    // Plain words.
    ("rättsintyg", "duty:pol_rattsintyg", ""),
    ("asyl", "duty:mig_asyl", ""),
    ("vårdnadstvist", "duty:tr_vardnadstvist", ""),
    ("gravid", "question:gravid", ""),
    (
        "atervand",
        "step:atervandande",
        "a word being typed, no diacritics",
    ),
];

fn content() -> &'static Content {
    vagvisare::embedded::content()
}

fn key(c: &Content, h: &Hit) -> String {
    format!("{}:{}", h.item.kind(), h.item.id(c))
}

#[test]
fn every_query_puts_its_item_in_the_top_three() {
    assert!(TABLE.len() >= 40);
    let c = content();
    let index = SearchIndex::new(c);
    let mut failures = Vec::new();
    for &(query, want, why) in TABLE {
        let top: Vec<String> = index
            .search_top(query, 3)
            .iter()
            .map(|h| key(c, h))
            .collect();
        if !top.iter().any(|k| k == want) {
            failures.push(format!("{query:?} ({why}): want {want}, top three {top:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_abbreviation_no_longer_ranks_a_word_that_only_contains_it() {
    let c = content();
    let index = SearchIndex::new(c);
    let hits = index.search("TUT");
    let first_inside = hits
        .iter()
        .position(|h| h.snippet.to_lowercase().contains("prostitution"));
    let last_expansion = hits
        .iter()
        .rposition(|h| h.snippet.to_lowercase().contains("uppehållstillstånd"));
    assert!(
        first_inside.is_none_or(|i| last_expansion.is_some_and(|l| l < i)),
        "every hit on the expansion before any on 'prostitution': {:?}",
        hits.iter().map(|h| key(c, h)).collect::<Vec<_>>()
    );
}

#[test]
fn exact_ranks_above_inflected_above_typo() {
    let c = content();
    let index = SearchIndex::new(c);
    let score = |q: &str, want: &str| {
        index
            .search(q)
            .iter()
            .find(|h| key(c, h) == want)
            .map_or(0, |h| h.score)
    };
    let exact = score("kontaktförbud", "law:kontaktforbud");
    let stem = score("kontaktförbudet", "law:kontaktforbud");
    let typo = score("kontaktfobud", "law:kontaktforbud");
    assert!(
        exact > stem && stem > typo && typo > 0,
        "{exact} {stem} {typo}"
    );
}

#[test]
fn every_word_must_match_somewhere_in_the_item() {
    let c = content();
    let index = SearchIndex::new(c);
    let hits = index.search("regionkoordinator vuxna");
    assert!(
        hits.iter().all(|h| key(c, h) != "contact:jenny_selenius"),
        "Jenny serves children"
    );
    assert!(index.search("regionkoordinator qqqxyzzy").is_empty());
    assert!(index.search("").is_empty() && index.search(" ,.- ").is_empty());
}

#[test]
fn highlights_mark_what_matched_in_the_snippet() {
    let c = content();
    let index = SearchIndex::new(c);
    let hit = &index.search_top("TUT", 2)[1];
    assert_eq!(key(c, hit), "law:utlanningslagen_tut");
    assert_eq!(
        &hit.snippet[hit.highlight.clone()],
        "Tidsbegränsat uppehållstillstånd"
    );
    let hit = &index.search_top("regionkoordinator barn", 1)[0];
    let marked: Vec<&str> = hit
        .highlights
        .iter()
        .map(|r| &hit.snippet[r.clone()])
        .collect();
    assert_eq!(
        marked,
        ["Regionkoordinator"],
        "the snippet is the role; the group is another text"
    );
    let hit = &index.search_top("020-39 00 00", 1)[0];
    assert_eq!(&hit.snippet[hit.highlight.clone()], "020-390 000");
    let text = vagvisare::engine::part_text(c, hit.item, hit.part).unwrap_or_default();
    assert_eq!(
        &text[hit.range.clone()],
        "020-390 000",
        "the range is in the item's own text"
    );
}

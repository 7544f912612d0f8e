//! The order `vagvisare source` rebuilds a seed in comes from content (issue 17): each `[[source]]` lists
//! its headings in the seed's order, and under a heading the duty bullets and the sections keep the
//! seed's order. Checked here — the bullets always (against the seeds, else the fixture copy of their
//! bullets), headings and sections when the seeds are present (`VAGVISARE_SEEDS=DIR` names them). And
//! every shipped contact and source states what people read: its freshness, its publisher.

mod seeds;

use std::collections::{BTreeMap, BTreeSet};

use seeds::*;

/// The `[[source]]` `headings` lists: (source id, seed number, headings).
fn heading_lists(c: &Content) -> Vec<(String, String, Vec<String>)> {
    let seeds = c.source_seeds();
    c.items("source")
        .into_iter()
        .map(|(_, t)| {
            let id = str_of(t, "id").to_string();
            let headings = t
                .get("headings")
                .and_then(|h| h.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let seed = seeds.get(&id).cloned().unwrap_or_default();
            (id, seed, headings)
        })
        .collect()
}

#[test]
fn every_shipped_source_lists_its_headings() {
    let c = content();
    for (id, _, headings) in heading_lists(&c) {
        assert!(
            headings.len() >= 4,
            "source {id} lists {} headings",
            headings.len()
        );
    }
}

#[test]
fn source_headings_are_listed_in_the_seeds_order() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; heading order not checked");
        return;
    };
    let c = content();
    let mut problems = Vec::new();
    for (id, seed, headings) in heading_lists(&c) {
        let Some(path) = seeds.get(&seed) else {
            problems.push(format!("source {id}: no seed {seed}"));
            continue;
        };
        let lines: Vec<String> = read(path).lines().map(heading_form).collect();
        let mut last: Option<usize> = None;
        for h in &headings {
            let from = last.map_or(0, |l| l + 1);
            match lines[from.min(lines.len())..].iter().position(|l| l == h) {
                Some(p) => last = Some(from + p),
                None => problems.push(format!(
                    "source {id}: heading {h:?} is not a heading line of seed {seed} after the one before it"
                )),
            }
        }
    }
    fail_if_any("source headings out of the seeds' order", &problems);
}

/// (doc, heading) of a table's `source`.
fn doc_heading(t: &toml::Table) -> (String, String) {
    let src = t.get("source").and_then(|s| s.as_table());
    (
        src.map(|s| str_of(s, "doc").to_string())
            .unwrap_or_default(),
        src.map(|s| str_of(s, "heading").to_string())
            .unwrap_or_default(),
    )
}

#[test]
fn duty_bullets_keep_the_seeds_order_under_each_heading() {
    let bullets = match seed_files() {
        Some(seeds) => extract(&seeds),
        None => fixture(),
    };
    let c = content();
    let seeds = c.source_seeds();
    // Per (doc, heading): the position in the seed's bullet list of each duty that is a bullet, in
    // content order; a bullet printed twice is matched to its next unused occurrence.
    let mut last: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (file, d) in c.items("duty") {
        let (doc, heading) = doc_heading(d);
        let Some(seed) = seeds.get(&doc) else {
            continue;
        };
        let text = norm(str_of(d, "text"));
        let key = (doc.clone(), heading);
        let from = last.get(&key).map_or(0, |p| p + 1);
        let found = bullets
            .iter()
            .enumerate()
            .skip(from)
            .find(|(i, (n, b))| n == seed && norm(b) == text && !used.contains(i));
        let anywhere = bullets
            .iter()
            .enumerate()
            .any(|(i, (n, b))| n == seed && norm(b) == text && !used.contains(&i));
        match found {
            Some((i, _)) => {
                used.insert(i);
                last.insert(key, i);
                checked += 1;
            }
            None if anywhere => problems.push(format!(
                "{file}: duty {} is listed after a duty that follows it in seed {seed}",
                str_of(d, "id")
            )),
            None => {}
        }
    }
    assert!(checked >= 60, "only {checked} duty bullets checked");
    fail_if_any("duties out of the seed's order", &problems);
}

#[test]
fn sections_under_one_heading_keep_the_seeds_order() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; section order not checked");
        return;
    };
    let texts = seed_texts(&seeds);
    let c = content();
    let docs = c.source_seeds();
    let mut last: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut problems = Vec::new();
    // Steps in their `order`, as the guide shows them; each step's intro, then its sections.
    let mut steps = c.items("step");
    steps.sort_by_key(|(_, s)| {
        s.get("order")
            .and_then(|o| o.as_integer())
            .unwrap_or_default()
    });
    for (file, step) in steps {
        let mut paragraphs = vec![(str_of(step, "intro"), doc_heading(step))];
        if let Some(toml::Value::Array(sections)) = step.get("section") {
            for s in sections.iter().filter_map(|v| v.as_table()) {
                paragraphs.push((str_of(s, "text"), doc_heading(s)));
            }
        }
        for (text, key) in paragraphs {
            let Some(seed) = docs.get(&key.0).and_then(|n| texts.get(n)) else {
                continue;
            };
            let first = collapse_ws(text.split("\n\n").next().unwrap_or_default());
            let Some(at) = seed.find(&first) else {
                continue;
            };
            if last.get(&key).is_some_and(|&p| at < p) {
                problems.push(format!(
                    "{file}: step {}: a paragraph under {:?} comes before one it follows in the seed",
                    str_of(step, "id"),
                    key.1
                ));
            }
            last.insert(key, at);
        }
    }
    fail_if_any("paragraphs out of the seed's order", &problems);
}

#[test]
fn every_shipped_contact_says_how_its_age_is_judged_and_every_source_who_published_it() {
    let c = content();
    let mut problems = Vec::new();
    for (file, k) in c.items("contact") {
        if !matches!(str_of(k, "freshness"), "national" | "person" | "direct") {
            problems.push(format!(
                "{file}: contact {}: no `freshness` (national, person or direct)",
                str_of(k, "id")
            ));
        }
    }
    for (file, s) in c.items("source") {
        if str_of(s, "publisher").is_empty() {
            problems.push(format!(
                "{file}: source {}: no `publisher` (as the source states it, or \"anges inte\")",
                str_of(s, "id")
            ));
        }
    }
    fail_if_any("contacts and sources without what people read", &problems);
}

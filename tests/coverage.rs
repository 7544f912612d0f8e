//! Coverage of the seed documents by the content (issue 6, item 6).
//!
//! Fails, printing every missing line, when a duty bullet of seeds 000 and 003 ("•" lines under
//! "Olika aktörers ansvar i detta steg"), a "ska" bullet of seed 004 (the list items of sections 5.1–5.4
//! that say "ska", and both list items of 5.5) or a list item of seed 001 ("- …") is not in `content/`.
//! A bullet counts as present when it equals, after collapsing whitespace, removing markdown emphasis and
//! case-folding, a line of some string in `content/*.toml` (a leading "- " or "• " list marker ignored).
//!
//! The seeds are read from `../shared/seeds` when present; otherwise from the copy of the bullets kept in
//! `tests/fixtures/seed_bullets.txt`. When the seeds are present the copy must equal what is extracted
//! from them, so it cannot drift. With the seeds present the test also checks that every `source.heading`
//! is a heading line of its seed, and that every duty text and every step intro and section paragraph
//! occurs verbatim (whitespace collapsed, the seed's markdown emphasis and link syntax removed) in its seed.
//! `VAGVISARE_SEEDS=DIR` points the tests at the seeds from elsewhere (a worktree).

mod seeds;

use std::collections::{BTreeMap, BTreeSet};

use seeds::*;

// ------------------------------------------------------------------ tests

#[test]
fn every_seed_bullet_is_in_content() {
    let bullets = match seed_files() {
        Some(seeds) => extract(&seeds),
        None => {
            eprintln!("note: {SEEDS} not present; using {FIXTURE}");
            fixture()
        }
    };
    assert!(
        bullets.len() >= 100,
        "only {} seed bullets found",
        bullets.len()
    );
    let c = content();
    let lines = c.lines();
    let mut missing: Vec<String> = bullets
        .iter()
        .filter(|(_, b)| !lines.contains(&norm(b)))
        .map(|(n, b)| format!("missing from content: {n}|{b}"))
        .collect();
    // One duty per duty bullet of 000 and 003, even when two bullets read the same.
    let mut needed: BTreeMap<String, usize> = BTreeMap::new();
    for (n, b) in &bullets {
        if n == "000" || n == "003" {
            *needed.entry(norm(b)).or_default() += 1;
        }
    }
    let mut have: BTreeMap<String, usize> = BTreeMap::new();
    for (_, d) in c.items("duty") {
        *have.entry(norm(str_of(d, "text"))).or_default() += 1;
    }
    for (b, n) in needed {
        let got = have.get(&b).copied().unwrap_or_default();
        if got < n {
            missing.push(format!(
                "the seeds list this duty bullet {n} times, content has {got} duties for it: {b}"
            ));
        }
    }
    fail_if_any("seed bullets missing from content/", &missing);
}

#[test]
fn fixture_copy_equals_seeds() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; fixture not compared");
        return;
    };
    let extracted = extract(&seeds);
    let copy = fixture();
    let mut problems = Vec::new();
    for (n, b) in &extracted {
        if !copy.contains(&(n.clone(), b.clone())) {
            problems.push(format!("in the seeds, not in the fixture: {n}|{b}"));
        }
    }
    for (n, b) in &copy {
        if !extracted.contains(&(n.clone(), b.clone())) {
            problems.push(format!("in the fixture, not in the seeds: {n}|{b}"));
        }
    }
    if problems.is_empty() && extracted != copy {
        problems.push("fixture has the seed bullets in another order or count".to_string());
    }
    fail_if_any(
        "differences between tests/fixtures/seed_bullets.txt and the seeds",
        &problems,
    );
}

#[test]
fn source_headings_are_seed_headings() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; headings not checked");
        return;
    };
    let c = content();
    let docs = c.source_seeds();
    let headings: BTreeMap<&String, BTreeSet<String>> = seeds
        .iter()
        .map(|(n, p)| (n, read(p).lines().map(heading_form).collect()))
        .collect();
    let mut refs = Vec::new();
    for (file, t) in &c.files {
        for (k, v) in t {
            source_refs(format!("{file}: {k}"), v, &mut refs);
        }
    }
    assert!(
        refs.len() > 50,
        "only {} source references found",
        refs.len()
    );
    let mut problems = Vec::new();
    for (label, src) in refs {
        let doc = str_of(src, "doc");
        let heading = str_of(src, "heading").trim();
        let Some(seed) = docs.get(doc) else {
            problems.push(format!("{label}: unknown source.doc {doc:?}"));
            continue;
        };
        match headings.get(seed) {
            None => problems.push(format!("{label}: no seed file for {doc} ({seed})")),
            Some(lines) if !lines.contains(heading) => problems.push(format!(
                "{label}: heading {heading:?} is not a line of seed {seed}"
            )),
            _ => {}
        }
    }
    fail_if_any("source headings not found in their seeds", &problems);
}

#[test]
fn duty_texts_are_verbatim() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; duty texts not checked");
        return;
    };
    let texts = seed_texts(&seeds);
    let c = content();
    let docs = c.source_seeds();
    let duties = c.items("duty");
    assert!(duties.len() >= 41, "only {} duties", duties.len());
    let mut problems = Vec::new();
    for (file, d) in duties {
        let id = str_of(d, "id");
        let text = collapse_ws(str_of(d, "text"));
        let doc = d
            .get("source")
            .and_then(|s| s.as_table())
            .map(|s| str_of(s, "doc"))
            .unwrap_or_default();
        match docs.get(doc).and_then(|n| texts.get(n)) {
            None => problems.push(format!("{file}: duty {id}: unknown source.doc {doc:?}")),
            Some(seed) if text.is_empty() || !seed.contains(&text) => problems.push(format!(
                "{file}: duty {id}: text is not verbatim in {doc}: {text}"
            )),
            _ => {}
        }
    }
    fail_if_any("duty texts not verbatim in their seeds", &problems);
}

#[test]
fn step_texts_are_verbatim() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; step texts not checked");
        return;
    };
    let texts = seed_texts(&seeds);
    let c = content();
    let docs = c.source_seeds();
    let mut problems = Vec::new();
    let mut check = |label: String, text: &str, src: Option<&toml::Value>| {
        let doc = src
            .and_then(|s| s.as_table())
            .map(|s| str_of(s, "doc"))
            .unwrap_or_default();
        let Some(seed) = docs.get(doc).and_then(|n| texts.get(n)) else {
            problems.push(format!("{label}: unknown source.doc {doc:?}"));
            return;
        };
        for para in text.split("\n\n") {
            let p = collapse_ws(para);
            if !p.is_empty() && !seed.contains(&p) {
                problems.push(format!("{label}: paragraph not verbatim in {doc}: {p}"));
            }
        }
    };
    for (file, step) in c.items("step") {
        let id = str_of(step, "id");
        check(
            format!("{file}: step {id} intro"),
            str_of(step, "intro"),
            step.get("source"),
        );
        if let Some(toml::Value::Array(sections)) = step.get("section") {
            for s in sections.iter().filter_map(|v| v.as_table()) {
                check(
                    format!("{file}: step {id} section {:?}", str_of(s, "heading")),
                    str_of(s, "text"),
                    s.get("source"),
                );
            }
        }
    }
    fail_if_any("step texts not verbatim in their seeds", &problems);
}

#[test]
fn guidance_texts_are_verbatim() {
    let Some(seeds) = seed_files() else {
        eprintln!("note: {SEEDS} not present; guidance texts not checked");
        return;
    };
    let texts = seed_texts(&seeds);
    let c = content();
    let docs = c.source_seeds();
    let items = c.items("guidance");
    assert!(items.len() >= 10, "only {} guidance items", items.len());
    let mut problems = Vec::new();
    for (file, g) in items {
        let id = str_of(g, "id");
        let text = collapse_ws(str_of(g, "text"));
        let doc = g
            .get("source")
            .and_then(|s| s.as_table())
            .map(|s| str_of(s, "doc"))
            .unwrap_or_default();
        match docs.get(doc).and_then(|n| texts.get(n)) {
            None => problems.push(format!("{file}: guidance {id}: unknown source.doc {doc:?}")),
            Some(seed) if text.is_empty() || !seed.contains(&text) => problems.push(format!(
                "{file}: guidance {id}: text is not verbatim in {doc}: {text}"
            )),
            _ => {}
        }
    }
    fail_if_any("guidance texts not verbatim in their seeds", &problems);
}

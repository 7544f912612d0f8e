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

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed_bullets.txt"
);

const DUTY_HEADING: &str = "Olika aktörers ansvar i detta steg";
const S004_START: &str = "5.1 STOCKHOLM I ETT HELHETSPERSPEKTIV";
const S004_END: &str = "6. UPPFÖLJNING AV PROGRAMMET";

// ------------------------------------------------------------------ normalisation

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[text](target)` → `text`.
fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(j) = after.find("](") {
            let inner = &after[..j];
            let tail = &after[j + 2..];
            if !inner.contains('[') {
                if let Some(k) = tail.find(')') {
                    out.push_str(inner);
                    rest = &tail[k + 1..];
                    continue;
                }
            }
        }
        out.push('[');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Markdown emphasis (`**bold**`, `*italic*`) and link syntax removed.
fn strip_md(s: &str) -> String {
    strip_links(s).replace('*', "")
}

/// The near-verbatim form bullets are compared in.
fn norm(s: &str) -> String {
    collapse_ws(&strip_md(s)).to_lowercase()
}

/// A heading line of a seed: trimmed, leading `#`s and `**` removed.
fn heading_form(line: &str) -> String {
    line.trim()
        .trim_start_matches('#')
        .replace("**", "")
        .trim()
        .to_string()
}

fn strip_list_marker(line: &str) -> &str {
    let t = line.trim();
    for m in ["- ", "• ", "•"] {
        if let Some(rest) = t.strip_prefix(m) {
            return rest.trim();
        }
    }
    t
}

fn has_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

// ------------------------------------------------------------------ seeds

/// Seed number ("000") → path, when the seeds directory is present.
fn seed_files() -> Option<BTreeMap<String, PathBuf>> {
    let dir = Path::new(SEEDS);
    if !dir.is_dir() {
        return None;
    }
    let mut map = BTreeMap::new();
    for entry in fs::read_dir(dir).expect("read seeds dir") {
        let path = entry.expect("seed dir entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if name.ends_with(".txt") && name.len() > 4 && name.as_bytes()[3] == b'_' {
            map.insert(name[..3].to_string(), path);
        }
    }
    (!map.is_empty()).then_some(map)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Bullets under "Olika aktörers ansvar i detta steg" (000, 003).
fn duty_bullets(text: &str) -> Vec<String> {
    let mut lines = text.lines().skip_while(|l| l.trim() != DUTY_HEADING);
    assert!(lines.next().is_some(), "heading {DUTY_HEADING:?} not found");
    let mut out = Vec::new();
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        match t.strip_prefix('•') {
            Some(rest) => out.push(rest.trim().to_string()),
            None => break,
        }
    }
    out
}

/// Every "- " list item (001).
fn dash_items(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("- ").map(|r| r.trim().to_string()))
        .collect()
}

/// The list items of 004's sections 5.1–5.4 that say "ska", and every list item of 5.5.
fn ska_items(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut on = false;
    let mut section = String::new();
    for line in text.lines() {
        let t = line.trim();
        if t == S004_START {
            on = true;
        }
        if t == S004_END {
            on = false;
        }
        if !on {
            continue;
        }
        let b = t.as_bytes();
        if b.len() > 4 && b[0] == b'5' && b[1] == b'.' && b[2].is_ascii_digit() && b[3] == b' ' {
            section = t[..3].to_string();
        }
        if let Some(item) = t.strip_prefix("- ") {
            if section == "5.5" || has_word(&strip_md(item), "ska") {
                out.push(item.trim().to_string());
            }
        }
    }
    out
}

/// (seed number, bullet) as extracted from the seeds, in the fixture's order.
fn extract(seeds: &BTreeMap<String, PathBuf>) -> Vec<(String, String)> {
    let get = |n: &str| {
        read(
            seeds
                .get(n)
                .unwrap_or_else(|| panic!("seed {n} missing in {SEEDS}")),
        )
    };
    let mut out = Vec::new();
    for n in ["000", "003"] {
        let bullets = duty_bullets(&get(n));
        assert!(!bullets.is_empty(), "no duty bullets found in seed {n}");
        out.extend(bullets.into_iter().map(|b| (n.to_string(), b)));
    }
    out.extend(
        dash_items(&get("001"))
            .into_iter()
            .map(|b| ("001".to_string(), b)),
    );
    out.extend(
        ska_items(&get("004"))
            .into_iter()
            .map(|b| ("004".to_string(), b)),
    );
    out
}

fn fixture() -> Vec<(String, String)> {
    read(Path::new(FIXTURE))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (n, b) = l
                .split_once('|')
                .unwrap_or_else(|| panic!("fixture line without '|': {l}"));
            (n.to_string(), b.to_string())
        })
        .collect()
}

// ------------------------------------------------------------------ content

struct Content {
    /// (file name, parsed table) for every content/*.toml.
    files: Vec<(String, toml::Table)>,
}

fn content() -> Content {
    let mut paths: Vec<PathBuf> = fs::read_dir(CONTENT)
        .expect("read content dir")
        .map(|e| e.expect("content dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no content/*.toml");
    let files = paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let table = toml::from_str::<toml::Table>(&read(p))
                .unwrap_or_else(|e| panic!("{name}: TOML error: {e}"));
            (name, table)
        })
        .collect();
    Content { files }
}

fn collect_strings<'a>(v: &'a toml::Value, out: &mut Vec<&'a str>) {
    match v {
        toml::Value::String(s) => out.push(s),
        toml::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        toml::Value::Table(t) => t.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

impl Content {
    fn strings(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for (_, t) in &self.files {
            t.values().for_each(|v| collect_strings(v, &mut out));
        }
        out
    }

    /// Every line of every string, list marker stripped, normalised.
    fn lines(&self) -> BTreeSet<String> {
        let mut set = BTreeSet::new();
        for s in self.strings() {
            set.insert(norm(s));
            for line in s.lines() {
                set.insert(norm(strip_list_marker(line)));
            }
        }
        set
    }

    /// Items of a kind (`[[duty]]` …) with their file.
    fn items(&self, kind: &str) -> Vec<(&str, &toml::Table)> {
        let mut out = Vec::new();
        for (file, t) in &self.files {
            if let Some(toml::Value::Array(a)) = t.get(kind) {
                out.extend(
                    a.iter()
                        .filter_map(|v| v.as_table())
                        .map(|t| (file.as_str(), t)),
                );
            }
        }
        out
    }

    /// source id ("s003") → seed number ("003"), from `[[source]]` `file`.
    fn source_seeds(&self) -> BTreeMap<String, String> {
        self.items("source")
            .into_iter()
            .filter_map(|(_, t)| {
                let id = t.get("id")?.as_str()?;
                let file = t.get("file")?.as_str()?;
                Some((id.to_string(), file.get(..3)?.to_string()))
            })
            .collect()
    }
}

fn str_of<'a>(t: &'a toml::Table, key: &str) -> &'a str {
    t.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

/// Every table holding `source = { doc, heading }`, anywhere in the content, with a label.
fn source_refs<'a>(label: String, v: &'a toml::Value, out: &mut Vec<(String, &'a toml::Table)>) {
    match v {
        toml::Value::Table(t) => {
            if let Some(toml::Value::Table(src)) = t.get("source") {
                let id = str_of(t, "id");
                let name = if id.is_empty() {
                    str_of(t, "heading")
                } else {
                    id
                };
                out.push((format!("{label} {name}"), src));
            }
            for (k, x) in t {
                if k != "source" {
                    source_refs(format!("{label}.{k}"), x, out);
                }
            }
        }
        toml::Value::Array(a) => a.iter().for_each(|x| source_refs(label.clone(), x, out)),
        _ => {}
    }
}

fn fail_if_any(what: &str, problems: &[String]) {
    if !problems.is_empty() {
        panic!("{} {what}:\n{}", problems.len(), problems.join("\n"));
    }
}

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

/// Whitespace-collapsed seed text with markdown emphasis and link syntax removed.
fn seed_texts(seeds: &BTreeMap<String, PathBuf>) -> BTreeMap<String, String> {
    seeds
        .iter()
        .map(|(n, p)| (n.clone(), collapse_ws(&strip_md(&read(p)))))
        .collect()
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

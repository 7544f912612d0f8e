//! No invented facts: the content's phone numbers, emails, contact names and law citations are checked
//! against the seed documents they cite, character for character. Stricter than
//! `../shared/tools/check-contacts`, which compares phone numbers by their digits only.
//!
//! The seeds live beside the clone (`../shared/seeds`). Where that folder is absent the seed checks say so
//! and pass; CI has the seeds, so they run there.
//!
//! Also: the content embedded at build time equals the content loaded from `content/` at run time.

mod numbers;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

/// A seed's text with every whitespace character but the line break turned into a plain space, so a
/// number the seed prints with a no-break space matches the same number typed with a regular space.
fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_whitespace() && c != '\n' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The seed texts by file name, or `None` (after saying so) when the seeds are not beside the clone.
fn seeds() -> Option<BTreeMap<String, String>> {
    let dir = Path::new(SEEDS);
    if !dir.is_dir() {
        println!(
            "fidelity: skipped, no seeds at {} (CI has them beside the clone)",
            dir.display()
        );
        return None;
    }
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("read the seeds folder") {
        let path = entry.expect("seed entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).expect("seed is UTF-8 text");
            out.insert(name, normalize(&text));
        }
    }
    assert!(!out.is_empty(), "no seed files in {}", dir.display());
    Some(out)
}

/// Every Swedish `*.toml` under `content/` (also `scenarios/`), parsed as plain TOML tables. The
/// English translation in `content/en/` is left out: it holds only translated texts (no sources, no
/// citations), and the build's translation check keeps every number, email and citation of the Swedish
/// in it unchanged.
fn content_files() -> Vec<(PathBuf, toml::Table)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read content folder") {
            let path = entry.expect("content entry").path();
            if path.is_dir() && path.file_name().is_some_and(|n| n == "en") {
                continue;
            }
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(Path::new(CONTENT), &mut paths);
    paths.sort();
    assert!(!paths.is_empty(), "no content files");
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("content is UTF-8");
            let table = text
                .parse::<toml::Table>()
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, table)
        })
        .collect()
}

fn short(p: &Path) -> String {
    p.strip_prefix(CONTENT)
        .map_or_else(|_| p.display().to_string(), |r| r.display().to_string())
}

/// Items of one kind (`[[contact]]`, …) across all files, with the file they came from.
fn items<'a>(files: &'a [(PathBuf, toml::Table)], kind: &str) -> Vec<(String, &'a toml::Table)> {
    files
        .iter()
        .flat_map(|(p, t)| {
            t.get(kind)
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_table)
                .map(move |item| (short(p), item))
        })
        .collect()
}

fn str_of<'a>(t: &'a toml::Table, key: &str) -> Option<&'a str> {
    t.get(key).and_then(toml::Value::as_str)
}

fn id_of(t: &toml::Table) -> &str {
    str_of(t, "id").unwrap_or("?")
}

/// Source document id → seed file name, from `[[source]]` (content/sources.toml).
fn doc_files(files: &[(PathBuf, toml::Table)]) -> BTreeMap<String, String> {
    items(files, "source")
        .into_iter()
        .filter_map(|(_, s)| Some((str_of(s, "id")?.to_string(), str_of(s, "file")?.to_string())))
        .collect()
}

/// The seed text an item cites through `source.doc`, or a complaint.
fn cited_seed<'s>(
    item: &toml::Table,
    docs: &BTreeMap<String, String>,
    seeds: &'s BTreeMap<String, String>,
) -> Result<(&'s str, &'s str), String> {
    let doc = item
        .get("source")
        .and_then(toml::Value::as_table)
        .and_then(|s| str_of(s, "doc"))
        .ok_or("no source.doc")?;
    let file = docs
        .get(doc)
        .ok_or_else(|| format!("source.doc `{doc}` is not in sources.toml"))?;
    seeds
        .get_key_value(file)
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .ok_or_else(|| format!("seed file `{file}` (of `{doc}`) is not in the seeds"))
}

/// Deviations found by this test in the shipped content and reported to the content owners, kept here
/// so they stay visible (printed on every run) without failing every build meanwhile: (contact id,
/// what, value, why). The test fails when a listed deviation is gone, so the list only shrinks.
/// Fixing one changes what the navigator shows: update content/contacts.toml and the TUI snapshots
/// together, then delete the line here.
const KNOWN_DEVIATIONS: &[(&str, &str, &str, &str)] = &[];

#[test]
fn contacts_are_printed_exactly_as_in_their_seed() {
    let Some(seeds) = seeds() else { return };
    let files = content_files();
    let docs = doc_files(&files);
    let mut bad = Vec::new();
    let mut known = Vec::new();
    let (mut phones, mut emails, mut names) = (0, 0, 0);
    for (file, c) in items(&files, "contact") {
        let id = id_of(c);
        let (seed_name, seed) = match cited_seed(c, &docs, &seeds) {
            Ok(s) => s,
            Err(e) => {
                bad.push(format!("{file}: contact `{id}`: {e}"));
                continue;
            }
        };
        let mut check = |what: &str, s: &str, found: bool| {
            if found {
                return;
            }
            let listed = KNOWN_DEVIATIONS
                .iter()
                .find(|k| (k.0, k.1, k.2) == (id, what, s));
            match listed {
                Some(k) => known.push(k),
                None => bad.push(format!(
                    "{file}: contact `{id}`: {what} `{s}` is not printed so in {seed_name}"
                )),
            }
        };
        for phone in c
            .get("phones")
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(toml::Value::as_table)
        {
            if let Some(n) = str_of(phone, "number") {
                phones += 1;
                check("phone number", n, seed.contains(n));
            }
            // `alt_number` is, by the schema, the same number as another seed prints it: exact in the
            // cited seed or in another one.
            for n in phone
                .get("alt_number")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_str)
            {
                phones += 1;
                let anywhere = seed.contains(n) || seeds.values().any(|t| t.contains(n));
                check("alternative phone number", n, anywhere);
            }
        }
        if let Some(e) = str_of(c, "email") {
            emails += 1;
            check("email", e, seed.contains(e));
        }
        // A name may be capitalised differently (the seed's `SOCIALTJÄNSTFÖRVALTNINGEN`, `socialjour`).
        if let Some(n) = str_of(c, "name") {
            names += 1;
            let found = seed.to_lowercase().contains(&normalize(n).to_lowercase());
            check("name", n, found);
        }
    }
    for k in KNOWN_DEVIATIONS {
        if known.contains(&k) {
            println!(
                "fidelity: KNOWN DEVIATION, to fix in content: contact `{}`: {} `{}`: {}",
                k.0, k.1, k.2, k.3
            );
        } else {
            bad.push(format!(
                "contact `{}`: {} `{}` is fixed: delete it from KNOWN_DEVIATIONS",
                k.0, k.1, k.2
            ));
        }
    }
    println!("fidelity: {phones} phone numbers, {emails} emails, {names} names checked");
    assert!(phones > 0 && names > 0, "no contacts checked");
    assert!(
        bad.is_empty(),
        "{} problem(s):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn law_citations_are_verbatim_from_their_seed() {
    let Some(seeds) = seeds() else { return };
    let files = content_files();
    let docs = doc_files(&files);
    let mut bad = Vec::new();
    let mut checked = 0;
    for (file, l) in items(&files, "law") {
        let id = id_of(l);
        let Some(citation) = str_of(l, "citation") else {
            bad.push(format!("{file}: law `{id}`: no citation"));
            continue;
        };
        checked += 1;
        match cited_seed(l, &docs, &seeds) {
            Ok((seed_name, seed)) if !seed.contains(&normalize(citation)) => bad.push(format!(
                "{file}: law `{id}`: citation `{citation}` is not printed so in {seed_name}"
            )),
            Ok(_) => {}
            Err(e) => bad.push(format!("{file}: law `{id}`: {e}")),
        }
    }
    println!("fidelity: {checked} law citations checked");
    assert!(checked > 0, "no law checked");
    assert!(
        bad.is_empty(),
        "{} problem(s):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

//! What the seed tests share: reading the seeds (or the fixture copy of their bullets), the forms text is
//! compared in, and the content files as plain TOML tables. Used by `coverage.rs` and `source_order.rs`.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

pub const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
pub const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed_bullets.txt"
);

pub const DUTY_HEADING: &str = "Olika aktörers ansvar i detta steg";
pub const S004_START: &str = "5.1 STOCKHOLM I ETT HELHETSPERSPEKTIV";
pub const S004_END: &str = "6. UPPFÖLJNING AV PROGRAMMET";

// ------------------------------------------------------------------ normalisation

pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[text](target)` → `text`.
pub fn strip_links(s: &str) -> String {
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
pub fn strip_md(s: &str) -> String {
    strip_links(s).replace('*', "")
}

/// The near-verbatim form bullets are compared in.
pub fn norm(s: &str) -> String {
    collapse_ws(&strip_md(s)).to_lowercase()
}

/// A heading line of a seed: trimmed, leading `#`s and `**` removed.
pub fn heading_form(line: &str) -> String {
    line.trim()
        .trim_start_matches('#')
        .replace("**", "")
        .trim()
        .to_string()
}

pub fn strip_list_marker(line: &str) -> &str {
    let t = line.trim();
    for m in ["- ", "• ", "•"] {
        if let Some(rest) = t.strip_prefix(m) {
            return rest.trim();
        }
    }
    t
}

pub fn has_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

// ------------------------------------------------------------------ seeds

/// Seed number ("000") → path, when the seeds directory is present (`VAGVISARE_SEEDS` names another).
pub fn seed_files() -> Option<BTreeMap<String, PathBuf>> {
    let chosen = std::env::var_os("VAGVISARE_SEEDS").map(PathBuf::from);
    let dir = chosen.as_deref().unwrap_or(Path::new(SEEDS));
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

pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Bullets under "Olika aktörers ansvar i detta steg" (000, 003).
pub fn duty_bullets(text: &str) -> Vec<String> {
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
pub fn dash_items(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("- ").map(|r| r.trim().to_string()))
        .collect()
}

/// The list items of 004's sections 5.1–5.4 that say "ska", and every list item of 5.5.
pub fn ska_items(text: &str) -> Vec<String> {
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
pub fn extract(seeds: &BTreeMap<String, PathBuf>) -> Vec<(String, String)> {
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

pub fn fixture() -> Vec<(String, String)> {
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

pub struct Content {
    /// (file name, parsed table) for every content/*.toml.
    pub files: Vec<(String, toml::Table)>,
}

pub fn content() -> Content {
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

pub fn collect_strings<'a>(v: &'a toml::Value, out: &mut Vec<&'a str>) {
    match v {
        toml::Value::String(s) => out.push(s),
        toml::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        toml::Value::Table(t) => t.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

impl Content {
    pub fn strings(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for (_, t) in &self.files {
            t.values().for_each(|v| collect_strings(v, &mut out));
        }
        out
    }

    /// Every line of every string, list marker stripped, normalised.
    pub fn lines(&self) -> BTreeSet<String> {
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
    pub fn items(&self, kind: &str) -> Vec<(&str, &toml::Table)> {
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
    pub fn source_seeds(&self) -> BTreeMap<String, String> {
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

pub fn str_of<'a>(t: &'a toml::Table, key: &str) -> &'a str {
    t.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

/// Every table holding `source = { doc, heading }`, anywhere in the content, with a label.
pub fn source_refs<'a>(
    label: String,
    v: &'a toml::Value,
    out: &mut Vec<(String, &'a toml::Table)>,
) {
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

pub fn fail_if_any(what: &str, problems: &[String]) {
    if !problems.is_empty() {
        panic!("{} {what}:\n{}", problems.len(), problems.join("\n"));
    }
}

/// Whitespace-collapsed seed text with markdown emphasis and link syntax removed.
pub fn seed_texts(seeds: &BTreeMap<String, PathBuf>) -> BTreeMap<String, String> {
    seeds
        .iter()
        .map(|(n, p)| (n.clone(), collapse_ws(&strip_md(&read(p)))))
        .collect()
}

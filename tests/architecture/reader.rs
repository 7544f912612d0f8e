//! Reading the source: every module file of a crate, the paths it names (`use` trees, inline
//! `crate::`/`super::`/`self::` paths, bare child-module paths), resolved through re-exports to the
//! defining file; the layers of ARCHITECTURE.md; and the import graph built from them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::{CRATES, ROOT};

/// One module file: its module path (`["tui", "views", "detail"]`) and its text without comments.
pub(crate) struct File {
    pub(crate) module: Vec<String>,
    pub(crate) code: String,
}

pub(crate) fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|l| {
            // A `//` inside a string literal is rare in this code base; cut at the first one that is
            // not preceded by `:` (a URL in a string) — good enough to drop doc and line comments.
            let t = l.trim_start();
            if t.starts_with("//") {
                ""
            } else {
                match l.find(" //") {
                    Some(i) => &l[..i],
                    None => l,
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn module_of(src: &Path, path: &Path) -> Vec<String> {
    let rel = path.strip_prefix(src).unwrap_or(path);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    let root = parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main");
    if root || parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

pub(crate) fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every file of one crate, by module path. `#[path]` test files (`foo_tests.rs` declared inside
/// `foo.rs`) count as part of the module that declares them.
pub(crate) fn files(src: &str) -> BTreeMap<Vec<String>, File> {
    let src = Path::new(ROOT).join(src);
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    let mut out: BTreeMap<Vec<String>, File> = BTreeMap::new();
    for p in paths {
        let name = p
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Test code is not architecture: `*_tests.rs`, `tests.rs`, and the property tests of the
        // navigator's actions are test-only modules.
        if name == "tests" || name.ends_with("_tests") || name.ends_with("_props") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        // An inline test module is at the end of its file by convention: leave it out.
        let text = match text.find("#[cfg(test)]\nmod tests {") {
            Some(i) => &text[..i],
            None => &text,
        };
        let module = module_of(&src, &p);
        let code = strip_comments(text);
        match out.get_mut(&module) {
            // main.rs and lib.rs are both the crate root: keep them apart as modules of their own.
            Some(_) => {
                let mut m = module.clone();
                m.push("<bin>".into());
                out.insert(m.clone(), File { module: m, code });
            }
            None => {
                out.insert(module.clone(), File { module, code });
            }
        }
    }
    out
}

/// Expands a `use` tree such as `super::{a::X, b::{Y, Z}}` into full paths.
pub(crate) fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.trim_end_matches("::").to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{prefix}{p}")))
        .collect()
}

/// A `use` tree without its renames: `a::{B as C, D}` → `a::{B, D}`.
pub(crate) fn without_renames(tree: &str) -> String {
    let mut out = String::new();
    let mut words = tree.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if w == "as" {
            // Skip the new name, keep what follows it (`,` or `}`).
            if let Some(name) = words.next() {
                out.push_str(name.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_'));
            }
            continue;
        }
        out.push(' ');
        out.push_str(w);
    }
    out
}

/// Every path a file names: `use` trees (expanded) and inline `crate::`/`super::`/`self::` paths.
pub(crate) fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before = rest[..i].chars().last();
        rest = &rest[i + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(end) = rest.find(';') {
            out.extend(expand(&without_renames(&rest[..end])));
        }
    }
    let bytes = code.as_bytes();
    for root in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(root) {
            let at = from + i;
            from = at + root.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            out.push(code[at..end].trim_end_matches(':').to_string());
        }
    }
    out
}

/// The child modules a file declares (`mod x;`, `pub mod x;`), which it may name without a prefix.
pub(crate) fn children(code: &str) -> Vec<String> {
    code.lines()
        .map(str::trim)
        .filter_map(|l| {
            let l = l.strip_prefix("pub ").unwrap_or(l);
            let l = l.strip_prefix("pub(crate) ").unwrap_or(l);
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_string)
        })
        .collect()
}

/// The names a module file re-exports from a child: `pub use child::{A, B}` → A → child, B → child.
pub(crate) fn reexports(f: &File) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let mut rest = f.code.as_str();
    while let Some(i) = rest.find("pub use ") {
        rest = &rest[i + 8..];
        let Some(end) = rest.find(';') else { break };
        for p in expand(&rest[..end]) {
            let segs: Vec<String> = p.split("::").map(str::to_string).collect();
            if let Some(name) = segs.last() {
                let target: Vec<String> = segs[..segs.len() - 1].to_vec();
                out.insert(name.clone(), target);
            }
        }
    }
    out
}

/// Resolves a path named in `from` to the module file that defines it, if inside this crate.
pub(crate) fn resolve(
    all: &BTreeMap<Vec<String>, File>,
    from: &[String],
    path: &str,
) -> Option<Vec<String>> {
    let segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = Vec::new();
    let mut i = 0;
    match *segs.first()? {
        "crate" => i = 1,
        "self" => {
            base = from.to_vec();
            i = 1;
        }
        "super" => {
            base = from.to_vec();
            while segs.get(i) == Some(&"super") {
                base.pop();
                i += 1;
            }
        }
        _ => return None,
    }
    let mut module = base;
    for s in &segs[i..] {
        let mut next = module.clone();
        next.push((*s).to_string());
        if all.contains_key(&next) {
            module = next;
            continue;
        }
        // A name re-exported from a child module: the child defines it.
        if let Some(f) = all.get(&module) {
            let re = reexports(f);
            // By name, else through the one glob re-export (`pub use args::*`) if there is one.
            if let Some(target) = re.get(*s).or_else(|| re.get("*"))
                && let Some(t) = resolve_relative(all, &module, target)
            {
                return Some(t);
            }
        }
        break;
    }
    Some(module)
}

pub(crate) fn resolve_relative(
    all: &BTreeMap<Vec<String>, File>,
    module: &[String],
    target: &[String],
) -> Option<Vec<String>> {
    let joined = target.join("::");
    if joined.starts_with("crate") || joined.starts_with("super") || joined.starts_with("self") {
        return resolve(all, module, &joined);
    }
    resolve(all, module, &format!("self::{joined}"))
}

/// The layers of ARCHITECTURE.md's ```layers block: lowest first, peers on one line.
pub(crate) fn layers() -> Vec<Vec<String>> {
    let doc = std::fs::read_to_string(Path::new(ROOT).join("ARCHITECTURE.md")).unwrap_or_default();
    let block = doc
        .split("```layers")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap_or("");
    block
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

pub(crate) fn rank(layers: &[Vec<String>], module: &str) -> Option<usize> {
    layers.iter().position(|l| l.iter().any(|m| m == module))
}

/// The import graph of every crate: file → the files it uses.
pub(crate) fn graph() -> Vec<(Vec<String>, BTreeSet<Vec<String>>)> {
    let mut out = Vec::new();
    for src in CRATES {
        let all = files(src);
        for f in all.values() {
            let from = f
                .module
                .iter()
                .take_while(|m| *m != "<bin>")
                .cloned()
                .collect::<Vec<_>>();
            let mut to = BTreeSet::new();
            // Re-exports are aliases, not uses: leave their lines out when looking for `child::`.
            let body: String = f
                .code
                .lines()
                .filter(|l| {
                    let l = l.trim_start();
                    !(l.starts_with("pub use ") || l.starts_with("pub(crate) use "))
                })
                .collect::<Vec<_>>()
                .join("\n");
            for child in children(&f.code) {
                let named = body.match_indices(&format!("{child}::")).any(|(i, _)| {
                    !body[..i]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                });
                let mut m = from.clone();
                m.push(child);
                if named && all.contains_key(&m) {
                    to.insert(m);
                }
            }
            for p in paths(&f.code) {
                if let Some(t) = resolve(&all, &from, &p)
                    && t != f.module
                    && !t.is_empty()
                {
                    to.insert(t);
                }
            }
            out.push((f.module.clone(), to));
        }
    }
    out
}

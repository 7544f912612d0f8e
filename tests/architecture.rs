//! The architecture, checked: data flows one way through the layers ARCHITECTURE.md lists, no face
//! imports another, and no two files import each other, directly or in a circle.
//!
//! The layers are read from the ```layers block of ARCHITECTURE.md, so the document and the check
//! cannot drift apart: one line per layer, lowest first; modules on one line are peers and may not
//! import each other; a module may use any module on an earlier line.
//!
//! Imports are read from the source text: every `crate::…`, `super::…` and `self::…` path (in `use`
//! lines, with their `{…}` groups, and inline in code), comments left out. A path is resolved to the
//! file that defines what it names: the deepest module the path reaches, or — when the next name is
//! re-exported by a `pub use` in that module — the file it is re-exported from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A source root: the crate's `src` folder and where it sits.
const CRATES: [&str; 2] = ["src", "crates/vagvisare-content/src"];

/// One module file: its module path (`["tui", "views", "detail"]`) and its text without comments.
struct File {
    module: Vec<String>,
    code: String,
}

fn strip_comments(text: &str) -> String {
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

fn module_of(src: &Path, path: &Path) -> Vec<String> {
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

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
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
fn files(src: &str) -> BTreeMap<Vec<String>, File> {
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
fn expand(tree: &str) -> Vec<String> {
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
fn without_renames(tree: &str) -> String {
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
fn paths(code: &str) -> Vec<String> {
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
fn children(code: &str) -> Vec<String> {
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
fn reexports(f: &File) -> BTreeMap<String, Vec<String>> {
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
fn resolve(all: &BTreeMap<Vec<String>, File>, from: &[String], path: &str) -> Option<Vec<String>> {
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

fn resolve_relative(
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
fn layers() -> Vec<Vec<String>> {
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

fn rank(layers: &[Vec<String>], module: &str) -> Option<usize> {
    layers.iter().position(|l| l.iter().any(|m| m == module))
}

/// The import graph of every crate: file → the files it uses.
fn graph() -> Vec<(Vec<String>, BTreeSet<Vec<String>>)> {
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

#[test]
fn layers_are_listed_and_every_module_has_one() {
    let layers = layers();
    assert!(
        layers.len() >= 5,
        "ARCHITECTURE.md has no ```layers block: {layers:?}"
    );
    for src in CRATES {
        for module in files(src).keys() {
            if let Some(top) = module.first().filter(|t| *t != "<bin>") {
                assert!(
                    rank(&layers, top).is_some(),
                    "module `{top}` ({src}) is in no layer of ARCHITECTURE.md"
                );
            }
        }
    }
}

#[test]
fn data_flows_one_way_and_no_face_imports_another() {
    let layers = layers();
    let mut wrong = Vec::new();
    for (from, to) in graph() {
        let Some(top) = from.first() else { continue };
        let Some(r) = rank(&layers, top) else {
            continue;
        };
        for t in to {
            let Some(ttop) = t.first() else { continue };
            if ttop == top {
                continue;
            }
            match rank(&layers, ttop) {
                Some(tr) if tr < r => {}
                _ => wrong.push(format!("{} → {}", from.join("::"), t.join("::"))),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers of ARCHITECTURE.md:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_file_imports_another_in_a_circle() {
    let g = graph();
    let index: BTreeMap<&Vec<String>, usize> =
        g.iter().enumerate().map(|(i, (m, _))| (m, i)).collect();
    let edges: Vec<Vec<usize>> = g
        .iter()
        .map(|(_, to)| to.iter().filter_map(|t| index.get(t).copied()).collect())
        .collect();
    // Tarjan's strongly connected components.
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        sccs: Vec<Vec<usize>>,
    }
    fn visit(v: usize, e: &[Vec<usize>], s: &mut State) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on[v] = true;
        for &w in &e[v] {
            match s.index[w] {
                None => {
                    visit(w, e, s);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on[w] => s.low[v] = s.low[v].min(iw),
                _ => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on[w] = false;
                scc.push(w);
                if w == v {
                    break;
                }
            }
            s.sccs.push(scc);
        }
    }
    let n = g.len();
    let mut s = State {
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        sccs: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(v, &edges, &mut s);
        }
    }
    let circles: Vec<String> = s
        .sccs
        .iter()
        .filter(|c| c.len() > 1)
        .map(|c| {
            // Each file of the circle with what it uses inside the circle.
            c.iter()
                .map(|&i| {
                    let inside: Vec<String> = edges[i]
                        .iter()
                        .filter(|j| c.contains(j))
                        .map(|&j| g[j].0.join("::"))
                        .collect();
                    format!("  {} → {}", g[i].0.join("::"), inside.join(", "))
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    assert!(
        circles.is_empty(),
        "files that import each other (each circle: every file → what it uses in the circle):\n{}",
        circles.join("\n\n")
    );
}

#[test]
fn the_reader_resolves_paths_as_rust_does() {
    assert_eq!(
        expand("super::{a::X, b::{Y, Z}}"),
        vec!["super::a::X", "super::b::Y", "super::b::Z"]
    );
    assert_eq!(
        expand(&without_renames("a::{B as C, D}")),
        vec!["a::B", "a::D"]
    );
    let p = paths("use crate::engine::{self, Answers};\nfn f() { crate::report::words::age(); }");
    assert!(p.contains(&"crate::engine::self".to_string()));
    assert!(p.contains(&"crate::report::words::age".to_string()));
}

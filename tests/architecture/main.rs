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

mod reader;

use std::collections::BTreeMap;

use reader::*;

pub(crate) const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A source root: the crate's `src` folder and where it sits.
pub(crate) const CRATES: [&str; 2] = ["src", "crates/vagvisare-content/src"];

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

//! `[[actor]]` items into [`crate::model::Actor`]: the text fields, and `part_of` — every id known,
//! never the actor itself or a repeat, and no circle (a unit of a unit of itself).

use std::borrow::Cow;
use std::collections::HashMap;

use super::ctx::{At, Ctx};
use super::raw::RawActor;
use crate::model::Actor;

/// Validates every actor; problems go to `cx`.
pub(super) fn actors(
    cx: &mut Ctx<'_>,
    raw: &[At<RawActor>],
    docs: &HashMap<String, usize>,
    ids: &HashMap<String, usize>,
) -> Vec<Actor> {
    let actors: Vec<Actor> = raw
        .iter()
        .map(|(f, a)| {
            let a = a.get_ref();
            let id = a.id.get_ref().as_str();
            let owner = format!("actor `{id}`");
            let mut part_of: Vec<usize> = Vec::new();
            for (n, p) in a.part_of.iter().enumerate() {
                let i = cx.resolve(*f, ids, p, "actor", &owner);
                if p.get_ref() == a.id.get_ref() {
                    cx.at(
                        *f,
                        p.span().start,
                        format!("{owner}: `part_of` names the actor itself"),
                    );
                } else if a.part_of[..n].iter().any(|q| q.get_ref() == p.get_ref()) {
                    let msg = format!("{owner}: `part_of` repeats actor `{}`", p.get_ref());
                    cx.at(*f, p.span().start, msg);
                } else {
                    part_of.push(i);
                }
            }
            Actor {
                id: Cow::Owned(id.to_string()),
                name: cx.text(*f, &a.name, "name of actor", id),
                description: cx.opt_text(*f, &a.description, "description of actor", id),
                part_of: Cow::Owned(part_of),
                source: cx.source_ref(*f, &a.source, docs, &owner),
            }
        })
        .collect();
    // A circle: following `part_of` from an actor leads back to it.
    for (start, (f, a)) in raw.iter().enumerate() {
        let mut seen = vec![false; actors.len()];
        let mut todo: Vec<usize> = actors[start].part_of.to_vec();
        while let Some(x) = todo.pop() {
            if x == start {
                let a = a.get_ref();
                let msg = format!("actor `{}`: `part_of` leads back to itself", a.id.get_ref());
                cx.at(*f, a.id.span().start, msg);
                break;
            }
            if let Some(s) = seen.get_mut(x).filter(|s| !**s) {
                *s = true;
                todo.extend(actors[x].part_of.iter().copied());
            }
        }
    }
    actors
}

#[cfg(test)]
mod tests {
    use crate::content::{Diagnostic, SourceFile, load_files};
    use std::path::PathBuf;

    fn fixture() -> String {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content");
        std::fs::read_to_string(dir.join("all.toml")).unwrap_or_default()
    }

    /// The fixture with `part_of` lines added after the actors' names.
    fn with(polisen: &str, aklagaren: &str) -> Result<crate::model::Content, Vec<Diagnostic>> {
        let text = fixture()
            .replacen(
                "name = \"Polisen\"",
                &format!("name = \"Polisen\"\npart_of = {polisen}"),
                1,
            )
            .replacen(
                "name = \"Åklagaren\"",
                &format!("name = \"Åklagaren\"\npart_of = {aklagaren}"),
                1,
            );
        load_files(vec![SourceFile {
            name: "a.toml".into(),
            text,
        }])
        .map_err(|d| d.0)
    }

    #[test]
    fn part_of_resolves_and_within_follows_it() {
        let c = with("[\"socialtjansten\"]", "[\"polisen\"]").unwrap_or_else(|e| panic!("{e:?}"));
        let i = |id| c.actor_index(id).unwrap_or(usize::MAX);
        assert_eq!(
            c.actors[i("polisen")].part_of.to_vec(),
            vec![i("socialtjansten")]
        );
        assert!(
            c.within(i("aklagaren"), i("socialtjansten")),
            "through polisen"
        );
        assert!(c.within(i("polisen"), i("polisen")));
        assert!(!c.within(i("socialtjansten"), i("polisen")));
    }

    #[test]
    fn unknown_self_repeated_and_circular_part_of_are_errors() {
        let msg = |r: Result<_, Vec<Diagnostic>>| match r {
            Ok(_) => panic!("should fail"),
            Err(d) => d
                .iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let m = msg(with("[\"tullen\"]", "[]"));
        assert!(m.contains("actor `polisen`: unknown actor `tullen`"), "{m}");
        let m = msg(with("[\"polisen\"]", "[]"));
        assert!(m.contains("`part_of` names the actor itself"), "{m}");
        let m = msg(with("[\"aklagaren\", \"aklagaren\"]", "[]"));
        assert!(m.contains("`part_of` repeats actor `aklagaren`"), "{m}");
        let m = msg(with("[\"aklagaren\"]", "[\"polisen\"]"));
        assert!(
            m.contains("actor `polisen`: `part_of` leads back to itself"),
            "{m}"
        );
        assert!(
            m.contains("actor `aklagaren`: `part_of` leads back to itself"),
            "{m}"
        );
    }
}

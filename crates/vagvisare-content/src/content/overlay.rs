//! A local overlay: a municipality's or region's own contacts (its socialjour, its coordinator, its
//! protected housing) added to the shipped content without rebuilding.
//!
//! An overlay folder holds TOML files with `[[source]]` (where the local information comes from) and
//! `[[contact]]` items only, validated like shipped content (same `file:line:col` errors). A contact may
//! attach itself to actors and steps. It may not silently replace a shipped item: taking the place of a
//! shipped contact needs an explicit `replaces = "<id>"`. Every overlay contact is marked local.

use std::borrow::Cow;
use std::collections::HashMap;

use super::condition::QuestionInfo;
use super::ctx::Ctx;
use super::error::{Diagnostics, SourceFile};
use super::raw::RawFile;
use crate::model::{Content, HasId};

/// Applies the overlay `files` to `base`; returns the merged content or every problem found.
pub fn apply(base: &Content, files: &[SourceFile]) -> Result<Content, Diagnostics> {
    let mut parsed = Vec::new();
    let mut diags = Vec::new();
    for (i, f) in files.iter().enumerate() {
        match toml::from_str::<RawFile>(&f.text) {
            Ok(raw) => {
                diags.extend(super::forbidden_characters(f));
                parsed.push((i, raw));
            }
            Err(e) => diags.push(f.diag(
                e.span().map_or(0, |s| s.start),
                e.message().trim().to_string(),
            )),
        }
    }
    if !diags.is_empty() {
        return Err(Diagnostics(diags));
    }
    let mut cx = Ctx {
        files,
        diags: Vec::new(),
        headings: base
            .sources
            .iter()
            .map(super::source::heading_list)
            .collect(),
    };
    for (f, raw) in &parsed {
        refuse_other_kinds(&mut cx, *f, raw);
    }

    let index = |items: &[&dyn HasId]| -> HashMap<String, usize> {
        items
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id().to_string(), i))
            .collect()
    };
    let mut docs = index(
        &base
            .sources
            .iter()
            .map(|x| x as &dyn HasId)
            .collect::<Vec<_>>(),
    );
    let actors = index(
        &base
            .actors
            .iter()
            .map(|x| x as &dyn HasId)
            .collect::<Vec<_>>(),
    );
    let steps = index(
        &base
            .steps
            .iter()
            .map(|x| x as &dyn HasId)
            .collect::<Vec<_>>(),
    );
    let shipped = index(
        &base
            .contacts
            .iter()
            .map(|x| x as &dyn HasId)
            .collect::<Vec<_>>(),
    );
    let infos: Vec<QuestionInfo<'_>> = base
        .questions
        .iter()
        .map(|q| QuestionInfo {
            id: &q.id,
            values: q.options.iter().map(|o| o.value.as_ref()).collect(),
        })
        .collect();

    let mut sources = base.sources.to_vec();
    for (f, raw) in &parsed {
        for s in &raw.source {
            let id = s.get_ref().id.get_ref();
            if docs.contains_key(id) {
                cx.at(
                    *f,
                    s.get_ref().id.span().start,
                    format!("source `{id}` is already defined; give the local source its own id"),
                );
                continue;
            }
            docs.insert(id.clone(), sources.len());
            let source = super::source::source(&mut cx, *f, s.get_ref());
            cx.headings.push(super::source::heading_list(&source));
            sources.push(source);
        }
    }

    let mut contacts = base.contacts.to_vec();
    let mut seen: HashMap<String, usize> = HashMap::new();
    // Shipped contact id → where the first overlay contact replacing it is: a second one would make
    // the first vanish silently.
    let mut replaced: HashMap<String, (usize, usize)> = HashMap::new();
    let refs = super::contact::Refs {
        docs: &docs,
        actors: &actors,
        steps: &steps,
        questions: &infos,
        overlay: true,
    };
    for (f, raw) in &parsed {
        for k in &raw.contact {
            let raw_k = k.get_ref();
            let id = raw_k.id.get_ref();
            let at = raw_k.id.span().start;
            if let Some(first) = seen.insert(id.clone(), *f) {
                cx.at(
                    *f,
                    at,
                    format!(
                        "contact `{id}` is defined twice in the overlay (also in {})",
                        files[first].name
                    ),
                );
                continue;
            }
            let contact = super::contact::contact(&mut cx, *f, raw_k, &refs);
            match &raw_k.replaces {
                Some(r) => match shipped.get(r.get_ref()) {
                    Some(_) if replaced.contains_key(r.get_ref()) => {
                        let (ff, off) = replaced[r.get_ref()];
                        let msg = format!(
                            "contact `{id}`: `{}` is already replaced by the overlay at {}; one shipped contact takes one replacement",
                            r.get_ref(),
                            cx.pos(ff, off)
                        );
                        cx.at(*f, r.span().start, msg);
                    }
                    Some(&i) => {
                        replaced.insert(r.get_ref().clone(), (*f, r.span().start));
                        if id != r.get_ref() && shipped.contains_key(id) {
                            cx.at(*f, at, format!("contact `{id}` is a shipped contact; a replacement needs an id of its own or `{}`", r.get_ref()));
                        }
                        contacts[i] = contact;
                    }
                    None => cx.at(*f, r.span().start, format!("contact `{id}`: replaces unknown contact `{}`", r.get_ref())),
                },
                None if shipped.contains_key(id) => cx.at(
                    *f,
                    at,
                    format!("contact `{id}` already ships with the guide; to replace it write `replaces = \"{id}\"`"),
                ),
                None => contacts.push(contact),
            }
        }
    }
    if !cx.diags.is_empty() {
        cx.diags.sort();
        return Err(Diagnostics(cx.diags));
    }
    let mut merged = base.clone();
    merged.sources = Cow::Owned(sources);
    merged.contacts = Cow::Owned(contacts);
    Ok(merged)
}

/// Reports every item of a kind an overlay may not add.
fn refuse_other_kinds(cx: &mut Ctx<'_>, f: usize, raw: &RawFile) {
    let mut refuse = |kind: &str, at: Option<usize>| {
        if let Some(at) = at {
            cx.at(
                f,
                at,
                format!("an overlay may add only [[source]] and [[contact]], not [[{kind}]]"),
            );
        }
    };
    refuse("meta", raw.meta.as_ref().map(|m| m.span().start));
    refuse("step", raw.step.first().map(|x| x.span().start));
    refuse("actor", raw.actor.first().map(|x| x.span().start));
    refuse("question", raw.question.first().map(|x| x.span().start));
    refuse("duty", raw.duty.first().map(|x| x.span().start));
    refuse("law", raw.law.first().map(|x| x.span().start));
    refuse("escalation", raw.escalation.first().map(|x| x.span().start));
    refuse("deadline", raw.deadline.first().map(|x| x.span().start));
    refuse("guidance", raw.guidance.first().map(|x| x.span().start));
    refuse("scenario", raw.scenario.first().map(|x| x.span().start));
    refuse("term", raw.term.first().map(|x| x.span().start));
}

//! Validation of legal references (`[[law]]`): the citation as printed, facts from outside the seeds
//! kept apart (`external`, without a marker of their own: the guide adds it, once), and a law replaced
//! since the seed cited it (`replaced`, an external fact that must say so).

use std::borrow::Cow;
use std::collections::HashMap;

use toml::Spanned;

use super::ctx::Ctx;
use super::raw::{RawLaw, RawReplacement};
use crate::model::{Date, Law, Replacement};

/// The words the guide itself adds to every external fact; content must not repeat them.
const MARKER: &str = "utanför källorna";

pub(super) fn law_item(
    cx: &mut Ctx<'_>,
    f: usize,
    l: &RawLaw,
    docs: &HashMap<String, usize>,
) -> Law {
    let id = l.id.get_ref().as_str();
    if let Some(x) = &l.external
        && x.get_ref().contains(MARKER)
    {
        let msg = format!(
            "law `{id}`: `external` is marked as a fact from outside the sources by the guide; leave \
             out \"(uppgift {MARKER})\""
        );
        cx.at(f, x.span().start, msg);
    }
    Law {
        id: Cow::Owned(id.to_string()),
        title: cx.text(f, &l.title, "title of law", id),
        citation: cx.text(f, &l.citation, "citation of law", id),
        summary: cx.text(f, &l.summary, "summary of law", id),
        as_of: cx.as_of(f, &l.as_of, "law", id),
        external: cx.opt_text(f, &l.external, "external note of law", id),
        replaced: l.replaced.as_ref().map(|r| replacement(cx, f, r, id)),
        source: cx.source_ref(f, &l.source, docs, &format!("law `{id}`")),
    }
}

/// Whether `s` is an SFS number as written in the statute book: `SFS YYYY:N`.
fn sfs_ok(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("SFS ") else {
        return false;
    };
    let Some((year, n)) = rest.split_once(':') else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
}

fn replacement(cx: &mut Ctx<'_>, f: usize, r: &Spanned<RawReplacement>, id: &str) -> Replacement {
    let raw = r.get_ref();
    if !*raw.external.get_ref() {
        let msg = format!(
            "law `{id}`: `replaced` is a fact from outside the sources and must say `external = true`"
        );
        cx.at(f, raw.external.span().start, msg);
    }
    if !sfs_ok(raw.by_sfs.get_ref()) {
        let msg = format!(
            "law `{id}`: replaced.by_sfs `{}` is not of the form `SFS YYYY:N`",
            raw.by_sfs.get_ref()
        );
        cx.at(f, raw.by_sfs.span().start, msg);
    }
    let from = Date::parse(raw.from.get_ref()).unwrap_or_else(|| {
        let msg = format!(
            "law `{id}`: replaced.from `{}` is not a date YYYY-MM-DD",
            raw.from.get_ref()
        );
        cx.at(f, raw.from.span().start, msg);
        Date {
            year: 1970,
            month: 1,
            day: 1,
        }
    });
    Replacement {
        law: cx.text(f, &raw.law, "replaced.law of law", id),
        by: cx.text(f, &raw.by, "replaced.by of law", id),
        by_sfs: cx.text(f, &raw.by_sfs, "replaced.by_sfs of law", id),
        from,
    }
}

//! Search hits in words: the `search` view for people (every match in bold) and the JSON hit, the same
//! for the CLI and anything else that prints hits.

use std::fmt::Write as _;

use serde::Serialize;

use super::View;
use crate::engine::Hit;
use crate::i18n::Msg;
use crate::model::Content;

/// The `search` view: each hit's kind, id and title, then its snippet with every match in bold.
pub fn text(v: &View, c: &Content, hits: &[Hit]) -> String {
    let mut out = String::new();
    if hits.is_empty() {
        let _ = writeln!(out, "{}", v.t(Msg::NoHits));
    }
    for h in hits {
        let snippet = if v.style.on {
            let mut s = String::new();
            let mut at = 0;
            for r in &h.highlights {
                let (Some(before), Some(hit)) =
                    (h.snippet.get(at..r.start), h.snippet.get(r.clone()))
                else {
                    continue;
                };
                s.push_str(before);
                s.push_str(&v.style.bold(hit));
                at = r.end;
            }
            s.push_str(h.snippet.get(at..).unwrap_or_default());
            s
        } else {
            h.snippet.clone()
        };
        let _ = writeln!(
            out,
            "{} {}",
            v.style.dim(&format!(
                "[{} {}]",
                crate::report::words::kind_text(v.lang, h.item),
                h.item.id(c)
            )),
            h.item.title(c)
        );
        let _ = writeln!(out, "    …{snippet}…");
    }
    out
}

/// A search hit in JSON (`search --format json`), documented in the README.
#[derive(Serialize)]
pub struct HitJson<'a> {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    pub snippet: &'a str,
    pub score: u32,
    /// The weakest way the query met the item: `exact`, `stem`, `prefix`, `typo` or `inside`.
    #[serde(rename = "match")]
    pub class: &'static str,
    /// The highlighted pieces of the snippet, as they stand in it.
    pub matched: Vec<&'a str>,
}

/// One search hit as JSON.
pub fn json<'a>(c: &Content, h: &'a Hit) -> HitJson<'a> {
    HitJson {
        kind: h.item.kind(),
        id: h.item.id(c),
        title: h.item.title(c),
        snippet: &h.snippet,
        score: h.score,
        class: h.class.as_str(),
        matched: h
            .highlights
            .iter()
            .filter_map(|r| h.snippet.get(r.clone()))
            .collect(),
    }
}

/// A hit of an English search in JSON: the hit, its Swedish title beside it, and the language its
/// snippet was found in (`"sv"` for a hit in the original).
#[derive(Serialize)]
pub struct BothHitJson<'a> {
    #[serde(flatten)]
    pub hit: HitJson<'a>,
    pub title_sv: String,
    pub snippet_lang: &'static str,
}

/// English search hits (`search --lang en --format json`), the document marked as a translation like
/// every English JSON document: `{"items": [...], "lang": "en", "translation": "…"}`.
pub fn json_both(c: &Content, sv: &Content, both: &[crate::engine::BothHit]) -> String {
    let items: Vec<BothHitJson<'_>> = both
        .iter()
        .map(|b| BothHitJson {
            hit: json(c, &b.hit),
            title_sv: b.hit.item.title(sv),
            snippet_lang: if b.original { "sv" } else { "en" },
        })
        .collect();
    let doc = serde_json::json!({
        "items": items,
        "lang": "en",
        "translation": crate::i18n::text(crate::i18n::Lang::En, Msg::Unofficial),
    });
    super::json::to_json(&doc)
}

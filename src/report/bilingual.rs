//! The English beside the Swedish. The English content is an unofficial translation: every English view
//! and export says so once ([`marker`]), and every JSON document built from it carries, beside each
//! translated text, the Swedish original (`text` and `text_sv`, `title` and `title_sv` …) and says what
//! it is (`"lang": "en"`, `"translation"`; [`beside`]). Swedish documents are left exactly as they are.

use crate::i18n::{Lang, Msg, text};

/// What a snippet of the Swedish text is prefixed with in an English view (search hits).
pub const SWEDISH_MARK: &str = "(sv) ";

/// The marker of a translated view, "Unofficial translation — the Swedish text is authoritative";
/// `None` in Swedish, which is the original.
pub fn marker(lang: Lang) -> Option<&'static str> {
    (lang == Lang::En).then(|| text(lang, Msg::Unofficial))
}

/// `doc` with the marker as its first line, when there is one.
pub fn marked(lang: Lang, doc: String) -> String {
    match marker(lang) {
        Some(m) => format!("{m}\n{doc}"),
        None => doc,
    }
}

/// The JSON keys whose strings are content texts a translation replaces; each gets a `<key>_sv`.
/// (`source` objects are citations, which stay Swedish, and are not entered.)
pub const TRANSLATED: &[&str] = &[
    "actor_name",
    "attribution_note",
    "by",
    "date_text",
    "description",
    "edition",
    "explanation",
    "external",
    "heading",
    "help",
    "hours",
    "intro",
    "label",
    "name",
    "note",
    "publisher",
    "region",
    "summary",
    "target_group",
    "term",
    "text",
    "title",
    "unit",
    "words",
];

/// The JSON document `shown` (printed by [`super::json::to_json`] from the English content) with the
/// Swedish of every translated text beside it, taken from `swedish` (the same document printed from the
/// Swedish content), and marked: an object starts with `"lang": "en"` and `"translation"`; a list
/// becomes `{"lang", "translation", "items": [...]}`.
///
/// Works on the printed lines, not a parsed value: a pretty document has one key per line, strings
/// never hold a line break, and the two documents differ only in the values of text fields (the same
/// items at the same places), so `"text": "…"` of line *n* gets `"text_sv": …` from line *n* of the
/// Swedish right after it. No JSON parser in the binary for that, and each `_sv` stands by its text.
pub fn beside(shown: &str, swedish: &str) -> String {
    let (en, sv): (Vec<&str>, Vec<&str>) = (shown.lines().collect(), swedish.lines().collect());
    let same_shape = en.len() == sv.len();
    let mut lines: Vec<String> = Vec::with_capacity(en.len() * 3 / 2);
    // Inside a citation (`source`, `sources`): the indentation of its key line.
    let mut citation: Option<usize> = None;
    for (i, line) in en.iter().enumerate() {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if citation.is_some_and(|c| indent > c) {
            lines.push((*line).to_string());
            continue;
        }
        citation = None;
        let Some((key, value)) = body.strip_prefix('"').and_then(|b| b.split_once("\": ")) else {
            lines.push((*line).to_string());
            continue;
        };
        if key == "source" || key == "sources" {
            citation = Some(indent);
        }
        let text = value.starts_with('"') || value.trim_end_matches(',') == "null";
        let original = sv
            .get(i)
            .filter(|_| same_shape)
            .and_then(|l| l.trim_start().split_once("\": "))
            .map(|(_, v)| v.trim_end_matches(','));
        match original {
            Some(original) if text && TRANSLATED.contains(&key) => {
                let pad = &line[..indent];
                match value.strip_suffix(',') {
                    Some(_) => {
                        lines.push((*line).to_string());
                        lines.push(format!("{pad}\"{key}_sv\": {original},"));
                    }
                    None => {
                        lines.push(format!("{line},"));
                        lines.push(format!("{pad}\"{key}_sv\": {original}"));
                    }
                }
            }
            _ => lines.push((*line).to_string()),
        }
    }
    mark(&lines)
}

/// The lines of an English JSON document marked as a translation (see [`beside`]).
fn mark(lines: &[String]) -> String {
    let note = text(Lang::En, Msg::Unofficial)
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let head = format!("{{\n  \"lang\": \"en\",\n  \"translation\": \"{note}\",\n");
    let mut out = head;
    match lines.first().map(String::as_str) {
        Some("{") => {
            for l in &lines[1..] {
                out.push_str(l);
                out.push('\n');
            }
        }
        _ => {
            out.push_str("  \"items\": ");
            for (i, l) in lines.iter().enumerate() {
                if i > 0 {
                    out.push_str("  ");
                }
                out.push_str(l);
                out.push('\n');
            }
            out.push_str("}\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Content;
    use serde_json::{Value, json};

    fn pretty(v: &Value) -> String {
        crate::report::json::to_json(v)
    }

    #[test]
    fn each_translated_text_gets_its_swedish_and_the_document_says_what_it_is() {
        let en = json!([{"help": null, "id": "a", "source": {"heading": "H", "title": "T"},
                         "text": "Yes \"quoted\", too", "values": [{"label": "No", "value": "nej"}]}]);
        let sv = json!([{"help": null, "id": "a", "source": {"heading": "H", "title": "T"},
                         "text": "Ja", "values": [{"label": "Nej", "value": "nej"}]}]);
        let doc = beside(&pretty(&en), &pretty(&sv));
        let doc: Value = serde_json::from_str(&doc).unwrap_or_else(|e| panic!("{e}:\n{doc}"));
        assert_eq!(doc["lang"], "en");
        assert_eq!(doc["translation"], text(Lang::En, Msg::Unofficial));
        let item = &doc["items"][0];
        assert_eq!(
            (&item["text"], &item["text_sv"]),
            (&json!("Yes \"quoted\", too"), &json!("Ja"))
        );
        assert!(item["help_sv"].is_null() && item.get("help_sv").is_some());
        assert_eq!(item["values"][0]["label_sv"], "Nej");
        assert!(item["source"].get("heading_sv").is_none(), "citations stay");
        assert!(item["source"].get("title_sv").is_none(), "citations stay");
        assert!(item.get("id_sv").is_none());
    }

    #[test]
    fn an_object_keeps_its_shape_and_an_empty_list_is_marked_too() {
        let en = json!({"a": {"text": "x"}, "b": [], "title": "T"});
        let sv = json!({"a": {"text": "y"}, "b": [], "title": "S"});
        let doc: Value = serde_json::from_str(&beside(&pretty(&en), &pretty(&sv)))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc["a"]["text_sv"], "y");
        assert_eq!(doc["title_sv"], "S");
        assert_eq!(doc["lang"], "en");
        let doc: Value =
            serde_json::from_str(&beside("[]\n", "[]\n")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc["items"], json!([]));
    }

    /// `doc` without the `_sv` keys and the marking: what `beside` started from.
    fn strip(doc: &Value) -> Value {
        match doc {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(k, _)| !k.ends_with("_sv") && *k != "lang" && *k != "translation")
                    .map(|(k, v)| (k.clone(), strip(v)))
                    .collect(),
            ),
            Value::Array(list) => Value::Array(list.iter().map(strip).collect()),
            other => other.clone(),
        }
    }

    /// Every `<key>_sv` of `merged` holds the Swedish document's `<key>` at the same place.
    fn check_sv(merged: &Value, sv: &Value, found: &mut usize) {
        match (merged, sv) {
            (Value::Object(m), Value::Object(s)) => {
                for (k, v) in m {
                    match k.strip_suffix("_sv") {
                        Some(key) => {
                            assert_eq!(Some(v), s.get(key), "{key}");
                            *found += 1;
                        }
                        None => {
                            if let Some(sv) = s.get(k) {
                                check_sv(v, sv, found);
                            }
                        }
                    }
                }
            }
            (Value::Array(m), Value::Array(s)) => {
                m.iter().zip(s).for_each(|(a, b)| check_sv(a, b, found));
            }
            _ => {}
        }
    }

    #[test]
    fn the_shipped_documents_keep_their_english_and_get_their_swedish() {
        use crate::engine::{Answers, Scope, assess};
        use crate::report::{json, listing};
        let (en, sv) = (
            crate::embedded::content_in(Lang::En),
            crate::embedded::content(),
        );
        let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap_or_else(|e| panic!("{e}"));
        let at = crate::engine::calendar::LocalTime::parse("2026-11-25 10:00")
            .unwrap_or_else(|| panic!("time"));
        let answers = Answers::parse(sv, &["barn_utsatt=ja"]).unwrap_or_else(|e| panic!("{e:?}"));
        let a = assess(sv, &answers, Scope::default());
        let p = crate::engine::plan(
            sv,
            &answers,
            crate::engine::PlanOptions {
                discovery: at,
                clock: true,
                at,
                role: None,
                tracks: true,
            },
        );
        type Doc<'d> = Box<dyn Fn(&Content) -> String + 'd>;
        let docs: Vec<Doc<'_>> = vec![
            Box::new(|c| json::to_json(&listing::questions(c))),
            Box::new(|c| json::to_json(&listing::steps(c))),
            Box::new(|c| json::to_json(&listing::show(c, 0))),
            Box::new(|c| json::to_json(&listing::actors(c))),
            Box::new(|c| json::to_json(&listing::laws(c))),
            Box::new(|c| json::to_json(&listing::sources(c))),
            Box::new(|c| json::to_json(&crate::report::terms::json(c))),
            Box::new(|c| json::to_json(&json::contacts_at(Lang::En, c, at))),
            Box::new(|c| json::to_json(&json::assessment(c, &answers, &a, Lang::En, at))),
            Box::new(|c| {
                json::to_json(&crate::report::plan::json::plan(Lang::En, c, &answers, &p))
            }),
        ];
        for doc in docs {
            let (e, s) = (doc(en), doc(sv));
            let mut merged = parse(&beside(&e, &s));
            assert_eq!(merged["lang"], "en");
            if parse(&e).is_array() {
                merged = merged["items"].take();
            }
            assert_eq!(strip(&merged), parse(&e), "the English unchanged");
            let mut found = 0;
            check_sv(&merged, &parse(&s), &mut found);
            assert!(found > 0, "{e}");
        }
    }

    #[test]
    fn swedish_views_carry_no_marker() {
        assert_eq!(marker(Lang::Sv), None);
        assert_eq!(marked(Lang::Sv, "x\n".into()), "x\n");
        assert_eq!(
            marked(Lang::En, "x\n".into()),
            format!("{}\nx\n", text(Lang::En, Msg::Unofficial))
        );
    }
}

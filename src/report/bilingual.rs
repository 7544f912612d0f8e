//! The English beside the Swedish. The English content is an unofficial translation: every English view
//! and export says so once ([`marker`]), and every JSON document built from it carries, beside each
//! translated text, the Swedish original (`text` and `text_sv`, `title` and `title_sv` …) and says what
//! it is (`"lang": "en"`, `"translation"`). Swedish documents are left exactly as they are.

use serde::Serialize;
use serde_json::{Map, Value};

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
    "description",
    "external",
    "heading",
    "help",
    "hours",
    "intro",
    "label",
    "name",
    "note",
    "origin",
    "region",
    "summary",
    "target_group",
    "text",
    "title",
    "unit",
    "words",
];

/// The JSON document of `shown` (built from the English content) with the Swedish of every
/// translated text beside it, taken from `swedish` (the same document built from the Swedish content,
/// so of the same shape), and marked: an object gains `"lang": "en"` and `"translation"`; a list
/// becomes `{"lang", "translation", "items": [...]}`.
pub fn bilingual<T: Serialize>(shown: &T, swedish: &T) -> Value {
    let mut doc = serde_json::to_value(shown).unwrap_or(Value::Null);
    let sv = serde_json::to_value(swedish).unwrap_or(Value::Null);
    beside(&mut doc, &sv);
    mark(doc)
}

/// `doc` (English, with its Swedish already beside) marked as a translation.
pub fn mark(doc: Value) -> Value {
    let mut out = match doc {
        Value::Object(map) => map,
        other => {
            let mut map = Map::new();
            map.insert("items".into(), other);
            map
        }
    };
    out.insert("lang".into(), Value::from("en"));
    out.insert(
        "translation".into(),
        Value::from(text(Lang::En, Msg::Unofficial)),
    );
    Value::Object(out)
}

/// Adds `<key>_sv` beside each translated text of `en`, from the same place in `sv`.
fn beside(en: &mut Value, sv: &Value) {
    match (en, sv) {
        (Value::Object(en), Value::Object(sv)) => {
            let mut added = Vec::new();
            for (key, value) in en.iter_mut() {
                let original = sv.get(key).unwrap_or(&Value::Null);
                if TRANSLATED.contains(&key.as_str()) && (value.is_string() || value.is_null()) {
                    added.push((format!("{key}_sv"), original.clone()));
                } else if key != "source" && key != "sources" {
                    beside(value, original);
                }
            }
            en.extend(added);
        }
        (Value::Array(en), Value::Array(sv)) => {
            for (e, s) in en.iter_mut().zip(sv) {
                beside(e, s);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_translated_text_gets_its_swedish_and_the_document_says_what_it_is() {
        let en = json!([{"id": "a", "text": "Yes", "help": null, "source": {"heading": "H"},
                         "values": [{"label": "No", "value": "nej"}]}]);
        let sv = json!([{"id": "a", "text": "Ja", "help": null, "source": {"heading": "H"},
                         "values": [{"label": "Nej", "value": "nej"}]}]);
        let doc = bilingual(&en, &sv);
        assert_eq!(doc["lang"], "en");
        assert_eq!(doc["translation"], text(Lang::En, Msg::Unofficial));
        let item = &doc["items"][0];
        assert_eq!(
            (&item["text"], &item["text_sv"]),
            (&json!("Yes"), &json!("Ja"))
        );
        assert_eq!(item["help_sv"], Value::Null);
        assert!(item["help_sv"].is_null() && item.get("help_sv").is_some());
        assert_eq!(item["values"][0]["label_sv"], "Nej");
        assert!(item["source"].get("heading_sv").is_none(), "citations stay");
        assert!(item.get("id_sv").is_none());
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

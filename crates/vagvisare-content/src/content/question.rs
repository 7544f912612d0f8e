//! Validation of `[[question]]` items: ids, options (a ja/nej pair when none are given), labels.

use std::borrow::Cow;

use toml::Spanned;

use super::ctx::Ctx;
use super::raw::RawQuestion;
use crate::model::{MAX_OPTIONS, QOption, Question};

/// The options of a question that gives none.
const YES_NO: [(&str, &str); 2] = [("ja", "Ja"), ("nej", "Nej")];

/// A question as the model holds it, every problem reported.
pub(super) fn question(cx: &mut Ctx<'_>, f: usize, q: &Spanned<RawQuestion>) -> Question {
    let raw = q.get_ref();
    let id = raw.id.get_ref().as_str();
    let options: Vec<QOption> = match &raw.options {
        None => YES_NO
            .iter()
            .map(|(v, l)| QOption {
                value: Cow::Borrowed(*v),
                label: Cow::Borrowed(*l),
            })
            .collect(),
        Some(opts) => {
            if opts.get_ref().is_empty() || opts.get_ref().len() > MAX_OPTIONS {
                let msg = format!("question `{id}`: needs 1 to {MAX_OPTIONS} options");
                cx.at(f, opts.span().start, msg);
            }
            let mut seen: Vec<&str> = Vec::new();
            opts.get_ref()
                .iter()
                .map(|o| {
                    let v = o.value.get_ref().as_str();
                    let ok = !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                    if !ok || v == "vet_ej" {
                        cx.at(f, o.value.span().start, format!("question `{id}`: option value `{v}` must be a-z, 0-9, _ and not `vet_ej`"));
                    }
                    if seen.contains(&v) {
                        cx.at(f, o.value.span().start, format!("question `{id}`: duplicate option `{v}`"));
                    }
                    seen.push(v);
                    QOption { value: Cow::Owned(v.to_string()), label: cx.text(f, &o.label, "option label of question", id) }
                })
                .collect()
        }
    };
    Question {
        id: Cow::Owned(id.to_string()),
        text: cx.text(f, &raw.text, "text of question", id),
        help: cx.opt_text(f, &raw.help, "help of question", id),
        options: Cow::Owned(options),
    }
}

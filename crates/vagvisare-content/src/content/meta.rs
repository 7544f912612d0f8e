//! Validation of the one `[meta]` table (title, version, date of the content release), and the
//! diagnostic for a problem that has no place in a file.

use std::borrow::Cow;

use super::ctx::{At, Ctx};
use super::error::Diagnostic;
use super::raw::RawMeta;
use crate::model::{Date, Meta};

/// The diagnostic for content too large to say where (no file to point into).
pub(super) fn default_at_nowhere() -> Diagnostic {
    Diagnostic {
        file: "content".into(),
        line: 1,
        col: 1,
        message: "too many questions".into(),
    }
}

/// The `[meta]` table: exactly one in all files, with a well-formed date.
pub(super) fn meta(cx: &mut Ctx<'_>, metas: &[At<RawMeta>]) -> Meta {
    if metas.len() > 1 {
        for (f, m) in &metas[1..] {
            cx.at(
                *f,
                m.span().start,
                "a second [meta] table; there must be exactly one",
            );
        }
    }
    match metas.first() {
        Some((f, m)) => {
            let m = m.get_ref();
            if Date::parse(m.date.get_ref()).is_none() {
                cx.at(
                    *f,
                    m.date.span().start,
                    format!(
                        "meta: malformed date `{}` (want YYYY-MM-DD)",
                        m.date.get_ref()
                    ),
                );
            }
            Meta {
                title: cx.text(*f, &m.title, "meta", "title"),
                version: cx.text(*f, &m.version, "meta", "version"),
                date: Cow::Owned(m.date.get_ref().clone()),
            }
        }
        None => {
            if let Some(first) = cx.files.first() {
                let d = Diagnostic {
                    file: first.name.clone(),
                    line: 1,
                    col: 1,
                    message: "no [meta] table in any content file".into(),
                };
                cx.diags.push(d);
            }
            Meta {
                title: Cow::Borrowed(""),
                version: Cow::Borrowed(""),
                date: Cow::Borrowed(""),
            }
        }
    }
}

//! Validation of the one `[meta]` table: the release's title, version and date, and the content's
//! settings (how old a person's or direct contact may be before it is to be checked).

use std::borrow::Cow;

use toml::Spanned;

use super::ctx::{At, Ctx};
use super::error::Diagnostic;
use super::raw::RawMeta;
use crate::model::{Date, Meta};

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
                max_age_months: max_age(cx, *f, m.max_age_months.as_ref()),
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
                max_age_months: Meta::DEFAULT_MAX_AGE_MONTHS,
            }
        }
    }
}

/// `max_age_months` of `[meta]`: 1 to 1200 months, a year when absent.
fn max_age(cx: &mut Ctx<'_>, f: usize, v: Option<&Spanned<i64>>) -> u32 {
    let Some(v) = v else {
        return Meta::DEFAULT_MAX_AGE_MONTHS;
    };
    match u32::try_from(*v.get_ref()) {
        Ok(n) if (1..=1200).contains(&n) => n,
        _ => {
            let msg = format!(
                "meta: max_age_months {} is not a number of months from 1 to 1200",
                v.get_ref()
            );
            cx.at(f, v.span().start, msg);
            Meta::DEFAULT_MAX_AGE_MONTHS
        }
    }
}

//! One English item applied to its Swedish original: [`Fields`] is handed the item's English table and
//! is told, field by field ([`super::kinds`]), where each translatable text of the model lives. For each
//! it checks that the English is there exactly when the Swedish is, that it is a non-empty string (or a
//! list or tables of the same count), that it keeps every number, date, citation and address of the
//! Swedish ([`super::keep`]) and that the same Swedish is translated the same way everywhere; then it
//! writes the English into the model. What the item has beyond the fields asked for is reported by
//! [`Fields::finish`], so an English file can never carry a condition, a number or an id change.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::problems::Problems;
use crate::model::{List, Text};

/// The English table of one item (or of one nested table) while its fields are applied.
pub struct Fields<'t, 'a> {
    pub(super) tr: &'t mut Problems<'a>,
    /// Index of the English file.
    pub(super) file: usize,
    pub(super) table: &'a DeTable<'a>,
    /// The kind's table name (`duty`), for the consistency check.
    pub(super) kind: &'static str,
    /// How messages name the item: "duty `soc_placering`", "step `akut`, section 2".
    pub(super) owner: String,
    /// Key path of nested tables (`section.`), for the consistency check.
    pub(super) path: String,
    /// Where a missing field is reported: the item's `id`, or its table.
    pub(super) at: usize,
    pub(super) seen: Vec<&'static str>,
}

/// How the English entries of a list of tables find their Swedish ones.
pub struct Keep<E> {
    /// A field the English repeats unchanged, to show which entry it translates (`value`, `number`).
    pub key: &'static str,
    pub get: fn(&E) -> &str,
    /// Which Swedish entries have an English one (all, or e.g. only the phones with a label).
    pub only: fn(&E) -> bool,
}

type Value<'a> = Spanned<DeValue<'a>>;

impl<'a> Fields<'_, 'a> {
    fn value(&mut self, key: &'static str) -> Option<&'a Value<'a>> {
        self.seen.push(key);
        self.table.get(key)
    }

    /// Whether the English item has `key` at all.
    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    fn error(&mut self, offset: usize, message: String) {
        let msg = format!("{}: {message}", self.owner);
        self.tr.english_error(self.file, offset, msg);
    }

    fn missing(&mut self, key: &str) {
        let at = self.at;
        self.error(at, format!("no English `{key}`"));
    }

    fn not_in_swedish(&mut self, key: &str, v: &Value<'_>) {
        self.error(
            v.span().start,
            format!("`{key}` is not in the Swedish item; leave it out"),
        );
    }

    /// The English text of `v`, checked against the Swedish `sv`; `None` (reported) when unusable.
    fn string(&mut self, key: &str, v: &Value<'_>, sv: &str) -> Option<Text> {
        self.string_as(key, key, v, sv)
    }

    /// [`Fields::string`] for the entry `label` (`discussion[2]`) of the field `key`.
    fn string_as(&mut self, label: &str, field: &str, v: &Value<'_>, sv: &str) -> Option<Text> {
        let key = label;
        let DeValue::String(en) = v.get_ref() else {
            self.error(v.span().start, format!("`{key}` must be a string"));
            return None;
        };
        let en = en.trim();
        if en.is_empty() {
            self.error(v.span().start, format!("`{key}`: empty text"));
            return None;
        }
        for problem in super::keep::check(sv, en) {
            self.error(v.span().start, format!("`{key}`: {problem}"));
        }
        let path = format!("{}{field}", self.path);
        if let Some(other) = self.tr.same_as(
            self.kind,
            &path,
            sv,
            en,
            self.file,
            v.span().start,
            &self.owner,
        ) {
            self.error(
                v.span().start,
                format!(
                    "`{key}` translates the same Swedish as {other} differently; use one translation"
                ),
            );
        }
        Some(Cow::Owned(en.to_string()))
    }

    /// A text the Swedish item always has.
    pub fn text(&mut self, key: &'static str, slot: &mut Text) {
        match self.value(key) {
            None => self.missing(key),
            Some(v) => {
                if let Some(en) = self.string(key, v, &slot.clone()) {
                    *slot = en;
                }
            }
        }
    }

    /// A text the Swedish item may have: translated exactly when it is there.
    pub fn opt(&mut self, key: &'static str, slot: &mut Option<Text>) {
        match (slot.clone(), self.value(key)) {
            (Some(sv), Some(v)) => {
                if let Some(en) = self.string(key, v, &sv) {
                    *slot = Some(en);
                }
            }
            (Some(_), None) => self.missing(key),
            (None, Some(v)) => self.not_in_swedish(key, v),
            (None, None) => {}
        }
    }

    /// A text translated only where it has an English form (a contact's `name` when it is a common noun
    /// such as "Polis"); otherwise it stays as printed.
    pub fn maybe(&mut self, key: &'static str, slot: &mut Text) {
        if let Some(v) = self.value(key)
            && let Some(en) = self.string(key, v, &slot.clone())
        {
            *slot = en;
        }
    }

    /// A title shown with its English rendering as a gloss: "Stöd till yrkesverksamma (Support for
    /// professionals)"; the Swedish alone when the English is the same.
    pub fn gloss(&mut self, key: &'static str, slot: &mut Text) {
        match self.value(key) {
            None => self.missing(key),
            Some(v) => {
                if let Some(en) = self.string(key, v, &slot.clone())
                    && en != *slot
                {
                    *slot = Cow::Owned(format!("{slot} ({en})"));
                }
            }
        }
    }

    /// A list of texts: the same count, in the same order.
    pub fn texts(&mut self, key: &'static str, slot: &mut List<Text>) {
        let Some(v) = self.value(key) else {
            if !slot.is_empty() {
                self.missing(key);
            }
            return;
        };
        let Some(list) = self.list(key, v, slot.len()) else {
            return;
        };
        let mut out = slot.to_vec();
        for (i, (e, sv)) in list.iter().zip(slot.iter()).enumerate() {
            if let Some(en) = self.string_as(&format!("{key}[{}]", i + 1), key, e, sv) {
                out[i] = en;
            }
        }
        *slot = Cow::Owned(out);
    }

    /// The array at `v`, which must have `want` entries like the Swedish.
    fn list(&mut self, key: &str, v: &'a Value<'a>, want: usize) -> Option<&'a [Value<'a>]> {
        let DeValue::Array(list) = v.get_ref() else {
            self.error(v.span().start, format!("`{key}` must be a list"));
            return None;
        };
        if list.len() != want {
            self.error(
                v.span().start,
                format!(
                    "`{key}` has {} entries, the Swedish {want}; keep the Swedish count and order",
                    list.len()
                ),
            );
            return None;
        }
        Some(list)
    }

    /// A list of tables (`[[step.section]]`, `options`, `phones`): one English table for each Swedish
    /// entry that `keep.only` selects, in order, each repeating `keep.key` when it is not `""`.
    pub fn tables<E>(
        &mut self,
        key: &'static str,
        items: &mut [E],
        keep: &Keep<E>,
        each: &dyn Fn(&mut Fields<'_, 'a>, &mut E),
    ) {
        // The generic part is only this: the rest is one copy for every kind of table.
        let wanted: Vec<(usize, String)> = (0..items.len())
            .filter(|&i| (keep.only)(&items[i]))
            .map(|i| (i, (keep.get)(&items[i]).to_string()))
            .collect();
        self.each_table(key, keep.key, &wanted, &mut |f, i| each(f, &mut items[i]));
    }

    /// [`Fields::tables`] for the Swedish entries `wanted` (index, value of `keep`).
    fn each_table(
        &mut self,
        key: &'static str,
        keep: &'static str,
        wanted: &[(usize, String)],
        each: &mut dyn FnMut(&mut Fields<'_, 'a>, usize),
    ) {
        let Some(v) = self.value(key) else {
            if !wanted.is_empty() {
                self.missing(key);
            }
            return;
        };
        let Some(list) = self.list(key, v, wanted.len()) else {
            return;
        };
        for (n, (e, (i, sv))) in list.iter().zip(wanted).enumerate() {
            let owner = format!("{}, {key} {}", self.owner, n + 1);
            let Some(mut sub) = self.nested(key, e, owner) else {
                continue;
            };
            if !keep.is_empty() {
                sub.same(keep, sv);
            }
            each(&mut sub, *i);
            sub.finish();
        }
    }

    /// An optional table (a contact's `reach`): translated exactly when the Swedish has it.
    pub fn table<E>(
        &mut self,
        key: &'static str,
        item: Option<&mut E>,
        each: &dyn Fn(&mut Fields<'_, 'a>, &mut E),
    ) {
        match (item, self.value(key)) {
            (Some(item), Some(v)) => {
                let owner = format!("{}, {key}", self.owner);
                if let Some(mut sub) = self.nested(key, v, owner) {
                    each(&mut sub, item);
                    sub.finish();
                }
            }
            (Some(_), None) => self.missing(key),
            (None, Some(v)) => self.not_in_swedish(key, v),
            (None, None) => {}
        }
    }

    /// The fields of the table `v` nested under `key`.
    fn nested<'s>(
        &'s mut self,
        key: &str,
        v: &'a Value<'a>,
        owner: String,
    ) -> Option<Fields<'s, 'a>> {
        let DeValue::Table(table) = v.get_ref() else {
            self.error(v.span().start, format!("`{key}` must hold tables"));
            return None;
        };
        Some(Fields {
            file: self.file,
            table,
            kind: self.kind,
            owner,
            path: format!("{}{key}.", self.path),
            at: v.span().start,
            seen: Vec::new(),
            tr: self.tr,
        })
    }

    /// A field the English repeats unchanged (an option's `value`, a phone's `number`).
    fn same(&mut self, key: &'static str, sv: &str) {
        match self.value(key) {
            None => self.missing(key),
            Some(v) => {
                if v.get_ref().as_str() != Some(sv) {
                    let shown = v.get_ref().as_str().unwrap_or("(not a string)").to_string();
                    self.error(
                        v.span().start,
                        format!("`{key}` is `{shown}`, the Swedish `{sv}`; keep it as printed"),
                    );
                }
            }
        }
    }

    /// Reports every key of the English table that is neither `id` nor a field asked for.
    pub fn finish(self) {
        let unknown: Vec<(String, usize)> = self
            .table
            .iter()
            .filter(|(k, _)| k.get_ref() != "id" && !self.seen.contains(&k.get_ref().as_ref()))
            .map(|(k, _)| (k.get_ref().to_string(), k.span().start))
            .collect();
        let allowed = self.seen.join(", ");
        for (key, at) in unknown {
            let msg = format!(
                "{}: `{key}` is not a translated field; leave it out (translated: {allowed})",
                self.owner
            );
            self.tr.english_error(self.file, at, msg);
        }
    }
}

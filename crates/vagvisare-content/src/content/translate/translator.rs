//! The state of one translation: the English items by kind, where the Swedish ones are, and what is
//! left over at the end (kinds without a rule, Swedish items without an English one).

use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::Fields;
use super::problems::Problems;
use crate::content::error::{Diagnostic, SourceFile};
use crate::model::HasId;

type Value<'a> = Spanned<DeValue<'a>>;

/// The state of one translation: the English items by kind, where the Swedish ones are, and what has
/// been found so far.
pub struct Translator<'a> {
    swedish: &'a [SourceFile],
    en_dir: &'a str,
    /// English items by kind (`meta` included), in file order, each with its file index.
    items: Vec<(String, Vec<(usize, &'a Value<'a>)>)>,
    /// Where each Swedish item is: "<kind> <id>" → (file, offset of its id). `meta` has the id "".
    /// (Maps keyed by `String`, like the validator's, so the binary holds one copy of their code.)
    origins: HashMap<String, (usize, usize)>,
    /// Each kind of the Swedish files, where it first occurs.
    sv_kinds: Vec<(String, usize, usize)>,
    /// The kinds [`kinds::apply`] knows.
    handled: Vec<&'static str>,
    /// Swedish items without an English one: (kind, id).
    untranslated: Vec<(&'static str, String)>,
    /// The problems found, and how each Swedish text was translated.
    p: Problems<'a>,
}

impl<'a> Translator<'a> {
    /// A translator of the English `english` for the Swedish `swedish`, with the problems found so
    /// far (none, when the files parsed).
    pub(super) fn new(
        english: &'a [SourceFile],
        swedish: &'a [SourceFile],
        en_dir: &'a str,
        diags: Vec<Diagnostic>,
    ) -> Translator<'a> {
        Translator {
            swedish,
            en_dir,
            items: Vec::new(),
            origins: HashMap::new(),
            sv_kinds: Vec::new(),
            handled: Vec::new(),
            untranslated: Vec::new(),
            p: Problems::new(english, diags),
        }
    }

    /// Files the items of one English file by kind.
    pub(super) fn collect(&mut self, file: usize, table: &'a DeTable<'a>) {
        for (key, v) in table.iter() {
            let kind = key.get_ref().to_string();
            let listed: Vec<(usize, &'a Value<'a>)> = match v.get_ref() {
                DeValue::Array(list) if kind != "meta" => list.iter().map(|e| (file, e)).collect(),
                DeValue::Table(_) if kind == "meta" => vec![(file, v)],
                _ => {
                    let msg = format!("`{kind}`: expected [meta] or [[<kind>]] tables");
                    self.p.english_error(file, key.span().start, msg);
                    continue;
                }
            };
            match self.items.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, items)) => items.extend(listed),
                None => self.items.push((kind, listed)),
            }
        }
    }

    /// The English items of `kind`, taken out: what is left at the end has no rule.
    fn take(&mut self, kind: &str) -> Vec<(usize, &'a Value<'a>)> {
        match self.items.iter().position(|(k, _)| k == kind) {
            Some(i) => self.items.remove(i).1,
            None => Vec::new(),
        }
    }

    /// Notes where the items of one Swedish file are.
    pub(super) fn locate(&mut self, file: usize, table: &'a DeTable<'a>) {
        for (key, v) in table.iter() {
            let kind = key.get_ref().to_string();
            if !self.sv_kinds.iter().any(|(k, ..)| *k == kind) {
                self.sv_kinds.push((kind.clone(), file, key.span().start));
            }
            match v.get_ref() {
                DeValue::Table(_) => {
                    let key = format!("{kind} ");
                    self.origins.insert(key, (file, v.span().start));
                }
                DeValue::Array(list) => {
                    for e in list.iter() {
                        if let Some(id) = e.get_ref().get("id")
                            && let Some(name) = id.get_ref().as_str()
                        {
                            let at = (file, id.span().start);
                            self.origins.insert(format!("{kind} {name}"), at);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Applies the English items of `kind` to `items` (the Swedish copy), field by field as `each` says.
    pub(super) fn kind<T: HasId>(
        &mut self,
        kind: &'static str,
        items: &mut [T],
        each: impl Fn(&mut Fields<'_, 'a>, &mut T),
    ) {
        // The generic part is only this: the rest is one copy for every kind.
        let ids: Vec<String> = items.iter().map(|x| x.id().to_string()).collect();
        self.each_item(kind, &ids, &mut |f, i| each(f, &mut items[i]));
    }

    /// [`Translator::kind`] for the Swedish items with `ids`: `each` applies the English to item `i`.
    fn each_item(
        &mut self,
        kind: &'static str,
        ids: &[String],
        each: &mut dyn FnMut(&mut Fields<'_, 'a>, usize),
    ) {
        let found = self.find(kind, ids);
        for (i, (id, at)) in ids.iter().zip(found).enumerate() {
            match at {
                Some((file, table, at)) => {
                    let mut f = self.fields(kind, format!("{kind} `{id}`"), file, table, at);
                    each(&mut f, i);
                    f.finish();
                }
                None => self.untranslated.push((kind, id.clone())),
            }
        }
    }

    /// For each Swedish id of `kind`, its English table (file, table, offset of its id), if any; every
    /// English item that translates no Swedish one, or one already translated, is reported.
    fn find(
        &mut self,
        kind: &'static str,
        ids: &[String],
    ) -> Vec<Option<(usize, &'a DeTable<'a>, usize)>> {
        self.handled.push(kind);
        let index: HashMap<String, usize> = ids.iter().cloned().zip(0..).collect();
        let mut found = vec![None; ids.len()];
        for (file, v) in self.take(kind) {
            let Some((table, name, at)) = self.item(kind, file, v) else {
                continue;
            };
            match index.get(name).map(|&i| (i, found[i])) {
                Some((_, Some((f0, _, at0)))) => {
                    let msg = format!(
                        "{kind} `{name}` is translated twice (first at {})",
                        self.p.english_pos(f0, at0)
                    );
                    self.p.english_error(file, at, msg);
                }
                Some((i, None)) => found[i] = Some((file, table, at)),
                None => {
                    let msg = format!("{kind} `{name}`: no such {kind} in the Swedish content");
                    self.p.english_error(file, at, msg);
                }
            }
        }
        found
    }

    /// The fields of the English table `table` of `owner`.
    fn fields<'s>(
        &'s mut self,
        kind: &'static str,
        owner: String,
        file: usize,
        table: &'a DeTable<'a>,
        at: usize,
    ) -> Fields<'s, 'a> {
        Fields {
            tr: &mut self.p,
            file,
            table,
            kind,
            owner,
            path: String::new(),
            at,
            seen: Vec::new(),
        }
    }

    /// An English `[[kind]]` entry as a table with its id; `None` (reported) when it is not one.
    fn item(
        &mut self,
        kind: &str,
        file: usize,
        v: &'a Value<'a>,
    ) -> Option<(&'a DeTable<'a>, &'a str, usize)> {
        let DeValue::Table(table) = v.get_ref() else {
            let msg = format!("`{kind}` must be tables: [[{kind}]]");
            self.p.english_error(file, v.span().start, msg);
            return None;
        };
        match table
            .get("id")
            .map(|id| (id.get_ref().as_str(), id.span().start))
        {
            Some((Some(name), at)) => Some((table, name, at)),
            Some((None, at)) => {
                self.p
                    .english_error(file, at, format!("[[{kind}]]: `id` must be a string"));
                None
            }
            None => {
                let msg =
                    format!("[[{kind}]] without an `id`: which Swedish {kind} does it translate?");
                self.p.english_error(file, v.span().start, msg);
                None
            }
        }
    }

    /// Applies the one English table of `kind` (`[meta]`) to `item`.
    pub(super) fn single<T>(
        &mut self,
        kind: &'static str,
        item: &mut T,
        each: impl Fn(&mut Fields<'_, 'a>, &mut T),
    ) {
        self.handled.push(kind);
        let english = self.take(kind);
        for &(file, v) in english.iter().skip(1) {
            let msg = format!("a second [{kind}] table; the translation has one");
            self.p.english_error(file, v.span().start, msg);
        }
        match english.first() {
            Some(&(file, v)) => {
                if let DeValue::Table(table) = v.get_ref() {
                    let mut f = self.fields(kind, kind.to_string(), file, table, v.span().start);
                    each(&mut f, item);
                    f.finish();
                }
            }
            None => self.untranslated.push((kind, String::new())),
        }
    }

    /// Reports the kinds nothing handled and the Swedish items without an English one; returns every
    /// problem found, in file order.
    pub(super) fn finish(mut self) -> Vec<Diagnostic> {
        for (kind, items) in std::mem::take(&mut self.items) {
            for (file, v) in items {
                let msg = format!("[[{kind}]] is not a kind that can be translated");
                self.p.english_error(file, v.span().start, msg);
            }
        }
        for (kind, file, at) in std::mem::take(&mut self.sv_kinds) {
            if !self.handled.contains(&kind.as_str()) {
                let msg = format!(
                    "[[{kind}]] has no translation rule, so an English view would show it in Swedish; \
                     add it to content::translate::kinds"
                );
                self.p.diags.push(self.swedish[file].diag(at, msg));
            }
        }
        let mut by_file: Vec<Vec<(usize, String)>> = vec![Vec::new(); self.swedish.len()];
        for (kind, id) in std::mem::take(&mut self.untranslated) {
            let owner = if id.is_empty() {
                format!("[{kind}]")
            } else {
                format!("{kind} `{id}`")
            };
            match self.origins.get(&format!("{kind} {id}")) {
                Some(&(file, at)) => by_file[file].push((at, owner)),
                None => self.p.diags.push(Diagnostic {
                    file: self.en_dir.to_string(),
                    line: 1,
                    col: 1,
                    message: format!("{owner} has no English translation"),
                }),
            }
        }
        for (file, missing) in by_file.into_iter().enumerate() {
            let sv = &self.swedish[file];
            let expected = english_name(&sv.name);
            if self.p.english.iter().any(|f| f.name == expected) {
                for (at, owner) in missing {
                    let msg =
                        format!("{owner} has no English translation (expected in {expected})");
                    self.p.diags.push(sv.diag(at, msg));
                }
            } else if let Some((at, owner)) = missing.first() {
                let more = match missing.len() {
                    1 => " has".to_string(),
                    n => format!(" and {} more item(s) of this file have", n - 1),
                };
                let msg =
                    format!("{owner}{more} no English translation: {expected} does not exist");
                self.p.diags.push(sv.diag(*at, msg));
            }
        }
        let mut d = self.p.diags;
        d.sort();
        d.dedup();
        d
    }
}

/// The English file that mirrors a Swedish one: `content/duties_akut.toml` → `content/en/duties_akut.toml`,
/// `content/scenarios/x.toml` → `content/en/scenarios/x.toml`.
pub fn english_name(swedish: &str) -> String {
    let (dir, file) = swedish.rsplit_once('/').unwrap_or(("", swedish));
    let (base, sub) = match dir.rsplit_once('/') {
        Some((base, "scenarios")) => (base, "scenarios/"),
        None if dir == "scenarios" => ("", "scenarios/"),
        _ => (dir, ""),
    };
    if base.is_empty() {
        format!("en/{sub}{file}")
    } else {
        format!("{base}/en/{sub}{file}")
    }
}

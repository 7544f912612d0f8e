//! The state of one translation: the English items by kind, where the Swedish ones are, and what is
//! left over at the end (kinds without a rule, Swedish items without an English one).

use std::collections::{BTreeMap, HashMap};

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
    items: BTreeMap<String, Vec<(usize, &'a Value<'a>)>>,
    /// Where each Swedish item is: (kind, id) → (file, offset of its id). `meta` has the id "".
    origins: HashMap<(String, String), (usize, usize)>,
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
            items: BTreeMap::new(),
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
            match v.get_ref() {
                DeValue::Array(list) if kind != "meta" => {
                    let items = self.items.entry(kind).or_default();
                    items.extend(list.iter().map(|e| (file, e)));
                }
                DeValue::Table(_) if kind == "meta" => {
                    self.items.entry(kind).or_default().push((file, v));
                }
                _ => self.p.english_error(
                    file,
                    key.span().start,
                    format!("`{kind}`: expected [meta] or [[<kind>]] tables"),
                ),
            }
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
                    self.origins
                        .insert((kind, String::new()), (file, v.span().start));
                }
                DeValue::Array(list) => {
                    for e in list.iter() {
                        if let Some(id) = e.get_ref().get("id")
                            && let Some(name) = id.get_ref().as_str()
                        {
                            let at = (file, id.span().start);
                            self.origins.insert((kind.clone(), name.to_string()), at);
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
        self.handled.push(kind);
        let mut by_id: HashMap<&'a str, (usize, &'a DeTable<'a>, usize)> = HashMap::new();
        for (file, v) in self.items.remove(kind).unwrap_or_default() {
            let Some((table, name, at)) = self.item(kind, file, v) else {
                continue;
            };
            if let Some(&(f0, _, at0)) = by_id.get(name) {
                let msg = format!(
                    "{kind} `{name}` is translated twice (first at {})",
                    self.p.english_pos(f0, at0)
                );
                self.p.english_error(file, at, msg);
            } else if !items.iter().any(|x| x.id() == name) {
                let msg = format!("{kind} `{name}`: no such {kind} in the Swedish content");
                self.p.english_error(file, at, msg);
            } else {
                by_id.insert(name, (file, table, at));
            }
        }
        for item in items.iter_mut() {
            let id = item.id().to_string();
            match by_id.get(id.as_str()) {
                Some(&(file, table, at)) => {
                    let mut f = Fields {
                        tr: &mut self.p,
                        file,
                        table,
                        kind,
                        owner: format!("{kind} `{id}`"),
                        path: String::new(),
                        at,
                        seen: Vec::new(),
                    };
                    each(&mut f, item);
                    f.finish();
                }
                None => self.untranslated.push((kind, id)),
            }
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
        let english = self.items.remove(kind).unwrap_or_default();
        for &(file, v) in english.iter().skip(1) {
            let msg = format!("a second [{kind}] table; the translation has one");
            self.p.english_error(file, v.span().start, msg);
        }
        match english.first() {
            Some(&(file, v)) => {
                if let DeValue::Table(table) = v.get_ref() {
                    let mut f = Fields {
                        tr: &mut self.p,
                        file,
                        table,
                        kind,
                        owner: kind.to_string(),
                        path: String::new(),
                        at: v.span().start,
                        seen: Vec::new(),
                    };
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
        let mut by_file: BTreeMap<usize, Vec<(usize, String)>> = BTreeMap::new();
        for (kind, id) in std::mem::take(&mut self.untranslated) {
            let owner = if id.is_empty() {
                format!("[{kind}]")
            } else {
                format!("{kind} `{id}`")
            };
            match self.origins.get(&(kind.to_string(), id)) {
                Some(&(file, at)) => by_file.entry(file).or_default().push((at, owner)),
                None => self.p.diags.push(Diagnostic {
                    file: self.en_dir.to_string(),
                    line: 1,
                    col: 1,
                    message: format!("{owner} has no English translation"),
                }),
            }
        }
        for (file, missing) in by_file {
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
        d.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
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

//! The validation context: the files being checked (for positions) and every problem found so far,
//! with the checks every kind of item shares (ids, references, texts, dates, conditions).

use std::borrow::Cow;
use std::collections::HashMap;

use toml::Spanned;

use super::condition::{self, QuestionInfo};
use super::error::{Diagnostic, SourceFile};
use super::raw::*;
use crate::model::*;

/// Validation state: the files (for positions) and the problems found so far.
pub(super) struct Ctx<'f> {
    pub(super) files: &'f [SourceFile],
    pub(super) diags: Vec<Diagnostic>,
    /// Each source document's headings (by index), once the sources are read: a reference must name
    /// one of them when the document lists any.
    pub(super) headings: Vec<Vec<String>>,
}

/// An item of some kind with the index of the file it came from.
pub(super) type At<T> = (usize, Spanned<T>);

impl Ctx<'_> {
    pub(super) fn at(&mut self, file: usize, offset: usize, msg: impl Into<String>) {
        let d = self.files[file].diag(offset, msg);
        self.diags.push(d);
    }

    pub(super) fn pos(&self, file: usize, offset: usize) -> String {
        let f = &self.files[file];
        let (l, c) = f.line_col(offset);
        format!("{}:{l}:{c}", f.name)
    }

    /// A required text: reports it when empty, returns it trimmed.
    pub(super) fn text(&mut self, file: usize, s: &S, what: &str, id: &str) -> Text {
        let t = s.get_ref().trim();
        if t.is_empty() {
            self.at(file, s.span().start, format!("{what} `{id}`: empty text"));
        }
        Cow::Owned(t.to_string())
    }

    pub(super) fn opt_text(
        &mut self,
        file: usize,
        s: &Option<S>,
        what: &str,
        id: &str,
    ) -> Option<Text> {
        s.as_ref().map(|s| self.text(file, s, what, id))
    }

    pub(super) fn as_of(&mut self, file: usize, s: &S, what: &str, id: &str) -> AsOf {
        AsOf::parse(s.get_ref()).unwrap_or_else(|| {
            let msg = format!(
                "{what} `{id}`: malformed date `{}` (want YYYY-MM-DD or `odaterad`)",
                s.get_ref()
            );
            self.at(file, s.span().start, msg);
            AsOf::Undated
        })
    }

    /// Builds the id → index map of one kind, reporting malformed and duplicate ids.
    pub(super) fn ids<T>(
        &mut self,
        items: &[At<T>],
        id: impl Fn(&T) -> &S,
        what: &str,
    ) -> HashMap<String, usize> {
        let mut map: HashMap<String, usize> = HashMap::new();
        let mut first: HashMap<String, (usize, usize)> = HashMap::new();
        for (i, (file, item)) in items.iter().enumerate() {
            let s = id(item.get_ref());
            let name = s.get_ref();
            let ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok {
                self.at(
                    *file,
                    s.span().start,
                    format!("{what} id `{name}`: use only a-z, 0-9 and _"),
                );
            }
            if let Some(&(ff, off)) = first.get(name) {
                let msg = format!(
                    "duplicate {what} id `{name}` (first defined at {})",
                    self.pos(ff, off)
                );
                self.at(*file, s.span().start, msg);
            } else {
                first.insert(name.clone(), (*file, s.span().start));
                map.insert(name.clone(), i);
            }
        }
        map
    }

    /// Resolves a reference to an item of another kind.
    pub(super) fn resolve(
        &mut self,
        file: usize,
        map: &HashMap<String, usize>,
        r: &S,
        kind: &str,
        owner: &str,
    ) -> usize {
        match map.get(r.get_ref()) {
            Some(&i) => i,
            None => {
                let msg = format!("{owner}: unknown {kind} `{}`", r.get_ref());
                self.at(file, r.span().start, msg);
                0
            }
        }
    }

    /// Resolves a list of references; an id listed twice is a problem (it would be shown twice, or a
    /// list of thousands of repeats would print thousands of lines).
    pub(super) fn resolve_list(
        &mut self,
        file: usize,
        map: &HashMap<String, usize>,
        list: &[S],
        kind: &str,
        owner: &str,
    ) -> Vec<usize> {
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut out = Vec::with_capacity(list.len());
        for r in list {
            if let Some(&at) = first.get(r.get_ref().as_str()) {
                let msg = format!(
                    "{owner}: {kind} `{}` is listed twice (first at {})",
                    r.get_ref(),
                    self.pos(file, at)
                );
                self.at(file, r.span().start, msg);
                continue;
            }
            first.insert(r.get_ref(), r.span().start);
            out.push(self.resolve(file, map, r, kind, owner));
        }
        out
    }

    pub(super) fn source_ref(
        &mut self,
        file: usize,
        r: &Spanned<RawSourceRef>,
        docs: &HashMap<String, usize>,
        owner: &str,
    ) -> SourceRef {
        let raw = r.get_ref();
        let doc = self.resolve(file, docs, &raw.doc, "source document", owner);
        let heading = self.text(file, &raw.heading, "source heading of", owner);
        let known = docs
            .get(raw.doc.get_ref())
            .and_then(|&d| self.headings.get(d))
            .filter(|h| !h.is_empty());
        if let Some(known) = known
            && !known.iter().any(|h| *h == heading)
        {
            let msg = format!(
                "{owner}: `{heading}` is not a heading of source `{}` (its `headings` list them in order)",
                raw.doc.get_ref()
            );
            self.at(file, raw.heading.span().start, msg);
        }
        SourceRef { doc, heading }
    }

    pub(super) fn condition(
        &mut self,
        file: usize,
        s: &S,
        questions: &[QuestionInfo<'_>],
        owner: &str,
    ) -> Option<Condition> {
        match condition::parse(s.get_ref(), questions) {
            Ok(ops) => Some(Condition {
                source: Cow::Owned(s.get_ref().clone()),
                ops: Cow::Owned(ops),
            }),
            Err(e) => {
                // Where the author typed it: through escapes and multi-line strings.
                let at =
                    super::literal::raw_offset(&self.files[file].text, s.span().start, e.offset);
                self.at(file, at, format!("{owner}: condition: {}", e.message));
                None
            }
        }
    }
}

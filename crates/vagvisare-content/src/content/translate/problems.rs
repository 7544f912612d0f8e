//! What a translation found wrong so far, with the English files to place it in, and the memory of
//! how each Swedish text was translated (the same Swedish must read the same in English).

use std::collections::HashMap;

use crate::content::error::{Diagnostic, SourceFile};

/// The problems found so far and the translations seen.
pub struct Problems<'a> {
    pub(super) english: &'a [SourceFile],
    pub(super) diags: Vec<Diagnostic>,
    /// "<kind> <field path> <Swedish text>" → index into `first`.
    same: HashMap<String, usize>,
    /// Each Swedish text's first English translation, and where it is.
    first: Vec<(String, String)>,
}

impl<'a> Problems<'a> {
    pub(super) fn new(english: &'a [SourceFile], diags: Vec<Diagnostic>) -> Problems<'a> {
        Problems {
            english,
            diags,
            same: HashMap::new(),
            first: Vec::new(),
        }
    }

    /// A problem at byte `offset` of English file `file`.
    pub(super) fn english_error(&mut self, file: usize, offset: usize, message: String) {
        let d = self.english[file].diag(offset, message);
        self.diags.push(d);
    }

    /// `file:line:col` of byte `offset` of English file `file`.
    pub(super) fn english_pos(&self, file: usize, offset: usize) -> String {
        let f = &self.english[file];
        let (l, c) = f.line_col(offset);
        format!("{}:{l}:{c}", f.name)
    }

    /// Records that `sv` (of `kind`, field `path`) is translated `en` by `owner` at `file`/`offset`;
    /// if it was translated otherwise before, says by whom and where.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn same_as(
        &mut self,
        kind: &'static str,
        path: &str,
        sv: &str,
        en: &str,
        file: usize,
        offset: usize,
        owner: &str,
    ) -> Option<String> {
        let key = format!("{kind} {path} {sv}");
        match self.same.get(&key) {
            Some(&i) if self.first[i].0 != en => Some(self.first[i].1.clone()),
            Some(_) => None,
            None => {
                let at = format!("{owner} ({})", self.english_pos(file, offset));
                self.same.insert(key, self.first.len());
                self.first.push((en.to_string(), at));
                None
            }
        }
    }
}

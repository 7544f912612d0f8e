//! What every command of the command line receives: the document format, where a document goes when
//! not to stdout, and the context — the content in the view's language with its Swedish original
//! beside a translation, and how to word it.

use std::path::Path;

use serde::Serialize;

use crate::i18n::Lang;
use crate::model::Content;
use crate::report::{View, bilingual, json};

/// The format of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// One stable JSON document (see the README).
    Json,
    /// A checklist to print or file (`assess` and `plan`).
    Markdown,
}

/// Where an `assess` or `plan` document goes when not to stdout.
#[derive(Debug, Clone, Copy)]
pub struct ToFile<'a> {
    pub path: &'a Path,
    /// Replace an existing regular file (or symbolic link).
    pub force: bool,
}

/// What every command needs: the content and how to word it.
#[derive(Clone, Copy)]
pub struct Ctx<'c> {
    /// The content in the view's language: the Swedish, or its English translation.
    pub content: &'c Content,
    /// The Swedish original beside a translated `content` (for the JSON `*_sv` fields and search);
    /// `None` when `content` is the Swedish.
    pub swedish: Option<&'c Content>,
    pub view: View,
    /// `--verbose`: also the conditions as content writes them (`assess`, `show`, `timeline`).
    pub verbose: bool,
}

impl<'c> Ctx<'c> {
    pub(super) fn lang(&self) -> Lang {
        self.view.lang
    }

    /// A document's JSON built by `doc` from the content, with the Swedish beside a translation's texts.
    pub(super) fn json<J: Serialize>(&self, doc: impl Fn(&'c Content) -> J) -> String {
        match self.swedish {
            None => json::to_json(&doc(self.content)),
            Some(sv) => {
                bilingual::beside(&json::to_json(&doc(self.content)), &json::to_json(&doc(sv)))
            }
        }
    }
}

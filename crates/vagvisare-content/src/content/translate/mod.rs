//! The English content: an unofficial translation applied to a copy of the validated Swedish content.
//!
//! Translation files mirror the Swedish ones (`content/en/<file>.toml`, `content/en/scenarios/<file>.toml`);
//! each item holds its `id` and only its translatable fields ([`kinds`] lists them). The result is a
//! complete [`Content`] with the same ids, indices, conditions, numbers, phone numbers, emails, names
//! and citations as the Swedish; only the texts a reader reads are English. Everything is checked
//! ([`fields`], [`keep`]): a Swedish item or field without its English is an error (at the English item
//! when there is one, else at the Swedish item, naming the English file expected), and so are unknown
//! ids and fields, wrong list lengths, changed option values and phone numbers, and a number, date,
//! §-citation, statute number or address of the Swedish that the English lacks. Every problem is a
//! `file:line:col: message` naming the item.

mod fields;
pub mod keep;
mod kinds;
mod problems;
mod translator;

use toml::Spanned;
use toml::de::DeTable;

pub use fields::{Fields, Keep};
pub use translator::english_name;

use super::error::{Diagnostic, Diagnostics, SourceFile};
use crate::model::Content;
use translator::Translator;

/// The English translation of `sv` (validated from `sv_files`) from the files `en_files`; `en_dir`
/// names the translation folder in messages that have no better place.
pub fn translate(
    sv: &Content,
    sv_files: &[SourceFile],
    en_files: &[SourceFile],
    en_dir: &str,
) -> Result<Content, Diagnostics> {
    let mut diags = Vec::new();
    let english = parse(en_files, &mut diags);
    let swedish = parse(sv_files, &mut diags);
    if !diags.is_empty() {
        return Err(Diagnostics(diags));
    }
    let mut t = Translator::new(en_files, sv_files, en_dir, diags);
    for (file, table) in &english {
        t.collect(*file, table.get_ref());
    }
    for (file, table) in &swedish {
        t.locate(*file, table.get_ref());
    }
    let mut en = sv.clone();
    kinds::apply(&mut t, &mut en);
    let d = t.finish();
    if d.is_empty() {
        Ok(en)
    } else {
        Err(Diagnostics(d))
    }
}

/// Every file of `files` as a TOML document with positions; a file that does not parse is reported.
fn parse<'f>(
    files: &'f [SourceFile],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(usize, Spanned<DeTable<'f>>)> {
    let mut out = Vec::new();
    for (i, f) in files.iter().enumerate() {
        match DeTable::parse(&f.text) {
            Ok(t) => out.push((i, t)),
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                diags.push(f.diag(at, e.message().trim().to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

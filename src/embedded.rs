//! The shipped content, validated by `build.rs` and compiled into the binary as `static` data:
//! using it costs nothing at start-up. Two of it: the authoritative Swedish content and its unofficial
//! English translation (the same items, ids and indices; only the texts differ).

use crate::i18n::Lang;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The embedded Swedish content: the authoritative one.
pub fn content() -> &'static crate::model::Content {
    &CONTENT
}

/// The embedded content in `lang`: the Swedish, or its unofficial English translation.
pub fn content_in(lang: Lang) -> &'static crate::model::Content {
    match lang {
        Lang::Sv => &CONTENT,
        Lang::En => &CONTENT_EN,
    }
}

//! The message catalogue: every label of UI chrome (CLI and navigator) in Swedish and English.
//! An exhaustive `match` per language makes a missing translation a compile error. The content itself is
//! translated apart from this catalogue (`content/en/`, an unofficial translation).
//!
//! [`Lang`] is in `lang`; the messages are the table in `catalogue`, expanded by the macro here into
//! [`Msg`], [`text`] and [`fill`].

macro_rules! catalogue {
    ($($msg:ident => $sv:expr, $en:expr;)*) => {
        /// A piece of UI chrome.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($msg,)* }

        impl Msg {
            /// Every message, for tests that check both languages.
            pub const ALL: &'static [Msg] = &[$(Msg::$msg,)*];
        }

        /// `msg` in `lang` with `{0}`, `{1}` … replaced by `args`: messages that name an id or a path.
        pub fn fill(lang: Lang, msg: Msg, args: &[&str]) -> String {
            let mut out = text(lang, msg).to_string();
            for (i, a) in args.iter().enumerate() {
                out = out.replace(&format!("{{{i}}}"), a);
            }
            out
        }

        /// The text of `msg` in `lang`.
        pub fn text(lang: Lang, msg: Msg) -> &'static str {
            match (lang, msg) {
                $((Lang::Sv, Msg::$msg) => $sv, (Lang::En, Msg::$msg) => $en,)*
            }
        }
    };
}

mod catalogue;
mod lang;

pub use catalogue::{Msg, fill, text};
pub use lang::Lang;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for &m in Msg::ALL {
            assert!(!text(Lang::Sv, m).is_empty(), "{m:?} sv");
            assert!(!text(Lang::En, m).is_empty(), "{m:?} en");
        }
    }

    #[test]
    fn locale_selects_language() {
        assert_eq!(Lang::from_locale(Some("en_US.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(Lang::from_locale(Some("C")), Lang::Sv);
        assert_eq!(Lang::from_locale(None), Lang::Sv);
    }
}

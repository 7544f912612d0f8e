//! A legal reference in words: where it is cited and as of when, what we know of it from outside the
//! sources, and — said once, in one short line — that the law the source cites has since been replaced.
//! Text, Markdown and the navigator take these lines from here.

use super::words::long_date_no_weekday;
use crate::i18n::{Lang, Msg, text};
use crate::model::Law;

/// "SoL (2001:453), ersatt 1 juli 2025 av en ny socialtjänstlag (SFS 2025:400); hänvisningen avser den
/// äldre lagen (uppgift utanför källorna)" — for a law replaced since the source cited it.
pub fn replaced_line(lang: Lang, l: &Law) -> Option<String> {
    let r = l.replaced.as_ref()?;
    Some(format!(
        "{}, {} {} {} {} ({}); {} ({})",
        r.law,
        text(lang, Msg::LawReplaced),
        long_date_no_weekday(lang, r.from),
        text(lang, Msg::LawReplacedBy),
        r.by,
        r.by_sfs,
        text(lang, Msg::LawOlderAct),
        text(lang, Msg::External)
    ))
}

/// "Lag (1990:52) … (uppgift utanför källorna)": the content's external fact, marked once.
pub fn external_line(lang: Lang, l: &Law) -> Option<String> {
    let x = l.external.as_deref()?;
    let x = x.strip_suffix('.').unwrap_or(x);
    Some(format!("{x} ({})", text(lang, Msg::External)))
}

/// "Lydelse vid källans datum: odaterad": the numbering the citation follows.
pub fn wording_line(lang: Lang, l: &Law) -> String {
    format!("{}: {}", text(lang, Msg::LawWording), l.as_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_law_says_so_once() {
        let c = crate::embedded::content();
        for id in ["sol_3_6b", "sol_2_1", "sol_5_11", "sol_2005"] {
            let l = &c.law[c.law_index(id).unwrap_or_else(|| panic!("{id}"))];
            let line = replaced_line(Lang::Sv, l).unwrap_or_else(|| panic!("{id} not replaced"));
            assert_eq!(
                line,
                "SoL (2001:453), ersatt 1 juli 2025 av en ny socialtjänstlag (SFS 2025:400); \
                 hänvisningen avser den äldre lagen (uppgift utanför källorna)"
            );
            assert_eq!(line.matches("utanför källorna").count(), 1);
            assert!(external_line(Lang::Sv, l).is_none(), "{id}: one place only");
        }
        for l in c.law.iter() {
            for line in [external_line(Lang::Sv, l), replaced_line(Lang::Sv, l)]
                .into_iter()
                .flatten()
            {
                assert_eq!(line.matches("utanför källorna").count(), 1, "{line}");
            }
        }
    }
}

//! The age of a contact's information, judged by the one rule content states per contact
//! (`freshness`, see the content README): a national number that does not change is never flagged; a
//! person's or a direct number is "kontrollera uppgiften före samtal" when its source is undated or older
//! than the content's `max_age_months` (default 12, `--max-age-months` overrides it). Every face says it
//! with these words, so the warning means the same thing everywhere.

use super::View;
use crate::i18n::Msg;
use crate::model::{AsOf, Contact, Content, Date, Freshness};

/// What the guide says of a contact's information on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A national number: no age to judge.
    National,
    /// Recent enough: its date is shown quietly.
    Current(Date),
    /// To be checked before calling: its source is older than the limit (`Some`) or undated (`None`).
    Check(Option<Date>),
}

/// The verdict on contact `k` on `today` under content `c`'s age limit.
pub fn verdict(c: &Content, k: &Contact, today: Date) -> Verdict {
    match (k.freshness, k.as_of) {
        (Freshness::National, _) => Verdict::National,
        (_, AsOf::Undated) => Verdict::Check(None),
        (_, AsOf::Date(d)) if today > d.months_after(c.meta.max_age_months) => {
            Verdict::Check(Some(d))
        }
        (_, AsOf::Date(d)) => Verdict::Current(d),
    }
}

/// Whether contact `k` is to be checked before calling (drawn as a warning).
pub fn needs_check(c: &Content, k: &Contact, today: Date) -> bool {
    matches!(verdict(c, k, today), Verdict::Check(_))
}

/// The line about the information's age: "nationellt nummer", "Uppgift från 2022-10-06" or
/// "Kontrollera uppgiften före samtal – uppgift från 2015-03-24" / "… – källan är odaterad".
pub fn age(v: &View, c: &Content, k: &Contact) -> String {
    match verdict(c, k, v.today) {
        Verdict::National => v.t(Msg::FreshNational).to_string(),
        Verdict::Current(d) => format!("{} {d}", v.t(Msg::AsOf)),
        Verdict::Check(Some(d)) => format!(
            "{} – {} {d}",
            v.t(Msg::FreshCheck),
            v.t(Msg::AsOf).to_lowercase()
        ),
        Verdict::Check(None) => format!("{} – {}", v.t(Msg::FreshCheck), v.t(Msg::FreshUndated)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::report::Style;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|| panic!("{s}"))
    }

    fn view(today: &str) -> View {
        View {
            lang: Lang::Sv,
            style: Style { on: false },
            today: d(today),
        }
    }

    fn contact(c: &Content, id: &str) -> Contact {
        c.contacts[c.contact_index(id).unwrap_or_else(|| panic!("{id}"))].clone()
    }

    #[test]
    fn national_numbers_are_never_flagged_however_old() {
        let c = crate::embedded::content();
        for id in ["larm_112", "polisen_11414"] {
            let k = contact(c, id);
            assert_eq!(k.freshness, Freshness::National, "{id}");
            for today in ["2022-10-07", "2030-01-01", "2090-12-31"] {
                assert_eq!(verdict(c, &k, d(today)), Verdict::National, "{id} {today}");
                assert_eq!(age(&view(today), c, &k), "nationellt nummer");
            }
        }
    }

    #[test]
    fn a_named_contact_is_checked_once_its_source_is_older_than_the_limit() {
        let c = crate::embedded::content();
        let k = contact(c, "charlotta_thorelius");
        assert_eq!(k.freshness, Freshness::Person);
        assert_eq!(c.meta.max_age_months, 12);
        // Dated 2015-03-24: current for twelve months, then always flagged.
        assert_eq!(
            verdict(c, &k, d("2016-03-24")),
            Verdict::Current(d("2015-03-24"))
        );
        assert_eq!(
            verdict(c, &k, d("2016-03-25")),
            Verdict::Check(Some(d("2015-03-24")))
        );
        assert_eq!(
            age(&view("2026-11-25"), c, &k),
            "Kontrollera uppgiften före samtal – uppgift från 2015-03-24"
        );
        // An undated coordinator is always to be checked.
        let jenny = contact(c, "jenny_selenius");
        assert_eq!(verdict(c, &jenny, d("2022-01-01")), Verdict::Check(None));
        assert_eq!(
            age(&view("2022-01-01"), c, &jenny),
            "Kontrollera uppgiften före samtal – källan är odaterad"
        );
    }

    #[test]
    fn the_limit_is_the_contents_setting() {
        let mut c = crate::embedded::content().clone();
        let k = contact(&c, "charlotta_thorelius");
        c.meta.max_age_months = 12 * 20;
        assert!(!needs_check(&c, &k, d("2026-11-25")));
        c.meta.max_age_months = 1;
        assert!(needs_check(&c, &k, d("2015-04-25")));
    }
}

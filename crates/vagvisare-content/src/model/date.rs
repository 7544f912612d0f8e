//! Calendar dates of sources and contacts, and the "undated" marker the seeds force on us.

use std::fmt;

/// A calendar date (proleptic Gregorian), as content gives it: `YYYY-MM-DD`.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible days (2023-02-29).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for age arithmetic.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The same day `months` months later, clamped to the month's last day (2025-01-31 + 1 → 2025-02-28).
    pub fn months_after(self, months: u32) -> Date {
        let total = u32::from(self.month) - 1 + months;
        let year = u32::from(self.year) + total / 12;
        let year = u16::try_from(year).unwrap_or(u16::MAX);
        let month = u8::try_from(total % 12 + 1).unwrap_or(12);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// Whole years from `self` to `today` (0 if `today` is earlier).
    pub fn years_until(self, today: Date) -> u32 {
        let mut years = i32::from(today.year) - i32::from(self.year);
        if (today.month, today.day) < (self.month, self.day) {
            years -= 1;
        }
        u32::try_from(years).unwrap_or(0)
    }
}

/// Number of days in a month of a year.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date a piece of information was true: a date, or undated when the seed gives none.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    Date(Date),
    Undated,
}

impl AsOf {
    /// The word content uses for "no date given".
    pub const UNDATED: &'static str = "odaterad";

    /// Parses `YYYY-MM-DD` or `odaterad`.
    pub fn parse(s: &str) -> Option<AsOf> {
        if s == Self::UNDATED {
            Some(AsOf::Undated)
        } else {
            Date::parse(s).map(AsOf::Date)
        }
    }

    /// Whole years between this date and `today`; `None` when undated.
    pub fn age_years(self, today: Date) -> Option<u32> {
        match self {
            AsOf::Date(d) => Some(d.years_until(today)),
            AsOf::Undated => None,
        }
    }
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsOf::Date(d) => d.fmt(f),
            AsOf::Undated => f.write_str(Self::UNDATED),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_and_rejects_impossible_dates() {
        assert_eq!(
            Date::parse("2022-10-06"),
            Some(Date {
                year: 2022,
                month: 10,
                day: 6
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2022-13-01"), None);
        assert_eq!(Date::parse("2022-1-01"), None);
        assert_eq!(Date::parse("+022-10-06"), None);
        assert_eq!(AsOf::parse("odaterad"), Some(AsOf::Undated));
    }

    #[test]
    fn counts_days_and_years() {
        let d = |s| {
            Date::parse(s).unwrap_or(Date {
                year: 0,
                month: 1,
                day: 1,
            })
        };
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2015-03-24").years_until(d("2026-03-23")), 10);
        assert_eq!(d("2015-03-24").years_until(d("2026-03-24")), 11);
        assert_eq!(d("2026-03-24").years_until(d("2015-03-24")), 0);
        assert_eq!(d("2025-01-31").months_after(1), d("2025-02-28"));
        assert_eq!(d("2024-11-15").months_after(12), d("2025-11-15"));
        assert_eq!(d("2024-12-01").months_after(1), d("2025-01-01"));
    }
}

impl Date {
    /// The civil date `days` after 1970-01-01 (inverse of [`Date::days_since_epoch`]).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: u16::try_from(year).unwrap_or(0),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// Today's date (UTC) from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
    }
}

#[cfg(test)]
mod roundtrip {
    use super::Date;

    #[test]
    fn days_roundtrip_across_leap_years() {
        for days in (-800..30_000).step_by(7) {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
        }
        assert_eq!(
            Date::from_days_since_epoch(20_516).to_string(),
            "2026-03-04"
        );
    }
}

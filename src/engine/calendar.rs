//! The Swedish calendar the guide needs: weekdays, public holidays (lag 1989:253 om allmänna helgdagar),
//! the eves that are de facto days off, and local time in Sweden (CET/CEST by the EU summer-time rule).
//!
//! Written here rather than taken from a crate: the one Swedish-holiday crate found (holidays_se) pulls
//! chrono and an old chrono-tz with the whole tz database, far beyond what these few rules need.

use crate::model::Date;

/// The years a date given by the user may fall in (`--at`, `--from`): wide enough for any case, and the
/// years in which the calendar here (today's holidays and the EU summer-time rule, applied to every
/// year) and the dates it prints stay meaningful. Outside it a date is refused, not printed as
/// "1 januari 0" or a year 10000.
pub const YEARS: std::ops::RangeInclusive<u16> = 1900..=2199;

/// How a Swedish wall-clock time maps onto real time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurs {
    /// Once: every time but the hour around a change of summer time.
    Once,
    /// Never: 02:00–02:59 on the last Sunday of March, when clocks go from 02:00 CET to 03:00 CEST.
    Never,
    /// Twice: 02:00–02:59 on the last Sunday of October, first in CEST (UTC+2), then, after clocks go
    /// back from 03:00 to 02:00, in CET (UTC+1).
    Twice,
}

/// A local date and time in Sweden, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    /// Parses `YYYY-MM-DD HH:MM` (or `YYYY-MM-DDTHH:MM`), Swedish local time.
    pub fn parse(s: &str) -> Option<LocalTime> {
        let s = s.trim();
        let (d, t) = s.split_once([' ', 'T'])?;
        let date = Date::parse(d)?;
        let (h, m) = t.trim().split_once(':')?;
        let (hour, minute) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
        (hour < 24 && minute < 60 && h.len() <= 2 && m.len() == 2).then_some(LocalTime {
            date,
            hour,
            minute,
        })
    }

    /// Whether this wall-clock time exists in Sweden once, not at all (spring forward) or twice (fall
    /// back), by the EU rule: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    /// last Sunday of October.
    pub fn occurs(&self) -> Occurs {
        let y = self.date.year;
        match self.hour {
            2 if self.date == last_sunday(y, 3) => Occurs::Never,
            2 if self.date == last_sunday(y, 10) => Occurs::Twice,
            _ => Occurs::Once,
        }
    }

    /// Now, in Swedish local time, from the system clock.
    pub fn now() -> LocalTime {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        LocalTime::from_unix(i64::try_from(secs).unwrap_or(0))
    }

    /// Swedish local time of a Unix timestamp: UTC+1, or UTC+2 between 01:00 UTC on the last Sunday of
    /// March and 01:00 UTC on the last Sunday of October.
    pub fn from_unix(secs: i64) -> LocalTime {
        let utc_day = secs.div_euclid(86_400);
        let year = Date::from_days_since_epoch(utc_day).year;
        let switch = |month: u8| last_sunday(year, month).days_since_epoch() * 86_400 + 3_600;
        let offset = if secs >= switch(3) && secs < switch(10) {
            7_200
        } else {
            3_600
        };
        let local = secs + offset;
        let minute_of_day = local.rem_euclid(86_400) / 60;
        LocalTime {
            date: Date::from_days_since_epoch(local.div_euclid(86_400)),
            hour: u8::try_from(minute_of_day / 60).unwrap_or(0),
            minute: u8::try_from(minute_of_day % 60).unwrap_or(0),
        }
    }
}

impl std::fmt::Display for LocalTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:02}:{:02}", self.date, self.hour, self.minute)
    }
}

/// Day of the week, Monday = 0 … Sunday = 6.
pub fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday (3).
    u8::try_from((d.days_since_epoch() + 3).rem_euclid(7)).unwrap_or(0)
}

/// `d` plus `days` days.
pub fn add_days(d: Date, days: i64) -> Date {
    Date::from_days_since_epoch(d.days_since_epoch() + days)
}

fn last_sunday(year: u16, month: u8) -> Date {
    let last = Date {
        year,
        month,
        day: crate::model::days_in_month(year, month),
    };
    add_days(last, -i64::from((weekday(last) + 1) % 7))
}

/// Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher).
pub fn easter(year: u16) -> Date {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: u8::try_from(month).unwrap_or(4),
        day: u8::try_from(day).unwrap_or(1),
    }
}

/// The first date on or after `d` that falls on `wd` (Monday = 0).
fn on_or_after(d: Date, wd: u8) -> Date {
    add_days(d, i64::from((wd + 7 - weekday(d)) % 7))
}

/// The Swedish public holiday (allmän helgdag) on `d`, by name; Sundays are helgdagar too but unnamed here.
pub fn public_holiday(d: Date) -> Option<&'static str> {
    let e = easter(d.year);
    let rel = d.days_since_epoch() - e.days_since_epoch();
    let y = d.year;
    let midsommardagen = on_or_after(
        Date {
            year: y,
            month: 6,
            day: 20,
        },
        5,
    );
    let alla_helgons = on_or_after(
        Date {
            year: y,
            month: 10,
            day: 31,
        },
        5,
    );
    match (d.month, d.day, rel) {
        (1, 1, _) => Some("Nyårsdagen"),
        (1, 6, _) => Some("Trettondedag jul"),
        (_, _, -2) => Some("Långfredagen"),
        (_, _, 0) => Some("Påskdagen"),
        (_, _, 1) => Some("Annandag påsk"),
        (5, 1, _) => Some("Första maj"),
        (_, _, 39) => Some("Kristi himmelsfärdsdag"),
        (_, _, 49) => Some("Pingstdagen"),
        (6, 6, _) => Some("Sveriges nationaldag"),
        _ if d == midsommardagen => Some("Midsommardagen"),
        _ if d == alla_helgons => Some("Alla helgons dag"),
        (12, 25, _) => Some("Juldagen"),
        (12, 26, _) => Some("Annandag jul"),
        _ => None,
    }
}

/// The eves that are not public holidays but on which offices are usually closed.
pub fn eve(d: Date) -> Option<&'static str> {
    let rel = d.days_since_epoch() - easter(d.year).days_since_epoch();
    let midsommarafton = on_or_after(
        Date {
            year: d.year,
            month: 6,
            day: 19,
        },
        4,
    );
    match (d.month, d.day) {
        _ if rel == -1 => Some("Påskafton"),
        _ if d == midsommarafton => Some("Midsommarafton"),
        (12, 24) => Some("Julafton"),
        (12, 31) => Some("Nyårsafton"),
        _ => None,
    }
}

/// Whether `d` is a vardag: Monday to Friday and not a public holiday.
pub fn is_weekday(d: Date) -> bool {
    weekday(d) < 5 && public_holiday(d).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }

    #[test]
    fn easter_dates() {
        for (y, want) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter(y), d(want), "{y}");
        }
    }

    #[test]
    fn holidays_and_eves_2026() {
        for (date, name) in [
            ("2026-01-01", "Nyårsdagen"),
            ("2026-01-06", "Trettondedag jul"),
            ("2026-04-03", "Långfredagen"),
            ("2026-04-06", "Annandag påsk"),
            ("2026-05-14", "Kristi himmelsfärdsdag"),
            ("2026-05-24", "Pingstdagen"),
            ("2026-06-06", "Sveriges nationaldag"),
            ("2026-06-20", "Midsommardagen"),
            ("2026-10-31", "Alla helgons dag"),
            ("2026-12-25", "Juldagen"),
            ("2026-12-26", "Annandag jul"),
        ] {
            assert_eq!(public_holiday(d(date)), Some(name), "{date}");
        }
        assert_eq!(eve(d("2026-06-19")), Some("Midsommarafton"));
        assert_eq!(eve(d("2026-12-24")), Some("Julafton"));
        assert_eq!(eve(d("2026-04-04")), Some("Påskafton"));
        assert_eq!(
            public_holiday(d("2026-06-19")),
            None,
            "midsommarafton is no public holiday"
        );
        assert!(!is_weekday(d("2026-04-06")));
        assert!(is_weekday(d("2026-11-24")));
        assert!(!is_weekday(d("2026-11-28")), "Saturday");
        assert_eq!(weekday(d("2026-11-25")), 2, "Wednesday");
    }

    #[test]
    fn swedish_local_time_follows_summer_time() {
        // 2026-03-29 is the last Sunday of March: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST.
        let t = |s: i64| LocalTime::from_unix(s).to_string();
        let switch = d("2026-03-29").days_since_epoch() * 86_400 + 3_600;
        assert_eq!(t(switch - 60), "2026-03-29 01:59");
        assert_eq!(t(switch), "2026-03-29 03:00");
        let back = d("2026-10-25").days_since_epoch() * 86_400 + 3_600;
        assert_eq!(t(back - 60), "2026-10-25 02:59");
        assert_eq!(t(back), "2026-10-25 02:00");
        // New Year's Eve 23:30 UTC is already New Year's Day in Sweden.
        assert_eq!(
            t(d("2026-12-31").days_since_epoch() * 86_400 + 23 * 3_600 + 1_800),
            "2027-01-01 00:30"
        );
    }

    #[test]
    fn the_hour_skipped_in_march_and_repeated_in_october() {
        let at = |s: &str| LocalTime::parse(s).map(|t| t.occurs());
        assert_eq!(at("2026-03-29 02:30"), Some(Occurs::Never));
        assert_eq!(at("2026-03-29 02:00"), Some(Occurs::Never));
        assert_eq!(at("2026-03-29 01:59"), Some(Occurs::Once));
        assert_eq!(at("2026-03-29 03:00"), Some(Occurs::Once));
        assert_eq!(
            at("2026-03-22 02:30"),
            Some(Occurs::Once),
            "not the last Sunday"
        );
        assert_eq!(at("2026-10-25 02:30"), Some(Occurs::Twice));
        assert_eq!(at("2026-10-25 03:00"), Some(Occurs::Once));
        assert_eq!(at("2027-03-28 02:15"), Some(Occurs::Never));
        assert_eq!(at("2027-10-31 02:59"), Some(Occurs::Twice));
        // from_unix agrees: no instant maps to the skipped hour, two to the repeated one.
        let day = |s: &str| d(s).days_since_epoch() * 86_400;
        let march: Vec<String> = (0..24 * 60)
            .map(|m| LocalTime::from_unix(day("2026-03-28") + 23 * 3600 + m * 60).to_string())
            .collect();
        assert!(!march.iter().any(|t| t.starts_with("2026-03-29 02:")));
        let october = (0..24 * 60)
            .map(|m| LocalTime::from_unix(day("2026-10-24") + 22 * 3600 + m * 60).to_string())
            .filter(|t| t == "2026-10-25 02:30")
            .count();
        assert_eq!(october, 2);
    }

    #[test]
    fn parses_local_times() {
        assert_eq!(
            LocalTime::parse("2026-12-24 22:00").map(|t| t.to_string()),
            Some("2026-12-24 22:00".into())
        );
        assert_eq!(
            LocalTime::parse("2026-12-24T07:05").map(|t| (t.hour, t.minute)),
            Some((7, 5))
        );
        assert_eq!(LocalTime::parse("2026-12-24 24:00"), None);
        assert_eq!(LocalTime::parse("2026-12-24"), None);
        assert_eq!(LocalTime::parse("2026-12-24 7:5"), None);
    }
}

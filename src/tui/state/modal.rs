//! The small dialogs of the navigator other than the export: the question before quitting, the role
//! list, and the discovery time. Pure data and parsing; `update` changes them, `views::modal` draws them.

use crate::engine::calendar::{LocalTime, add_days};
use crate::engine::fold::fold;
use crate::model::{Content, Date};

/// A dialog over the current view; while one is open, only its keys act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Modal {
    /// `q` with answers given: quit and lose them, stay, or export first.
    Quit,
    /// `R`: choose "my role" from the list of actors.
    Role(RolePicker),
    /// `D`: set when the case was discovered (deadlines count from it).
    Discovery(DiscoveryDialog),
}

/// The role list: a filter typed by the user and the selected row of what matches.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RolePicker {
    pub query: String,
    /// Index into [`RolePicker::matches`].
    pub selected: usize,
}

impl RolePicker {
    /// The list opened on the current role.
    pub fn new(c: &Content, current: Option<usize>) -> RolePicker {
        let mut p = RolePicker::default();
        p.selected = p.matches(c).iter().position(|&a| a == current).unwrap_or(0);
        p
    }

    /// The rows that match the filter: `None` ("all", no role) first, then actors whose name contains
    /// every typed word (case and diacritics ignored).
    pub fn matches(&self, c: &Content) -> Vec<Option<usize>> {
        let words: Vec<String> = self.query.split_whitespace().map(fold).collect();
        let mut out = Vec::new();
        if words.is_empty() {
            out.push(None);
        }
        for (i, a) in c.actors.iter().enumerate() {
            let name = fold(&a.name);
            if words.iter().all(|w| name.contains(w.as_str())) {
                out.push(Some(i));
            }
        }
        out
    }
}

/// The discovery time being typed, and why the last attempt was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveryDialog {
    pub text: String,
    /// The text is still the pre-filled value: the first character typed replaces it (as in a field
    /// whose text is selected), so "22:00" needs no clearing first.
    pub pristine: bool,
    pub error: Option<DiscoveryError>,
}

impl DiscoveryDialog {
    /// Pre-filled with the current discovery time, `YYYY-MM-DD HH:MM`.
    pub fn new(current: LocalTime) -> DiscoveryDialog {
        DiscoveryDialog {
            text: format_time(current),
            pristine: true,
            error: None,
        }
    }
}

/// Why a typed discovery time was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscoveryError {
    /// Not one of the accepted forms.
    Form,
    /// Later than now: a discovery lies in the past.
    Future,
}

/// `2026-11-27 22:00`.
pub fn format_time(t: LocalTime) -> String {
    format!("{} {:02}:{:02}", t.date, t.hour, t.minute)
}

/// Reads a discovery time typed at `now`: `YYYY-MM-DD HH:MM`, `YYYY-MM-DD` (at 00:00), or `HH:MM` alone —
/// the last such time, today or (when it is later than now) yesterday, so "22:00" typed after midnight
/// means last night. Never later than `now`.
pub fn parse_discovery(input: &str, now: LocalTime) -> Result<LocalTime, DiscoveryError> {
    let s = input.trim();
    let t = if let Some(t) = LocalTime::parse(s) {
        t
    } else if let Some(date) = Date::parse(s) {
        LocalTime {
            date,
            hour: 0,
            minute: 0,
        }
    } else {
        let today = LocalTime::parse(&format!("{} {s}", now.date)).ok_or(DiscoveryError::Form)?;
        if today > now {
            LocalTime {
                date: add_days(now.date, -1),
                ..today
            }
        } else {
            today
        }
    };
    if t > now {
        return Err(DiscoveryError::Future);
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> LocalTime {
        LocalTime::parse(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn a_time_alone_is_the_last_such_time() {
        let now = at("2026-11-28 00:30");
        assert_eq!(parse_discovery("22:00", now), Ok(at("2026-11-27 22:00")));
        assert_eq!(parse_discovery(" 00:10 ", now), Ok(at("2026-11-28 00:10")));
        assert_eq!(
            parse_discovery("2026-11-27 22:00", now),
            Ok(at("2026-11-27 22:00"))
        );
        assert_eq!(
            parse_discovery("2026-11-20", now),
            Ok(at("2026-11-20 00:00"))
        );
        assert_eq!(
            parse_discovery("2026-11-29 10:00", now),
            Err(DiscoveryError::Future)
        );
        for bad in ["", "igår", "25:00", "2026-13-01", "22.00", "2026-11-27 7:5"] {
            assert_eq!(
                parse_discovery(bad, now),
                Err(DiscoveryError::Form),
                "{bad}"
            );
        }
        assert_eq!(format_time(at("2026-01-02 03:04")), "2026-01-02 03:04");
    }
}

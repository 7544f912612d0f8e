//! The tab bar's words: every view by name and "my role", in whole words only. When that is too wide,
//! the role is shortened to "★ name", then to its first words (narrow screens show it on the pane bar when it does not fit
//! here), then the other views shrink to the key that opens them ("K", "L" …) while the open one keeps
//! its name — a header is never cut mid-word ("Tidslinje │ M").

use ratatui::text::Span;

use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::app::{App, View};
use crate::tui::keymap::{BINDINGS, Context, key_label};

/// " Min roll: Polisen" in at most `room` columns: whole, else " ★ Polisen", else the name's first
/// words and "…" (never a word cut); `None` when not even that fits.
pub fn role_label(app: &App, room: usize) -> Option<String> {
    let role = app
        .role
        .map_or(app.t(Msg::TuiAll), |a| &app.content.actors[a].name);
    let full = format!(" {}: {role}", app.t(Msg::TuiMyRole));
    if Span::raw(full.as_str()).width() <= room {
        return Some(full);
    }
    let mut short = String::from(" ★");
    let mut words = role.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let more = if words.peek().is_some() { 1 } else { 0 };
        if Span::raw(format!("{short} {w}").as_str()).width() + more > room {
            return (short != " ★").then(|| format!("{short}…"));
        }
        short = format!("{short} {w}");
    }
    Some(short)
}

/// The tabs (each view and its label, `" Kontakter "`) and the role label if it fits, for a bar of
/// `width` columns; each tab is followed by a one-column separator.
pub fn header(app: &App, width: usize) -> (Vec<(View, String)>, Option<String>) {
    let tab = |v: View, short: bool| {
        let key = BINDINGS
            .iter()
            .find(|b| b.context == Context::Global && b.action == Action::Show(v))
            .map(|b| key_label(b.code, b.mods));
        match key {
            Some(k) if short && (v != app.view || app.help.open) => format!(" {k} "),
            _ => format!(" {} ", v.title(app.lang)),
        }
    };
    let tabs = |short: bool| View::ALL.map(|v| (v, tab(v, short))).to_vec();
    let used = |t: &[(View, String)]| {
        t.iter()
            .map(|(_, s)| Span::raw(s.as_str()).width() + 1)
            .sum::<usize>()
    };
    let full = tabs(false);
    let short = tabs(true);
    // The role after the tabs, whole or shortened at a word.
    let fit = |t: &[(View, String)]| role_label(app, width.saturating_sub(used(t)));
    if used(&full) <= width {
        let role = fit(&full);
        (full, role)
    } else {
        let role = fit(&short);
        (short, role)
    }
}

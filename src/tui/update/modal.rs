//! The dialogs' state changes: the question before quitting with answers, the role list, the discovery
//! time. While one is open it takes every action but a resize, so nothing acts behind it.

use super::moves::moved;
use crate::engine::calendar::LocalTime;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::state::modal::{DiscoveryDialog, Modal, RolePicker, format_time, parse_discovery};

/// The longest discovery time anyone types (`2026-11-27 22:00` is 16 characters).
pub const MAX_TIME_INPUT: usize = 24;

/// The longest role filter kept: more than the longest actor's name in either language (a test
/// checks), so anything longer matches nothing (a stray paste is cut here).
pub const MAX_ROLE_FILTER: usize = 120;

/// `q`: leave at once when nothing was answered; otherwise ask first, so no answer is lost unseen.
pub fn quit(app: &mut App) {
    app.export = None;
    app.help.open = false;
    if app.answers.answered() == 0 {
        app.should_quit = true;
    } else {
        app.modal = Some(Modal::Quit);
    }
}

/// Applies `action` if it opens a dialog or one is open; `false` when it is not a dialog's.
pub fn update(app: &mut App, action: &Action) -> bool {
    let c = app.content;
    match (app.modal.take(), action) {
        (None, Action::OpenRole) => {
            app.help.open = false;
            app.modal = Some(Modal::Role(RolePicker::new(c, app.role)));
        }
        (None, Action::OpenDiscovery) => {
            app.help.open = false;
            app.modal = Some(Modal::Discovery(DiscoveryDialog::new(app.discovery)));
        }
        (None, _) => return false,
        // A resize goes on as usual under the dialog, and a paste the dialog has no field for is
        // ignored with the usual status.
        (Some(m), Action::Resize(..) | Action::PasteIgnored) => {
            app.modal = Some(m);
            return false;
        }
        (Some(Modal::Quit), a) => match a {
            Action::Quit | Action::QuitNow => app.should_quit = true,
            // Export first: the dialog takes over; quitting is asked again afterwards.
            Action::OpenExport => return false,
            Action::ModalCancel => {}
            _ => app.modal = Some(Modal::Quit),
        },
        (Some(Modal::Role(p)), a) => role(app, p, a),
        (Some(Modal::Discovery(d)), a) => discovery(app, d, a),
    }
    true
}

fn role(app: &mut App, mut p: RolePicker, action: &Action) {
    let c = app.content;
    let n = p.matches(c).len();
    match action {
        Action::Up => p.selected = moved(p.selected, -1, n),
        Action::Down => p.selected = moved(p.selected, 1, n),
        Action::PageUp => p.selected = moved(p.selected, -10, n),
        Action::PageDown => p.selected = moved(p.selected, 10, n),
        Action::ModalInput(_) | Action::InsertText(_) => {
            insert(app, &mut p.query, &typed(action), MAX_ROLE_FILTER);
            p.selected = 0;
        }
        Action::ModalBackspace => {
            p.query.pop();
            p.selected = 0;
        }
        Action::ModalSubmit => {
            match p.matches(c).get(p.selected) {
                Some(&role) => {
                    app.role = role;
                    app.main.duty = 0;
                    app.recompute();
                    let name = role.map_or(app.t(Msg::TuiAll), |a| &c.actors[a].name);
                    app.status = Some(format!("{}: {name}", app.t(Msg::TuiMyRole)));
                }
                // Nothing matches the filter: keep the list open.
                None => app.modal = Some(Modal::Role(p)),
            }
            return;
        }
        Action::ModalCancel | Action::Quit => return,
        _ => {}
    }
    app.modal = Some(Modal::Role(p));
}

fn discovery(app: &mut App, mut d: DiscoveryDialog, action: &Action) {
    match action {
        Action::ModalInput(_) | Action::InsertText(_) => {
            // The first text typed or pasted replaces the pre-filled time.
            if std::mem::take(&mut d.pristine) {
                d.text.clear();
            }
            insert(app, &mut d.text, &typed(action), MAX_TIME_INPUT);
            d.error = None;
        }
        Action::ModalBackspace => {
            d.pristine = false;
            d.text.pop();
            d.error = None;
        }
        Action::ModalSubmit => {
            // Without a clock (tests), the end of today stands in for now.
            let now = app.now.unwrap_or(LocalTime {
                date: app.today,
                hour: 23,
                minute: 59,
            });
            match parse_discovery(&d.text, now) {
                Ok(t) => {
                    app.discovery = t;
                    app.recompute();
                    app.status = Some(format!("{}: {}", app.t(Msg::Discovery), format_time(t)));
                    return;
                }
                Err(e) => d.error = Some(e),
            }
        }
        Action::ModalCancel | Action::Quit => return,
        _ => {}
    }
    app.modal = Some(Modal::Discovery(d));
}

/// Adds typed or pasted `text` to a dialog's field — a line break or a tab as a space, as in the
/// search — up to `max` characters; the status says when some was cut.
fn insert(app: &mut App, field: &mut String, text: &str, max: usize) {
    let spaced = text.chars().map(|c| if c.is_control() { ' ' } else { c });
    if !crate::tui::input::append_capped(field, spaced, max) {
        app.status = Some(crate::tui::input::cut_status(app.lang, max));
    }
}

/// The text an action types into a dialog's field: one character, or a batch typed or pasted at once.
fn typed(action: &Action) -> String {
    match action {
        Action::ModalInput(c) => c.to_string(),
        Action::InsertText(text) => text.clone(),
        _ => String::new(),
    }
}

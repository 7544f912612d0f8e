//! The dialogs' state changes: the question before quitting with answers, the role list, the discovery
//! time. While one is open it takes every action but a resize, so nothing acts behind it.

use super::moves::moved;
use crate::engine::calendar::LocalTime;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::state::modal::{DiscoveryDialog, Modal, RolePicker, format_time, parse_discovery};

/// The longest discovery time anyone types (`2026-11-27 22:00` is 16 characters).
const MAX_TIME_INPUT: usize = 24;

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
        // A resize goes on as usual under the dialog.
        (Some(m), Action::Resize(..)) => {
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
        Action::ModalInput(ch) if !ch.is_control() => {
            p.query.push(*ch);
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
        Action::ModalInput(ch) if !ch.is_control() && d.text.chars().count() < MAX_TIME_INPUT => {
            d.type_char(*ch);
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

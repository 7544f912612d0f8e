//! From a batch of terminal events ([`crate::term::input::Batch`]) to the navigator's actions.
//!
//! Every key goes through the key table ([`super::keymap::dispatch`]) against the state it finds, one
//! after the other, so `/` followed by text in the same batch opens the search and types into it. Then:
//!
//! - characters for the focused text field (the search query, the export's file name, the role
//!   list's filter, the discovery time) are gathered into one [`Action::InsertText`], so the search
//!   runs once per batch, not once per character;
//! - in a batch of keys that arrived together (a paste the terminal did not mark), Enter and Tab in a
//!   text field are text — a line break of the paste — never the command;
//! - a paste, marked ([`Event::Paste`]) or not ([`Batch::pasted`]), where no text field has the focus
//!   is ignored, with a status that says so: its characters must not answer questions, reset them or
//!   open an export and write it;
//! - a resize and mouse events act as they come.

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, MouseButton, MouseEventKind};

use super::action::Action;
use super::app::App;
use super::keymap;
use crate::i18n::{Lang, Msg, fill};
use crate::term::input::Batch;

/// Applies `batch` to `app`: each action goes through `apply` (the shell's `update` and its effects),
/// in order.
pub fn handle(app: &mut App, batch: Batch, apply: &mut dyn FnMut(&mut App, Action)) {
    let mut text = String::new();
    let mut ignored = false;
    for event in batch.events {
        let action = match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                if keymap::takes_text(app) {
                    if batch.together && matches!(k.code, KeyCode::Enter | KeyCode::Tab) {
                        text.push(if k.code == KeyCode::Tab { '\t' } else { '\n' });
                        continue;
                    }
                    match keymap::dispatch(app, k) {
                        Some(
                            Action::SearchInput(c) | Action::ExportInput(c) | Action::ModalInput(c),
                        ) => {
                            text.push(c);
                            continue;
                        }
                        other => other,
                    }
                } else if batch.pasted {
                    ignored = true;
                    continue;
                } else {
                    keymap::dispatch(app, k)
                }
            }
            Event::Paste(pasted) => {
                if keymap::takes_text(app) {
                    text.push_str(&pasted);
                    continue;
                }
                ignored = true;
                None
            }
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
                MouseEventKind::ScrollUp => Some(Action::Up),
                MouseEventKind::ScrollDown => Some(Action::Down),
                _ => None,
            },
            _ => None,
        };
        let Some(action) = action else {
            continue;
        };
        // The text typed so far goes in before the next command (Backspace, Esc, Enter…) acts.
        if !text.is_empty() {
            apply(app, Action::InsertText(std::mem::take(&mut text)));
        }
        apply(app, action);
        if app.should_quit {
            return;
        }
    }
    if !text.is_empty() {
        apply(app, Action::InsertText(text));
    }
    if ignored {
        apply(app, Action::PasteIgnored);
    }
}

/// Appends `chars` to `field` up to `max` characters in all; `false` if some did not fit.
pub fn append_capped(field: &mut String, chars: impl Iterator<Item = char>, max: usize) -> bool {
    let mut chars = chars.peekable();
    let room = max.saturating_sub(field.chars().count());
    field.extend(chars.by_ref().take(room));
    chars.peek().is_none()
}

/// The status after text was cut to `max` characters.
pub fn cut_status(lang: Lang, max: usize) -> String {
    fill(lang, Msg::TuiTextCut, &[&max.to_string()])
}

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;

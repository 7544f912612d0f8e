//! Reading the terminal's input in batches: the event loop blocks for the next event, then takes every
//! event already waiting and draws once for all of them. A paste of thousands of characters then costs
//! one frame per batch instead of one per character, and the program reads the terminal as fast as a
//! paste arrives — nothing is left in the terminal for the shell to run afterwards.
//!
//! A batch also tells a paste from typing when the terminal does not mark pastes (bracketed paste,
//! which [`super::tty`] turns on, arrives as one [`Event::Paste`]): a person's keys come one at a
//! time, a paste's all at once. See [`Batch::pasted`] and [`Batch::together`].

use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// At most this many events make one batch, so a huge paste still shows progress.
pub const MAX_BATCH: usize = 4096;

/// Events that arrive within this time of the previous one belong to the same batch. (Also the wait
/// that ends a batch: crossterm's level-triggered input source only looks for waiting events with a
/// timeout above zero.)
pub const GAP: Duration = Duration::from_millis(1);

/// From this many keys at once, not one key repeated, a batch is a paste.
pub const PASTE_KEYS: usize = 8;

/// Events that arrived together.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Batch {
    pub events: Vec<Event>,
    /// A paste that the terminal did not mark: at least [`PASTE_KEYS`] keys at once that are not one
    /// key held down, or the rest of a pasted batch cut at [`MAX_BATCH`]. Outside a text field its
    /// keys must not act as commands.
    pub pasted: bool,
    /// Two or more keys at once, one of them a character: typed text cannot do that, so an Enter or
    /// a Tab among them is part of pasted text, not a command.
    pub together: bool,
}

impl Batch {
    /// Classifies `events`; `continues` says whether they are the rest of a pasted batch.
    pub fn of(events: Vec<Event>, continues: bool) -> Batch {
        let keys: Vec<&KeyEvent> = events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) if k.kind != KeyEventKind::Release => Some(k),
                _ => None,
            })
            .collect();
        let typed = keys.iter().any(|k| character(k).is_some());
        let repeated = keys.windows(2).all(|w| w[0].code == w[1].code);
        let pasted = continues || (keys.len() >= PASTE_KEYS && typed && !repeated);
        let together = keys.len() >= 2 && typed;
        Batch {
            events,
            pasted,
            together: together || pasted,
        }
    }
}

/// The character a key types, if it types one (no Ctrl or Alt).
pub fn character(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Reads the terminal batch by batch, remembering whether a paste was cut at [`MAX_BATCH`].
///
/// Not a time window after a paste: the pieces of one paste arrive back to back (the program reads as
/// fast as the terminal writes), and a key pressed right after a paste — by a script, say — is a key.
#[derive(Debug, Default)]
pub struct Reader {
    paste_cut: bool,
}

impl Reader {
    /// Blocks until the next event, then takes the events waiting behind it (see [`GAP`]).
    pub fn read(&mut self) -> io::Result<Batch> {
        let mut events = vec![event::read()?];
        while events.len() < MAX_BATCH && event::poll(GAP)? {
            events.push(event::read()?);
        }
        let full = events.len() == MAX_BATCH;
        let batch = Batch::of(events, self.paste_cut);
        self.paste_cut = batch.pasted && full;
        Ok(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    fn keys(s: &str) -> Vec<Event> {
        s.chars().map(key).collect()
    }

    #[test]
    fn one_key_is_typing_and_many_different_keys_at_once_a_paste() {
        let one = Batch::of(keys("j"), false);
        assert!(!one.pasted && !one.together);
        let two = Batch::of(keys("ab"), false);
        assert!(!two.pasted && two.together);
        let paste = Batch::of(keys("åtgärd 112"), false);
        assert!(paste.pasted && paste.together);
        // A key held down (auto-repeat while the program was busy) is not a paste.
        let held = Batch::of(keys("jjjjjjjjjjjj"), false);
        assert!(!held.pasted);
        // Arrows and Enter alone are no text.
        let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        let down = Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
        let arrows = Batch::of(vec![down.clone(), enter, down.clone(), down], false);
        assert!(!arrows.pasted && !arrows.together);
        // The rest of a paste cut at the largest batch is still the paste.
        let tail = Batch::of(keys("q"), true);
        assert!(tail.pasted && tail.together);
    }

    #[test]
    fn control_and_alt_keys_type_nothing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(character(&ctrl_c), None);
        let shifted = KeyEvent::new(KeyCode::Char('Å'), KeyModifiers::SHIFT);
        assert_eq!(character(&shifted), Some('Å'));
    }
}

//! The walkthrough's event loop: `ratatui::init()` (which installs a panic hook that restores the
//! terminal), draw, block on one key, update, until the user quits; then `ratatui::restore()`.

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::update::update;
use super::view;
use super::walkthrough::{Action, Flow, Walkthrough};
use crate::i18n::Lang;

/// The key bindings: one table, also the source of the footer hint's wording.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    Some(match key.code {
        KeyCode::Right | KeyCode::PageDown | KeyCode::Char(' ' | 'l' | 'n') => Action::Next,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Left | KeyCode::PageUp | KeyCode::Backspace | KeyCode::Char('h' | 'p') => {
            Action::Back
        }
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Char(d @ '1'..='9') => Action::Pick(usize::from(d as u8 - b'1')),
        KeyCode::Esc | KeyCode::Char('q') => Action::Quit,
        _ => return None,
    })
}

/// Runs the walkthrough in the terminal until the user quits.
pub fn run(w: &mut Walkthrough, lang: Lang) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let result = (|| -> std::io::Result<()> {
        let size = terminal.size()?;
        update(w, Action::Resize(size.width, size.height), lang);
        loop {
            terminal.draw(|f| view::render(f, w, lang))?;
            let action = match event::read()? {
                Event::Key(k) if k.kind == KeyEventKind::Press => action_for(k),
                Event::Resize(width, height) => Some(Action::Resize(width, height)),
                _ => None,
            };
            if let Some(a) = action
                && update(w, a, lang) == Flow::Quit
            {
                return Ok(());
            }
        }
    })();
    ratatui::restore();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_actions() {
        let k = |c| KeyEvent::new(c, KeyModifiers::NONE);
        assert_eq!(action_for(k(KeyCode::Right)), Some(Action::Next));
        assert_eq!(action_for(k(KeyCode::Left)), Some(Action::Back));
        assert_eq!(action_for(k(KeyCode::Enter)), Some(Action::Confirm));
        assert_eq!(action_for(k(KeyCode::Char('3'))), Some(Action::Pick(2)));
        assert_eq!(action_for(k(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(action_for(k(KeyCode::Char('x'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c), Some(Action::Quit));
    }
}

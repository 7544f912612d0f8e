//! The walkthrough's one table of keys, on the mechanism the navigator's table uses
//! ([`crate::term::keys`]): it dispatches key presses ([`dispatch`]), writes the footer's hints
//! ([`hints`]) and the list of keys behind `?` ([`help_lines`]), so what training does and what it says
//! it does cannot drift apart. A resize is no key: the event loop forwards it as
//! [`Action::Resize`].

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::walkthrough::{Action, Walkthrough};
use crate::i18n::{Lang, Msg};
use crate::term::keys;

/// Where a key is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A page of the walkthrough.
    Walkthrough,
    /// The list of keys (`?`).
    Help,
}

/// One key binding of the walkthrough.
pub type Binding = keys::Binding<Action, Context>;

const fn b(code: KeyCode, context: Context, action: Action, help: Msg, hint: bool) -> Binding {
    Binding::key(code, context, action, help, hint)
}

const fn pick(digit: char, n: usize) -> Binding {
    b(
        KeyCode::Char(digit),
        W,
        Action::Pick(n),
        Msg::KeyTrainPick,
        true,
    )
}

use Context::{Help as H, Walkthrough as W};
use KeyCode as K;

/// Every key binding, in the order the help lists them. Forward and back read a long page to its end
/// first (a screenful at a time); the digits are the only way to choose — Enter only goes forward.
pub const BINDINGS: &[Binding] = &[
    b(K::Right, W, Action::Next, Msg::KeyTrainForward, true),
    b(K::PageDown, W, Action::Next, Msg::KeyTrainForward, true),
    b(K::Enter, W, Action::Confirm, Msg::KeyTrainForward, true),
    b(K::Char(' '), W, Action::Next, Msg::KeyTrainForward, false),
    b(K::Char('l'), W, Action::Next, Msg::KeyTrainForward, false),
    b(K::Char('n'), W, Action::Next, Msg::KeyTrainForward, false),
    b(K::Left, W, Action::Back, Msg::KeyTrainBack, true),
    b(K::PageUp, W, Action::Back, Msg::KeyTrainBack, true),
    b(K::Backspace, W, Action::Back, Msg::KeyTrainBack, false),
    b(K::Char('h'), W, Action::Back, Msg::KeyTrainBack, false),
    b(K::Char('p'), W, Action::Back, Msg::KeyTrainBack, false),
    b(K::Up, W, Action::Up, Msg::KeyTrainScroll, true),
    b(K::Down, W, Action::Down, Msg::KeyTrainScroll, true),
    b(K::Char('k'), W, Action::Up, Msg::KeyTrainScroll, false),
    b(K::Char('j'), W, Action::Down, Msg::KeyTrainScroll, false),
    pick('1', 0),
    pick('2', 1),
    pick('3', 2),
    pick('4', 3),
    pick('5', 4),
    pick('6', 5),
    pick('7', 6),
    pick('8', 7),
    pick('9', 8),
    b(K::Char('?'), W, Action::ToggleHelp, Msg::KeyHelp, true),
    b(K::Char('q'), W, Action::Quit, Msg::KeyQuit, true),
    b(K::Esc, W, Action::Quit, Msg::KeyQuit, false),
    Binding::ctrl('c', W, Action::Quit, Msg::KeyQuit),
    Binding::ctrl('z', W, Action::Suspend, Msg::KeySuspend),
    b(K::Esc, H, Action::ToggleHelp, Msg::KeyTrainCloseHelp, true),
    b(
        K::Char('?'),
        H,
        Action::ToggleHelp,
        Msg::KeyTrainCloseHelp,
        true,
    ),
    b(K::Char('q'), H, Action::Quit, Msg::KeyQuit, true),
    Binding::ctrl('c', H, Action::Quit, Msg::KeyQuit),
    Binding::ctrl('z', H, Action::Suspend, Msg::KeySuspend),
];

/// The context of the walkthrough's state.
pub fn context(w: &Walkthrough) -> Context {
    if w.help_open { H } else { W }
}

/// The action of a key press, if any.
pub fn dispatch(w: &Walkthrough, key: KeyEvent) -> Option<Action> {
    keys::find(BINDINGS, &context(w), key).map(|b| b.action)
}

/// The footer: the hints of the current context on one line of at most `width` columns when they fit
/// (the gaps between them narrowed first).
pub fn hints(w: &Walkthrough, lang: Lang, width: usize) -> String {
    let groups: Vec<String> = keys::grouped(BINDINGS, &[context(w)], true, lang)
        .into_iter()
        .map(|(_, keys, desc)| format!("{} {desc}", digits_as_range(&keys)))
        .collect();
    let wide = groups.join("   ");
    if wide.chars().count() <= width {
        wide
    } else {
        groups.join("  ")
    }
}

/// Every key of the walkthrough, for the help: `(keys, description)`.
pub fn help_lines(lang: Lang) -> Vec<(String, &'static str)> {
    keys::grouped(BINDINGS, &[W], false, lang)
        .into_iter()
        .map(|(_, keys, desc)| (digits_as_range(&keys), desc))
        .collect()
}

/// `1 2 3 4 5 6 7 8 9` written `1–9`.
fn digits_as_range(keys: &str) -> String {
    keys.replace("1 2 3 4 5 6 7 8 9", "1–9")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn walk() -> Walkthrough<'static> {
        Walkthrough::new(crate::embedded::content(), 0)
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_map_to_actions() {
        let mut w = walk();
        assert_eq!(dispatch(&w, press(K::Right)), Some(Action::Next));
        assert_eq!(dispatch(&w, press(K::Left)), Some(Action::Back));
        assert_eq!(dispatch(&w, press(K::Enter)), Some(Action::Confirm));
        assert_eq!(dispatch(&w, press(K::PageDown)), Some(Action::Next));
        assert_eq!(dispatch(&w, press(K::PageUp)), Some(Action::Back));
        assert_eq!(dispatch(&w, press(K::Down)), Some(Action::Down));
        assert_eq!(dispatch(&w, press(K::Char('k'))), Some(Action::Up));
        assert_eq!(dispatch(&w, press(K::Char('3'))), Some(Action::Pick(2)));
        assert_eq!(dispatch(&w, press(K::Char('q'))), Some(Action::Quit));
        assert_eq!(dispatch(&w, press(K::Char('x'))), None);
        let ctrl = |c| KeyEvent::new(K::Char(c), KeyModifiers::CONTROL);
        assert_eq!(dispatch(&w, ctrl('c')), Some(Action::Quit));
        assert_eq!(dispatch(&w, ctrl('z')), Some(Action::Suspend));
        // In the help, Esc closes it rather than ending the walkthrough.
        w.update(Action::ToggleHelp);
        assert_eq!(dispatch(&w, press(K::Esc)), Some(Action::ToggleHelp));
        assert_eq!(dispatch(&w, press(K::Right)), None);
    }

    #[test]
    fn no_two_bindings_collide_and_every_key_is_in_the_help() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for other in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == other.context && a.code == other.code && a.mods == other.mods),
                    "{a:?} collides with {other:?}"
                );
            }
        }
        let help = help_lines(Lang::Sv);
        for b in BINDINGS.iter().filter(|b| b.context == W) {
            let label = keys::key_label(b.code, b.mods);
            assert!(
                help.iter()
                    .any(|(k, _)| k.split(' ').any(|x| x == label) || k.contains("1–9")),
                "{label} missing from the help"
            );
        }
    }

    #[test]
    fn the_footer_is_written_from_the_table() {
        let w = walk();
        assert_eq!(
            hints(&w, Lang::Sv, 80),
            "→ PgDn Enter fram   ← PgUp tillbaka   ↑ ↓ rulla   1–9 välj   ? hjälp   q avsluta"
        );
        assert_eq!(
            hints(&w, Lang::En, 80),
            "→ PgDn Enter forward   ← PgUp back   ↑ ↓ scroll   1–9 choose   ? help   q quit"
        );
        // Narrower: the gaps first.
        assert_eq!(
            hints(&w, Lang::Sv, 79),
            "→ PgDn Enter fram  ← PgUp tillbaka  ↑ ↓ rulla  1–9 välj  ? hjälp  q avsluta"
        );
        let mut w = walk();
        w.update(Action::ToggleHelp);
        assert_eq!(hints(&w, Lang::En, 80), "Esc ? close the help   q quit");
    }
}

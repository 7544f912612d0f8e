//! Key tables: each face declares its keys once, as a table of [`Binding`]s, and that one table both
//! dispatches key presses ([`find`]) and writes the help and the hints ([`grouped`]), so what a face
//! does and what it says it does cannot drift apart. The tables themselves belong to the faces
//! (`tui::keymap`, `train::keymap`); this is the mechanism they share.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{Lang, Msg, text};

/// One key binding: a key (with modifiers), where it is active, what it does, and how it is described.
#[derive(Debug, Clone)]
pub struct Binding<A, C> {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    /// Where the binding is active (the face's own contexts).
    pub context: C,
    pub action: A,
    /// What it does, for the help and the hints.
    pub help: Msg,
    /// Whether it is shown in the one-line hints.
    pub hint: bool,
}

impl<A, C> Binding<A, C> {
    /// A key without modifiers.
    pub const fn key(code: KeyCode, context: C, action: A, help: Msg, hint: bool) -> Self {
        Binding {
            code,
            mods: KeyModifiers::NONE,
            context,
            action,
            help,
            hint,
        }
    }

    /// Ctrl and a letter (never in the hints).
    pub const fn ctrl(c: char, context: C, action: A, help: Msg) -> Self {
        Binding {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
            context,
            action,
            help,
            hint: false,
        }
    }
}

/// Drops modifiers that are already in the key (Shift of an upper-case letter or of Back-Tab).
pub fn normalise(code: KeyCode, mods: KeyModifiers) -> KeyModifiers {
    match code {
        KeyCode::Char(_) | KeyCode::BackTab => mods - KeyModifiers::SHIFT,
        _ => mods,
    }
}

/// The binding of `key` in `context`, if any. `KeyCode::Null` bindings ("any other key") never match
/// here; a face gives them its own meaning.
pub fn find<'t, A, C: PartialEq>(
    table: &'t [Binding<A, C>],
    context: &C,
    key: KeyEvent,
) -> Option<&'t Binding<A, C>> {
    let mods = normalise(key.code, key.modifiers);
    table.iter().find(|b| {
        b.context == *context
            && b.code != KeyCode::Null
            && b.code == key.code
            && normalise(b.code, b.mods) == mods
    })
}

/// How a key is written in the help: `Ctrl-c`, `↑`, `Tab`, `a–ö` (any character).
pub fn key_label(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Null => "a–ö".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// The bindings of `contexts` (in that order), grouped by description: `(context, "↑ k ↓ j", "move")`,
/// in table order; with `only_hints`, only those shown in the hints, and not a key that an earlier
/// context already binds (it does that context's action here, so the later one would mislead).
pub fn grouped<A, C: Copy + PartialEq>(
    table: &[Binding<A, C>],
    contexts: &[C],
    only_hints: bool,
    lang: Lang,
) -> Vec<(C, String, &'static str)> {
    let mut out: Vec<(C, String, &'static str)> = Vec::new();
    for (i, &context) in contexts.iter().enumerate() {
        let shadowed = |b: &Binding<A, C>| {
            only_hints
                && table.iter().any(|e| {
                    contexts[..i].contains(&e.context) && e.code == b.code && e.mods == b.mods
                })
        };
        for b in table
            .iter()
            .filter(|b| b.context == context && (b.hint || !only_hints) && !shadowed(b))
        {
            let label = key_label(b.code, b.mods);
            let desc = text(lang, b.help);
            match out.iter_mut().find(|(c, _, d)| *c == context && *d == desc) {
                Some(entry) => {
                    entry.1.push(' ');
                    entry.1.push_str(&label);
                }
                None => out.push((context, label, desc)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &[Binding<u8, u8>] = &[
        Binding::key(KeyCode::Char('q'), 0, 1, Msg::KeyQuit, true),
        Binding::ctrl('c', 0, 1, Msg::KeyQuit),
        Binding::key(KeyCode::Char('K'), 0, 2, Msg::KeyContacts, false),
        Binding::key(KeyCode::Null, 1, 3, Msg::KeyType, true),
        Binding::key(KeyCode::Up, 1, 4, Msg::KeyUpDown, true),
    ];

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_are_found_in_their_context_with_their_modifiers() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(find(TABLE, &0, q).map(|b| b.action), Some(1));
        assert!(find(TABLE, &1, q).is_none(), "only in its context");
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(find(TABLE, &0, ctrl_c).map(|b| b.action), Some(1));
        assert!(find(TABLE, &0, press(KeyCode::Char('c'), KeyModifiers::NONE)).is_none());
        // Shift is part of a capital letter.
        let shift_k = press(KeyCode::Char('K'), KeyModifiers::SHIFT);
        assert_eq!(find(TABLE, &0, shift_k).map(|b| b.action), Some(2));
        // "Any other key" is the face's to interpret.
        assert!(find(TABLE, &1, press(KeyCode::Null, KeyModifiers::NONE)).is_none());
    }

    #[test]
    fn help_and_hints_come_from_the_same_table() {
        let all = grouped(TABLE, &[0, 1], false, Lang::En);
        assert_eq!(
            all,
            vec![
                (0, "q Ctrl-c".to_string(), "quit"),
                (0, "K".to_string(), "contacts"),
                (1, "a–ö".to_string(), "type to search"),
                (1, "↑".to_string(), "up/down"),
            ]
        );
        let hints = grouped(TABLE, &[1, 0], true, Lang::Sv);
        assert_eq!(hints[0].1, "a–ö");
        assert_eq!(hints.last().map(|h| h.1.as_str()), Some("q"));
        assert_eq!(key_label(KeyCode::Char(' '), KeyModifiers::NONE), "Space");
    }

    #[test]
    fn a_hint_leaves_out_a_key_an_earlier_context_binds() {
        const SHADOW: &[Binding<u8, u8>] = &[
            Binding::key(KeyCode::Tab, 1, 5, Msg::KeyPlanPane, true),
            Binding::key(KeyCode::Tab, 0, 6, Msg::KeyPane, true),
            Binding::key(KeyCode::BackTab, 0, 7, Msg::KeyPane, true),
        ];
        let hints = grouped(SHADOW, &[1, 0], true, Lang::En);
        assert_eq!(
            hints,
            vec![
                (1, "Tab".to_string(), text(Lang::En, Msg::KeyPlanPane)),
                (0, "Shift-Tab".to_string(), text(Lang::En, Msg::KeyPane)),
            ]
        );
        // The help lists each context whole.
        assert_eq!(grouped(SHADOW, &[1, 0], false, Lang::En).len(), 2);
        assert_eq!(
            grouped(SHADOW, &[1, 0], false, Lang::En)[1].1,
            "Tab Shift-Tab"
        );
    }
}

//! Styles for the three themes. Colour never carries meaning alone: every status is also a symbol and a
//! word (✔ gäller, ? kan bli aktuellt), so the mono theme (default colours, bold/reverse only) and
//! colour-blind users lose nothing.

use ratatui::style::{Color, Modifier, Style};

/// Which theme to draw with (`--theme`, `NO_COLOR` → mono).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeKind {
    /// Modest colours on the terminal's own background.
    #[default]
    Default,
    /// White, yellow and cyan on black, bold everywhere it matters.
    HighContrast,
    /// The terminal's default colours with bold and reverse only.
    Mono,
}

impl ThemeKind {
    /// The theme asked for, or mono when `NO_COLOR` is set and non-empty.
    pub fn resolve(asked: Option<ThemeKind>) -> ThemeKind {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        match asked {
            Some(k) => k,
            None if no_color => ThemeKind::Mono,
            None => ThemeKind::Default,
        }
    }
}

/// Every style the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub applies: Style,
    pub may_apply: Style,
    pub emergency: Style,
    pub key: Style,
    pub tab_active: Style,
    pub highlight: Style,
    pub warn: Style,
}

impl Theme {
    /// The styles of `kind`.
    pub fn of(kind: ThemeKind) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reverse = Style::new().add_modifier(Modifier::REVERSED);
        match kind {
            ThemeKind::Default => Theme {
                kind,
                text: Style::new(),
                dim: Style::new().fg(Color::DarkGray),
                heading: bold.fg(Color::Cyan),
                border: Style::new().fg(Color::DarkGray),
                border_focus: bold.fg(Color::Cyan),
                selected: reverse.add_modifier(Modifier::BOLD),
                applies: bold.fg(Color::Green),
                may_apply: Style::new().fg(Color::Yellow),
                emergency: bold.fg(Color::White).bg(Color::Red),
                key: bold.fg(Color::Cyan),
                tab_active: reverse.add_modifier(Modifier::BOLD),
                highlight: bold.fg(Color::Yellow),
                warn: Style::new().fg(Color::Yellow),
            },
            ThemeKind::HighContrast => Theme {
                kind,
                text: Style::new().fg(Color::White).bg(Color::Black),
                dim: Style::new().fg(Color::Gray).bg(Color::Black),
                heading: bold.fg(Color::Yellow).bg(Color::Black),
                border: Style::new().fg(Color::White).bg(Color::Black),
                border_focus: bold.fg(Color::Yellow).bg(Color::Black),
                selected: bold.fg(Color::Black).bg(Color::Yellow),
                applies: bold.fg(Color::LightGreen).bg(Color::Black),
                may_apply: bold.fg(Color::LightYellow).bg(Color::Black),
                emergency: bold.fg(Color::Black).bg(Color::LightRed),
                key: bold.fg(Color::LightCyan).bg(Color::Black),
                tab_active: bold.fg(Color::Black).bg(Color::White),
                highlight: bold.fg(Color::Black).bg(Color::LightCyan),
                warn: bold.fg(Color::LightYellow).bg(Color::Black),
            },
            ThemeKind::Mono => Theme {
                kind,
                text: Style::new(),
                dim: Style::new(),
                heading: bold,
                border: Style::new(),
                border_focus: bold,
                selected: reverse,
                applies: bold,
                may_apply: Style::new(),
                emergency: bold.add_modifier(Modifier::REVERSED),
                key: bold,
                tab_active: reverse,
                highlight: reverse,
                warn: bold,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_uses_no_colour() {
        let t = Theme::of(ThemeKind::Mono);
        for s in [
            t.text,
            t.dim,
            t.heading,
            t.border,
            t.border_focus,
            t.selected,
            t.applies,
            t.may_apply,
            t.emergency,
            t.key,
            t.tab_active,
            t.highlight,
            t.warn,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }

    #[test]
    fn explicit_theme_wins() {
        assert_eq!(
            ThemeKind::resolve(Some(ThemeKind::HighContrast)),
            ThemeKind::HighContrast
        );
    }
}

//! Minimal terminal styling for text output: bold and dim, only on a terminal without `NO_COLOR`.

use std::io::IsTerminal;

/// Whether to emit ANSI styling.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub on: bool,
}

impl Style {
    /// Styling on when stdout is a terminal and `NO_COLOR` is unset or empty.
    pub fn detect() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            on: std::io::stdout().is_terminal() && !no_color,
        }
    }
    /// Bold text.
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    /// Dim text.
    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

//! The one error type of a run: what went wrong, said in the user's language, and the exit status it
//! maps to. Faces return it; `main` prints it (the `vagvisare: ` prefix is added here, once) and exits
//! with [`Error::exit_code`].

use std::fmt;

/// Why a run failed. Each variant holds its message, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Bad input from the user: an unknown id, a malformed value, conflicting answers. Exit 2.
    Usage(String),
    /// Content (or a local overlay) that does not validate: every problem as `file:line:col: …`, then
    /// one summary line. Exit 1.
    Content {
        diagnostics: String,
        summary: String,
    },
    /// A file that could not be written (an export, a handout) or was refused. Exit 1.
    File(String),
    /// The terminal failed (set-up, drawing, reading a key). Exit 1.
    Terminal(String),
    /// Standard output could not be written (a full disk, an I/O error). Exit 1.
    Output(String),
}

impl Error {
    /// The process exit status: 2 for the user's input, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Content { .. } | Error::File(_) | Error::Terminal(_) | Error::Output(_) => 1,
        }
    }

    /// The message without the program's prefix, for a face that shows it itself (the export dialog).
    pub fn message(&self) -> &str {
        match self {
            Error::Usage(m) | Error::File(m) | Error::Terminal(m) | Error::Output(m) => m,
            Error::Content { summary, .. } => summary,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Content {
                diagnostics,
                summary,
            } => write!(f, "{diagnostics}\nvagvisare: {summary}"),
            other => write!(f, "vagvisare: {}", other.message()),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_is_added_once_and_codes_follow_the_kind() {
        let e = Error::Usage("okänd fråga `x`".into());
        assert_eq!(e.to_string(), "vagvisare: okänd fråga `x`");
        assert_eq!(e.exit_code(), 2);
        let c = Error::Content {
            diagnostics: "content/a.toml:1:1: bad".into(),
            summary: "1 problem".into(),
        };
        assert_eq!(
            c.to_string(),
            "content/a.toml:1:1: bad\nvagvisare: 1 problem"
        );
        assert_eq!(c.exit_code(), 1);
        assert_eq!(Error::File("x".into()).message(), "x");
    }
}

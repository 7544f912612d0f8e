//! The command line, declared with clap derive: one `///` per flag is the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// Terminalguide till Manual vid misstanke om människohandel: vem gör vad i vilket steg, vem du ringer
/// och vilken lag som gäller. Utan underkommando öppnas navigatorn.
#[derive(Debug, Parser)]
#[command(name = "vagvisare", version = crate::cli::VERSION, about, long_about = None)]
pub struct Cli {
    /// Read and validate content from this folder instead of the embedded content.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Add local contacts from this folder (default: ~/.config/vagvisare/ when it exists).
    #[arg(long, global = true, value_name = "DIR", conflicts_with = "no_overlay")]
    pub overlay: Option<PathBuf>,

    /// Ignore the local contacts in the config folder.
    #[arg(long, global = true)]
    pub no_overlay: bool,

    /// Language of labels and messages (default: from LANG, else Swedish). Content stays Swedish.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Your own role (an actor id): its duties first, the others dimmed.
    #[arg(long, value_name = "ACTOR")]
    pub role: Option<String>,

    /// Navigator: capture the mouse (click selects a pane, wheel scrolls). Off by default so the
    /// terminal's own text selection keeps working for copying phone numbers.
    #[arg(long)]
    pub mouse: bool,

    /// Navigator colours (default: `default`; `mono` when NO_COLOR is set).
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<crate::tui::theme::ThemeKind>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Output format of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Text,
    /// One stable JSON document.
    Json,
}

/// Output format of `assess`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum AssessFormat {
    /// For people.
    #[default]
    Text,
    /// One stable JSON object (see README).
    Json,
    /// A checklist to print or file.
    Markdown,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate answers: which duties apply, which may apply, whom to call, which law.
    Assess {
        /// An answer, `QUESTION=VALUE` (repeatable); `vet_ej` means unanswered. See `vagvisare questions`.
        #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
        answers: Vec<String>,
        /// Only duties of this step.
        #[arg(long, value_name = "STEP")]
        step: Option<String>,
        /// Only duties of this actor.
        #[arg(long, value_name = "ACTOR")]
        role: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: AssessFormat,
        /// Write to this file instead of stdout (atomically, mode 0600; never over an existing file
        /// unless --force). Holds the answers and the content's verdict, never free text.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// With --output: replace an existing file.
        #[arg(long, requires = "output")]
        force: bool,
        /// The time for contacts' reachability: "YYYY-MM-DD HH:MM", Swedish local time (default: now).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
    /// List the situation questions with their ids and values.
    Questions {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List the steps of the process and the reference tracks.
    Steps {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show one step: its intro, guidance sections and every duty by actor.
    Show {
        /// The step's id (see `vagvisare steps`).
        step: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List the actors and how many duties each has in each step.
    Actors {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List every contact, with the age of its information.
    Contacts {
        /// Mark who can be reached now (Swedish local time) and put the out-of-hours alternatives first.
        #[arg(long, conflicts_with = "at")]
        now: bool,
        /// Like --now, at another time: "YYYY-MM-DD HH:MM" (Swedish local time).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The deadlines that run from discovery, as dates, with the condition under which each applies.
    Timeline {
        /// The day of discovery, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// An answer, `QUESTION=VALUE` (repeatable), to leave out deadlines that do not apply.
        #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
        answers: Vec<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List the legal references and the duties each supports.
    Law {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Search every text (case- and diacritic-insensitive; phone numbers by digits).
    Search {
        /// Words to find; all must match.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List the seed documents and how many content items each one backs.
    Sources {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Check the content (embedded, or --content DIR): every problem as file:line:col.
    Validate,
    /// List the training scenarios.
    Scenarios {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Walk through a training scenario at a projector (plain text when stdout is not a terminal).
    Train {
        /// The scenario's id (see `vagvisare scenarios`); without it, choose from the list.
        scenario: Option<String>,
        /// Write a Markdown handout without answers to this file.
        #[arg(long, value_name = "FILE", requires = "scenario")]
        handout: Option<PathBuf>,
        /// Write the Markdown answer key, with sources, to this file.
        #[arg(long, value_name = "FILE", requires = "scenario")]
        key: Option<PathBuf>,
        /// Overwrite existing files.
        #[arg(long)]
        force: bool,
    },
    /// Guided consultation. With `--plain` (or when not on a terminal): one question at a time on
    /// stdin/stdout with numbered choices, for screen readers; then the assessment as text.
    Guide {
        /// Line by line, no drawing.
        #[arg(long)]
        plain: bool,
    },
    /// Print a shell completion script: `vagvisare completions bash > /etc/bash_completion.d/vagvisare`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `vagvisare man > vagvisare.1`.
    Man,
}

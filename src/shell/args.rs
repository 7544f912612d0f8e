//! The command line, declared with clap derive: one `///` per flag is the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use super::globals::Globals;
pub use super::lazy::Lazy;

use crate::i18n::Lang;

/// Terminalguide till Manual vid misstanke om människohandel: vem gör vad i vilket steg, vem du ringer
/// och vilken lag som gäller. Utan underkommando öppnas navigatorn.
#[derive(Debug, Parser)]
#[command(name = "vagvisare", version = super::VERSION, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,

    /// Your own role (an actor id): in the navigator its duties first, the others dimmed; `assess`
    /// lists only its duties.
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

impl Cli {
    /// Parses a command line (the program's name first), as `Parser::try_parse_from` would, and takes
    /// the [`Globals`] given after the subcommand into `globals`.
    pub fn try_parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        Cli::from_matches(&<Cli as clap::CommandFactory>::command().try_get_matches_from(args)?)
    }

    /// The parsed command line from clap's matches: the subcommand's [`Globals`] override the ones
    /// given before it.
    pub fn from_matches(matches: &clap::ArgMatches) -> Result<Cli, clap::Error> {
        use clap::FromArgMatches;
        let mut cli = Cli::from_arg_matches(matches)?;
        if let Some((_, sub)) = matches.subcommand() {
            let after = Globals::from_arg_matches(sub)?;
            cli.globals.absorb(after)?;
        }
        Ok(cli)
    }

    /// The UI language: `--lang`, else from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Swedish.
    pub fn language(&self) -> Lang {
        self.globals.lang.unwrap_or_else(Lang::from_env)
    }
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

impl From<Format> for crate::cli::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Text => crate::cli::Format::Text,
            Format::Json => crate::cli::Format::Json,
        }
    }
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

impl From<AssessFormat> for crate::cli::Format {
    fn from(f: AssessFormat) -> Self {
        match f {
            AssessFormat::Text => crate::cli::Format::Text,
            AssessFormat::Json => crate::cli::Format::Json,
            AssessFormat::Markdown => crate::cli::Format::Markdown,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate answers: which duties apply, which may apply, whom to call, which law.
    Assess(Lazy<AssessArgs>),
    /// The action plan: what must be done now, by whom, by when, and whom to call, grouped by urgency;
    /// with the questions that still decide something.
    Plan(Lazy<PlanArgs>),
    /// List the situation questions with their ids and values.
    Questions(Lazy<QuestionsArgs>),
    /// List the steps of the process and the reference tracks.
    Steps(Lazy<StepsArgs>),
    /// Show one step: its intro, guidance sections and every duty by actor.
    Show(Lazy<ShowArgs>),
    /// List the actors and how many duties each has in each step.
    Actors(Lazy<ActorsArgs>),
    /// List every contact, with the age of its information.
    Contacts(Lazy<ContactsArgs>),
    /// The deadlines that run from discovery, as dates, with the condition under which each applies.
    Timeline(Lazy<TimelineArgs>),
    /// List the legal references and the duties each supports.
    Law(Lazy<LawArgs>),
    /// Search every text: inflections, typos and abbreviations too (phone numbers by their digits).
    Search(Lazy<SearchArgs>),
    /// List the terms and abbreviations (TUT, LVU, ÅMP …) with their forms and explanations.
    Terms(Lazy<TermsArgs>),
    /// List the seed documents and how many content items each one backs.
    Sources(Lazy<SourcesArgs>),
    /// Show where an item comes from: its source document rebuilt in the document's order, every duty
    /// with its actor, the item highlighted.
    Source(Lazy<SourceArgs>),
    /// Check the content (embedded, or --content DIR): every problem as file:line:col.
    Validate(Lazy<NoArgs>),
    /// List the training scenarios.
    Scenarios(Lazy<ScenariosArgs>),
    /// Walk through a training scenario at a projector (plain text when stdout is not a terminal).
    Train(Lazy<TrainArgs>),
    /// Guided consultation. With `--plain`, `ACCESSIBLE=1` or off a terminal: one question at a time on
    /// stdin/stdout with numbered choices, for screen readers, only those that still decide something;
    /// then the action plan as text.
    Guide(Lazy<GuideArgs>),
    /// Print a shell completion script: `vagvisare completions bash > /etc/bash_completion.d/vagvisare`.
    Completions(Lazy<CompletionsArgs>),
    /// Print the manual page (roff): `vagvisare man > vagvisare.1`.
    Man(Lazy<NoArgs>),
}

// The arguments of each subcommand. Plain comments, not doc comments: clap would show a struct's
// doc comment as the subcommand's description instead of the variant's.

// `vagvisare assess`
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// An answer, `QUESTION=VALUE` (repeatable); `vet_ej` means unanswered. See `vagvisare questions`.
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    /// Only duties of this step.
    #[arg(long, value_name = "STEP")]
    pub step: Option<String>,
    /// Only duties of this actor (the same as --role before `assess`).
    #[arg(long, value_name = "ACTOR")]
    pub role: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: AssessFormat,
    /// Write to this file instead of stdout (atomically, mode 0600; never over an existing file
    /// unless --force). Holds the answers and the content's verdict, never free text.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// With --output: replace an existing file.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// The time for contacts' reachability: "YYYY-MM-DD HH:MM", Swedish local time (default: now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Also show each duty's condition as content writes it (`barn_utsatt == ja`).
    #[arg(long)]
    pub verbose: bool,
}

// `vagvisare plan`
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// An answer, `QUESTION=VALUE` (repeatable); `vet_ej` means unanswered. See `vagvisare questions`.
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    /// Your own role (an actor id): your duties first, the others under "Andra aktörer gör".
    #[arg(long, value_name = "ACTOR")]
    pub role: Option<String>,
    /// The discovery, "YYYY-MM-DD" or "YYYY-MM-DD HH:MM", Swedish local time (default: now). Deadlines
    /// are dates counted from its day.
    #[arg(long, value_name = "DATE[ TIME]")]
    pub from: Option<String>,
    /// The time for contacts' reachability, "YYYY-MM-DD HH:MM" (default: --from when it has a time of
    /// day, else now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Include the reference tracks (the 2005 city programme), left out by default.
    #[arg(long)]
    pub tracks: bool,
    /// Output format (default: text; with --output, markdown).
    #[arg(long, value_enum)]
    pub format: Option<AssessFormat>,
    /// Write the plan to this file instead of stdout (atomically, mode 0600; never over an existing
    /// file unless --force): a Markdown checklist unless --format says otherwise. Holds the answers and
    /// the content's text, never free text.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// With --output: replace an existing file.
    #[arg(long, requires = "output")]
    pub force: bool,
}

// `vagvisare questions`
#[derive(Debug, Args)]
pub struct QuestionsArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare steps`
#[derive(Debug, Args)]
pub struct StepsArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The step's id (see `vagvisare steps`).
    pub step: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Also show each duty's condition as content writes it (`barn_utsatt == ja`).
    #[arg(long)]
    pub verbose: bool,
}

// `vagvisare actors`
#[derive(Debug, Args)]
pub struct ActorsArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare contacts`
#[derive(Debug, Args)]
pub struct ContactsArgs {
    /// Mark who can be reached now (Swedish local time) and put the out-of-hours alternatives first.
    #[arg(long, conflicts_with = "at")]
    pub now: bool,
    /// Like --now, at another time: "YYYY-MM-DD HH:MM" (Swedish local time).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare timeline`
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The discovery, "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (default: today); deadlines count from its day.
    #[arg(long, value_name = "DATE[ TIME]")]
    pub from: Option<String>,
    /// An answer, `QUESTION=VALUE` (repeatable), to leave out deadlines that do not apply.
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Also show each deadline's condition as content writes it.
    #[arg(long)]
    pub verbose: bool,
}

// `vagvisare law`
#[derive(Debug, Args)]
pub struct LawArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find; all must match (in any text of an item).
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare terms`
#[derive(Debug, Args)]
pub struct TermsArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare sources`
#[derive(Debug, Args)]
pub struct SourcesArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare source`
#[derive(Debug, Args)]
pub struct SourceArgs {
    /// A source id (see `vagvisare sources`) or any item's id: duty, step, section (`step#n`),
    /// contact, law, deadline, actor, question, scenario. `kind:id` (`law:kontaktforbud`) picks a kind.
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare scenarios`
#[derive(Debug, Args)]
pub struct ScenariosArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

// `vagvisare train`
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The scenario's id (see `vagvisare scenarios`); without it, choose from the list.
    pub scenario: Option<String>,
    /// Write a Markdown handout without answers to this file.
    #[arg(long, value_name = "FILE", requires = "scenario")]
    pub handout: Option<PathBuf>,
    /// Write the Markdown answer key, with sources, to this file (always mode 600).
    #[arg(long, value_name = "FILE", requires = "scenario")]
    pub key: Option<PathBuf>,
    /// The handout's file mode, in octal (default 600: only you can read it; 644 for a handout to
    /// share).
    #[arg(long, value_name = "MODE", requires = "handout")]
    pub mode: Option<String>,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
}

// `vagvisare guide`
#[derive(Debug, Args)]
pub struct GuideArgs {
    /// Line by line, no drawing.
    #[arg(long)]
    pub plain: bool,
    /// Your own role (an actor id): your duties first, the others under "Andra aktörer gör" (the same
    /// as --role before `guide`).
    #[arg(long, value_name = "ACTOR")]
    pub role: Option<String>,
    /// An answer already known, `QUESTION=VALUE` (repeatable): the navigator opens with it given.
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    /// The discovery, "YYYY-MM-DD" or "YYYY-MM-DD HH:MM", Swedish local time (default: now). Deadlines
    /// are dates counted from its day.
    #[arg(long, value_name = "DATE[ TIME]")]
    pub from: Option<String>,
}

// `vagvisare validate`, `vagvisare man`: only the [`Globals`].
#[derive(Debug, Args)]
pub struct NoArgs {}

// `vagvisare completions`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;

//! The command line, declared with clap derive: one `///` per flag is the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// Terminalguide till Manual vid misstanke om människohandel: vem gör vad i vilket steg, vem du ringer
/// och vilken lag som gäller. Utan underkommando öppnas navigatorn.
#[derive(Debug, Parser)]
#[command(name = "vagvisare", version = super::VERSION, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,

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

// The options accepted both before and after the subcommand (`vagvisare assess --lang en`).
//
// Not clap `global` arguments: clap copies those into every subcommand on every run, which was the
// largest part of parsing a command line (BENCHMARKS.md). Each subcommand takes them through `Lazy`
// instead, so only the subcommand used pays, and `Cli::from_matches` merges the two places.
// (A plain comment: clap would show a doc comment as every subcommand's description.)
#[derive(Debug, Clone, Default, Args)]
pub struct Globals {
    /// Read and validate content from this folder instead of the embedded content.
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Add local contacts from this folder (default: ~/.config/vagvisare/ when it exists).
    #[arg(long, value_name = "DIR", conflicts_with = "no_overlay")]
    pub overlay: Option<PathBuf>,

    /// Ignore the local contacts in the config folder.
    #[arg(long)]
    pub no_overlay: bool,

    /// Language of labels and messages (default: from LANG, else Swedish). Content stays Swedish.
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

impl Globals {
    /// Takes the options given after the subcommand; they win over the ones before it, as a repeated
    /// option would. `--overlay` and `--no-overlay` stay exclusive across the two places.
    fn absorb(&mut self, after: Globals) -> Result<(), clap::Error> {
        let overlay = after.overlay.is_some() || self.overlay.is_some();
        if overlay && (after.no_overlay || self.no_overlay) {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--overlay <DIR>' cannot be used with '--no-overlay'\n",
            ));
        }
        self.content = after.content.or(self.content.take());
        self.overlay = after.overlay.or(self.overlay.take());
        self.no_overlay |= after.no_overlay;
        self.lang = after.lang.or(self.lang);
        Ok(())
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
    /// Check the content (embedded, or --content DIR): every problem as file:line:col.
    Validate(Lazy<NoArgs>),
    /// List the training scenarios.
    Scenarios(Lazy<ScenariosArgs>),
    /// Walk through a training scenario at a projector (plain text when stdout is not a terminal).
    Train(Lazy<TrainArgs>),
    /// Guided consultation. With `--plain` (or when not on a terminal): one question at a time on
    /// stdin/stdout with numbered choices, for screen readers; then the assessment as text.
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
    /// Only duties of this actor.
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
    /// The day of discovery, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// An answer, `QUESTION=VALUE` (repeatable), to leave out deadlines that do not apply.
    #[arg(long = "answer", short = 'a', value_name = "ID=VALUE")]
    pub answers: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
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
    /// Write the Markdown answer key, with sources, to this file.
    #[arg(long, value_name = "FILE", requires = "scenario")]
    pub key: Option<PathBuf>,
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

/// A subcommand's arguments and the [`Globals`], built only when clap enters that subcommand
/// (`Command::defer`).
///
/// Building every subcommand's arguments on each run made clap's set-up the largest start-up cost of
/// a call such as `vagvisare assess` (measured in BENCHMARKS.md); deferring them keeps a call's cost
/// to the arguments it uses. Help, completions and the man page still see every argument. The
/// subcommand's [`Globals`] are read by [`Cli::from_matches`], not here.
#[derive(Debug, Clone)]
pub struct Lazy<T>(pub T);

impl<T: clap::FromArgMatches> clap::FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }
    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Args> Args for Lazy<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| Globals::augment_args(T::augment_args(cmd)))
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| Globals::augment_args_for_update(T::augment_args_for_update(cmd)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_args(std::iter::once("vagvisare").chain(args.iter().copied()))
    }

    #[test]
    fn shared_options_are_taken_before_and_after_the_subcommand() {
        for args in [
            &["--lang", "en", "--content", "x", "assess"][..],
            &["assess", "--lang", "en", "--content", "x"],
            &["--content", "x", "validate", "--lang", "en"],
        ] {
            let cli = parse(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            assert_eq!(cli.globals.lang, Some(Lang::En), "{args:?}");
            assert_eq!(cli.globals.content, Some(PathBuf::from("x")), "{args:?}");
        }
        let cli = parse(&["--overlay", "a", "man", "--no-overlay"]);
        assert_eq!(
            cli.map(|_| ()).map_err(|e| e.kind()),
            Err(clap::error::ErrorKind::ArgumentConflict)
        );
        assert!(parse(&["man", "--overlay", "a", "--no-overlay"]).is_err());
    }

    #[test]
    fn the_option_after_the_subcommand_wins() {
        let cli = parse(&["--lang", "sv", "--overlay", "a", "steps", "--lang", "en"]);
        let cli = cli.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cli.globals.lang, Some(Lang::En));
        assert_eq!(cli.globals.overlay, Some(PathBuf::from("a")));
        assert!(!cli.globals.no_overlay);
        let cli = parse(&["--content", "a", "steps", "--content", "b"]);
        assert_eq!(
            cli.ok().and_then(|c| c.globals.content),
            Some(PathBuf::from("b"))
        );
    }
}

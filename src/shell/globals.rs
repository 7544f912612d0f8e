//! The options every subcommand takes, before or after its name (`vagvisare assess --lang en`).

use std::path::PathBuf;

use clap::Args;

use crate::i18n::Lang;

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

    /// Months after which a named person's or a direct number is marked "check before calling"
    /// (default: the content's setting, 12). National numbers are never marked.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1200))]
    pub max_age_months: Option<u32>,
}

impl Globals {
    /// Takes the options given after the subcommand; they win over the ones before it, as a repeated
    /// option would. `--overlay` and `--no-overlay` stay exclusive across the two places.
    pub(super) fn absorb(&mut self, after: Globals) -> Result<(), clap::Error> {
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
        self.max_age_months = after.max_age_months.or(self.max_age_months);
        Ok(())
    }
}

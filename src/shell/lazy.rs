//! Deferred subcommand arguments: a subcommand's arguments (and the shared options) are built only
//! when clap enters that subcommand, so a call pays only for the arguments it uses.

use clap::Args;

use super::globals::Globals;

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

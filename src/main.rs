//! Entry point: parse arguments, open the navigator on a terminal or run a subcommand, print the result
//! or the error, set the exit status.

use std::io::Write;
use std::process::ExitCode;

use vagvisare::cli::{self, Cli, Command, GuideArgs, Lazy};

fn main() -> ExitCode {
    let args = match Cli::try_parse_args(std::env::args_os()) {
        Ok(args) => args,
        // The version needs no translation; print it without building the described command.
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => e.exit(),
        // Help, usage and parse errors: shown by the command described in the user's language.
        Err(_) => cli::help::parse_localized(),
    };
    let navigator = matches!(
        args.command,
        None | Some(Command::Guide(Lazy(GuideArgs { plain: false })))
    );
    let result = if navigator && cli::stdout_is_terminal() {
        cli::load(&args).and_then(|c| vagvisare::tui::run(&args, &c))
    } else {
        // One buffer for all output: a command prints in a few large writes however it builds them.
        let mut out = std::io::BufWriter::with_capacity(16 * 1024, std::io::stdout().lock());
        let result = cli::run(&args, &mut out);
        // A closed pipe (`| head`) is not an error worth a message.
        let _ = out.flush();
        result
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

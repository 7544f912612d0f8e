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
        cli::load(&args).and_then(|c| vagvisare::tui::run(&args, &c).map(|()| String::new()))
    } else {
        cli::run(&args)
    };
    match result {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush());
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

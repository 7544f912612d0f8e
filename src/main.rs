//! Entry point: parse the arguments, run the shell, print the error (if any) and exit with its status.

use std::io::Write;
use std::process::ExitCode;

use clap::error::ErrorKind;
use vagvisare::error::Error;
use vagvisare::shell::{self, Cli};

fn main() -> ExitCode {
    let result = match Cli::try_parse_args(std::env::args_os()) {
        Ok(args) => run(&args),
        // The version needs no translation; print it without building the described command.
        Err(e) if e.kind() == ErrorKind::DisplayVersion => e.exit(),
        // clap cannot say which argument is not UTF-8; the shell can.
        Err(e) if e.kind() == ErrorKind::InvalidUtf8 => Err(shell::utf8::not_utf8(
            &std::env::args_os().collect::<Vec<_>>(),
        )),
        // Help, usage and parse errors: shown by the command described in the user's language.
        Err(_) => run(&shell::help::parse_localized()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A stderr that cannot be written (2>/dev/full) must not turn the error into a panic.
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs the parsed command line with stdout buffered; a failed write to stdout is an error.
fn run(args: &Cli) -> Result<(), Error> {
    // One buffer for all output: a command prints in a few large writes however it builds them.
    // Not `stdout().lock()`: the terminal shell's signal thread must be able to restore the terminal.
    let mut out = std::io::BufWriter::with_capacity(16 * 1024, std::io::stdout());
    shell::run(args, &mut out)
        .and_then(|()| vagvisare::output::stdout_result(args.language(), out.flush()))
}

//! Entry point: parse the arguments, run the shell, print the error (if any) and exit with its status.

use std::io::Write;
use std::process::ExitCode;

use vagvisare::shell::{self, Cli};

fn main() -> ExitCode {
    let args = match Cli::try_parse_args(std::env::args_os()) {
        Ok(args) => args,
        // The version needs no translation; print it without building the described command.
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => e.exit(),
        // Help, usage and parse errors: shown by the command described in the user's language.
        Err(_) => shell::help::parse_localized(),
    };
    // One buffer for all output: a command prints in a few large writes however it builds them.
    // Not `stdout().lock()`: the navigator's signal thread takes that lock to restore the terminal.
    let mut out = std::io::BufWriter::with_capacity(16 * 1024, std::io::stdout());
    let result = shell::run(&args, &mut out)
        .and_then(|()| vagvisare::output::stdout_result(args.language(), out.flush()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A stderr that cannot be written (2>/dev/full) must not turn the error into a panic.
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

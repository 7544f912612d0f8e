//! Entry point: parse arguments, run, print the result or the error, set the exit status.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use vagvisare::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match cli::run(&args) {
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

//! `guide`: search, find nearby, read and share the Resident Guide from a terminal.
//!
//! Output contract (other checks rely on it; extend, never break):
//! `--json` prints exactly one JSON object on stdout; nothing found is exit 0
//! with an empty list; bad arguments are exit 2 with one line on stderr;
//! other failures are exit 1 with one line on stderr.

/// `println!` for command output: when stdout is closed early (`guide … |
/// head`) the program ends quietly instead of panicking.
macro_rules! outln {
    () => {
        $crate::output::write_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::write_line(format_args!($($arg)*))
    };
}

mod args;
mod commands;
mod error;
mod output;
mod strings;
mod words;

use std::process::ExitCode;

use clap::Parser;
use guide_core::Clock;

fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return output::usage_error(err),
    };
    // The one clock of this run: every guide opened and `pack build` read it.
    match commands::run(cli, Clock::system()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error::CliError::Usage(err)) => output::usage_error(err),
        Err(err) => {
            eprintln!("guide: {err}");
            err.exit_code()
        }
    }
}

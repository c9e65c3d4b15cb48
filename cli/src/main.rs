//! `guide`: search and read the Resident Guide from a terminal.
//!
//! Output contract (other checks rely on it; extend, never break):
//! `--json` prints exactly one JSON object on stdout; nothing found is exit 0
//! with an empty list; bad arguments are exit 2 with one line on stderr;
//! other failures are exit 1 with one line on stderr.

mod output;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use guide_core::{Guide, SearchOptions};

/// Resident Guide: know-your-rights guides, scam warnings and where to get
/// help, searchable offline in your language.
#[derive(Debug, Parser)]
#[command(name = "guide", version)]
struct Cli {
    /// Where the guide keeps its local store (default: the platform's data
    /// directory, e.g. ~/.local/share/resident-guide).
    #[arg(long, global = true, env = "GUIDE_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Search every installed pack.
    Search {
        /// What to look for, in any language; typed as it comes.
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Your language (BCP 47 tag, e.g. es, zh-Hant); results fall back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// At most this many results.
        #[arg(long, default_value_t = 10, value_name = "N")]
        limit: usize,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Type-ahead: treat the last word as still being typed, so it also
        /// matches the words it starts.
        #[arg(long)]
        prefix: bool,
    },
    /// Show one article or listing in full.
    Show {
        /// The record's id, as search prints it.
        id: String,
        /// Your language (BCP 47 tag); falls back to English.
        #[arg(long, default_value = "en", value_name = "TAG")]
        lang: String,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return output::usage_error(err),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("guide: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => dirs::data_dir()
            .map(|dir| dir.join("resident-guide"))
            .ok_or("no platform data directory; pass --data-dir DIR or set GUIDE_DATA_DIR")?,
    };
    match cli.command {
        Command::Search {
            query,
            lang,
            limit,
            json,
            prefix,
        } => {
            let guide = open(&data_dir, &lang)?;
            let started = Instant::now();
            let options = SearchOptions {
                limit,
                prefix,
                ..SearchOptions::default()
            };
            let results = guide
                .search_with(&query, &options)
                .map_err(|err| err.to_string())?;
            let took_ms = started.elapsed().as_secs_f64() * 1000.0;
            if json {
                output::print_json(&output::search_json(&query, took_ms, &results));
            } else {
                output::print_search(&results);
            }
        }
        Command::Show { id, lang, json } => {
            let guide = open(&data_dir, &lang)?;
            let view = guide.show(&id, &[]).map_err(|err| err.to_string())?;
            if json {
                output::print_json(&output::show_json(&view));
            } else {
                output::print_show(&view);
            }
        }
    }
    Ok(())
}

fn open(data_dir: &std::path::Path, lang: &str) -> Result<Guide, String> {
    Guide::open(data_dir, vec![lang.to_string()]).map_err(|err| err.to_string())
}

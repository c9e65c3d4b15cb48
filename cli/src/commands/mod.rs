//! Running a parsed command line: the commands people use ([`read`]) and
//! the pack, trust and key commands ([`packs`]). The one [`Clock`] is made in
//! `main` and handed to every guide opened here and to `pack build`.

pub mod packs;
pub mod read;

use std::path::Path;

use clap::CommandFactory;
use clap::error::ErrorKind;
use guide_core::{Clock, Guide, GuideOptions};

use crate::args::{Cli, Command, PackCommand, PacksCommand, TrustCommand};
use crate::error::{CliError, CmdResult};

/// Runs `cli` with `clock` as "now".
pub fn run(cli: Cli, clock: Clock) -> CmdResult {
    if let Command::Nearby { place, .. } = &cli.command
        && place.location().is_none()
    {
        return Err(CliError::Usage(Cli::command().error(
            ErrorKind::MissingRequiredArgument,
            "nearby needs a place: --near ZIP|CITY|LAT,LON, --zip ZIP or --city CITY",
        )));
    }
    // The UI strings are compiled in: no store, no data directory.
    if let Command::Strings {
        lang,
        key,
        args,
        json,
    } = &cli.command
    {
        return crate::strings::run(lang, key.as_deref(), args, *json);
    }
    // Resolved lazily: publisher commands (keygen, pack build) need no store.
    let data_dir = cli
        .data_dir
        .or_else(|| dirs::data_dir().map(|dir| dir.join("resident-guide")))
        .unwrap_or_default();
    let open = |lang: &str| open(&data_dir, lang, clock);
    match cli.command {
        Command::Search {
            query,
            lang,
            limit,
            json,
            prefix,
            place,
            filters,
        } => read::search(&open(&lang)?, &query, limit, prefix, &place, &filters, json)?,
        Command::Strings { .. } => unreachable!("handled before the data directory"),
        Command::Show {
            id,
            lang,
            place,
            json,
        } => read::show(&open(&lang)?, &id, &place, json)?,
        Command::Nearby {
            place,
            radius_km,
            limit,
            lang,
            filters,
            json,
        } => read::nearby(&open(&lang)?, &place, radius_km, limit, &filters, json)?,
        Command::Share {
            id,
            format,
            lang,
            json,
        } => read::share(&open(&lang)?, &id, format, json)?,
        Command::Packs(command) => {
            let guide = open("en")?;
            match command {
                PacksCommand::Install { file } => packs::install(&guide, &file)?,
                PacksCommand::List { json } => packs::list(&guide, json)?,
                PacksCommand::Remove { pack_id } => packs::remove(&guide, &pack_id)?,
                PacksCommand::Export { pack_id, out } => packs::export(&guide, &pack_id, &out)?,
            }
        }
        Command::Pack(command) => match command {
            PackCommand::Build {
                src_dir,
                out,
                key,
                version,
                expires,
                delegation,
            } => packs::build(
                &src_dir,
                &out,
                &key,
                &packs::BuildArgs {
                    version,
                    expires: expires.as_deref(),
                    delegation: delegation.as_deref(),
                    now: clock.now(),
                },
            )?,
            PackCommand::Verify { file, trust } => {
                packs::verify_file(|| open("en"), &file, trust.as_deref())?
            }
            PackCommand::Inspect { file, json } => packs::inspect(&file, json)?,
        },
        Command::Keygen { out, name } => packs::keygen(&out, &name)?,
        Command::Trust(command) => match command {
            TrustCommand::Add { public_key, packs } => {
                packs::trust_add(&open("en")?, &public_key, &packs)?
            }
            TrustCommand::Import { file } => packs::import(&open("en")?, &file)?,
            TrustCommand::Delegate {
                root_key,
                publisher,
                name,
                packs,
                expires,
                serial,
                out,
            } => {
                let args = packs::StatementArgs {
                    root_key: &root_key,
                    publisher: &publisher,
                    serial,
                    out: &out,
                };
                packs::delegate(&args, &name, &packs, &expires)?
            }
            TrustCommand::Revoke {
                root_key,
                publisher,
                reason,
                serial,
                out,
            } => {
                let args = packs::StatementArgs {
                    root_key: &root_key,
                    publisher: &publisher,
                    serial,
                    out: &out,
                };
                packs::revoke(&args, &reason)?
            }
        },
    }
    Ok(())
}

/// Opens the guide in `data_dir` for a person reading `lang`.
fn open(data_dir: &Path, lang: &str, clock: Clock) -> CmdResult<Guide> {
    if data_dir.as_os_str().is_empty() {
        return Err(CliError::Invalid(
            "no platform data directory; pass --data-dir DIR or set GUIDE_DATA_DIR".into(),
        ));
    }
    let options = GuideOptions {
        clock,
        ..GuideOptions::default()
    };
    Ok(Guide::open_with(data_dir, vec![lang.to_string()], options)?)
}

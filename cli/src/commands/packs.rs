//! `guide packs …` (what a resident or outreach worker does with installed
//! packs) and `guide pack …`, `guide keygen`, `guide trust …` (what a city
//! does to publish them).

use std::fs;
use std::io::Write;
use std::path::Path;

use guide_core::pack::build::{BuildOptions, build_pack};
use guide_core::pack::format::PackParts;
use guide_core::pack::keys::{PublicKey, SecretKey};
use guide_core::pack::trust::{SignedStatement, Statement, parse_date};
use guide_core::pack::verify::{Limits, verify};
use guide_core::source::read_pack_dir;
use guide_core::{Guide, PackStatus};
use serde_json::{Value, json};

use crate::error::{CliError, CmdResult};

fn read(path: &Path) -> CmdResult<Vec<u8>> {
    fs::read(path).map_err(CliError::io("read", path))
}

fn read_text(path: &Path) -> CmdResult<String> {
    fs::read_to_string(path).map_err(CliError::io("read", path))
}

/// A public key given as `RGPK …` text or as the path of a `.pub` file.
pub fn public_key_arg(arg: &str) -> CmdResult<PublicKey> {
    let text = if arg.trim_start().starts_with("RGPK") {
        arg.to_string()
    } else {
        read_text(Path::new(arg))?
    };
    PublicKey::from_text(&text).map_err(|err| CliError::Invalid(format!("{arg}: {err}")))
}

fn secret_key(path: &Path) -> CmdResult<SecretKey> {
    SecretKey::from_text(&read_text(path)?)
        .map_err(|err| CliError::Invalid(format!("{}: {err}", path.display())))
}

fn write_new(path: &Path, bytes: &[u8], secret: bool) -> CmdResult {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).map_err(CliError::io("create", path))?;
    file.write_all(bytes).map_err(CliError::io("write", path))
}

/// Writes `bytes` to `path` through a temporary file, so a reader never sees half a pack.
fn write_atomic(path: &Path, bytes: &[u8]) -> CmdResult {
    let tmp = path.with_extension("partial");
    fs::write(&tmp, bytes).map_err(CliError::io("write", &tmp))?;
    fs::rename(&tmp, path).map_err(CliError::io("write", path))
}

/// `guide keygen --out DIR [--name NAME]`.
pub fn keygen(dir: &Path, name: &str) -> CmdResult {
    fs::create_dir_all(dir).map_err(CliError::io("create", dir))?;
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|err| CliError::Failed(format!("no randomness from the OS: {err}")))?;
    let secret = SecretKey::from_seed(&seed);
    let public = secret.public_key();
    let secret_path = dir.join(format!("{name}.key"));
    let public_path = dir.join(format!("{name}.pub"));
    write_new(&secret_path, secret.to_text().as_bytes(), true)?;
    let public_text = format!(
        "untrusted comment: Resident Guide public key {}\n{}\n",
        public.key_id(),
        public.to_text()
    );
    write_new(&public_path, public_text.as_bytes(), false)?;
    outln!("secret key: {} (keep it private)", secret_path.display());
    outln!(
        "public key: {} (id {})",
        public_path.display(),
        public.key_id()
    );
    Ok(())
}

/// What `guide pack build` takes besides its paths.
pub struct BuildArgs<'a> {
    /// Version to write instead of pack.toml's.
    pub version: Option<u64>,
    /// First stale day (`YYYY-MM-DD`); pack.toml's `expires`, else a year
    /// from `now`, when `None`.
    pub expires: Option<&'a str>,
    /// The root-signed delegation to carry.
    pub delegation: Option<&'a Path>,
    /// The build time (the run's clock).
    pub now: jiff::Timestamp,
}

/// `guide pack build SRC_DIR --out FILE --key SECRET_KEY [--version N] [--expires DATE] [--delegation FILE]`.
pub fn build(src: &Path, out: &Path, key: &Path, args: &BuildArgs<'_>) -> CmdResult {
    let BuildArgs {
        version,
        expires,
        delegation,
        now,
    } = *args;
    let key = secret_key(key)?;
    let content = read_pack_dir(src, guide_core::taxonomy())
        .map_err(|err| CliError::Invalid(err.to_string()))?;
    let created = now
        .round(jiff::Unit::Second)
        .map_err(|err| CliError::Failed(err.to_string()))?;
    let expires = match expires.or(content.info.expires.as_deref()) {
        // --expires, else pack.toml's `expires`.
        Some(text) => parse_date(text).map_err(CliError::Invalid)?,
        // A year: long enough not to nag, short enough that abandoned packs show as stale.
        None => created
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()
            .checked_add(jiff::Span::new().years(1))
            .map_err(|err| CliError::Failed(err.to_string()))?,
    };
    let statement = match delegation {
        Some(path) => {
            let bytes = read(path)?;
            let signed = SignedStatement::parse(&bytes)
                .map_err(|err| CliError::Invalid(format!("{}: {err}", path.display())))?;
            if signed.statement.publisher_key().ok() != Some(key.public_key()) {
                return Err(CliError::Invalid(format!(
                    "{}: the delegation is for another key",
                    path.display()
                )));
            }
            Some(bytes)
        }
        None => None,
    };
    let bar = indicatif::ProgressBar::new(content.records.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} records")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message("building");
    let options = BuildOptions {
        version,
        created,
        expires,
        statement,
        compression_level: 19,
    };
    let file = build_pack(&content, &key, &options, &mut |done, _| {
        bar.set_position(done as u64)
    })?;
    bar.finish_and_clear();
    write_atomic(out, &file)?;
    outln!(
        "built {} v{}: {} records, {} bytes, signed by {}",
        content.info.pack_id,
        version.unwrap_or(content.info.version),
        content.records.len(),
        file.len(),
        key.public_key().key_id()
    );
    Ok(())
}

/// `guide pack verify FILE [--trust PUBLIC_KEY]`: with `--trust`, the file
/// must be signed by that key; without, it must be installable on this device.
pub fn verify_file(
    guide: impl FnOnce() -> CmdResult<Guide>,
    file: &Path,
    trust: Option<&str>,
) -> CmdResult {
    let bytes = read(file)?;
    let checked = match trust {
        Some(key) => {
            let key = public_key_arg(key)?;
            let pack = verify(&bytes, &Limits::default())
                .map_err(|err| CliError::Refused(err.to_string()))?;
            if pack.signer != key {
                return Err(CliError::Refused(format!(
                    "signed by key {}, not by the trusted key {}",
                    pack.signer.key_id(),
                    key.key_id()
                )));
            }
            guide_core::pack::install::check_payload(&pack, &Limits::default())
                .map_err(|err| CliError::Refused(err.to_string()))?
        }
        None => guide()?
            .check_pack(&bytes)
            .map_err(|err| CliError::Refused(err.to_string()))?,
    };
    outln!(
        "OK: {} v{}, {} records, signed by {}, expires {}",
        checked.manifest.pack_id,
        checked.manifest.version,
        checked.records,
        checked.signer_key_id,
        checked.manifest.expires
    );
    Ok(())
}

/// `guide pack inspect FILE [--json]`: what the file says about itself, and
/// whether its signature matches — trust is not judged here.
pub fn inspect(file: &Path, json_out: bool) -> CmdResult {
    let bytes = read(file)?;
    let parts = PackParts::parse(&bytes)?;
    let manifest: Value = serde_json::from_slice(parts.manifest)
        .map_err(|err| CliError::Invalid(format!("the manifest is not valid JSON: {err}")))?;
    let verified = verify(&bytes, &Limits::default());
    let signer = PublicKey::from_bytes(&parts.signer)
        .map(|k| k.key_id())
        .unwrap_or_default();
    let statement = parts.statement.map(|s| match SignedStatement::parse(s) {
        Ok(signed) => json!({"root": signed.root.key_id(), "statement": signed.statement}),
        Err(err) => json!({"error": err.to_string()}),
    });
    let value = json!({
        "manifest": manifest,
        "signer": signer,
        "signature_and_hash": match &verified { Ok(_) => "valid".to_string(), Err(err) => err.to_string() },
        "statement": statement,
        "file_size": bytes.len(),
    });
    if json_out {
        outln!("{value}");
    } else {
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).expect("JSON values print")
        );
    }
    Ok(())
}

/// `guide packs install FILE`.
pub fn install(guide: &Guide, file: &Path) -> CmdResult {
    let bytes = read(file)?;
    let installed = guide
        .install_pack(&bytes)
        .map_err(|err| CliError::Refused(err.to_string()))?;
    match installed.replaced {
        Some(old) if old == installed.version => outln!(
            "{} v{} is already installed",
            installed.pack_id,
            installed.version
        ),
        Some(old) => outln!(
            "installed {} v{} (replacing v{old}): {} records",
            installed.pack_id,
            installed.version,
            installed.records
        ),
        None => outln!(
            "installed {} v{}: {} records",
            installed.pack_id,
            installed.version,
            installed.records
        ),
    }
    Ok(())
}

fn pack_json(status: &PackStatus) -> Value {
    let pack = &status.pack;
    json!({
        "pack_id": pack.info.pack_id,
        "publisher": pack.info.publisher,
        "version": pack.version,
        "area": pack.info.area,
        "languages": pack.info.languages,
        "records": pack.records,
        "created": pack.created,
        "expires": pack.expires,
        "stale": status.stale_since.is_some(),
        "stale_since": status.stale_since,
        "bundled": status.bundled,
        "signer": pack.signer.as_deref().and_then(|k| PublicKey::from_text(k).ok()).map(|k| k.key_id()),
    })
}

/// `guide packs list [--json]`.
pub fn list(guide: &Guide, json_out: bool) -> CmdResult {
    let packs = guide.packs()?;
    if json_out {
        outln!(
            "{}",
            json!({"packs": packs.iter().map(pack_json).collect::<Vec<_>>()})
        );
        return Ok(());
    }
    for status in &packs {
        let pack = &status.pack;
        let origin = if status.bundled {
            "bundled".to_string()
        } else {
            format!("expires {}", pack.expires.as_deref().unwrap_or("never"))
        };
        let stale = match &status.stale_since {
            Some(since) => {
                format!("  STALE since {since} (still searchable; ask for a newer pack)")
            }
            None => String::new(),
        };
        outln!(
            "{} v{}  {} records  {}  ({}){stale}",
            pack.info.pack_id,
            pack.version,
            pack.records,
            pack.info.publisher,
            origin
        );
    }
    Ok(())
}

/// `guide packs remove PACK_ID`.
pub fn remove(guide: &Guide, pack_id: &str) -> CmdResult {
    guide.remove_pack(pack_id)?;
    outln!("removed {pack_id}");
    Ok(())
}

/// `guide packs export PACK_ID --out FILE`.
pub fn export(guide: &Guide, pack_id: &str, out: &Path) -> CmdResult {
    let bytes = guide.export_pack(pack_id)?;
    write_atomic(out, &bytes)?;
    outln!(
        "wrote {pack_id} to {} ({} bytes)",
        out.display(),
        bytes.len()
    );
    Ok(())
}

/// `guide trust add PUBLIC_KEY --packs PREFIX[,PREFIX…]`.
pub fn trust_add(guide: &Guide, key: &str, prefixes: &[String]) -> CmdResult {
    let key = public_key_arg(key)?;
    if let Some(bad) = prefixes.iter().find(|p| !guide_core::model::is_valid_id(p)) {
        return Err(CliError::Invalid(format!(
            "`{bad}` is not a valid pack id prefix"
        )));
    }
    guide.trust_key(key, prefixes.to_vec())?;
    outln!("trusted key {} for {}", key.key_id(), prefixes.join(", "));
    Ok(())
}

/// What `guide trust delegate|revoke` signs.
pub struct StatementArgs<'a> {
    /// The root's secret key file.
    pub root_key: &'a Path,
    /// The publisher key (text or file).
    pub publisher: &'a str,
    /// Serial number, higher than any earlier statement about the key.
    pub serial: u64,
    /// Where to write the statement.
    pub out: &'a Path,
}

/// `guide trust delegate …`: a root signs a delegation (project tooling).
pub fn delegate(
    args: &StatementArgs<'_>,
    name: &str,
    prefixes: &[String],
    expires: &str,
) -> CmdResult {
    parse_date(expires).map_err(CliError::Invalid)?;
    let statement = Statement::Delegation {
        serial: args.serial,
        publisher_key: public_key_arg(args.publisher)?.to_text(),
        name: name.to_string(),
        pack_ids: prefixes.to_vec(),
        expires: expires.to_string(),
    };
    write_new(
        args.out,
        &statement.sign(&secret_key(args.root_key)?),
        false,
    )?;
    outln!("wrote delegation to {}", args.out.display());
    Ok(())
}

/// `guide trust revoke …`: a root signs a revocation (project tooling).
pub fn revoke(args: &StatementArgs<'_>, reason: &str) -> CmdResult {
    let statement = Statement::Revocation {
        serial: args.serial,
        publisher_key: public_key_arg(args.publisher)?.to_text(),
        reason: reason.to_string(),
    };
    write_new(
        args.out,
        &statement.sign(&secret_key(args.root_key)?),
        false,
    )?;
    outln!("wrote revocation to {}", args.out.display());
    Ok(())
}

/// `guide trust import FILE`: take in a root-signed statement.
pub fn import(guide: &Guide, file: &Path) -> CmdResult {
    let signed = guide
        .import_statement(&read(file)?)
        .map_err(|err| CliError::Refused(err.to_string()))?;
    let key = signed.statement.publisher_key()?;
    match signed.statement {
        Statement::Delegation {
            pack_ids, expires, ..
        } => outln!(
            "key {} may now sign {} until {expires}",
            key.key_id(),
            pack_ids.join(", ")
        ),
        Statement::Revocation { .. } => outln!("key {} is revoked", key.key_id()),
    }
    Ok(())
}

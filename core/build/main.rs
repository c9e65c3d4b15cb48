//! Turns `content/default/` into the default pack embedded in the core, so a
//! fresh install answers every query with no other step — and a mistake in a
//! content file fails the build with that file and line.
//!
//! It reads content with the `guide-content` crate, as `guide pack build`
//! does, so the build and the publisher's tool can never read content
//! differently.

mod ui_strings;

use guide_content::{source, taxonomy};

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let content = manifest_dir.join("../content");
    let taxonomy_path = content.join("taxonomy.toml");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    ui_strings::embed(&content.join("strings"), &out_dir.join("ui_strings.rs")).unwrap_or_else(
        |err| {
            eprintln!("error: the UI strings are invalid: {err}");
            std::process::exit(1);
        },
    );
    // A city building its own app may point this at its own pack sources.
    println!("cargo::rerun-if-env-changed=GUIDE_DEFAULT_PACK_DIR");
    let pack_dir = std::env::var_os("GUIDE_DEFAULT_PACK_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| content.join("default"));
    println!("cargo::rerun-if-changed={}", taxonomy_path.display());
    println!("cargo::rerun-if-changed={}", pack_dir.display());

    let taxonomy_text = std::fs::read_to_string(&taxonomy_path)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", taxonomy_path.display())));
    let taxonomy = taxonomy::Taxonomy::parse(&taxonomy_text)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", taxonomy_path.display())));
    let pack =
        source::read_pack_dir(&pack_dir, &taxonomy).unwrap_or_else(|err| fail(&err.to_string()));

    // A real pack file, written by the same code as `guide pack build`, so
    // the core reads it through the one decoding path every pack takes.
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("bundled.rgpack");
    let file = bundled_pack_file(&pack).unwrap_or_else(|err| fail(&err));
    std::fs::write(&out, file).unwrap_or_else(|err| fail(&format!("{}: {err}", out.display())));
    // Its id and version as constants, so opening the store can tell
    // whether to install it without inflating and parsing it.
    let info = out.with_file_name("default_pack_info.rs");
    let constants = format!(
        "/// The bundled pack's id (from `content/default/pack.toml`).\n\
         pub const DEFAULT_PACK_ID: &str = {:?};\n\
         /// The bundled pack's version.\n\
         pub const DEFAULT_PACK_VERSION: u64 = {};\n",
        pack.info.pack_id, pack.info.version
    );
    std::fs::write(&info, constants)
        .unwrap_or_else(|err| fail(&format!("{}: {err}", info.display())));
}

/// The seed of the development key that signs the bundled pack when no
/// release key is given. Public on purpose: no device trusts it, so a pack
/// it signs verifies (it is well-formed) but installs nowhere from a file.
const DEVELOPMENT_SEED: [u8; 32] = *b"resident-guide-dev-bundle-key-00";

/// The bundled pack as a signed pack file. `created` is the newest day a
/// record was verified (so the same content builds the same bytes); it
/// stays fresh until `pack.toml`'s `expires`, or for a year when that is
/// not given. A release build signs with the key in
/// `GUIDE_BUNDLED_PACK_KEY` (a `guide keygen` secret key file whose public
/// key a root delegates `us-default` to), so an exported bundled pack
/// verifies on any phone like any other pack.
fn bundled_pack_file(pack: &guide_content::model::PackContent) -> Result<Vec<u8>, String> {
    use ed25519_dalek::Signer;
    use guide_content::packfile::{self, ManifestOptions};

    println!("cargo::rerun-if-env-changed=GUIDE_BUNDLED_PACK_KEY");
    let seed = match std::env::var_os("GUIDE_BUNDLED_PACK_KEY") {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|err| format!("GUIDE_BUNDLED_PACK_KEY {}: {err}", path.display()))?;
            println!("cargo::rerun-if-changed={}", PathBuf::from(&path).display());
            secret_seed(&text).ok_or_else(|| {
                format!(
                    "GUIDE_BUNDLED_PACK_KEY {}: not an RGSK key file",
                    path.display()
                )
            })?
        }
        None => DEVELOPMENT_SEED,
    };
    let newest = pack
        .records
        .iter()
        .map(|record| record.verified_on.as_str())
        .max()
        .unwrap_or("2026-01-01");
    // pack.toml's `expires` when it says; else a year after `created`.
    let expires = match &pack.info.expires {
        Some(expires) => expires.clone(),
        None => {
            let (year, rest) = newest.split_at(4);
            let next_year: u32 = year.parse::<u32>().map_err(|err| err.to_string())? + 1;
            format!("{next_year}{}", rest.replace("-02-29", "-02-28"))
        }
    };
    // Level 19: smallest to ship; decoding speed does not depend on it.
    let (payload, uncompressed) = packfile::encode_payload(&pack.records, 19, &mut |_, _| {})
        .map_err(|err| err.to_string())?;
    let manifest = packfile::manifest(
        pack,
        &ManifestOptions {
            version: None,
            created: format!("{newest}T00:00:00Z"),
            expires,
            min_core_version: std::env::var("CARGO_PKG_VERSION").map_err(|err| err.to_string())?,
        },
        &payload,
        uncompressed,
    );
    let manifest = packfile::manifest_bytes(&manifest);
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let signature = key.sign(&manifest).to_bytes();
    Ok(packfile::write(
        &manifest,
        key.verifying_key().as_bytes(),
        &signature,
        None,
        &payload,
    ))
}

/// The 32-byte seed of an `RGSK <base64>` key file.
fn secret_seed(text: &str) -> Option<[u8; 32]> {
    use base64::Engine;
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(line.strip_prefix("RGSK")?.trim())
        .ok()?;
    bytes.try_into().ok()
}

fn fail(message: &str) -> ! {
    eprintln!("error: the default content pack is invalid: {message}");
    std::process::exit(1);
}

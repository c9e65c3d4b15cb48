//! Content packs: reading their sources, building and signing pack files,
//! verifying and installing them, the trust store, and the default pack the
//! app ships. The file format is documented in `docs/pack-format.md`.

pub mod build;
pub mod error;
pub mod format;
pub mod install;
pub mod keys;
pub mod trust;
pub mod verify;

pub use error::{PackError, PackProblem};

use std::sync::OnceLock;

use crate::model::PackContent;

/// The default pack, built from `content/default/` by the build script
/// (gzip-compressed JSON).
static DEFAULT_PACK_GZ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default_pack.json.gz"));

include!(concat!(env!("OUT_DIR"), "/default_pack_info.rs"));

/// The default pack bundled with the app: trusted by construction, parsed once.
/// An error is a build defect (the build script checked the pack), said in
/// words.
pub fn default_pack() -> Result<&'static PackContent, String> {
    static PACK: OnceLock<std::result::Result<PackContent, String>> = OnceLock::new();
    PACK.get_or_init(|| {
        serde_json::from_reader(std::io::BufReader::new(flate2::read::GzDecoder::new(
            DEFAULT_PACK_GZ,
        )))
        .map_err(|err| err.to_string())
    })
    .as_ref()
    .map_err(Clone::clone)
}

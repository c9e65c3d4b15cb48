//! Content packs: reading their sources, building and signing pack files,
//! verifying and installing them, the trust store, and the default pack the
//! app ships. The file format is documented in `docs/pack-format.md`.

pub mod build;
pub mod error;
pub mod format;
pub mod install;
pub mod keys;
pub mod source;
pub mod trust;
pub mod verify;

pub use error::PackError;

use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::model::PackContent;

/// The default pack, built from `content/default/` by the build script.
static DEFAULT_PACK_JSON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default_pack.json"));

/// The default pack bundled with the app: trusted by construction, parsed once.
pub fn default_pack() -> Result<&'static PackContent> {
    static PACK: OnceLock<std::result::Result<PackContent, String>> = OnceLock::new();
    PACK.get_or_init(|| serde_json::from_slice(DEFAULT_PACK_JSON).map_err(|err| err.to_string()))
        .as_ref()
        .map_err(|err| Error::EmbeddedPack(err.clone()))
}

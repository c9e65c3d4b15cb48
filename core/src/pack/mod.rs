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

/// The bundled pack: a signed pack file the build script made from
/// `content/default/` with the same writer as `guide pack build`. It is
/// read through the same checks and decoder as any pack file; only the
/// trust decision is skipped (it ships with the app).
pub static BUNDLED_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled.rgpack"));

include!(concat!(env!("OUT_DIR"), "/default_pack_info.rs"));

/// The default pack bundled with the app, decoded once. An error is a
/// build defect (the build script checked the pack), said in words.
pub fn default_pack() -> Result<&'static PackContent, String> {
    static PACK: OnceLock<Result<PackContent, String>> = OnceLock::new();
    PACK.get_or_init(|| {
        let limits = verify::Limits::default();
        let pack = verify::verify(BUNDLED_PACK, &limits).map_err(|err| err.to_string())?;
        let info = install::pack_info(&pack.manifest);
        let records = install::decode_records(&pack, &limits, &info)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|err| err.to_string())?;
        Ok(PackContent { info, records })
    })
    .as_ref()
    .map_err(Clone::clone)
}

//! Builds a signed pack file from read sources (`guide pack build`); the
//! container and payload are written by `guide_content::packfile`, the same
//! code the core's build script makes the bundled pack with.

use guide_content::packfile::{self, ManifestOptions};

pub use guide_content::packfile::PayloadLine;

use super::error::PackError;
use super::keys::SecretKey;
use crate::model::PackContent;

/// Choices a publisher makes at build time.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Overrides `version` from `pack.toml`.
    pub version: Option<u64>,
    /// The build time written as `created`.
    pub created: jiff::Timestamp,
    /// The first day the content counts as stale.
    pub expires: jiff::civil::Date,
    /// The signer's root-signed delegation, carried so the pack verifies offline.
    pub statement: Option<Vec<u8>>,
    /// zstd level (1–22); higher is smaller and slower to build, not to read.
    pub compression_level: i32,
}

/// Serialises, compresses, hashes and signs `content`; calls `progress`
/// with (records done, total) as it goes.
pub fn build_pack(
    content: &PackContent,
    key: &SecretKey,
    options: &BuildOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, PackError> {
    let (payload, uncompressed) =
        packfile::encode_payload(&content.records, options.compression_level, progress)
            .map_err(|err| PackError::BadPayload(err.to_string()))?;
    let manifest = packfile::manifest(
        content,
        &ManifestOptions {
            version: options.version,
            created: options.created.to_string(),
            expires: options.expires.to_string(),
            min_core_version: env!("CARGO_PKG_VERSION").into(),
        },
        &payload,
        uncompressed,
    );
    let manifest_bytes = packfile::manifest_bytes(&manifest);
    let signature = key.sign(&manifest_bytes);
    Ok(super::format::write(
        &manifest_bytes,
        &key.public_key(),
        &signature,
        options.statement.as_deref(),
        &payload,
    ))
}

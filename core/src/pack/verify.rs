//! Checks a pack file before anything in it is trusted or decompressed:
//! container, signature over the manifest's exact bytes, manifest, declared
//! sizes, payload hash — in that order, so nothing unsigned is ever parsed
//! beyond lengths and nothing is decompressed before its hash is proven.

use super::error::PackError;
use super::format::{FORMAT_VERSION, Manifest, PackParts};
use super::keys::PublicKey;

/// Hard limits on what a pack may make the device do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest compressed payload accepted.
    pub max_payload: u64,
    /// Largest decompressed payload accepted.
    pub max_uncompressed: u64,
}

impl Default for Limits {
    /// 256 MiB compressed, 1 GiB decompressed: a national pack fits, a bomb does not.
    fn default() -> Self {
        Limits {
            max_payload: 256 * 1024 * 1024,
            max_uncompressed: 1024 * 1024 * 1024,
        }
    }
}

/// A pack file whose signature, manifest and payload hash check out. Whether
/// its signer is trusted for its id is decided at install (`trust.rs`).
#[derive(Debug, Clone)]
pub struct VerifiedPack<'a> {
    /// The parsed manifest.
    pub manifest: Manifest,
    /// The key that signed it.
    pub signer: PublicKey,
    /// The file's parts.
    pub parts: PackParts<'a>,
}

/// Verifies `file` as far as it can be without a trust store.
pub fn verify<'a>(file: &'a [u8], limits: &Limits) -> Result<VerifiedPack<'a>, PackError> {
    let parts = PackParts::parse(file)?;
    let signer = PublicKey::from_bytes(&parts.signer).map_err(|_| PackError::BadSignature {
        key_id: "(not a valid key)".into(),
    })?;
    if !signer.verifies(parts.manifest, &parts.signature) {
        return Err(PackError::BadSignature {
            key_id: signer.key_id(),
        });
    }
    let manifest = parse_manifest(parts.manifest)?;
    let payload = &manifest.payload;
    if payload.size > limits.max_payload {
        return Err(PackError::TooLarge {
            part: "payload",
            size: payload.size,
            limit: limits.max_payload,
        });
    }
    if payload.uncompressed_size > limits.max_uncompressed {
        return Err(PackError::TooLarge {
            part: "decompressed payload",
            size: payload.uncompressed_size,
            limit: limits.max_uncompressed,
        });
    }
    if (parts.payload.len() as u64) < payload.size {
        return Err(PackError::Truncated {
            part: "payload",
            len: (file.len() - parts.payload.len()) as u64 + parts.payload.len() as u64,
            needed: (file.len() - parts.payload.len()) as u64 + payload.size,
        });
    }
    if parts.payload.len() as u64 != payload.size || sha256_hex(parts.payload) != payload.sha256 {
        return Err(PackError::HashMismatch);
    }
    Ok(VerifiedPack {
        manifest,
        signer,
        parts,
    })
}

/// Parses signed manifest bytes and checks what this app can read.
fn parse_manifest(bytes: &[u8]) -> Result<Manifest, PackError> {
    // Read the format first, so a future manifest with new fields reports
    // "unsupported format" rather than "unknown field".
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|err| PackError::BadManifest(err.to_string()))?;
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| PackError::BadManifest("no `format` number".into()))?;
    if format != u64::from(FORMAT_VERSION) {
        return Err(PackError::UnsupportedFormat {
            found: u32::try_from(format).unwrap_or(u32::MAX),
            supported: FORMAT_VERSION,
        });
    }
    let manifest: Manifest =
        serde_json::from_value(value).map_err(|err| PackError::BadManifest(err.to_string()))?;
    if !crate::model::is_valid_id(&manifest.pack_id) {
        return Err(PackError::BadManifest(format!(
            "`{}` is not a valid pack id",
            manifest.pack_id
        )));
    }
    if manifest.payload.compression != "zstd" {
        return Err(PackError::BadManifest(format!(
            "unknown compression `{}`",
            manifest.payload.compression
        )));
    }
    parse_timestamp(&manifest.created)?;
    super::trust::parse_date(&manifest.expires).map_err(PackError::BadManifest)?;
    let current = env!("CARGO_PKG_VERSION");
    let needed = parse_semver(&manifest.min_core_version).ok_or_else(|| {
        PackError::BadManifest(format!("`{}` is not a version", manifest.min_core_version))
    })?;
    if needed > parse_semver(current).expect("the crate version is semver") {
        return Err(PackError::NeedsNewerApp {
            needed: manifest.min_core_version,
            current: current.into(),
        });
    }
    Ok(manifest)
}

pub use guide_content::packfile::sha256_hex;

fn parse_semver(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(version)
}

/// A manifest's `created` time (RFC 3339).
pub fn parse_timestamp(text: &str) -> Result<jiff::Timestamp, PackError> {
    text.parse::<jiff::Timestamp>()
        .map_err(|err| PackError::BadManifest(format!("`created` `{text}`: {err}")))
}

//! The pack file container (documented for publishers in
//! `docs/pack-format.md`):
//!
//! ```text
//! "RGPACK\r\n"                  8 bytes of magic
//! manifest length               u32, little-endian, at most MAX_MANIFEST
//! manifest                      UTF-8 JSON (Manifest), the signed bytes
//! signer public key             32 bytes, Ed25519
//! signature                     64 bytes, Ed25519 over the manifest bytes exactly
//! statement length              u32, little-endian (0: none), at most MAX_STATEMENT
//! statement                     a root-signed delegation of the signer (trust.rs)
//! payload                       the rest: zstd-compressed JSON lines, one record each
//! ```
//!
//! This crate writes it — for `guide pack build` and for the core's build
//! script, which makes the bundled pack a pack file like any other. Reading
//! and checking it (parsing, signature, hash, limits, decoding) is the
//! core's `pack` module: one decoding path for every pack.

use std::io::Write;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::{Details, PackContent, Record};

/// The first bytes of every pack file. The CR LF catches a transfer that
/// rewrote line endings.
pub const MAGIC: &[u8; 8] = b"RGPACK\r\n";

/// The container format this app reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Largest manifest accepted: a manifest is a few hundred bytes.
pub const MAX_MANIFEST: u32 = 64 * 1024;

/// Largest embedded trust statement accepted.
pub const MAX_STATEMENT: u32 = 16 * 1024;

/// A pack's signed description of itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Container format version ([`FORMAT_VERSION`]).
    pub format: u32,
    /// Stable pack id (e.g. `us-md-baltimore`).
    pub pack_id: String,
    /// Who publishes the pack.
    pub publisher: String,
    /// Release number; an install never goes backwards.
    pub version: u64,
    /// When the pack was built (RFC 3339, UTC).
    pub created: String,
    /// The first day the content counts as stale (ISO 8601 date). A stale
    /// pack still answers, marked.
    pub expires: String,
    /// Language every record has.
    pub source_language: String,
    /// Every language the texts are in.
    pub languages: Vec<String>,
    /// The area the pack covers.
    pub coverage: Coverage,
    /// Number of records in the payload.
    pub record_count: u64,
    /// Size and hash of the payload.
    pub payload: PayloadInfo,
    /// Lowest core version that reads this pack (semver `MAJOR.MINOR.PATCH`).
    pub min_core_version: String,
}

/// The area a pack covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    /// A name people recognise ("Baltimore, MD", "United States").
    pub area: String,
    /// `[min_lon, min_lat, max_lon, max_lat]` when the pack has places.
    pub bbox: Option<[f64; 4]>,
}

// Coverage holds floats, which are never NaN here (they come from checked
// coordinates), so the manifest can still be compared whole.
impl Eq for Coverage {}

/// What the signed manifest says about the payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayloadInfo {
    /// Always `zstd`.
    pub compression: String,
    /// Compressed size in bytes (the payload's length in the file).
    pub size: u64,
    /// Decompressed size in bytes.
    pub uncompressed_size: u64,
    /// SHA-256 of the compressed payload, lowercase hex.
    pub sha256: String,
}

/// One line of the decompressed payload. Tagged, so later formats can add
/// other kinds of line (concepts) without ambiguity.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum PayloadLine {
    /// An article or listing.
    Record(Record),
}

/// What a manifest says beyond the pack's own `PackInfo` and payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestOptions {
    /// Overrides the pack's `version`.
    pub version: Option<u64>,
    /// When the pack was built (RFC 3339, UTC).
    pub created: String,
    /// The first day the content counts as stale (ISO 8601 date).
    pub expires: String,
    /// Lowest core version that reads this pack.
    pub min_core_version: String,
}

/// The payload: every record as one tagged JSON line, zstd-compressed at
/// `level`. Returns the compressed bytes and the uncompressed size; calls
/// `progress` with (records done, total).
pub fn encode_payload(
    records: &[Record],
    level: i32,
    progress: &mut dyn FnMut(usize, usize),
) -> std::io::Result<(Vec<u8>, u64)> {
    let total = records.len();
    let mut uncompressed = 0u64;
    let mut encoder = zstd::stream::write::Encoder::new(Vec::new(), level)?;
    for (done, record) in records.iter().enumerate() {
        let mut line = serde_json::to_vec(&PayloadLine::Record(record.clone()))?;
        line.push(b'\n');
        uncompressed += line.len() as u64;
        encoder.write_all(&line)?;
        if done % 256 == 0 || done + 1 == total {
            progress(done + 1, total);
        }
    }
    Ok((encoder.finish()?, uncompressed))
}

/// The manifest of `content` with the compressed `payload` (of
/// `uncompressed` bytes).
pub fn manifest(
    content: &PackContent,
    options: &ManifestOptions,
    payload: &[u8],
    uncompressed: u64,
) -> Manifest {
    let info = &content.info;
    Manifest {
        format: FORMAT_VERSION,
        pack_id: info.pack_id.clone(),
        publisher: info.publisher.clone(),
        version: options.version.unwrap_or(info.version),
        created: options.created.clone(),
        expires: options.expires.clone(),
        source_language: info.source_language.clone(),
        languages: info.languages.clone(),
        coverage: Coverage {
            area: info.area.clone().unwrap_or_default(),
            bbox: bounding_box(&content.records),
        },
        record_count: content.records.len() as u64,
        payload: PayloadInfo {
            compression: "zstd".into(),
            size: payload.len() as u64,
            uncompressed_size: uncompressed,
            sha256: sha256_hex(payload),
        },
        min_core_version: options.min_core_version.clone(),
    }
}

/// The manifest's bytes as signed and written (pretty JSON).
pub fn manifest_bytes(manifest: &Manifest) -> Vec<u8> {
    serde_json::to_vec_pretty(manifest).expect("manifests serialize")
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a pack file from its parts (the inverse of [`PackParts::parse`]).
pub fn write(
    manifest: &[u8],
    signer: &[u8; 32],
    signature: &[u8; 64],
    statement: Option<&[u8]>,
    payload: &[u8],
) -> Vec<u8> {
    let statement = statement.unwrap_or_default();
    let mut out =
        Vec::with_capacity(8 + 4 + manifest.len() + 96 + 4 + statement.len() + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
    out.extend_from_slice(manifest);
    out.extend_from_slice(signer);
    out.extend_from_slice(signature);
    out.extend_from_slice(&(statement.len() as u32).to_le_bytes());
    out.extend_from_slice(statement);
    out.extend_from_slice(payload);
    out
}

/// `[min_lon, min_lat, max_lon, max_lat]` of the listings that have a place.
fn bounding_box(records: &[Record]) -> Option<[f64; 4]> {
    records
        .iter()
        .filter_map(|record| match &record.details {
            Details::Listing(l) => l.longitude.zip(l.latitude),
            Details::Article(_) => None,
        })
        .fold(None, |bbox, (lon, lat)| {
            let [a, b, c, d] = bbox.unwrap_or([lon, lat, lon, lat]);
            Some([a.min(lon), b.min(lat), c.max(lon), d.max(lat)])
        })
}

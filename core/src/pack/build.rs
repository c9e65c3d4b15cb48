//! Builds a signed pack file from read sources (`guide pack build`).

use std::io::Write;

use serde::{Deserialize, Serialize};

use super::error::PackError;
use super::format::{self, Coverage, FORMAT_VERSION, Manifest, PayloadInfo};
use super::keys::SecretKey;
use super::verify::sha256_hex;
use crate::model::{Details, PackContent, Record};

/// One line of the decompressed payload. Tagged, so later formats can add
/// other kinds of line (concepts) without ambiguity.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum PayloadLine {
    /// An article or listing.
    Record(Record),
}

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
    let total = content.records.len();
    let mut uncompressed = 0u64;
    let mut encoder = zstd::stream::write::Encoder::new(Vec::new(), options.compression_level)
        .map_err(|err| PackError::BadPayload(err.to_string()))?;
    for (done, record) in content.records.iter().enumerate() {
        let mut line = serde_json::to_vec(&PayloadLine::Record(record.clone()))
            .map_err(|err| PackError::BadPayload(err.to_string()))?;
        line.push(b'\n');
        uncompressed += line.len() as u64;
        encoder
            .write_all(&line)
            .map_err(|err| PackError::BadPayload(err.to_string()))?;
        if done % 256 == 0 || done + 1 == total {
            progress(done + 1, total);
        }
    }
    let payload = encoder
        .finish()
        .map_err(|err| PackError::BadPayload(err.to_string()))?;

    let info = &content.info;
    let manifest = Manifest {
        format: FORMAT_VERSION,
        pack_id: info.pack_id.clone(),
        publisher: info.publisher.clone(),
        version: options.version.unwrap_or(info.version),
        created: options.created.to_string(),
        expires: options.expires.to_string(),
        source_language: info.source_language.clone(),
        languages: info.languages.clone(),
        coverage: Coverage {
            area: info.area.clone().unwrap_or_default(),
            bbox: bounding_box(&content.records),
        },
        record_count: total as u64,
        payload: PayloadInfo {
            compression: "zstd".into(),
            size: payload.len() as u64,
            uncompressed_size: uncompressed,
            sha256: sha256_hex(&payload),
        },
        min_core_version: env!("CARGO_PKG_VERSION").into(),
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("manifests serialize");
    let signature = key.sign(&manifest_bytes);
    Ok(format::write(
        &manifest_bytes,
        &key.public_key(),
        &signature,
        options.statement.as_deref(),
        &payload,
    ))
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

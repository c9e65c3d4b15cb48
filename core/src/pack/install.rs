//! Installing a verified pack file into the store: trust, rollback and size
//! checks, then records streamed from the decompressed payload into one
//! transaction. Any failure on the way leaves the store as it was.

use std::io::{BufRead, BufReader, Read};

use super::build::PayloadLine;
use super::error::PackError;
use super::trust::{self, SignedStatement};
use super::verify::{self, Limits, VerifiedPack};
use crate::ingest::{self, IngestError};
use crate::model::{Details, PackInfo, Record};
use crate::store::{PackFile, Store, StoreError};

/// Why a pack file was not installed: the file (refused or damaged), or the
/// store. Either way nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// The file was refused or is damaged.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<IngestError<PackError>> for InstallError {
    fn from(err: IngestError<PackError>) -> InstallError {
        match err {
            IngestError::Store(err) => InstallError::Store(err),
            IngestError::IdTaken { id, owner } => PackError::IdTaken { id, owner }.into(),
            IngestError::Input(err) => InstallError::Pack(err),
        }
    }
}

/// What an install did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The pack's id.
    pub pack_id: String,
    /// The version now installed.
    pub version: u64,
    /// The version it replaced, if any.
    pub replaced: Option<u64>,
    /// Records now searchable from it.
    pub records: u64,
}

/// What a full check of a pack file found, without installing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The verified manifest.
    pub manifest: crate::pack::format::Manifest,
    /// Short id of the signing key.
    pub signer_key_id: String,
    /// Records decoded and checked.
    pub records: u64,
}

/// Everything [`install_file`] checks — signature, trust on this device,
/// payload hash, decompression limits, every record — without writing.
pub fn check_file(
    store: &Store,
    file: &[u8],
    roots: &[crate::pack::keys::PublicKey],
    limits: &Limits,
    now: jiff::Timestamp,
) -> Result<Checked, InstallError> {
    let pack = verify::verify(file, limits)?;
    check_trust(store, &pack, roots, now)?;
    Ok(check_payload(&pack, limits)?)
}

/// Decodes and checks every record of a verified pack without installing it.
pub fn check_payload(pack: &VerifiedPack<'_>, limits: &Limits) -> Result<Checked, PackError> {
    let info = pack_info(&pack.manifest);
    let mut records = 0;
    for record in decode_records(pack, limits, &info) {
        record?;
        records += 1;
    }
    Ok(Checked {
        manifest: pack.manifest.clone(),
        signer_key_id: pack.signer.key_id(),
        records,
    })
}

/// What the store keeps of a pack's identity, from its manifest.
pub(crate) fn pack_info(manifest: &crate::pack::format::Manifest) -> PackInfo {
    PackInfo {
        pack_id: manifest.pack_id.clone(),
        publisher: manifest.publisher.clone(),
        version: manifest.version,
        source_language: manifest.source_language.clone(),
        languages: manifest.languages.clone(),
        area: Some(manifest.coverage.area.clone()).filter(|a| !a.is_empty()),
        expires: Some(manifest.expires.clone()),
    }
}

/// Verifies `file` and installs it, or changes nothing and says why.
/// `roots` are the trusted root keys; `now` is the device clock.
pub fn install_file(
    store: &mut Store,
    file: &[u8],
    roots: &[crate::pack::keys::PublicKey],
    limits: &Limits,
    now: jiff::Timestamp,
) -> Result<Installed, InstallError> {
    let pack = verify::verify(file, limits)?;
    let manifest = &pack.manifest;
    let statement = check_trust(store, &pack, roots, now)?;

    let installed = store.installed_pack(&manifest.pack_id)?;
    if let Some(installed) = &installed {
        if manifest.version < installed.version {
            return Err(PackError::Rollback {
                pack_id: manifest.pack_id.clone(),
                installed: installed.version,
                offered: manifest.version,
            }
            .into());
        }
        if manifest.version == installed.version {
            if installed.payload_sha256.as_deref() == Some(manifest.payload.sha256.as_str()) {
                // The very same pack again (e.g. shared back): nothing to do.
                return Ok(Installed {
                    pack_id: manifest.pack_id.clone(),
                    version: manifest.version,
                    replaced: Some(installed.version),
                    records: manifest.record_count,
                });
            }
            return Err(PackError::SameVersionDifferent {
                pack_id: manifest.pack_id.clone(),
                version: manifest.version,
            }
            .into());
        }
    }

    let info = pack_info(manifest);
    let records = decode_records(&pack, limits, &info);
    let meta = PackFile {
        created: manifest.created.clone(),
        expires: manifest.expires.clone(),
        signer: pack.signer.to_text(),
        payload_sha256: manifest.payload.sha256.clone(),
        file,
        statement: statement.map(|s| {
            (
                pack.signer.to_bytes().to_vec(),
                s.statement.serial(),
                s.bytes,
            )
        }),
    };
    // The record stream checks the declared count itself and fails the
    // transaction on any mismatch.
    let count = ingest::install(store, &info, Some(&meta), records, now)?;
    Ok(Installed {
        pack_id: manifest.pack_id.clone(),
        version: manifest.version,
        replaced: installed.map(|i| i.version),
        records: count,
    })
}

/// Installs the bundled pack ([`super::BUNDLED_PACK`]), replacing an older
/// bundled version: checked and decoded like any pack file, streamed into
/// one transaction, but not asked who signed it (it ships with the app) and
/// keeping no file (it is updated with the app).
pub fn install_bundled(store: &mut Store, now: jiff::Timestamp) -> Result<u64, InstallError> {
    let limits = Limits::default();
    let pack = verify::verify(super::BUNDLED_PACK, &limits)?;
    let info = pack_info(&pack.manifest);
    let records = decode_records(&pack, &limits, &info);
    Ok(ingest::install(store, &info, None, records, now)?)
}

/// The trusted time: the device clock, or the newest `created` of any
/// trusted pack seen if later — so winding the clock back hides no staleness.
pub fn trusted_now(store: &Store, clock: jiff::Timestamp) -> Result<jiff::Timestamp, StoreError> {
    let newest = store
        .newest_created()?
        .and_then(|text| text.parse::<jiff::Timestamp>().ok());
    Ok(newest.map_or(clock, |seen| seen.max(clock)))
}

/// Today's UTC date as `YYYY-MM-DD`.
pub fn utc_date(now: jiff::Timestamp) -> String {
    now.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}

fn check_trust(
    store: &Store,
    pack: &VerifiedPack<'_>,
    roots: &[crate::pack::keys::PublicKey],
    now: jiff::Timestamp,
) -> Result<Option<SignedStatement>, InstallError> {
    let carried = match pack.parts.statement {
        // A carried statement from an unknown root is ignored, not fatal:
        // the key may still be trusted locally or by a kept statement.
        Some(bytes) => SignedStatement::from_trusted_root(bytes, roots).ok(),
        None => None,
    };
    let kept = store
        .kept_statement(&pack.signer.to_bytes())?
        .and_then(|bytes| SignedStatement::from_trusted_root(&bytes, roots).ok());
    let today = utc_date(trusted_now(store, now)?);
    let local = trust::local_keys(store)?;
    Ok(trust::authorize(
        &pack.signer,
        &pack.manifest.pack_id,
        &today,
        &local,
        kept.as_ref(),
        carried.as_ref(),
    )?)
}

/// Streams the payload's records, refusing past the declared size or the
/// hard limit, and checking each record against the content rules.
pub(crate) fn decode_records<'a>(
    pack: &'a VerifiedPack<'a>,
    limits: &Limits,
    info: &'a PackInfo,
) -> impl Iterator<Item = Result<Record, PackError>> + 'a {
    let declared = pack.manifest.payload.uncompressed_size;
    let limit = declared.min(limits.max_uncompressed);
    let expected = pack.manifest.record_count;
    let decoder = zstd::stream::read::Decoder::with_buffer(pack.parts.payload);
    let mut lines = decoder.map(|d| {
        BufReader::new(Capped {
            inner: d,
            left: limit,
            declared,
        })
    });
    let mut index = 0usize;
    let mut finished = false;
    std::iter::from_fn(move || {
        if finished {
            return None;
        }
        let reader = match &mut lines {
            Ok(reader) => reader,
            Err(err) => {
                finished = true;
                return Some(Err(PackError::BadPayload(err.to_string())));
            }
        };
        let mut line = Vec::new();
        let result = match reader.read_until(b'\n', &mut line) {
            Err(err) => Err(payload_error(err)),
            Ok(0) => {
                finished = true;
                if index as u64 == expected {
                    return None;
                }
                Err(PackError::BadPayload(format!(
                    "the manifest declares {expected} records, the payload holds {index}"
                )))
            }
            Ok(_) if index as u64 >= expected => Err(PackError::BadPayload(format!(
                "the payload holds more than the {expected} records declared"
            ))),
            Ok(_) => match serde_json::from_slice::<PayloadLine>(&line) {
                Ok(PayloadLine::Record(record)) => check_record(&record, info)
                    .map(|()| record)
                    .map_err(|reason| PackError::BadRecord { index, reason }),
                Err(err) => Err(PackError::BadRecord {
                    index,
                    reason: err.to_string(),
                }),
            },
        };
        index += 1;
        if result.is_err() {
            finished = true;
        }
        Some(result)
    })
}

fn payload_error(err: std::io::Error) -> PackError {
    match err
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<PackError>())
    {
        Some(pack_error) => pack_error.clone(),
        None => PackError::BadPayload(err.to_string()),
    }
}

/// The same rules `pack::source` enforces on sources, for records arriving
/// in a file (a publisher's build tool may not be ours).
fn check_record(record: &Record, info: &PackInfo) -> std::result::Result<(), String> {
    let taxonomy = crate::taxonomy();
    if !crate::model::is_valid_id(&record.id) {
        return Err(format!("`{}` is not a valid id", record.id));
    }
    if !record.texts.contains_key(&info.source_language) {
        return Err(format!(
            "`{}` has no `{}` text",
            record.id, info.source_language
        ));
    }
    if let Some(lang) = record.texts.keys().find(|l| !info.languages.contains(l)) {
        return Err(format!(
            "`{}` has text in undeclared language `{lang}`",
            record.id
        ));
    }
    if record.sources.is_empty() {
        return Err(format!("`{}` cites no source", record.id));
    }
    if let Some(topic) = record.topics.iter().find(|t| !taxonomy.has_topic(t)) {
        return Err(format!("`{}` has unknown topic `{topic}`", record.id));
    }
    trust::parse_date(&record.verified_on)?;
    if let Details::Listing(listing) = &record.details {
        if !taxonomy.has_category(&listing.category) {
            return Err(format!(
                "`{}` has unknown category `{}`",
                record.id, listing.category
            ));
        }
        let in_range =
            |lat: f64, lon: f64| (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        match (listing.latitude, listing.longitude) {
            (Some(lat), Some(lon)) if in_range(lat, lon) => {}
            (None, None) => {}
            _ => return Err(format!("`{}` has an invalid location", record.id)),
        }
    }
    Ok(())
}

/// A reader that fails once more than `left` bytes come out.
struct Capped<R> {
    inner: R,
    left: u64,
    declared: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Read one byte past the cap to tell "exactly at the cap" from "past it".
        let want = buf
            .len()
            .min(self.left.saturating_add(1).min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            return Err(std::io::Error::other(PackError::Inflated {
                declared: self.declared,
            }));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

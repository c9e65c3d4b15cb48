//! The pack family: `packs` (one row per installed pack), `pack_files` (the
//! signed file of each, for export) and `meta` (the clock floor).

use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use super::error::{Result, StorageContext, StoreError};
use crate::model::PackInfo;

/// What the store keeps of an installed pack file besides its records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackFile<'a> {
    /// The manifest's `created` time.
    pub created: String,
    /// The manifest's `expires` date.
    pub expires: String,
    /// The signer's public key (`RGPK …`).
    pub signer: String,
    /// The payload's SHA-256, to recognise the same pack offered again.
    pub payload_sha256: String,
    /// The whole file, byte for byte, for export (borrowed: a metro pack is
    /// tens of megabytes, and copies of it were the install's memory peak).
    pub file: &'a [u8],
    /// A root statement to keep for the signer: (key bytes, serial, statement file).
    pub statement: Option<(Vec<u8>, u64, Vec<u8>)>,
}

/// An installed pack as `packs list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    /// Id, publisher, version, languages.
    pub info: PackInfo,
    /// Same as `info.version`, for convenience.
    pub version: u64,
    /// When the pack was built; `None` for the bundled pack.
    pub created: Option<String>,
    /// First stale day (the bundled pack's from `pack.toml`); `None` for a
    /// bundled pack installed by an older build.
    pub expires: Option<String>,
    /// Signer key (`RGPK …`); `None` for the bundled pack.
    pub signer: Option<String>,
    /// SHA-256 of the payload; `None` for the bundled pack.
    pub payload_sha256: Option<String>,
    /// Number of records it holds.
    pub records: u64,
}

impl Store {
    /// The installed version of `pack_id`, if it is installed.
    pub fn installed_version(&self, pack_id: &str) -> Result<Option<u64>> {
        self.conn
            .query_row(
                "SELECT version FROM packs WHERE pack_id = ?1",
                [pack_id],
                |row| row.get::<_, i64>(0),
            )
            .optional()
            .context("reading installed packs")
            .map(|v| v.map(|v| v as u64))
    }

    /// The installed pack `pack_id`, if any.
    pub fn installed_pack(&self, pack_id: &str) -> Result<Option<InstalledPack>> {
        Ok(self
            .packs()?
            .into_iter()
            .find(|p| p.info.pack_id == pack_id))
    }

    /// Every installed pack, by id.
    pub fn packs(&self) -> Result<Vec<InstalledPack>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT p.pack_id, p.publisher, p.version, p.source_language, p.languages, p.area,
                        p.created, p.expires, p.signer, p.payload_sha256,
                        (SELECT count(*) FROM records r WHERE r.pack_id = p.pack_id)
                 FROM packs p ORDER BY p.pack_id",
            )
            .context("listing packs")?;
        let rows = stmt
            .query_map([], |row| {
                let languages: String = row.get(4)?;
                let version = row.get::<_, i64>(2)? as u64;
                Ok(InstalledPack {
                    info: PackInfo {
                        pack_id: row.get(0)?,
                        publisher: row.get(1)?,
                        version,
                        source_language: row.get(3)?,
                        languages: serde_json::from_str(&languages).unwrap_or_default(),
                        area: row.get(5)?,
                        expires: None,
                    },
                    version,
                    created: row.get(6)?,
                    expires: row.get(7)?,
                    signer: row.get(8)?,
                    payload_sha256: row.get(9)?,
                    records: row.get::<_, i64>(10)? as u64,
                })
            })
            .context("listing packs")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("listing packs")
    }

    /// Each installed pack's id and first stale day (`None` when it has
    /// none): what every search needs to mark stale hits, without counting
    /// records as [`Store::packs`] does.
    pub fn pack_expiries(&self) -> Result<Vec<(String, Option<String>)>> {
        self.conn
            .prepare_cached("SELECT pack_id, expires FROM packs")
            .context("reading pack expiry dates")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .context("reading pack expiry dates")?
            .collect::<rusqlite::Result<_>>()
            .context("reading pack expiry dates")
    }

    /// The source languages of the installed packs, sorted.
    pub fn source_languages(&self) -> Result<Vec<String>> {
        self.conn
            .prepare_cached("SELECT DISTINCT source_language FROM packs ORDER BY source_language")
            .context("reading pack languages")?
            .query_map([], |row| row.get(0))
            .context("reading pack languages")?
            .collect::<rusqlite::Result<_>>()
            .context("reading pack languages")
    }

    /// The installed file of `pack_id`, byte for byte; `None` when the pack
    /// is not installed or has no file (the bundled pack).
    pub fn pack_file(&self, pack_id: &str) -> Result<Option<Vec<u8>>> {
        self.conn
            .query_row(
                "SELECT file FROM pack_files WHERE pack_id = ?1",
                [pack_id],
                |row| row.get::<_, Option<Vec<u8>>>(0),
            )
            .optional()
            .context("reading a pack file")
            .map(Option::flatten)
    }

    /// The newest `created` time of any pack file installed (RFC 3339).
    pub fn newest_created(&self) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'newest_created'",
                [],
                |row| row.get(0),
            )
            .optional()
            .context("reading the clock floor")
    }
}

/// The ids of every installed pack, sorted.
pub(crate) fn ids(conn: &Connection) -> Result<Vec<String>> {
    conn.prepare("SELECT pack_id FROM packs ORDER BY pack_id")
        .context("listing packs")?
        .query_map([], |row| row.get(0))
        .context("listing packs")?
        .collect::<rusqlite::Result<_>>()
        .context("listing packs")
}

/// Records the pack `info` (and, for a pack file, its `file` details)
/// installed at `installed_at` (unix seconds).
pub(crate) fn insert(
    conn: &Connection,
    info: &PackInfo,
    file: Option<&PackFile<'_>>,
    installed_at: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at,
                            area, created, expires, signer, payload_sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            info.pack_id,
            info.publisher,
            info.version as i64,
            info.source_language,
            serde_json::to_string(&info.languages).expect("strings serialize"),
            installed_at,
            info.area,
            file.map(|f| &f.created),
            // A pack file's signed expiry; the bundled pack's from its manifest.
            file.map(|f| &f.expires).or(info.expires.as_ref()),
            file.map(|f| &f.signer),
            file.map(|f| &f.payload_sha256),
        ],
    )
    .context("recording the pack")?;
    Ok(())
}

/// Keeps `file` as the signed file of `pack_id`.
pub(crate) fn keep_file(conn: &Connection, pack_id: &str, file: &[u8]) -> Result<()> {
    // Room for the file, then the file written into it in place: binding
    // the bytes would copy them twice more inside SQLite.
    conn.execute(
        "INSERT INTO pack_files (pack_id, file) VALUES (?1, ?2)",
        params![pack_id, rusqlite::blob::ZeroBlob(file.len() as u64)],
    )
    .context("keeping the pack file")?;
    let mut blob = conn
        .blob_open(
            rusqlite::MAIN_DB,
            "pack_files",
            "file",
            conn.last_insert_rowid(),
            false,
        )
        .context("opening the kept pack file")?;
    std::io::Write::write_all(&mut blob, file)
        .map_err(|err| StoreError::corrupt("keeping the pack file", err))
}

/// Moves the clock floor to `created` if that is later (it only moves forward).
pub(crate) fn raise_clock_floor(conn: &Connection, created: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('newest_created', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value
         WHERE excluded.value > meta.value",
        [created],
    )
    .context("recording the clock floor")?;
    Ok(())
}

/// Deletes the pack row of `pack_id` and its kept file (call after every row
/// hanging off its records); `true` when it existed.
pub(crate) fn delete(conn: &Connection, pack_id: &str) -> Result<bool> {
    conn.execute("DELETE FROM pack_files WHERE pack_id = ?1", [pack_id])
        .context("removing the pack file")?;
    let removed = conn
        .execute("DELETE FROM packs WHERE pack_id = ?1", [pack_id])
        .context("removing the pack")?;
    Ok(removed > 0)
}

//! The local store: one SQLite file holding installed packs, their records,
//! the full-text index and the listing R*Tree.
//!
//! The store is a cache of installed packs: everything in it can be rebuilt
//! from pack files. Installing a pack is one transaction, so a crash or kill
//! midway leaves the previous content searchable.

pub mod interrupt;
pub mod schema;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::sync_channel;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::error::{Error, Result, StorageContext};
use crate::markdown::to_plain_text;
use crate::model::{PackContent, PackInfo, Record};
use crate::pack::trust::LocalKey;
use crate::search::concepts::{self, ConceptIndex};
use crate::search::index;
use crate::search::lexicon::{Entry, Lexicon};
use interrupt::InterruptHandle;

/// A record as stored: the record itself and the pack it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRecord {
    /// The record.
    pub record: Record,
    /// The id of the installed pack that holds it.
    pub pack_id: String,
    /// The pack's language every record has.
    pub source_language: String,
}

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
    /// First stale day; `None` for the bundled pack (it is updated with the app).
    pub expires: Option<String>,
    /// Signer key (`RGPK …`); `None` for the bundled pack.
    pub signer: Option<String>,
    /// SHA-256 of the payload; `None` for the bundled pack.
    pub payload_sha256: Option<String>,
    /// Number of records it holds.
    pub records: u64,
}

/// An open store.
pub struct Store {
    conn: Connection,
    /// The vocabulary of every installed pack (rebuilt by install/remove).
    lexicon: Lexicon,
    /// The concepts search expands queries through.
    concepts: Arc<ConceptIndex>,
    interrupt: Arc<InterruptHandle>,
}

impl Store {
    /// Opens (creating when missing) the store file at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .context("opening the store")?;
        Store::setup(conn)
    }

    /// An in-memory store, for tests and tools that need no file.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory().context("opening an in-memory store")?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        // WAL: readers never block on the writer, and a killed install rolls back.
        conn.pragma_update(None, "journal_mode", "WAL")
            .context("setting the journal mode")?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .context("setting synchronous mode")?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .context("enabling foreign keys")?;
        // Search, nearby (whose SQL varies with the filters) and detail
        // reads use more statements than rusqlite's default 16 keeps.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        schema::migrate(&mut conn)?;
        let lexicon = load_lexicon(&conn)?;
        let interrupt = Arc::new(InterruptHandle::new(conn.get_interrupt_handle()));
        Ok(Store {
            conn,
            lexicon,
            concepts: concepts::built_in()?,
            interrupt,
        })
    }

    /// The connection, for the search queries.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, mutable, for tests that hook into SQLite.
    #[cfg(test)]
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The vocabulary of every installed pack.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The concepts queries expand through (the built-in set).
    pub fn concepts(&self) -> &ConceptIndex {
        &self.concepts
    }

    /// SQLite's own interrupt handle for this connection.
    pub(crate) fn sqlite_interrupt_handle(&self) -> rusqlite::InterruptHandle {
        self.conn.get_interrupt_handle()
    }

    /// The handle that cancels searches on this store from another thread.
    pub fn interrupt_handle(&self) -> Arc<InterruptHandle> {
        Arc::clone(&self.interrupt)
    }

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

    /// Each installed pack's id and first stale day (`None` for the bundled
    /// pack): what every search needs to mark stale hits, without counting
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

    /// The place the person saved on this device, as `geo::Location::to_saved`
    /// wrote it. Their data: never exported, gone with `wipe_local_data`
    /// (it lives in the store file).
    pub fn saved_place(&self) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'saved_place'",
                [],
                |row| row.get(0),
            )
            .optional()
            .context("reading the saved place")
    }

    /// Saves the person's place (`None` forgets it).
    pub fn set_saved_place(&mut self, place: Option<&str>) -> Result<()> {
        match place {
            Some(place) => self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('saved_place', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [place],
            ),
            None => self
                .conn
                .execute("DELETE FROM meta WHERE key = 'saved_place'", []),
        }
        .map(|_| ())
        .context("saving the place")
    }

    /// Keys trusted on this device without a root.
    pub fn local_keys(&self) -> Result<Vec<LocalKey>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, prefixes FROM local_keys")
            .context("reading trusted keys")?;
        let rows = stmt
            .query_map([], |row| {
                Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, String>(1)?))
            })
            .context("reading trusted keys")?;
        let mut keys = Vec::new();
        for row in rows {
            let (bytes, prefixes) = row.context("reading trusted keys")?;
            // A row that no longer parses is skipped: it can only narrow trust.
            let Ok(bytes) = <[u8; 32]>::try_from(bytes.as_slice()) else {
                continue;
            };
            let Ok(key) = crate::pack::keys::PublicKey::from_bytes(&bytes) else {
                continue;
            };
            keys.push(LocalKey {
                key,
                prefixes: serde_json::from_str(&prefixes).unwrap_or_default(),
            });
        }
        Ok(keys)
    }

    /// Trusts `key` locally for the pack ids or prefixes `prefixes` (replacing
    /// what it had).
    pub fn add_local_key(&mut self, key: &LocalKey) -> Result<()> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO local_keys (key, prefixes) VALUES (?1, ?2)",
                params![
                    key.key.to_bytes().to_vec(),
                    serde_json::to_string(&key.prefixes).expect("strings serialize")
                ],
            )
            .context("trusting a key")?;
        Ok(())
    }

    /// The root statement kept for publisher key `key`, as its file bytes.
    pub fn kept_statement(&self, key: &[u8; 32]) -> Result<Option<Vec<u8>>> {
        self.conn
            .query_row(
                "SELECT statement FROM trust_statements WHERE key = ?1",
                [key.to_vec()],
                |row| row.get(0),
            )
            .optional()
            .context("reading trust statements")
    }

    /// Keeps a root statement about `key` if its serial is higher than the
    /// kept one's; returns whether it was kept.
    pub fn keep_statement(&mut self, key: &[u8], serial: u64, statement: &[u8]) -> Result<bool> {
        keep_statement(&self.conn, key, serial, statement)
    }

    /// Installs `pack`, replacing every record of an installed pack with the
    /// same id, in one transaction (used for the bundled pack, which has no file).
    pub fn install(&mut self, pack: &PackContent) -> Result<()> {
        self.install_records(&pack.info, None, pack.records.iter().cloned().map(Ok))
            .map(|_| ())
    }

    /// Installs the pack `info` with `records` (and, for a pack file, its
    /// `file` details), replacing every record of an installed pack with the
    /// same id, in one transaction: afterwards either the new records are
    /// searchable and the old ones gone, or — on any error, including one
    /// yielded by `records` — nothing changed. Returns the record count.
    ///
    /// Deciding *whether* a pack may be installed (signature, trust,
    /// version) is the caller's job; this only writes.
    pub fn install_records(
        &mut self,
        info: &PackInfo,
        file: Option<&PackFile<'_>>,
        records: impl Iterator<Item = Result<Record>> + Send,
    ) -> Result<u64> {
        let tx = self.conn.transaction().context("starting an install")?;
        delete_pack_rows(&tx, &info.pack_id)?;
        let installed_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        tx.execute(
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
                file.map(|f| &f.expires).or(info.expires.as_ref()),
                file.map(|f| &f.signer),
                file.map(|f| &f.payload_sha256),
            ],
        )
        .context("recording the pack")?;
        if let Some(file) = file {
            // Room for the file, then the file written into it in place:
            // binding the bytes would copy them twice more inside SQLite.
            tx.execute(
                "INSERT INTO pack_files (pack_id, file) VALUES (?1, ?2)",
                params![
                    info.pack_id,
                    rusqlite::blob::ZeroBlob(file.file.len() as u64)
                ],
            )
            .context("keeping the pack file")?;
            let mut blob = tx
                .blob_open(
                    rusqlite::MAIN_DB,
                    "pack_files",
                    "file",
                    tx.last_insert_rowid(),
                    false,
                )
                .context("opening the kept pack file")?;
            std::io::Write::write_all(&mut blob, file.file).map_err(|err| Error::Storage {
                context: "keeping the pack file",
                source: rusqlite::Error::ToSqlConversionFailure(Box::new(err)),
            })?;
        }
        // Term -> (texts holding it, occurs as a word) for this pack.
        let mut pack_terms: HashMap<String, (u64, bool)> = HashMap::new();
        if let Some(file) = file {
            // The clock floor only moves forward.
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('newest_created', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value
                 WHERE excluded.value > meta.value",
                [&file.created],
            )
            .context("recording the clock floor")?;
            if let Some((key, serial, statement)) = &file.statement {
                keep_statement(&tx, key, *serial, statement)?;
            }
        }
        let mut count = 0u64;
        {
            let mut insert_record = tx
                .prepare_cached(
                    "INSERT INTO records (id, pack_id, kind, category, topics, verified_on, expires_on, data)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .context("preparing record insert")?;
            let mut insert_text = tx
                .prepare_cached(
                    "INSERT INTO record_texts (record_rowid, lang, title, tags, summary, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .context("preparing text insert")?;
            let mut insert_fts = tx
                .prepare_cached(
                    "INSERT INTO text_fts (rowid, title, tags, summary, body, facets)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .context("preparing index insert")?;
            let mut owner_of = tx
                .prepare_cached("SELECT pack_id FROM records WHERE id = ?1")
                .context("preparing an id check")?;
            // Decoding runs on one thread, analysis (folding, stemming) on
            // up to MAX_ANALYSERS more, and this one writes: on one thread,
            // analysis took about half of an install and writing a third.
            // Records come back in pack order, so rowids follow the pack.
            let analysers = std::thread::available_parallelism()
                .map_or(1, |n| n.get().saturating_sub(1))
                .clamp(1, MAX_ANALYSERS);
            in_order_pipeline(records, analysers, Prepared::new, |prepared| {
                let Prepared {
                    record,
                    data,
                    topics,
                    texts,
                } = prepared;
                count += 1;
                // Ids are unique across packs; say which pack holds a clash
                // rather than failing on the UNIQUE constraint.
                if let Some(owner) = owner_of
                    .query_row([&record.id], |row| row.get::<_, String>(0))
                    .optional()
                    .context("checking a record id")?
                {
                    return Err(crate::pack::PackError::IdTaken {
                        id: record.id,
                        owner,
                    }
                    .into());
                }
                insert_record
                    .execute(params![
                        record.id,
                        info.pack_id,
                        record.kind().as_str(),
                        record.category(),
                        topics,
                        record.verified_on,
                        record.expires_on,
                        data,
                    ])
                    .context("inserting a record")?;
                let rowid = tx.last_insert_rowid();
                for (text, (lang, body, indexed)) in record.texts.values().zip(texts) {
                    insert_text
                        .execute(params![
                            rowid,
                            lang,
                            text.title,
                            text.tags.join(" ; "),
                            text.summary,
                            body,
                        ])
                        .context("inserting a record text")?;
                    let text_rowid = tx.last_insert_rowid();
                    insert_fts
                        .execute(params![
                            text_rowid,
                            indexed.title,
                            indexed.tags,
                            indexed.summary,
                            indexed.body,
                            indexed.facets,
                        ])
                        .context("indexing a record text")?;
                    for (term, word) in indexed.terms {
                        let entry = pack_terms.entry(term).or_insert((0, false));
                        entry.0 += 1;
                        entry.1 |= word;
                    }
                }
                // The listing's point, service area and facts.
                crate::directory::index::index_record(&tx, rowid, &record)?;
                Ok(())
            })?;
            let mut insert_term = tx
                .prepare_cached(
                    "INSERT INTO search_terms (pack_id, term, docs, word) VALUES (?1, ?2, ?3, ?4)",
                )
                .context("preparing vocabulary insert")?;
            for (term, (docs, word)) in &pack_terms {
                insert_term
                    .execute(params![info.pack_id, term, *docs as i64, *word])
                    .context("recording the vocabulary")?;
            }
        }
        let lexicon = rebuild_lexicon(&tx)?;
        tx.commit().context("committing an install")?;
        self.lexicon = lexicon;
        Ok(count)
    }

    /// Removes `pack_id` and exactly its records; `false` when it was not installed.
    pub fn remove(&mut self, pack_id: &str) -> Result<bool> {
        let tx = self.conn.transaction().context("starting a removal")?;
        let removed = delete_pack_rows(&tx, pack_id)?;
        let lexicon = rebuild_lexicon(&tx)?;
        tx.commit().context("committing a removal")?;
        self.lexicon = lexicon;
        Ok(removed)
    }

    /// How many installed articles carry each topic key.
    pub fn topic_counts(&self) -> Result<BTreeMap<String, u64>> {
        self.counts(
            "SELECT t.value, count(*) FROM records r, json_each(r.topics) t
             WHERE r.kind = 'article' GROUP BY t.value",
        )
    }

    /// The distinct (city, state) pairs installed listings state, for
    /// telling which of several places of one name the packs cover.
    pub fn listing_cities(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT json_extract(data, '$.details.city'), json_extract(data, '$.details.region')
                 FROM records WHERE kind = 'listing'
                 AND json_extract(data, '$.details.city') IS NOT NULL
                 AND json_extract(data, '$.details.region') IS NOT NULL",
            )
            .context("reading listing cities")?;
        let rows = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .context("reading listing cities")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("reading listing cities")
    }

    /// How many installed listings each category key has.
    pub fn category_counts(&self) -> Result<BTreeMap<String, u64>> {
        self.counts(
            "SELECT category, count(*) FROM records
             WHERE kind = 'listing' AND category IS NOT NULL GROUP BY category",
        )
    }

    fn counts(&self, sql: &str) -> Result<BTreeMap<String, u64>> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .context("counting records per term")?;
        let rows = stmt
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)? as u64))
            })
            .context("counting records per term")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("counting records per term")
    }

    /// The record with `id`, from whichever installed pack holds it.
    pub fn record(&self, id: &str) -> Result<StoredRecord> {
        self.conn
            .query_row(
                "SELECT r.data, r.pack_id, p.source_language
                 FROM records r JOIN packs p USING (pack_id) WHERE r.id = ?1",
                [id],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()
            .context("reading a record")?
            .ok_or_else(|| Error::NotFound { id: id.to_string() })
            .and_then(|(data, pack_id, source_language)| {
                let record = serde_json::from_str(&data).map_err(|err| Error::Storage {
                    context: "decoding a stored record",
                    source: rusqlite::Error::ToSqlConversionFailure(Box::new(err)),
                })?;
                Ok(StoredRecord {
                    record,
                    pack_id,
                    source_language,
                })
            })
    }
}

/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 64;

/// Records queued per analysis thread, each way (a few hundred kilobytes).
const PIPELINE_DEPTH: usize = 32;

/// At most this many analysis threads per install.
const MAX_ANALYSERS: usize = 4;

/// A record made ready to write by the analysis thread: its JSON, and per
/// language (in the record's order) the plain body and the index tokens.
struct Prepared {
    record: Record,
    data: String,
    topics: String,
    texts: Vec<(String, String, index::IndexedText)>,
}

impl Prepared {
    fn new(record: Record) -> Prepared {
        let facets = facets_of(&record);
        let texts = record
            .texts
            .iter()
            .map(|(lang, text)| {
                let body = to_plain_text(&text.body);
                let indexed =
                    index::analyze(lang, &text.title, &text.tags, &text.summary, &body, &facets);
                (lang.clone(), body, indexed)
            })
            .collect();
        Prepared {
            data: serde_json::to_string(&record).expect("records serialize"),
            topics: serde_json::to_string(&record.topics).expect("strings serialize"),
            texts,
            record,
        }
    }
}

/// Reads `items` on one thread, runs `analyse` on each on `analysers`
/// more (round-robin), and hands the results to `write` on this thread in
/// the order of `items`. The first error, from `items` or from `write`,
/// stops every thread and is returned.
fn in_order_pipeline<T: Send, U: Send>(
    items: impl Iterator<Item = Result<T>> + Send,
    analysers: usize,
    analyse: impl Fn(T) -> U + Sync,
    mut write: impl FnMut(U) -> Result<()>,
) -> Result<()> {
    let analysers = analysers.max(1);
    let analyse = &analyse;
    std::thread::scope(|threads| -> Result<()> {
        let mut inputs = Vec::with_capacity(analysers);
        let mut outputs = Vec::with_capacity(analysers);
        for _ in 0..analysers {
            let (to_analyse, queued) = sync_channel::<Result<T>>(PIPELINE_DEPTH);
            let (analysed, from_analyser) = sync_channel::<Result<U>>(PIPELINE_DEPTH);
            threads.spawn(move || {
                for item in queued {
                    let failed = item.is_err();
                    // A refused send: the writer stopped on an error.
                    if analysed.send(item.map(analyse)).is_err() || failed {
                        break;
                    }
                }
            });
            inputs.push(to_analyse);
            outputs.push(from_analyser);
        }
        threads.spawn(move || {
            for (i, item) in items.enumerate() {
                let failed = item.is_err();
                if inputs[i % analysers].send(item).is_err() || failed {
                    break;
                }
            }
        });
        // Each analyser's channel closes once it has passed on all it was
        // given, so the first closed one is past the end.
        for item in (0..).map_while(|i| outputs[i % analysers].recv().ok()) {
            write(item?)?;
        }
        Ok(())
    })
}

/// What a record is about, as facets for the index: a listing's category
/// first (what it is), then its topics; an article's topics in order.
fn facets_of(record: &Record) -> Vec<(&'static str, &str)> {
    index::facets(record.category(), &record.topics)
}

/// Reads the merged vocabulary, rebuilding it when it is missing or unreadable.
fn load_lexicon(conn: &Connection) -> Result<Lexicon> {
    let stored: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT texts, fst FROM search_lexicon WHERE id = 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .context("reading the search vocabulary")?;
    match stored.and_then(|(texts, bytes)| Lexicon::from_bytes(bytes, texts as u64)) {
        Some(lexicon) => Ok(lexicon),
        None => rebuild_lexicon(conn),
    }
}

/// Merges every installed pack's vocabulary into one `fst` map, stores it,
/// and returns it.
fn rebuild_lexicon(conn: &Connection) -> Result<Lexicon> {
    let texts: i64 = conn
        .query_row("SELECT count(*) FROM record_texts", [], |row| row.get(0))
        .context("counting indexed texts")?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT term, sum(docs), max(word) FROM search_terms GROUP BY term ORDER BY term",
        )
        .context("reading the vocabulary")?;
    let terms: Vec<(String, Entry)> = stmt
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                Entry {
                    docs: row.get::<_, i64>(1)? as u64,
                    word: row.get::<_, i64>(2)? != 0,
                },
            ))
        })
        .context("reading the vocabulary")?
        .collect::<rusqlite::Result<_>>()
        .context("reading the vocabulary")?;
    let bytes = Lexicon::build(terms).map_err(|err| Error::Storage {
        context: "building the search vocabulary",
        source: rusqlite::Error::ToSqlConversionFailure(Box::new(err)),
    })?;
    conn.execute(
        "INSERT OR REPLACE INTO search_lexicon (id, texts, fst) VALUES (1, ?1, ?2)",
        params![texts, bytes],
    )
    .context("storing the search vocabulary")?;
    Ok(Lexicon::from_bytes(bytes, texts as u64).unwrap_or_else(Lexicon::empty))
}

/// Keeps `statement` about `key` when its serial beats the kept one's.
fn keep_statement(conn: &Connection, key: &[u8], serial: u64, statement: &[u8]) -> Result<bool> {
    let changed = conn
        .execute(
            "INSERT INTO trust_statements (key, serial, statement) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET serial = excluded.serial, statement = excluded.statement
             WHERE excluded.serial > trust_statements.serial",
            params![key, serial as i64, statement],
        )
        .context("keeping a trust statement")?;
    Ok(changed > 0)
}

/// Deletes a pack's row and all rows hanging off it; `true` when it existed.
fn delete_pack_rows(conn: &Connection, pack_id: &str) -> Result<bool> {
    crate::directory::index::delete_pack(conn, pack_id)?;
    conn.execute(
        "DELETE FROM listing_geo WHERE id IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing listing locations")?;
    conn.execute(
        "DELETE FROM text_fts WHERE rowid IN (SELECT t.rowid FROM record_texts t
             JOIN records r ON r.rowid = t.record_rowid WHERE r.pack_id = ?1)",
        [pack_id],
    )
    .context("removing indexed texts")?;
    conn.execute("DELETE FROM search_terms WHERE pack_id = ?1", [pack_id])
        .context("removing the pack vocabulary")?;
    conn.execute(
        "DELETE FROM record_texts WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing record texts")?;
    conn.execute("DELETE FROM records WHERE pack_id = ?1", [pack_id])
        .context("removing records")?;
    conn.execute("DELETE FROM pack_files WHERE pack_id = ?1", [pack_id])
        .context("removing the pack file")?;
    let removed = conn
        .execute("DELETE FROM packs WHERE pack_id = ?1", [pack_id])
        .context("removing the pack")?;
    Ok(removed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(n: usize) -> impl Iterator<Item = Result<usize>> + Send {
        (0..n).map(Ok)
    }

    #[test]
    fn the_pipeline_keeps_order_with_any_number_of_analysers() {
        for analysers in [1, 2, 3, 7] {
            let mut seen = Vec::new();
            in_order_pipeline(
                numbers(1_000),
                analysers,
                |n| n * 2,
                |n| {
                    seen.push(n);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..1_000).map(|n| n * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_pipeline_stops_at_the_first_error_from_either_end() {
        // From the source: everything before it is written, nothing after.
        let items = (0..500).map(|n| {
            if n == 123 {
                Err(Error::NotFound { id: "123".into() })
            } else {
                Ok(n)
            }
        });
        let mut seen = Vec::new();
        let err = in_order_pipeline(
            items,
            3,
            |n| n,
            |n| {
                seen.push(n);
                Ok(())
            },
        )
        .unwrap_err();
        assert!(matches!(err, Error::NotFound { id } if id == "123"));
        assert_eq!(seen, (0..123).collect::<Vec<_>>());
        // From the writer: returned, and every thread stops (no hang) though
        // the source has far more than the queues hold.
        let mut written = 0;
        let err = in_order_pipeline(
            numbers(100_000),
            3,
            |n| n,
            |n| {
                written += 1;
                if n == 10 {
                    return Err(Error::NotFound { id: "10".into() });
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert!(matches!(err, Error::NotFound { id } if id == "10"));
        assert_eq!(written, 11);
    }
}

//! The local store: one SQLite file holding installed packs, their records,
//! the full-text index and the listing R*Tree.
//!
//! The store is a cache of installed packs: everything in it can be rebuilt
//! from pack files. Installing a pack is one transaction, so a crash or kill
//! midway leaves the previous content searchable.

pub mod interrupt;
pub mod schema;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::error::{Error, Result, StorageContext};
use crate::markdown::to_plain_text;
use crate::model::{Details, PackContent, PackInfo, Record};
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

    /// Every installed pack.
    pub fn packs(&self) -> Result<Vec<PackInfo>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT pack_id, publisher, version, source_language, languages
                 FROM packs ORDER BY pack_id",
            )
            .context("listing packs")?;
        let rows = stmt
            .query_map([], |row| {
                let languages: String = row.get(4)?;
                Ok(PackInfo {
                    pack_id: row.get(0)?,
                    publisher: row.get(1)?,
                    version: row.get::<_, i64>(2)? as u64,
                    source_language: row.get(3)?,
                    languages: serde_json::from_str(&languages).unwrap_or_default(),
                })
            })
            .context("listing packs")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("listing packs")
    }

    /// Installs `pack`, replacing every record of an installed pack with the
    /// same id, in one transaction: afterwards either the new records are
    /// searchable and the old ones gone, or nothing changed.
    ///
    /// Deciding *whether* a pack may be installed (signature, version) is the
    /// caller's job; this only writes.
    pub fn install(&mut self, pack: &PackContent) -> Result<()> {
        let tx = self.conn.transaction().context("starting an install")?;
        delete_pack_rows(&tx, &pack.info.pack_id)?;
        let installed_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        tx.execute(
            "INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                pack.info.pack_id,
                pack.info.publisher,
                pack.info.version as i64,
                pack.info.source_language,
                serde_json::to_string(&pack.info.languages).expect("strings serialize"),
                installed_at,
            ],
        )
        .context("recording the pack")?;
        // Term -> (texts holding it, occurs as a word) for this pack.
        let mut pack_terms: HashMap<String, (u64, bool)> = HashMap::new();
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
            let mut insert_geo = tx
                .prepare_cached(
                    "INSERT INTO listing_geo (id, min_lat, max_lat, min_lon, max_lon)
                     VALUES (?1, ?2, ?2, ?3, ?3)",
                )
                .context("preparing geo insert")?;
            for record in &pack.records {
                insert_record
                    .execute(params![
                        record.id,
                        pack.info.pack_id,
                        record.kind().as_str(),
                        record.category(),
                        serde_json::to_string(&record.topics).expect("strings serialize"),
                        record.verified_on,
                        record.expires_on,
                        serde_json::to_string(record).expect("records serialize"),
                    ])
                    .context("inserting a record")?;
                let rowid = tx.last_insert_rowid();
                let facets = facets_of(record);
                for (lang, text) in &record.texts {
                    let body = to_plain_text(&text.body);
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
                    let indexed = index::analyze(
                        lang,
                        &text.title,
                        &text.tags,
                        &text.summary,
                        &body,
                        &facets,
                    );
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
                if let Details::Listing(listing) = &record.details
                    && let (Some(lat), Some(lon)) = (listing.latitude, listing.longitude)
                {
                    insert_geo
                        .execute(params![rowid, lat, lon])
                        .context("inserting a listing location")?;
                }
            }
            let mut insert_term = tx
                .prepare_cached(
                    "INSERT INTO search_terms (pack_id, term, docs, word) VALUES (?1, ?2, ?3, ?4)",
                )
                .context("preparing vocabulary insert")?;
            for (term, (docs, word)) in &pack_terms {
                insert_term
                    .execute(params![pack.info.pack_id, term, *docs as i64, *word])
                    .context("recording the vocabulary")?;
            }
        }
        let lexicon = rebuild_lexicon(&tx)?;
        tx.commit().context("committing an install")?;
        self.lexicon = lexicon;
        Ok(())
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

/// What a record is about, as facets for the index: a listing's category
/// first (what it is), then its topics; an article's topics in order.
fn facets_of(record: &Record) -> Vec<(&'static str, &str)> {
    let mut facets: Vec<(&'static str, &str)> = Vec::new();
    if let Some(category) = record.category() {
        facets.push(("category", category));
    }
    facets.extend(record.topics.iter().map(|t| ("topic", t.as_str())));
    facets
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

/// Deletes a pack's row and all rows hanging off it; `true` when it existed.
fn delete_pack_rows(conn: &Connection, pack_id: &str) -> Result<bool> {
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
    let removed = conn
        .execute("DELETE FROM packs WHERE pack_id = ?1", [pack_id])
        .context("removing the pack")?;
    Ok(removed > 0)
}

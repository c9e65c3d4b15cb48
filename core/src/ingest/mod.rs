//! Ingest: writes packs into the store. It is handed verified records (pack
//! files are checked by `crate::pack`, the bundled pack by the build) and
//! writes them in one [`ContentWrite`] transaction, in which the store's own
//! tables take the pack and its records and each index fills its tables
//! through its own module: the text index ([`index::text`]), the geo index
//! ([`index::geo`]) and the listing facts ([`index::facts`]). Either all of
//! an install becomes searchable, or — on any error, crash or kill — the
//! previous content still is.
//!
//! Deciding *whether* a pack may be installed (signature, trust, version)
//! is the caller's job; this only writes.

mod pipeline;

use std::collections::HashMap;
use std::path::Path;

use crate::index;
use crate::markdown::to_plain_text;
use crate::model::{Details, PackContent, PackInfo, Record};
use crate::store::records::{self, RecordRow, TextRow};
use crate::store::{self, ContentWrite, PackFile, Store, StoreError, packs, schema, vocabulary};

/// At most this many analysis threads per install.
const MAX_ANALYSERS: usize = 4;

/// Why an install wrote nothing. `E` is the error of the record source
/// (a pack file's decoder).
#[derive(Debug, thiserror::Error)]
pub enum IngestError<E> {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A record id the pack uses already belongs to another installed pack.
    #[error("record id `{id}` already belongs to installed pack `{owner}`")]
    IdTaken {
        /// The record id.
        id: String,
        /// The pack that has it.
        owner: String,
    },
    /// The record source failed (a damaged payload, a record breaking the rules).
    #[error(transparent)]
    Input(E),
}

/// Opens the store at `path` and, when a migration asked for it, rebuilds
/// the indexes from the stored records before anyone searches.
pub fn open(path: &Path) -> Result<Store, StoreError> {
    let mut store = Store::open(path)?;
    if store.needs_reindex()? {
        reindex(&mut store)?;
    }
    Ok(store)
}

/// Installs `pack` (every record already in hand), replacing an installed
/// pack with the same id; `installed_at` is the guide's clock.
pub fn install_content(
    store: &mut Store,
    pack: &PackContent,
    installed_at: jiff::Timestamp,
) -> Result<u64, IngestError<std::convert::Infallible>> {
    install(
        store,
        &pack.info,
        None,
        pack.records.iter().cloned().map(Ok),
        installed_at,
    )
}

/// Installs the pack `info` with `records` (and, for a pack file, its
/// `file` details), replacing every record of an installed pack with the
/// same id, in one transaction: afterwards either the new records are
/// searchable and the old ones gone, or — on any error, including one
/// yielded by `records` — nothing changed. Returns the record count.
pub fn install<E: Send>(
    store: &mut Store,
    info: &PackInfo,
    file: Option<&PackFile<'_>>,
    records: impl Iterator<Item = Result<Record, E>> + Send,
    installed_at: jiff::Timestamp,
) -> Result<u64, IngestError<E>> {
    let write = store.write()?;
    let conn = write.conn();
    delete_pack_rows(conn, &info.pack_id)?;
    packs::insert(conn, info, file, installed_at.as_second())?;
    if let Some(file) = file {
        packs::keep_file(conn, &info.pack_id, file.file)?;
        packs::raise_clock_floor(conn, &file.created)?;
        if let Some((key, serial, statement)) = &file.statement {
            store::trust::keep_statement(conn, key, *serial, statement)?;
        }
    }
    let mut terms = Terms::default();
    let mut count = 0u64;
    // Decoding runs on one thread, analysis (folding, stemming) on up to
    // MAX_ANALYSERS more, and this one writes: on one thread, analysis took
    // about half of an install and writing a third. Records come back in
    // pack order, so rowids follow the pack.
    let analysers = std::thread::available_parallelism()
        .map_or(1, |n| n.get().saturating_sub(1))
        .clamp(1, MAX_ANALYSERS);
    pipeline::in_order_pipeline(
        records.map(|record| record.map_err(IngestError::Input)),
        analysers,
        Prepared::new,
        |prepared| {
            count += 1;
            // Ids are unique across packs; say which pack holds a clash
            // rather than failing on the UNIQUE constraint.
            if let Some(owner) = records::owner_of(conn, &prepared.record.id)? {
                return Err(IngestError::IdTaken {
                    id: prepared.record.id,
                    owner,
                });
            }
            let rowid = records::insert(conn, &info.pack_id, &prepared.row())?;
            write_record(conn, rowid, &prepared, &mut terms, |_, text| {
                records::insert_text(conn, rowid, text).map(Some)
            })?;
            Ok(())
        },
    )?;
    vocabulary::add_terms(conn, &info.pack_id, &terms.0)?;
    write.commit()?;
    Ok(count)
}

/// Removes `pack_id` and exactly its records; `false` when it was not installed.
pub fn remove(store: &mut Store, pack_id: &str) -> Result<bool, StoreError> {
    let write = store.write()?;
    let removed = delete_pack_rows(write.conn(), pack_id)?;
    write.commit()?;
    Ok(removed)
}

/// Rebuilds every index from the stored records (after a migration that
/// dropped them), in one transaction, and clears the store's reindex mark.
pub fn reindex(store: &mut Store) -> Result<(), StoreError> {
    let write: ContentWrite<'_> = store.write()?;
    let conn = write.conn();
    index::text::clear(conn)?;
    index::geo::clear(conn)?;
    index::facts::clear(conn)?;
    vocabulary::clear(conn)?;
    for pack_id in packs::ids(conn)? {
        let mut terms = Terms::default();
        for (rowid, data) in records::of_pack(conn, &pack_id)? {
            // A record this build cannot read stays unindexed; installing its
            // pack again indexes it.
            let Ok(record) = serde_json::from_str::<Record>(&data) else {
                continue;
            };
            let prepared = Prepared::new(record);
            write_record(conn, rowid, &prepared, &mut terms, |lang, _| {
                records::text_rowid(conn, rowid, lang)
            })?;
        }
        vocabulary::add_terms(conn, &pack_id, &terms.0)?;
    }
    schema::clear_reindex(conn)?;
    write.commit()
}

/// Term -> (texts holding it, occurs as a word) for one pack.
#[derive(Default)]
struct Terms(HashMap<String, (u64, bool)>);

/// Indexes the record at `rowid`: each text (stored by `text_row`, which
/// returns its rowid) into the text index, and a listing into the geo index
/// and the facts.
fn write_record(
    conn: &rusqlite::Connection,
    rowid: i64,
    prepared: &Prepared,
    terms: &mut Terms,
    mut text_row: impl FnMut(&str, &TextRow<'_>) -> Result<Option<i64>, StoreError>,
) -> Result<(), StoreError> {
    for ((lang, text), (body, indexed)) in prepared.record.texts.iter().zip(&prepared.texts) {
        let tags = text.tags.join(" ; ");
        let row = TextRow {
            lang,
            title: &text.title,
            tags: &tags,
            summary: &text.summary,
            body,
        };
        let Some(text_rowid) = text_row(lang, &row)? else {
            continue;
        };
        index::text::add(conn, text_rowid, indexed)?;
        for (term, word) in &indexed.terms {
            let entry = terms.0.entry(term.clone()).or_insert((0, false));
            entry.0 += 1;
            entry.1 |= *word;
        }
    }
    if let Details::Listing(listing) = &prepared.record.details {
        let placed = index::geo::add(conn, rowid, listing)?;
        index::facts::add(conn, rowid, listing, placed)?;
    }
    Ok(())
}

/// Deletes a pack's row and all rows hanging off it; `true` when it existed.
fn delete_pack_rows(conn: &rusqlite::Connection, pack_id: &str) -> Result<bool, StoreError> {
    index::facts::delete_pack(conn, pack_id)?;
    index::geo::delete_pack(conn, pack_id)?;
    index::text::delete_pack(conn, pack_id)?;
    vocabulary::delete_pack(conn, pack_id)?;
    records::delete_pack(conn, pack_id)?;
    packs::delete(conn, pack_id)
}

/// A record made ready to write by an analysis thread: its JSON, and per
/// language (in the record's order) the plain body and the index tokens.
struct Prepared {
    record: Record,
    data: String,
    topics: String,
    texts: Vec<(String, index::text::IndexedText)>,
}

impl Prepared {
    fn new(record: Record) -> Prepared {
        let facets = index::text::facets(record.category(), &record.topics);
        let texts = record
            .texts
            .iter()
            .map(|(lang, text)| {
                let body = to_plain_text(&text.body);
                let indexed = index::text::analyze(
                    lang,
                    &text.title,
                    &text.tags,
                    &text.summary,
                    &body,
                    &facets,
                );
                (body, indexed)
            })
            .collect();
        Prepared {
            data: serde_json::to_string(&record).expect("records serialize"),
            topics: serde_json::to_string(&record.topics).expect("strings serialize"),
            texts,
            record,
        }
    }

    fn row(&self) -> RecordRow<'_> {
        RecordRow {
            record: &self.record,
            data: &self.data,
            topics: &self.topics,
        }
    }
}

//! The record family: `records` (one row per article or listing, the whole
//! record as JSON) and `record_texts` (one row per record and language: what
//! the full-text index indexes and results show).

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use super::error::{Result, StorageContext, StoreError};
use crate::model::Record;

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

impl Store {
    /// The record with `id`, from whichever installed pack holds it.
    pub fn record(&self, id: &str) -> Result<StoredRecord> {
        self.conn
            .query_row(
                "SELECT r.data, r.pack_id, p.source_language
                 FROM records r JOIN packs p USING (pack_id) WHERE r.id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()
            .context("reading a record")?
            .ok_or_else(|| StoreError::NotFound { id: id.to_string() })
            .and_then(decode)
    }

    /// The record stored at `rowid`, with its pack and the pack's source language.
    pub(crate) fn record_at(&self, rowid: i64) -> Result<StoredRecord> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT r.data, r.pack_id, p.source_language
                 FROM records r JOIN packs p USING (pack_id) WHERE r.rowid = ?1",
            )
            .context("preparing a listing read")?
            .query_row([rowid], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .context("reading a listing")?;
        decode(row)
    }

    /// The id of the record stored at `rowid`.
    pub(crate) fn record_id(&self, rowid: i64) -> Result<String> {
        self.conn
            .prepare_cached("SELECT id FROM records WHERE rowid = ?1")
            .context("preparing a record id read")?
            .query_row([rowid], |row| row.get(0))
            .context("reading a record id")
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
}

fn decode((data, pack_id, source_language): (String, String, String)) -> Result<StoredRecord> {
    let record = serde_json::from_str(&data)
        .map_err(|err| StoreError::corrupt("decoding a stored record", err))?;
    Ok(StoredRecord {
        record,
        pack_id,
        source_language,
    })
}

/// A record ready to store: the record and its JSON columns.
pub(crate) struct RecordRow<'a> {
    /// The record.
    pub record: &'a Record,
    /// `records.data`: the whole record as JSON.
    pub data: &'a str,
    /// `records.topics`: its topic keys as a JSON array.
    pub topics: &'a str,
}

/// The pack already holding the record id `id`, if one does (ids are
/// unique across packs).
pub(crate) fn owner_of(conn: &Connection, id: &str) -> Result<Option<String>> {
    conn.prepare_cached("SELECT pack_id FROM records WHERE id = ?1")
        .context("preparing an id check")?
        .query_row([id], |row| row.get(0))
        .optional()
        .context("checking a record id")
}

/// Stores `row` as a record of `pack_id`; returns its rowid.
pub(crate) fn insert(conn: &Connection, pack_id: &str, row: &RecordRow<'_>) -> Result<i64> {
    let record = row.record;
    conn.prepare_cached(
        "INSERT INTO records (id, pack_id, kind, category, topics, verified_on, expires_on, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .context("preparing record insert")?
    .execute(params![
        record.id,
        pack_id,
        record.kind().as_str(),
        record.category(),
        row.topics,
        record.verified_on,
        record.expires_on,
        row.data,
    ])
    .context("inserting a record")?;
    Ok(conn.last_insert_rowid())
}

/// One language version of a record as `record_texts` holds it.
pub(crate) struct TextRow<'a> {
    /// BCP 47 tag.
    pub lang: &'a str,
    /// Title or listing name.
    pub title: &'a str,
    /// Tags joined with ` ; `.
    pub tags: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// The body as plain text (Markdown removed).
    pub body: &'a str,
}

/// Stores one text of the record at `record_rowid`; returns the text's rowid.
pub(crate) fn insert_text(conn: &Connection, record_rowid: i64, text: &TextRow<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO record_texts (record_rowid, lang, title, tags, summary, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .context("preparing text insert")?
    .execute(params![
        record_rowid,
        text.lang,
        text.title,
        text.tags,
        text.summary,
        text.body,
    ])
    .context("inserting a record text")?;
    Ok(conn.last_insert_rowid())
}

/// The rowid of the `lang` text of the record at `record_rowid`.
pub(crate) fn text_rowid(conn: &Connection, record_rowid: i64, lang: &str) -> Result<Option<i64>> {
    conn.prepare_cached("SELECT rowid FROM record_texts WHERE record_rowid = ?1 AND lang = ?2")
        .context("preparing a text lookup")?
        .query_row(params![record_rowid, lang], |row| row.get(0))
        .optional()
        .context("finding a record text")
}

/// Every stored record of `pack_id` as (rowid, JSON), in rowid order.
pub(crate) fn of_pack(conn: &Connection, pack_id: &str) -> Result<Vec<(i64, String)>> {
    conn.prepare("SELECT rowid, data FROM records WHERE pack_id = ?1 ORDER BY rowid")
        .context("reading stored records")?
        .query_map([pack_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .context("reading stored records")?
        .collect::<rusqlite::Result<_>>()
        .context("reading stored records")
}

/// Deletes the records of `pack_id` and their texts (call after the index
/// rows that point at them).
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM record_texts WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing record texts")?;
    conn.execute("DELETE FROM records WHERE pack_id = ?1", [pack_id])
        .context("removing records")?;
    Ok(())
}

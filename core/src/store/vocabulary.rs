//! The vocabulary family: `search_terms` (each installed pack's terms, how
//! many of its texts hold each, and whether it occurs as a word) and
//! `search_lexicon` (every pack's vocabulary merged into one `fst` map, so
//! opening the store costs one read, not a scan of the full-text index).

use rusqlite::{Connection, OptionalExtension, params};

use super::error::{Result, StorageContext, StoreError};
use crate::text::lexicon::{Entry, Lexicon};

/// Adds the vocabulary of `pack_id`: (term, texts holding it, occurs as a word).
pub(crate) fn add_terms<'t>(
    conn: &Connection,
    pack_id: &str,
    terms: impl IntoIterator<Item = (&'t String, &'t (u64, bool))>,
) -> Result<()> {
    let mut insert = conn
        .prepare_cached(
            "INSERT INTO search_terms (pack_id, term, docs, word) VALUES (?1, ?2, ?3, ?4)",
        )
        .context("preparing vocabulary insert")?;
    for (term, (docs, word)) in terms {
        insert
            .execute(params![pack_id, term, *docs as i64, *word])
            .context("recording the vocabulary")?;
    }
    Ok(())
}

/// Removes the vocabulary of `pack_id`.
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute("DELETE FROM search_terms WHERE pack_id = ?1", [pack_id])
        .context("removing the pack vocabulary")?;
    Ok(())
}

/// Removes every pack's vocabulary (before a reindex).
pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM search_terms", [])
        .context("clearing the vocabulary")?;
    Ok(())
}

/// Reads the merged vocabulary, rebuilding it when it is missing or unreadable.
pub(crate) fn load_lexicon(conn: &Connection) -> Result<Lexicon> {
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
pub(crate) fn rebuild_lexicon(conn: &Connection) -> Result<Lexicon> {
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
    let bytes = Lexicon::build(terms)
        .map_err(|err| StoreError::corrupt("building the search vocabulary", err))?;
    conn.execute(
        "INSERT OR REPLACE INTO search_lexicon (id, texts, fst) VALUES (1, ?1, ?2)",
        params![texts, bytes],
    )
    .context("storing the search vocabulary")?;
    Ok(Lexicon::from_bytes(bytes, texts as u64).unwrap_or_else(Lexicon::empty))
}

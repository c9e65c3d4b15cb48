//! The store's schema and every migration, in one place.
//!
//! Content rows are a cache of installed packs, so a migration that changes
//! how content is stored may drop and rebuild it (packs are re-installed
//! from their kept files); tables holding what the user made (favourites,
//! when they come) are migrated in place, never dropped.

use rusqlite::Connection;

use crate::error::{Error, Result, StorageContext};

/// The schema version this build writes (`PRAGMA user_version`).
pub const VERSION: u32 = 7;

/// Version 1: installed packs, their records and texts, full-text index over
/// every language's title, tags, summary and body, and an R*Tree of listing
/// coordinates.
const V1: &str = r#"
CREATE TABLE packs (
    pack_id         TEXT PRIMARY KEY NOT NULL,
    publisher       TEXT NOT NULL,
    version         INTEGER NOT NULL,
    source_language TEXT NOT NULL,
    languages       TEXT NOT NULL,          -- JSON array of language tags
    installed_at    INTEGER NOT NULL        -- unix seconds
) STRICT;

CREATE TABLE records (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    pack_id      TEXT NOT NULL REFERENCES packs(pack_id),
    kind         TEXT NOT NULL CHECK (kind IN ('article', 'listing')),
    category     TEXT,
    topics       TEXT NOT NULL,             -- JSON array of topic keys
    verified_on  TEXT NOT NULL,
    expires_on   TEXT,
    data         TEXT NOT NULL              -- the whole model::Record as JSON
) STRICT;
CREATE INDEX records_pack ON records(pack_id);

-- One row per record and language: what the full-text index indexes.
CREATE TABLE record_texts (
    rowid        INTEGER PRIMARY KEY,
    record_rowid INTEGER NOT NULL REFERENCES records(rowid),
    lang         TEXT NOT NULL,
    title        TEXT NOT NULL,
    tags         TEXT NOT NULL,
    summary      TEXT NOT NULL,
    body         TEXT NOT NULL,             -- plain text, Markdown removed
    UNIQUE (record_rowid, lang)
) STRICT;

-- External-content FTS5 over record_texts, kept in step by the triggers below.
-- remove_diacritics 2 lets "inmigracion" match "inmigración".
CREATE VIRTUAL TABLE text_fts USING fts5(
    title, tags, summary, body,
    content = 'record_texts', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER record_texts_ai AFTER INSERT ON record_texts BEGIN
    INSERT INTO text_fts(rowid, title, tags, summary, body)
    VALUES (new.rowid, new.title, new.tags, new.summary, new.body);
END;
CREATE TRIGGER record_texts_ad AFTER DELETE ON record_texts BEGIN
    INSERT INTO text_fts(text_fts, rowid, title, tags, summary, body)
    VALUES ('delete', old.rowid, old.title, old.tags, old.summary, old.body);
END;

-- Listing coordinates (degrees); the id is records.rowid.
CREATE VIRTUAL TABLE listing_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
"#;

/// Version 2: search analysis moves into Rust (issue 4). The full-text index
/// holds tokens the core produced (folded, stemmed by the text's language,
/// bigrams for Han and Hangul, topic and category facets), so it is
/// contentless and filled by the installer instead of triggers; the
/// vocabulary of each pack and the merged vocabulary (an `fst` map) sit
/// beside it. Installed content is a cache: it is dropped here and
/// re-installed (the default pack by `Guide::open`).
const V2: &str = r#"
DROP TRIGGER record_texts_ai;
DROP TRIGGER record_texts_ad;
DROP TABLE text_fts;
DELETE FROM listing_geo;
DELETE FROM record_texts;
DELETE FROM records;
DELETE FROM packs;

-- Tokens arrive separated by spaces; the tokenizer must only split there.
-- Marks (M*) are token characters so no word is cut at a vowel sign, and
-- private-use characters (Co) spell facet tokens.
CREATE VIRTUAL TABLE text_fts USING fts5(
    title, tags, summary, body, facets,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
);

-- Each installed pack's vocabulary: term, in how many of its texts, and
-- whether it occurs as a word (1) or only as a stem (0).
CREATE TABLE search_terms (
    pack_id TEXT NOT NULL REFERENCES packs(pack_id),
    term    TEXT NOT NULL,
    docs    INTEGER NOT NULL,
    word    INTEGER NOT NULL,
    PRIMARY KEY (pack_id, term)
) STRICT, WITHOUT ROWID;

-- The merged vocabulary of every pack as an fst map (search::lexicon),
-- rebuilt by every install and removal; texts = indexed texts in all.
CREATE TABLE search_lexicon (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    texts INTEGER NOT NULL,
    fst   BLOB NOT NULL
) STRICT;
"#;

/// Version 3: signed pack files. Installed packs keep their file (for
/// export), dates and signer; the trust store keeps locally trusted keys and
/// the newest root statement seen per publisher key; `meta` keeps the newest
/// pack `created` time seen (the clock floor).
const V3: &str = r#"
ALTER TABLE packs ADD COLUMN created TEXT;
ALTER TABLE packs ADD COLUMN expires TEXT;
ALTER TABLE packs ADD COLUMN signer TEXT;
ALTER TABLE packs ADD COLUMN payload_sha256 TEXT;
ALTER TABLE packs ADD COLUMN file BLOB;
ALTER TABLE packs ADD COLUMN area TEXT;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE local_keys (
    key      BLOB PRIMARY KEY NOT NULL,     -- 32-byte Ed25519 public key
    prefixes TEXT NOT NULL                  -- JSON array of pack id prefixes
) STRICT;

CREATE TABLE trust_statements (
    key       BLOB PRIMARY KEY NOT NULL,    -- the publisher key the statement is about
    serial    INTEGER NOT NULL,
    statement BLOB NOT NULL                 -- the root-signed statement file
) STRICT;
"#;

/// Version 6: kept pack files move to their own table, the file the last
/// column. SQLite writes a zero-filled last column in place (and
/// `blob_open` fills it page by page); `packs.file` had a column after it,
/// so every install built the whole file twice more in memory, the largest
/// part of a metro install's memory peak.
const V6: &str = r#"
CREATE TABLE pack_files (
    rowid   INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL UNIQUE REFERENCES packs(pack_id),
    file    BLOB NOT NULL                  -- the signed pack file, byte for byte
) STRICT;
INSERT INTO pack_files (pack_id, file) SELECT pack_id, file FROM packs WHERE file IS NOT NULL;
ALTER TABLE packs DROP COLUMN file;
"#;

/// Brings the database in `conn` to [`VERSION`], creating it when empty.
/// A database from a newer app is refused and left as it is.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let found: u32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .context("reading the schema version")?;
    if found == VERSION {
        return Ok(());
    }
    if found > VERSION {
        return Err(Error::SchemaTooNew {
            found,
            supported: VERSION,
        });
    }
    let tx = conn.transaction().context("starting a migration")?;
    let mut version = found;
    while version < VERSION {
        upgrade_from(&tx, version)?;
        version += 1;
    }
    tx.pragma_update(None, "user_version", VERSION)
        .context("writing the schema version")?;
    tx.commit().context("committing a migration")
}

/// Applies the one step from `version` to `version + 1`.
fn upgrade_from(conn: &Connection, version: u32) -> Result<()> {
    match version {
        0 => conn.execute_batch(V1).context("creating schema version 1"),
        1 => conn
            .execute_batch(V2)
            .context("upgrading the schema to version 2"),
        2 => conn
            .execute_batch(V3)
            .context("upgrading the schema to version 3"),
        // Version 4: service-area codes and polygon boxes for `nearby`
        // (filled from the stored listings by step 7, which changed them).
        3 => conn
            .execute_batch(crate::directory::index::SCHEMA)
            .context("creating schema version 4"),
        // Version 5: one row of facts per listing (coordinates and filter
        // fields), so `nearby` and the filters read no record JSON (filled
        // by step 7).
        4 => conn
            .execute_batch(crate::directory::index::FACTS_SCHEMA)
            .context("creating schema version 5"),
        5 => conn
            .execute_batch(V6)
            .context("upgrading the schema to version 6"),
        // Version 7: listings placed by the precision their sources state,
        // state and nationwide service areas; refilled from the stored listings.
        6 => {
            conn.execute_batch(crate::directory::index::PLACES_SCHEMA)
                .context("upgrading the schema to version 7")?;
            crate::directory::index::rebuild(conn)
        }
        _ => unreachable!("migrate() never asks for a step past VERSION"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn bundled_sqlite_has_fts5_and_rtree() {
        let conn = Connection::open_in_memory().unwrap();
        let options: Vec<String> = conn
            .prepare("PRAGMA compile_options")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(options.iter().any(|o| o == "ENABLE_FTS5"), "{options:?}");
        assert!(options.iter().any(|o| o == "ENABLE_RTREE"), "{options:?}");
    }

    #[test]
    fn empty_database_is_brought_to_current_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, VERSION);
        let names: Vec<String> = schema_of(&conn).into_iter().map(|(n, _)| n).collect();
        for table in [
            "packs",
            "records",
            "record_texts",
            "text_fts",
            "listing_geo",
            "search_terms",
            "search_lexicon",
            "listing_service_codes",
            "listing_area_geo",
            "listing_facts",
        ] {
            assert!(
                names.iter().any(|n| n == table),
                "missing {table}: {names:?}"
            );
        }
    }

    #[test]
    fn migrating_twice_changes_nothing_and_keeps_rows() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at)
             VALUES ('p', 'x', 1, 'en', '[\"en\"]', 0)",
            [],
        )
        .unwrap();
        let before = schema_of(&conn);
        migrate(&mut conn).unwrap();
        assert_eq!(before, schema_of(&conn));
        let packs: i64 = conn
            .query_row("SELECT count(*) FROM packs", [], |r| r.get(0))
            .unwrap();
        assert_eq!(packs, 1);
    }

    #[test]
    fn every_step_from_every_version_ends_at_the_fresh_schema() {
        // Walk the path one step at a time, as an old install would.
        let mut fresh = Connection::open_in_memory().unwrap();
        migrate(&mut fresh).unwrap();
        for start in 0..VERSION {
            let mut conn = Connection::open_in_memory().unwrap();
            for version in 0..start {
                upgrade_from(&conn, version).unwrap();
            }
            conn.pragma_update(None, "user_version", start).unwrap();
            migrate(&mut conn).unwrap();
            assert_eq!(schema_of(&conn), schema_of(&fresh), "from version {start}");
        }
    }

    #[test]
    fn version_1_content_is_dropped_for_reinstall_and_the_fts_is_contentless() {
        let mut conn = Connection::open_in_memory().unwrap();
        upgrade_from(&conn, 0).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO packs VALUES ('p', 'x', 1, 'en', '[\"en\"]', 0);
             INSERT INTO records (id, pack_id, kind, topics, verified_on, data)
                 VALUES ('r', 'p', 'article', '[]', '2026-01-01', '{}');
             INSERT INTO record_texts (record_rowid, lang, title, tags, summary, body)
                 VALUES (1, 'en', 'Title', '', '', '');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let packs: i64 = conn
            .query_row("SELECT count(*) FROM packs", [], |r| r.get(0))
            .unwrap();
        assert_eq!(packs, 0);
        conn.execute(
            "INSERT INTO text_fts (rowid, title, tags, summary, body, facets)
             VALUES (7, 'abogado abog', '', '', '', '')",
            [],
        )
        .unwrap();
        conn.execute("DELETE FROM text_fts WHERE rowid = 7", [])
            .unwrap();
        let left: i64 = conn
            .query_row(
                "SELECT count(*) FROM text_fts WHERE text_fts MATCH '\"abog\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn the_tokenizer_keeps_marks_inside_words() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO text_fts (rowid, title, tags, summary, body, facets)
             VALUES (1, 'আইনজীবী', '', '', '', '')",
            [],
        )
        .unwrap();
        // Had the vowel signs split the word, its pieces would be terms.
        let terms: i64 = conn
            .query_row(
                "SELECT count(*) FROM text_fts WHERE text_fts MATCH '\"আইনজীবী\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(terms, 1);
        let piece: i64 = conn
            .query_row(
                "SELECT count(*) FROM text_fts WHERE text_fts MATCH '\"আইনজ\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(piece, 0);
    }

    #[test]
    fn a_version_2_store_keeps_its_packs_through_the_upgrade() {
        let mut conn = Connection::open_in_memory().unwrap();
        upgrade_from(&conn, 0).unwrap();
        upgrade_from(&conn, 1).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 2;
             INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at)
             VALUES ('us-default', 'x', 1, 'en', '[\"en\"]', 0);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let (version, expires): (i64, Option<String>) = conn
            .query_row(
                "SELECT version, expires FROM packs WHERE pack_id = 'us-default'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((version, expires), (1, None));
    }

    #[test]
    fn a_version_5_store_keeps_its_pack_files_byte_for_byte() {
        let mut conn = Connection::open_in_memory().unwrap();
        for version in 0..5 {
            upgrade_from(&conn, version).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 5;
             INSERT INTO packs (pack_id, publisher, version, source_language, languages,
                                installed_at, file, area)
             VALUES ('city', 'x', 3, 'en', '[\"en\"]', 0, x'00ff10', 'Here'),
                    ('us-default', 'x', 1, 'en', '[\"en\"]', 0, NULL, NULL);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let kept: Vec<(String, Vec<u8>)> = conn
            .prepare("SELECT pack_id, file FROM pack_files")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(kept, [("city".to_string(), vec![0x00, 0xff, 0x10])]);
        let area: String = conn
            .query_row("SELECT area FROM packs WHERE pack_id = 'city'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(area, "Here");
        assert!(conn.prepare("SELECT file FROM packs").is_err());
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE future(x); PRAGMA user_version = 99;")
            .unwrap();
        let before = schema_of(&conn);
        let err = migrate(&mut conn).unwrap_err();
        assert!(
            matches!(
                err,
                Error::SchemaTooNew {
                    found: 99,
                    supported: VERSION
                }
            ),
            "{err}"
        );
        assert_eq!(before, schema_of(&conn));
    }
}

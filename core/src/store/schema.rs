//! The store's schema as text: [`CURRENT`] creates every table of a fresh
//! store — the directory's included — and [`upgrade_from`] brings an older
//! store to it. No table is created anywhere else.
//!
//! Content rows are a cache of installed packs. An upgrade keeps what cannot
//! be rebuilt without the person (installed packs, their files and records,
//! trusted keys, root statements, the clock floor), drops every index table
//! and marks the store for a reindex, which `crate::ingest` runs from the
//! kept records on the next open — after mozilla application-services'
//! suggest store, whose migrations wipe and re-ingest rather than patch.
//! Tables holding what the user made (favourites, when they come) are
//! carried the same way, never dropped.

use rusqlite::{Connection, OptionalExtension};

use super::error::{Result, StorageContext, StoreError as Error};

/// The schema version this build writes (`PRAGMA user_version`). Changing
/// [`CURRENT`] means: bump this, teach [`upgrade_from`] the old version,
/// and add a frozen database of the old version to `core/tests/data/`.
pub const VERSION: u32 = 7;

/// Every table, index and trigger of a fresh store, by family.
pub const CURRENT: &str = r#"
-- Packs: one row per installed pack. The bundled pack has no created,
-- expires, signer or payload_sha256 (it is updated with the app).
CREATE TABLE packs (
    pack_id         TEXT PRIMARY KEY NOT NULL,
    publisher       TEXT NOT NULL,
    version         INTEGER NOT NULL,
    source_language TEXT NOT NULL,
    languages       TEXT NOT NULL,          -- JSON array of language tags
    installed_at    INTEGER NOT NULL,       -- unix seconds
    created         TEXT,
    expires         TEXT,
    signer          TEXT,
    payload_sha256  TEXT,
    area            TEXT
) STRICT;

-- Each installed pack file, byte for byte, for export. The file is the
-- last column: SQLite writes a zero-filled last column in place, and
-- `blob_open` fills it page by page without copies of the whole file.
CREATE TABLE pack_files (
    rowid   INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL UNIQUE REFERENCES packs(pack_id),
    file    BLOB NOT NULL                  -- the signed pack file, byte for byte
) STRICT;

-- The newest pack `created` time seen (the clock floor), and a pending
-- reindex after a migration.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Records: one row per article or listing, the whole record as JSON.
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

-- Trust: keys trusted on this device without a root, and the newest
-- root statement seen per publisher key.
CREATE TABLE local_keys (
    key      BLOB PRIMARY KEY NOT NULL,     -- 32-byte Ed25519 public key
    prefixes TEXT NOT NULL                  -- JSON array of pack id prefixes
) STRICT;

CREATE TABLE trust_statements (
    key       BLOB PRIMARY KEY NOT NULL,    -- the publisher key the statement is about
    serial    INTEGER NOT NULL,
    statement BLOB NOT NULL                 -- the root-signed statement file
) STRICT;

-- The text index (crate::index::text). Tokens arrive separated by spaces,
-- analysed by the core (folded, stemmed by the text's language, bigrams for
-- Han and Hangul, topic and category facets); the tokenizer must only split
-- there. Marks (M*) are token characters so no word is cut at a vowel sign,
-- and private-use characters (Co) spell facet tokens.
CREATE VIRTUAL TABLE text_fts USING fts5(
    title, tags, summary, body, facets,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
);

-- Vocabulary (store::vocabulary): each installed pack's terms, in how many
-- of its texts, and whether each occurs as a word (1) or only as a stem (0).
CREATE TABLE search_terms (
    pack_id TEXT NOT NULL REFERENCES packs(pack_id),
    term    TEXT NOT NULL,
    docs    INTEGER NOT NULL,
    word    INTEGER NOT NULL,
    PRIMARY KEY (pack_id, term)
) STRICT, WITHOUT ROWID;

-- The merged vocabulary of every pack as an fst map (text::lexicon),
-- rebuilt by every content write; texts = indexed texts in all.
CREATE TABLE search_lexicon (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    texts INTEGER NOT NULL,
    fst   BLOB NOT NULL
) STRICT;

-- The geo index (crate::index::geo): each listing's point (as precisely as
-- its source states it: coordinates, ZIP centroid or city, see
-- geo::place_listing) and the bounding boxes of service-area polygons
-- (degrees); each id is records.rowid.
CREATE VIRTUAL TABLE listing_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

-- Listing facts (crate::index::facts): the ZIP codes, county FIPS codes,
-- states and country (whole-nation services) each listing serves
-- (model::ServiceArea).
CREATE TABLE listing_service_codes (
    record_rowid INTEGER NOT NULL REFERENCES records(rowid),
    kind         TEXT NOT NULL CHECK (kind IN ('zip', 'county', 'state', 'nation')),
    code         TEXT NOT NULL,
    PRIMARY KEY (kind, code, record_rowid)
) STRICT, WITHOUT ROWID;
CREATE INDEX listing_service_codes_record ON listing_service_codes(record_rowid);

CREATE VIRTUAL TABLE listing_area_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

-- One row of facts per listing: its point and that point's precision, and
-- every field the filters read, so nearby and the filters decode no record
-- JSON. Sets of values are text with the values between separators no value
-- can contain (' free ', '_en_es_'), so "has every one of" and "has any of"
-- are instr tests (directory::filters::FilterSql). The coordinates are f64s
-- (the record's own or the gazetteer's): the R*Tree keeps 32-bit floats, too
-- coarse to order by.
CREATE TABLE listing_facts (
    record_rowid     INTEGER PRIMARY KEY REFERENCES records(rowid),
    latitude         REAL,
    longitude        REAL,
    precision        TEXT,              -- geo::Precision name; NULL: no point
    category         TEXT NOT NULL,
    languages        TEXT NOT NULL,     -- base languages, lowercase: '_en_es_'
    cost             TEXT,              -- one cost name, NULL when unstated
    case_types       TEXT NOT NULL,     -- ' asylum daca '
    accreditation    TEXT NOT NULL,
    accepted_ids     TEXT NOT NULL,
    account_features TEXT NOT NULL,
    wheelchair       INTEGER NOT NULL,  -- 1 only when a source says accessible
    access           TEXT NOT NULL,
    opening_hours    TEXT,              -- for "open now", with the two below
    time_zone        TEXT,
    country          TEXT
) STRICT;
"#;

/// Tables an upgrade carries, in the order their rows are copied (a table
/// after the ones it references).
const KEPT: [&str; 7] = [
    "packs",
    "pack_files",
    "records",
    "record_texts",
    "meta",
    "local_keys",
    "trust_statements",
];

/// Index tables: dropped by an upgrade and refilled from the records.
const DERIVED: [&str; 7] = [
    "text_fts",
    "search_terms",
    "search_lexicon",
    "listing_geo",
    "listing_service_codes",
    "listing_area_geo",
    "listing_facts",
];

/// Refuses a database written by a newer app ([`Error::SchemaTooNew`]),
/// reading only its header.
pub fn refuse_newer(conn: &Connection) -> Result<()> {
    let found: u32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .context("reading the schema version")?;
    if found > VERSION {
        return Err(Error::SchemaTooNew {
            found,
            supported: VERSION,
        });
    }
    Ok(())
}

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
    if found == 0 {
        tx.execute_batch(CURRENT)
            .context("creating the store's tables")?;
    } else {
        upgrade_from(&tx, found)?;
    }
    tx.pragma_update(None, "user_version", VERSION)
        .context("writing the schema version")?;
    tx.commit().context("committing a migration")
}

/// Brings a store of schema `version` (1 to `VERSION - 1`) to [`CURRENT`]
/// in the caller's transaction.
///
/// - Version 1 held only the bundled pack, indexed by SQLite's own
///   tokenizer: everything is dropped, and `Guide::open` installs the
///   bundled pack again.
/// - Versions 2 to 6: the kept tables are renamed, [`CURRENT`] creates every
///   table, the rows move over column by column (the columns both have),
///   pack files move from `packs.file` (versions 3 to 5) into `pack_files`,
///   and the store is marked for a reindex. (Version 7 placed listings by
///   what their sources state — a ZIP area, a city — with that point's
///   precision, and let service areas name states and the whole country:
///   only index tables changed, so 6 upgrades like the others.)
pub fn upgrade_from(conn: &Connection, version: u32) -> Result<()> {
    match version {
        1 => {
            drop_all(conn)?;
            conn.execute_batch(CURRENT)
                .context("creating the store's tables")
        }
        2..=6 => {
            carry(conn, version)?;
            mark_reindex(conn)
        }
        _ => unreachable!("migrate() only upgrades versions 1 to {}", VERSION - 1),
    }
}

/// Whether a migration left the index tables to be rebuilt.
pub(crate) fn reindex_pending(conn: &Connection) -> Result<bool> {
    conn.query_row("SELECT 1 FROM meta WHERE key = 'reindex'", [], |_| Ok(()))
        .optional()
        .context("reading the reindex mark")
        .map(|found| found.is_some())
}

/// Marks the store for a reindex (in the migration's transaction).
fn mark_reindex(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('reindex', 'pending')",
        [],
    )
    .context("marking the store for a reindex")?;
    Ok(())
}

/// Clears the reindex mark (in the reindex's transaction).
pub(crate) fn clear_reindex(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM meta WHERE key = 'reindex'", [])
        .context("clearing the reindex mark")?;
    Ok(())
}

fn exists(conn: &Connection, name: &str) -> Result<bool> {
    conn.query_row(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [name],
        |_| Ok(()),
    )
    .optional()
    .context("reading the schema")
    .map(|found| found.is_some())
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .context("reading the schema")?
        .query_map([], |row| row.get(0))
        .context("reading the schema")?
        .collect::<rusqlite::Result<_>>()
        .context("reading the schema")
}

/// Drops every table, index and trigger (shadow tables go with theirs).
fn drop_all(conn: &Connection) -> Result<()> {
    let objects: Vec<(String, String)> = conn
        .prepare(
            "SELECT type, name FROM sqlite_schema
             WHERE sql IS NOT NULL AND type IN ('table', 'trigger')
             ORDER BY type = 'table', sql LIKE 'CREATE VIRTUAL%' DESC, rowid DESC",
        )
        .context("reading the schema")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .context("reading the schema")?
        .collect::<rusqlite::Result<_>>()
        .context("reading the schema")?;
    for (kind, name) in objects {
        // A virtual table's shadow tables went with it.
        if kind == "table" && !exists(conn, &name)? {
            continue;
        }
        let kind = if kind == "trigger" {
            "TRIGGER"
        } else {
            "TABLE"
        };
        conn.execute_batch(&format!("DROP {kind} IF EXISTS \"{name}\""))
            .context("dropping an old table")?;
    }
    Ok(())
}

/// Moves the kept tables of a version-`version` store into [`CURRENT`].
fn carry(conn: &Connection, version: u32) -> Result<()> {
    for table in DERIVED {
        if exists(conn, table)? {
            conn.execute_batch(&format!("DROP TABLE {table}"))
                .context("dropping an old index table")?;
        }
    }
    let mut carried = Vec::new();
    for table in KEPT {
        if !exists(conn, table)? {
            continue;
        }
        let indexes: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL")
            .context("reading the schema")?
            .query_map([table], |row| row.get(0))
            .context("reading the schema")?
            .collect::<rusqlite::Result<_>>()
            .context("reading the schema")?;
        for index in indexes {
            conn.execute_batch(&format!("DROP INDEX {index}"))
                .context("dropping an old index")?;
        }
        conn.execute_batch(&format!("ALTER TABLE {table} RENAME TO legacy_{table}"))
            .context("setting an old table aside")?;
        carried.push(table);
    }
    conn.execute_batch(CURRENT)
        .context("creating the store's tables")?;
    for table in &carried {
        let old = columns(conn, &format!("legacy_{table}"))?;
        let shared: Vec<String> = columns(conn, table)?
            .into_iter()
            .filter(|column| old.contains(column))
            .collect();
        let list = shared.join(", ");
        conn.execute_batch(&format!(
            "INSERT INTO {table} ({list}) SELECT {list} FROM legacy_{table}"
        ))
        .context("carrying rows to the current schema")?;
    }
    // Versions 3 to 5 kept pack files in `packs.file`.
    if (3..=5).contains(&version) {
        conn.execute_batch(
            "INSERT INTO pack_files (pack_id, file)
             SELECT pack_id, file FROM legacy_packs WHERE file IS NOT NULL",
        )
        .context("moving kept pack files")?;
    }
    for table in carried.iter().rev() {
        conn.execute_batch(&format!("DROP TABLE legacy_{table}"))
            .context("dropping an old table")?;
    }
    Ok(())
}
#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the frozen store of schema `version` (core/tests/data),
    /// open, with the directory that holds it.
    fn frozen(version: u32) -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        std::fs::copy(
            format!(
                "{}/tests/data/schema-v{version}.sqlite",
                env!("CARGO_MANIFEST_DIR")
            ),
            &path,
        )
        .unwrap();
        let conn = Connection::open(&path).unwrap();
        (dir, conn)
    }

    /// Deletes every row the frozen file holds, keeping its schema.
    fn without_rows(conn: &Connection) {
        for table in [
            "listing_facts",
            "listing_service_codes",
            "listing_area_geo",
            "listing_geo",
            "search_terms",
            "search_lexicon",
            "record_texts",
            "records",
            "trust_statements",
            "local_keys",
            "meta",
            "pack_files",
            "packs",
        ] {
            if exists(conn, table).unwrap() {
                conn.execute_batch(&format!("DELETE FROM {table}")).unwrap();
            }
        }
    }

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
            let (_dir, mut conn) = if start == 0 {
                (
                    tempfile::tempdir().unwrap(),
                    Connection::open_in_memory().unwrap(),
                )
            } else {
                frozen(start)
            };
            migrate(&mut conn).unwrap();
            assert_eq!(schema_of(&conn), schema_of(&fresh), "from version {start}");
        }
    }

    #[test]
    fn version_1_content_is_dropped_for_reinstall_and_the_fts_is_contentless() {
        let (_dir, mut conn) = frozen(1);
        without_rows(&conn);
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
        let (_dir, mut conn) = frozen(2);
        without_rows(&conn);
        conn.execute_batch(
            "INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at)
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
        let (_dir, mut conn) = frozen(5);
        without_rows(&conn);
        conn.execute_batch(
            "INSERT INTO packs (pack_id, publisher, version, source_language, languages,
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

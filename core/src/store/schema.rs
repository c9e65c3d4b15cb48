//! The store's schema and every migration, in one place.
//!
//! Content rows are a cache of installed packs, so a migration that changes
//! how content is stored may drop and rebuild it (packs are re-installed
//! from their kept files); tables holding what the user made (favourites,
//! when they come) are migrated in place, never dropped.

use rusqlite::Connection;

use crate::error::{Error, Result, StorageContext};

/// The schema version this build writes (`PRAGMA user_version`).
pub const VERSION: u32 = 6;

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
        // Version 4: service-area codes and polygon boxes for `nearby`,
        // filled from the listings already stored.
        3 => {
            conn.execute_batch(crate::directory::index::SCHEMA)
                .context("creating schema version 4")?;
            crate::directory::index::rebuild_service_areas(conn)
        }
        // Version 5: one row of facts per listing (coordinates and filter
        // fields), so `nearby` and the filters read no record JSON; filled
        // from the listings already stored.
        4 => {
            conn.execute_batch(crate::directory::index::FACTS_SCHEMA)
                .context("creating schema version 5")?;
            crate::directory::index::rebuild_facts(conn)
        }
        5 => conn
            .execute_batch(V6)
            .context("upgrading the schema to version 6"),
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

/// Writes `core/tests/data/schema-vN.sqlite` for every schema version, from
/// this build's own migration chain, each with a little data in every table.
/// Run once, before the migrations change (issue 13):
/// `cargo test -p guide-core --lib store::schema::frozen -- --ignored`.
#[cfg(test)]
mod frozen {
    use std::collections::BTreeMap;

    use rusqlite::{Connection, params};

    use super::upgrade_from;
    use crate::model::{
        ArticleDetails, Cost, Details, ListingDetails, LocalizedText, PackContent, PackInfo,
        Record, ServiceArea, Source, Translation,
    };
    use crate::pack::build::{BuildOptions, build_pack};
    use crate::pack::keys::SecretKey;
    use crate::pack::trust::Statement;

    fn text(title: &str, summary: &str, body: &str, tags: &[&str]) -> LocalizedText {
        LocalizedText {
            title: title.into(),
            summary: summary.into(),
            body: body.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            translation: Translation::Original,
            reviewer: None,
        }
    }

    /// Synthetic records (test data, never content): an article in two
    /// languages and a listing with hours, facts and a service area.
    fn pack() -> PackContent {
        let source = Source {
            key: "frozen-fixture".into(),
            title: "Synthetic test fixture for schema migration tests, not real content".into(),
            publisher: "tests".into(),
            url: None,
            published: None,
            checked_on: "2026-12-06".into(),
        };
        let article = Record {
            id: "frozen-article".into(),
            topics: vec!["legal-help".into()],
            texts: BTreeMap::from([
                (
                    "en".to_string(),
                    text(
                        "Frozen fixture article about lawyers",
                        "Synthetic text kept in a frozen database.",
                        "A **synthetic** body: lawyer, clinic, rights.",
                        &["fixture"],
                    ),
                ),
                (
                    "es".to_string(),
                    text(
                        "Artículo de prueba sobre abogados",
                        "Texto sintético en una base congelada.",
                        "Cuerpo sintético: abogado, clínica, derechos.",
                        &[],
                    ),
                ),
            ]),
            sources: vec![source.clone()],
            verified_on: "2026-12-06".into(),
            expires_on: None,
            details: Details::Article(ArticleDetails::default()),
        };
        let listing = Record {
            id: "frozen-clinic".into(),
            topics: vec!["legal-help".into()],
            texts: BTreeMap::from([(
                "en".to_string(),
                text(
                    "Frozen Fixture Clinic",
                    "A synthetic clinic kept in a frozen database.",
                    "",
                    &["clinic"],
                ),
            )]),
            sources: vec![source],
            verified_on: "2026-12-06".into(),
            expires_on: None,
            details: Details::Listing(ListingDetails {
                category: "legal-clinic".into(),
                latitude: Some(39.29),
                longitude: Some(-76.61),
                languages_spoken: vec!["en".into(), "es".into()],
                cost: Some(Cost::Free),
                opening_hours: Some("Mo-Fr 09:00-17:00".into()),
                time_zone: Some("America/New_York".into()),
                country: Some("US".into()),
                service_area: Some(ServiceArea {
                    zips: vec!["21201".into()],
                    counties: vec!["24510".into()],
                    polygon: vec![[39.2, -76.7], [39.4, -76.7], [39.4, -76.5]],
                    ..ServiceArea::default()
                }),
                ..ListingDetails::default()
            }),
        };
        PackContent {
            info: PackInfo {
                pack_id: "frozen-fixture".into(),
                publisher: "tests (synthetic)".into(),
                version: 2,
                source_language: "en".into(),
                languages: vec!["en".into(), "es".into()],
                area: Some("Fixture County (synthetic)".into()),
            },
            records: vec![article, listing],
        }
    }

    fn write(version: u32) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/data/schema-v{version}.sqlite"));
        let _ = std::fs::remove_file(&path);
        let conn = Connection::open(&path).unwrap();
        // Small pages keep the files small; the page size is not schema.
        conn.execute_batch("PRAGMA page_size = 1024; PRAGMA journal_mode = DELETE;")
            .unwrap();
        for step in 0..version {
            upgrade_from(&conn, step).unwrap();
        }
        conn.pragma_update(None, "user_version", version).unwrap();
        let content = pack();
        let publisher = SecretKey::from_seed(&[22; 32]);
        let root = SecretKey::from_seed(&[11; 32]);
        let file = build_pack(
            &content,
            &publisher,
            &BuildOptions {
                version: None,
                created: "2026-12-06T12:00:00Z".parse().unwrap(),
                expires: "2027-12-06".parse().unwrap(),
                statement: None,
                compression_level: 3,
            },
            &mut |_, _| {},
        )
        .unwrap();
        let manifest = crate::pack::verify::verify(&file, &Default::default())
            .unwrap()
            .manifest;
        let info = &content.info;
        conn.execute(
            "INSERT INTO packs (pack_id, publisher, version, source_language, languages, installed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 1796558400)",
            params![
                info.pack_id,
                info.publisher,
                info.version as i64,
                info.source_language,
                serde_json::to_string(&info.languages).unwrap()
            ],
        )
        .unwrap();
        if version >= 3 {
            conn.execute(
                "UPDATE packs SET created = ?1, expires = ?2, signer = ?3, payload_sha256 = ?4,
                     area = ?5",
                params![
                    manifest.created,
                    manifest.expires,
                    publisher.public_key().to_text(),
                    manifest.payload.sha256,
                    info.area
                ],
            )
            .unwrap();
            if version < 6 {
                conn.execute("UPDATE packs SET file = ?1", [&file]).unwrap();
            } else {
                conn.execute(
                    "INSERT INTO pack_files (pack_id, file) VALUES (?1, ?2)",
                    params![info.pack_id, file],
                )
                .unwrap();
            }
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('newest_created', ?1)",
                [&manifest.created],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO local_keys (key, prefixes) VALUES (?1, '[\"frozen\"]')",
                [publisher.public_key().to_bytes().to_vec()],
            )
            .unwrap();
            let statement = Statement::Delegation {
                serial: 3,
                publisher_key: publisher.public_key().to_text(),
                name: "Frozen fixture publisher (synthetic)".into(),
                pack_ids: vec!["frozen".into()],
                expires: "2030-01-01".into(),
            }
            .sign(&root);
            conn.execute(
                "INSERT INTO trust_statements (key, serial, statement) VALUES (?1, 3, ?2)",
                params![publisher.public_key().to_bytes().to_vec(), statement],
            )
            .unwrap();
        }
        let mut terms: BTreeMap<String, (i64, bool)> = BTreeMap::new();
        for record in &content.records {
            conn.execute(
                "INSERT INTO records (id, pack_id, kind, category, topics, verified_on, expires_on, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    record.id,
                    info.pack_id,
                    record.kind().as_str(),
                    record.category(),
                    serde_json::to_string(&record.topics).unwrap(),
                    record.verified_on,
                    record.expires_on,
                    serde_json::to_string(record).unwrap()
                ],
            )
            .unwrap();
            let rowid = conn.last_insert_rowid();
            let facets = crate::search::index::facets(record.category(), &record.topics);
            for (lang, text) in &record.texts {
                let body = crate::markdown::to_plain_text(&text.body);
                conn.execute(
                    "INSERT INTO record_texts (record_rowid, lang, title, tags, summary, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        rowid,
                        lang,
                        text.title,
                        text.tags.join(" ; "),
                        text.summary,
                        body
                    ],
                )
                .unwrap();
                let text_rowid = conn.last_insert_rowid();
                if version >= 2 {
                    let indexed = crate::search::index::analyze(
                        lang,
                        &text.title,
                        &text.tags,
                        &text.summary,
                        &body,
                        &facets,
                    );
                    conn.execute(
                        "INSERT INTO text_fts (rowid, title, tags, summary, body, facets)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            text_rowid,
                            indexed.title,
                            indexed.tags,
                            indexed.summary,
                            indexed.body,
                            indexed.facets
                        ],
                    )
                    .unwrap();
                    for (term, word) in indexed.terms {
                        let entry = terms.entry(term).or_insert((0, false));
                        entry.0 += 1;
                        entry.1 |= word;
                    }
                }
            }
            if let Details::Listing(listing) = &record.details {
                conn.execute(
                    "INSERT INTO listing_geo (id, min_lat, max_lat, min_lon, max_lon)
                     VALUES (?1, ?2, ?2, ?3, ?3)",
                    params![rowid, listing.latitude, listing.longitude],
                )
                .unwrap();
            }
        }
        if version >= 2 {
            for (term, (docs, word)) in &terms {
                conn.execute(
                    "INSERT INTO search_terms (pack_id, term, docs, word) VALUES (?1, ?2, ?3, ?4)",
                    params![info.pack_id, term, docs, word],
                )
                .unwrap();
            }
            super::super::rebuild_lexicon(&conn).unwrap();
        }
        if version >= 4 {
            crate::directory::index::rebuild_service_areas(&conn).unwrap();
        }
        if version >= 5 {
            crate::directory::index::rebuild_facts(&conn).unwrap();
        }
        conn.execute_batch("VACUUM").unwrap();
    }

    #[test]
    #[ignore = "writes the frozen databases; run once by hand"]
    fn write_every_version() {
        for version in 1..=super::VERSION {
            write(version);
        }
    }
}

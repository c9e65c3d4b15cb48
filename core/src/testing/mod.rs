//! Helpers for the tests of every crate in the workspace (the core's, the
//! CLI's end-to-end tests, the bindings'), behind the `testing` feature so
//! no release build carries them: synthetic fixtures ([`fixtures`]), a fixed
//! clock ([`clock`]) and `store.install(&pack)` ([`StoreExt`]).
//!
//! After mozilla application-services' `suggest::testing`: one place for
//! test data, so a fixture is fixed once for every suite.

pub mod fixtures;

use crate::clock::Clock;
use crate::error::Error;
use crate::model::PackContent;
use crate::store::Store;

/// The instant every test clock stands at: 2026-12-06 12:00 UTC.
pub fn now() -> jiff::Timestamp {
    "2026-12-06T12:00:00Z".parse().expect("a valid timestamp")
}

/// A clock stopped at [`now`], for `GuideOptions::clock`.
pub fn clock() -> Clock {
    Clock::fixed(now())
}

/// `store.install(&pack)` for tests: installs a pack whose records are in
/// hand (as the bundled pack is), at [`now`], through `crate::ingest`.
pub trait StoreExt {
    /// Installs `pack`, replacing an installed pack with the same id, in one
    /// transaction.
    fn install(&mut self, pack: &PackContent) -> Result<(), Error>;

    /// Removes `pack_id` and exactly its records; `false` when it was not installed.
    fn remove(&mut self, pack_id: &str) -> Result<bool, Error>;
}

impl StoreExt for Store {
    fn install(&mut self, pack: &PackContent) -> Result<(), Error> {
        crate::ingest::install_content(self, pack, now())?;
        Ok(())
    }

    fn remove(&mut self, pack_id: &str) -> Result<bool, Error> {
        Ok(crate::ingest::remove(self, pack_id)?)
    }
}

/// The schema of the store at `conn`, object by object, as SQLite reports
/// it: for each table its kind, columns (name, type, not null, default,
/// key), foreign keys and `STRICT`/`WITHOUT ROWID`; for each index its
/// table, uniqueness, origin and columns; for virtual tables and triggers
/// their SQL with whitespace normalised. Two stores with equal maps have the
/// same tables and indexes, however each was made (a column added by
/// `ALTER TABLE` reads the same as one created with the table).
pub fn schema_of(conn: &rusqlite::Connection) -> std::collections::BTreeMap<String, String> {
    let rows = |sql: &str, arg: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).expect("a schema query");
        let count = stmt.column_count();
        stmt.query_map([arg], |row| {
            (0..count)
                .map(|i| {
                    row.get::<_, rusqlite::types::Value>(i)
                        .map(|value| format!("{value:?}"))
                })
                .collect::<rusqlite::Result<Vec<_>>>()
                .map(|values| values.join(" "))
        })
        .expect("a schema query")
        .collect::<rusqlite::Result<_>>()
        .expect("a schema query")
    };
    let normal = |sql: &str| sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut schema = std::collections::BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema
             WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .expect("a schema query");
    let objects: Vec<(String, String, String, Option<String>)> = stmt
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .expect("a schema query")
        .collect::<rusqlite::Result<_>>()
        .expect("a schema query");
    for (kind, name, table, sql) in objects {
        let sql = sql.unwrap_or_default();
        let description = match kind.as_str() {
            "table" if sql.starts_with("CREATE VIRTUAL TABLE") => normal(&sql),
            "table" => [
                rows(
                    "SELECT type, ncol, wr, strict FROM pragma_table_list(?1)",
                    &name,
                ),
                rows(
                    "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden
                     FROM pragma_table_xinfo(?1)",
                    &name,
                ),
                rows(
                    "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete
                     FROM pragma_foreign_key_list(?1)",
                    &name,
                ),
                rows(
                    "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)
                     WHERE origin != 'c' ORDER BY name",
                    &name,
                ),
            ]
            .concat()
            .join("\n"),
            "index" => [
                vec![format!("on {table}")],
                rows(
                    "SELECT seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?1)",
                    &name,
                ),
                vec![normal(&sql)],
            ]
            .concat()
            .join("\n"),
            _ => normal(&sql),
        };
        schema.insert(format!("{kind} {name}"), description);
    }
    schema
}

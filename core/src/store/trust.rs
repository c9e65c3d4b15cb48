//! The trust family: `local_keys` (publisher keys trusted on this device
//! without a root) and `trust_statements` (the newest root statement seen
//! per publisher key). Keys are raw bytes here; what they mean is
//! `crate::pack::trust`'s business.

use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use super::error::{Result, StorageContext};

/// A locally trusted key as stored: its bytes and the pack id prefixes it may sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredKey {
    /// The 32-byte public key (as stored; checked by the reader).
    pub key: Vec<u8>,
    /// Pack ids or prefixes it may sign.
    pub prefixes: Vec<String>,
}

impl Store {
    /// Keys trusted on this device without a root.
    pub fn local_keys(&self) -> Result<Vec<StoredKey>> {
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
            let (key, prefixes) = row.context("reading trusted keys")?;
            keys.push(StoredKey {
                key,
                prefixes: serde_json::from_str(&prefixes).unwrap_or_default(),
            });
        }
        Ok(keys)
    }

    /// Trusts `key` locally for the pack ids or prefixes `prefixes` (replacing
    /// what it had).
    pub fn add_local_key(&mut self, key: &[u8; 32], prefixes: &[String]) -> Result<()> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO local_keys (key, prefixes) VALUES (?1, ?2)",
                params![
                    key.to_vec(),
                    serde_json::to_string(prefixes).expect("strings serialize")
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
}

/// Keeps `statement` about `key` when its serial beats the kept one's.
pub(crate) fn keep_statement(
    conn: &Connection,
    key: &[u8],
    serial: u64,
    statement: &[u8],
) -> Result<bool> {
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

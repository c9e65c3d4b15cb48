//! The local store: one SQLite file holding installed packs, their records,
//! the full-text index, the listing indexes and the trust store — and only
//! data access to it: the connection, the schema ([`schema`]), interrupt
//! scopes ([`interrupt`]), a write scope ([`ContentWrite`]) and typed queries
//! over its tables, one module per table family ([`packs`], [`records`],
//! [`trust`], [`vocabulary`], and [`saved`] for what the person saved).
//!
//! It imports nothing from the layers above (search, directory, pack, share,
//! ingest): what goes *into* the index tables is decided by `crate::index`,
//! and an install is run by `crate::ingest` through [`Store::write`]. The
//! store is a cache of installed packs: everything in it but the trust
//! store can be rebuilt from pack files.

pub mod error;
pub mod interrupt;
pub mod packs;
pub mod records;
pub mod saved;
pub mod schema;
pub mod trust;
pub mod vocabulary;

use std::path::Path;
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, Transaction};

use error::StorageContext;
pub use error::{Result, StoreError};
use interrupt::InterruptHandle;
pub use packs::{InstalledPack, PackFile};
pub use records::StoredRecord;

use crate::text::lexicon::Lexicon;

/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 64;

/// An open store.
pub struct Store {
    conn: Connection,
    /// The vocabulary of every installed pack, as the `search_lexicon` table
    /// holds it (rebuilt by every content write).
    lexicon: Lexicon,
    interrupt: Arc<InterruptHandle>,
}

impl Store {
    /// Opens (creating when missing) the store file at `path` and brings its
    /// schema up to date. A store migrated from an older schema may need its
    /// indexes rebuilt ([`Store::needs_reindex`]); `crate::ingest::open` does that.
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
        // A store from a newer app is refused before anything is written to
        // it (switching to WAL rewrites the file's header).
        schema::refuse_newer(&conn)?;
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
        let lexicon = vocabulary::load_lexicon(&conn)?;
        let interrupt = Arc::new(InterruptHandle::new(conn.get_interrupt_handle()));
        Ok(Store {
            conn,
            lexicon,
            interrupt,
        })
    }

    /// The connection, for the queries of the layers above (search,
    /// directory), which read the index tables.
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

    /// SQLite's own interrupt handle for this connection.
    pub(crate) fn sqlite_interrupt_handle(&self) -> rusqlite::InterruptHandle {
        self.conn.get_interrupt_handle()
    }

    /// The handle that cancels searches on this store from another thread.
    pub fn interrupt_handle(&self) -> Arc<InterruptHandle> {
        Arc::clone(&self.interrupt)
    }

    /// Whether a migration left the index tables to be rebuilt from the
    /// stored records (see [`schema::upgrade_from`]).
    pub fn needs_reindex(&self) -> Result<bool> {
        schema::reindex_pending(&self.conn)
    }

    /// Begins a write of content: one transaction, so either all of it
    /// becomes visible at [`ContentWrite::commit`] or — dropped, or on any
    /// error — none of it.
    pub fn write(&mut self) -> Result<ContentWrite<'_>> {
        let tx = self.conn.transaction().context("starting a write")?;
        Ok(ContentWrite {
            tx,
            lexicon: &mut self.lexicon,
        })
    }
}

/// One transaction writing content (an install, a removal, a reindex). The
/// index modules fill their tables through [`ContentWrite::conn`]; the
/// merged vocabulary is rebuilt at commit, so the store's [`Lexicon`]
/// always matches what is committed.
pub struct ContentWrite<'a> {
    tx: Transaction<'a>,
    lexicon: &'a mut Lexicon,
}

impl ContentWrite<'_> {
    /// The transaction, for the typed queries and the index modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Rebuilds the merged vocabulary, commits, and only then lets the
    /// store's searches see the new vocabulary.
    pub fn commit(self) -> Result<()> {
        let lexicon = vocabulary::rebuild_lexicon(&self.tx)?;
        self.tx.commit().context("committing a write")?;
        *self.lexicon = lexicon;
        Ok(())
    }
}

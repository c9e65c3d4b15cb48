//! Cancelling a running search from another thread (type-ahead: each new
//! keystroke cancels the query of the previous one).
//!
//! After mozilla application-services' `SqlInterruptHandle`: the handle
//! holds SQLite's interrupt handle for the store's connection and a counter.
//! [`InterruptHandle::interrupt`] bumps the counter and interrupts SQLite;
//! a search takes an [`InterruptScope`] when it is asked for (before it waits
//! for the store), and fails with [`Error::Interrupted`] when SQLite reports
//! an interrupt or, between statements and in Rust loops, when the counter
//! moved since its scope began. A search started after the interrupt runs
//! normally: nothing stays "interrupted".

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::error::{Result, StoreError as Error};

/// Cancels whatever search is running or waiting on the store. `Send + Sync`:
/// call it from the UI thread while a worker thread searches.
pub struct InterruptHandle {
    /// Replaced when the store's connection is (see `Guide::wipe_local_data`).
    sqlite: std::sync::Mutex<rusqlite::InterruptHandle>,
    counter: Arc<AtomicUsize>,
}

impl InterruptHandle {
    pub(crate) fn new(sqlite: rusqlite::InterruptHandle) -> InterruptHandle {
        InterruptHandle {
            sqlite: std::sync::Mutex::new(sqlite),
            counter: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Cancels every search begun before this call: each returns
    /// [`Error::Interrupted`], never a partial list.
    pub fn interrupt(&self) {
        // Count first: a search between two statements sees the counter
        // even when SQLite has nothing running to interrupt.
        self.counter.fetch_add(1, Ordering::SeqCst);
        self.sqlite
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .interrupt();
    }

    /// Points the handle at a new connection, keeping its counter (so scopes
    /// taken before still see later interrupts).
    pub(crate) fn rebind(&self, sqlite: rusqlite::InterruptHandle) {
        *self
            .sqlite
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = sqlite;
    }

    /// A scope for one operation that [`InterruptHandle::interrupt`] cancels.
    pub fn begin_scope(&self) -> InterruptScope {
        InterruptScope {
            start: self.counter.load(Ordering::SeqCst),
            counter: Arc::clone(&self.counter),
        }
    }
}

/// One interruptible operation: interrupted once the handle's counter moves.
#[derive(Clone)]
pub struct InterruptScope {
    start: usize,
    counter: Arc<AtomicUsize>,
}

impl InterruptScope {
    /// Whether an interrupt arrived since the scope began.
    pub fn was_interrupted(&self) -> bool {
        self.counter.load(Ordering::SeqCst) != self.start
    }

    /// `Err(Interrupted)` when an interrupt arrived since the scope began.
    pub fn err_if_interrupted(&self) -> Result<()> {
        if self.was_interrupted() {
            Err(Error::Interrupted)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_sees_interrupts_after_it_began_only() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let handle = InterruptHandle::new(conn.get_interrupt_handle());
        let before = handle.begin_scope();
        assert!(before.err_if_interrupted().is_ok());
        handle.interrupt();
        assert!(matches!(
            before.err_if_interrupted(),
            Err(Error::Interrupted)
        ));
        let after = handle.begin_scope();
        assert!(after.err_if_interrupted().is_ok());
        // SQLite itself is not left interrupted for later statements.
        let one: i64 = conn.query_row("SELECT 1", [], |r| r.get(0)).unwrap();
        assert_eq!(one, 1);
    }

    #[test]
    fn the_handle_crosses_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<InterruptHandle>();
        assert_send_sync::<InterruptScope>();
    }
}

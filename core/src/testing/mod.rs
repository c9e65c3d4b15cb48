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

//! What the person saved on this device: their place (a `meta` row, so it
//! lives in the store file and goes with `Guide::wipe_local_data`; never
//! exported, carried by schema upgrades like every `meta` row).

use rusqlite::OptionalExtension;

use super::Store;
use super::error::{Result, StorageContext};

impl Store {
    /// The place the person saved on this device, as `geo::Location::to_text`
    /// wrote it.
    pub fn saved_place(&self) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'saved_place'",
                [],
                |row| row.get(0),
            )
            .optional()
            .context("reading the saved place")
    }

    /// Saves the person's place (`None` forgets it).
    pub fn set_saved_place(&mut self, place: Option<&str>) -> Result<()> {
        match place {
            Some(place) => self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('saved_place', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [place],
            ),
            None => self
                .conn
                .execute("DELETE FROM meta WHERE key = 'saved_place'", []),
        }
        .map(|_| ())
        .context("saving the place")
    }
}

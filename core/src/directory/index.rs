//! What the store keeps so `nearby` can find listings by service area without
//! reading every record: one row per ZIP or county a listing serves, and an
//! R*Tree of service-area polygon boxes. Office points live in `listing_geo`
//! (schema version 1). Kept in step with `records` by the install and
//! removal paths, and rebuilt from `records` by the migration that adds them.

use rusqlite::{Connection, params};

use crate::error::{Result, StorageContext};
use crate::geo::area::polygon_bounds;
use crate::model::{Details, Record};

/// The tables this module fills (schema step 3).
pub(crate) const SCHEMA: &str = r#"
-- ZIP codes and county FIPS codes each listing serves (model::ServiceArea).
CREATE TABLE listing_service_codes (
    record_rowid INTEGER NOT NULL REFERENCES records(rowid),
    kind         TEXT NOT NULL CHECK (kind IN ('zip', 'county')),
    code         TEXT NOT NULL,
    PRIMARY KEY (kind, code, record_rowid)
) STRICT, WITHOUT ROWID;
CREATE INDEX listing_service_codes_record ON listing_service_codes(record_rowid);

-- Bounding boxes of service-area polygons (degrees); the id is records.rowid.
CREATE VIRTUAL TABLE listing_area_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
"#;

/// Indexes the service area of the record stored at `rowid`.
pub(crate) fn index_record(conn: &Connection, rowid: i64, record: &Record) -> Result<()> {
    let Details::Listing(listing) = &record.details else {
        return Ok(());
    };
    let Some(area) = &listing.service_area else {
        return Ok(());
    };
    let mut insert_code = conn
        .prepare_cached("INSERT OR IGNORE INTO listing_service_codes (record_rowid, kind, code) VALUES (?1, ?2, ?3)")
        .context("preparing service area insert")?;
    for (kind, codes) in [("zip", &area.zips), ("county", &area.counties)] {
        for code in codes {
            insert_code
                .execute(params![rowid, kind, code])
                .context("inserting a service area code")?;
        }
    }
    if let Some([min_lat, max_lat, min_lon, max_lon]) = polygon_bounds(&area.polygon) {
        conn.prepare_cached(
            "INSERT INTO listing_area_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .context("preparing service area box insert")?
        .execute(params![rowid, min_lat, max_lat, min_lon, max_lon])
        .context("inserting a service area box")?;
    }
    Ok(())
}

/// Removes the service-area rows of every record of `pack_id` (call before
/// the records themselves are deleted).
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM listing_service_codes WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing service area codes")?;
    conn.execute(
        "DELETE FROM listing_area_geo WHERE id IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing service area boxes")?;
    Ok(())
}

/// Fills the tables from every stored listing (the migration that creates them).
pub(crate) fn rebuild(conn: &Connection) -> Result<()> {
    let mut stmt = conn
        .prepare("SELECT rowid, data FROM records WHERE kind = 'listing'")
        .context("reading listings to index")?;
    let rows: Vec<(i64, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .context("reading listings to index")?
        .collect::<rusqlite::Result<_>>()
        .context("reading listings to index")?;
    for (rowid, data) in rows {
        // A record this build cannot read is left unindexed; re-installing
        // its pack indexes it.
        if let Ok(record) = serde_json::from_str::<Record>(&data) {
            index_record(conn, rowid, &record)?;
        }
    }
    Ok(())
}

//! The geo index: each listing's office point in the `listing_geo` R*Tree
//! and the bounding box of its service-area polygon in `listing_area_geo`
//! (degrees; each id is `records.rowid`), so `nearby` finds candidates
//! without reading every listing. Filled by `crate::ingest`; read by
//! `crate::directory::nearby`. The tables are declared in
//! `store::schema::CURRENT`.

use rusqlite::{Connection, params};

use crate::geo::area::polygon_bounds;
use crate::model::ListingDetails;
use crate::store::error::{Result, StorageContext};

/// Places the listing stored at `rowid`: its office, when a source states
/// it, and its service-area polygon's box.
pub(crate) fn add(conn: &Connection, rowid: i64, listing: &ListingDetails) -> Result<()> {
    if let (Some(lat), Some(lon)) = (listing.latitude, listing.longitude) {
        conn.prepare_cached(
            "INSERT INTO listing_geo (id, min_lat, max_lat, min_lon, max_lon)
             VALUES (?1, ?2, ?2, ?3, ?3)",
        )
        .context("preparing geo insert")?
        .execute(params![rowid, lat, lon])
        .context("inserting a listing location")?;
    }
    if let Some(area) = &listing.service_area
        && let Some([min_lat, max_lat, min_lon, max_lon]) = polygon_bounds(&area.polygon)
    {
        conn.prepare_cached(
            "INSERT INTO listing_area_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .context("preparing service area box insert")?
        .execute(params![rowid, min_lat, max_lat, min_lon, max_lon])
        .context("inserting a service area box")?;
    }
    Ok(())
}

/// Removes the points and boxes of every record of `pack_id` (before the
/// records themselves are deleted).
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM listing_area_geo WHERE id IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing service area boxes")?;
    conn.execute(
        "DELETE FROM listing_geo WHERE id IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing listing locations")?;
    Ok(())
}

/// Removes every point and box (before a reindex).
pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM listing_area_geo; DELETE FROM listing_geo;")
        .context("clearing the geo index")
}

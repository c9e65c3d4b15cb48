//! The geo index: each listing's point in the `listing_geo` R*Tree (placed
//! as precisely as its source states, see [`place_listing`]) and the
//! bounding box of its service-area polygon in `listing_area_geo`
//! (degrees; each id is `records.rowid`), so `nearby` finds candidates
//! without reading every listing. Filled by `crate::ingest`; read by
//! `crate::directory::nearby`. The tables are declared in
//! `store::schema::CURRENT`.

use rusqlite::{Connection, params};

use crate::geo::area::polygon_bounds;
use crate::geo::{Placement, place_listing};
use crate::model::ListingDetails;
use crate::store::error::{Result, StorageContext};

/// Places the listing stored at `rowid` — its stated coordinates, else its
/// ZIP area's centroid, else its city's point — and its service-area
/// polygon's box. Returns the placement, which the facts keep beside the
/// listing's filter fields.
pub(crate) fn add(
    conn: &Connection,
    rowid: i64,
    listing: &ListingDetails,
) -> Result<Option<Placement>> {
    let placed = place_listing(listing);
    if let Some(placed) = placed {
        let (lat, lon) = (placed.point.lat(), placed.point.lon());
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
    Ok(placed)
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

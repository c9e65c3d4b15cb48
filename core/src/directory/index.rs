//! What the store keeps so `nearby` and the listing filters never read every
//! record: one row per ZIP, county, state or country a listing serves, an
//! R*Tree of service-area polygon boxes, and one row of facts per listing
//! (its point and that point's precision, see `geo::place_listing`, and every
//! field [`Filters`](super::Filters) reads), so a query filters and orders
//! without decoding `records.data`. Listing points live in `listing_geo`
//! (schema version 1). Kept in step with `records` by the install and
//! removal paths, and rebuilt from `records` by the migration that last
//! changed them (schema version 7).

use rusqlite::{Connection, params};

use crate::error::{Result, StorageContext};
use crate::geo::area::polygon_bounds;
use crate::geo::{Placement, place_listing};
use crate::model::{Details, ListingDetails, Record, Vocabulary};

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

/// The table of listing facts (schema step 5).
///
/// Sets of values are stored as text with the values between separators that
/// no value can contain (`' free '`, `'_en_es_'`), so "has every one of" and
/// "has any of" are `instr` tests in SQL (see `filters::FilterSql`). The
/// coordinates are the record's own `f64`s: the R*Tree keeps 32-bit floats,
/// too coarse to order by.
pub(crate) const FACTS_SCHEMA: &str = r#"
CREATE TABLE listing_facts (
    record_rowid     INTEGER PRIMARY KEY REFERENCES records(rowid),
    latitude         REAL,
    longitude        REAL,
    category         TEXT NOT NULL,
    languages        TEXT NOT NULL,     -- base languages, lowercase: '_en_es_'
    cost             TEXT,              -- one cost name, NULL when unstated
    case_types       TEXT NOT NULL,     -- ' asylum daca '
    accreditation    TEXT NOT NULL,
    accepted_ids     TEXT NOT NULL,
    account_features TEXT NOT NULL,
    wheelchair       INTEGER NOT NULL,  -- 1 only when a source says accessible
    access           TEXT NOT NULL,
    opening_hours    TEXT,              -- for "open now", with the two below
    time_zone        TEXT,
    country          TEXT
) STRICT;
"#;

/// Schema version 7: service areas may name whole states and the whole
/// country, and a listing's point is placed from what it states (its ZIP
/// centroid, its city) with that point's precision, no longer only from
/// stated coordinates. The tables are refilled from `records`.
pub(crate) const PLACES_SCHEMA: &str = r#"
DROP TABLE listing_service_codes;
CREATE TABLE listing_service_codes (
    record_rowid INTEGER NOT NULL REFERENCES records(rowid),
    kind         TEXT NOT NULL CHECK (kind IN ('zip', 'county', 'state', 'nation')),
    code         TEXT NOT NULL,
    PRIMARY KEY (kind, code, record_rowid)
) STRICT, WITHOUT ROWID;
CREATE INDEX listing_service_codes_record ON listing_service_codes(record_rowid);
ALTER TABLE listing_facts ADD COLUMN precision TEXT;  -- geo::Precision name; NULL: no point
DELETE FROM listing_facts;
DELETE FROM listing_geo;
DELETE FROM listing_area_geo;
"#;

/// Indexes the point, service area and facts of the record stored at `rowid`.
pub(crate) fn index_record(conn: &Connection, rowid: i64, record: &Record) -> Result<()> {
    let Details::Listing(listing) = &record.details else {
        return Ok(());
    };
    index_listing(conn, rowid, listing)
}

/// Indexes the point, service area and facts of the listing at `rowid`.
fn index_listing(conn: &Connection, rowid: i64, listing: &ListingDetails) -> Result<()> {
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
    index_facts(conn, rowid, listing, placed)?;
    index_service_area(conn, rowid, listing)
}

/// `' a b '`: each value between spaces (vocabulary names have none).
fn name_set<T: Vocabulary>(values: &[T]) -> String {
    let mut set = String::from(" ");
    for value in values {
        set.push_str(value.as_str());
        set.push(' ');
    }
    set
}

/// `'_en_es_'`: the base language of each tag, lowercase, between
/// underscores (a base language is cut at the first `-` or `_`, so none
/// contains one).
fn language_set(tags: &[String]) -> String {
    let mut set = String::from("_");
    for tag in tags {
        set.push_str(&crate::i18n::base_language(tag));
        set.push('_');
    }
    set
}

/// Writes the facts row of the listing stored at `rowid`, placed at `placed`.
fn index_facts(
    conn: &Connection,
    rowid: i64,
    listing: &ListingDetails,
    placed: Option<Placement>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO listing_facts (record_rowid, latitude, longitude, category, languages, cost,
             case_types, accreditation, accepted_ids, account_features, wheelchair, access,
             opening_hours, time_zone, country, precision)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )
    .context("preparing a listing facts insert")?
    .execute(params![
        rowid,
        placed.map(|p| p.point.lat()),
        placed.map(|p| p.point.lon()),
        listing.category,
        language_set(&listing.languages_spoken),
        listing.cost.map(Vocabulary::as_str),
        name_set(&listing.case_types),
        name_set(&listing.accreditation),
        name_set(&listing.accepted_ids),
        name_set(&listing.account_features),
        listing.wheelchair_access == Some(true),
        name_set(&listing.access),
        listing.opening_hours,
        listing.time_zone,
        listing.country,
        placed.map(|p| p.precision.as_str()),
    ])
    .context("inserting listing facts")?;
    Ok(())
}

/// Indexes the service area of the listing stored at `rowid`.
fn index_service_area(conn: &Connection, rowid: i64, listing: &ListingDetails) -> Result<()> {
    let Some(area) = &listing.service_area else {
        return Ok(());
    };
    let mut insert_code = conn
        .prepare_cached("INSERT OR IGNORE INTO listing_service_codes (record_rowid, kind, code) VALUES (?1, ?2, ?3)")
        .context("preparing service area insert")?;
    let nation: Vec<String> = if area.nationwide {
        vec![listing.country.clone().unwrap_or_else(|| "US".into())]
    } else {
        Vec::new()
    };
    for (kind, codes) in [
        ("zip", &area.zips),
        ("county", &area.counties),
        ("state", &area.states),
        ("nation", &nation),
    ] {
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
    conn.execute(
        "DELETE FROM listing_facts WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing listing facts")?;
    Ok(())
}

/// Fills the point, service-area and facts tables from every stored listing
/// (schema step 7, which empties them).
pub(crate) fn rebuild(conn: &Connection) -> Result<()> {
    for_each_stored_listing(conn, |rowid, listing| index_listing(conn, rowid, listing))
}

/// Calls `index` with every stored listing this build can read.
fn for_each_stored_listing(
    conn: &Connection,
    mut index: impl FnMut(i64, &ListingDetails) -> Result<()>,
) -> Result<()> {
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
        if let Ok(Record {
            details: Details::Listing(listing),
            ..
        }) = serde_json::from_str::<Record>(&data)
        {
            index(rowid, &listing)?;
        }
    }
    Ok(())
}

//! The listing facts: one row per listing in `listing_facts` (its point and
//! that point's precision, see `geo::place_listing`, and every field
//! [`Filters`](crate::directory::Filters) reads) and the ZIP, county, state
//! and country codes each listing serves in `listing_service_codes`, so a
//! query filters and orders without decoding
//! `records.data`. Filled by `crate::ingest` beside the record; read by
//! `crate::directory`. The tables are declared in `store::schema::CURRENT`.

use rusqlite::{Connection, params};

use crate::geo::Placement;
use crate::model::{ListingDetails, Vocabulary};
use crate::store::error::{Result, StorageContext};

/// Writes the facts and service codes of the listing stored at `rowid`,
/// placed at `placed` (what `index::geo::add` placed it at).
pub(crate) fn add(
    conn: &Connection,
    rowid: i64,
    listing: &ListingDetails,
    placed: Option<Placement>,
) -> Result<()> {
    index_facts(conn, rowid, listing, placed)?;
    index_service_codes(conn, rowid, listing)
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

/// Writes the ZIP, county, state and country codes the listing stored at
/// `rowid` serves (a nationwide service serves its country, the US unless
/// it says).
fn index_service_codes(conn: &Connection, rowid: i64, listing: &ListingDetails) -> Result<()> {
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
    Ok(())
}

/// Removes the facts and codes of every record of `pack_id` (before the
/// records themselves are deleted).
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM listing_service_codes WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing service area codes")?;
    conn.execute(
        "DELETE FROM listing_facts WHERE record_rowid IN (SELECT rowid FROM records WHERE pack_id = ?1)",
        [pack_id],
    )
    .context("removing listing facts")?;
    Ok(())
}

/// Removes every listing's facts and codes (before a reindex).
pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM listing_service_codes; DELETE FROM listing_facts;")
        .context("clearing listing facts")
}

//! `nearby`: the listings nearest a place. The R*Tree of office points prunes
//! to a box around the radius, the geodesic distance orders what is left,
//! and listings whose service area covers the place join them wherever their
//! office is.
//!
//! Order: listings whose service area covers the place come first (they
//! serve the person where they are: phone and remote clinics, or offices
//! whose area includes them), then offices by distance; within each group,
//! nearer office first, then id. The place is used for this one query and
//! never written anywhere.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::Filters;
use crate::error::{Error, Result, StorageContext};
use crate::geo::{self, Locality, Point, area};
use crate::hours::{self, HoursStatus};
use crate::i18n;
use crate::model::{Details, ListingDetails, Record};
use crate::store::Store;

/// The radius used when none is given.
pub const DEFAULT_RADIUS_KM: f64 = 50.0;

/// The largest radius accepted; anything larger is cut to it (half the
/// Earth's circumference covers every point).
pub const MAX_RADIUS_KM: f64 = 20_040.0;

/// How to run a `nearby` query.
#[derive(Debug, Clone)]
pub struct NearbyOptions {
    /// The person's languages, best first (BCP 47).
    pub languages: Vec<String>,
    /// Offices within this many kilometres count (service areas count at any distance).
    pub radius_km: f64,
    /// At most this many results.
    pub limit: usize,
    /// Listing filters.
    pub filters: Filters,
    /// The instant "open now" is evaluated at.
    pub now: DateTime<Utc>,
}

/// One listing near the place, in the person's language.
#[derive(Debug, Clone, PartialEq)]
pub struct NearbyHit {
    /// Listing id (for `show` and `share`).
    pub id: String,
    /// Listing name in `lang`.
    pub title: String,
    /// One or two sentences in `lang`.
    pub summary: String,
    /// The language of `title` and `summary`.
    pub lang: String,
    /// `true` when `lang` is not the person's first language.
    pub fallback: bool,
    /// Listing category key.
    pub category: String,
    /// Pack the listing comes from.
    pub pack: String,
    /// When the listing's facts were last checked.
    pub verified_on: String,
    /// How the listing relates to the place.
    pub status: ListingStatus,
}

/// Distance, service area and hours of one listing, for one place and instant.
#[derive(Debug, Clone, PartialEq)]
pub struct ListingStatus {
    /// Geodesic distance from the place to the office, in km; `None` when the
    /// listing has no stated location or no place was given.
    pub distance_km: Option<f64>,
    /// Whether the listing's service area covers the place.
    pub serves_area: bool,
    /// What its hours say now; `None` when it states no (readable) hours.
    pub hours: Option<HoursStatus>,
}

impl ListingStatus {
    /// The status of `listing` for `place` (if any) at `now`.
    pub fn of(
        listing: &ListingDetails,
        place: Option<&Locality>,
        now: DateTime<Utc>,
    ) -> ListingStatus {
        let office = match (listing.latitude, listing.longitude) {
            (Some(lat), Some(lon)) => Point::new(lat, lon),
            _ => None,
        };
        ListingStatus {
            distance_km: place
                .zip(office)
                .map(|(place, office)| geo::distance_km(place.point, office)),
            serves_area: place.is_some_and(|place| {
                listing
                    .service_area
                    .as_ref()
                    .is_some_and(|service| area::covers(service, place))
            }),
            hours: hours::status_of(listing, now),
        }
    }

    /// `Some(true)` open now, `Some(false)` closed, `None` unknown.
    pub fn open_now(&self) -> Option<bool> {
        self.hours.as_ref().and_then(HoursStatus::open_now)
    }
}

/// The listings near `place` that pass the filters, nearest first (see the
/// module docs for the order).
pub fn nearby(store: &Store, place: &Locality, options: &NearbyOptions) -> Result<Vec<NearbyHit>> {
    if options.limit == 0 {
        return Ok(Vec::new());
    }
    let radius_km = if options.radius_km.is_finite() && options.radius_km >= 0.0 {
        options.radius_km.min(MAX_RADIUS_KM)
    } else {
        DEFAULT_RADIUS_KM
    };
    let candidates = candidates(store, place, radius_km)?;
    let mut hits: Vec<(bool, f64, NearbyHit)> = Vec::new();
    for rowid in candidates {
        let (record, pack, source_language) = read(store, rowid)?;
        let Details::Listing(listing) = &record.details else {
            continue;
        };
        if !options.filters.accepts_listing(listing) {
            continue;
        }
        let status = ListingStatus::of(listing, Some(place), options.now);
        let within = status.distance_km.is_some_and(|km| km <= radius_km);
        if !(within || status.serves_area) {
            continue;
        }
        let (lang, fallback) =
            i18n::choose(&options.languages, &source_language, record.texts.keys());
        let text = &record.texts[&lang];
        let order = status.distance_km.unwrap_or(f64::INFINITY);
        hits.push((
            !status.serves_area,
            order,
            NearbyHit {
                id: record.id.clone(),
                title: text.title.clone(),
                summary: text.summary.clone(),
                lang,
                fallback,
                category: listing.category.clone(),
                pack,
                verified_on: record.verified_on.clone(),
                status,
            },
        ));
    }
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then_with(|| a.2.id.cmp(&b.2.id))
    });
    Ok(hits
        .into_iter()
        .take(options.limit)
        .map(|(_, _, hit)| hit)
        .collect())
}

/// Row ids of every listing that may be near: offices inside the radius's
/// boxes, listings serving the place's ZIP or county, and listings whose
/// service-area polygon box holds the point.
fn candidates(store: &Store, place: &Locality, radius_km: f64) -> Result<BTreeSet<i64>> {
    let mut rowids = BTreeSet::new();
    for [min_lat, max_lat, min_lon, max_lon] in geo::bounding_boxes(place.point, radius_km) {
        ids_into(
            store,
            "SELECT id FROM listing_geo
             WHERE max_lat >= ?1 AND min_lat <= ?2 AND max_lon >= ?3 AND min_lon <= ?4",
            params![min_lat, max_lat, min_lon, max_lon],
            "finding listings near a place",
            &mut rowids,
        )?;
    }
    ids_into(
        store,
        "SELECT record_rowid FROM listing_service_codes
         WHERE (kind = 'zip' AND code = ?1) OR (kind = 'county' AND code = ?2)",
        params![place.zip, place.county],
        "finding listings serving a place",
        &mut rowids,
    )?;
    ids_into(
        store,
        "SELECT id FROM listing_area_geo
         WHERE min_lat <= ?1 AND max_lat >= ?1 AND min_lon <= ?2 AND max_lon >= ?2",
        params![place.point.lat(), place.point.lon()],
        "finding service areas around a place",
        &mut rowids,
    )?;
    Ok(rowids)
}

/// Adds the first column of every row `sql` returns to `rowids`.
fn ids_into(
    store: &Store,
    sql: &str,
    params: &[&dyn rusqlite::ToSql],
    context: &'static str,
    rowids: &mut BTreeSet<i64>,
) -> Result<()> {
    let mut stmt = store.conn().prepare_cached(sql).context(context)?;
    let rows = stmt
        .query_map(params, |row| row.get::<_, i64>(0))
        .context(context)?;
    for row in rows {
        rowids.insert(row.context(context)?);
    }
    Ok(())
}

/// The record at `rowid`, its pack id and the pack's source language.
pub(crate) fn read(store: &Store, rowid: i64) -> Result<(Record, String, String)> {
    let (data, pack, source_language): (String, String, String) = store
        .conn()
        .prepare_cached(
            "SELECT r.data, r.pack_id, p.source_language
             FROM records r JOIN packs p USING (pack_id) WHERE r.rowid = ?1",
        )
        .context("preparing a listing read")?
        .query_row([rowid], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .context("reading a listing")?;
    let record: Record = serde_json::from_str(&data).map_err(|err| Error::Storage {
        context: "decoding a stored record",
        source: rusqlite::Error::ToSqlConversionFailure(Box::new(err)),
    })?;
    Ok((record, pack, source_language))
}

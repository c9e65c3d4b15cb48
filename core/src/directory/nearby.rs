//! `nearby`: the listings nearest a place. An expanding box over the R*Tree
//! of office points finds the nearest offices that pass the filters (checked
//! on the `listing_facts` table, without decoding records), the geodesic
//! distance orders them, and listings whose service area covers the place
//! join them wherever their office is. Only returned records are decoded.
//!
//! Order: listings whose service area covers the place come first (they
//! serve the person where they are: phone and remote clinics, or offices
//! whose area includes them), then offices by distance; within each group,
//! nearer office first, then id. The place is used for this one query and
//! never written anywhere.

use std::collections::HashSet;

use rusqlite::types::Value;

use super::Filters;
use super::filters::{FilterSql, OpenCheck};
use crate::geo::{self, Locality, Point, area};
use crate::hours::{self, HoursStatus};
use crate::i18n;
use crate::model::{Details, ListingDetails, Record};
use crate::store::Store;
use crate::store::error::{Result, StorageContext};

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
    pub now: jiff::Timestamp,
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
        now: jiff::Timestamp,
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
///
/// Listings serving the place are found through the service-area indexes
/// (few: only their polygons are decoded, to test the point). Offices are
/// found nearest first with an expanding box over the R*Tree: the box for a
/// circle of `r` km holds every office within `r`, so once the offices inside
/// the circle that pass the filters (checked in SQL on `listing_facts`, see
/// `FilterSql`) number enough, they are exactly the nearest ones and no
/// office outside the box can come before them; otherwise `r` grows, up to
/// the radius. Only the records returned are decoded.
pub fn nearby(store: &Store, place: &Locality, options: &NearbyOptions) -> Result<Vec<NearbyHit>> {
    if options.limit == 0 {
        return Ok(Vec::new());
    }
    let radius_km = if options.radius_km.is_finite() && options.radius_km >= 0.0 {
        options.radius_km.min(MAX_RADIUS_KM)
    } else {
        DEFAULT_RADIUS_KM
    };
    let filter = FilterSql::new(&options.filters);
    let mut open = OpenCheck::new(&options.filters);
    let mut found = serving(store, place, &filter, &mut open)?;
    let serving_count = found.len();
    if serving_count < options.limit {
        let served: HashSet<i64> = found.iter().map(|c| c.rowid).collect();
        let need = options.limit - serving_count;
        let offices = nearest_offices(
            store,
            place.point,
            radius_km,
            need,
            &filter,
            &mut open,
            &served,
        )?;
        found.extend(offices);
    }
    found.truncate(options.limit);
    let mut hits = Vec::with_capacity(found.len());
    for candidate in found {
        let (record, pack, source_language) = read(store, candidate.rowid)?;
        let Details::Listing(listing) = &record.details else {
            continue;
        };
        let mut status = ListingStatus::of(listing, Some(place), options.now);
        // The distance it was ordered by (the facts row's coordinates; the
        // record's JSON may differ in the last bit).
        status.distance_km = candidate.distance_km;
        let (lang, fallback) =
            i18n::choose(&options.languages, &source_language, record.texts.keys());
        let text = &record.texts[&lang];
        hits.push(NearbyHit {
            id: record.id.clone(),
            title: text.title.clone(),
            summary: text.summary.clone(),
            lang,
            fallback,
            category: listing.category.clone(),
            pack,
            verified_on: record.verified_on.clone(),
            status,
        });
    }
    Ok(hits)
}

/// A listing found for a place, before its record is read.
#[derive(Debug, Clone, PartialEq)]
struct Candidate {
    rowid: i64,
    /// To the office; `None` when the listing states no location.
    distance_km: Option<f64>,
    /// Record id, for ties (read only for the listings that need it).
    id: String,
}

/// Every listing that passes the filters and whose service area covers the
/// place (ZIP or county listed, or the point inside its polygon), nearer
/// office first, then id.
fn serving(
    store: &Store,
    place: &Locality,
    filter: &FilterSql,
    open: &mut OpenCheck,
) -> Result<Vec<Candidate>> {
    let context = "finding listings serving a place";
    let columns =
        "f.record_rowid, f.latitude, f.longitude, f.opening_hours, f.time_zone, f.country, r.id";
    // By code: a listed ZIP or county is coverage, nothing more to check.
    let by_code = format!(
        "SELECT {columns} FROM listing_facts f JOIN records r ON r.rowid = f.record_rowid
         WHERE f.record_rowid IN (SELECT record_rowid FROM listing_service_codes
             WHERE (kind = 'zip' AND code = ?) OR (kind = 'county' AND code = ?))
         AND {}",
        filter.condition
    );
    let mut params = vec![text_or_null(&place.zip), text_or_null(&place.county)];
    params.extend(filter.params.iter().cloned());
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    query_candidates(store, &by_code, params, place.point, open, context, |c| {
        seen.insert(c.rowid);
        found.push(c);
    })?;
    // By polygon: the R*Tree finds the boxes holding the point; the polygon
    // itself decides.
    let by_polygon = format!(
        "SELECT {columns} FROM listing_area_geo a
         CROSS JOIN listing_facts f ON f.record_rowid = a.id
         JOIN records r ON r.rowid = f.record_rowid
         WHERE a.min_lat <= ? AND a.max_lat >= ? AND a.min_lon <= ? AND a.max_lon >= ?
         AND {}",
        filter.condition
    );
    let (lat, lon) = (place.point.lat(), place.point.lon());
    let mut params = vec![lat.into(), lat.into(), lon.into(), lon.into()];
    params.extend(filter.params.iter().cloned());
    let mut boxed = Vec::new();
    query_candidates(
        store,
        &by_polygon,
        params,
        place.point,
        open,
        context,
        |c| {
            if !seen.contains(&c.rowid) {
                boxed.push(c);
            }
        },
    )?;
    for candidate in boxed {
        let (record, _, _) = read(store, candidate.rowid)?;
        if let Details::Listing(ListingDetails {
            service_area: Some(service),
            ..
        }) = &record.details
            && area::covers(service, place)
        {
            found.push(candidate);
        }
    }
    found.sort_by(|a, b| {
        let far = |c: &Candidate| c.distance_km.unwrap_or(f64::INFINITY);
        far(a).total_cmp(&far(b)).then_with(|| a.id.cmp(&b.id))
    });
    Ok(found)
}

/// The first circle searched for offices, in km. The walk is exact whatever
/// this is; it only decides how many rounds a sparse area takes.
const FIRST_RING_KM: f64 = 1.0;

/// The `need` offices nearest `point` within `radius_km` that pass the
/// filters and are not in `skip`, nearest first, then by id.
fn nearest_offices(
    store: &Store,
    point: Point,
    radius_km: f64,
    need: usize,
    filter: &FilterSql,
    open: &mut OpenCheck,
    skip: &HashSet<i64>,
) -> Result<Vec<Candidate>> {
    let sql = format!(
        "SELECT f.record_rowid, f.latitude, f.longitude, f.opening_hours, f.time_zone, f.country
         FROM listing_geo g CROSS JOIN listing_facts f ON f.record_rowid = g.id
         WHERE g.max_lat >= ? AND g.min_lat <= ? AND g.max_lon >= ? AND g.min_lon <= ?
         AND {}",
        filter.condition
    );
    let mut ring_km = FIRST_RING_KM.min(radius_km);
    let mut inside: Vec<Candidate> = loop {
        let mut inside = Vec::new();
        for [min_lat, max_lat, min_lon, max_lon] in geo::bounding_boxes(point, ring_km) {
            let mut params = vec![
                min_lat.into(),
                max_lat.into(),
                min_lon.into(),
                max_lon.into(),
            ];
            params.extend(filter.params.iter().cloned());
            query_candidates(
                store,
                &sql,
                params,
                point,
                open,
                "finding listings near a place",
                |c| {
                    // Within the circle the box was drawn around: every office
                    // nearer than it lies in the box.
                    if c.distance_km.is_some_and(|km| km <= ring_km) && !skip.contains(&c.rowid) {
                        inside.push(c);
                    }
                },
            )?;
        }
        if inside.len() >= need || ring_km >= radius_km {
            break inside;
        }
        // The circle's area grows with the square of its radius: aim at about
        // twice what is missing, growing at least 1.5 and at most 8 times.
        let growth = if inside.is_empty() {
            4.0
        } else {
            (2.0 * need as f64 / inside.len() as f64)
                .sqrt()
                .clamp(1.5, 8.0)
        };
        ring_km = (ring_km * growth).min(radius_km);
    };
    // Two boxes (across the antimeridian) can both hold a point on it.
    inside.sort_by_key(|c| c.rowid);
    inside.dedup_by_key(|c| c.rowid);
    let far = |c: &Candidate| c.distance_km.unwrap_or(f64::INFINITY);
    inside.sort_by(|a, b| far(a).total_cmp(&far(b)));
    // Offices at the same distance as the last one kept compete by id: read
    // the ids of the kept ones and of every tie, then order them fully.
    if let Some(last) = inside.get(need.saturating_sub(1)).map(far) {
        let keep = inside.partition_point(|c| far(c) <= last);
        inside.truncate(keep);
    }
    for candidate in &mut inside {
        candidate.id = store.record_id(candidate.rowid)?;
    }
    inside.sort_by(|a, b| far(a).total_cmp(&far(b)).then_with(|| a.id.cmp(&b.id)));
    inside.truncate(need);
    Ok(inside)
}

/// Runs `sql` (columns: rowid, latitude, longitude, hours, zone, country and,
/// when there is a seventh, the record id) and passes each row that "open now" accepts to
/// `found`, with its distance from `point`.
fn query_candidates(
    store: &Store,
    sql: &str,
    params: Vec<Value>,
    point: Point,
    open: &mut OpenCheck,
    context: &'static str,
    mut found: impl FnMut(Candidate),
) -> Result<()> {
    let mut stmt = store.conn().prepare_cached(sql).context(context)?;
    let with_id = stmt.column_count() > 6;
    let mut rows = stmt
        .query(rusqlite::params_from_iter(params))
        .context(context)?;
    while let Some(row) = rows.next().context(context)? {
        if open.needed()
            && !open.accepts(
                row.get(3).context(context)?,
                row.get(4).context(context)?,
                row.get(5).context(context)?,
            )
        {
            continue;
        }
        let (lat, lon): (Option<f64>, Option<f64>) =
            (row.get(1).context(context)?, row.get(2).context(context)?);
        let office = lat.zip(lon).and_then(|(lat, lon)| Point::new(lat, lon));
        found(Candidate {
            rowid: row.get(0).context(context)?,
            distance_km: office.map(|office| geo::distance_km(point, office)),
            id: if with_id {
                row.get(6).context(context)?
            } else {
                String::new()
            },
        });
    }
    Ok(())
}

/// `text` as an SQL value, NULL when absent (which equals nothing).
fn text_or_null(text: &Option<String>) -> Value {
    text.clone().map_or(Value::Null, Value::Text)
}

/// The record at `rowid`, its pack id and the pack's source language.
pub(crate) fn read(store: &Store, rowid: i64) -> Result<(Record, String, String)> {
    let stored = store.record_at(rowid)?;
    Ok((stored.record, stored.pack_id, stored.source_language))
}

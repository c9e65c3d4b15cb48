//! `nearby`: the listings nearest a place. An expanding box over the R*Tree
//! of listing points (placed as precisely as each source states, see
//! `geo::place_listing`) finds the nearest ones that pass the filters
//! (checked on the `listing_facts` table, without decoding records), the
//! geodesic distance orders them, and listings whose service area covers the
//! place join them wherever their office is. Only returned records are decoded.
//!
//! The answer comes in four groups ([`NearbyResults`]), each cut to the limit:
//! - `local`: listings with a point that lie within the radius or whose ZIP,
//!   county or polygon service area covers the place, nearest first, then id;
//! - `serving`: listings whose local service area covers the place but that
//!   state no location (a county's phone clinic), by id;
//! - `statewide`: listings serving the place's whole state, nearer office
//!   first, then id;
//! - `national`: listings serving the whole country (hotlines, national
//!   programs), nearer office first, then id.
//!
//! A listing appears in the first group that takes it. The place is used
//! for this one query and never written anywhere.

use std::collections::HashSet;

use rusqlite::types::Value;

use super::Filters;
use super::filters::{FilterSql, OpenCheck};
use crate::geo::{self, Locality, Point, Precision, area};
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

/// The answer to `nearby`, in the groups the module docs describe.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NearbyResults {
    /// Nearest first: listings with a point near the place or serving it.
    pub local: Vec<NearbyHit>,
    /// Serving the place by ZIP, county or polygon, with no stated location.
    pub serving: Vec<NearbyHit>,
    /// Serving the place's whole state.
    pub statewide: Vec<NearbyHit>,
    /// Serving the whole country.
    pub national: Vec<NearbyHit>,
}

impl NearbyResults {
    /// Every hit, group after group (local, serving, statewide, national).
    pub fn all(&self) -> impl Iterator<Item = &NearbyHit> {
        self.local
            .iter()
            .chain(&self.serving)
            .chain(&self.statewide)
            .chain(&self.national)
    }

    /// Whether no group holds anything.
    pub fn is_empty(&self) -> bool {
        self.all().next().is_none()
    }

    /// How many hits all groups hold.
    pub fn len(&self) -> usize {
        self.local.len() + self.serving.len() + self.statewide.len() + self.national.len()
    }
}

impl IntoIterator for NearbyResults {
    type Item = NearbyHit;
    type IntoIter = std::vec::IntoIter<NearbyHit>;

    /// Every hit, group after group (local, serving, statewide, national).
    fn into_iter(self) -> Self::IntoIter {
        let mut all = self.local;
        all.extend(self.serving);
        all.extend(self.statewide);
        all.extend(self.national);
        all.into_iter()
    }
}

/// Distance, service area and hours of one listing, for one place and instant.
#[derive(Debug, Clone, PartialEq)]
pub struct ListingStatus {
    /// Geodesic distance from the place to the listing's point, in km;
    /// `None` when the listing states no location or no place was given.
    pub distance_km: Option<f64>,
    /// What the listing's point stands for: the office itself (`Exact`) or
    /// an area around it (its ZIP's or city's centroid). `None` without a
    /// point. Say "about" for every precision but `Exact`.
    pub precision: Option<Precision>,
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
        let placed = geo::place_listing(listing);
        ListingStatus {
            distance_km: place
                .zip(placed)
                .map(|(place, placed)| geo::distance_km(place.point, placed.point)),
            precision: placed.map(|p| p.precision),
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

/// The listings near `place` that pass the filters, in the groups and order
/// the module docs describe.
///
/// Listings serving the place are found through the service-area indexes
/// (few: only their polygons are decoded, to test the point). Points are
/// found nearest first with an expanding box over the R*Tree: the box for a
/// circle of `r` km holds every point within `r`, so once the points inside
/// the circle that pass the filters (checked in SQL on `listing_facts`, see
/// `FilterSql`) number enough, they are exactly the nearest ones and no
/// point outside the box can come before them; otherwise `r` grows, up to
/// the radius. Only the records returned are decoded.
pub fn nearby(store: &Store, place: &Locality, options: &NearbyOptions) -> Result<NearbyResults> {
    if options.limit == 0 {
        return Ok(NearbyResults::default());
    }
    let radius_km = if options.radius_km.is_finite() && options.radius_km >= 0.0 {
        options.radius_km.min(MAX_RADIUS_KM)
    } else {
        DEFAULT_RADIUS_KM
    };
    let filter = FilterSql::new(&options.filters);
    let mut open = OpenCheck::new(&options.filters);
    let (mut local, mut unplaced): (Vec<Candidate>, Vec<Candidate>) =
        serving(store, place, &filter, &mut open)?
            .into_iter()
            .partition(|c| c.distance_km.is_some());
    let mut taken: HashSet<i64> = local.iter().chain(&unplaced).map(|c| c.rowid).collect();
    // The nearest points: with every serving listing, they hold the `limit`
    // nearest of the union.
    let offices = nearest_offices(
        store,
        place.point,
        radius_km,
        options.limit,
        &filter,
        &mut open,
        &taken,
    )?;
    taken.extend(offices.iter().map(|c| c.rowid));
    local.extend(offices);
    by_distance(&mut local);
    local.truncate(options.limit);
    unplaced.sort_by(|a, b| a.id.cmp(&b.id));
    unplaced.truncate(options.limit);
    let mut wider = |kind: &str, code: Option<String>| -> Result<Vec<Candidate>> {
        let Some(code) = code else {
            return Ok(Vec::new());
        };
        let mut found = by_code(store, kind, code, Some(place.point), &filter, &mut open)?;
        found.retain(|c| !taken.contains(&c.rowid));
        taken.extend(found.iter().map(|c| c.rowid));
        by_distance(&mut found);
        found.truncate(options.limit);
        Ok(found)
    };
    let statewide = wider("state", place.state.clone())?;
    let national = wider("nation", place.in_us().then(|| "US".to_string()))?;
    Ok(NearbyResults {
        local: hits(store, Some(place), options, local)?,
        serving: hits(store, Some(place), options, unplaced)?,
        statewide: hits(store, Some(place), options, statewide)?,
        national: hits(store, Some(place), options, national)?,
    })
}

/// The listings serving the whole country that pass the filters, by id:
/// what can help when no place is known.
pub fn national(store: &Store, options: &NearbyOptions) -> Result<Vec<NearbyHit>> {
    let filter = FilterSql::new(&options.filters);
    let mut open = OpenCheck::new(&options.filters);
    let mut found = by_code(store, "nation", "US".into(), None, &filter, &mut open)?;
    by_distance(&mut found);
    found.truncate(options.limit);
    hits(store, None, options, found)
}

/// Nearer first (no point last), then by id.
fn by_distance(found: &mut [Candidate]) {
    let far = |c: &Candidate| c.distance_km.unwrap_or(f64::INFINITY);
    found.sort_by(|a, b| far(a).total_cmp(&far(b)).then_with(|| a.id.cmp(&b.id)));
}

/// Reads the records of `found` and presents them in the person's language.
fn hits(
    store: &Store,
    place: Option<&Locality>,
    options: &NearbyOptions,
    found: Vec<Candidate>,
) -> Result<Vec<NearbyHit>> {
    let mut hits = Vec::with_capacity(found.len());
    for candidate in found {
        let (record, pack, source_language) = read(store, candidate.rowid)?;
        let Details::Listing(listing) = &record.details else {
            continue;
        };
        let mut status = ListingStatus::of(listing, place, options.now);
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

/// Every listing that passes the filters and lists `code` as a service area
/// code of `kind` (`state`, `nation`), with its distance from `point`.
fn by_code(
    store: &Store,
    kind: &str,
    code: String,
    point: Option<Point>,
    filter: &FilterSql,
    open: &mut OpenCheck,
) -> Result<Vec<Candidate>> {
    let sql = format!(
        "SELECT f.record_rowid, f.latitude, f.longitude, f.opening_hours, f.time_zone, f.country, r.id
         FROM listing_facts f JOIN records r ON r.rowid = f.record_rowid
         WHERE f.record_rowid IN (SELECT record_rowid FROM listing_service_codes
             WHERE kind = ? AND code = ?)
         AND {}",
        filter.condition
    );
    let mut params = vec![Value::Text(kind.to_string()), Value::Text(code)];
    params.extend(filter.params.iter().cloned());
    let mut found = Vec::new();
    query_candidates(
        store,
        &sql,
        params,
        point,
        open,
        "finding listings serving a state or the country",
        |c| found.push(c),
    )?;
    Ok(found)
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
    query_candidates(
        store,
        &by_code,
        params,
        Some(place.point),
        open,
        context,
        |c| {
            seen.insert(c.rowid);
            found.push(c);
        },
    )?;
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
        Some(place.point),
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
                Some(point),
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
    point: Option<Point>,
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
            distance_km: office
                .zip(point)
                .map(|(office, point)| geo::distance_km(point, office)),
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

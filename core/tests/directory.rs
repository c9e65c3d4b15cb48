//! The directory through the public API, on synthetic fixture packs installed
//! into a temporary store with `Store::install`: nearby ordering against
//! hand-computed geodesic distances, service areas, filters with text search
//! and nearby, and the migration that indexes service areas. Every listing
//! here is a labelled fixture, never content.

use guide_core::directory::{Filters, ListingStatus, NearbyOptions};
use guide_core::geo::{Location, Point};
use guide_core::model::{
    AcceptedId, Access, AccountFeature, Accreditation, CaseType, Cost, Details, ListingDetails,
    LocalizedText, ServiceArea,
};
use guide_core::store::Store;
use guide_core::testing::StoreExt;
use guide_core::{Error, Guide, PackContent, Record};

use guide_core::testing::fixtures;

/// A synthetic listing named "<name> (fixture)".
fn listing(id: &str, name: &str, details: ListingDetails) -> Record {
    let text = LocalizedText {
        tags: vec!["clinic".into()],
        ..fixtures::text(
            &format!("{name} (fixture)"),
            &format!("Synthetic test listing {name}; not a real service."),
            "",
        )
    };
    fixtures::english_record(id, &["legal-help"], text, Details::Listing(details))
}

fn at(lat: f64, lon: f64) -> ListingDetails {
    ListingDetails {
        category: "legal-clinic".into(),
        latitude: Some(lat),
        longitude: Some(lon),
        ..Default::default()
    }
}

fn fixture_pack(records: Vec<Record>) -> PackContent {
    fixtures::english_pack("test-fixtures", records)
}

/// A guide in a temporary directory with the fixtures installed beside the default pack.
fn guide_with(records: Vec<Record>) -> (tempfile::TempDir, Guide) {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(&dir.path().join(guide_core::guide::STORE_FILE)).unwrap();
        store.install(&fixture_pack(records)).unwrap();
    }
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    (dir, guide)
}

/// A guide holding only the fixtures: the bundled pack is removed, so its
/// real listings (placed near real ZIP codes such as 21202) cannot mix with
/// the fixtures' expected answers.
fn fixtures_only(records: Vec<Record>) -> (tempfile::TempDir, Guide) {
    let (dir, guide) = guide_with(records);
    guide
        .remove_pack(guide_core::pack::DEFAULT_PACK_ID)
        .unwrap();
    (dir, guide)
}

/// Tuesday 2026-03-03 10:00 in New York.
fn tuesday_morning() -> jiff::Timestamp {
    jiff::civil::date(2026, 3, 3)
        .at(10, 0, 0, 0)
        .in_tz("America/New_York")
        .unwrap()
        .timestamp()
}

fn options(radius_km: f64, filters: Filters) -> NearbyOptions {
    NearbyOptions {
        languages: vec![],
        radius_km,
        limit: 10,
        filters,
        now: tuesday_morning(),
    }
}

fn origin() -> Location {
    Location::Point(Point::new(0.0, 0.0).unwrap())
}

/// Along the equator (a geodesic) the distance is exactly a·Δλ, with
/// a = 6378.137 km: hand-computed below to the metre.
#[test]
fn nearby_orders_by_geodesic_distance() {
    let (_dir, guide) = guide_with(vec![
        listing("far", "Test Clinic C", at(0.0, 0.25)), // 27.830 km
        listing("near", "Test Clinic A", at(0.0, -0.05)), // 5.566 km
        listing("mid", "Test Clinic B", at(0.0, 0.1)),  // 11.132 km
        listing("outside", "Test Clinic D", at(0.0, 1.0)), // 111.319 km
    ]);
    let hits = guide
        .nearby(&origin(), &options(50.0, Filters::default()))
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["near", "mid", "far"]);
    let a = 6378.137_f64;
    for (hit, degrees) in hits.iter().zip([0.05_f64, 0.1, 0.25]) {
        let expected = a * degrees.to_radians();
        let got = hit.status.distance_km.unwrap();
        assert!(
            (got - expected).abs() < 0.001,
            "{}: {got} vs {expected}",
            hit.id
        );
        assert!(!hit.status.serves_area);
        assert_eq!(
            hit.title,
            format!("Test Clinic {} (fixture)", &hit.title[12..13])
        );
    }
    // A wider radius takes in the fourth; the limit cuts the list.
    let wide = guide
        .nearby(&origin(), &options(200.0, Filters::default()))
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    assert_eq!(wide.len(), 4);
    let two = guide
        .nearby(
            &origin(),
            &NearbyOptions {
                limit: 2,
                ..options(200.0, Filters::default())
            },
        )
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    assert_eq!(
        two.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["near", "mid"]
    );
}

#[test]
fn a_service_area_counts_as_near_from_outside_the_radius() {
    let phone_clinic = ListingDetails {
        // Office 5 degrees away (556 km), but serving a square around the origin.
        service_area: Some(ServiceArea {
            polygon: vec![[-1.0, -1.0], [-1.0, 1.0], [1.0, 1.0], [1.0, -1.0]],
            ..Default::default()
        }),
        ..at(0.0, 5.0)
    };
    let remote_only = ListingDetails {
        category: "legal-clinic".into(),
        service_area: Some(ServiceArea {
            zips: vec!["21202".into()],
            ..Default::default()
        }),
        ..Default::default()
    };
    let county_wide = ListingDetails {
        service_area: Some(ServiceArea {
            counties: vec!["24510".into()],
            ..Default::default()
        }),
        ..at(38.9, -77.03) // an office about 50 km from 21202
    };
    let (_dir, guide) = fixtures_only(vec![
        listing("phone-clinic", "Test Phone Clinic", phone_clinic),
        listing("remote-only", "Test Remote Clinic", remote_only),
        listing("county-wide", "Test County Clinic", county_wide),
        listing("close-office", "Test Clinic A", at(0.0, 0.05)),
    ]);
    let hits = guide
        .nearby(&origin(), &options(10.0, Filters::default()))
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    // Serving the place counts at any distance, in distance order (issue 12:
    // local results are nearest first; serving no longer jumps the queue).
    assert_eq!(ids, ["close-office", "phone-clinic"]);
    assert!(hits[1].status.serves_area);
    assert!(hits[1].status.distance_km.unwrap() > 500.0);

    // By ZIP and by county, with a 1 km radius that holds no office at all.
    let zip = Location::Zip("21202".into());
    let hits = guide
        .nearby(&zip, &options(1.0, Filters::default()))
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["county-wide", "remote-only"]);
    assert!(hits.iter().all(|h| h.status.serves_area));
    assert_eq!(hits[1].status.distance_km, None);
    // Another ZIP of the same county (21201) is served by the county listing only.
    let hits = guide
        .nearby(
            &Location::Zip("21201".into()),
            &options(1.0, Filters::default()),
        )
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    assert_eq!(
        hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["county-wide"]
    );
    // A ZIP in another county is served by neither.
    let hits = guide
        .nearby(
            &Location::Zip("20001".into()),
            &options(1.0, Filters::default()),
        )
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn filters_narrow_nearby_alone_and_combined() {
    let spanish_free = ListingDetails {
        languages_spoken: vec!["es".into(), "en".into()],
        cost: Some(Cost::Free),
        case_types: vec![CaseType::Asylum],
        access: vec![Access::WalkIn],
        opening_hours: Some("Mo-Fr 09:00-17:00".into()),
        time_zone: Some("America/New_York".into()),
        ..at(0.0, 0.1)
    };
    let english_sliding = ListingDetails {
        languages_spoken: vec!["en".into()],
        cost: Some(Cost::SlidingScale),
        case_types: vec![CaseType::Asylum, CaseType::Naturalization],
        opening_hours: Some("Sa 09:00-12:00".into()),
        time_zone: Some("America/New_York".into()),
        ..at(0.0, 0.05)
    };
    let bank = ListingDetails {
        category: "bank-on-partner".into(),
        ..at(0.0, 0.02)
    };
    let (_dir, guide) = guide_with(vec![
        listing("spanish-free", "Test Clinic A", spanish_free),
        listing("english-sliding", "Test Clinic B", english_sliding),
        listing("bank", "Test Bank", bank),
    ]);
    let ids = |filters: Filters| -> Vec<String> {
        guide
            .nearby(&origin(), &options(50.0, filters))
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    assert_eq!(
        ids(Filters::default()),
        ["bank", "english-sliding", "spanish-free"]
    );
    let category = Filters {
        category: Some("legal-clinic".into()),
        ..Default::default()
    };
    assert_eq!(ids(category.clone()), ["english-sliding", "spanish-free"]);
    let spanish = Filters {
        languages_spoken: vec!["es".into()],
        ..Default::default()
    };
    assert_eq!(ids(spanish), ["spanish-free"]);
    let free = Filters {
        cost: vec![Cost::Free],
        ..Default::default()
    };
    assert_eq!(ids(free), ["spanish-free"]);
    let naturalization = Filters {
        case_types: vec![CaseType::Naturalization],
        ..Default::default()
    };
    assert_eq!(ids(naturalization), ["english-sliding"]);
    let open_now = Filters {
        open_at: Some(tuesday_morning()),
        ..Default::default()
    };
    assert_eq!(ids(open_now), ["spanish-free"]);
    let combined = Filters {
        cost: vec![Cost::SlidingScale],
        case_types: vec![CaseType::Asylum],
        open_at: Some(tuesday_morning()),
        ..category
    };
    assert!(ids(combined).is_empty());
}

#[test]
fn filters_narrow_text_search_before_the_limit() {
    let clinics: Vec<Record> = (0..5)
        .map(|i| {
            let details = ListingDetails {
                cost: Some(if i == 4 { Cost::Free } else { Cost::Low }),
                ..at(0.0, 0.01 * f64::from(i))
            };
            listing(&format!("clinic-{i}"), &format!("Test Clinic {i}"), details)
        })
        .collect();
    let (_dir, guide) = guide_with(clinics);
    let all = guide.search("clinic", &[], 3).unwrap();
    assert_eq!(all.len(), 3);
    // Only one free clinic; the filter applies before the limit of 1.
    let free = Filters {
        cost: vec![Cost::Free],
        ..Default::default()
    };
    let hits = guide.search_filtered("clinic", &[], 1, &free).unwrap();
    assert_eq!(
        hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["clinic-4"]
    );
    // Articles drop out as soon as any filter is set (since issue 12's
    // content, real free clinics that mention notarios may remain).
    let notario = guide.search("notario", &[], 10).unwrap();
    assert!(notario.iter().any(|h| h.kind == guide_core::Kind::Article));
    let filtered = guide.search_filtered("notario", &[], 10, &free).unwrap();
    assert!(
        filtered.iter().all(|h| h.kind == guide_core::Kind::Listing),
        "{filtered:?}"
    );
    for hit in &filtered {
        let view = guide.show(&hit.id, &[]).unwrap();
        assert!(free.accepts(&view.record), "{}", hit.id);
    }
}

#[test]
fn status_reports_distance_hours_and_verified_date() {
    let clinic = ListingDetails {
        opening_hours: Some("Mo-Fr 09:00-17:00".into()),
        time_zone: Some("America/New_York".into()),
        ..at(0.0, 0.1)
    };
    let (_dir, guide) = guide_with(vec![listing("clinic", "Test Clinic A", clinic)]);
    let place = origin().resolve().unwrap();
    let status = guide
        .status("clinic", Some(&place), tuesday_morning())
        .unwrap();
    assert_eq!(status.verified_on, "2026-11-26");
    let listing = status.listing.unwrap();
    assert!((listing.distance_km.unwrap() - 11.132).abs() < 0.001);
    assert_eq!(listing.open_now(), Some(true));
    let article = guide
        .status("notario-fraud", Some(&place), tuesday_morning())
        .unwrap();
    assert!(article.listing.is_none());
}

#[test]
fn unknown_places_are_typed_errors_without_the_typed_text() {
    let (_dir, guide) = guide_with(vec![]);
    for location in [
        Location::Zip("99999".into()),
        Location::City {
            name: "Nowhere Fixture".into(),
            state: "MD".into(),
        },
    ] {
        let err = guide
            .nearby(&location, &options(10.0, Filters::default()))
            .unwrap_err();
        assert!(matches!(err, Error::UnknownPlace { .. }), "{err}");
        assert!(!err.to_string().contains("99999") && !err.to_string().contains("Nowhere"));
    }
}

#[test]
fn upgrading_an_old_store_indexes_service_areas_already_installed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(guide_core::guide::STORE_FILE);
    let remote = ListingDetails {
        category: "legal-clinic".into(),
        service_area: Some(ServiceArea {
            zips: vec!["21202".into()],
            ..Default::default()
        }),
        ..Default::default()
    };
    {
        let mut store = Store::open(&path).unwrap();
        store
            .install(&fixture_pack(vec![listing(
                "remote",
                "Test Remote Clinic",
                remote,
            )]))
            .unwrap();
    }
    // Make it look like a store from before the directory (no service-area
    // tables) and before pack files had their own table.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE listing_service_codes; DROP TABLE listing_area_geo;
             DROP TABLE listing_facts; DROP TABLE pack_files;
             ALTER TABLE packs ADD COLUMN file BLOB;
             PRAGMA user_version = 3;",
        )
        .unwrap();
    }
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    guide
        .remove_pack(guide_core::pack::DEFAULT_PACK_ID)
        .unwrap();
    let hits = guide
        .nearby(
            &Location::Zip("21202".into()),
            &options(1.0, Filters::default()),
        )
        .unwrap()
        .into_iter()
        .collect::<Vec<_>>();
    assert_eq!(
        hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["remote"]
    );
}

#[test]
fn upgrading_a_version_4_store_fills_the_listing_facts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(guide_core::guide::STORE_FILE);
    let spanish = ListingDetails {
        languages_spoken: vec!["es-MX".into()],
        cost: Some(Cost::Free),
        ..at(0.0, 0.1)
    };
    {
        let mut store = Store::open(&path).unwrap();
        store
            .install(&fixture_pack(vec![
                listing("spanish", "Test Clinic A", spanish),
                listing("english", "Test Clinic B", at(0.0, 0.05)),
            ]))
            .unwrap();
    }
    // A store from before the facts table.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE listing_facts; DROP TABLE pack_files;
             ALTER TABLE packs ADD COLUMN file BLOB; PRAGMA user_version = 4;",
        )
        .unwrap();
    }
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    let ids = |filters: Filters| -> Vec<String> {
        guide
            .nearby(&origin(), &options(50.0, filters))
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    assert_eq!(ids(Filters::default()), ["english", "spanish"]);
    let free_spanish = Filters {
        languages_spoken: vec!["es".into()],
        cost: vec![Cost::Free],
        ..Default::default()
    };
    assert_eq!(ids(free_spanish), ["spanish"]);
}

/// A point `north_km` north and `east_km` east of `(lat, lon)`, by the
/// local scale of a degree (fine for fixtures: the tests compare against
/// distances computed from where the points land, not from these offsets).
fn offset(lat: f64, lon: f64, north_km: f64, east_km: f64) -> (f64, f64) {
    let lat2 = (lat + north_km / 110.6).clamp(-90.0, 90.0);
    let mut lon2 = lon + east_km / (111.3 * lat.to_radians().cos());
    if lon2 > 180.0 {
        lon2 -= 360.0;
    }
    if lon2 < -180.0 {
        lon2 += 360.0;
    }
    (lat2, lon2)
}

fn ids_near(guide: &Guide, lat: f64, lon: f64, options: &NearbyOptions) -> Vec<String> {
    let place = Location::Point(Point::new(lat, lon).unwrap());
    guide
        .nearby(&place, options)
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// The walk stops at the first box whose circle holds enough listings; a walk
/// that took the nearest of everything in the box would return the listing
/// in the box's corner (inside the box, outside its circle) before the one
/// just outside the box's side, which is nearer. Tried at several scales so
/// some box edge falls between them whatever the first box is.
#[test]
fn nearby_is_exact_at_box_edges() {
    let (lat0, lon0) = (0.0, 0.0);
    let mut records = Vec::new();
    let scales = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0];
    for (s, scale) in scales.iter().enumerate() {
        // Each scale at its own spot, 1,000 km apart, so they do not mix.
        let (lat, lon) = offset(lat0, lon0, 0.0, 1000.0 * s as f64);
        for i in 0..9 {
            let angle = f64::from(i) * 40.0_f64.to_radians();
            let (a, b) = offset(
                lat,
                lon,
                0.5 * scale * angle.sin(),
                0.5 * scale * angle.cos(),
            );
            records.push(listing(&format!("s{s}-inner-{i}"), "Test Clinic", at(a, b)));
        }
        let (a, b) = offset(lat, lon, 0.0, 1.05 * scale);
        records.push(listing(&format!("s{s}-side"), "Test Clinic", at(a, b)));
        let (a, b) = offset(lat, lon, 0.9 * scale, 0.9 * scale);
        records.push(listing(&format!("s{s}-corner"), "Test Clinic", at(a, b)));
    }
    let (_dir, guide) = guide_with(records);
    for (s, _) in scales.iter().enumerate() {
        let (lat, lon) = offset(lat0, lon0, 0.0, 1000.0 * s as f64);
        let ids = ids_near(&guide, lat, lon, &options(50.0, Filters::default()));
        assert_eq!(ids.len(), 10, "scale {s}: {ids:?}");
        assert_eq!(ids[9], format!("s{s}-side"), "scale {s}: {ids:?}");
        let eleven = NearbyOptions {
            limit: 11,
            ..options(50.0, Filters::default())
        };
        let ids = ids_near(&guide, lat, lon, &eleven);
        assert_eq!(ids[10], format!("s{s}-corner"), "scale {s}: {ids:?}");
    }
}

#[test]
fn nearby_crosses_the_antimeridian_and_the_pole() {
    let (_dir, guide) = guide_with(vec![
        listing("east-of-line", "Test Clinic A", at(10.0, -179.998)),
        listing("west-of-line", "Test Clinic B", at(10.0, 179.99)),
        listing("far-west", "Test Clinic C", at(10.0, 179.5)),
        listing("pole-opposite", "Test Clinic D", at(89.998, 179.0)),
        listing("pole-same-side", "Test Clinic E", at(89.99, 1.0)),
    ]);
    // From just west of the antimeridian, the nearest office is across it.
    assert_eq!(
        ids_near(&guide, 10.0, 179.999, &options(100.0, Filters::default())),
        ["east-of-line", "west-of-line", "far-west"]
    );
    // Near the pole, "across" is a few hundred metres over the top.
    assert_eq!(
        ids_near(&guide, 89.999, 0.0, &options(5.0, Filters::default())),
        ["pole-opposite", "pole-same-side"]
    );
}

/// A deterministic generator for fixture variety (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn some<T: Copy>(&mut self, values: &[T]) -> Vec<T> {
        values
            .iter()
            .copied()
            .filter(|_| self.below(2) == 0)
            .collect()
    }
}

/// What `nearby` must return, computed the slow way: every listing's status
/// from its decoded details (`statuses`, for the place and instant asked),
/// the filters on the decoded details, the documented groups: listings with
/// a point within the radius or serving the place, by distance then id, then
/// those serving it with no point, by id; each cut to the limit.
fn brute_force(
    records: &[Record],
    statuses: &[Option<ListingStatus>],
    options: &NearbyOptions,
) -> Vec<String> {
    let mut local: Vec<(f64, String)> = Vec::new();
    let mut serving: Vec<String> = Vec::new();
    for (record, status) in records.iter().zip(statuses) {
        let (Details::Listing(listing), Some(status)) = (&record.details, status) else {
            continue;
        };
        if !options.filters.accepts_listing(listing) {
            continue;
        }
        match status.distance_km {
            Some(km) if km <= options.radius_km || status.serves_area => {
                local.push((km, record.id.clone()))
            }
            None if status.serves_area => serving.push(record.id.clone()),
            _ => {}
        }
    }
    local.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    serving.sort();
    local
        .into_iter()
        .take(options.limit)
        .map(|h| h.1)
        .chain(serving.into_iter().take(options.limit))
        .collect()
}

/// Random listings at every scale from metres to a thousand kilometres
/// around centres at the equator, mid-latitudes, the antimeridian and near a
/// pole, some sharing an office, some serving the place by polygon; random
/// filters. `nearby` must agree with the brute force on every query.
#[test]
fn nearby_agrees_with_a_brute_force_ranking() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let centres = [
        (0.0, 0.0),
        (39.29, -76.61),
        (-33.9, 151.2),
        (10.0, 179.95),
        (88.5, 40.0),
    ];
    let languages = ["en", "es-MX", "ES", "zh-Hant", "vi", "ht"];
    let hours = [
        "Mo-Fr 09:00-17:00",
        "Sa 09:00-12:00",
        "24/7",
        "Mo-Fr 09:00-17:00; PH off",
        "not hours at all",
    ];
    let mut records = Vec::new();
    for (c, (lat, lon)) in centres.iter().enumerate() {
        for i in 0..150 {
            // Evenly over discs of 1.5 to 1,500 km, so box corners are full.
            let km = [1.5, 15.0, 150.0, 1500.0][rng.below(4)] * rng.unit().sqrt();
            let bearing = rng.unit() * std::f64::consts::TAU;
            let (a, b) = offset(*lat, *lon, km * bearing.cos(), km * bearing.sin());
            // One in ten shares the previous listing's office.
            let (a, b) = match records.last() {
                Some(Record {
                    details: Details::Listing(prev),
                    ..
                }) if i > 0 && rng.below(10) == 0 => {
                    prev.latitude.zip(prev.longitude).unwrap_or((a, b))
                }
                _ => (a, b),
            };
            let mut details = ListingDetails {
                category: ["legal-clinic", "bank-on-partner", "hotline"][rng.below(3)].into(),
                languages_spoken: languages
                    .iter()
                    .filter(|_| rng.below(3) == 0)
                    .map(|l| l.to_string())
                    .collect(),
                cost: [
                    None,
                    Some(Cost::Free),
                    Some(Cost::SlidingScale),
                    Some(Cost::Low),
                ][rng.below(4)],
                case_types: rng.some(&[CaseType::Asylum, CaseType::Daca, CaseType::Vawa]),
                accreditation: rng.some(&[
                    Accreditation::Attorney,
                    Accreditation::DojRecognizedOrganization,
                ]),
                accepted_ids: rng.some(&[AcceptedId::Itin, AcceptedId::MatriculaConsular]),
                account_features: rng.some(&[AccountFeature::NoOverdraftFees]),
                wheelchair_access: [None, Some(true), Some(false)][rng.below(3)],
                access: rng.some(&[Access::WalkIn, Access::Appointment]),
                ..at(a, b)
            };
            if rng.below(4) > 0 {
                details.opening_hours = Some(hours[rng.below(hours.len())].into());
                details.time_zone = Some(
                    ["America/New_York", "Pacific/Auckland", "Nowhere/Zone"][rng.below(3)].into(),
                );
            }
            if rng.below(15) == 0 {
                // Serving a square around the centre, wherever the office is.
                let d = 0.5 + rng.unit();
                details.service_area = Some(ServiceArea {
                    polygon: vec![
                        [lat - d, lon - d],
                        [lat - d, (lon + d).min(180.0)],
                        [(lat + d).min(90.0), (lon + d).min(180.0)],
                        [(lat + d).min(90.0), lon - d],
                    ],
                    ..Default::default()
                });
            }
            if rng.below(20) == 0 {
                details.latitude = None;
                details.longitude = None;
            }
            records.push(listing(
                &format!("c{c}-listing-{i:03}"),
                "Test Clinic",
                details,
            ));
        }
    }
    let (_dir, guide) = fixtures_only(records.clone());
    let filter_sets = [
        Filters::default(),
        Filters {
            category: Some("legal-clinic".into()),
            cost: vec![Cost::Free],
            languages_spoken: vec!["es".into()],
            ..Default::default()
        },
        Filters {
            languages_spoken: vec!["ZH".into(), "en-US".into()],
            ..Default::default()
        },
        Filters {
            cost: vec![Cost::SlidingScale, Cost::Low],
            case_types: vec![CaseType::Asylum, CaseType::Daca],
            accreditation: vec![
                Accreditation::Attorney,
                Accreditation::DojRecognizedOrganization,
            ],
            ..Default::default()
        },
        Filters {
            accepted_ids: vec![AcceptedId::Itin],
            account_features: vec![AccountFeature::NoOverdraftFees],
            wheelchair_access: true,
            access: vec![Access::WalkIn],
            ..Default::default()
        },
        Filters {
            open_at: Some(tuesday_morning()),
            ..Default::default()
        },
    ];
    let mut compared = 0;
    let mut non_empty = 0;
    for (lat, lon) in centres {
        // The centre itself and a point a little off it.
        for (lat, lon) in [(lat, lon), offset(lat, lon, 3.0, -2.0)] {
            let place = Location::Point(Point::new(lat, lon).unwrap())
                .resolve()
                .unwrap();
            let statuses: Vec<Option<ListingStatus>> = records
                .iter()
                .map(|record| match &record.details {
                    Details::Listing(listing) => {
                        Some(ListingStatus::of(listing, Some(&place), tuesday_morning()))
                    }
                    Details::Article(_) => None,
                })
                .collect();
            for filters in &filter_sets {
                for (radius_km, limit) in
                    [(0.5, 10), (5.0, 3), (25.0, 10), (300.0, 10), (2000.0, 40)]
                {
                    let options = NearbyOptions {
                        limit,
                        ..options(radius_km, filters.clone())
                    };
                    let expected = brute_force(&records, &statuses, &options);
                    let got: Vec<String> = guide
                        .nearby(&Location::Point(place.point), &options)
                        .unwrap()
                        .into_iter()
                        .map(|h| h.id)
                        .collect();
                    assert_eq!(got, expected, "at {lat},{lon} r={radius_km} {filters:?}");
                    compared += 1;
                    non_empty += usize::from(!got.is_empty());
                }
            }
        }
    }
    // The comparison is not vacuous.
    assert!(non_empty * 2 > compared, "{non_empty} of {compared}");
}

/// Issue 12: a listing's point is what its source states — coordinates
/// (exact), an address with its ZIP or a ZIP alone (the ZIP area's
/// centroid), a city (the gazetteer's point) — and statewide and national
/// services follow the local ones in their own groups.
#[test]
fn listings_are_placed_as_precisely_as_their_sources_say_and_grouped() {
    use guide_core::geo::{Gazetteer, Precision, distance_km};
    let base = || ListingDetails {
        category: "legal-clinic".into(),
        country: Some("US".into()),
        ..Default::default()
    };
    let records = vec![
        listing(
            "exact",
            "Test Exact Clinic",
            ListingDetails {
                latitude: Some(39.30),
                longitude: Some(-76.61),
                ..base()
            },
        ),
        listing(
            "address-zip",
            "Test Address Clinic",
            ListingDetails {
                address: Some("1 Fixture Way".into()),
                postal_code: Some("21201".into()),
                ..base()
            },
        ),
        listing(
            "zip-only",
            "Test ZIP Clinic",
            ListingDetails {
                postal_code: Some("21230".into()),
                ..base()
            },
        ),
        listing(
            "city-only",
            "Test City Clinic",
            ListingDetails {
                city: Some("Baltimore".into()),
                region: Some("MD".into()),
                ..base()
            },
        ),
        listing("nowhere", "Test Unplaced Clinic", base()),
        listing(
            "statewide",
            "Test State Hotline",
            ListingDetails {
                service_area: Some(ServiceArea {
                    states: vec!["MD".into()],
                    ..Default::default()
                }),
                ..base()
            },
        ),
        listing(
            "other-state",
            "Test Virginia Hotline",
            ListingDetails {
                service_area: Some(ServiceArea {
                    states: vec!["VA".into()],
                    ..Default::default()
                }),
                ..base()
            },
        ),
        listing(
            "national",
            "Test National Hotline",
            ListingDetails {
                service_area: Some(ServiceArea {
                    nationwide: true,
                    ..Default::default()
                }),
                ..base()
            },
        ),
    ];
    let (_dir, guide) = fixtures_only(records);
    let place = guide.resolve(&Location::Zip("21202".into())).unwrap();
    assert_eq!(place.state.as_deref(), Some("MD"));
    let found = guide
        .nearby_place(&place, &options(50.0, Filters::default()))
        .unwrap();
    let gazetteer = Gazetteer::get();
    let expected_point = |id: &str| match id {
        "exact" => Point::new(39.30, -76.61).unwrap(),
        "address-zip" => gazetteer.zip("21201").unwrap().point,
        "zip-only" => gazetteer.zip("21230").unwrap().point,
        "city-only" => gazetteer.city("Baltimore", "MD").unwrap(),
        other => panic!("{other} should not be local"),
    };
    let mut last = 0.0;
    for hit in &found.local {
        let km = hit.status.distance_km.unwrap();
        let want = distance_km(place.point, expected_point(&hit.id));
        assert!((km - want).abs() < 1e-6, "{}: {km} vs {want}", hit.id);
        assert!(km >= last, "local results are nearest first");
        last = km;
        let precision = hit.status.precision.unwrap();
        assert_eq!(
            precision,
            match hit.id.as_str() {
                "exact" => Precision::Exact,
                "address-zip" => Precision::AddressZip,
                "zip-only" => Precision::Zip,
                _ => Precision::City,
            },
            "{}",
            hit.id
        );
        assert_eq!(precision.is_exact(), hit.id == "exact");
    }
    let mut local: Vec<&str> = found.local.iter().map(|h| h.id.as_str()).collect();
    local.sort();
    assert_eq!(local, ["address-zip", "city-only", "exact", "zip-only"]);
    assert!(found.serving.is_empty());
    let ids = |hits: &[guide_core::directory::NearbyHit]| -> Vec<String> {
        hits.iter().map(|h| h.id.clone()).collect()
    };
    assert_eq!(ids(&found.statewide), ["statewide"]);
    assert_eq!(ids(&found.national), ["national"]);
    assert_eq!(found.statewide[0].status.precision, None);

    // Far from Maryland: nothing local or statewide, the national service still.
    let chicago = guide
        .nearby(
            &Location::City {
                name: "Chicago".into(),
                state: "IL".into(),
            },
            &options(50.0, Filters::default()),
        )
        .unwrap();
    assert!(chicago.local.is_empty() && chicago.statewide.is_empty());
    assert_eq!(ids(&chicago.national), ["national"]);
    // Filters narrow every group.
    let banks = guide
        .nearby_place(
            &place,
            &options(
                50.0,
                Filters {
                    category: Some("bank-on-partner".into()),
                    ..Default::default()
                },
            ),
        )
        .unwrap();
    assert!(banks.is_empty());
    // Mid-ocean is not in the US: no national services either.
    let at_sea = guide
        .nearby(
            &Location::Point(Point::new(35.0, -60.0).unwrap()),
            &options(50.0, Filters::default()),
        )
        .unwrap();
    assert!(at_sea.is_empty());
}

/// Issue 12: places as people type them, and a short list when a name
/// without its state could be several places.
#[test]
fn places_resolve_as_people_type_them() {
    let (_dir, guide) = fixtures_only(vec![]);
    let city = |text: &str| -> guide_core::geo::Locality {
        guide
            .resolve(&Location::parse(text).unwrap())
            .unwrap_or_else(|err| panic!("{text}: {err}"))
    };
    let nyc = city("New York, NY");
    assert_eq!(nyc.state.as_deref(), Some("NY"));
    assert_eq!(nyc.city.as_deref(), Some("New York City, NY"));
    for same in ["NYC", "New York", "new york city", "nyc, ny"] {
        assert_eq!(city(same).point, nyc.point, "{same}");
    }
    for borough in [
        "Manhattan",
        "Brooklyn",
        "Queens",
        "The Bronx",
        "Bronx",
        "Staten Island",
    ] {
        let place = city(borough);
        assert_eq!(place.state.as_deref(), Some("NY"), "{borough}");
        assert!(
            guide_core::geo::distance_km(place.point, nyc.point) < 30.0,
            "{borough}"
        );
    }
    assert_eq!(city("LA").city.as_deref(), Some("Los Angeles, CA"));
    assert_eq!(
        city("Los Angeles, CA").city.as_deref(),
        Some("Los Angeles, CA")
    );
    assert_eq!(city("Washington, DC").state.as_deref(), Some("DC"));
    assert_eq!(city("Washington DC").state.as_deref(), Some("DC"));
    assert_eq!(city("St. Paul").point, city("Saint Paul, MN").point);
    assert_eq!(city("Chicago").city.as_deref(), Some("Chicago, IL"));
    // Only one Baltimore has over 100,000 people.
    assert_eq!(city("Baltimore").state.as_deref(), Some("MD"));
    // In another script.
    assert_eq!(city("芝加哥").city.as_deref(), Some("Chicago, IL"));
    assert_eq!(city("21202").zip.as_deref(), Some("21202"));
    // Three large Springfields: choose one.
    match guide.resolve(&Location::parse("Springfield").unwrap()) {
        Err(Error::AmbiguousPlace { choices }) => {
            assert_eq!(choices.len(), 3, "{choices:?}");
            assert!(
                choices.contains(&"Springfield, MA".to_string()),
                "{choices:?}"
            );
            assert!(
                choices.contains(&"Springfield, IL".to_string()),
                "{choices:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        guide.resolve(&Location::parse("Nowhere Fixtureville").unwrap()),
        Err(Error::UnknownPlace { .. })
    ));
}

/// A name several large places share means the one the installed listings
/// are in.
#[test]
fn a_name_the_packs_cover_once_needs_no_state() {
    let springfield = ListingDetails {
        category: "legal-clinic".into(),
        city: Some("Springfield".into()),
        region: Some("MO".into()),
        ..Default::default()
    };
    let (_dir, guide) = fixtures_only(vec![listing(
        "springfield-clinic",
        "Test Springfield Clinic",
        springfield,
    )]);
    let place = guide
        .resolve(&Location::parse("springfield").unwrap())
        .unwrap();
    assert_eq!(place.city.as_deref(), Some("Springfield, MO"));
}

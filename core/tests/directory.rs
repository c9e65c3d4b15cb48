//! The directory through the public API, on synthetic fixture packs installed
//! into a temporary store with `Store::install`: nearby ordering against
//! hand-computed geodesic distances, service areas, filters with text search
//! and nearby, and the migration that indexes service areas. Every listing
//! here is a labelled fixture, never content.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use guide_core::directory::{Filters, NearbyOptions};
use guide_core::geo::{Location, Point};
use guide_core::model::{
    Access, CaseType, Cost, Details, ListingDetails, LocalizedText, ServiceArea, Source,
    Translation,
};
use guide_core::store::Store;
use guide_core::{Error, Guide, PackContent, PackInfo, Record};

/// A synthetic listing named "<name> (fixture)".
fn listing(id: &str, name: &str, details: ListingDetails) -> Record {
    let text = LocalizedText {
        title: format!("{name} (fixture)"),
        summary: format!("Synthetic test listing {name}; not a real service."),
        body: String::new(),
        tags: vec!["clinic".into()],
        translation: Translation::Original,
        reviewer: None,
    };
    Record {
        id: id.into(),
        topics: vec!["legal-help".into()],
        texts: BTreeMap::from([("en".to_string(), text)]),
        sources: vec![Source {
            key: "fixture".into(),
            title: "Test fixture (not content)".into(),
            publisher: "tests".into(),
            url: None,
            published: None,
            checked_on: "2026-11-26".into(),
        }],
        verified_on: "2026-11-26".into(),
        expires_on: None,
        details: Details::Listing(details),
    }
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
    PackContent {
        info: PackInfo {
            pack_id: "test-fixtures".into(),
            publisher: "tests".into(),
            version: 1,
            source_language: "en".into(),
            languages: vec!["en".into()],
            area: None,
        },
        records,
    }
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

/// Tuesday 2026-03-03 10:00 in New York.
fn tuesday_morning() -> DateTime<Utc> {
    chrono_tz::America::New_York
        .with_ymd_and_hms(2026, 3, 3, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
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
        .unwrap();
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
        .unwrap();
    assert_eq!(wide.len(), 4);
    let two = guide
        .nearby(
            &origin(),
            &NearbyOptions {
                limit: 2,
                ..options(200.0, Filters::default())
            },
        )
        .unwrap();
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
    let (_dir, guide) = guide_with(vec![
        listing("phone-clinic", "Test Phone Clinic", phone_clinic),
        listing("remote-only", "Test Remote Clinic", remote_only),
        listing("county-wide", "Test County Clinic", county_wide),
        listing("close-office", "Test Clinic A", at(0.0, 0.05)),
    ]);
    let hits = guide
        .nearby(&origin(), &options(10.0, Filters::default()))
        .unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    // Serving the place ranks first; its office distance is still reported.
    assert_eq!(ids, ["phone-clinic", "close-office"]);
    assert!(hits[0].status.serves_area);
    assert!(hits[0].status.distance_km.unwrap() > 500.0);

    // By ZIP and by county, with a 1 km radius that holds no office at all.
    let zip = Location::Zip("21202".into());
    let hits = guide
        .nearby(&zip, &options(1.0, Filters::default()))
        .unwrap();
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
        .unwrap();
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
        .unwrap();
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
    // Articles drop out as soon as any filter is set.
    let notario = guide.search("notario", &[], 10).unwrap();
    assert!(!notario.is_empty());
    assert!(
        guide
            .search_filtered("notario", &[], 10, &free)
            .unwrap()
            .is_empty()
    );
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
             DROP TABLE pack_files; ALTER TABLE packs ADD COLUMN file BLOB;
             PRAGMA user_version = 3;",
        )
        .unwrap();
    }
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    let hits = guide
        .nearby(
            &Location::Zip("21202".into()),
            &options(1.0, Filters::default()),
        )
        .unwrap();
    assert_eq!(
        hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        ["remote"]
    );
}

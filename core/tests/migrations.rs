//! Every schema version's frozen store (`core/tests/data/schema-vN.sqlite`,
//! made by that version's own code) opens, migrates to a store equal table
//! by table and index by index to a fresh `CURRENT` one, and keeps its data:
//! its pack, records and texts (searchable again after the reindex), the
//! listing's facts and place, its kept pack file, the locally trusted key,
//! the root statement and the clock floor. Version 1 held only the bundled
//! pack, which is installed again. The records are synthetic fixtures.

use std::path::Path;

use guide_core::directory::NearbyOptions;
use guide_core::geo::{Location, Point};
use guide_core::guide::STORE_FILE;
use guide_core::pack::keys::SecretKey;
use guide_core::pack::verify::{Limits, verify};
use guide_core::store::Store;
use guide_core::store::schema::VERSION;
use guide_core::testing::{clock, schema_of};
use guide_core::{Guide, GuideOptions};

/// A data directory holding a copy of the frozen store of `version`.
fn frozen(version: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/schema-v{version}.sqlite")),
        dir.path().join(STORE_FILE),
    )
    .unwrap();
    dir
}

fn open(dir: &Path) -> Guide {
    let options = GuideOptions {
        clock: clock(),
        ..GuideOptions::default()
    };
    Guide::open_with(dir, vec!["en".into()], options).unwrap()
}

fn schema(dir: &Path) -> std::collections::BTreeMap<String, String> {
    schema_of(&rusqlite::Connection::open(dir.join(STORE_FILE)).unwrap())
}

#[test]
fn there_is_a_frozen_store_for_every_version() {
    for version in 1..=VERSION {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/data/schema-v{version}.sqlite"));
        let conn = rusqlite::Connection::open(&path).unwrap();
        let found: u32 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(found, version, "{}", path.display());
    }
}

#[test]
fn every_frozen_store_migrates_to_the_current_schema_table_by_table() {
    let fresh_dir = tempfile::tempdir().unwrap();
    drop(open(fresh_dir.path()));
    let fresh = schema(fresh_dir.path());
    assert!(fresh.contains_key("table listing_facts"), "{fresh:?}");
    for version in 1..=VERSION {
        let dir = frozen(version);
        drop(open(dir.path()));
        let migrated = schema(dir.path());
        let names = |schema: &std::collections::BTreeMap<String, String>| {
            schema.keys().cloned().collect::<Vec<_>>()
        };
        assert_eq!(
            names(&migrated),
            names(&fresh),
            "v{version}: the objects differ"
        );
        for (name, description) in &fresh {
            assert_eq!(&migrated[name], description, "v{version}: {name} differs");
        }
    }
}

#[test]
fn every_frozen_store_keeps_its_data() {
    let publisher = SecretKey::from_seed(&[22; 32]).public_key();
    for version in 2..=VERSION {
        let dir = frozen(version);
        let guide = open(dir.path());
        let packs = guide.packs().unwrap();
        let pack = packs
            .iter()
            .find(|p| p.pack.info.pack_id == "frozen-fixture")
            .unwrap_or_else(|| panic!("v{version}: the pack is gone: {packs:?}"));
        assert_eq!(pack.pack.version, 2, "v{version}");
        assert_eq!(pack.pack.records, 2, "v{version}");
        assert!(packs.iter().any(|p| p.bundled), "v{version}");

        // Searchable again: the reindex rebuilt the text index and vocabulary.
        let hits = guide.search("frozen fixture article", &[], 5).unwrap();
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some("frozen-article"),
            "v{version}"
        );
        let spanish = guide.search("abogados", &["es".to_string()], 5).unwrap();
        let article = spanish.iter().find(|h| h.id == "frozen-article");
        assert_eq!(
            article.map(|h| h.lang.as_str()),
            Some("es"),
            "v{version}: {spanish:?}"
        );
        // Placed and filterable again: the geo index and the facts.
        let near = guide
            .nearby(
                &Location::Point(Point::new(39.29, -76.61).unwrap()),
                &NearbyOptions {
                    languages: vec![],
                    radius_km: 1.0,
                    limit: 5,
                    filters: guide_core::directory::Filters {
                        cost: vec![guide_core::model::Cost::Free],
                        ..Default::default()
                    },
                    now: guide.now(),
                },
            )
            .unwrap();
        assert_eq!(
            near.local.first().map(|h| h.id.as_str()),
            Some("frozen-clinic"),
            "v{version}"
        );
        assert!(
            near.local[0].status.distance_km.unwrap() < 0.01,
            "v{version}"
        );

        if version >= 3 {
            // The kept file, byte for byte: it verifies and is the pack installed.
            let file = guide.export_pack("frozen-fixture").unwrap();
            let verified = verify(&file, &Limits::default()).unwrap();
            assert_eq!(
                Some(verified.manifest.payload.sha256.clone()),
                pack.pack.payload_sha256,
                "v{version}"
            );
            // The locally trusted key survived: the file is installable here.
            guide.check_pack(&file).unwrap();
            drop(guide);
            let store = Store::open(&dir.path().join(STORE_FILE)).unwrap();
            assert!(
                store
                    .kept_statement(&publisher.to_bytes())
                    .unwrap()
                    .is_some(),
                "v{version}: the root statement is gone"
            );
            assert_eq!(
                store.newest_created().unwrap().as_deref(),
                Some("2026-12-06T12:00:00Z"),
                "v{version}: the clock floor is gone"
            );
            assert!(!store.needs_reindex().unwrap(), "v{version}");
        }
    }
}

#[test]
fn a_version_1_store_gets_the_bundled_pack_again() {
    let dir = frozen(1);
    let guide = open(dir.path());
    let packs = guide.packs().unwrap();
    assert!(
        packs
            .iter()
            .all(|p| p.pack.info.pack_id != "frozen-fixture")
    );
    assert!(packs.iter().any(|p| p.bundled));
    assert_eq!(
        guide.search("notario", &[], 5).unwrap()[0].id,
        "notario-fraud"
    );
}

//! The store through its public API: install, replace, remove, atomicity.

use guide_core::model::{ArticleDetails, Details, ListingDetails, LocalizedText};
use guide_core::search::{SearchOptions, search};
use guide_core::store::Store;
use guide_core::testing::StoreExt;
// The store answers with its own error type.
use guide_core::store::StoreError as Error;
use guide_core::{PackContent, Record};

use guide_core::testing::fixtures;

fn text(title: &str, body: &str) -> LocalizedText {
    fixtures::text(title, &format!("About {title}."), body)
}

fn record(id: &str, title: &str, body: &str, place: Option<(f64, f64)>) -> Record {
    fixtures::english_record(
        id,
        &["legal-help"],
        text(title, body),
        match place {
            Some((lat, lon)) => Details::Listing(ListingDetails {
                category: "legal-clinic".into(),
                latitude: Some(lat),
                longitude: Some(lon),
                ..Default::default()
            }),
            None => Details::Article(ArticleDetails::default()),
        },
    )
}

fn pack(id: &str, version: u64, records: Vec<Record>) -> PackContent {
    let mut pack = fixtures::english_pack(id, records);
    pack.info.version = version;
    pack
}

fn ids(store: &Store, query: &str) -> Vec<String> {
    let options = SearchOptions {
        languages: vec!["en".into()],
        limit: 50,
        ..SearchOptions::default()
    };
    let scope = store.interrupt_handle().begin_scope();
    let mut ids: Vec<String> = search(store, query, &options, &scope)
        .unwrap()
        .hits
        .into_iter()
        .map(|hit| hit.id)
        .collect();
    ids.sort();
    ids
}

/// Row counts of (records, record_texts, listing_geo, text_fts) read through a
/// second connection, as another process would see them.
fn counts(path: &std::path::Path) -> (i64, i64, i64, i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let n = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0)).unwrap();
    (
        n("SELECT count(*) FROM records"),
        n("SELECT count(*) FROM record_texts"),
        n("SELECT count(*) FROM listing_geo"),
        n("SELECT count(*) FROM text_fts"),
    )
}

#[test]
fn install_makes_records_searchable_and_placed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store
        .install(&pack(
            "city",
            1,
            vec![
                record(
                    "a1",
                    "Clinic hours",
                    "Free consultations on Mondays",
                    Some((39.29, -76.61)),
                ),
                record("a2", "Wage claims", "How to claim unpaid wages", None),
            ],
        ))
        .unwrap();
    assert_eq!(ids(&store, "consultations"), ["a1"]);
    assert_eq!(ids(&store, "unpaid"), ["a2"]);
    assert_eq!(store.installed_version("city").unwrap(), Some(1));
    assert_eq!(counts(&path), (2, 2, 1, 2));
    assert_eq!(store.record("a1").unwrap().pack_id, "city");
}

#[test]
fn reinstall_replaces_old_records_entirely() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store
        .install(&pack(
            "city",
            1,
            vec![record(
                "old",
                "Old clinic",
                "closed place",
                Some((1.0, 1.0)),
            )],
        ))
        .unwrap();
    store
        .install(&pack(
            "city",
            2,
            vec![record("new", "New clinic", "open place", None)],
        ))
        .unwrap();
    assert_eq!(ids(&store, "clinic"), ["new"]);
    assert!(
        ids(&store, "closed").is_empty(),
        "old text must leave the index"
    );
    assert!(matches!(store.record("old"), Err(Error::NotFound { .. })));
    assert_eq!(counts(&path), (1, 1, 0, 1));
    assert_eq!(store.installed_version("city").unwrap(), Some(2));
}

#[test]
fn packs_sit_side_by_side_and_removal_takes_exactly_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store
        .install(&pack(
            "national",
            1,
            vec![record("n1", "Hotline", "call us", None)],
        ))
        .unwrap();
    store
        .install(&pack(
            "city",
            1,
            vec![record("c1", "Hotline city", "call us here", None)],
        ))
        .unwrap();
    assert_eq!(ids(&store, "hotline"), ["c1", "n1"]);
    assert!(store.remove("city").unwrap());
    assert!(!store.remove("city").unwrap());
    assert_eq!(ids(&store, "hotline"), ["n1"]);
    assert_eq!(counts(&path), (1, 1, 0, 1));
    let packs: Vec<String> = store
        .packs()
        .unwrap()
        .into_iter()
        .map(|p| p.info.pack_id)
        .collect();
    assert_eq!(packs, ["national"]);
}

#[test]
fn a_failed_install_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store
        .install(&pack(
            "national",
            1,
            vec![record("shared-id", "Hotline", "call", None)],
        ))
        .unwrap();
    store
        .install(&pack(
            "city",
            1,
            vec![record("c1", "City office", "visit", None)],
        ))
        .unwrap();
    let before = counts(&path);

    // Version 2 of the city pack collides with a record of another pack
    // halfway through: the whole install must roll back.
    let bad = pack(
        "city",
        2,
        vec![
            record("c2", "New office", "visit", None),
            record("shared-id", "Clash", "x", None),
        ],
    );
    assert!(store.install(&bad).is_err());
    assert_eq!(counts(&path), before);
    assert_eq!(store.installed_version("city").unwrap(), Some(1));
    assert_eq!(ids(&store, "office"), ["c1"]);
    assert!(ids(&store, "new").is_empty());
}

#[test]
fn reopening_keeps_what_was_installed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    Store::open(&path)
        .unwrap()
        .install(&pack(
            "city",
            7,
            vec![record("c1", "Office", "visit", None)],
        ))
        .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.installed_version("city").unwrap(), Some(7));
    assert_eq!(ids(&store, "office"), ["c1"]);
}

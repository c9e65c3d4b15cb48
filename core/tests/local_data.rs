//! What the person made on the device, and the taxonomy tiles, through
//! [`Guide`]: `wipe_local_data` removes every installed pack but the
//! bundled one and leaves the app's other files alone.

use guide_core::guide::{STORE_FILE, local_files};
use guide_core::model::{ArticleDetails, Details};
use guide_core::store::Store;
use guide_core::testing::StoreExt;
use guide_core::{Guide, PackContent};

use guide_core::testing::fixtures;

/// A pack the person "installed": synthetic test data, never shipped.
fn user_pack() -> PackContent {
    fixtures::english_pack(
        "test-user-pack",
        vec![fixtures::english_record(
            "test-user-record",
            &["wage-theft"],
            fixtures::text(
                "Zyxwv synthetic test article",
                "Synthetic test record (not content).",
                "Zyxwv.",
            ),
            Details::Article(ArticleDetails::default()),
        )],
    )
}

fn ids(guide: &Guide, query: &str) -> Vec<String> {
    let hits = guide.search(query, &[], 10).unwrap();
    hits.into_iter().map(|hit| hit.id).collect()
}

#[test]
fn wiping_removes_what_the_person_installed_and_keeps_the_bundled_pack() {
    let dir = tempfile::tempdir().unwrap();
    drop(Guide::open(dir.path(), vec!["en".into()]).unwrap());
    // Something the person installed, then the app opened again (the search
    // vocabulary is loaded at open).
    Store::open(&dir.path().join(STORE_FILE))
        .unwrap()
        .install(&user_pack())
        .unwrap();
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    // A file of the app's own, beside the store.
    let app_file = dir.path().join("app-settings.json");
    std::fs::write(&app_file, "{}").unwrap();
    assert_eq!(ids(&guide, "zyxwv"), ["test-user-record"]);
    let wage_theft = |guide: &Guide| {
        guide
            .topics()
            .unwrap()
            .into_iter()
            .find(|t| t.key == "wage-theft")
            .unwrap()
            .count
    };
    let before = wage_theft(&guide);

    guide.wipe_local_data().unwrap();

    assert!(ids(&guide, "zyxwv").is_empty(), "the user's pack survived");
    assert!(guide.show("test-user-record", &[]).is_err());
    assert_eq!(wage_theft(&guide), before - 1);
    assert_eq!(ids(&guide, "notario")[0], "notario-fraud");
    assert!(
        app_file.exists(),
        "wipe removed a file that is not the guide's"
    );
    // A second guide on the same directory sees the wiped store too.
    let reopened = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    assert!(ids(&reopened, "zyxwv").is_empty());
    // Wiping twice is harmless.
    guide.wipe_local_data().unwrap();
    assert_eq!(ids(&guide, "notario")[0], "notario-fraud");
}

#[test]
fn the_store_is_among_the_local_files() {
    let dir = std::path::Path::new("/data/app");
    let files = local_files(dir);
    assert!(files.contains(&dir.join(STORE_FILE)));
    assert!(files.iter().all(|f| f.starts_with(dir)));
}

#[test]
fn topics_and_categories_are_named_in_the_persons_language_with_counts() {
    let dir = tempfile::tempdir().unwrap();
    let es = Guide::open(dir.path(), vec!["es-MX".into()]).unwrap();
    let topics = es.topics().unwrap();
    let taxonomy = guide_core::taxonomy();
    assert_eq!(topics.len(), taxonomy.topics.len());
    let wage_theft = topics.iter().find(|t| t.key == "wage-theft").unwrap();
    assert_eq!(wage_theft.name, "Robo de salario");
    assert_eq!(wage_theft.lang, "es");
    assert!(!wage_theft.fallback);
    assert!(
        wage_theft.count >= 1,
        "the bundled pack has a wage-theft article"
    );

    let categories = es.categories().unwrap();
    let offices = categories
        .iter()
        .find(|c| c.key == "immigrant-affairs-office")
        .unwrap();
    assert_eq!(offices.name, "Oficina de asuntos de inmigrantes");
    assert!(offices.count >= 1, "the bundled pack lists offices");
    let listings: u64 = categories.iter().map(|c| c.count).sum();
    assert!(listings >= offices.count);

    // Korean has names now; a language the taxonomy lacks (German) falls
    // back to English, marked.
    let topic = |lang: &str| {
        Guide::open(dir.path(), vec![lang.into()])
            .unwrap()
            .topics()
            .unwrap()
            .into_iter()
            .find(|t| t.key == "wage-theft")
            .unwrap()
    };
    let ko = topic("ko");
    assert_eq!(ko.lang, "ko");
    assert!(!ko.fallback);
    let de = topic("de");
    assert_eq!((de.name.as_str(), de.lang.as_str()), ("Wage theft", "en"));
    assert!(de.fallback);
}

#[test]
fn the_guide_serves_ui_strings_for_its_languages() {
    let dir = tempfile::tempdir().unwrap();
    let guide = Guide::open(dir.path(), vec!["ru-RU".into()]).unwrap();
    let strings = guide.strings();
    assert_eq!(strings.chain(), ["ru", "en"]);
    assert_eq!(strings.text("quick-exit").as_deref(), Some("Быстрый выход"));
}

//! Search and show over the bundled default pack, through [`Guide`], as a
//! fresh install sees it.

use guide_core::{Error, Guide, Kind};

fn guide(langs: &[&str]) -> (tempfile::TempDir, Guide) {
    let dir = tempfile::tempdir().unwrap();
    let guide = Guide::open(dir.path(), langs.iter().map(|l| l.to_string()).collect()).unwrap();
    (dir, guide)
}

fn first_id(guide: &Guide, query: &str) -> String {
    guide
        .search(query, &[], 5)
        .unwrap()
        .first()
        .unwrap_or_else(|| panic!("no result for {query:?}"))
        .id
        .clone()
}

#[test]
fn a_fresh_install_answers_from_the_bundled_pack() {
    let (_dir, guide) = guide(&["en"]);
    assert_eq!(
        first_id(&guide, "wage theft"),
        "wage-theft-and-rights-at-work"
    );
    assert_eq!(first_id(&guide, "notario"), "notario-fraud");
}

#[test]
fn spanish_query_finds_the_spanish_text() {
    let (_dir, guide) = guide(&["es"]);
    let hits = guide.search("robo de salario", &[], 5).unwrap();
    let first = &hits[0];
    assert_eq!(first.id, "wage-theft-and-rights-at-work");
    assert_eq!(first.lang, "es");
    assert!(!first.fallback);
    assert!(
        first.title.to_lowercase().contains("robo de salario"),
        "{}",
        first.title
    );
}

#[test]
fn accents_are_optional_in_spanish_queries() {
    let (_dir, guide) = guide(&["es"]);
    let with = guide.search("identificación municipal", &[], 3).unwrap();
    let without = guide.search("identificacion municipal", &[], 3).unwrap();
    assert!(!with.is_empty());
    assert_eq!(with[0].id, without[0].id);
}

#[test]
fn a_language_the_pack_lacks_falls_back_to_english_flagged() {
    // German is not among the pack's languages.
    let (_dir, guide) = guide(&["de"]);
    let hits = guide.search("notario", &[], 3).unwrap();
    assert_eq!(hits[0].lang, "en");
    assert!(hits[0].fallback);
    let view = guide.show("notario-fraud", &[]).unwrap();
    assert_eq!(view.lang, "en");
    assert!(view.fallback);
    // es-MX is Spanish: no fallback flag.
    let view = guide.show("notario-fraud", &["es-MX".to_string()]).unwrap();
    assert_eq!(view.lang, "es");
    assert!(!view.fallback);
}

#[test]
fn listings_are_the_source_documents_offices_without_invented_details() {
    // Issue 12's content: Baltimore's office now states its address, ZIP
    // and phone from the city's own pages, and still no coordinates (no
    // source states them): it is placed at its ZIP area, never exactly.
    let (_dir, guide) = guide(&["en"]);
    let id = "baltimore-md-mayors-office-of-immigrant-and-multicultural-affairs";
    let hits = guide
        .search("Baltimore immigrant affairs office", &[], 5)
        .unwrap();
    assert!(hits.iter().any(|h| h.id == id), "{hits:?}");
    let view = guide.show(id, &[]).unwrap();
    assert!(
        view.text
            .title
            .starts_with("Mayor's Office of Immigrant Affairs (MIMA)"),
        "{}",
        view.text.title
    );
    let guide_core::Details::Listing(listing) = &view.record.details else {
        panic!("a listing")
    };
    assert_eq!(listing.category, "immigrant-affairs-office");
    assert_eq!(listing.established, Some(2013));
    assert_eq!(listing.postal_code.as_deref(), Some("21202"));
    assert!(listing.address.is_some() && listing.phone.is_some());
    assert_eq!((listing.latitude, listing.longitude), (None, None));
    assert_eq!(
        view.placement.map(|p| p.precision),
        Some(guide_core::geo::Precision::AddressZip)
    );
    assert!(
        view.record
            .sources
            .iter()
            .any(|s| s.key == "building-immigrant-friendly-cities")
    );
}

#[test]
fn every_bundled_record_cites_a_source_and_a_verified_date() {
    let pack = guide_core::pack::default_pack().unwrap();
    assert!(
        pack.records
            .iter()
            .filter(|r| r.kind() == Kind::Article)
            .count()
            >= 8
    );
    for record in &pack.records {
        assert!(!record.sources.is_empty(), "{}", record.id);
        assert_eq!(record.verified_on.len(), 10, "{}", record.id);
        for lang in ["en", "es"] {
            assert!(
                record.texts.contains_key(lang),
                "{} lacks {lang}",
                record.id
            );
        }
    }
}

#[test]
fn hostile_queries_are_just_text() {
    let (_dir, guide) = guide(&["en"]);
    let long = "notario ".repeat(1_250);
    let hostile = [
        "\"",
        "*",
        "NEAR(",
        "AND OR NOT",
        "^",
        "-",
        ":",
        "(",
        ")",
        "",
        " ",
        "\"notario",
        "notario*",
        "title:notario",
        "NEAR(notario wage, 2)",
        "{title body}: x",
        "'; DROP TABLE records; --",
        "\0",
        "\u{202e}\u{200b}",
        long.as_str(),
    ];
    for query in hostile {
        let result = guide.search(query, &[], 10);
        assert!(result.is_ok(), "{query:?}: {:?}", result.err());
    }
    assert!(guide.search("AND OR NOT", &[], 10).unwrap().len() < 50);
    // A column filter is only two words: the same results as typing them.
    let ids = |q: &str| -> Vec<String> {
        guide
            .search(q, &[], 10)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    assert_eq!(ids("title:notario"), ids("title notario"));
    assert!(ids("title:notario").contains(&"notario-fraud".to_string()));
    // The store survived all of it.
    assert_eq!(
        first_id(&guide, "wage theft"),
        "wage-theft-and-rights-at-work"
    );
}

#[test]
fn phones_region_tags_reach_the_chinese_scripts() {
    // Phones report zh-TW, zh-HK, zh-CN rather than zh-Hant / zh-Hans.
    for (tag, script) in [
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-MO", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh", "zh-Hans"),
    ] {
        let (_dir, guide) = guide(&[tag]);
        let view = guide.show("notario-fraud", &[]).unwrap();
        assert_eq!(view.lang, script, "{tag}");
        assert!(!view.fallback, "{tag}");
    }
}

#[test]
fn unknown_id_is_not_found() {
    let (_dir, guide) = guide(&["en"]);
    assert!(matches!(
        guide.show("nope", &[]),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn reopening_does_not_reinstall_and_keeps_answering() {
    let dir = tempfile::tempdir().unwrap();
    drop(Guide::open(dir.path(), vec!["en".into()]).unwrap());
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    assert_eq!(first_id(&guide, "notario"), "notario-fraud");
}

/// Every listing of the default pack, shared as SMS in each pack language:
/// each message fits one SMS (160 GSM-7 or 70 UCS-2), and the messages are
/// the short text cut only at the documented boundaries (nothing lost).
#[test]
fn sms_shares_of_every_default_listing_fit_or_split_at_documented_boundaries() {
    use guide_core::share::{Card, ShareFormat, sms::Encoding, text};
    let (_dir, guide) = guide(&["en"]);
    let pack = guide_core::pack::default_pack().unwrap();
    let mut listings = 0;
    let mut single = 0;
    for record in pack.records.iter().filter(|r| r.kind() == Kind::Listing) {
        for lang in &pack.info.languages {
            let languages = vec![lang.clone()];
            let shared = guide
                .share(&record.id, ShareFormat::Sms, &languages)
                .unwrap();
            for message in &shared.messages {
                assert!(
                    Encoding::of(message).fits_one_sms(),
                    "{} ({lang}): {:?} is {:?}",
                    record.id,
                    message,
                    Encoding::of(message)
                );
            }
            let view = guide.show(&record.id, &languages).unwrap();
            let short = text::short(&Card::of(&view, &languages));
            // Nothing lost or reordered: split at line, word or (for a word
            // longer than one message, such as a long URL) character bounds.
            let squeeze = |text: &str| text.split_whitespace().collect::<String>();
            let rejoined: String = shared.messages.iter().map(|m| squeeze(m)).collect();
            assert_eq!(rejoined, squeeze(&short), "{}", record.id);
            assert!(short.contains(&record.verified_on), "{short}");
            single += usize::from(shared.messages.len() == 1);
            listings += 1;
        }
    }
    // Every listing in every pack language was shared.
    let expected: usize = pack
        .records
        .iter()
        .filter(|r| r.kind() == Kind::Listing)
        .count()
        * pack.info.languages.len();
    assert_eq!(listings, expected);
    assert!(listings >= 49 * 15, "{listings}");
    println!("{single} of {listings} SMS shares fit one message");
}

/// Hours and time zones in the default pack evaluate (the source reader can
/// only check their shape; this checks them with the real parser).
#[test]
fn every_default_listing_with_hours_evaluates() {
    let pack = guide_core::pack::default_pack().unwrap();
    for record in &pack.records {
        if let guide_core::Details::Listing(listing) = &record.details
            && let Some(hours) = guide_core::hours::Hours::of(listing)
        {
            hours.unwrap_or_else(|err| panic!("{}: {err}", record.id));
        }
    }
}

#[test]
fn the_bundled_pack_constants_are_its_id_and_version() {
    let pack = guide_core::pack::default_pack().unwrap();
    assert_eq!(guide_core::pack::DEFAULT_PACK_ID, pack.info.pack_id);
    assert_eq!(guide_core::pack::DEFAULT_PACK_VERSION, pack.info.version);
    // A fresh guide installs it, and opening again leaves it as it was.
    let dir = tempfile::tempdir().unwrap();
    drop(guide_core::Guide::open(dir.path(), vec!["en".into()]).unwrap());
    let guide = guide_core::Guide::open(dir.path(), vec!["en".into()]).unwrap();
    let bundled: Vec<_> = guide
        .packs()
        .unwrap()
        .into_iter()
        .filter(|p| p.bundled)
        .collect();
    assert_eq!(bundled.len(), 1);
    assert_eq!(
        bundled[0].pack.version,
        guide_core::pack::DEFAULT_PACK_VERSION
    );
}

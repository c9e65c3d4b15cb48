//! The content rules of the bundled default pack (issue 7), checked on what the
//! app actually ships (`guide_core::pack::default_pack()`):
//!
//! - every listing cites at least one source, every cited source is listed in
//!   `content/SOURCES.md`, and the listing has a valid `verified_on` date;
//! - no listing has an address, phone or coordinates unless it cites a source
//!   whose web address is listed in `content/SOURCES.md`;
//! - every article has a text in each language of `pack.toml`, or the test
//!   prints exactly which (article, language) pairs are missing and how many
//!   (`cargo test -p guide-core --test content_rules -- --nocapture`); only a
//!   missing English or Spanish text fails it, because translation into the
//!   other languages is work in progress.
//!
//! Each rule is a function that returns what it finds wrong. The tests at the
//! end run the same functions on synthetic records (test fixtures, labelled as
//! such, never shipped) to prove that each rule fails on a bad record, so the
//! checks on the real pack cannot pass by checking nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use guide_core::model::{Details, ListingDetails, LocalizedText, Source, Translation};
use guide_core::{Kind, PackContent, PackInfo, Record};

/// The languages whose article texts must exist now; the others are reported.
const REQUIRED_ARTICLE_LANGUAGES: [&str; 2] = ["en", "es"];

/// What `content/SOURCES.md` lists: source keys (first column, in backticks)
/// and every web address written as a `<http…>` link.
#[derive(Debug, Default)]
struct SourcesIndex {
    keys: BTreeSet<String>,
    urls: BTreeSet<String>,
}

fn parse_sources_md(text: &str) -> SourcesIndex {
    let mut index = SourcesIndex::default();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("| `")
            && let Some(end) = rest.find('`')
        {
            index.keys.insert(rest[..end].to_string());
        }
        let mut rest = line;
        while let Some(start) = rest.find("<http") {
            let after = &rest[start + 1..];
            let Some(end) = after.find('>') else { break };
            index.urls.insert(after[..end].to_string());
            rest = &after[end + 1..];
        }
    }
    index
}

fn real_sources_index() -> SourcesIndex {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/SOURCES.md");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    parse_sources_md(&text)
}

fn listings(records: &[Record]) -> impl Iterator<Item = (&Record, &ListingDetails)> {
    records.iter().filter_map(|record| match &record.details {
        Details::Listing(listing) => Some((record, listing)),
        Details::Article(_) => None,
    })
}

fn is_iso_date(text: &str) -> bool {
    text.len() == 10 && text.parse::<jiff::civil::Date>().is_ok()
}

/// Listings that cite no source, cite a source SOURCES.md does not list, or
/// lack a valid `verified_on` date.
fn provenance_violations(records: &[Record], index: &SourcesIndex) -> Vec<String> {
    let mut found = Vec::new();
    for (record, _) in listings(records) {
        if record.sources.is_empty() {
            found.push(format!("{}: cites no source", record.id));
        }
        if !is_iso_date(&record.verified_on) {
            found.push(format!(
                "{}: verified_on {:?} is not a YYYY-MM-DD date",
                record.id, record.verified_on
            ));
        }
        for source in &record.sources {
            if !index.keys.contains(&source.key) {
                found.push(format!(
                    "{}: source `{}` is not listed in content/SOURCES.md",
                    record.id, source.key
                ));
            }
        }
    }
    found
}

/// Listings with an address, phone or coordinates none of whose cited sources
/// has a web address listed in SOURCES.md.
fn contact_detail_violations(records: &[Record], index: &SourcesIndex) -> Vec<String> {
    let mut found = Vec::new();
    for (record, listing) in listings(records) {
        let details: Vec<&str> = [
            ("address", listing.address.is_some()),
            ("phone", listing.phone.is_some()),
            (
                "coordinates",
                listing.latitude.is_some() || listing.longitude.is_some(),
            ),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect();
        if details.is_empty() {
            continue;
        }
        let backed = record
            .sources
            .iter()
            .filter_map(|source| source.url.as_ref())
            .any(|url| index.urls.contains(url));
        if !backed {
            found.push(format!(
                "{}: has {} but cites no source whose address is listed in content/SOURCES.md",
                record.id,
                details.join(", ")
            ));
        }
    }
    found
}

/// (article id, language) for every language of the pack an article lacks.
fn missing_article_texts(pack: &PackContent) -> Vec<(String, String)> {
    let mut missing = Vec::new();
    for record in pack.records.iter().filter(|r| r.kind() == Kind::Article) {
        for lang in &pack.info.languages {
            if !record.texts.contains_key(lang) {
                missing.push((record.id.clone(), lang.clone()));
            }
        }
    }
    missing
}

/// Article ids that lack one of [`REQUIRED_ARTICLE_LANGUAGES`], whatever
/// `pack.toml` lists.
fn missing_required_texts(records: &[Record]) -> Vec<(String, String)> {
    let mut missing = Vec::new();
    for record in records.iter().filter(|r| r.kind() == Kind::Article) {
        for lang in REQUIRED_ARTICLE_LANGUAGES {
            if !record.texts.contains_key(lang) {
                missing.push((record.id.clone(), lang.to_string()));
            }
        }
    }
    missing
}

// ---- The rules on the default pack the app ships.

#[test]
fn every_listing_cites_sources_listed_in_sources_md_and_a_verified_date() {
    let pack = guide_core::pack::default_pack().unwrap();
    let index = real_sources_index();
    assert!(
        index.keys.len() >= 100,
        "SOURCES.md parsed to only {} keys",
        index.keys.len()
    );
    let count = listings(&pack.records).count();
    assert!(count >= 40, "only {count} listings in the default pack");
    let found = provenance_violations(&pack.records, &index);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_address_phone_or_coordinates_without_a_source_in_sources_md() {
    let pack = guide_core::pack::default_pack().unwrap();
    let index = real_sources_index();
    let with_details = listings(&pack.records)
        .filter(|(_, l)| l.address.is_some() || l.phone.is_some() || l.latitude.is_some())
        .count();
    // The rule must have something to check: the pack ships phone numbers.
    assert!(
        with_details >= 5,
        "only {with_details} listings with details"
    );
    let found = contact_detail_violations(&pack.records, &index);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn translation_report_and_every_article_in_english_and_spanish() {
    let pack = guide_core::pack::default_pack().unwrap();
    let articles = pack
        .records
        .iter()
        .filter(|r| r.kind() == Kind::Article)
        .count();
    let missing = missing_article_texts(pack);
    println!(
        "translation report: {} article(s) x {} language(s) in pack.toml ({}): {} (article, language) pair(s) missing",
        articles,
        pack.info.languages.len(),
        pack.info.languages.join(", "),
        missing.len()
    );
    for (article, lang) in &missing {
        println!("  missing: {article} [{lang}]");
    }
    let required = missing_required_texts(&pack.records);
    assert!(
        required.is_empty(),
        "articles without a required language: {required:?}"
    );
}

// ---- The same rules on synthetic fixtures (test data, never shipped), to
// prove each one fails on a bad record.

const FIXTURE_SOURCES_MD: &str = "\
| Key | Title | Publisher | Address | Published | Checked on | Cited by |
|---|---|---|---|---|---|---|
| `listed-with-url` | Fixture | Tests | <https://example.gov/listed> |  | 2026-11-26 | fixture |
| `listed-without-url` | Fixture | Tests | (no address: a document) |  | 2026-11-26 | fixture |
";

fn fixture_source(key: &str, url: Option<&str>) -> Source {
    Source {
        key: key.into(),
        title: "Synthetic test fixture, not real content".into(),
        publisher: "Resident Guide tests".into(),
        url: url.map(str::to_string),
        published: None,
        checked_on: "2026-11-26".into(),
    }
}

fn fixture_text() -> LocalizedText {
    LocalizedText {
        title: "Synthetic fixture".into(),
        summary: String::new(),
        body: String::new(),
        tags: vec![],
        translation: Translation::Original,
        reviewer: None,
    }
}

fn fixture_listing(id: &str, sources: Vec<Source>, listing: ListingDetails) -> Record {
    Record {
        id: id.into(),
        topics: vec![],
        texts: BTreeMap::from([("en".to_string(), fixture_text())]),
        sources,
        verified_on: "2026-11-26".into(),
        expires_on: None,
        details: Details::Listing(ListingDetails {
            category: "hotline".into(),
            ..listing
        }),
    }
}

fn fixture_article(id: &str, langs: &[&str]) -> Record {
    Record {
        id: id.into(),
        topics: vec![],
        texts: langs
            .iter()
            .map(|l| (l.to_string(), fixture_text()))
            .collect(),
        sources: vec![fixture_source(
            "listed-with-url",
            Some("https://example.gov/listed"),
        )],
        verified_on: "2026-11-26".into(),
        expires_on: None,
        details: Details::Article(Default::default()),
    }
}

#[test]
fn sources_md_parsing_finds_keys_and_addresses() {
    let index = parse_sources_md(FIXTURE_SOURCES_MD);
    assert_eq!(
        index.keys,
        BTreeSet::from(["listed-with-url".into(), "listed-without-url".into()])
    );
    assert_eq!(
        index.urls,
        BTreeSet::from(["https://example.gov/listed".to_string()])
    );
}

#[test]
fn the_provenance_rule_fails_on_unsourced_undated_or_unlisted_listings() {
    let index = parse_sources_md(FIXTURE_SOURCES_MD);
    let good = fixture_listing(
        "good",
        vec![fixture_source("listed-without-url", None)],
        ListingDetails::default(),
    );
    let no_source = fixture_listing("no-source", vec![], ListingDetails::default());
    let mut bad_date = good.clone();
    bad_date.id = "bad-date".into();
    bad_date.verified_on = "26/11/2026".into();
    let unlisted = fixture_listing(
        "unlisted",
        vec![fixture_source("not-in-sources-md", None)],
        ListingDetails::default(),
    );
    assert!(provenance_violations(std::slice::from_ref(&good), &index).is_empty());
    let found = provenance_violations(&[good, no_source, bad_date, unlisted], &index);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("no-source: cites no source"));
    assert!(found[1].starts_with("bad-date: verified_on"));
    assert!(found[2].contains("`not-in-sources-md` is not listed"));
}

#[test]
fn the_contact_rule_fails_on_details_without_a_listed_source_address() {
    let index = parse_sources_md(FIXTURE_SOURCES_MD);
    let phone = ListingDetails {
        phone: Some("000-000-0000".into()),
        ..Default::default()
    };
    let backed = fixture_listing(
        "backed",
        vec![
            fixture_source("listed-without-url", None),
            fixture_source("listed-with-url", Some("https://example.gov/listed")),
        ],
        phone.clone(),
    );
    let no_url = fixture_listing(
        "no-url",
        vec![fixture_source("listed-without-url", None)],
        phone,
    );
    let unlisted_url = fixture_listing(
        "unlisted-url",
        vec![fixture_source(
            "listed-with-url",
            Some("https://example.gov/other"),
        )],
        ListingDetails {
            latitude: Some(1.0),
            longitude: Some(2.0),
            address: Some("1 Fixture Street".into()),
            ..Default::default()
        },
    );
    let no_details = fixture_listing(
        "no-details",
        vec![fixture_source("listed-without-url", None)],
        ListingDetails::default(),
    );
    let found = contact_detail_violations(&[backed, no_url, unlisted_url, no_details], &index);
    assert_eq!(
        found,
        vec![
            "no-url: has phone but cites no source whose address is listed in content/SOURCES.md",
            "unlisted-url: has address, coordinates but cites no source whose address is listed in content/SOURCES.md",
        ]
    );
}

#[test]
fn the_translation_rules_name_each_missing_pair() {
    let pack = PackContent {
        info: PackInfo {
            pack_id: "fixture".into(),
            publisher: "Resident Guide tests".into(),
            version: 1,
            source_language: "en".into(),
            languages: vec!["en".into(), "es".into(), "vi".into()],
            area: None,
            expires: None,
        },
        records: vec![
            fixture_article("complete", &["en", "es", "vi"]),
            fixture_article("english-only", &["en"]),
            fixture_listing("a-listing", vec![], ListingDetails::default()),
        ],
    };
    assert_eq!(
        missing_article_texts(&pack),
        vec![
            ("english-only".to_string(), "es".to_string()),
            ("english-only".to_string(), "vi".to_string()),
        ]
    );
    assert_eq!(
        missing_required_texts(&pack.records),
        vec![("english-only".to_string(), "es".to_string())]
    );
}

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
//!   other languages is work in progress;
//! - no cited source's web address is on a host that imitates a government
//!   domain (a `gov` label or an agency name such as `uscis` on a host that
//!   does not end in `.gov` or `.mil`: `usciss.us`, `uscis-gov.org`,
//!   `uscis.gov.example.com`), because such look-alikes copy agency pages
//!   second-hand or fake them;
//! - no source's title or publisher contains a file path (residents see both;
//!   the seed documents are cited by title, publisher and year).
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

/// Agency names that mark a host as posing as a U.S. government site when it
/// is not under `.gov` or `.mil`.
const AGENCY_LABELS: [&str; 10] = [
    "gov", "uscis", "usa", "irs", "dhs", "ice", "cbp", "eoir", "fbi", "ftc",
];

/// The host of an `http(s)` address, lowercased, without user, port or a
/// trailing dot; `None` for anything else.
fn url_host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether `host` looks like a government domain without being one: it does
/// not end in `.gov` or `.mil`, and one of its labels (or a hyphen-separated
/// part of one) is `gov` or an agency name, or contains `uscis` (`usciss`).
/// A foreign government's `gov.<country>` domain (`www.gov.uk`) is not a
/// look-alike unless it also names a U.S. agency.
fn imitates_government_host(host: &str) -> bool {
    if host.ends_with(".gov") || host.ends_with(".mil") {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    // The .us locality namespace's state governments (`dhs.state.il.us`, the
    // Illinois Department of Human Services' older domain) are government hosts.
    if let [.., "state", st, "us"] = labels.as_slice()
        && st.len() == 2
    {
        return false;
    }
    let foreign_gov = labels.len() >= 2
        && labels[labels.len() - 2] == "gov"
        && labels[labels.len() - 1].len() == 2;
    labels
        .iter()
        .flat_map(|label| label.split(['-', '_']))
        .any(|part| {
            (part == "gov" && !foreign_gov)
                || (part != "gov" && AGENCY_LABELS.contains(&part))
                || part.contains("uscis")
        })
}

/// Cited sources whose web address is on a host that imitates a government
/// domain, one line per (record, source).
fn lookalike_government_sources(records: &[Record]) -> Vec<String> {
    let mut found = Vec::new();
    for record in records {
        for source in &record.sources {
            let Some(host) = source.url.as_deref().and_then(url_host) else {
                continue;
            };
            if imitates_government_host(&host) {
                found.push(format!(
                    "{}: source `{}` is on {host}, which imitates a government domain \
                     but does not end in .gov or .mil",
                    record.id, source.key
                ));
            }
        }
    }
    found
}

/// File extensions that make a slash-separated word a file path.
const FILE_EXTENSIONS: [&str; 11] = [
    "txt", "md", "toml", "rs", "json", "csv", "pdf", "ftl", "html", "htm", "docx",
];

/// Whether `text` contains a file path: an absolute or home-relative path, a
/// backslash path, the seed folder, or a word with a slash whose last part has
/// a file extension (`shared/seeds/002_x.txt`). Web addresses (`…://…`) and
/// plain slashes (`Clerk/Auditor`, `consumerfinance.gov/complaint`) are not.
fn contains_file_path(text: &str) -> bool {
    if text.contains("shared/seeds") {
        return true;
    }
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| "()[]{}\"',;:".contains(c));
        if word.contains("://") {
            return false;
        }
        if (word.starts_with('/') && word.len() > 1)
            || word.starts_with("~/")
            || word.starts_with("./")
            || word.contains('\\')
        {
            return true;
        }
        word.contains('/')
            && word
                .rsplit('/')
                .next()
                .and_then(|last| last.rsplit_once('.'))
                .is_some_and(|(stem, ext)| {
                    !stem.is_empty() && FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
                })
    })
}

/// Cited sources whose title or publisher contains a file path.
fn file_paths_in_source_names(records: &[Record]) -> Vec<String> {
    let mut found = Vec::new();
    for record in records {
        for source in &record.sources {
            for (field, text) in [("title", &source.title), ("publisher", &source.publisher)] {
                if contains_file_path(text) {
                    found.push(format!(
                        "{}: source `{}` has a file path in its {field}: {text:?}",
                        record.id, source.key
                    ));
                }
            }
        }
    }
    found
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

#[test]
fn no_cited_source_is_on_a_host_that_imitates_a_government_domain() {
    let pack = guide_core::pack::default_pack().unwrap();
    // The rule must have addresses to look at, genuine .gov ones among them.
    let gov_hosts = pack
        .records
        .iter()
        .flat_map(|r| &r.sources)
        .filter_map(|s| s.url.as_deref().and_then(url_host))
        .filter(|host| host.ends_with(".gov"))
        .count();
    assert!(gov_hosts >= 20, "only {gov_hosts} cited .gov addresses");
    let found = lookalike_government_sources(&pack.records);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_source_title_or_publisher_names_a_file_path() {
    let pack = guide_core::pack::default_pack().unwrap();
    let sources = pack.records.iter().flat_map(|r| &r.sources).count();
    assert!(sources >= 100, "only {sources} cited sources");
    let found = file_paths_in_source_names(&pack.records);
    assert!(found.is_empty(), "{}", found.join("\n"));
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

#[test]
fn url_hosts_are_lowercased_without_user_port_or_trailing_dot() {
    assert_eq!(
        url_host("https://user@USCIS.gov.Example.com:443/x?y#z").as_deref(),
        Some("uscis.gov.example.com")
    );
    assert_eq!(
        url_host("https://immigration.com./x").as_deref(),
        Some("immigration.com")
    );
    assert_eq!(
        url_host("http://www.uscis.gov").as_deref(),
        Some("www.uscis.gov")
    );
    assert_eq!(url_host("mailto:someone@example.org"), None);
}

#[test]
fn the_lookalike_rule_fails_on_hosts_that_imitate_government_domains() {
    let cite = |id: &str, url: &str| Record {
        sources: vec![fixture_source(id, Some(url))],
        ..fixture_article(id, &["en"])
    };
    let records = [
        cite("genuine-uscis", "https://www.uscis.gov/i-912"),
        cite("genuine-navy", "https://www.doncio.navy.mil/chips"),
        cite("city-domain", "https://sfgov.org/countyclerk"),
        cite("foreign-government", "https://www.gov.uk/browse"),
        cite("state-locality", "http://www.dhs.state.il.us/page.aspx"),
        cite("justice-in-a-word", "https://www.justiceforall.org/"),
        cite("subdomain-trick", "https://uscis.gov.example.com/forms"),
        cite("extra-letter", "https://usciss.us/citizenship/page.html"),
        cite("hyphenated", "http://uscis-gov.org/"),
        cite("agency-label", "https://irs.refund-help.com/"),
        cite(
            "vendor-staging-copy",
            "https://beta.baltimorecity.gov.ifsight.net/mima",
        ),
        cite("fake-locality", "https://uscis.state.example.com/"),
    ];
    let found = lookalike_government_sources(&records);
    let flagged: Vec<&str> = found
        .iter()
        .map(|line| line.split(':').next().unwrap())
        .collect();
    assert_eq!(
        flagged,
        vec![
            "subdomain-trick",
            "extra-letter",
            "hyphenated",
            "agency-label",
            "vendor-staging-copy",
            "fake-locality"
        ]
    );
    assert!(found[1].contains("usciss.us, which imitates a government domain"));
}

#[test]
fn the_file_path_rule_fails_on_titles_or_publishers_with_paths() {
    let named = |id: &str, title: &str, publisher: &str| Record {
        sources: vec![Source {
            title: title.into(),
            publisher: publisher.into(),
            ..fixture_source(id, None)
        }],
        ..fixture_article(id, &["en"])
    };
    let records = [
        named("plain", "Passengers / Pasajero", "City Clerk/Auditor"),
        named(
            "address-in-title",
            "Submit at consumerfinance.gov/complaint",
            "CFPB",
        ),
        named(
            "url-in-title",
            "Copy at https://example.org/a/report.pdf",
            "Tests",
        ),
        named(
            "seed-path",
            "Report",
            "Seed documents (shared/seeds/002_ac00.txt)",
        ),
        named("absolute-path", "/work/shared/report.pdf", "Tests"),
        named("relative-file", "Notes in content/notes.md", "Tests"),
    ];
    let found = file_paths_in_source_names(&records);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("seed-path: source `seed-path` has a file path in its publisher"));
    assert!(
        found[1].starts_with("absolute-path: source `absolute-path` has a file path in its title")
    );
    assert!(found[2].starts_with("relative-file:"));
}

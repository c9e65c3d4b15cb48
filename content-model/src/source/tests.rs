//! Tests of the content-source reader: what a city editor gets wrong, and
//! that the message names the file and line to fix.

use std::fs;
use std::path::Path;

use super::*;
use crate::model::{Access, Accreditation, CaseType, Cost, Details, Translation};

const TAXONOMY: &str = r#"
[categories.legal-clinic]
names = { en = "Legal clinic" }
[topics.wage-theft]
names = { en = "Wage theft" }
"#;

/// Writes a small valid pack into `root`.
fn write_valid_pack(root: &Path) {
    fs::create_dir_all(root.join("articles/pay")).unwrap();
    fs::create_dir_all(root.join("listings")).unwrap();
    fs::write(
        root.join("pack.toml"),
        "pack_id = \"test-pack\"\npublisher = \"Test\"\nversion = 3\nsource_language = \"en\"\nlanguages = [\"en\", \"es\"]\n",
    )
    .unwrap();
    fs::write(
        root.join("sources.toml"),
        "[dol]\ntitle = \"Wages\"\npublisher = \"DOL\"\nurl = \"https://www.dol.gov/\"\nchecked_on = 2026-11-01\n",
    )
    .unwrap();
    fs::write(
        root.join("articles/pay/article.toml"),
        "topics = [\"wage-theft\"]\nverified_on = 2026-11-02\nsources = [\"dol\"]\n",
    )
    .unwrap();
    fs::write(
        root.join("articles/pay/en.md"),
        "+++\ntitle = \"Get paid\"\nsummary = \"Pay.\"\ntags = [\"wages\"]\ntranslation = \"original\"\n+++\nBody **text**.\n",
    )
    .unwrap();
    fs::write(
        root.join("articles/pay/es.md"),
        "+++\ntitle = \"Cobrar\"\nsummary = \"Pago.\"\ntranslation = \"reviewed\"\nreviewer = \"A. Reviewer\"\n+++\nTexto.\n",
    )
    .unwrap();
    fs::write(
        root.join("listings/clinics.toml"),
        "[[listing]]\nid = \"clinic-one\"\ncategory = \"legal-clinic\"\nname = { en = \"Clinic One\" }\nlatitude = 39.29\nlongitude = -76.61\nsources = [\"dol\"]\nverified_on = 2026-11-03\n",
    )
    .unwrap();
}

fn read(root: &Path) -> Result<PackContent, SourceError> {
    read_pack_dir(root, &Taxonomy::parse(TAXONOMY).unwrap())
}

/// Replaces `from` with `to` in one file of the pack.
fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    fs::write(path, text.replace(from, to)).unwrap();
}

#[test]
fn a_valid_pack_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    let pack = read(dir.path()).unwrap();
    assert_eq!(pack.info.pack_id, "test-pack");
    assert_eq!(pack.info.version, 3);
    assert_eq!(pack.records.len(), 2);

    let article = &pack.records[0];
    assert_eq!(article.id, "pay");
    assert_eq!(article.kind(), crate::model::Kind::Article);
    assert_eq!(article.verified_on, "2026-11-02");
    assert_eq!(article.texts["en"].body, "Body **text**.");
    assert_eq!(article.texts["es"].reviewer.as_deref(), Some("A. Reviewer"));
    assert_eq!(
        article.sources[0].url.as_deref(),
        Some("https://www.dol.gov/")
    );
    assert_eq!(article.sources[0].checked_on, "2026-11-01");

    let listing = &pack.records[1];
    assert_eq!(listing.category(), Some("legal-clinic"));
    assert_eq!(listing.texts["en"].translation, Translation::Original);
}

#[test]
fn unknown_topic_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    edit(
        dir.path(),
        "articles/pay/article.toml",
        "[\"wage-theft\"]",
        "[\"wage-theft\", \"wage-thief\"]",
    );
    let err = read(dir.path()).unwrap_err();
    assert!(err.file.ends_with("articles/pay/article.toml"), "{err}");
    assert_eq!(err.line, Some(1), "{err}");
    assert!(err.message.contains("unknown topic `wage-thief`"), "{err}");
}

#[test]
fn unknown_category_points_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    edit(
        dir.path(),
        "listings/clinics.toml",
        "\"legal-clinic\"",
        "\"legal-clinc\"",
    );
    let err = read(dir.path()).unwrap_err();
    assert_eq!(err.line, Some(3), "{err}");
    assert!(
        err.to_string()
            .contains("clinics.toml:3: unknown category `legal-clinc`"),
        "{err}"
    );
}

#[test]
fn toml_syntax_error_in_front_matter_counts_the_fence_line() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    // Line 3 of es.md (the fence is line 1, title line 2).
    edit(
        dir.path(),
        "articles/pay/es.md",
        "summary = \"Pago.\"",
        "summary = Pago.",
    );
    let err = read(dir.path()).unwrap_err();
    assert!(err.file.ends_with("articles/pay/es.md"), "{err}");
    assert_eq!(err.line, Some(3), "{err}");
}

#[test]
fn unclosed_front_matter_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    fs::write(
        dir.path().join("articles/pay/es.md"),
        "+++\ntitle = \"x\"\nbody",
    )
    .unwrap();
    let err = read(dir.path()).unwrap_err();
    assert!(err.message.contains("not closed"), "{err}");
}

#[test]
fn an_undefined_source_and_an_uncited_source_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    edit(
        dir.path(),
        "listings/clinics.toml",
        "sources = [\"dol\"]",
        "sources = [\"dol\", \"nobody\"]",
    );
    let err = read(dir.path()).unwrap_err();
    assert!(
        err.message.contains("source `nobody` is not defined"),
        "{err}"
    );
    assert_eq!(err.line, Some(7), "{err}");

    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    let mut sources = fs::read_to_string(dir.path().join("sources.toml")).unwrap();
    sources.push_str("[unused]\ntitle = \"u\"\npublisher = \"u\"\nchecked_on = 2026-01-01\n");
    fs::write(dir.path().join("sources.toml"), sources).unwrap();
    let err = read(dir.path()).unwrap_err();
    assert!(err.message.contains("cited by no record"), "{err}");
}

#[test]
fn duplicate_ids_name_the_first_file() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    edit(
        dir.path(),
        "listings/clinics.toml",
        "id = \"clinic-one\"",
        "id = \"pay\"",
    );
    let err = read(dir.path()).unwrap_err();
    assert!(err.message.contains("already used in"), "{err}");
    assert!(err.message.contains("article.toml"), "{err}");
}

#[test]
fn bad_values_are_refused_with_their_line() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "articles/pay/article.toml",
            "verified_on = 2026-11-02",
            "verified_on = 2026-11-02T10:00:00",
            "date without time",
        ),
        (
            "articles/pay/article.toml",
            "verified_on = 2026-11-02",
            "verified_on = \"yesterday\"",
            "expected",
        ),
        (
            "listings/clinics.toml",
            "longitude = -76.61\n",
            "",
            "both latitude and longitude",
        ),
        (
            "listings/clinics.toml",
            "latitude = 39.29",
            "latitude = 139.29",
            "out of range",
        ),
        (
            "listings/clinics.toml",
            "id = \"clinic-one\"",
            "id = \"Clinic One\"",
            "not a valid id",
        ),
        (
            "articles/pay/es.md",
            "translation = \"reviewed\"",
            "translation = \"machine\"",
            "unknown variant",
        ),
        (
            "articles/pay/es.md",
            "reviewer = \"A. Reviewer\"\n",
            "",
            "reviewer",
        ),
        (
            "pack.toml",
            "languages = [\"en\", \"es\"]",
            "languages = [\"en\"]",
            "not listed in pack.toml",
        ),
        (
            "sources.toml",
            "https://www.dol.gov/",
            "www.dol.gov",
            "url must start",
        ),
    ];
    for (file, from, to, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        write_valid_pack(dir.path());
        edit(dir.path(), file, from, to);
        let err = read(dir.path()).expect_err(&format!("{file}: {to:?} should be refused"));
        assert!(err.to_string().contains(expected), "{file}: {err}");
    }
}

#[test]
fn a_record_without_source_language_text_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    fs::remove_file(dir.path().join("articles/pay/en.md")).unwrap();
    let err = read(dir.path()).unwrap_err();
    assert!(err.message.contains("source language `en`"), "{err}");
}

/// Appends lines to the fixture clinic's `[[listing]]` table.
fn add_to_clinic(root: &Path, lines: &str) {
    edit(
        root,
        "listings/clinics.toml",
        "sources = [\"dol\"]",
        &format!("{lines}\nsources = [\"dol\"]"),
    );
}

#[test]
fn directory_fields_are_read() {
    let dir = tempfile::tempdir().unwrap();
    write_valid_pack(dir.path());
    add_to_clinic(
        dir.path(),
        "languages_spoken = [\"es\", \"zh-Hant\"]\ncost = \"sliding-scale\"\ncase_types = [\"asylum\", \"u-visa\"]\naccreditation = [\"attorney\"]\nwheelchair_access = true\naccess = [\"walk-in\"]\nopening_hours = \"Mo-Fr 09:00-17:00; PH off\"\ntime_zone = \"America/New_York\"\nservice_area = { zips = [\"21202\"], counties = [\"24510\"], polygon = [[39.0, -77.0], [39.5, -77.0], [39.5, -76.0]] }",
    );
    let pack = read(dir.path()).unwrap();
    let Details::Listing(listing) = &pack.records[1].details else {
        panic!("not a listing")
    };
    assert_eq!(listing.languages_spoken, ["es", "zh-Hant"]);
    assert_eq!(listing.cost, Some(Cost::SlidingScale));
    assert_eq!(listing.case_types, [CaseType::Asylum, CaseType::UVisa]);
    assert_eq!(listing.accreditation, [Accreditation::Attorney]);
    assert_eq!(listing.wheelchair_access, Some(true));
    assert_eq!(listing.access, [Access::WalkIn]);
    assert_eq!(
        listing.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-17:00; PH off")
    );
    let area = listing.service_area.as_ref().unwrap();
    assert_eq!(
        (area.zips.len(), area.counties.len(), area.polygon.len()),
        (1, 1, 3)
    );
}

#[test]
fn directory_field_mistakes_name_the_line() {
    // The clinic's `sources` line is line 7 of listings/clinics.toml before the edit,
    // so an added field lands on line 7.
    for (line, expected) in [
        ("cost = \"cheap\"", "unknown variant `cheap`"),
        (
            "case_types = [\"deportation\"]",
            "unknown variant `deportation`",
        ),
        ("languages_spoken = [\"Spanish\"]", "not a language tag"),
        ("opening_hours = \"Mo-Fr 09:00-17:00\"", "needs a time_zone"),
        ("time_zone = \"Eastern\"", "not an IANA zone"),
        ("service_area = { zips = [\"2120\"] }", "five-digit ZIP"),
        (
            "service_area = { counties = [\"Baltimore\"] }",
            "county FIPS",
        ),
        (
            "service_area = { polygon = [[39.0, -77.0], [39.5, -77.0]] }",
            "three",
        ),
        (
            "service_area = { polygon = [[39.0, -77.0], [39.5, -77.0], [95.0, -76.0]] }",
            "out of range",
        ),
        (
            "service_area = {}",
            "give zips, counties, states, a polygon",
        ),
        (
            "service_area = { states = [\"Maryland\"] }",
            "two-letter state code",
        ),
        ("postal_code = \"2120\"", "five-digit ZIP code"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        write_valid_pack(dir.path());
        add_to_clinic(dir.path(), line);
        let err = read(dir.path()).unwrap_err();
        assert!(err.message.contains(expected), "{line}: {err}");
        assert!(err.file.ends_with("listings/clinics.toml"), "{line}: {err}");
        assert_eq!(err.line, Some(7), "{line}: {err}");
    }
}

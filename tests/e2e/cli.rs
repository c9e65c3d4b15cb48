//! End-to-end: the built `guide` binary against a temporary data directory,
//! checking the CLI contract other tools rely on.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn guide(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guide"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("GUIDE_DATA_DIR")
        .output()
        .expect("the guide binary runs")
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "exit {:?}, stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is not one JSON object ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn first_result(data_dir: &Path, args: &[&str]) -> Value {
    let value = json(&guide(data_dir, args));
    value["results"][0].clone()
}

#[test]
fn acceptance_queries_rank_the_right_article_first() {
    let dir = tempfile::tempdir().unwrap();
    let hit = first_result(dir.path(), &["search", "wage theft", "--json"]);
    assert_eq!(hit["id"], "wage-theft-and-rights-at-work");
    assert_eq!(hit["topics"][0], "wage-theft");

    let hit = first_result(
        dir.path(),
        &["search", "robo de salario", "--lang", "es", "--json"],
    );
    assert_eq!(hit["id"], "wage-theft-and-rights-at-work");
    assert_eq!(hit["lang"], "es");
    assert_eq!(hit["fallback"], false);

    let hit = first_result(dir.path(), &["search", "notario", "--json"]);
    assert_eq!(hit["id"], "notario-fraud");
}

#[test]
fn search_json_has_the_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let value = json(&guide(
        dir.path(),
        &["search", "notario", "--json", "--limit", "3"],
    ));
    assert_eq!(value["query"], "notario");
    assert!(value["took_ms"].as_f64().is_some_and(|ms| ms >= 0.0));
    let results = value["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 3);
    for result in results {
        for key in [
            "id", "kind", "title", "lang", "fallback", "topics", "category", "snippet", "pack",
        ] {
            assert!(result.get(key).is_some(), "missing {key} in {result}");
        }
        assert!(matches!(
            result["kind"].as_str(),
            Some("article" | "listing")
        ));
        assert_eq!(result["pack"], "us-default");
    }
}

#[test]
fn hostile_and_empty_queries_exit_zero_without_a_trace() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(10_000);
    for query in [
        "\"",
        "*",
        "NEAR(",
        "AND OR NOT",
        "^",
        "-",
        ":",
        "(",
        "",
        long.as_str(),
    ] {
        let output = guide(dir.path(), &["search", query, "--json"]);
        let value = json(&output);
        assert!(value["results"].is_array(), "{query:?}");
        assert!(
            output.stderr.is_empty(),
            "{query:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn nothing_found_is_exit_zero_and_an_empty_list() {
    let dir = tempfile::tempdir().unwrap();
    let value = json(&guide(dir.path(), &["search", "zzqqxxjj", "--json"]));
    assert_eq!(value["results"], Value::Array(vec![]));
    let output = guide(dir.path(), &["search", "zzqqxxjj"]);
    assert!(output.status.success());
}

#[test]
fn bad_arguments_exit_two_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["search"],
        vec!["search", "x", "--limit", "many"],
        vec!["frobnicate"],
        vec!["show"],
        vec!["search", "x", "--no-such-flag"],
    ] {
        let output = guide(dir.path(), &args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn show_prints_the_record_in_the_requested_language() {
    let dir = tempfile::tempdir().unwrap();
    let value = json(&guide(
        dir.path(),
        &["show", "notario-fraud", "--lang", "es", "--json"],
    ));
    assert_eq!(value["id"], "notario-fraud");
    assert_eq!(value["lang"], "es");
    assert!(value["body"].as_str().unwrap().len() > 200);
    assert!(!value["sources"].as_array().unwrap().is_empty());
    assert_eq!(value["verified_on"].as_str().unwrap().len(), 10);

    let text = guide(dir.path(), &["show", "notario-fraud"]);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("Sources:"));
}

#[test]
fn show_of_an_unknown_id_fails_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let output = guide(dir.path(), &["show", "no-such-record"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no-such-record"));
}

#[test]
fn the_data_dir_comes_from_the_environment_when_not_given() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_guide"))
        .args(["search", "notario", "--json"])
        .env("GUIDE_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(dir.path().join("guide.sqlite3").exists());
}

// ---- The directory: nearby, filters on search, share (issue 5) ----

use guide_core::testing::fixtures;

mod directory {

    use std::path::Path;

    use guide_core::Record;
    use guide_core::model::{Cost, Details, ListingDetails, LocalizedText};
    use guide_core::store::Store;
    use guide_core::testing::StoreExt;
    use serde_json::Value;

    use super::{fixtures, guide, json};

    /// The 2021 Census ZCTA internal point of 21202 (as bundled).
    const ZIP_21202: (f64, f64) = (39.2974, -76.6077);

    /// Kilometres per degree of latitude at 39.3°N on WGS 84, by hand:
    /// M = a(1 - e²) / (1 - e² sin²φ)^1.5 = 6 361 036 m per radian.
    const KM_PER_DEGREE_LAT: f64 = 111.0205;

    /// A synthetic legal clinic due north of 21202's centroid (not content).
    fn clinic(id: &str, name: &str, north_degrees: f64, cost: Cost) -> Record {
        let text = LocalizedText {
            tags: vec!["clinic".into()],
            ..fixtures::text(
                &format!("{name} (fixture)"),
                "Synthetic test listing; not a real service.",
                "",
            )
        };
        fixtures::english_record(
            id,
            &["legal-help"],
            text,
            Details::Listing(ListingDetails {
                category: "legal-clinic".into(),
                city: Some("Baltimore".into()),
                region: Some("MD".into()),
                country: Some("US".into()),
                address: Some("1 Fixture Way".into()),
                // 555-01xx numbers are reserved for fiction.
                phone: Some("(410) 555-0100".into()),
                latitude: Some(ZIP_21202.0 + north_degrees),
                longitude: Some(ZIP_21202.1),
                cost: Some(cost),
                opening_hours: Some("Mo-Fr 09:00-17:00; PH off".into()),
                time_zone: Some("America/New_York".into()),
                ..Default::default()
            }),
        )
    }

    fn install_fixtures(data_dir: &Path) {
        let pack = fixtures::english_pack(
            "test-fixtures",
            vec![
                clinic("fixture-clinic-c", "Test Clinic C", 0.05, Cost::Free),
                clinic(
                    "fixture-clinic-a",
                    "Test Clinic A",
                    0.01,
                    Cost::SlidingScale,
                ),
                clinic("fixture-clinic-b", "Test Clinic B", 0.02, Cost::Free),
            ],
        );
        let mut store = Store::open(&data_dir.join("guide.sqlite3")).unwrap();
        store.install(&pack).unwrap();
    }

    fn ids(value: &Value) -> Vec<&str> {
        value["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect()
    }

    /// The ids of `value["results"]` from the fixture pack (the bundled
    /// pack's real listings near 21202 are placed too, issue 12).
    fn fixture_ids(value: &Value) -> Vec<&str> {
        ids(value)
            .into_iter()
            .filter(|id| id.starts_with("fixture-"))
            .collect()
    }

    #[test]
    fn nearby_zip_on_the_default_pack_is_one_object_nearest_first_with_precision() {
        // Issue 12: `nearby --json` prints one object: the place, the local
        // results nearest first (each with its distance and precision), then
        // the listings serving the area, the state and the country.
        let dir = tempfile::tempdir().unwrap();
        let value = json(&guide(
            dir.path(),
            &[
                "nearby",
                "--zip",
                "21202",
                "--category",
                "legal-clinic",
                "--json",
            ],
        ));
        assert_eq!(value["place"]["zip"], "21202");
        assert_eq!(value["place"]["state"], "MD");
        for key in ["results", "serving", "statewide", "national"] {
            assert!(value[key].is_array(), "{key}: {value}");
        }
        let mut last = 0.0;
        for result in value["results"].as_array().unwrap() {
            assert_eq!(result["category"], "legal-clinic");
            let km = result["distance_km"].as_f64().unwrap();
            assert!(km >= last, "{value}");
            last = km;
            assert!(
                ["exact", "address-zip", "zip", "city"]
                    .contains(&result["precision"].as_str().unwrap()),
                "{result}"
            );
        }
    }

    #[test]
    fn nearby_zip_orders_fixture_clinics_by_distance() {
        let dir = tempfile::tempdir().unwrap();
        install_fixtures(dir.path());
        let value = json(&guide(
            dir.path(),
            &[
                "nearby",
                "--zip",
                "21202",
                "--category",
                "legal-clinic",
                "--json",
            ],
        ));
        assert_eq!(
            fixture_ids(&value),
            ["fixture-clinic-a", "fixture-clinic-b", "fixture-clinic-c"]
        );
        for (result, degrees) in value["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["id"].as_str().unwrap().starts_with("fixture-"))
            .zip([0.01, 0.02, 0.05])
        {
            let km = result["distance_km"].as_f64().unwrap();
            let expected = degrees * KM_PER_DEGREE_LAT;
            assert!((km - expected).abs() < 0.005, "{km} vs {expected}");
            assert_eq!(result["verified_on"], "2026-11-26");
            assert!(result["open_now"].is_boolean());
            assert_eq!(result["serves_area"], false);
            assert_eq!(result["precision"], "exact");
            assert_eq!(result["exact_location"], true);
        }
        // Filters: only free clinics, and a radius that leaves out C (5.55 km).
        let value = json(&guide(
            dir.path(),
            &[
                "nearby",
                "--zip",
                "21202",
                "--free",
                "--radius-km",
                "3",
                "--json",
            ],
        ));
        assert_eq!(fixture_ids(&value), ["fixture-clinic-b"]);
        // The same by point, by ZIP and by city name (with or without its state).
        for near in [
            &["--near", "39.2974,-76.6077"][..],
            &["--near", "21202"],
            &["--near", "Baltimore, MD"],
            &["--city", "Baltimore, MD"],
            &["--city", "Baltimore"],
        ] {
            let mut args = vec!["nearby", "--json"];
            args.extend_from_slice(near);
            let found = json(&guide(dir.path(), &args));
            assert_eq!(fixture_ids(&found).len(), 3, "{near:?}: {found}");
        }
    }

    #[test]
    fn an_unknown_zip_or_city_fails_with_one_line_that_does_not_repeat_it() {
        let dir = tempfile::tempdir().unwrap();
        // Issue 12: `--near` takes a ZIP or a city too, so a word that is
        // no place is an unknown place (exit 1), no longer a usage error.
        for args in [
            ["nearby", "--zip", "99999", "--json"],
            ["nearby", "--city", "Nowhereville, MD", "--json"],
            ["nearby", "--near", "north", "--json"],
        ] {
            let output = guide(dir.path(), &args);
            assert_eq!(output.status.code(), Some(1), "{args:?}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
            assert!(stderr.contains("unknown"), "{stderr}");
            assert!(
                !stderr.contains("99999")
                    && !stderr.contains("Nowhereville")
                    && !stderr.contains("north"),
                "{stderr}"
            );
            assert!(output.stdout.is_empty());
        }
        // A name several large cities share: exit 1, one line with the choices.
        let output = guide(dir.path(), &["nearby", "--city", "Springfield"]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        for choice in ["Springfield, IL", "Springfield, MA", "Springfield, MO"] {
            assert!(stderr.contains(choice), "{stderr}");
        }
        // Malformed places and a missing place are usage errors (exit 2).
        for args in [
            vec!["nearby", "--zip", "2120"],
            vec!["nearby"],
            vec!["nearby", "--zip", "21202", "--near", "39,-76"],
            vec!["search", "x", "--cost", "cheap"],
        ] {
            let output = guide(dir.path(), &args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
        }
    }

    /// A fixture pack for issue 12's acceptance (synthetic, never shipped):
    /// a Spanish-speaking free clinic placed by address and ZIP near 21202,
    /// one far away in Chicago, a national hotline, and an article whose
    /// related categories name legal clinics and hotlines.
    fn install_help_fixtures(data_dir: &Path) {
        use guide_core::model::{ArticleDetails, ServiceArea};
        let clinic = |id: &str, zip: &str, city: &str, region: &str| {
            fixtures::record(
                id,
                &["legal-help"],
                vec![
                    (
                        "en",
                        fixtures::text(
                            "Fixture Free Legal Clinic (synthetic)",
                            "Synthetic test listing: free immigration lawyers.",
                            "",
                        ),
                    ),
                    (
                        "es",
                        fixtures::text(
                            "Clínica legal gratuita de prueba (ficticia)",
                            "Listado ficticio de prueba: abogados de inmigración gratis.",
                            "",
                        ),
                    ),
                ],
                Details::Listing(ListingDetails {
                    category: "legal-clinic".into(),
                    city: Some(city.into()),
                    region: Some(region.into()),
                    country: Some("US".into()),
                    address: Some("1 Fixture Way".into()),
                    postal_code: Some(zip.into()),
                    cost: Some(Cost::Free),
                    languages_spoken: vec!["es".into(), "en".into()],
                    ..Default::default()
                }),
            )
        };
        let hotline = fixtures::record(
            "fixture-national-hotline",
            &["legal-help"],
            vec![(
                "en",
                fixtures::text("Fixture National Hotline (synthetic)", "Synthetic.", ""),
            )],
            Details::Listing(ListingDetails {
                category: "hotline".into(),
                country: Some("US".into()),
                service_area: Some(ServiceArea {
                    nationwide: true,
                    ..Default::default()
                }),
                ..Default::default()
            }),
        );
        let mut warning = fixtures::record(
            "fixture-warning",
            &["notario-fraud"],
            vec![
                (
                    "en",
                    fixtures::text(
                        "Fixture warning (synthetic)",
                        "Synthetic article.",
                        "## Heading\n\nSee **this** [page](https://example.org/fixture).",
                    ),
                ),
                (
                    "es",
                    fixtures::text(
                        "Advertencia de prueba (ficticia)",
                        "Artículo ficticio.",
                        "## Título\n\nVea **esto** [página](https://example.org/fixture).",
                    ),
                ),
            ],
            Details::Article(ArticleDetails {
                related_categories: vec!["legal-clinic".into(), "hotline".into()],
                ..Default::default()
            }),
        );
        // A fast-changing topic: due again 30 days after it was checked.
        warning.expires_on = Some("2026-12-26".into());
        let pack = fixtures::english_pack(
            "test-help-fixtures",
            vec![
                clinic("fixture-clinic-baltimore", "21201", "Baltimore", "MD"),
                clinic("fixture-clinic-chicago", "60601", "Chicago", "IL"),
                hotline,
                warning,
            ],
        );
        let mut store = Store::open(&data_dir.join("guide.sqlite3")).unwrap();
        store.install(&pack).unwrap();
    }

    #[test]
    fn a_spanish_near_me_search_puts_local_legal_help_first_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        install_help_fixtures(dir.path());
        let value = json(&guide(
            dir.path(),
            &[
                "search",
                "abogado gratis cerca de mi",
                "--lang",
                "es",
                "--near",
                "21202",
                "--json",
            ],
        ));
        assert_eq!(value["place"]["zip"], "21202");
        assert_eq!(value["place"]["source"], "given");
        assert_eq!(value["near_me_unset"], false);
        let top3: Vec<&str> = ids(&value).into_iter().take(3).collect();
        assert!(top3.contains(&"fixture-clinic-baltimore"), "{value}");
        let baltimore = value["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "fixture-clinic-baltimore")
            .unwrap();
        assert_eq!(baltimore["precision"], "address-zip");
        assert!(baltimore["distance_km"].as_f64().unwrap() < 5.0);
        // The place words do not weigh on the text: with no place known the
        // results are those of the query without them.
        let stripped = json(&guide(
            dir.path(),
            &["search", "abogado gratis", "--lang", "es", "--json"],
        ));
        let near_me = json(&guide(
            dir.path(),
            &[
                "search",
                "abogado gratis cerca de mí",
                "--lang",
                "es",
                "--json",
            ],
        ));
        assert_eq!(ids(&near_me), ids(&stripped));
        assert_eq!(near_me["near_me_unset"], true);
        assert_eq!(near_me["place"], Value::Null);
        // A place named in the query.
        let named = json(&guide(
            dir.path(),
            &[
                "search",
                "abogado gratis en Chicago",
                "--lang",
                "es",
                "--json",
            ],
        ));
        assert_eq!(named["place"]["source"], "query");
        assert_eq!(named["place"]["state"], "IL");
        // The first result is local help in Chicago (the fixture or a real clinic).
        assert_eq!(named["results"][0]["category"], "legal-clinic", "{named}");
        assert!(
            named["results"][0]["distance_km"].as_f64().unwrap() < 25.0,
            "{named}"
        );
        let found = ids(&named);
        let chicago = found.iter().position(|id| *id == "fixture-clinic-chicago");
        let baltimore = found
            .iter()
            .position(|id| *id == "fixture-clinic-baltimore");
        assert!(
            chicago.is_some_and(|c| baltimore.is_none_or(|b| c < b)),
            "{named}"
        );
        // Human output says where it searched, in Spanish.
        let text = guide(
            dir.path(),
            &[
                "search",
                "abogado gratis cerca de mi",
                "--lang",
                "es",
                "--near",
                "21202",
            ],
        );
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.starts_with("Buscando cerca de código postal 21202"),
            "{text}"
        );
        assert!(text.contains("(zona del código postal)"), "{text}");
        assert!(!text.contains("**"), "{text}");
    }

    #[test]
    fn show_lists_related_help_near_the_place_or_across_the_country() {
        let dir = tempfile::tempdir().unwrap();
        install_help_fixtures(dir.path());
        let value = json(&guide(
            dir.path(),
            &[
                "show",
                "fixture-warning",
                "--lang",
                "es",
                "--near",
                "21202",
                "--json",
            ],
        ));
        let near: Vec<&str> = value["related_help"]["near"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap())
            .collect();
        // Nearest first (real Baltimore listings may share the ZIP area).
        assert!(near.contains(&"fixture-clinic-baltimore"), "{value}");
        assert!(!near.contains(&"fixture-clinic-chicago"), "{value}");
        let distances: Vec<f64> = value["related_help"]["near"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["distance_km"].as_f64().unwrap())
            .collect();
        assert!(distances.is_sorted(), "{value}");
        let national: Vec<&str> = value["related_help"]["national"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap())
            .collect();
        assert!(national.contains(&"fixture-national-hotline"), "{value}");
        assert_eq!(value["check_status"], true);
        // With no place: only the national options.
        let value = json(&guide(dir.path(), &["show", "fixture-warning", "--json"]));
        assert_eq!(value["related_help"]["near"], Value::Array(vec![]));
        assert!(
            !value["related_help"]["national"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        // Human output: headings and labels in Spanish, no Markdown left.
        let text = guide(
            dir.path(),
            &["show", "fixture-warning", "--lang", "es", "--near", "21202"],
        );
        let text = String::from_utf8_lossy(&text.stdout);
        for expected in [
            "Revisado por última vez el 2026-11-26. Esto cambia a menudo",
            "Ayuda cerca de código postal 21202",
            "Ayuda en cualquier parte del país",
            "Vea esto página (https://example.org/fixture).",
            "Revisado el 2026-11-26. Fuentes:",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
        for markup in ["**", "## ", "]("] {
            assert!(!text.contains(markup), "{markup}: {text}");
        }
        // A listing placed at its ZIP area is no pin and no geo: URI.
        let listing = json(&guide(
            dir.path(),
            &["show", "fixture-clinic-baltimore", "--json"],
        ));
        assert_eq!(listing["listing"]["precision"], "address-zip");
        assert_eq!(listing["listing"]["exact_location"], false);
        assert_eq!(listing["listing"]["latitude"], Value::Null);
        let geo = guide(
            dir.path(),
            &["share", "fixture-clinic-baltimore", "--format", "geo"],
        );
        assert_eq!(geo.status.code(), Some(1));
        assert!(geo.stdout.is_empty());
    }

    #[test]
    fn nearby_groups_national_services_after_the_local_ones_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        install_help_fixtures(dir.path());
        let value = json(&guide(
            dir.path(),
            &[
                "nearby",
                "--city",
                "Chicago",
                "--category",
                "legal-clinic",
                "--lang-spoken",
                "es",
                "--json",
            ],
        ));
        assert_eq!(value["place"]["city"], "Chicago, IL");
        assert_eq!(fixture_ids(&value), ["fixture-clinic-chicago"]);
        let all = json(&guide(
            dir.path(),
            &["nearby", "--city", "Chicago", "--json"],
        ));
        let national: Vec<&str> = all["national"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap())
            .collect();
        assert!(national.contains(&"fixture-national-hotline"), "{all}");
        for (lang, heading) in [
            ("en", "Serving the whole country"),
            ("es", "Atienden todo el país"),
            ("ar", "يخدمون البلاد كلها"),
        ] {
            let text = guide(dir.path(), &["nearby", "--city", "Chicago", "--lang", lang]);
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(text.contains(heading), "{lang}: {text}");
            assert!(!text.contains("**"), "{text}");
        }
    }

    #[test]
    fn search_results_gain_distance_open_now_and_verified_on() {
        let dir = tempfile::tempdir().unwrap();
        install_fixtures(dir.path());
        let value = json(&guide(
            dir.path(),
            &["search", "clinic", "--free", "--zip", "21202", "--json"],
        ));
        // Real free clinics of the bundled pack match "clinic" too.
        let mut found = fixture_ids(&value);
        found.sort();
        assert_eq!(found, ["fixture-clinic-b", "fixture-clinic-c"]);
        for result in value["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["id"].as_str().unwrap().starts_with("fixture-"))
        {
            assert!(result["distance_km"].as_f64().unwrap() > 1.0);
            assert!(result["open_now"].is_boolean());
            assert_eq!(result["verified_on"], "2026-11-26");
        }
        let article = json(&guide(dir.path(), &["search", "notario", "--json"]));
        let first = &article["results"][0];
        assert_eq!(first["distance_km"], Value::Null);
        assert_eq!(first["open_now"], Value::Null);
        assert_eq!(first["verified_on"].as_str().unwrap().len(), 10);
    }

    #[test]
    fn share_vcard_parses_as_vcard_4() {
        let dir = tempfile::tempdir().unwrap();
        install_fixtures(dir.path());
        let output = guide(
            dir.path(),
            &["share", "fixture-clinic-a", "--format", "vcard"],
        );
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).unwrap();
        let cards = vcard4::parse(&text).unwrap_or_else(|err| panic!("{err}: {text}"));
        assert_eq!(cards.len(), 1);
        let card = &cards[0];
        assert_eq!(card.formatted_name[0].value, "Test Clinic A (fixture)");
        match &card.tel[0] {
            vcard4::property::TextOrUriProperty::Uri(uri) => {
                assert_eq!(uri.value.to_string(), "tel:+1-410-555-0100")
            }
            other => panic!("TEL is not a URI: {other:?}"),
        }
        assert_eq!(card.address.len(), 1);
        let note = format!("{:?}", card);
        assert!(note.contains("Verified on 2026-11-26"), "{note}");
        assert!(text.contains("GEO:geo:39.3074,-76.6077\r\n"), "{text}");
    }

    #[test]
    fn share_qr_decodes_back_to_the_text_form() {
        let dir = tempfile::tempdir().unwrap();
        install_fixtures(dir.path());
        let sms = json(&guide(
            dir.path(),
            &["share", "fixture-clinic-a", "--format", "sms", "--json"],
        ));
        let messages = sms["messages"].as_array().unwrap();
        assert_eq!(messages.len(), 1, "{sms}");
        let text_form = messages[0].as_str().unwrap();
        assert!(text_form.contains("Verified 2026-11-26"), "{text_form}");

        let output = guide(dir.path(), &["share", "fixture-clinic-a", "--format", "qr"]);
        assert!(output.status.success());
        let drawing = String::from_utf8(output.stdout).unwrap();
        assert_eq!(decode_unicode_qr(&drawing), text_form);

        let svg = guide(
            dir.path(),
            &["share", "fixture-clinic-a", "--format", "qr-svg"],
        );
        assert!(String::from_utf8_lossy(&svg.stdout).starts_with("<?xml"));
    }

    #[test]
    fn share_geo_tel_and_text() {
        let dir = tempfile::tempdir().unwrap();
        install_fixtures(dir.path());
        let geo = guide(
            dir.path(),
            &["share", "fixture-clinic-a", "--format", "geo"],
        );
        assert_eq!(
            String::from_utf8_lossy(&geo.stdout),
            "geo:39.3074,-76.6077\n"
        );
        let tel = guide(
            dir.path(),
            &["share", "fixture-clinic-a", "--format", "tel"],
        );
        assert_eq!(
            String::from_utf8_lossy(&tel.stdout),
            "tel:+1-410-555-0100\n"
        );
        let text = guide(dir.path(), &["share", "fixture-clinic-a", "--lang", "es"]);
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Teléfono: (410) 555-0100"), "{text}");
        assert!(text.contains("Verificado el 2026-11-26."), "{text}");
        // An article has no phone: a one-line error, exit 1.
        let output = guide(dir.path(), &["share", "notario-fraud", "--format", "tel"]);
        assert_eq!(output.status.code(), Some(1));
    }

    /// Reads a terminal QR drawing (Unicode half blocks, lit = light module)
    /// back into pixels and decodes it with a real QR decoder.
    fn decode_unicode_qr(drawing: &str) -> String {
        const SCALE: usize = 4;
        let rows: Vec<Vec<(bool, bool)>> = drawing
            .lines()
            .map(|line| {
                line.chars()
                    .map(|c| match c {
                        '█' => (true, true),
                        '▀' => (true, false),
                        '▄' => (false, true),
                        ' ' => (false, false),
                        other => panic!("unexpected {other:?} in the QR drawing"),
                    })
                    .collect()
            })
            .collect();
        let width = rows[0].len();
        let mut light = Vec::new(); // one entry per module row
        for row in &rows {
            assert_eq!(row.len(), width);
            light.push(row.iter().map(|(top, _)| *top).collect::<Vec<_>>());
            light.push(row.iter().map(|(_, bottom)| *bottom).collect::<Vec<_>>());
        }
        let (w, h) = (width * SCALE, light.len() * SCALE);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
            if light[y / SCALE][x / SCALE] { 255 } else { 0 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the drawing");
        grids[0].decode().expect("the QR code decodes").1
    }
}

#[test]
fn strings_prints_every_message_of_the_negotiated_language() {
    let dir = tempfile::tempdir().unwrap();
    let output = guide(dir.path(), &["strings", "--lang", "es-MX"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("# locale: es (ltr); chain: es, en"));
    let messages: Vec<&str> = lines.collect();
    assert!(messages.len() > 50, "{} messages", messages.len());
    assert!(messages.contains(&"quick-exit = Salida rápida"));
    assert!(
        !text.contains('\u{2068}'),
        "terminal output carries no bidi marks"
    );
    assert!(
        !dir.path().join("guide.sqlite3").exists(),
        "strings needs no store"
    );
}

#[test]
fn strings_fills_variables_and_picks_plural_forms() {
    let dir = tempfile::tempdir().unwrap();
    let one = |lang: &str, n: &str| {
        let output = guide(
            dir.path(),
            &[
                "strings",
                "--lang",
                lang,
                "search-results-count",
                "--arg",
                &format!("count={n}"),
            ],
        );
        assert!(output.status.success(), "{lang} {n}");
        String::from_utf8(output.stdout)
            .unwrap()
            .trim_end()
            .to_string()
    };
    assert_eq!(one("ru", "3"), "3 результата");
    assert_eq!(one("ru", "5"), "5 результатов");
    assert_eq!(one("ar", "2"), "نتيجتان");
    let value = json(&guide(
        dir.path(),
        &["strings", "--lang", "ur", "quick-exit", "--json"],
    ));
    assert_eq!(value["locale"], "ur");
    assert_eq!(value["direction"], "rtl");
    assert_eq!(value["value"], "فوری باہر نکلیں");
}

#[test]
fn strings_of_an_unknown_key_or_bad_arg_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let output = guide(dir.path(), &["strings", "no-such-key"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr).lines().count(), 1);
    let output = guide(dir.path(), &["strings", "--arg", "no-equals-sign"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr).lines().count(), 1);
}

#[test]
fn forgiving_queries_find_the_notario_warning_and_say_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    for query in ["nota rio", "notario publico", "notário"] {
        let hit = first_result(dir.path(), &["search", query, "--json", "--limit", "5"]);
        assert_eq!(hit["id"], "notario-fraud", "{query}");
    }
    // "notaryo" reaches the warning only through the concept table. Since
    // the issue-12 content, a Los Angeles office whose Tagalog text has the
    // very word "notaryo" may rank above it: the warning is in the first three.
    let value = json(&guide(
        dir.path(),
        &["search", "notaryo", "--json", "--limit", "5"],
    ));
    let first: Vec<&str> = value["results"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(first.contains(&"notario-fraud"), "{value}");
    let value = json(&guide(dir.path(), &["search", "nota rio", "--json"]));
    assert_eq!(value["corrected"], "notario");
    // No correction, no key: the contract only grows.
    let value = json(&guide(dir.path(), &["search", "notario", "--json"]));
    assert!(value.get("corrected").is_none(), "{value}");
    let text = guide(dir.path(), &["search", "nota rio"]);
    assert!(String::from_utf8_lossy(&text.stdout).starts_with("Did you mean: notario"));
}

#[test]
fn a_query_in_a_language_without_content_is_shown_in_english() {
    let dir = tempfile::tempdir().unwrap();
    // The pack has no Polish: "adwokat" finds legal help through the concept
    // table, shown in English and flagged.
    let hit = first_result(dir.path(), &["search", "adwokat", "--lang", "pl", "--json"]);
    assert_eq!(hit["lang"], "en");
    assert_eq!(hit["fallback"], true);
    assert!(
        hit["topics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "legal-help")
    );
    // Spanish has content: free legal help, in Spanish.
    let hit = first_result(
        dir.path(),
        &["search", "abogado gratis", "--lang", "es", "--json"],
    );
    assert!(
        hit["topics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "legal-help"),
        "{hit}"
    );
    assert_eq!(hit["lang"], "es");
}

#[test]
fn prefix_flag_searches_the_word_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let hit = first_result(
        dir.path(),
        &[
            "search",
            "robo de sal",
            "--lang",
            "es",
            "--prefix",
            "--json",
        ],
    );
    assert_eq!(hit["id"], "wage-theft-and-rights-at-work");
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Install the bundled pack first so the run below only prints.
    guide(dir.path(), &["search", "notario"]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_guide"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["show", "notario-fraud"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before anything is written (`guide … | head -0`).
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

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
    // "notaryo" reaches the warning only through the concept table.
    let hit = first_result(dir.path(), &["search", "notaryo", "--json", "--limit", "5"]);
    assert_eq!(hit["id"], "notario-fraud");
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

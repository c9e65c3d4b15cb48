//! End-to-end: a city publishes a pack with the `guide` binary and a phone
//! (another data directory) installs, updates, lists, exports and removes it.
//! The pack's listing is a synthetic fixture, labelled as such.

use std::fs;
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

/// `guide pack build SRC --out OUT --key KEY EXTRA…` with `data` as the data directory.
fn pack_build(data: &Path, src: &Path, out: &Path, key: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "pack",
        "build",
        src.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    guide(data, &args)
}

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Exit 1 and exactly one line on stderr containing `needle`.
fn refused(output: Output, needle: &str) {
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(needle), "expected {needle:?} in {stderr}");
}

fn write_sources(dir: &Path, version: u64, hours: &str) {
    fs::create_dir_all(dir.join("listings")).unwrap();
    fs::write(
        dir.join("pack.toml"),
        format!(
            "pack_id = \"dev-fixture-city\"\npublisher = \"Fixture City (test)\"\nversion = {version}\nsource_language = \"en\"\nlanguages = [\"en\"]\narea = \"Fixture County\"\n"
        ),
    )
    .unwrap();
    fs::write(
        dir.join("sources.toml"),
        "[fixture]\ntitle = \"Synthetic test fixture, not real content\"\npublisher = \"tests\"\nchecked_on = 2026-11-26\n",
    )
    .unwrap();
    fs::write(
        dir.join("listings/clinics.toml"),
        format!(
            "[[listing]]\nid = \"fixture-clinic-wombat\"\ncategory = \"legal-clinic\"\nname = {{ en = \"Wombat Fixture Clinic\" }}\nsummary = {{ en = \"{hours}\" }}\nsources = [\"fixture\"]\nverified_on = 2026-11-26\n"
        ),
    )
    .unwrap();
}

fn search_ids(data: &Path, query: &str) -> Vec<String> {
    let out = ok(guide(data, &["search", query, "--json"]));
    let value: Value = serde_json::from_str(&out).unwrap();
    value["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn publish_install_update_export_remove() {
    let work = tempfile::tempdir().unwrap();
    let (keys, src, phone) = (
        work.path().join("keys"),
        work.path().join("src"),
        work.path().join("phone"),
    );
    let out = ok(guide(&phone, &["keygen", "--out", keys.to_str().unwrap()]));
    assert!(out.contains("publisher.key"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(keys.join("publisher.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // keygen never overwrites a key.
    refused(
        guide(&phone, &["keygen", "--out", keys.to_str().unwrap()]),
        "publisher.key",
    );

    write_sources(&src, 1, "Open Mondays for walk-in advice.");
    let p1 = work.path().join("v1.rgpack");
    let key = keys.join("publisher.key");
    ok(pack_build(&phone, &src, &p1, &key, &[]));
    let pubkey = keys.join("publisher.pub");
    let out = ok(guide(
        &phone,
        &[
            "pack",
            "verify",
            p1.to_str().unwrap(),
            "--trust",
            pubkey.to_str().unwrap(),
        ],
    ));
    assert!(
        out.starts_with("OK: dev-fixture-city v1, 1 records"),
        "{out}"
    );
    let inspect: Value = serde_json::from_str(&ok(guide(
        &phone,
        &["pack", "inspect", p1.to_str().unwrap(), "--json"],
    )))
    .unwrap();
    assert_eq!(inspect["manifest"]["pack_id"], "dev-fixture-city");
    assert_eq!(inspect["signature_and_hash"], "valid");

    // The phone does not trust the key yet.
    refused(
        guide(&phone, &["packs", "install", p1.to_str().unwrap()]),
        "unknown key",
    );
    refused(
        guide(&phone, &["pack", "verify", p1.to_str().unwrap()]),
        "unknown key",
    );
    ok(guide(
        &phone,
        &["trust", "add", pubkey.to_str().unwrap(), "--packs", "dev"],
    ));
    ok(guide(&phone, &["packs", "install", p1.to_str().unwrap()]));
    assert_eq!(search_ids(&phone, "wombat"), ["fixture-clinic-wombat"]);
    assert!(search_ids(&phone, "mondays").contains(&"fixture-clinic-wombat".to_string()));

    // Version 2 changes the listing; the old text disappears.
    write_sources(&src, 1, "Open Thursdays for walk-in advice.");
    let p2 = work.path().join("v2.rgpack");
    ok(pack_build(&phone, &src, &p2, &key, &["--version", "2"]));
    ok(guide(&phone, &["packs", "install", p2.to_str().unwrap()]));
    assert!(search_ids(&phone, "thursdays").contains(&"fixture-clinic-wombat".to_string()));
    // The old text is gone (other records may mention Mondays).
    assert!(!search_ids(&phone, "mondays").contains(&"fixture-clinic-wombat".to_string()));
    refused(
        guide(&phone, &["packs", "install", p1.to_str().unwrap()]),
        "rollback refused: `dev-fixture-city` v2 is installed, this file is v1",
    );

    let list: Value =
        serde_json::from_str(&ok(guide(&phone, &["packs", "list", "--json"]))).unwrap();
    let packs = list["packs"].as_array().unwrap();
    let city = packs
        .iter()
        .find(|p| p["pack_id"] == "dev-fixture-city")
        .unwrap();
    assert_eq!(city["version"], 2);
    assert_eq!(city["stale"], false);
    assert!(
        packs
            .iter()
            .any(|p| p["pack_id"] == "us-default" && p["bundled"] == true)
    );

    // Export is byte-identical and installs on a second phone the same way.
    let exported = work.path().join("shared.rgpack");
    ok(guide(
        &phone,
        &[
            "packs",
            "export",
            "dev-fixture-city",
            "--out",
            exported.to_str().unwrap(),
        ],
    ));
    assert_eq!(fs::read(&exported).unwrap(), fs::read(&p2).unwrap());
    let other = work.path().join("other-phone");
    refused(
        guide(&other, &["packs", "install", exported.to_str().unwrap()]),
        "unknown key",
    );
    ok(guide(
        &other,
        &[
            "trust",
            "add",
            pubkey.to_str().unwrap(),
            "--packs",
            "dev-fixture-city",
        ],
    ));
    ok(guide(
        &other,
        &["packs", "install", exported.to_str().unwrap()],
    ));
    assert!(search_ids(&other, "thursdays").contains(&"fixture-clinic-wombat".to_string()));

    ok(guide(&phone, &["packs", "remove", "dev-fixture-city"]));
    assert!(search_ids(&phone, "wombat").is_empty());
    assert!(
        !search_ids(&phone, "notario").is_empty(),
        "the bundled pack stays"
    );
    refused(
        guide(&phone, &["packs", "remove", "dev-fixture-city"]),
        "dev-fixture-city",
    );
}

#[test]
fn build_reports_the_file_and_line_of_a_source_mistake() {
    let work = tempfile::tempdir().unwrap();
    let (keys, src) = (work.path().join("keys"), work.path().join("src"));
    ok(guide(
        work.path(),
        &["keygen", "--out", keys.to_str().unwrap()],
    ));
    write_sources(&src, 1, "Open Mondays.");
    let listings = src.join("listings/clinics.toml");
    let text = fs::read_to_string(&listings)
        .unwrap()
        .replace("legal-clinic", "legal-clinik");
    fs::write(&listings, text).unwrap();
    let out = work.path().join("p.rgpack");
    let output = pack_build(work.path(), &src, &out, &keys.join("publisher.key"), &[]);
    refused(output, "clinics.toml:3: unknown category `legal-clinik`");
    assert!(!out.exists(), "no pack file is written from bad sources");
}

#[test]
fn a_damaged_file_is_refused_with_one_line_and_changes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("junk.rgpack");
    fs::write(&file, b"RGPACK\r\n\x05\x00").unwrap();
    let before = search_ids(work.path(), "notario");
    refused(
        guide(work.path(), &["packs", "install", file.to_str().unwrap()]),
        "truncated",
    );
    fs::write(&file, b"hello").unwrap();
    refused(
        guide(work.path(), &["packs", "install", file.to_str().unwrap()]),
        "not a Resident Guide pack",
    );
    assert_eq!(before, search_ids(work.path(), "notario"));
}

#[test]
fn an_expired_pack_is_listed_stale_and_still_answers() {
    let work = tempfile::tempdir().unwrap();
    let (keys, src, phone) = (
        work.path().join("keys"),
        work.path().join("src"),
        work.path().join("phone"),
    );
    ok(guide(&phone, &["keygen", "--out", keys.to_str().unwrap()]));
    write_sources(&src, 1, "Open Mondays.");
    let file = work.path().join("old.rgpack");
    let key = keys.join("publisher.key");
    ok(pack_build(
        &phone,
        &src,
        &file,
        &key,
        &["--expires", "2025-01-01"],
    ));
    ok(guide(
        &phone,
        &[
            "trust",
            "add",
            keys.join("publisher.pub").to_str().unwrap(),
            "--packs",
            "dev",
        ],
    ));
    ok(guide(&phone, &["packs", "install", file.to_str().unwrap()]));

    let text = ok(guide(&phone, &["packs", "list"]));
    assert!(text.contains("STALE since 2025-01-01"), "{text}");
    let list: Value =
        serde_json::from_str(&ok(guide(&phone, &["packs", "list", "--json"]))).unwrap();
    let city = list["packs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pack_id"] == "dev-fixture-city")
        .unwrap()
        .clone();
    assert_eq!(
        (city["stale"].clone(), city["stale_since"].clone()),
        (Value::Bool(true), Value::from("2025-01-01"))
    );

    let out: Value =
        serde_json::from_str(&ok(guide(&phone, &["search", "wombat", "--json"]))).unwrap();
    assert_eq!(out["results"][0]["id"], "fixture-clinic-wombat");
    assert_eq!(out["results"][0]["stale_since"], "2025-01-01");
    let fresh: Value =
        serde_json::from_str(&ok(guide(&phone, &["search", "notario", "--json"]))).unwrap();
    assert_eq!(fresh["results"][0]["stale_since"], Value::Null);
}

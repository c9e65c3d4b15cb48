//! Crash safety: a `guide packs install` killed (SIGKILL) at many moments
//! leaves a store that opens, passes SQLite's and FTS5's integrity checks,
//! and holds exactly the old pack or exactly the new one — never a mix.
//!
//! The packs are generated synthetic fixtures, labelled as such.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use guide_core::PackContent;
use guide_core::model::{Details, ListingDetails, LocalizedText, Translation};
use guide_core::pack::build::{BuildOptions, build_pack};
use guide_core::pack::keys::SecretKey;

use guide_core::testing::fixtures;

const KILL_POINTS: usize = 24;

fn synthetic_pack(version: u64, records: usize) -> PackContent {
    let records = (0..records)
        .map(|i| {
            let text = LocalizedText {
                title: format!("Synthetic fixture clinic {i} v{version}"),
                summary: format!(
                    "Generated test listing number {i} of pack version {version}; not real."
                ),
                body: "Synthetic body text about walk-in hours, languages spoken and fees. "
                    .repeat(4),
                tags: vec![format!("fixturetag{version}")],
                translation: Translation::Original,
                reviewer: None,
            };
            fixtures::english_record(
                &format!("fixture-v{version}-{i}"),
                &["legal-help"],
                text,
                Details::Listing(ListingDetails {
                    category: "legal-clinic".into(),
                    latitude: Some(39.0 + (i % 100) as f64 / 100.0),
                    longitude: Some(-76.0 - (i % 70) as f64 / 100.0),
                    ..Default::default()
                }),
            )
        })
        .collect();
    let mut pack = fixtures::english_pack("dev-crash-fixture", records);
    pack.info.version = version;
    pack
}

fn guide(data: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guide"));
    command
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("GUIDE_DATA_DIR");
    command
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// (installed version, records of the fixture pack) after integrity checks.
fn state(data: &Path) -> (i64, i64) {
    let conn = rusqlite_open(data);
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    conn.execute(
        "INSERT INTO text_fts(text_fts) VALUES ('integrity-check')",
        [],
    )
    .expect("the full-text index matches its content");
    let version: i64 = conn
        .query_row(
            "SELECT version FROM packs WHERE pack_id = 'dev-crash-fixture'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let records = count("SELECT count(*) FROM records WHERE pack_id = 'dev-crash-fixture'");
    let of_version = count(&format!(
        "SELECT count(*) FROM records WHERE pack_id = 'dev-crash-fixture' AND id LIKE 'fixture-v{version}-%'"
    ));
    assert_eq!(records, of_version, "records of two versions mixed");
    let texts = count(
        "SELECT count(*) FROM record_texts t JOIN records r ON r.rowid = t.record_rowid WHERE r.pack_id = 'dev-crash-fixture'",
    );
    assert_eq!(texts, records);
    (version, records)
}

fn rusqlite_open(data: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(data.join("guide.sqlite3")).unwrap()
}

#[test]
fn a_killed_install_leaves_exactly_the_old_or_the_new_pack() {
    let work = tempfile::tempdir().unwrap();
    let key = SecretKey::from_seed(&[5; 32]);
    let options = BuildOptions {
        version: None,
        created: "2026-11-20T00:00:00Z".parse().unwrap(),
        expires: "2030-01-01".parse().unwrap(),
        statement: None,
        compression_level: 1,
    };
    let v1 = build_pack(&synthetic_pack(1, 50), &key, &options, &mut |_, _| {}).unwrap();
    let v2 = build_pack(&synthetic_pack(2, 20_000), &key, &options, &mut |_, _| {}).unwrap();
    let (v1_path, v2_path) = (work.path().join("v1.rgpack"), work.path().join("v2.rgpack"));
    std::fs::write(&v1_path, v1).unwrap();
    std::fs::write(&v2_path, v2).unwrap();

    let template = work.path().join("template");
    let public = key.public_key().to_text();
    assert!(
        guide(&template, &["trust", "add", &public, "--packs", "dev"])
            .status()
            .unwrap()
            .success()
    );
    assert!(
        guide(&template, &["packs", "install", v1_path.to_str().unwrap()])
            .status()
            .unwrap()
            .success()
    );

    // How long a whole install takes here, to spread the kills across it.
    let scratch = work.path().join("scratch");
    copy_dir(&template, &scratch);
    let started = Instant::now();
    assert!(
        guide(&scratch, &["packs", "install", v2_path.to_str().unwrap()])
            .status()
            .unwrap()
            .success()
    );
    let full = started.elapsed();
    assert_eq!(state(&scratch), (2, 20_000));

    let mut outcomes = BTreeMap::new();
    let mut seed = 0x9e37_79b9_u64;
    for point in 0..KILL_POINTS {
        // Evenly spread over the install, jittered by a fixed pseudo-random sequence.
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let jitter = (seed >> 33) as f64 / (1u64 << 31) as f64;
        let at = full.mul_f64((point as f64 + jitter) / KILL_POINTS as f64);
        let data = work.path().join(format!("run-{point}"));
        copy_dir(&template, &data);
        let mut child = guide(&data, &["packs", "install", v2_path.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        child.wait().unwrap();
        let (version, records) = state(&data);
        assert!(
            (version, records) == (1, 50) || (version, records) == (2, 20_000),
            "kill at {at:?}: version {version} with {records} records"
        );
        // The store still opens through the product and answers.
        let out = guide(&data, &["search", "synthetic", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success());
        *outcomes.entry(version).or_insert(0) += 1;
    }
    eprintln!("install took {full:?}; outcomes by version after {KILL_POINTS} kills: {outcomes:?}");
    assert!(
        outcomes.get(&1).copied().unwrap_or(0) > 0,
        "no kill landed before the commit; the test did not exercise a crash mid-install"
    );
}

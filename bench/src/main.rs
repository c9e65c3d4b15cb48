//! `cargo run --release -p guide-bench -- --scale metro|national|smoke [--json]`
//!
//! Generates a fictional corpus, builds it as a signed pack, and measures the
//! product the way a phone uses it — install, cold open, search by query
//! class, detail — in child processes (so peak memory is the product's, not
//! the generator's), then runs the same queries on the alternatives. Every
//! query class is checked for the answer it should give, so a fast empty
//! answer cannot pass.

mod baselines;
mod corpus;
mod judged;
mod measure;
mod queries;

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Parser, Subcommand, ValueEnum};
use guide_core::pack::build::{BuildOptions, build_pack};
use guide_core::pack::keys::{PublicKey, SecretKey};
use guide_core::{Guide, GuideOptions};
use serde_json::{Map, Value, json};

use crate::baselines::Engine;
use crate::measure::{dir_size, peak_rss_bytes, percentiles, timed};
use crate::queries::QuerySet;

/// Benchmarks Resident Guide on a generated corpus beside the alternatives.
#[derive(Debug, Parser)]
#[command(name = "guide-bench")]
struct Cli {
    /// Corpus size.
    #[arg(long, value_enum, default_value_t = ScaleArg::Metro)]
    scale: ScaleArg,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Corpus seed.
    #[arg(long, default_value_t = 20_261_126)]
    seed: u64,
    /// Keep the pack, store and query list in this directory (for profiling
    /// a step again with `perf`) instead of a temporary one.
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Internal: a measurement step run in a child process.
    #[command(subcommand)]
    child: Option<Child>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ScaleArg {
    Metro,
    National,
    Smoke,
}

#[derive(Debug, Subcommand)]
enum Child {
    /// Install a pack into a fresh data dir and report time and memory.
    #[command(hide = true)]
    Install {
        data: PathBuf,
        pack: PathBuf,
        key: String,
    },
    /// Open an installed store cold and run the query set.
    #[command(hide = true)]
    Query { data: PathBuf, queries: PathBuf },
}

fn main() {
    let cli = Cli::parse();
    match cli.child {
        Some(Child::Install { data, pack, key }) => print_json(&child_install(&data, &pack, &key)),
        Some(Child::Query { data, queries }) => print_json(&child_query(&data, &queries)),
        None => run(cli),
    }
}

fn print_json(value: &Value) {
    println!("{value}");
}

fn child_install(data: &Path, pack: &Path, key: &str) -> Value {
    let bytes = std::fs::read(pack).expect("pack file");
    let (guide, first_open_ms) = timed(|| Guide::open(data, vec!["en".into()]).expect("open"));
    guide
        .trust_key(
            PublicKey::from_text(key).expect("key"),
            vec!["bench".into()],
        )
        .expect("trust");
    let (installed, install_ms) = timed(|| guide.install_pack(&bytes).expect("install"));
    json!({
        "install_ms": install_ms,
        "first_open_with_bundled_pack_ms": first_open_ms,
        "records": installed.records,
        "install_peak_rss_bytes": peak_rss_bytes(),
    })
}

fn child_query(data: &Path, queries: &Path) -> Value {
    let set: QuerySet =
        serde_json::from_slice(&std::fs::read(queries).expect("queries")).expect("query set");
    let (guide, cold_open_ms) =
        timed(|| Guide::open_with(data, vec!["en".into()], GuideOptions::default()).expect("open"));
    let mut out = Map::new();
    out.insert("cold_open_ms".into(), cold_open_ms.into());
    let mut all = Vec::new();
    for (class, samples) in queries::run_product(&guide, &set) {
        let p = percentiles(&mut samples.clone());
        out.insert(format!("search_{class}_p50_ms"), p.p50.into());
        out.insert(format!("search_{class}_p95_ms"), p.p95.into());
        out.insert(format!("search_{class}_p99_ms"), p.p99.into());
        all.extend(samples);
    }
    let p = percentiles(&mut all);
    out.insert("search_all_p50_ms".into(), p.p50.into());
    out.insert("search_all_p95_ms".into(), p.p95.into());
    let mut detail: Vec<f64> = set
        .detail_ids
        .iter()
        .map(|id| timed(|| guide.show(id, &[]).expect("detail")).1)
        .collect();
    let p = percentiles(&mut detail);
    out.insert("detail_p50_ms".into(), p.p50.into());
    out.insert("detail_p95_ms".into(), p.p95.into());
    for (name, filters) in [
        ("nearby10", guide_core::directory::Filters::default()),
        (
            "nearby10_filtered",
            guide_core::directory::Filters {
                category: Some("legal-clinic".into()),
                cost: vec![guide_core::model::Cost::Free],
                languages_spoken: vec!["es".into()],
                ..Default::default()
            },
        ),
    ] {
        let mut samples = Vec::new();
        let mut found = 0;
        for (lat, lon) in &set.places {
            let place = guide_core::geo::Location::Point(
                guide_core::geo::Point::new(*lat, *lon).expect("a point"),
            );
            let options = guide_core::directory::NearbyOptions {
                languages: vec!["en".into()],
                radius_km: 25.0,
                limit: 10,
                filters: filters.clone(),
                now: guide.now(),
            };
            let (hits, ms) = timed(|| guide.nearby(&place, &options).expect("nearby"));
            // Every place lies in a metro full of listings: unfiltered must answer.
            assert!(
                !hits.is_empty() || name != "nearby10",
                "{name} near {lat},{lon} found nothing"
            );
            found += hits.len();
            samples.push(ms);
        }
        assert!(found > 0, "{name} found nothing anywhere");
        let p = percentiles(&mut samples);
        out.insert(format!("{name}_p50_ms"), p.p50.into());
        out.insert(format!("{name}_p95_ms"), p.p95.into());
    }
    out.insert("query_peak_rss_bytes".into(), peak_rss_bytes().into());
    Value::Object(out)
}

fn child(args: &[&str]) -> Value {
    let exe = std::env::current_exe().expect("own path");
    let output = Command::new(exe).args(args).output().expect("child runs");
    assert!(
        output.status.success(),
        "child {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("child prints JSON")
}

fn run(cli: Cli) {
    let scale = match cli.scale {
        ScaleArg::Metro => corpus::METRO,
        ScaleArg::National => corpus::NATIONAL,
        ScaleArg::Smoke => corpus::SMOKE,
    };
    let temp = tempfile::tempdir().expect("temp dir");
    let work = match &cli.keep {
        Some(dir) => {
            // Fresh each run: install measures a first install.
            let _ = std::fs::remove_dir_all(dir);
            std::fs::create_dir_all(dir).expect("keep dir");
            dir.clone()
        }
        None => temp.path().to_path_buf(),
    };
    let mut report = Map::new();
    report.insert("scale".into(), scale.name.into());
    report.insert("listings".into(), scale.listings.into());
    report.insert("articles".into(), scale.articles.into());

    let (pack, generate_ms) = timed(|| corpus::generate(scale, cli.seed));
    report.insert("generate_corpus_ms".into(), generate_ms.into());
    let key = SecretKey::from_seed(&[42; 32]);
    let options = BuildOptions {
        version: None,
        created: jiff::Timestamp::now(),
        expires: "2030-01-01".parse().expect("a date"),
        statement: None,
        compression_level: 3,
    };
    let (file, build_ms) =
        timed(|| build_pack(&pack, &key, &options, &mut |_, _| {}).expect("build"));
    report.insert("build_pack_ms".into(), build_ms.into());
    report.insert("pack_file_bytes".into(), file.len().into());
    let pack_path = work.join("bench.rgpack");
    std::fs::write(&pack_path, &file).expect("write pack");

    let data = work.join("data");
    let key_text = key.public_key().to_text();
    let installed = child(&[
        "install",
        data.to_str().unwrap(),
        pack_path.to_str().unwrap(),
        &key_text,
    ]);
    merge(&mut report, installed);
    report.insert("store_bytes".into(), dir_size(&data).into());

    let set = queries::build(&pack, cli.seed, scale);
    let set_path = work.join("queries.json");
    std::fs::write(
        &set_path,
        serde_json::to_vec(&set).expect("queries serialize"),
    )
    .expect("write queries");
    let queried = child(&["query", data.to_str().unwrap(), set_path.to_str().unwrap()]);
    merge(&mut report, queried);

    let judged = judged::load();
    report.insert("judged_queries".into(), judged.len().into());
    report.insert(
        "recall5_product".into(),
        judged::product_recall(&judged).into(),
    );
    let bundled = guide_core::pack::default_pack().expect("bundled pack");
    let dir = work.join("baselines-bundled");
    std::fs::create_dir_all(&dir).expect("baseline dir");
    let on_bundled: Vec<Box<dyn Engine>> = vec![
        Box::new(baselines::NaiveLike::build(bundled, &dir)),
        Box::new(baselines::PlainFts5::build(bundled, &dir)),
        Box::new(baselines::Tantivy::build(bundled, &dir)),
    ];
    for engine in &on_bundled {
        report.insert(
            format!("recall5_{}", slug(engine.name())),
            judged::engine_recall(&judged, engine.as_ref()).into(),
        );
    }
    let dir = work.join("baselines");
    std::fs::create_dir_all(&dir).expect("baseline dir");
    let engines: Vec<Box<dyn Engine>> = vec![
        Box::new(baselines::NaiveLike::build(&pack, &dir)),
        Box::new(baselines::PlainFts5::build(&pack, &dir)),
        Box::new(baselines::Tantivy::build(&pack, &dir)),
    ];
    for engine in &engines {
        let name = slug(engine.name());
        let mut all = Vec::new();
        for (class, samples) in queries::run_engine(engine.as_ref(), &set) {
            let p = percentiles(&mut samples.clone());
            report.insert(format!("{name}_{class}_p95_ms"), p.p95.into());
            all.extend(samples);
        }
        let p95 = percentiles(&mut all).p95;
        report.insert(format!("{name}_all_p95_ms"), p95.into());
        // Ours over theirs, p95 over every query of every class: under 1 is faster.
        if let Some(ours) = report.get("search_all_p95_ms").and_then(Value::as_f64) {
            report.insert(
                format!("ratio_all_p95_product_over_{name}"),
                (ours / p95).into(),
            );
        }
    }
    if let Some(size) = library_size() {
        report.insert("ffi_library_stripped_bytes".into(), size.into());
    }
    let report = Value::Object(report);
    if cli.json {
        print_json(&report);
    } else {
        print_table(&report);
    }
}

fn merge(report: &mut Map<String, Value>, child: Value) {
    if let Value::Object(map) = child {
        report.extend(map);
    }
}

fn slug(name: &str) -> String {
    name.replace(' ', "_").to_lowercase()
}

/// Size of the release `guide-ffi` library when it has been built
/// (`cargo build --release -p guide-ffi`; the release profile strips it).
fn library_size() -> Option<u64> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    std::fs::metadata(target.join("release/libguide_ffi.so"))
        .ok()
        .map(|m| m.len())
}

fn print_table(report: &Value) {
    let Value::Object(map) = report else { return };
    let width = map.keys().map(String::len).max().unwrap_or(10);
    for (key, value) in map {
        let shown = match value {
            Value::Number(n) if n.is_f64() => format!("{:.3}", n.as_f64().unwrap_or_default()),
            other => other.to_string(),
        };
        println!("{key:<width$}  {shown}");
    }
}

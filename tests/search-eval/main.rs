//! Search evaluation: runs every judged query of `tests/search-eval/judged.tsv`
//! (or the set named by `SEARCH_EVAL_SET`) through the real
//! `guide search --lang LANG --json --limit 5`, prints recall@5 and MRR per
//! language and overall, and fails below the floors set from measurement.
//!
//! The set's format is the team's shared one (see README.md beside this
//! file): `lang<TAB>query<TAB>expect`, `expect` being `|`-separated
//! `topic:KEY`, `category:KEY` or `id:ID`. Comment lines naming a section
//! ("misspelled", "cross-language") let the runner check the project set's
//! make-up (at least 120 queries over 8 languages, a third misspelled, a
//! fifth cross-language).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use serde_json::Value;

/// Results a query is judged on.
const TOP: usize = 5;

/// Floors, set from the measured figures of the project set (see
/// docs/decisions.md); never below the acceptance line
/// (recall@5 0.9 overall and 0.8 per language, MRR 0.75).
const MIN_RECALL: f64 = 0.95;
const MIN_MRR: f64 = 0.85;
const MIN_LANGUAGE_RECALL: f64 = 0.85;

/// Languages the project set must cover.
const REQUIRED_LANGUAGES: [&str; 8] = ["en", "es", "zh", "vi", "ar", "ht", "fr", "ko"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Plain,
    Misspelled,
    CrossLanguage,
}

struct Judged {
    line: usize,
    lang: String,
    query: String,
    expect: Vec<(String, String)>,
    section: Section,
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("search-eval: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<bool, String> {
    let own_set = std::env::var_os("SEARCH_EVAL_SET").is_none();
    let path = std::env::var_os("SEARCH_EVAL_SET")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/search-eval/judged.tsv")
        });
    let text = std::fs::read_to_string(&path)
        .map_err(|err| format!("{}: cannot read: {err}", path.display()))?;
    let set = parse(&path, &text)?;
    if own_set {
        check_make_up(&set)?;
    }

    let data_dir = tempfile::tempdir().map_err(|err| err.to_string())?;
    let mut per_lang: BTreeMap<String, (usize, usize, f64)> = BTreeMap::new();
    let mut misses = Vec::new();
    for judged in &set {
        let ids = search(data_dir.path(), judged)?;
        let rank = ids.iter().position(|result| hits(result, &judged.expect));
        let entry = per_lang.entry(judged.lang.clone()).or_default();
        entry.0 += 1;
        if let Some(rank) = rank {
            entry.1 += 1;
            entry.2 += 1.0 / (rank + 1) as f64;
        } else {
            let top: Vec<&str> = ids.iter().filter_map(|r| r["id"].as_str()).collect();
            misses.push(format!(
                "  {}:{} [{}] {:?} -> {:?}",
                path.display(),
                judged.line,
                judged.lang,
                judged.query,
                top
            ));
        }
    }

    println!(
        "search evaluation: {} ({} queries)",
        path.display(),
        set.len()
    );
    println!(
        "{:<6} {:>7} {:>9} {:>7}",
        "lang", "queries", "recall@5", "MRR"
    );
    let (mut total, mut found, mut rr) = (0, 0, 0.0);
    let mut ok = true;
    for (lang, (n, hit, sum)) in &per_lang {
        let recall = *hit as f64 / *n as f64;
        let mrr = sum / *n as f64;
        let flag = if recall < MIN_LANGUAGE_RECALL {
            ok = false;
            "  below floor"
        } else {
            ""
        };
        println!("{lang:<6} {n:>7} {recall:>9.3} {mrr:>7.3}{flag}");
        total += n;
        found += hit;
        rr += sum;
    }
    let recall = found as f64 / total.max(1) as f64;
    let mrr = rr / total.max(1) as f64;
    println!("{:<6} {:>7} {:>9.3} {:>7.3}", "all", total, recall, mrr);
    if !misses.is_empty() {
        println!("missed ({}):", misses.len());
        for miss in &misses {
            println!("{miss}");
        }
    }
    if recall < MIN_RECALL || mrr < MIN_MRR {
        ok = false;
    }
    if ok {
        println!(
            "search evaluation passed (floors: recall@5 {MIN_RECALL}, MRR {MIN_MRR}, per language {MIN_LANGUAGE_RECALL})"
        );
    } else {
        println!(
            "search evaluation FAILED (floors: recall@5 {MIN_RECALL}, MRR {MIN_MRR}, per language {MIN_LANGUAGE_RECALL})"
        );
    }
    Ok(ok)
}

/// The top results of `guide search` for one judged query.
fn search(data_dir: &Path, judged: &Judged) -> Result<Vec<Value>, String> {
    let limit = TOP.to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_guide"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["search", &judged.query, "--lang", &judged.lang])
        .args(["--json", "--limit", &limit])
        .env_remove("GUIDE_DATA_DIR")
        .output()
        .map_err(|err| format!("cannot run guide: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "line {}: guide search exited {:?}: {}",
            judged.line,
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let value: Value = serde_json::from_slice(&output.stdout)
        .map_err(|err| format!("line {}: guide printed no JSON: {err}", judged.line))?;
    Ok(value["results"].as_array().cloned().unwrap_or_default())
}

/// Whether one result carries any expected topic, category or id.
fn hits(result: &Value, expect: &[(String, String)]) -> bool {
    expect.iter().any(|(kind, key)| match kind.as_str() {
        "id" => result["id"] == *key,
        "category" => result["category"] == *key,
        _ => result["topics"]
            .as_array()
            .is_some_and(|topics| topics.iter().any(|t| t == key)),
    })
}

fn parse(path: &Path, text: &str) -> Result<Vec<Judged>, String> {
    let taxonomy = guide_core::taxonomy();
    let mut set = Vec::new();
    let mut section = Section::Plain;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let at = |message: String| format!("{}:{number}: {message}", path.display());
        if line.trim().is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.to_lowercase();
            if comment.contains("misspelled") || comment.contains("spacing mistakes") {
                section = Section::Misspelled;
            } else if comment.contains("cross-language") {
                section = Section::CrossLanguage;
            } else if comment.trim_start().starts_with("---") {
                section = Section::Plain;
            }
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [lang, query, expect] = fields[..] else {
            return Err(at(format!(
                "expected 3 tab-separated fields, found {}",
                fields.len()
            )));
        };
        let mut wanted = Vec::new();
        for alternative in expect.split('|') {
            let Some((kind, key)) = alternative.split_once(':') else {
                return Err(at(format!(
                    "`{alternative}` is not topic:, category: or id:"
                )));
            };
            let known = match kind {
                "topic" => taxonomy.has_topic(key),
                "category" => taxonomy.has_category(key),
                "id" => !key.is_empty(),
                _ => false,
            };
            if !known {
                return Err(at(format!("unknown expectation `{alternative}`")));
            }
            wanted.push((kind.to_string(), key.to_string()));
        }
        set.push(Judged {
            line: number,
            lang: lang.to_string(),
            query: query.to_string(),
            expect: wanted,
            section,
        });
    }
    Ok(set)
}

/// The project set's make-up, as issue 4 asks.
fn check_make_up(set: &[Judged]) -> Result<(), String> {
    let total = set.len();
    let misspelled = set
        .iter()
        .filter(|j| j.section == Section::Misspelled)
        .count();
    // Languages the bundled pack has no text in: the answer is always a
    // record in another language.
    let cross = set
        .iter()
        .filter(|j| j.section == Section::CrossLanguage || !matches!(j.lang.as_str(), "en" | "es"))
        .count();
    let short = set
        .iter()
        .filter(|j| j.query.chars().filter(|c| !c.is_whitespace()).count() <= 2)
        .count();
    println!(
        "set make-up: {total} queries, {misspelled} misspelled, {cross} cross-language, {short} of one or two characters"
    );
    let missing: Vec<&str> = REQUIRED_LANGUAGES
        .into_iter()
        .filter(|lang| !set.iter().any(|j| j.lang == *lang))
        .collect();
    if total < 120
        || misspelled * 3 < total
        || cross * 5 < total
        || short == 0
        || !missing.is_empty()
    {
        return Err(format!(
            "the judged set needs >= 120 queries (has {total}), a third misspelled (has {misspelled}), a fifth cross-language (has {cross}), some of one or two characters (has {short}), and languages {REQUIRED_LANGUAGES:?} (missing {missing:?})"
        ));
    }
    Ok(())
}

//! Quality at known speed: recall@5 on the judged query set
//! (`tests/search-eval/judged.tsv`) over the bundled default pack, for the
//! product and for each alternative, so latency is compared at known quality.

use std::collections::HashMap;

use guide_core::{Guide, PackContent};

use crate::baselines::Engine;

/// One judged query.
pub struct Judged {
    lang: String,
    query: String,
    /// `topic:…`, `category:…` or `id:…`, any of which is a hit.
    expect: Vec<String>,
}

/// Reads the judged set from the repository.
pub fn load() -> Vec<Judged> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/search-eval/judged.tsv"
    );
    let text = std::fs::read_to_string(path).expect("the judged query set");
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let mut parts = line.split('\t');
            Some(Judged {
                lang: parts.next()?.to_string(),
                query: parts.next()?.to_string(),
                expect: parts.next()?.split('|').map(str::to_string).collect(),
            })
        })
        .collect()
}

/// Labels (`topic:…`, `category:…`, `id:…`) of every record of `pack`.
fn labels(pack: &PackContent) -> HashMap<String, Vec<String>> {
    pack.records
        .iter()
        .map(|r| {
            let mut labels: Vec<String> = r.topics.iter().map(|t| format!("topic:{t}")).collect();
            if let Some(c) = r.category() {
                labels.push(format!("category:{c}"));
            }
            labels.push(format!("id:{}", r.id));
            (r.id.clone(), labels)
        })
        .collect()
}

fn recall(set: &[Judged], pack: &PackContent, mut top5: impl FnMut(&Judged) -> Vec<String>) -> f64 {
    let labels = labels(pack);
    let hits = set
        .iter()
        .filter(|j| {
            top5(j).iter().any(|id| {
                labels
                    .get(id)
                    .is_some_and(|l| l.iter().any(|label| j.expect.contains(label)))
            })
        })
        .count();
    hits as f64 / set.len() as f64
}

/// recall@5 of the product on the bundled pack.
pub fn product_recall(set: &[Judged]) -> f64 {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = Guide::open(dir.path(), vec!["en".into()]).expect("open");
    let pack = guide_core::pack::default_pack().expect("bundled pack");
    recall(set, pack, |j| {
        guide
            .search(&j.query, std::slice::from_ref(&j.lang), 5)
            .expect("search")
            .into_iter()
            .map(|h| h.id)
            .collect()
    })
}

/// recall@5 of an alternative engine built over the bundled pack.
pub fn engine_recall(set: &[Judged], engine: &dyn Engine) -> f64 {
    let pack = guide_core::pack::default_pack().expect("bundled pack");
    recall(set, pack, |j| engine.search(&j.query, 5))
}

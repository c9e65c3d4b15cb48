//! The fixed query list per class, drawn deterministically from the corpus,
//! and what each class must return.

use serde::{Deserialize, Serialize};

use crate::baselines::Engine;
use crate::corpus::{Rng, Scale};
use crate::measure::timed;
use guide_core::{Guide, PackContent, SearchOptions};

/// One query and what it must return.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Query {
    /// What is typed.
    pub text: String,
    /// The person's language.
    pub lang: String,
    /// A record that must be among the first ten results, when known.
    pub expect_id: Option<String>,
}

/// Queries by class, plus ids for detail fetches.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuerySet {
    /// Full listing names, typed right.
    pub exact: Vec<Query>,
    /// Listing names with one letter wrong in a word of 4+ letters.
    pub misspelled: Vec<Query>,
    /// "Lawyer" in ten languages, each asked in its own language.
    pub cross_language: Vec<Query>,
    /// One letter, as the first keystroke of type-ahead.
    pub prefix: Vec<Query>,
    /// Words no record has.
    pub no_match: Vec<Query>,
    /// Records to open in full.
    pub detail_ids: Vec<String>,
    /// Points inside the corpus's metro areas to search near.
    pub places: Vec<(f64, f64)>,
    /// Times each query is run.
    pub rounds: usize,
}

const LAWYER: [(&str, &str); 10] = [
    ("en", "lawyer"),
    ("es", "abogado"),
    ("zh-Hans", "律师"),
    ("vi", "luật sư"),
    ("ar", "محامي"),
    ("ko", "변호사"),
    ("ru", "адвокат"),
    ("fr", "avocat"),
    ("pt", "advogado"),
    ("ht", "avoka"),
];

/// Draws the query set from `pack` with `seed`.
pub fn build(pack: &PackContent, seed: u64, scale: Scale) -> QuerySet {
    let mut rng = Rng::new(seed ^ 0x5eed);
    let listings: Vec<_> = pack
        .records
        .iter()
        .filter(|r| r.id.starts_with("synthetic-listing"))
        .collect();
    // Every name word, folded: a misspelling is kept only when the name
    // word it came from is the one word within typo distance of it. At
    // national scale many one-letter changes land next to another fictional
    // name, and guessing which was meant is not a fair check.
    let name_words: std::collections::BTreeSet<String> = listings
        .iter()
        .flat_map(|r| r.texts["en"].title.split(' ').take(2))
        .map(str::to_lowercase)
        .collect();
    let unambiguous = |typo: &str| {
        let Some(dfa) = guide_core::search::typo::automaton(typo) else {
            return false;
        };
        let max = guide_core::search::typo::max_distance(typo.chars().count());
        name_words
            .iter()
            .filter(|w| guide_core::search::typo::distance(&dfa, w.as_bytes()) <= max)
            .count()
            == 1
    };
    let mut exact = Vec::new();
    let mut misspelled = Vec::new();
    for draw in 0.. {
        if exact.len() == 20 {
            break;
        }
        assert!(draw < 100_000, "no unambiguous misspellings in this corpus");
        let record = listings[rng.below(listings.len())];
        let title = &record.texts["en"].title;
        let name: Vec<&str> = title.split(' ').take(2).collect();
        let mut second: Vec<char> = name[1].chars().collect();
        let at = 1 + rng.below(second.len() - 2);
        second[at] = if second[at] == 'x' { 'q' } else { 'x' };
        let second: String = second.into_iter().collect();
        if !unambiguous(&second.to_lowercase()) {
            continue;
        }
        exact.push(Query {
            text: name.join(" "),
            lang: "en".into(),
            expect_id: Some(record.id.clone()),
        });
        misspelled.push(Query {
            text: format!("{} {second}", name[0]),
            lang: "en".into(),
            expect_id: Some(record.id.clone()),
        });
    }
    let cross_language = LAWYER
        .iter()
        .map(|(lang, text)| Query {
            text: (*text).into(),
            lang: (*lang).into(),
            expect_id: None,
        })
        .collect();
    let prefix = ["k", "m", "r", "t", "b", "a", "l"]
        .iter()
        .map(|l| Query {
            text: (*l).into(),
            lang: "en".into(),
            expect_id: None,
        })
        .collect();
    let no_match = ["zzqxj", "qwxzvyp", "xqzjv kqzvx", "ǂǂǂ"]
        .iter()
        .map(|q| Query {
            text: (*q).into(),
            lang: "en".into(),
            expect_id: None,
        })
        .collect();
    let detail_ids = (0..50)
        .map(|_| pack.records[rng.below(pack.records.len())].id.clone())
        .collect();
    let places = (0..40)
        .map(|i| {
            let (_, _, min_lat, max_lat, min_lon, max_lon) =
                crate::corpus::METROS[i % crate::corpus::METROS.len()];
            (
                min_lat + rng.unit() * (max_lat - min_lat),
                min_lon + rng.unit() * (max_lon - min_lon),
            )
        })
        .collect();
    QuerySet {
        places,
        exact,
        misspelled,
        cross_language,
        prefix,
        no_match,
        detail_ids,
        rounds: if scale.name == "smoke" { 1 } else { 10 },
    }
}

fn classes(set: &QuerySet) -> [(&'static str, &Vec<Query>, bool); 5] {
    [
        ("exact", &set.exact, false),
        ("misspelled", &set.misspelled, false),
        ("cross_language", &set.cross_language, false),
        ("prefix", &set.prefix, false),
        ("no_match", &set.no_match, true),
    ]
}

/// Times the product on every class and checks each answer; panics on a
/// wrong answer so a fast empty result cannot pass.
pub fn run_product(guide: &Guide, set: &QuerySet) -> Vec<(&'static str, Vec<f64>)> {
    classes(set)
        .into_iter()
        .map(|(class, queries, expect_empty)| {
            let mut samples = Vec::new();
            for _ in 0..set.rounds {
                for query in queries {
                    let langs = [query.lang.clone()];
                    let options = SearchOptions {
                        languages: langs.to_vec(),
                        limit: 10,
                        // The one-letter class is type-ahead's first keystroke.
                        prefix: class == "prefix",
                        ..SearchOptions::default()
                    };
                    let (found, ms) =
                        timed(|| guide.search_with(&query.text, &options).expect("search"));
                    let hits = found.hits;
                    samples.push(ms);
                    check(
                        class,
                        query,
                        expect_empty,
                        &hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>(),
                    );
                }
            }
            (class, samples)
        })
        .collect()
}

/// Times an alternative engine on every class (answers are not judged here:
/// their quality is measured by recall on the judged set).
pub fn run_engine(engine: &dyn Engine, set: &QuerySet) -> Vec<(&'static str, Vec<f64>)> {
    classes(set)
        .into_iter()
        .map(|(class, queries, _)| {
            let mut samples = Vec::new();
            for _ in 0..set.rounds {
                for query in queries {
                    samples.push(timed(|| engine.search(&query.text, 10)).1);
                }
            }
            (class, samples)
        })
        .collect()
}

fn check(class: &str, query: &Query, expect_empty: bool, ids: &[String]) {
    if expect_empty {
        assert!(
            ids.is_empty(),
            "{class} query {:?} should find nothing, found {ids:?}",
            query.text
        );
        return;
    }
    assert!(
        !ids.is_empty(),
        "{class} query {:?} ({}) found nothing",
        query.text,
        query.lang
    );
    if let Some(expected) = &query.expect_id {
        assert!(
            ids.contains(expected),
            "{class} query {:?} did not find {expected} in {ids:?}",
            query.text
        );
    }
}

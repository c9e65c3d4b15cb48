//! Search over every installed pack, in the person's language, forgiving
//! of accents, inflections, typos, and of the language a query is typed in.
//!
//! Index time ([`crate::index::text`], run by [`crate::ingest`]) and query time
//! ([`query`]) share one analysis: [`normalize`] (NFKC, case, accents and
//! Arabic-script folding), [`tokenize`] (words, or bigrams for Han and
//! Hangul) and [`stem`] (Snowball by the text's language tag). A query also
//! expands through the vocabulary ([`lexicon`]: typo corrections by
//! [`typo`] distance, completions while typing) and through [`concepts`]
//! (words in any language → topics and categories). [`rank`] turns bm25 and
//! the language chain into one score; [`snippet`] marks matched words.
//!
//! A search runs inside an interrupt scope (`store::interrupt`): a newer
//! keystroke cancels it with `StoreError::Interrupted`, never a partial list.

pub mod concepts;
pub mod place;
pub mod query;
pub mod rank;
pub mod snippet;

// The analysis is shared with the index, one layer down; these keep the
// paths `search::normalize` and the like working.
pub use crate::text::{lexicon, normalize, stem, tokenize, typo};

use std::collections::{HashMap, HashSet};

use rusqlite::{OptionalExtension, params};

use crate::i18n;
use crate::index::text as text_index;
use crate::model::Kind;
use crate::source::SourceError;
use crate::store::Store;
use crate::store::error::{Result, StorageContext, StoreError};
use crate::store::interrupt::InterruptScope;

/// At most this many matching texts are ranked per query list: enough for
/// any page of results, bounded so a common word stays cheap.
const CANDIDATE_LIMIT: usize = 200;

/// At most this many texts are taken, in index order, from what only adds
/// candidates (concept facets, common completions): enough to fill a page
/// when nothing else matches, and a fixed cost however many texts match.
const SAMPLE_LIMIT: usize = 200;

/// Candidate rows are read this many at a time between interrupt checks.
const ROWS_PER_CHECK: usize = 64;

/// What to search for and how to present it.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// The person's languages, most preferred first (BCP 47).
    pub languages: Vec<String>,
    /// At most this many results.
    pub limit: usize,
    /// Type-ahead: the last word is still being typed, so it also matches
    /// the words it starts (unless the text ends with a space).
    pub prefix: bool,
    /// Listing filters (the directory's); the default filters nothing.
    pub filters: crate::directory::Filters,
    /// The place the person searches near, already resolved: listings near
    /// it rank up (see `rank::near_factor`). Used for this query only.
    pub near: Option<crate::geo::Locality>,
}

/// One result, in the language chosen for the person.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// The record's id (for `show`).
    pub id: String,
    /// Article or listing.
    pub kind: Kind,
    /// Title or listing name, in `lang`.
    pub title: String,
    /// The language the title and snippet are in.
    pub lang: String,
    /// `true` when `lang` is not the person's first language
    /// (e.g. "shown in English").
    pub fallback: bool,
    /// Topic keys.
    pub topics: Vec<String>,
    /// Listing category key; `None` for articles.
    pub category: Option<String>,
    /// A short extract with the matched words between `**` markers, or the
    /// summary when no word of it matched (e.g. found through a concept).
    pub snippet: String,
    /// Id of the pack the record comes from.
    pub pack: String,
    /// Relevance, higher is better; comparable only within one result list.
    pub score: f64,
    /// The day the record's pack went stale, when it has (set by `Guide`).
    pub stale_since: Option<String>,
    /// The day the record's facts were last checked (ISO 8601).
    pub verified_on: String,
    /// Whether it is on a fast-changing topic: show "last checked on …,
    /// check current status" beside it (see `freshness`).
    pub check_status: bool,
}

/// A result list and, when its best result came from a corrected query,
/// that query ("did you mean …").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    /// Results, best first.
    pub hits: Vec<SearchHit>,
    /// The corrected query, when the best result was found through it.
    pub corrected: Option<String>,
    /// The place the search ranked listings near, and where it came from
    /// (set by `Guide`): say "Searching near …".
    pub place: Option<SearchPlace>,
    /// The query said "near me" (in any language) but no place was given
    /// or saved: ask the person to set one.
    pub near_me_unset: bool,
}

/// Where a search's place came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceSource {
    /// Named in the query ("abogado en Chicago", "lawyer 21202").
    Query,
    /// Given with the search (`--near`, the app's place picker).
    Given,
    /// The place the person saved on this device.
    Saved,
}

impl PlaceSource {
    /// The stable name JSON and the apps use.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceSource::Query => "query",
            PlaceSource::Given => "given",
            PlaceSource::Saved => "saved",
        }
    }
}

/// The place a search ranked listings near.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPlace {
    /// The place, resolved offline.
    pub locality: crate::geo::Locality,
    /// Where it came from.
    pub source: PlaceSource,
}

/// Why a search gave no results list. Messages never carry the query.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The store failed, or a newer keystroke interrupted the search.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The built-in concepts do not parse (a build defect; the file and line inside).
    #[error("invalid pack sources: {0}")]
    Concepts(#[from] SourceError),
}

/// Which query of a search found a text.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// The bm25-ranked words.
    Ranked,
    /// Concept facets.
    Facets,
    /// Sampled words, as typed or from corrections.
    Sampled {
        /// From corrections (weighed by `FIX_WEIGHT`).
        corrected: bool,
    },
}

/// One matching text while a query is ranked.
struct Candidate {
    text_rowid: i64,
    record_rowid: i64,
    lang: String,
    /// The record's category and topics (JSON), for concept facets.
    facets: (Option<String>, String),
    /// The ranked query's bm25, corrections weighted by `rank::FIX_WEIGHT`.
    ranked: f64,
    /// Sampled completions and facets of concepts named as typed.
    typed: f64,
    /// Facets of concepts only a correction names, weighted.
    fixed: f64,
    /// Relevance with the language factor.
    score: f64,
}

impl Candidate {
    /// Relevance before the language factor.
    fn raw(&self) -> f64 {
        self.ranked + self.typed + self.fixed
    }
}

/// Runs `text` against every installed pack; `scope` (from the store's
/// interrupt handle, taken when the search was asked for) cancels it.
pub fn search(
    store: &Store,
    text: &str,
    options: &SearchOptions,
    scope: &InterruptScope,
) -> Result<SearchResults, SearchError> {
    scope.err_if_interrupted()?;
    if options.limit == 0 {
        return Ok(SearchResults::default());
    }
    // The chain queries are stemmed in: the person's languages, then the
    // source language of the content (every installed pack's, in practice "en").
    let mut chain = i18n::language_chain(&options.languages, "en");
    for source in store.source_languages()? {
        if !chain.iter().any(|c| c.eq_ignore_ascii_case(&source)) {
            chain.push(source);
        }
    }
    let concepts = concepts::built_in()?;
    let plan = query::plan(text, &chain, options.prefix, store.lexicon(), &concepts);
    if plan.is_empty() {
        return Ok(SearchResults::default());
    }
    scope.err_if_interrupted()?;

    let lexicon = store.lexicon();
    let primary = query::expressions(&plan.primary, &plan.completions, lexicon);
    let fixes = query::expressions(&plan.fixes, &plan.completions, lexicon);
    // One ranked query for both lists, so a text matching one word as typed
    // and a correction of another ranks by both. bm25 adds up phrase by
    // phrase: writing the typed words twice weighs corrections by
    // rank::FIX_WEIGHT (one half) against them.
    let (ranked, halve) = match (&primary.ranked, &fixes.ranked) {
        (Some(typed), Some(fixed)) => (Some(format!("({typed}) OR ({typed}) OR ({fixed})")), true),
        (typed, fixed) => (typed.clone().or_else(|| fixed.clone()), false),
    };
    let facets = match (&primary.facets, &fixes.facets) {
        (Some(a), Some(b)) => Some(format!("({a}) OR ({b})")),
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    // Concept facets are scored here, not by bm25 (see rank::COLUMN_WEIGHTS).
    let facets_of = |tokens: &[String]| -> HashSet<String> {
        tokens
            .iter()
            .filter(|t| t.starts_with(text_index::FACET_MARK))
            .cloned()
            .collect()
    };
    let (typed_facets, fixed_facets) = (facets_of(&plan.primary), facets_of(&plan.fixes));
    let fix_factor =
        if primary.ranked.is_some() || primary.sampled.is_some() || primary.facets.is_some() {
            rank::FIX_WEIGHT
        } else {
            // Nothing as typed to weigh against: corrections count fully.
            1.0
        };

    // One entry per text: what each query found in it, added up.
    let mut texts: HashMap<i64, Candidate> = HashMap::new();
    for (expression, part) in [
        (&ranked, Part::Ranked),
        (&facets, Part::Facets),
        (&primary.sampled, Part::Sampled { corrected: false }),
        (&fixes.sampled, Part::Sampled { corrected: true }),
    ] {
        let Some(expression) = expression else {
            continue;
        };
        for found in matching_texts(store, expression, part == Part::Ranked, scope)? {
            let entry = texts.entry(found.text).or_insert_with(|| Candidate {
                text_rowid: found.text,
                record_rowid: found.record,
                lang: found.lang,
                facets: (found.category, found.topics),
                ranked: 0.0,
                typed: 0.0,
                fixed: 0.0,
                score: 0.0,
            });
            match part {
                Part::Ranked if halve => entry.ranked += found.score / 2.0,
                Part::Ranked if primary.ranked.is_none() => {
                    entry.ranked += fix_factor * found.score
                }
                Part::Ranked => entry.ranked += found.score,
                // Scored below from the record's topics and category.
                Part::Facets => {}
                Part::Sampled { corrected: false } => entry.typed += rank::SAMPLED_MATCH,
                Part::Sampled { corrected: true } => {
                    entry.fixed += fix_factor * rank::SAMPLED_MATCH
                }
            }
        }
        scope.err_if_interrupted()?;
    }
    for candidate in texts.values_mut() {
        if typed_facets.is_empty() && fixed_facets.is_empty() {
            break;
        }
        let (category, topics) = &candidate.facets;
        let topics: Vec<String> = serde_json::from_str(topics).unwrap_or_default();
        let facets = text_index::facets(category.as_deref(), &topics);
        let typed = rank::facet_score(facets.iter().copied(), |kind, key| {
            typed_facets.contains(&text_index::facet_token(kind, key))
        });
        let fixed = rank::facet_score(facets.iter().copied(), |kind, key| {
            fixed_facets.contains(&text_index::facet_token(kind, key))
        });
        candidate.typed += typed;
        candidate.fixed += fix_factor * fixed;
    }

    // Best text per record; a match in the person's language wins ties.
    let mut records: HashMap<i64, Candidate> = HashMap::new();
    for (_, mut candidate) in texts {
        candidate.score = candidate.raw() * rank::language_factor(&candidate.lang, &chain);
        match records.get(&candidate.record_rowid) {
            Some(kept) if kept.score >= candidate.score => {}
            _ => {
                records.insert(candidate.record_rowid, candidate);
            }
        }
    }
    let mut ranked: Vec<Candidate> = records.into_values().collect();
    // Listings with a point are local help: near the place the person
    // searches near they rank up; with no place known they rank a little
    // below what serves anyone (articles, hotlines, national programs).
    // A query that asks for a kind of place and no subject ("oficina de
    // inmigrantes": a concept naming a category and no topic) keeps the
    // listings of that kind as they are without a place.
    let topic_mark = format!("{}t", text_index::FACET_MARK);
    let asked = typed_facets.iter().chain(&fixed_facets);
    let names_topic = asked.clone().any(|t| t.starts_with(&topic_mark));
    let kind_asked_for = |category: &str| {
        !names_topic
            && asked
                .clone()
                .any(|t| *t == text_index::facet_token("category", category))
    };
    for candidate in &mut ranked {
        let Some(category) = &candidate.facets.0 else {
            continue; // an article
        };
        if options.near.is_none() && kind_asked_for(category) {
            continue;
        }
        if let Some(point) = listing_point(store, candidate.record_rowid)? {
            candidate.score *= match &options.near {
                Some(place) => rank::near_factor(crate::geo::distance_km(place.point, point)),
                None => rank::LOCAL_WITHOUT_PLACE,
            };
        }
    }
    scope.err_if_interrupted()?;
    ranked.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.record_rowid.cmp(&b.record_rowid))
    });
    if !options.filters.is_empty() {
        // The directory's filter hook: drop what the filters refuse before
        // cutting to the limit, so a filtered page is still full.
        let mut kept = Vec::with_capacity(options.limit);
        for candidate in ranked {
            if kept.len() == options.limit {
                break;
            }
            if crate::directory::filters::accepts_rowid(
                store,
                candidate.record_rowid,
                &options.filters,
            )? {
                kept.push(candidate);
            }
        }
        ranked = kept;
    }
    ranked.truncate(options.limit);

    // "Did you mean": when the best result owes more to corrections than
    // to the words as typed.
    let corrected = match ranked.first() {
        Some(top) if plan.corrected.is_some() => {
            let typed_bm25 = match (&primary.ranked, halve) {
                (Some(typed), true) => text_score_for(store, typed, top.text_rowid)?,
                (Some(_), false) => top.ranked,
                (None, _) => 0.0,
            };
            let typed = typed_bm25 + top.typed;
            (top.raw() - typed > typed)
                .then(|| plan.corrected.clone())
                .flatten()
        }
        _ => None,
    };
    let mut hits = Vec::with_capacity(ranked.len());
    for candidate in ranked {
        scope.err_if_interrupted()?;
        hits.push(present(store, candidate, options, &plan.marks)?);
    }
    Ok(SearchResults {
        hits,
        corrected,
        ..SearchResults::default()
    })
}

/// One text matching an FTS5 expression.
struct Match {
    /// `record_texts.rowid`.
    text: i64,
    /// `records.rowid`.
    record: i64,
    lang: String,
    /// bm25, flipped so higher is better.
    score: f64,
    /// The record's listing category.
    category: Option<String>,
    /// The record's topics (JSON array).
    topics: String,
}

/// Texts matching `expression`: the best [`CANDIDATE_LIMIT`] by bm25 when
/// `ranked`, else the first [`SAMPLE_LIMIT`] in index order, unscored.
fn matching_texts(
    store: &Store,
    expression: &str,
    ranked: bool,
    scope: &InterruptScope,
) -> Result<Vec<Match>> {
    // FTS5 ranks and cuts first; only the kept rows are joined (a join
    // before the LIMIT would read two rows for every match).
    const RANKED: &str = "WITH best AS MATERIALIZED (
             SELECT rowid, bm25(text_fts, ?2, ?3, ?4, ?5, ?6) AS score
             FROM text_fts WHERE text_fts MATCH ?1 ORDER BY score LIMIT ?7)
         SELECT t.rowid, t.record_rowid, t.lang, best.score, r.category, r.topics
         FROM best JOIN record_texts t ON t.rowid = best.rowid
         JOIN records r ON r.rowid = t.record_rowid";
    // No bm25 here: its first call walks every match of every phrase.
    const SAMPLED: &str = "WITH best AS MATERIALIZED (
             SELECT rowid, 0.0 AS score FROM text_fts WHERE text_fts MATCH ?1 LIMIT ?2)
         SELECT t.rowid, t.record_rowid, t.lang, best.score, r.category, r.topics
         FROM best JOIN record_texts t ON t.rowid = best.rowid
         JOIN records r ON r.rowid = t.record_rowid";
    let conn = store.conn();
    let w = rank::COLUMN_WEIGHTS;
    let mut stmt;
    let mut rows = if ranked {
        stmt = conn.prepare_cached(RANKED).context("preparing a search")?;
        stmt.query(params![
            expression,
            w[0],
            w[1],
            w[2],
            w[3],
            w[4],
            CANDIDATE_LIMIT as i64
        ])
    } else {
        stmt = conn.prepare_cached(SAMPLED).context("preparing a search")?;
        stmt.query(params![expression, SAMPLE_LIMIT as i64])
    }
    .context("searching")?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().context("searching")? {
        out.push(Match {
            text: row.get(0).context("searching")?,
            record: row.get(1).context("searching")?,
            lang: row.get(2).context("searching")?,
            score: -row.get::<_, f64>(3).context("searching")?,
            category: row.get(4).context("searching")?,
            topics: row.get(5).context("searching")?,
        });
        if out.len() % ROWS_PER_CHECK == 0 {
            scope.err_if_interrupted()?;
        }
    }
    Ok(out)
}

/// The point of the listing stored at `record_rowid` (its placed point,
/// see `directory::index`); `None` for an article or a listing with no point.
fn listing_point(store: &Store, record_rowid: i64) -> Result<Option<crate::geo::Point>> {
    let row: Option<(Option<f64>, Option<f64>)> = store
        .conn()
        .prepare_cached("SELECT latitude, longitude FROM listing_facts WHERE record_rowid = ?1")
        .context("preparing a search")?
        .query_row([record_rowid], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
        .context("reading a listing's point")?;
    Ok(row
        .and_then(|(lat, lon)| lat.zip(lon))
        .and_then(|(lat, lon)| crate::geo::Point::new(lat, lon)))
}

/// bm25 (flipped, higher is better) of the one text `text_rowid` for
/// `expression`; 0 when it does not match.
fn text_score_for(store: &Store, expression: &str, text_rowid: i64) -> Result<f64> {
    let w = rank::COLUMN_WEIGHTS;
    store
        .conn()
        .prepare_cached(
            "SELECT bm25(text_fts, ?2, ?3, ?4, ?5, ?6) FROM text_fts
             WHERE text_fts MATCH ?1 AND rowid = ?7",
        )
        .context("preparing a search")?
        .query_row(
            params![expression, w[0], w[1], w[2], w[3], w[4], text_rowid],
            |row| row.get::<_, f64>(0),
        )
        .optional()
        .context("searching")
        .map(|score| score.map_or(0.0, |s| -s))
}

/// Picks the display language for one hit and reads its title and snippet.
fn present(
    store: &Store,
    candidate: Candidate,
    options: &SearchOptions,
    marks: &std::collections::BTreeSet<String>,
) -> Result<SearchHit> {
    let conn = store.conn();
    type Row = (
        String,
        String,
        Option<String>,
        String,
        String,
        String,
        String,
        Option<String>,
    );
    let (id, kind, category, topics, pack, source_language, verified_on, expires_on): Row = conn
        .prepare_cached(
            // A rowid lookup with no join to plan: the join form was
            // re-prepared on every call (9% of an exact-name search).
            "SELECT r.id, r.kind, r.category, r.topics, r.pack_id,
                    (SELECT p.source_language FROM packs p WHERE p.pack_id = r.pack_id),
                    r.verified_on, r.expires_on
             FROM records r WHERE r.rowid = ?1",
        )
        .context("preparing a result")?
        .query_row([candidate.record_rowid], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
            ))
        })
        .context("reading a result")?;
    let languages: Vec<String> = conn
        .prepare_cached("SELECT lang FROM record_texts WHERE record_rowid = ?1")
        .context("preparing a result")?
        .query_map([candidate.record_rowid], |row| row.get(0))
        .context("reading a result")?
        .collect::<rusqlite::Result<_>>()
        .context("reading a result")?;
    let chain = i18n::language_chain(&options.languages, &source_language);
    let lang = i18n::pick(&chain, &languages)
        .cloned()
        .unwrap_or_else(|| candidate.lang.clone());
    let (title, summary, body): (String, String, String) = conn
        .prepare_cached(
            "SELECT title, summary, body FROM record_texts WHERE record_rowid = ?1 AND lang = ?2",
        )
        .context("preparing a result")?
        .query_row(params![candidate.record_rowid, lang], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .context("reading a result")?;
    let first = chain
        .first()
        .map(String::as_str)
        .unwrap_or(&source_language);
    Ok(SearchHit {
        id,
        kind: Kind::parse(&kind).unwrap_or(Kind::Article),
        title,
        fallback: !i18n::same_language(&lang, first),
        snippet: snippet::snippet(&lang, &[&summary, &body], marks),
        lang,
        topics: serde_json::from_str(&topics).unwrap_or_default(),
        category,
        pack,
        score: candidate.score,
        stale_since: None,
        check_status: crate::freshness::changes_fast(&verified_on, expires_on.as_deref()),
        verified_on,
    })
}

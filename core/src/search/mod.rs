//! Full-text search over every installed pack, in the person's language.
//!
//! First version: untrusted text becomes a safe FTS5 expression (see
//! [`query`]), FTS5's bm25 ranks matches with the title weighted above tags,
//! summary and body, and each hit is shown in the best language the record
//! has for the person, flagged when that is a fallback.

pub mod query;

use std::collections::HashMap;

use rusqlite::params;

use crate::error::{Result, StorageContext};
use crate::i18n;
use crate::model::Kind;
use crate::store::Store;

/// bm25 column weights for (title, tags, summary, body): a word in a title
/// says far more about what a record is about than the same word in its body.
const COLUMN_WEIGHTS: [f64; 4] = [10.0, 5.0, 3.0, 1.0];

/// A match in a language the person did not ask for counts this much less
/// (bm25 scores are negative; a factor under 1 moves them towards zero).
const OTHER_LANGUAGE_FACTOR: f64 = 0.8;

/// At most this many matching texts are ranked per query: enough for any
/// page of results, bounded so a common word stays cheap.
const CANDIDATE_LIMIT: usize = 500;

/// What to search for and how to present it.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// The person's languages, most preferred first (BCP 47).
    pub languages: Vec<String>,
    /// At most this many results.
    pub limit: usize,
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
    /// summary when the match was in another language.
    pub snippet: String,
    /// Id of the pack the record comes from.
    pub pack: String,
    /// Relevance, higher is better; comparable only within one result list.
    pub score: f64,
    /// The day the record's pack went stale, when it has (set by `Guide`).
    pub stale_since: Option<String>,
}

struct Candidate {
    record_rowid: i64,
    lang: String,
    score: f64,
    snippet: String,
}

/// Runs `text` against every installed pack.
pub fn search(store: &Store, text: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
    let Some(expression) = query::fts_expression(text) else {
        return Ok(Vec::new());
    };
    if options.limit == 0 {
        return Ok(Vec::new());
    }
    let conn = store.conn();
    let mut stmt = conn
        .prepare_cached(
            "SELECT t.record_rowid, t.lang,
                    bm25(text_fts, ?2, ?3, ?4, ?5) AS score,
                    snippet(text_fts, -1, '**', '**', '…', 12)
             FROM text_fts JOIN record_texts t ON t.rowid = text_fts.rowid
             WHERE text_fts MATCH ?1
             ORDER BY score LIMIT ?6",
        )
        .context("preparing a search")?;
    let first = options
        .languages
        .first()
        .map(String::as_str)
        .unwrap_or("en");
    let rows = stmt
        .query_map(
            params![
                expression,
                COLUMN_WEIGHTS[0],
                COLUMN_WEIGHTS[1],
                COLUMN_WEIGHTS[2],
                COLUMN_WEIGHTS[3],
                CANDIDATE_LIMIT as i64,
            ],
            |row| {
                Ok(Candidate {
                    record_rowid: row.get(0)?,
                    lang: row.get(1)?,
                    score: row.get(2)?,
                    snippet: row.get(3)?,
                })
            },
        )
        .context("searching")?;

    // Best candidate per record; a match in the person's language wins ties.
    let mut best: HashMap<i64, Candidate> = HashMap::new();
    for row in rows {
        let mut candidate = row.context("searching")?;
        // bm25 is negative, better is lower; flip so higher is better.
        candidate.score = -candidate.score;
        if !i18n::same_language(&candidate.lang, first) {
            candidate.score *= OTHER_LANGUAGE_FACTOR;
        }
        match best.get(&candidate.record_rowid) {
            Some(kept) if kept.score >= candidate.score => {}
            _ => {
                best.insert(candidate.record_rowid, candidate);
            }
        }
    }
    let mut ranked: Vec<Candidate> = best.into_values().collect();
    ranked.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.record_rowid.cmp(&b.record_rowid))
    });
    ranked.truncate(options.limit);

    ranked
        .into_iter()
        .map(|candidate| present(store, candidate, options))
        .collect()
}

/// Picks the display language for one hit and reads its title and summary.
fn present(store: &Store, candidate: Candidate, options: &SearchOptions) -> Result<SearchHit> {
    let conn = store.conn();
    let (id, kind, category, topics, pack, source_language): (
        String,
        String,
        Option<String>,
        String,
        String,
        String,
    ) = conn
        .prepare_cached(
            "SELECT r.id, r.kind, r.category, r.topics, r.pack_id, p.source_language
             FROM records r JOIN packs p USING (pack_id) WHERE r.rowid = ?1",
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
    let (title, summary): (String, String) = conn
        .prepare_cached(
            "SELECT title, summary FROM record_texts WHERE record_rowid = ?1 AND lang = ?2",
        )
        .context("preparing a result")?
        .query_row(params![candidate.record_rowid, lang], |row| {
            Ok((row.get(0)?, row.get(1)?))
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
        snippet: if candidate.lang == lang {
            candidate.snippet
        } else {
            summary
        },
        lang,
        topics: serde_json::from_str(&topics).unwrap_or_default(),
        category,
        pack,
        score: candidate.score,
        stale_since: None,
    })
}

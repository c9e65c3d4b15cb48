//! What a team might pick instead, on the same corpus and queries:
//! a naive `LIKE '%term%'` scan, plain FTS5 with no normalisation, typo or
//! concept layers (the floor our layers add to), and tantivy with fuzzy
//! term queries. Each answers with record ids, best first.

use std::collections::HashSet;

use guide_core::PackContent;
use rusqlite::{Connection, params};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query};
use tantivy::schema::{Field, STORED, STRING, Schema, TEXT, Value};
use tantivy::{Index, IndexReader, TantivyDocument, Term, doc};

/// A search engine under comparison.
pub trait Engine {
    /// Its name in reports.
    fn name(&self) -> &'static str;
    /// The ids of at most `limit` best records for `query`.
    fn search(&self, query: &str, limit: usize) -> Vec<String>;
}

/// The words of a query as the baselines see them: split on what is not a
/// letter or digit, lowercased. No other normalisation, by design.
fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(str::to_lowercase)
        .collect()
}

/// Every (record id, language text) of `pack`, flattened.
fn docs(pack: &PackContent) -> impl Iterator<Item = (&str, String, String, String, String)> {
    pack.records.iter().flat_map(|r| {
        r.texts.values().map(move |t| {
            (
                r.id.as_str(),
                t.title.clone(),
                t.tags.join(" ; "),
                t.summary.clone(),
                t.body.clone(),
            )
        })
    })
}

/// Ids in order, each once.
fn dedup(ids: impl Iterator<Item = String>, limit: usize) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.filter(|id| seen.insert(id.clone()))
        .take(limit)
        .collect()
}

/// Creates table `docs` with `create` in a new SQLite file at `path` and
/// loads every text of `pack` into it, in one transaction.
fn load_docs(pack: &PackContent, path: &std::path::Path, create: &str) -> Connection {
    let mut conn = Connection::open(path).unwrap();
    conn.execute_batch(create).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO docs VALUES (?1, ?2, ?3, ?4, ?5)")
            .unwrap();
        for (id, title, tags, summary, body) in docs(pack) {
            insert
                .execute(params![id, title, tags, summary, body])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    conn
}

/// `LIKE '%word%'` over every text column, any word.
pub struct NaiveLike {
    conn: Connection,
}

impl NaiveLike {
    /// Loads the corpus into an SQLite file in `dir`.
    pub fn build(pack: &PackContent, dir: &std::path::Path) -> NaiveLike {
        let conn = load_docs(
            pack,
            &dir.join("naive.sqlite3"),
            "CREATE TABLE docs(id TEXT, title TEXT, tags TEXT, summary TEXT, body TEXT);",
        );
        NaiveLike { conn }
    }
}

impl Engine for NaiveLike {
    fn name(&self) -> &'static str {
        "naive LIKE"
    }

    fn search(&self, query: &str, limit: usize) -> Vec<String> {
        let words = words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let clause = words
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let p = i + 1;
                format!(
                    "(title LIKE ?{p} OR tags LIKE ?{p} OR summary LIKE ?{p} OR body LIKE ?{p})"
                )
            })
            .collect::<Vec<_>>()
            .join(" OR ");
        let sql = format!("SELECT id FROM docs WHERE {clause} LIMIT {}", limit * 4);
        let patterns: Vec<String> = words.iter().map(|w| format!("%{w}%")).collect();
        let mut stmt = self.conn.prepare_cached(&sql).unwrap();
        let ids = stmt
            .query_map(rusqlite::params_from_iter(patterns.iter()), |row| {
                row.get::<_, String>(0)
            })
            .unwrap()
            .map(Result::unwrap);
        dedup(ids, limit)
    }
}

/// FTS5 with its default tokenizer, bm25 with the same column weights, no
/// layers of ours.
pub struct PlainFts5 {
    conn: Connection,
}

impl PlainFts5 {
    /// Indexes the corpus into an SQLite file in `dir`.
    pub fn build(pack: &PackContent, dir: &std::path::Path) -> PlainFts5 {
        let conn = load_docs(
            pack,
            &dir.join("plain-fts5.sqlite3"),
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, summary, body);",
        );
        PlainFts5 { conn }
    }
}

impl Engine for PlainFts5 {
    fn name(&self) -> &'static str {
        "plain FTS5"
    }

    fn search(&self, query: &str, limit: usize) -> Vec<String> {
        let words = words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let expression = words
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(" OR ");
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs, 0, 10.0, 5.0, 3.0, 1.0) LIMIT ?2",
            )
            .unwrap();
        let ids = stmt
            .query_map(params![expression, (limit * 4) as i64], |row| {
                row.get::<_, String>(0)
            })
            .unwrap()
            .map(Result::unwrap);
        dedup(ids, limit)
    }
}

/// tantivy with its default tokenizer and fuzzy term queries whose edit
/// distance grows with word length, as ours does.
pub struct Tantivy {
    reader: IndexReader,
    id: Field,
    fields: [Field; 4],
}

impl Tantivy {
    /// Indexes the corpus into `dir`.
    pub fn build(pack: &PackContent, dir: &std::path::Path) -> Tantivy {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let fields = [
            schema.add_text_field("title", TEXT),
            schema.add_text_field("tags", TEXT),
            schema.add_text_field("summary", TEXT),
            schema.add_text_field("body", TEXT),
        ];
        let path = dir.join("tantivy");
        std::fs::create_dir_all(&path).unwrap();
        let index = Index::create_in_dir(&path, schema.build()).unwrap();
        let mut writer = index.writer(128 * 1024 * 1024).unwrap();
        for (doc_id, title, tags, summary, body) in docs(pack) {
            writer
                .add_document(doc!(id => doc_id, fields[0] => title, fields[1] => tags, fields[2] => summary, fields[3] => body))
                .unwrap();
        }
        writer.commit().unwrap();
        let reader = index.reader().unwrap();
        Tantivy { reader, id, fields }
    }
}

impl Engine for Tantivy {
    fn name(&self) -> &'static str {
        "tantivy fuzzy"
    }

    fn search(&self, query: &str, limit: usize) -> Vec<String> {
        let words = words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &words {
            let distance = match word.chars().count() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            for field in self.fields {
                let term = Term::from_field_text(field, word);
                clauses.push((
                    Occur::Should,
                    Box::new(FuzzyTermQuery::new(term, distance, true)),
                ));
            }
        }
        let searcher = self.reader.searcher();
        let top = searcher
            .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(limit * 4))
            .unwrap();
        let ids = top.into_iter().map(|(_, address)| {
            let doc: TantivyDocument = searcher.doc(address).unwrap();
            doc.get_first(self.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        });
        dedup(ids, limit)
    }
}

//! The text index: what `text_fts` holds for one text — the same
//! normalisation, tokenisation and stemming as queries get, done in Rust
//! before FTS5 sees anything, plus the record's topics and category as facet
//! tokens — and the writes that fill it. Filled by `crate::ingest`; read by
//! `crate::search`. The table is declared in `store::schema::CURRENT`.
//!
//! Each column of `text_fts` receives space-separated tokens: every word
//! folded ([`super::normalize::fold`]), followed by its stem in the text's
//! language when that differs, so a query word matching the word as written
//! scores both and ranks above one that matches only the stem; bigram
//! scripts get their bigrams and single characters.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::store::error::{Result, StorageContext};

use crate::text::normalize::fold_content;
use crate::text::stem::stem_content;
use crate::text::tokenize::{TokenKind, tokens_of_folded};

/// The marker that starts a facet token. A private-use character: query
/// text never yields one (tokens hold only letters, digits and marks).
pub const FACET_MARK: char = '\u{E000}';

/// The index token for a topic (`kind` = `"topic"`) or category of a
/// record. Only concepts put these in a query.
pub fn facet_token(kind: &str, key: &str) -> String {
    let tag = if kind == "category" { 'c' } else { 't' };
    // `-` would split the token in FTS5; another private-use character won't.
    let key: String = key
        .chars()
        .map(|c| if c == '-' { '\u{E001}' } else { c })
        .collect();
    format!("{FACET_MARK}{tag}{key}")
}

/// The tokens of one text, column by column, ready for `text_fts`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexedText {
    /// Title tokens.
    pub title: String,
    /// Tag tokens.
    pub tags: String,
    /// Summary tokens.
    pub summary: String,
    /// Body tokens.
    pub body: String,
    /// Facet tokens of the record's topics and category.
    pub facets: String,
    /// The distinct vocabulary terms of this text: word tokens (`true`) and
    /// stems that are not also a word of it (`false`).
    pub terms: HashMap<String, bool>,
}

/// What a record is about, as `(kind, key)` facets in index order: a
/// listing's category first (what it is), then its topics; an article's
/// topics in order. The first is the record's main facet.
pub fn facets<'a>(category: Option<&'a str>, topics: &'a [String]) -> Vec<(&'static str, &'a str)> {
    category
        .map(|c| ("category", c))
        .into_iter()
        .chain(topics.iter().map(|t| ("topic", t.as_str())))
        .collect()
}

/// Analyses one language version of a record. `lang` chooses the stemmer;
/// `facets` are `("topic" | "category", key)` pairs.
pub fn analyze(
    lang: &str,
    title: &str,
    tags: &[String],
    summary: &str,
    body: &str,
    facets: &[(&str, &str)],
) -> IndexedText {
    let mut terms = HashMap::new();
    let mut column = |text: &str| column_tokens(lang, text, &mut terms);
    let title = column(title);
    let tags = column(&tags.join(" ; "));
    let summary = column(summary);
    let body = column(body);
    // A record's first topic is what it is mainly about: it counts twice.
    let mut facet_tokens: Vec<String> = Vec::new();
    for (i, (kind, key)) in facets.iter().enumerate() {
        let token = facet_token(kind, key);
        if i == 0 {
            facet_tokens.push(token.clone());
        }
        facet_tokens.push(token);
    }
    IndexedText {
        title,
        tags,
        summary,
        body,
        facets: facet_tokens.join(" "),
        terms,
    }
}

/// Indexes the text stored at `text_rowid` (a `record_texts` row).
pub(crate) fn add(conn: &Connection, text_rowid: i64, indexed: &IndexedText) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO text_fts (rowid, title, tags, summary, body, facets)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .context("preparing index insert")?
    .execute(params![
        text_rowid,
        indexed.title,
        indexed.tags,
        indexed.summary,
        indexed.body,
        indexed.facets,
    ])
    .context("indexing a record text")?;
    Ok(())
}

/// Removes the indexed texts of every record of `pack_id` (before the texts
/// themselves are deleted).
pub(crate) fn delete_pack(conn: &Connection, pack_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM text_fts WHERE rowid IN (SELECT t.rowid FROM record_texts t
             JOIN records r ON r.rowid = t.record_rowid WHERE r.pack_id = ?1)",
        [pack_id],
    )
    .context("removing indexed texts")?;
    Ok(())
}

/// Removes every indexed text (before a reindex).
pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM text_fts", [])
        .context("clearing the text index")?;
    Ok(())
}

fn column_tokens(lang: &str, text: &str, terms: &mut HashMap<String, bool>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut push = |token: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(token);
    };
    for token in tokens_of_folded(&fold_content(text), true) {
        push(&token.text);
        if token.kind == TokenKind::Gram {
            continue;
        }
        if let Some(stemmed) = stem_content(lang, &token.text) {
            push(&stemmed);
            terms.entry(stemmed).or_insert(false);
        }
        terms.insert(token.text, true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::stem::stem;

    #[test]
    fn words_are_folded_and_followed_by_their_stem() {
        let text = analyze(
            "es",
            "Abogados de inmigración",
            &["ayuda legal".into()],
            "",
            "",
            &[("topic", "legal-help")],
        );
        let abog = stem("es", "abogados").unwrap();
        assert!(
            text.title.starts_with(&format!("abogados {abog} de")),
            "{}",
            text.title
        );
        assert!(text.title.contains("inmigracion"), "{}", text.title);
        assert_eq!(text.terms.get("abogados"), Some(&true));
        assert_eq!(text.terms.get(&abog), Some(&false));
        assert!(text.tags.contains("ayuda"));
    }

    #[test]
    fn languages_without_a_stemmer_index_words_only() {
        let text = analyze("vi", "Luật sư miễn phí", &[], "", "", &[]);
        assert_eq!(text.title, "luat su mien phi");
    }

    #[test]
    fn facets_are_tokens_no_query_can_spell() {
        let token = facet_token("topic", "legal-help");
        assert!(!token.contains('-'));
        let text = analyze("en", "", &[], "", "", &[("topic", "a"), ("category", "b")]);
        assert_eq!(text.facets.split(' ').count(), 3);
        assert!(
            !crate::text::tokenize::query_tokens(&token)
                .iter()
                .any(|t| t.text.contains(FACET_MARK))
        );
    }

    #[test]
    fn han_text_is_indexed_by_bigrams_and_characters() {
        let text = analyze("zh-Hans", "律师", &[], "", "", &[]);
        assert_eq!(text.title, "律师 律 师");
        assert!(text.terms.is_empty());
    }
}

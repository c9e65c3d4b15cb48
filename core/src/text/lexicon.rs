//! The search vocabulary: every word the installed packs' texts contain (and
//! their stems), with how many texts hold each, as one `fst` map.
//!
//! It is built at install time from the `search_terms` table and kept as a
//! blob in the store, so opening the store costs one read, not a scan of the
//! full-text index. Search asks it whether a query word exists, which words
//! lie within a typo of one that does not ([`Lexicon::corrections`]), and
//! which words start with a half-typed one ([`Lexicon::completions`]).

use fst::{Automaton, IntoStreamer, Map, MapBuilder, Streamer};

use super::typo;

/// A vocabulary entry: in how many indexed texts the term occurs, and
/// whether it is a word as written (not only a stem), so only real words
/// are offered as corrections or completions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Number of indexed texts (record × language) holding the term.
    pub docs: u64,
    /// `true` when the term occurs as a word, not only as a stem.
    pub word: bool,
}

impl Entry {
    fn encode(self) -> u64 {
        (self.docs << 1) | u64::from(self.word)
    }

    fn decode(value: u64) -> Entry {
        Entry {
            docs: value >> 1,
            word: value & 1 == 1,
        }
    }
}

/// A vocabulary word near a query word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The vocabulary word.
    pub term: String,
    /// Edits between it and the query word.
    pub distance: u8,
    /// Texts holding it (more is a likelier meaning).
    pub docs: u64,
}

/// The vocabulary of every installed pack.
pub struct Lexicon {
    map: Map<Vec<u8>>,
    /// Number of indexed texts in all, to tell a word that is everywhere.
    texts: u64,
}

impl Lexicon {
    /// An empty vocabulary (nothing installed).
    pub fn empty() -> Lexicon {
        Lexicon {
            map: Map::default(),
            texts: 0,
        }
    }

    /// Opens a vocabulary written by [`Lexicon::build`]; `None` when the
    /// bytes are not one (then the store rebuilds it).
    pub fn from_bytes(bytes: Vec<u8>, texts: u64) -> Option<Lexicon> {
        Map::new(bytes).ok().map(|map| Lexicon { map, texts })
    }

    /// Builds the vocabulary bytes from `(term, entry)` pairs in strictly
    /// increasing byte order of `term` (SQLite's `ORDER BY term` on text).
    pub fn build(terms: impl IntoIterator<Item = (String, Entry)>) -> Result<Vec<u8>, fst::Error> {
        let mut builder = MapBuilder::memory();
        for (term, entry) in terms {
            builder.insert(term, entry.encode())?;
        }
        builder.into_inner()
    }

    /// The entry for folded `term`, if the vocabulary has it.
    pub fn get(&self, term: &str) -> Option<Entry> {
        self.map.get(term).map(Entry::decode)
    }

    /// Number of indexed texts the vocabulary was built from.
    pub fn texts(&self) -> u64 {
        self.texts
    }

    /// Whether `term` occurs in more than half of all texts: then it tells
    /// texts apart no better than chance (bm25 gives it no weight either),
    /// and searching it only costs time. Such words act as stop words,
    /// learned from the content in every language instead of listed.
    pub fn is_everywhere(&self, term: &str) -> bool {
        self.texts >= 8 && self.get(term).is_some_and(|e| e.docs * 2 > self.texts)
    }

    /// Words within the allowed typo distance of folded `word` (see
    /// [`typo::max_distance`]), nearest first, then most common; at most `max`.
    pub fn corrections(&self, word: &str, max: usize) -> Vec<Correction> {
        let Some(dfa) = typo::automaton(word) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut stream = self.map.search(&dfa).into_stream();
        while let Some((term, value)) = stream.next() {
            let entry = Entry::decode(value);
            if !entry.word || term == word.as_bytes() {
                continue;
            }
            if let Ok(text) = std::str::from_utf8(term) {
                found.push(Correction {
                    term: text.to_string(),
                    distance: typo::distance(&dfa, term),
                    docs: entry.docs,
                });
            }
        }
        rank_corrections(&mut found, max);
        found
    }

    /// Words that start with folded `prefix` (itself included), most common
    /// first; at most `max`.
    pub fn completions(&self, prefix: &str, max: usize) -> Vec<(String, u64)> {
        let automaton = fst::automaton::Str::new(prefix).starts_with();
        let mut found: Vec<(String, u64)> = Vec::new();
        let mut stream = self.map.search(automaton).into_stream();
        while let Some((term, value)) = stream.next() {
            let entry = Entry::decode(value);
            if entry.word
                && let Ok(text) = std::str::from_utf8(term)
            {
                found.push((text.to_string(), entry.docs));
            }
        }
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        found.truncate(max);
        found
    }
}

/// Sorts `found` nearest first, then most common, then alphabetically, and
/// keeps the first `max`.
pub fn rank_corrections(found: &mut Vec<Correction>, max: usize) {
    found.sort_by(|a, b| {
        a.distance
            .cmp(&b.distance)
            .then(b.docs.cmp(&a.docs))
            .then_with(|| a.term.cmp(&b.term))
    });
    found.dedup_by(|a, b| a.term == b.term);
    found.truncate(max);
}

/// Words of `set` within the allowed typo distance of `word` (used for the
/// words of concept terms, which count as common as any indexed word).
pub fn corrections_in_set(set: &fst::Set<Vec<u8>>, word: &str) -> Vec<Correction> {
    let Some(dfa) = typo::automaton(word) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut stream = set.search(&dfa).into_stream();
    while let Some(term) = stream.next() {
        if term != word.as_bytes()
            && let Ok(text) = std::str::from_utf8(term)
        {
            found.push(Correction {
                term: text.to_string(),
                distance: typo::distance(&dfa, term),
                docs: 0,
            });
        }
    }
    found
}

/// Words of `set` starting with `prefix`, alphabetically; at most `max`.
pub fn completions_in_set(set: &fst::Set<Vec<u8>>, prefix: &str, max: usize) -> Vec<String> {
    let automaton = fst::automaton::Str::new(prefix).starts_with();
    let mut stream = set.search(automaton).into_stream();
    let mut found = Vec::new();
    while let Some(term) = stream.next() {
        if found.len() == max {
            break;
        }
        if let Ok(text) = std::str::from_utf8(term) {
            found.push(text.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(words: &[(&str, u64, bool)], texts: u64) -> Lexicon {
        let mut sorted: Vec<(String, Entry)> = words
            .iter()
            .map(|&(t, docs, word)| (t.to_string(), Entry { docs, word }))
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        Lexicon::from_bytes(Lexicon::build(sorted).unwrap(), texts).unwrap()
    }

    #[test]
    fn corrections_come_from_the_vocabulary_nearest_and_commonest_first() {
        let lex = lexicon(
            &[
                ("notario", 4, true),
                ("notary", 2, true),
                ("notar", 4, false), // a stem only: never offered
                ("nothing", 9, true),
            ],
            10,
        );
        let found = lex.corrections("notaryo", 5);
        let terms: Vec<&str> = found.iter().map(|c| c.term.as_str()).collect();
        assert_eq!(terms, ["notario", "notary"]);
        assert!(lex.corrections("not", 5).is_empty());
        assert!(
            lex.corrections("notario", 5)
                .iter()
                .all(|c| c.term != "notario")
        );
    }

    #[test]
    fn completions_are_words_most_common_first() {
        let lex = lexicon(
            &[
                ("abogado", 3, true),
                ("abogados", 5, true),
                ("abog", 8, false),
            ],
            10,
        );
        let found: Vec<String> = lex
            .completions("abog", 5)
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(found, ["abogados", "abogado"]);
    }

    #[test]
    fn words_in_more_than_half_of_the_texts_act_as_stop_words() {
        let lex = lexicon(&[("de", 6, true), ("salario", 2, true)], 10);
        assert!(lex.is_everywhere("de"));
        assert!(!lex.is_everywhere("salario"));
        assert!(!lex.is_everywhere("missing"));
    }
}

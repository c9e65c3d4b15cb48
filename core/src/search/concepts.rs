//! Search concepts: words in every supported language that mean one thing,
//! linked to the taxonomy's topics and categories, so a query in one
//! language finds a record written in another.
//!
//! `lawyer`, `abogado`, `luật sư`, `律师`, `محامي`, `avoka` and `변호사` all
//! name the concept `lawyer`, which points at the topic `legal-help` and the
//! categories `legal-clinic` and `recognized-organization`. A query that
//! names a concept also matches every record carrying those topics or
//! categories (see [`super::index::facet_token`]), in whatever language the
//! record is written; it is then shown in the best language it has, marked
//! as a fallback.
//!
//! The built-in core set is `content/concepts.toml` (format in
//! `content/README.md`), compiled into the core. A pack may carry more
//! [`Concept`]s of the same shape; [`ConceptIndex::new`] takes them all.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::normalize::fold;
use super::stem::stem;
use super::tokenize::{TokenKind, tokens_of_folded};
use crate::source::SourceError;
use crate::taxonomy::Taxonomy;

/// The languages concept terms may be written in: the product's target
/// languages (DESIGN.md), as BCP 47 tags.
pub const LANGUAGES: [&str; 16] = [
    "en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ru", "ar", "ht", "fr", "pt", "bn", "ur",
    "fa", "pl",
];

/// Where the built-in concepts come from, for error messages.
pub const BUILT_IN_PATH: &str = "content/concepts.toml";

/// Concept terms longer than this many characters are refused: a term is a
/// word or a short phrase someone types, not a sentence.
const MAX_TERM_CHARS: usize = 64;

/// One concept: what it links to and the words that name it, per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    /// Stable key (lowercase, digits, hyphens), e.g. `lawyer`.
    pub id: String,
    /// Article topics from the taxonomy that this concept is about.
    pub topics: Vec<String>,
    /// Listing categories from the taxonomy that serve this concept.
    pub categories: Vec<String>,
    /// Words and short phrases per language tag (one of [`LANGUAGES`]),
    /// including colloquial words and common misspellings people type.
    pub terms: BTreeMap<String, Vec<String>>,
}

/// One concept table as written in TOML: per-language fields, so an unknown
/// language is reported at its line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptToml {
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    #[serde(default)]
    categories: Vec<Spanned<String>>,
    en: Option<Vec<Spanned<String>>>,
    es: Option<Vec<Spanned<String>>>,
    #[serde(rename = "zh-Hans")]
    zh_hans: Option<Vec<Spanned<String>>>,
    #[serde(rename = "zh-Hant")]
    zh_hant: Option<Vec<Spanned<String>>>,
    vi: Option<Vec<Spanned<String>>>,
    tl: Option<Vec<Spanned<String>>>,
    ko: Option<Vec<Spanned<String>>>,
    ru: Option<Vec<Spanned<String>>>,
    ar: Option<Vec<Spanned<String>>>,
    ht: Option<Vec<Spanned<String>>>,
    fr: Option<Vec<Spanned<String>>>,
    pt: Option<Vec<Spanned<String>>>,
    bn: Option<Vec<Spanned<String>>>,
    ur: Option<Vec<Spanned<String>>>,
    fa: Option<Vec<Spanned<String>>>,
    pl: Option<Vec<Spanned<String>>>,
}

impl ConceptToml {
    fn into_terms(self) -> Vec<(&'static str, Vec<Spanned<String>>)> {
        let all = [
            self.en,
            self.es,
            self.zh_hans,
            self.zh_hant,
            self.vi,
            self.tl,
            self.ko,
            self.ru,
            self.ar,
            self.ht,
            self.fr,
            self.pt,
            self.bn,
            self.ur,
            self.fa,
            self.pl,
        ];
        LANGUAGES
            .into_iter()
            .zip(all)
            .filter_map(|(lang, terms)| terms.map(|t| (lang, t)))
            .collect()
    }
}

/// Reads a concepts file (`text`, read from `path`) and checks it against
/// `taxonomy`; a mistake is reported with the file and line to fix.
pub fn parse_concepts(
    path: &Path,
    text: &str,
    taxonomy: &Taxonomy,
) -> Result<Vec<Concept>, SourceError> {
    let error_at = |offset: Option<usize>, message: String| SourceError {
        file: path.to_path_buf(),
        line: offset.map(|o| text[..o.min(text.len())].matches('\n').count() + 1),
        message,
    };
    let tables: BTreeMap<String, Spanned<ConceptToml>> = toml::from_str(text)
        .map_err(|err| error_at(err.span().map(|s| s.start), err.message().to_string()))?;
    let mut concepts = Vec::with_capacity(tables.len());
    for (id, table) in tables {
        let at = table.span().start;
        if !is_key(&id) {
            return Err(error_at(
                Some(at),
                format!("concept id `{id}` must be lowercase letters, digits and single hyphens"),
            ));
        }
        let table = table.into_inner();
        let mut topics = Vec::new();
        for topic in &table.topics {
            if !taxonomy.has_topic(topic.get_ref()) {
                return Err(error_at(
                    Some(topic.span().start),
                    format!(
                        "concept `{id}`: unknown topic `{}` (see content/taxonomy.toml)",
                        topic.get_ref()
                    ),
                ));
            }
            topics.push(topic.get_ref().clone());
        }
        let mut categories = Vec::new();
        for category in &table.categories {
            if !taxonomy.has_category(category.get_ref()) {
                return Err(error_at(
                    Some(category.span().start),
                    format!(
                        "concept `{id}`: unknown category `{}` (see content/taxonomy.toml)",
                        category.get_ref()
                    ),
                ));
            }
            categories.push(category.get_ref().clone());
        }
        if topics.is_empty() && categories.is_empty() {
            return Err(error_at(
                Some(at),
                format!("concept `{id}` needs at least one topic or category"),
            ));
        }
        let mut terms = BTreeMap::new();
        for (lang, list) in table.into_terms() {
            let mut seen = BTreeSet::new();
            let mut kept = Vec::with_capacity(list.len());
            for term in list {
                let offset = Some(term.span().start);
                let raw = term.into_inner();
                if raw.chars().count() > MAX_TERM_CHARS {
                    return Err(error_at(
                        offset,
                        format!(
                            "concept `{id}`: a term is longer than {MAX_TERM_CHARS} characters"
                        ),
                    ));
                }
                let folded = fold(&raw);
                if tokens_of_folded(&folded, false).is_empty() {
                    return Err(error_at(
                        offset,
                        format!("concept `{id}`: the {lang} term `{raw}` has no letters or digits"),
                    ));
                }
                if !seen.insert(folded) {
                    return Err(error_at(
                        offset,
                        format!("concept `{id}`: the {lang} term `{raw}` is listed twice"),
                    ));
                }
                kept.push(raw);
            }
            terms.insert(lang.to_string(), kept);
        }
        if terms.get("en").is_none_or(Vec::is_empty) {
            return Err(error_at(
                Some(at),
                format!("concept `{id}` needs at least one English (`en`) term"),
            ));
        }
        concepts.push(Concept {
            id,
            topics,
            categories,
            terms,
        });
    }
    Ok(concepts)
}

fn is_key(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The built-in concepts (`content/concepts.toml`), compiled for matching.
/// An error names the line of the file to fix.
pub fn built_in() -> Result<Arc<ConceptIndex>, SourceError> {
    static BUILT_IN: OnceLock<Result<Arc<ConceptIndex>, SourceError>> = OnceLock::new();
    BUILT_IN
        .get_or_init(|| {
            let text = include_str!("../../../content/concepts.toml");
            parse_concepts(Path::new(BUILT_IN_PATH), text, crate::taxonomy())
                .map(|concepts| Arc::new(ConceptIndex::new(concepts)))
        })
        .clone()
}

/// One concept term, prepared for matching query tokens.
#[derive(Debug)]
struct Term {
    concept: usize,
    lang: &'static str,
    /// What each token of the term must equal: its stem in the term's
    /// language, or the folded token when the language has no stemmer.
    keys: Vec<String>,
}

/// Concepts compiled for matching: every term tokenised and stemmed once.
#[derive(Debug)]
pub struct ConceptIndex {
    concepts: Vec<Concept>,
    terms: Vec<Term>,
    /// First key of a term → the terms starting with it.
    by_first_key: HashMap<String, Vec<usize>>,
    /// Every folded word of every term, for typo correction and completion.
    words: fst::Set<Vec<u8>>,
}

/// The match key of folded token `token` for a term in `lang`.
fn key(lang: &str, token: &str) -> String {
    stem(lang, token).unwrap_or_else(|| token.to_string())
}

impl ConceptIndex {
    /// Compiles `concepts` (built-in and any a pack carries) for matching.
    pub fn new(concepts: Vec<Concept>) -> ConceptIndex {
        let mut terms = Vec::new();
        let mut words = BTreeSet::new();
        for (index, concept) in concepts.iter().enumerate() {
            for (lang, list) in &concept.terms {
                let lang = LANGUAGES
                    .iter()
                    .find(|l| l.eq_ignore_ascii_case(lang))
                    .copied()
                    .unwrap_or("und");
                for raw in list {
                    let tokens = tokens_of_folded(&fold(raw), false);
                    for token in &tokens {
                        if token.kind == TokenKind::Word {
                            words.insert(token.text.clone());
                        }
                    }
                    let keys: Vec<String> = tokens.iter().map(|t| key(lang, &t.text)).collect();
                    if !keys.is_empty() {
                        terms.push(Term {
                            concept: index,
                            lang,
                            keys,
                        });
                    }
                }
            }
        }
        let mut by_first_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, term) in terms.iter().enumerate() {
            by_first_key
                .entry(term.keys[0].clone())
                .or_default()
                .push(index);
        }
        let words = fst::Set::from_iter(words).expect("a BTreeSet iterates in order");
        ConceptIndex {
            concepts,
            terms,
            by_first_key,
            words,
        }
    }

    /// The concepts, as given.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// Every folded word that appears in a term (for typo correction and
    /// completion of query words).
    pub fn words(&self) -> &fst::Set<Vec<u8>> {
        &self.words
    }

    /// Whether folded `token` is a word of some term.
    pub fn knows(&self, token: &str) -> bool {
        self.words.contains(token)
    }

    /// The concepts named in a query whose tokens are `slots`: each slot is
    /// one query token with its alternatives (the token itself, and
    /// corrections or completions the caller accepts for it). A term matches
    /// when each of its tokens equals some alternative of some slot, in the
    /// term's language (by stem where it has a stemmer); word order and
    /// words between them do not matter. Returns concept indexes, sorted.
    pub fn matching(&self, slots: &[Vec<String>]) -> Vec<usize> {
        // The query's keys in each language that some candidate term uses.
        let mut keys_by_lang: HashMap<&'static str, BTreeSet<String>> = HashMap::new();
        let mut candidates: BTreeSet<usize> = BTreeSet::new();
        let alternatives: Vec<&String> = slots.iter().flatten().collect();
        for lang in LANGUAGES {
            let keys: BTreeSet<String> = alternatives.iter().map(|t| key(lang, t)).collect();
            for k in &keys {
                if let Some(found) = self.by_first_key.get(k) {
                    candidates.extend(found.iter().filter(|&&i| self.terms[i].lang == lang));
                }
            }
            keys_by_lang.insert(lang, keys);
        }
        let mut matched: BTreeSet<usize> = BTreeSet::new();
        for index in candidates {
            let term = &self.terms[index];
            let Some(keys) = keys_by_lang.get(term.lang) else {
                continue;
            };
            if term.keys.iter().all(|k| keys.contains(k)) {
                matched.insert(term.concept);
            }
        }
        matched.into_iter().collect()
    }

    /// The topics and categories of concept `index`, as facets
    /// (`("topic", key)` or `("category", key)`).
    pub fn facets(&self, index: usize) -> Vec<(&'static str, &str)> {
        let concept = &self.concepts[index];
        let topics = concept.topics.iter().map(|t| ("topic", t.as_str()));
        let categories = concept.categories.iter().map(|c| ("category", c.as_str()));
        topics.chain(categories).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> &'static Taxonomy {
        crate::taxonomy()
    }

    fn parse(text: &str) -> Result<Vec<Concept>, SourceError> {
        parse_concepts(Path::new("concepts.toml"), text, taxonomy())
    }

    #[test]
    fn the_built_in_set_parses_and_covers_every_language() {
        let index = built_in().unwrap();
        assert!(index.concepts().len() >= 20, "{}", index.concepts().len());
        for concept in index.concepts() {
            for lang in LANGUAGES {
                assert!(
                    concept.terms.get(lang).is_some_and(|t| !t.is_empty()),
                    "concept `{}` has no {lang} term",
                    concept.id
                );
            }
        }
        // Every topic and category of the taxonomy is reachable by some concept.
        let tax = taxonomy();
        for topic in tax.topics.keys() {
            assert!(
                index.concepts().iter().any(|c| c.topics.contains(topic)),
                "no concept for topic {topic}"
            );
        }
        for category in tax.categories.keys() {
            assert!(
                index
                    .concepts()
                    .iter()
                    .any(|c| c.categories.contains(category)),
                "no concept for category {category}"
            );
        }
    }

    fn concept_ids(index: &ConceptIndex, query: &str) -> Vec<String> {
        let slots: Vec<Vec<String>> = tokens_of_folded(&fold(query), false)
            .into_iter()
            .map(|t| vec![t.text])
            .collect();
        index
            .matching(&slots)
            .into_iter()
            .map(|i| index.concepts()[i].id.clone())
            .collect()
    }

    #[test]
    fn lawyer_in_many_languages_and_scripts() {
        let index = built_in().unwrap();
        for query in [
            "lawyer",
            "abogado",
            "abogados",
            "luật sư",
            "luat su",
            "律师",
            "律師",
            "محامي",
            "مُحَامِي",
            "avoka",
            "변호사",
            "변호사가",
            "avocat",
            "адвокат",
        ] {
            assert!(
                concept_ids(&index, query).contains(&"lawyer".to_string()),
                "{query}: {:?}",
                concept_ids(&index, query)
            );
        }
    }

    #[test]
    fn multi_word_terms_need_all_their_words() {
        let index = built_in().unwrap();
        assert!(concept_ids(&index, "me robaron el salario").contains(&"wage-theft".to_string()));
        assert!(!concept_ids(&index, "de").contains(&"wage-theft".to_string()));
    }

    #[test]
    fn mistakes_are_reported_with_file_and_line() {
        let err = parse("[lawyer]\ntopics = [\"legal-help\"]\nen = [\"lawyer\"]\nxx = [\"a\"]\n")
            .unwrap_err();
        assert_eq!(err.line, Some(4), "{err}");
        assert!(err.to_string().starts_with("concepts.toml:4:"), "{err}");

        let err = parse("[lawyer]\ntopics = [\"legal-help\", \"no-such-topic\"]\nen = [\"x\"]\n")
            .unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        assert!(err.message.contains("no-such-topic"), "{err}");

        let err = parse("[lawyer]\ncategories = [\"nope\"]\nen = [\"x\"]\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");

        let err = parse("[lawyer]\ntopics = [\"legal-help\"]\nes = [\"abogado\"]\n").unwrap_err();
        assert!(err.message.contains("English"), "{err}");

        let err = parse("[lawyer]\ntopics = [\"legal-help\"]\nen = [\"lawyer\",\n  \"Lawyer\"]\n")
            .unwrap_err();
        assert_eq!(err.line, Some(4), "{err}");
        assert!(err.message.contains("twice"), "{err}");

        let err =
            parse("[lawyer]\ntopics = [\"legal-help\"]\nen = [\"lawyer\", \"?!\"]\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");

        let err = parse("[Lawyer]\ntopics = [\"legal-help\"]\nen = [\"lawyer\"]\n").unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");

        let err = parse("[lawyer]\nen = [\"lawyer\"]\n").unwrap_err();
        assert!(err.message.contains("topic or category"), "{err}");

        let err = parse("[lawyer\n").unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");
    }

    #[test]
    fn a_pack_can_add_concepts_of_the_same_shape() {
        let mut concepts = built_in().unwrap().concepts().to_vec();
        let extra: Concept = serde_json::from_str(
            r#"{"id":"tenant","topics":["rights-at-home"],"categories":[],
                "terms":{"en":["tenant","eviction"],"es":["desalojo"]}}"#,
        )
        .unwrap();
        concepts.push(extra);
        let index = ConceptIndex::new(concepts);
        assert_eq!(concept_ids(&index, "desalojo"), ["tenant"]);
    }
}

//! From untrusted query text to what FTS5 is asked: a [`Plan`].
//!
//! The text is folded and tokenised like indexed text (never passed to FTS5
//! as syntax: every token becomes a quoted literal of letters, digits and
//! marks, so `"`, `*`, `NEAR(`, `AND`/`OR`/`NOT`, `^`, `-`, `:` and `(` are
//! only separators). Each word then brings:
//! - its stems in the person's languages (exact words also match their own
//!   stem in the index, so they rank above stem-only matches);
//! - when it is the word being typed (type-ahead), the vocabulary words it
//!   starts;
//! - when neither it nor its stems are in the vocabulary or the concept
//!   table, the nearest vocabulary words within its typo distance, and
//!   neighbours joined (`nota rio` → `notario`) or split (`wagetheft`);
//! - the topics and categories of every concept it names.
//!
//! Corrections go in a second, lower-weighted list so exact matches rank
//! above corrected ones, and the corrected query becomes "did you mean".

use std::collections::BTreeSet;

use super::concepts::ConceptIndex;
use super::lexicon::{self, Correction, Lexicon};
use super::stem::stem;
use super::tokenize::{Token, TokenKind, query_tokens};
use super::typo;
use crate::index::text::{FACET_MARK, facet_token};

/// At most this many corrections are tried per misspelled word.
const MAX_CORRECTIONS: usize = 3;

/// At most this many completions are tried for the word being typed.
const MAX_COMPLETIONS: usize = 8;

/// Split a word in two only when it has at least this many characters.
const MIN_SPLIT_CHARS: usize = 6;

/// What one query asks of the index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Tokens of the query as typed: words, their stems, completions,
    /// concept facets. Any of them matching makes a text a candidate.
    pub primary: Vec<String>,
    /// Tokens that come from corrections (and the facets of concepts only a
    /// correction names), scored below `primary`.
    pub fixes: Vec<String>,
    /// The query as corrected, when some word was corrected ("did you mean").
    pub corrected: Option<String>,
    /// Word tokens (and stems) to mark in snippets.
    pub marks: BTreeSet<String>,
    /// The vocabulary words the word being typed was completed to.
    pub completions: BTreeSet<String>,
}

impl Plan {
    /// Whether nothing could match.
    pub fn is_empty(&self) -> bool {
        self.primary.is_empty() && self.fixes.is_empty()
    }
}

/// The FTS5 `MATCH` expression for `tokens`: any of them, each a quoted
/// literal. `None` when there are none. Tokens hold no `"` (see module docs).
pub fn expression(tokens: &[String]) -> Option<String> {
    if tokens.is_empty() {
        return None;
    }
    let quoted: Vec<String> = tokens.iter().map(|t| format!("\"{t}\"")).collect();
    Some(quoted.join(" OR "))
}

/// A token found in more texts than this is not scored in every column:
/// bm25 costs about a microsecond per matching text, so a word in tens of
/// thousands of texts would cost tens of milliseconds, and a word that
/// common says little in a body. Only a large store (a metro pack) has such
/// words; the bundled pack has none.
pub const COMMON_DOCS: u64 = 2_000;

/// At most about this many texts are ranked by bm25 for one query (the sum
/// of its ranked tokens' text counts, an upper bound): about 10 ms of bm25.
/// Past it, the commonest words are sampled from titles and tags instead
/// (a national pack has words in a hundred thousand texts).
pub const RANKED_BUDGET: u64 = 12_000;

/// The FTS5 expressions one token list is searched with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expressions {
    /// Ranked by bm25 over every matching text: the query's words and
    /// stems (a common one only in titles and tags, see [`COMMON_DOCS`]),
    /// within [`RANKED_BUDGET`].
    pub ranked: Option<String>,
    /// Concept facets: they only add candidates (the first matches in
    /// index order), scored by `rank::facet_score`, not bm25.
    pub facets: Option<String>,
    /// Words that only add candidates, the first matches in index order,
    /// each scored `rank::SAMPLED_MATCH`: common completions of the word
    /// being typed (in titles) and words over [`RANKED_BUDGET`] (in titles
    /// and tags). bm25 is never asked for them: its first call counts the
    /// texts holding each phrase, a walk over every match.
    pub sampled: Option<String>,
}

/// Sorts `tokens` into [`Expressions`], using the vocabulary's text counts
/// and the plan's `completions`.
pub fn expressions(
    tokens: &[String],
    completions: &BTreeSet<String>,
    lexicon: &Lexicon,
) -> Expressions {
    let docs = |t: &String| lexicon.get(t).map_or(0, |e| e.docs);
    let (mut everywhere, mut heads, mut facets, mut titles) = (vec![], vec![], vec![], vec![]);
    for token in tokens {
        if token.starts_with(FACET_MARK) {
            facets.push(token.clone());
        } else if docs(token) <= COMMON_DOCS {
            everywhere.push(token.clone());
        } else if completions.contains(token) {
            titles.push(token.clone());
        } else {
            heads.push(token.clone());
        }
    }
    // Over budget, the commonest words go from ranked to sampled.
    let mut cost: u64 = everywhere.iter().chain(&heads).map(docs).sum();
    heads.sort_by_key(|t| std::cmp::Reverse(docs(t)));
    let mut sampled_heads = Vec::new();
    while cost > RANKED_BUDGET && !heads.is_empty() {
        let token = heads.remove(0);
        cost -= docs(&token);
        sampled_heads.push(token);
    }
    let join = |parts: Vec<Option<String>>| {
        let parts: Vec<String> = parts.into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(" OR "))
    };
    Expressions {
        ranked: join(vec![
            expression(&everywhere),
            in_columns("title tags", &heads),
        ]),
        facets: in_columns("facets", &facets),
        sampled: join(vec![
            in_columns("title", &titles),
            in_columns("title tags", &sampled_heads),
        ]),
    }
}

/// [`expression`] restricted to the space-separated FTS5 `columns`.
fn in_columns(columns: &str, tokens: &[String]) -> Option<String> {
    expression(tokens).map(|e| format!("{{{columns}}} : ({e})"))
}

/// Plans `text` for a person whose language chain (best first, ending with
/// the content's source language) is `languages`. With `prefix`, the last
/// word is taken as still being typed, unless the text ends in a separator.
pub fn plan(
    text: &str,
    languages: &[String],
    prefix: bool,
    lexicon: &Lexicon,
    concepts: &ConceptIndex,
) -> Plan {
    let tokens = query_tokens(text);
    if tokens.is_empty() {
        return Plan::default();
    }
    let typing_last = prefix
        && text.chars().last().is_some_and(|c| {
            c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
        });
    let last = tokens.len() - 1;
    let mut plan = Plan::default();
    let mut primary = Ordered::default();
    let mut fixes = Ordered::default();
    // Per token: the alternatives concepts may match as typed, and with fixes.
    let mut slots: Vec<Vec<String>> = Vec::with_capacity(tokens.len());
    let mut fixed_slots: Vec<Vec<String>> = Vec::with_capacity(tokens.len());
    // The corrected query, word by word (None: no correction anywhere).
    let mut corrected: Vec<String> = Vec::with_capacity(tokens.len());
    let mut any_fix = false;
    let all_everywhere = tokens.iter().all(|t| lexicon.is_everywhere(&t.text));
    // Words left out as stop words, taken back if nothing else is searched.
    let mut dropped: Vec<String> = Vec::new();

    for (i, token) in tokens.iter().enumerate() {
        let word = &token.text;
        let mut slot = vec![word.clone()];
        let mut fixed = Vec::new();
        if token.kind == TokenKind::Gram {
            primary.push(word);
            plan.marks.insert(word.clone());
            slots.push(slot);
            fixed_slots.push(fixed);
            corrected.push(word.clone());
            continue;
        }
        let stems = stems_in(languages, word);
        let in_lexicon = lexicon.get(word).is_some();
        let known_stems: Vec<&String> = stems.iter().filter(|s| lexicon.get(s).is_some()).collect();
        // Known: the vocabulary has it as a word (not only as some other
        // word's stem), or has one of its stems, or a concept names it.
        let known = lexicon.get(word).is_some_and(|e| e.word)
            || !known_stems.is_empty()
            || concepts.knows(word);
        // A word found in most texts narrows nothing: it acts as a stop word.
        if all_everywhere || !lexicon.is_everywhere(word) {
            if in_lexicon {
                primary.push(word);
            }
            for s in &known_stems {
                primary.push(s);
            }
        } else {
            dropped.push(word.clone());
        }
        plan.marks.insert(word.clone());
        plan.marks.extend(stems.iter().cloned());

        if typing_last && i == last {
            for (completion, _) in lexicon.completions(word, MAX_COMPLETIONS) {
                if completion != *word && !lexicon.is_everywhere(&completion) {
                    primary.push(&completion);
                    plan.marks.insert(completion.clone());
                    plan.completions.insert(completion.clone());
                    slot.push(completion);
                }
            }
            for completion in lexicon::completions_in_set(concepts.words(), word, MAX_COMPLETIONS) {
                if word.chars().count() >= 3 {
                    slot.push(completion);
                }
            }
        }

        let mut replacement = word.clone();
        let typing = typing_last && i == last && slot.len() > 1;
        if !known && !typing {
            let found = if typo::correctable(word) {
                corrections(word, lexicon, concepts)
            } else {
                Vec::new()
            };
            if let Some(best) = found.first() {
                replacement = best.term.clone();
                any_fix = true;
            } else if word.chars().count() >= MIN_SPLIT_CHARS
                && let Some((a, b)) = split(word, lexicon, concepts)
            {
                replacement = format!("{a} {b}");
                any_fix = true;
                for part in [a, b] {
                    fixes.push(&part);
                    plan.marks.insert(part.clone());
                    fixed.push(part);
                }
            }
            for correction in found {
                if lexicon.get(&correction.term).is_some() {
                    fixes.push(&correction.term);
                }
                for s in stems_in(languages, &correction.term) {
                    if lexicon.get(&s).is_some() {
                        fixes.push(&s);
                    }
                    plan.marks.insert(s);
                }
                plan.marks.insert(correction.term.clone());
                fixed.push(correction.term);
            }
        }
        corrected.push(replacement);
        slots.push(slot);
        fixed_slots.push(fixed);
    }

    // Two neighbours typed apart that the vocabulary knows as one word.
    let mut i = 0;
    while i + 1 < tokens.len() {
        let (a, b) = (&tokens[i], &tokens[i + 1]);
        if a.kind == TokenKind::Word && b.kind == TokenKind::Word {
            let joined = format!("{}{}", a.text, b.text);
            let lexicon_word = lexicon.get(&joined).is_some_and(|e| e.word);
            if lexicon_word || concepts.knows(&joined) {
                if lexicon_word {
                    fixes.push(&joined);
                }
                for s in stems_in(languages, &joined) {
                    if lexicon.get(&s).is_some() {
                        fixes.push(&s);
                    }
                }
                plan.marks.insert(joined.clone());
                fixed_slots[i].push(joined.clone());
                corrected[i] = joined;
                corrected[i + 1] = String::new();
                any_fix = true;
                i += 2;
                continue;
            }
        }
        i += 1;
    }

    // Concepts named as typed go with the primary tokens; concepts only a
    // correction names go with the fixes.
    let named = concepts.matching(&slots);
    let with_fixes: Vec<Vec<String>> = slots
        .iter()
        .zip(&fixed_slots)
        .map(|(slot, fixed)| slot.iter().chain(fixed).cloned().collect())
        .collect();
    let named_after_fixes = concepts.matching(&with_fixes);
    for &concept in &named {
        for (kind, key) in concepts.facets(concept) {
            primary.push(&facet_token(kind, key));
        }
    }
    for concept in named_after_fixes {
        if !named.contains(&concept) {
            for (kind, key) in concepts.facets(concept) {
                fixes.push(&facet_token(kind, key));
            }
        }
    }

    if fixes.0.is_empty() && primary.0.iter().all(|t| t.starts_with(FACET_MARK)) {
        for word in &dropped {
            primary.push(word);
        }
    }
    plan.primary = primary.0;
    plan.fixes = fixes
        .0
        .into_iter()
        .filter(|t| !plan.primary.contains(t))
        .collect();
    if any_fix {
        let words: Vec<&str> = corrected
            .iter()
            .map(String::as_str)
            .filter(|w| !w.is_empty())
            .collect();
        plan.corrected = Some(words.join(" "));
    }
    plan
}

/// The stems of folded `word` in each of `languages` that has a stemmer,
/// without duplicates or the word itself.
fn stems_in(languages: &[String], word: &str) -> Vec<String> {
    let mut stems: Vec<String> = Vec::new();
    for lang in languages {
        if let Some(s) = stem(lang, word)
            && !stems.contains(&s)
        {
            stems.push(s);
        }
    }
    stems
}

/// Vocabulary and concept words within typo distance of `word`, best first.
fn corrections(word: &str, lexicon: &Lexicon, concepts: &ConceptIndex) -> Vec<Correction> {
    let mut found = lexicon.corrections(word, usize::MAX);
    found.extend(lexicon::corrections_in_set(concepts.words(), word));
    // A concept word counts as common as the commonest indexed candidate.
    let commonest = found.iter().map(|c| c.docs).max().unwrap_or(0);
    for c in &mut found {
        if c.docs == 0 {
            c.docs = commonest;
        }
    }
    // Nearest first; at equal distance a word the typed one begins (a
    // letter left off the end: `thef` is `theft` before `the`) is the
    // likelier meaning, then the commoner.
    found.sort_by(|a, b| {
        a.distance
            .cmp(&b.distance)
            .then(b.term.starts_with(word).cmp(&a.term.starts_with(word)))
            .then(b.docs.cmp(&a.docs))
            .then_with(|| a.term.cmp(&b.term))
    });
    let mut seen = BTreeSet::new();
    found.retain(|c| seen.insert(c.term.clone()));
    found.truncate(MAX_CORRECTIONS);
    found
}

/// `word` cut in two words the vocabulary or the concepts have, each of at
/// least two characters, preferring the longest first part.
fn split(word: &str, lexicon: &Lexicon, concepts: &ConceptIndex) -> Option<(String, String)> {
    let chars: Vec<char> = word.chars().collect();
    (2..=chars.len().saturating_sub(2)).rev().find_map(|at| {
        let a: String = chars[..at].iter().collect();
        let b: String = chars[at..].iter().collect();
        let known = |w: &str| lexicon.get(w).is_some_and(|e| e.word) || concepts.knows(w);
        (known(&a) && known(&b)).then_some((a, b))
    })
}

/// A list without duplicates that keeps first-seen order.
#[derive(Default)]
struct Ordered(Vec<String>);

impl Ordered {
    fn push(&mut self, token: &str) {
        if !self.0.iter().any(|t| t == token) {
            self.0.push(token.to_string());
        }
    }
}

/// The folded tokens of `text`, as search sees them (for tests and tools).
pub fn terms(text: &str) -> Vec<String> {
    query_tokens(text)
        .into_iter()
        .map(|t: Token| t.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon::Entry;

    fn lexicon(words: &[&str]) -> Lexicon {
        let mut entries: Vec<(String, Entry)> = words
            .iter()
            .map(|w| {
                (
                    w.to_string(),
                    Entry {
                        docs: 1,
                        word: true,
                    },
                )
            })
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        Lexicon::from_bytes(Lexicon::build(entries).unwrap(), 100).unwrap()
    }

    fn concepts() -> std::sync::Arc<ConceptIndex> {
        crate::search::concepts::built_in().unwrap()
    }

    fn en() -> Vec<String> {
        vec!["en".to_string()]
    }

    #[test]
    fn fts_syntax_is_only_text() {
        let lex = lexicon(&["near", "and", "or", "not", "title", "abogado"]);
        let c = concepts();
        let plan = plan("\"*NEAR(:^-)\"", &en(), false, &lex, &c);
        assert_eq!(plan.primary, ["near"]);
        let plan = plan_of("a AND b OR NOT c", &lex);
        assert_eq!(plan.primary, ["and", "or", "not"]);
        for only_syntax in [
            "\"", "*", "^", "-", ":", "(", ")", "\"\"*", "", "   ", "-(^)*:",
        ] {
            assert!(plan_of(only_syntax, &lex).is_empty(), "{only_syntax:?}");
        }
        for token in plan_of("title:abogado", &lex).primary {
            assert!(
                token
                    .chars()
                    .all(|c| c.is_alphanumeric() || c >= '\u{E000}'),
                "{token}"
            );
        }
        assert_eq!(
            expression(&["a".into(), "b".into()]).unwrap(),
            "\"a\" OR \"b\""
        );
        assert_eq!(expression(&[]), None);
    }

    fn plan_of(text: &str, lex: &Lexicon) -> Plan {
        plan(text, &en(), false, lex, &concepts())
    }

    #[test]
    fn misspelled_words_are_corrected_from_the_vocabulary() {
        let lex = lexicon(&["notario", "fraud", "theft"]);
        let plan = plan_of("notarrio", &lex);
        assert!(plan.fixes.contains(&"notario".to_string()), "{plan:?}");
        assert_eq!(plan.corrected.as_deref(), Some("notario"));
        let plan = plan_of("wage thefft", &lex);
        assert_eq!(plan.corrected.as_deref(), Some("wage theft"));
        // A word the vocabulary has is never "corrected".
        let plan = plan_of("fraud", &lex);
        assert_eq!(plan.corrected, None);
        assert!(plan.fixes.is_empty());
    }

    #[test]
    fn words_typed_apart_or_together_are_joined_or_split() {
        let lex = lexicon(&["notario", "wage", "theft"]);
        let plan = plan_of("nota rio", &lex);
        assert!(plan.fixes.contains(&"notario".to_string()), "{plan:?}");
        assert_eq!(plan.corrected.as_deref(), Some("notario"));
        let plan = plan_of("wagetheft", &lex);
        assert!(plan.fixes.contains(&"wage".to_string()), "{plan:?}");
        assert_eq!(plan.corrected.as_deref(), Some("wage theft"));
    }

    #[test]
    fn words_in_most_texts_are_dropped_unless_nothing_else_is_left() {
        let mut entries = vec![
            (
                "affairs".to_string(),
                Entry {
                    docs: 80,
                    word: true,
                },
            ),
            (
                "clinic".to_string(),
                Entry {
                    docs: 3,
                    word: true,
                },
            ),
        ];
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let lex = Lexicon::from_bytes(Lexicon::build(entries).unwrap(), 100).unwrap();
        assert_eq!(plan_of("clinic affairs", &lex).primary, ["clinic"]);
        assert_eq!(plan_of("affairs", &lex).primary, ["affairs"]);
        assert_eq!(plan_of("zzzz affairs", &lex).primary, ["affairs"]);
    }

    #[test]
    fn the_word_being_typed_is_completed() {
        let lex = lexicon(&["abogado", "abogados", "about"]);
        let typing = plan("abog", &en(), true, &lex, &concepts());
        assert!(
            typing.primary.contains(&"abogado".to_string()),
            "{typing:?}"
        );
        assert_eq!(typing.corrected, None);
        // A finished word (followed by a space) is not a prefix.
        let done = plan("abog ", &en(), true, &lex, &concepts());
        assert!(!done.primary.contains(&"abogado".to_string()), "{done:?}");
    }

    #[test]
    fn common_tokens_are_scored_in_titles_and_facets_only_sampled() {
        let entry = |docs| Entry { docs, word: true };
        let mut entries = vec![
            ("abogado".to_string(), entry(COMMON_DOCS + 1)),
            ("abogados".to_string(), entry(COMMON_DOCS * 2)),
            ("abogar".to_string(), entry(3)),
            ("notario".to_string(), entry(COMMON_DOCS)),
        ];
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let lex = Lexicon::from_bytes(Lexicon::build(entries).unwrap(), 100_000).unwrap();
        let facet = facet_token("topic", "legal-help");
        let tokens: Vec<String> = ["notario", "abogado", "abogados", "abogar", facet.as_str()]
            .map(String::from)
            .to_vec();
        let completions: BTreeSet<String> = ["abogados", "abogar"].map(String::from).into();
        let e = expressions(&tokens, &completions, &lex);
        // Rare words and rare completions: every column, ranked.
        // A common word: titles and tags, ranked. A common completion: titles, sampled.
        assert_eq!(
            e.ranked.as_deref(),
            Some("\"notario\" OR \"abogar\" OR {title tags} : (\"abogado\")")
        );
        assert_eq!(e.facets, Some(format!("{{facets}} : (\"{facet}\")")));
        assert_eq!(e.sampled.as_deref(), Some("{title} : (\"abogados\")"));
        // Over the budget, the commonest word is sampled, not ranked.
        let mut entries = vec![
            ("clinic".to_string(), entry(RANKED_BUDGET)),
            ("legal".to_string(), entry(COMMON_DOCS + 1)),
        ];
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let big = Lexicon::from_bytes(Lexicon::build(entries).unwrap(), 1_000_000).unwrap();
        let e = expressions(
            &["legal".to_string(), "clinic".to_string()],
            &BTreeSet::new(),
            &big,
        );
        assert_eq!(e.ranked.as_deref(), Some("{title tags} : (\"legal\")"));
        assert_eq!(e.sampled.as_deref(), Some("{title tags} : (\"clinic\")"));
        let none = expressions(&[], &completions, &lex);
        assert_eq!(none, Expressions::default());
    }

    #[test]
    fn concepts_add_facets_in_any_language() {
        let lex = lexicon(&["x"]);
        let plan = plan_of("律师", &lex);
        assert!(
            plan.primary.contains(&facet_token("topic", "legal-help")),
            "{plan:?}"
        );
        let plan = plan_of("abogdo", &lex);
        assert!(
            plan.fixes.contains(&facet_token("topic", "legal-help")),
            "{plan:?}"
        );
        assert_eq!(plan.corrected.as_deref(), Some("abogado"));
    }
}

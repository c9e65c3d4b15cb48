//! Typo tolerance: how many edits a word may carry, and the automata that
//! find every vocabulary word within that many edits without scanning the
//! vocabulary (a Levenshtein automaton walked over the `fst` map).

use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder};

/// The edits a word of `chars` characters may carry and still be corrected:
/// none up to three letters (too many real words lie one edit apart), one
/// from four to seven, two from eight (the policy Organic Maps ships).
pub fn max_distance(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whether `word` (folded) may be corrected at all: words with digits are
/// numbers, form names or codes (`I-200`), and a near one is another thing.
pub fn correctable(word: &str) -> bool {
    !word.chars().any(|c| c.is_numeric()) && max_distance(word.chars().count()) > 0
}

/// A DFA accepting every string within the word's allowed distance of
/// `word` (a transposition counts as one edit: `notraio` is one from
/// `notario`). `None` when the word may not be corrected.
pub fn automaton(word: &str) -> Option<DFA> {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    if !correctable(word) {
        return None;
    }
    let builder = match max_distance(word.chars().count()) {
        1 => ONE.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true)),
        _ => TWO.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true)),
    };
    Some(builder.build_dfa(word))
}

/// The distance `dfa` gives `candidate` (`u8::MAX` when out of reach).
pub fn distance(dfa: &DFA, candidate: &[u8]) -> u8 {
    match dfa.eval(candidate) {
        Distance::Exact(d) => d,
        Distance::AtLeast(_) => u8::MAX,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_grows_with_word_length() {
        assert_eq!(max_distance(3), 0);
        assert_eq!(max_distance(4), 1);
        assert_eq!(max_distance(7), 1);
        assert_eq!(max_distance(8), 2);
        assert!(automaton("ice").is_none());
        assert!(automaton("i200").is_none());
    }

    #[test]
    fn transpositions_substitutions_and_missing_letters_are_one_edit() {
        let dfa = automaton("notaryo").unwrap();
        assert_eq!(distance(&dfa, b"notario"), 1);
        assert_eq!(distance(&dfa, b"notary"), 1);
        assert_eq!(distance(&dfa, b"notoriously"), u8::MAX);
        let dfa = automaton("notraio").unwrap();
        assert_eq!(distance(&dfa, b"notario"), 1);
        // Characters, not bytes: one Cyrillic letter is one edit.
        let dfa = automaton("адвакат").unwrap();
        assert_eq!(distance(&dfa, "адвокат".as_bytes()), 1);
        let dfa = automaton("inmigrasion").unwrap();
        assert_eq!(distance(&dfa, b"inmigracion"), 1);
        assert_eq!(distance(&dfa, b"imigracion"), 2);
    }
}

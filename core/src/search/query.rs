//! Turns untrusted query text into a safe FTS5 expression.
//!
//! Nothing a person types reaches FTS5 as syntax: the text is normalised,
//! cut into words, and every word becomes a quoted string literal, so
//! `"`, `*`, `NEAR(`, `AND`/`OR`/`NOT`, `^`, `-`, `:` and `(` are only ever
//! text (or separators between words).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// At most this many words of a query are searched; the rest are ignored, so
/// a pasted page cannot make a query arbitrarily expensive.
pub const MAX_TERMS: usize = 16;

/// Words longer than this many characters are cut: no language's real words
/// are this long, and FTS5 work grows with term length.
pub const MAX_TERM_CHARS: usize = 48;

/// The words of `text`: NFKC-normalised, lowercased, split at anything that
/// is neither a letter, a digit nor a combining mark (so a word is never cut
/// at an accent or vowel sign), capped by [`MAX_TERMS`] and [`MAX_TERM_CHARS`].
pub fn terms(text: &str) -> Vec<String> {
    let normalized: String = text.nfkc().flat_map(char::to_lowercase).collect();
    normalized
        .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().take(MAX_TERM_CHARS).collect())
        .take(MAX_TERMS)
        .collect()
}

/// The FTS5 `MATCH` expression for `text`: any of its words, each a quoted
/// literal. `None` when the text holds no word at all (then nothing matches).
pub fn fts_expression(text: &str) -> Option<String> {
    let terms = terms(text);
    if terms.is_empty() {
        return None;
    }
    // Words hold only letters, digits and marks, never `"`; quoting makes each
    // a literal string even when it spells an FTS5 keyword such as NEAR or OR.
    let quoted: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
    Some(quoted.join(" OR "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_and_joined() {
        assert_eq!(
            fts_expression("Wage  theft!").as_deref(),
            Some("\"wage\" OR \"theft\"")
        );
    }

    #[test]
    fn fts_syntax_is_only_text() {
        assert_eq!(
            fts_expression("\"*NEAR(:^-)\""),
            Some("\"near\"".to_string())
        );
        assert_eq!(
            fts_expression("a AND b OR NOT c").as_deref(),
            Some("\"a\" OR \"and\" OR \"b\" OR \"or\" OR \"not\" OR \"c\"")
        );
        assert_eq!(
            fts_expression("title:abogado").as_deref(),
            Some("\"title\" OR \"abogado\"")
        );
        for only_syntax in [
            "\"", "*", "^", "-", ":", "(", ")", "\"\"*", "", "   ", "-(^)*:",
        ] {
            assert_eq!(fts_expression(only_syntax), None, "{only_syntax:?}");
        }
    }

    #[test]
    fn long_input_is_bounded() {
        let long = "a".repeat(10_000);
        let terms = terms(&long);
        assert_eq!(terms.len(), 1);
        assert_eq!(terms[0].chars().count(), MAX_TERM_CHARS);
        let many = "word ".repeat(1_000);
        assert_eq!(terms_of(&many), MAX_TERMS);
    }

    fn terms_of(text: &str) -> usize {
        terms(text).len()
    }

    #[test]
    fn accents_and_combining_marks_stay_inside_words() {
        assert_eq!(terms("Inmigración"), ["inmigración"]);
        // Decomposed "é" (e + U+0301) is composed by NFKC, not split.
        assert_eq!(terms("cafe\u{301} abierto"), ["café", "abierto"]);
        // Devanagari/Bengali vowel signs are combining marks, not separators.
        assert_eq!(terms("আইনজীবী").len(), 1);
        // Full-width letters fold to ASCII.
        assert_eq!(terms("ＡＢＣ"), ["abc"]);
    }

    #[test]
    fn control_and_nul_characters_are_separators() {
        assert_eq!(terms("abo\0gado\u{1b}[31m"), ["abo", "gado", "31m"]);
    }
}

//! Cutting folded text into search tokens, per script.
//!
//! Scripts written with spaces (Latin, Cyrillic, Arabic, Bengali…) give one
//! token per word: a run of letters, digits and combining marks, so a word is
//! never cut at an accent or a vowel sign. Scripts written without spaces
//! between words (Han, Hiragana, Katakana) and Hangul, whose words carry
//! particles (`변호사가`, `변호사를`), give overlapping character bigrams:
//! `律师事务所` → `律师 师事 事务 务所`, which finds `律师` inside it without a
//! dictionary (a segmenter's dictionary would add megabytes to the app).
//! A run of one such character is a token by itself.

use unicode_normalization::char::is_combining_mark;

use super::normalize::fold;

/// At most this many tokens of a query are searched; the rest are ignored, so
/// a pasted page cannot make a query arbitrarily expensive.
pub const MAX_TERMS: usize = 16;

/// Words longer than this many characters are cut: no language's real words
/// are this long, and FTS5 work grows with term length.
pub const MAX_TERM_CHARS: usize = 48;

/// Only this many bytes of a query are read (whole characters): sixteen words
/// of any script fit many times over.
pub const MAX_QUERY_BYTES: usize = 4096;

/// What kind of token a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A whole word of a script written with spaces.
    Word,
    /// A character bigram (or a lone character) of a script written without
    /// spaces, or of Hangul.
    Gram,
}

/// One search token: folded text and what kind of piece of text it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded token text (see [`fold`]).
    pub text: String,
    /// Word or bigram.
    pub kind: TokenKind,
}

/// Whether `c` belongs to a script tokenised by bigrams.
pub fn is_gram_char(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF       // Hangul Jamo
        | 0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3130..=0x318F     // Hangul compatibility jamo
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0x20000..=0x3134F   // CJK extensions B-G
    )
}

/// Whether `c` can be part of a token at all.
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The tokens of already-folded `text`, in order. With `unigrams`, every
/// character of a bigram script is also a token of its own (the index does
/// this so a one-character query finds it); queries ask for bigrams only,
/// except for a lone character.
pub fn tokens_of_folded(text: &str, unigrams: bool) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_gram_char(c) {
            flush_word(&mut word, &mut out);
            run.push(c);
        } else if is_token_char(c) {
            if is_combining_mark(c) && !run.is_empty() {
                // A mark after a bigram character (a variation selector,
                // rare): it adds nothing to the bigram.
                continue;
            }
            flush_run(&mut run, unigrams, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_run(&mut run, unigrams, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_run(&mut run, unigrams, &mut out);
    out
}

/// The query tokens of untrusted `text`: folded, cut per script, each word
/// at most [`MAX_TERM_CHARS`] long, at most [`MAX_TERMS`] of them.
pub fn query_tokens(text: &str) -> Vec<Token> {
    let mut tokens = tokens_of_folded(&fold(cap(text, MAX_QUERY_BYTES)), false);
    tokens.truncate(MAX_TERMS);
    tokens
}

/// `text` cut to at most `max` bytes at a character boundary.
pub fn cap(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn flush_word(word: &mut String, out: &mut Vec<Token>) {
    if word.is_empty() {
        return;
    }
    let text: String = word.chars().take(MAX_TERM_CHARS).collect();
    out.push(Token {
        text,
        kind: TokenKind::Word,
    });
    word.clear();
}

fn flush_run(run: &mut Vec<char>, unigrams: bool, out: &mut Vec<Token>) {
    match run.len() {
        0 => return,
        1 => out.push(gram(&run[..1])),
        _ => {
            for pair in run.windows(2) {
                out.push(gram(pair));
            }
            if unigrams {
                for c in run.iter() {
                    out.push(gram(std::slice::from_ref(c)));
                }
            }
        }
    }
    run.clear();
}

fn gram(chars: &[char]) -> Token {
    Token {
        text: chars.iter().collect(),
        kind: TokenKind::Gram,
    }
}

/// The words of `text` (not folded) with their byte ranges, for marking
/// matched words in a snippet: each is a maximal run of token characters.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_token_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn words_split_at_anything_but_letters_digits_and_marks() {
        let tokens = query_tokens("Wage  theft! I-200 (abogado)");
        assert_eq!(texts(&tokens), ["wage", "theft", "i", "200", "abogado"]);
        assert!(tokens.iter().all(|t| t.kind == TokenKind::Word));
        assert_eq!(
            texts(&query_tokens("abo\0gado\u{1b}[31m")),
            ["abo", "gado", "31m"]
        );
    }

    #[test]
    fn marks_stay_inside_words() {
        assert_eq!(query_tokens("আইনজীবী").len(), 1);
        assert_eq!(query_tokens("वकील सहायता").len(), 2);
    }

    #[test]
    fn han_and_hangul_become_bigrams() {
        assert_eq!(
            texts(&query_tokens("律师事务所")),
            ["律师", "师事", "事务", "务所"]
        );
        assert_eq!(texts(&query_tokens("변호사가")), ["변호", "호사", "사가"]);
        assert_eq!(texts(&query_tokens("税")), ["税"]);
        assert_eq!(texts(&tokens_of_folded("律师", true)), ["律师", "律", "师"]);
        // Mixed scripts split at the script change.
        assert_eq!(texts(&query_tokens("ICE来了")), ["ice", "来了"]);
    }

    #[test]
    fn queries_are_bounded() {
        let long = "a".repeat(10_000);
        let tokens = query_tokens(&long);
        assert_eq!(tokens.len(), 1);
        assert_eq!(tokens[0].text.chars().count(), MAX_TERM_CHARS);
        assert_eq!(query_tokens(&"word ".repeat(1_000)).len(), MAX_TERMS);
        assert_eq!(cap("ñññ", 3), "ñ");
    }

    #[test]
    fn word_spans_cover_words_of_the_original_text() {
        let text = "Un notario, ¿abogado?";
        let words: Vec<&str> = word_spans(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["Un", "notario", "abogado"]);
    }
}

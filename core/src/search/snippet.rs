//! Result snippets: a short extract of a record's text with the words the
//! query matched between `**` markers (the bold of the article Markdown
//! subset, so the apps render one format).

use std::collections::BTreeSet;

use super::normalize::fold;
use super::stem::stem;
use super::tokenize::{tokens_of_folded, word_spans};

/// Words shown in a snippet.
const SNIPPET_WORDS: usize = 16;

/// Words of context kept before the first matched word.
const LEAD_WORDS: usize = 4;

/// The snippet for texts `candidates` (summary first, then body) in `lang`:
/// a window of the text with the most matched words, marks around each
/// matched word; the first candidate whole when no word matched.
pub fn snippet(lang: &str, candidates: &[&str], marks: &BTreeSet<String>) -> String {
    /// One candidate text, its words and which of them matched.
    struct Marked<'a> {
        text: &'a str,
        spans: Vec<(usize, usize)>,
        matched: Vec<bool>,
        count: usize,
    }
    let mut best: Option<Marked> = None;
    for text in candidates {
        let spans = word_spans(text);
        let matched: Vec<bool> = spans
            .iter()
            .map(|&(s, e)| is_marked(lang, &text[s..e], marks))
            .collect();
        let count = matched.iter().filter(|m| **m).count();
        if count > 0 && best.as_ref().is_none_or(|b| count > b.count) {
            best = Some(Marked {
                text,
                spans,
                matched,
                count,
            });
        }
    }
    let Some(Marked {
        text,
        spans,
        matched,
        ..
    }) = best
    else {
        return candidates.first().map(|t| squeeze(t)).unwrap_or_default();
    };
    let first = matched.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(LEAD_WORDS);
    let end = (start + SNIPPET_WORDS).min(spans.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = spans[start].0;
    for i in start..end {
        let (s, e) = spans[i];
        out.push_str(&text[cursor..s]);
        if matched[i] {
            out.push_str("**");
            out.push_str(&text[s..e]);
            out.push_str("**");
        } else {
            out.push_str(&text[s..e]);
        }
        cursor = e;
    }
    if end < spans.len() {
        out.push('…');
    } else {
        out.push_str(&text[cursor..]);
    }
    squeeze(&out)
}

/// Whether the original word `word` matched: one of its tokens, or its stem
/// in `lang`, is among `marks`.
fn is_marked(lang: &str, word: &str, marks: &BTreeSet<String>) -> bool {
    tokens_of_folded(&fold(word), false).iter().any(|token| {
        marks.contains(&token.text) || stem(lang, &token.text).is_some_and(|s| marks.contains(&s))
    })
}

/// Whitespace runs (newlines included) as single spaces.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(words: &[&str]) -> BTreeSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn matched_words_are_marked_as_written() {
        let s = snippet("es", &["Un notario no es abogado."], &marks(&["notario"]));
        assert_eq!(s, "Un **notario** no es abogado.");
        // Accents and inflections still match; the original spelling shows.
        let s = snippet("es", &["Abogados de inmigración"], &marks(&["inmigracion"]));
        assert_eq!(s, "Abogados de **inmigración**");
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let body = format!("{} wage theft {}", "word ".repeat(40), "more ".repeat(40));
        let s = snippet("en", &["Nothing here.", &body], &marks(&["theft"]));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("wage **theft**"), "{s}");
        assert!(s.split_whitespace().count() <= SNIPPET_WORDS + 2, "{s}");
    }

    #[test]
    fn no_match_gives_the_summary() {
        assert_eq!(
            snippet("en", &["A summary.\n", "Body"], &marks(&["x"])),
            "A summary."
        );
    }
}

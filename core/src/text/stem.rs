//! Snowball stemming, chosen by a text's language tag (never guessed from the
//! text): English, Spanish, French, Portuguese, Russian and Arabic have a
//! stemmer; the other supported languages are matched by their folded words.
//!
//! Stemmers run on folded words ([`super::normalize::fold`]) at index time
//! and query time alike, so `inmigración` and `inmigracion` stem the same.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Tags of the languages that have a stemmer (base language subtag).
pub const STEMMED_LANGUAGES: [&str; 6] = ["en", "es", "fr", "pt", "ru", "ar"];

/// The stemmer for `lang` (a BCP 47 tag; only its base subtag counts), or
/// `None` when the language has none.
fn stemmer(lang: &str) -> Option<&'static Stemmer> {
    static STEMMERS: OnceLock<Vec<Stemmer>> = OnceLock::new();
    let base = lang.split(['-', '_']).next().unwrap_or("");
    let index = STEMMED_LANGUAGES
        .iter()
        .position(|l| base.eq_ignore_ascii_case(l))?;
    let stemmers = STEMMERS.get_or_init(|| {
        [
            Algorithm::English,
            Algorithm::Spanish,
            Algorithm::French,
            Algorithm::Portuguese,
            Algorithm::Russian,
            Algorithm::Arabic,
        ]
        .into_iter()
        .map(Stemmer::create)
        .collect()
    });
    stemmers.get(index)
}

/// The stem of the folded word `word` in `lang`, when that language has a
/// stemmer and the stem differs from the word. Words with digits are not
/// stemmed (`i-200`, `2024` are names, not inflections).
pub fn stem(lang: &str, word: &str) -> Option<String> {
    if word.chars().any(|c| c.is_numeric()) {
        return None;
    }
    stem_uncached(lang, stemmer(lang)?, word)
}

/// [`stem`] for pack content being indexed: the same result, remembered per
/// thread (installing a pack stems every word of every text, and words
/// repeat). Never used on what a person types, so no query outlives its
/// search in memory.
pub fn stem_content(lang: &str, word: &str) -> Option<String> {
    if word.chars().any(|c| c.is_numeric()) {
        return None;
    }
    let stemmer = stemmer(lang)?;
    thread_local! {
        static STEMS: std::cell::RefCell<HashMap<(String, String), Option<String>>> =
            std::cell::RefCell::new(HashMap::new());
    }
    let key = (lang.to_string(), word.to_string());
    if let Some(known) = STEMS.with(|stems| stems.borrow().get(&key).cloned()) {
        return known;
    }
    let found = stem_uncached(lang, stemmer, word);
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        if stems.len() >= STEM_CACHE_ENTRIES {
            stems.clear();
        }
        stems.insert(key, found.clone());
    });
    found
}

/// How many stems each thread remembers (a few megabytes at most).
const STEM_CACHE_ENTRIES: usize = 20_000;

fn stem_uncached(lang: &str, stemmer: &Stemmer, word: &str) -> Option<String> {
    let accented = restore_suffix_accents(lang, word);
    let stemmed = stemmer.stem(accented.as_deref().unwrap_or(word));
    (stemmed != word && !stemmed.is_empty()).then(|| stemmed.into_owned())
}

/// Folded suffixes whose Snowball rule is written with an accent, and that
/// accent put back (per language), longest first. Without this, folded
/// `inmigracion` keeps its suffix while `inmigraciones` loses it, and the
/// singular would never meet the plural.
const ACCENTED_SUFFIXES: &[(&str, &[(&str, &str)])] = &[
    (
        "es",
        &[
            ("acion", "ación"),
            ("ucion", "ución"),
            ("logias", "logías"),
            ("logia", "logía"),
        ],
    ),
    (
        "pt",
        &[
            ("acoes", "ações"),
            ("ucoes", "uções"),
            ("acao", "ação"),
            ("ucao", "ução"),
            ("encias", "ências"),
            ("encia", "ência"),
            ("ancias", "âncias"),
            ("ancia", "ância"),
        ],
    ),
    ("fr", &[("ites", "ités"), ("ite", "ité")]),
];

/// `word` with the accent of its suffix restored, when its language's
/// stemmer needs it (see [`ACCENTED_SUFFIXES`]); `None` otherwise.
fn restore_suffix_accents(lang: &str, word: &str) -> Option<String> {
    let base = lang.split(['-', '_']).next().unwrap_or("");
    let (_, suffixes) = ACCENTED_SUFFIXES
        .iter()
        .find(|(l, _)| base.eq_ignore_ascii_case(l))?;
    // Short words have no suffix region for the stemmer anyway.
    if word.chars().count() < 7 {
        return None;
    }
    suffixes.iter().find_map(|(folded, accented)| {
        word.strip_suffix(folded)
            .map(|stem| format!("{stem}{accented}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::fold;

    /// The form a word is matched by: its stem, or itself.
    #[test]
    fn remembered_stems_are_the_stems() {
        for (lang, word) in [
            ("es", "abogados"),
            ("en", "lawyers"),
            ("vi", "luat"),
            ("fr", "2024"),
        ] {
            assert_eq!(stem_content(lang, word), stem(lang, word));
            assert_eq!(stem_content(lang, word), stem(lang, word));
        }
    }

    fn key(lang: &str, word: &str) -> String {
        stem(lang, word).unwrap_or_else(|| word.to_string())
    }

    #[test]
    fn stems_by_language_tag() {
        assert_eq!(stem("en", "lawyers").as_deref(), Some("lawyer"));
        assert_eq!(key("es", "abogados"), key("es", "abogado"));
        assert_eq!(key("es-MX", "abogados"), key("es", "abogado"));
        assert_eq!(key("fr", "avocats"), key("fr", "avocat"));
        assert_eq!(key("pt", "advogados"), key("pt", "advogado"));
        assert_eq!(key("ru", "адвокаты"), key("ru", "адвокат"));
        assert_eq!(key("ar", &fold("المحامي")), key("ar", &fold("محامي")));
        // Spanish stems differ from English ones: the tag chooses.
        assert_ne!(key("en", "abogados"), key("es", "abogados"));
    }

    #[test]
    fn languages_without_a_stemmer_and_numbers_are_left_alone() {
        assert_eq!(stem("vi", "luat"), None);
        assert_eq!(stem("ko", "변호사"), None);
        assert_eq!(stem("en", "i200s"), None);
        assert_eq!(stem("en", "wage"), None);
    }

    #[test]
    fn unaccented_and_accented_spanish_stem_alike_once_folded() {
        assert_eq!(
            key("es", &fold("inmigración")),
            key("es", &fold("inmigracion"))
        );
        assert_eq!(key("es", &fold("inmigración")), key("es", "inmigraciones"));
        assert_eq!(
            key("pt", &fold("imigração")),
            key("pt", &fold("imigrações"))
        );
        assert_eq!(
            key("fr", &fold("citoyenneté")),
            key("fr", &fold("citoyennetés"))
        );
    }
}

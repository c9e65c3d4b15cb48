//! Normalisation of text for search, the same at index time and query time.
//!
//! Everything FTS5 and the vocabulary see has been through [`fold`], so a
//! query matches a text whatever form its letters were typed in:
//! - Unicode NFKC (full-width letters, ligatures and Arabic presentation
//!   forms become ordinary letters) and lower case;
//! - Latin, Greek: accents and other marks are dropped (`notário`,
//!   `inmigración`, `luật sư` match `notario`, `inmigracion`, `luat su`), and
//!   the few letters that are not a base letter plus a mark are spelled with
//!   their base (`đ`→`d`, `ł`→`l`, `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`);
//! - Cyrillic: `ё` is written `е` (Russian treats the dots as optional; `й`
//!   stays, it is a letter of its own);
//! - Arabic script (Arabic, Farsi, Urdu): harakat and Quranic marks, tatweel
//!   and hamza carriers go (`أ إ آ ٱ`→`ا`, `ؤ`→`و`, `ئ`→`ي`), `ة`/`ۃ`→`ه`,
//!   `ى`/`ی`→`ي`, `ک`→`ك`, so Arabic and Persian keyboards meet;
//! - Arabic-Indic, Persian and Bengali digits become ASCII digits.
//!
//! Other scripts (Hangul, Han, Bengali, Devanagari…) keep their marks: their
//! vowel signs are part of the word, not optional accents.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `text` for search as described in the module documentation.
///
/// ASCII letters, digits and punctuation only need lower-casing, and most of
/// any text is ASCII, so ASCII runs skip the Unicode pipeline (its tables
/// were the largest cost of indexing a pack). A run ends one character
/// early before non-ASCII text, since that character may carry the marks
/// that follow it. Cutting before an ASCII character changes nothing:
/// ASCII characters never compose with what precedes them.
pub fn fold(text: &str) -> String {
    fold_with(text, false)
}

/// [`fold`] for pack content being indexed: the same result, with the
/// non-ASCII words it folds remembered per thread (words repeat, and the
/// Unicode tables were the largest part of folding a pack). Never used on
/// what a person types, so no query outlives its search in memory.
pub fn fold_content(text: &str) -> String {
    fold_with(text, true)
}

fn fold_with(text: &str, remember: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end].is_ascii() {
            end += 1;
        }
        let fast_end = if end < bytes.len() && end > start {
            end - 1
        } else {
            end
        };
        out.extend(
            bytes[start..fast_end]
                .iter()
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        let mut slow_end = end;
        while slow_end < bytes.len() && !bytes[slow_end].is_ascii() {
            slow_end += 1;
        }
        if fast_end < slow_end {
            // Both ends are ASCII or the text's ends: char boundaries.
            if remember {
                fold_remembered(&text[fast_end..slow_end], &mut out);
            } else {
                fold_unicode(&text[fast_end..slow_end], &mut out);
            }
        }
        start = slow_end;
    }
    out
}

/// [`fold_unicode`] of a non-ASCII stretch (a word, mostly), remembered;
/// each thread keeps up to [`FOLD_CACHE_ENTRIES`] short ones.
fn fold_remembered(text: &str, out: &mut String) {
    thread_local! {
        static FOLDED: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if text.len() > FOLD_CACHE_MAX_BYTES {
        fold_unicode(text, out);
        return;
    }
    let found = FOLDED.with(|folded| {
        folded
            .borrow()
            .get(text)
            .map(|known| out.push_str(known))
            .is_some()
    });
    if found {
        return;
    }
    let start = out.len();
    fold_unicode(text, out);
    FOLDED.with(|folded| {
        let mut folded = folded.borrow_mut();
        if folded.len() >= FOLD_CACHE_ENTRIES {
            folded.clear();
        }
        folded.insert(text.to_string(), out[start..].to_string());
    });
}

/// How many folded stretches each thread remembers (a few megabytes at most).
const FOLD_CACHE_ENTRIES: usize = 20_000;

/// Longer stretches (Han or Thai sentences without spaces) are not kept.
const FOLD_CACHE_MAX_BYTES: usize = 64;

/// The whole folding pipeline for `text`, appended to `out`.
fn fold_unicode(text: &str, out: &mut String) {
    let start = out.len();
    // NFKC then NFD: compatibility forms become plain letters, and every
    // accented letter arrives as base + marks, so marks can be judged by the
    // script of the letter they sit on.
    let mut base = Script::Other;
    for c in text.nfkc().flat_map(char::to_lowercase).nfd() {
        if is_combining_mark(c) {
            match base {
                Script::Latin | Script::Greek => continue,
                Script::Cyrillic if c == '\u{308}' => continue, // ё -> е
                Script::Arabic if is_arabic_mark(c) => continue,
                _ => out.push(c),
            }
            continue;
        }
        base = script_of(c);
        match c {
            'đ' => out.push('d'),
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ς' => out.push('σ'),
            // Arabic script: one spelling for letters keyboards disagree on.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ؤ' => out.push('و'),
            'ئ' | 'ى' | 'ی' | 'ې' => out.push('ي'),
            'ة' | 'ۃ' | 'ۀ' => out.push('ه'),
            'ک' => out.push('ك'),
            '\u{640}' => {} // tatweel: stretches a word, means nothing
            _ => match digit_value(c) {
                Some(d) => out.push(char::from(b'0' + d)),
                None => out.push(c),
            },
        }
    }
    // Recompose what is left (Hangul jamo, Bengali vowel signs, й) so tokens
    // are in the form people type and the vocabulary stores.
    let composed: String = out[start..].nfc().collect();
    out.truncate(start);
    out.push_str(&composed);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Arabic,
    Other,
}

fn script_of(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF => Script::Arabic,
        _ => Script::Other,
    }
}

/// Harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks
/// and hamza above/below (when typed as a separate mark).
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6ED)
}

/// The value of a decimal digit in the scripts our languages write digits in
/// (ASCII digits are left alone by the caller's fallthrough).
fn digit_value(c: char) -> Option<u8> {
    let zero = match c as u32 {
        0x660..=0x669 => 0x660, // Arabic-Indic
        0x6F0..=0x6F9 => 0x6F0, // Extended Arabic-Indic (Farsi, Urdu)
        0x9E6..=0x9EF => 0x9E6, // Bengali
        0x966..=0x96F => 0x966, // Devanagari
        _ => return None,
    };
    Some((c as u32 - zero) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_are_optional() {
        assert_eq!(fold("Notário Público"), "notario publico");
        assert_eq!(fold("INMIGRACIÓN"), "inmigracion");
        assert_eq!(fold("luật sư"), "luat su");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("pomoc prawna łódź"), "pomoc prawna lodz");
        assert_eq!(fold("çà"), "ca");
        // Decomposed input folds like composed input.
        assert_eq!(fold("cafe\u{301}"), fold("café"));
    }

    #[test]
    fn compatibility_forms_and_case() {
        assert_eq!(fold("ＡＢＣ １２"), "abc 12");
        assert_eq!(fold("ﬁle"), "file");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn cyrillic_keeps_short_i_but_not_the_dots_of_yo() {
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("адвокатский"), "адвокатский");
    }

    #[test]
    fn arabic_with_and_without_harakat_fold_alike() {
        assert_eq!(fold("مُحَامِي"), fold("محامي"));
        assert_eq!(fold("مُحَامِي"), "محامي");
        assert_eq!(fold("أمريكا"), fold("امريكا"));
        assert_eq!(fold("إقامة"), "اقامه");
        assert_eq!(fold("مـحـامـي"), "محامي"); // tatweel
        // Farsi yeh and keheh meet their Arabic forms.
        assert_eq!(fold("وکیل"), fold("وكيل"));
        assert_eq!(fold("٣٤"), "34");
        assert_eq!(fold("۳۴"), "34");
    }

    /// The ASCII fast path gives what the whole pipeline gives.
    fn fold_slowly(text: &str) -> String {
        let mut out = String::new();
        fold_unicode(text, &mut out);
        out
    }

    #[test]
    fn ascii_runs_fold_as_the_whole_pipeline_does() {
        for text in [
            "cafe\u{301} Cafe\u{301}s",
            "e\u{301}\u{302}x",
            "ＡＢＣ abc Ｋ",
            "Straße A\u{308}rger",
            "Ёлка, \u{301}x",
            "x\u{301}",
            "\u{301}",
            "İstanbul ıI",
            "مُحَامِي ab ٣٤",
            "변호사 Han 律师",
            "",
        ] {
            assert_eq!(fold(text), fold_slowly(text), "{text:?}");
            // Twice: the second answer comes from what the thread remembers.
            assert_eq!(fold_content(text), fold_slowly(text), "{text:?}");
            assert_eq!(fold_content(text), fold_slowly(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_folds_as_the_whole_pipeline_does(
            text in "[a-zA-Z0-9 .,\u{300}-\u{36F}\u{C0}-\u{17F}\u{400}-\u{45F}\u{600}-\u{6FF}\u{FF00}-\u{FF5E}\u{1100}-\u{11FF}\u{AC00}-\u{AC20}]{0,24}"
        ) {
            proptest::prop_assert_eq!(fold(&text), fold_slowly(&text));
            proptest::prop_assert_eq!(fold_content(&text), fold_slowly(&text));
        }
    }

    #[test]
    fn other_scripts_keep_their_vowel_signs() {
        assert_eq!(fold("আইনজীবী"), "আইনজীবী");
        assert_eq!(fold("변호사"), "변호사");
        assert_eq!(fold("律师"), "律师");
    }
}

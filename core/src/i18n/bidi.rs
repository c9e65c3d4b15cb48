//! Text direction per locale, and the invisible Unicode bidi controls.
//!
//! Fluent wraps every placeable (a number, a date, a name) in isolation
//! marks (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) so a
//! phone number or an English name inside an Arabic sentence keeps its own
//! order. Those marks belong on screen and nowhere else: a `tel:` URI, a
//! search query or a log line must get the text without them, through
//! [`strip_controls`].

use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Which way a locale's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Han, Hangul, Bengali…).
    LeftToRight,
    /// Right to left (Arabic, Urdu, Farsi…).
    RightToLeft,
}

/// The direction of text in the language `tag` (BCP 47). A script subtag
/// decides when present (`pa-Arab` is right to left); otherwise the
/// language's usual script does. Unknown or malformed tags read left to right.
pub fn direction(tag: &str) -> Direction {
    let Ok(id) = tag.replace('_', "-").parse::<LanguageIdentifier>() else {
        return Direction::LeftToRight;
    };
    match id.character_direction() {
        CharacterDirection::RTL => Direction::RightToLeft,
        // Top-to-bottom scripts are laid out left to right on phones.
        CharacterDirection::LTR | CharacterDirection::TTB => Direction::LeftToRight,
    }
}

/// Whether `c` is an invisible bidi control: isolates (U+2066–U+2069),
/// embeddings and overrides (U+202A–U+202E), and the marks LRM, RLM and
/// the Arabic letter mark.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// `text` without bidi controls: what a `tel:` URI, a search query, the
/// clipboard for a phone number or a log line must use. Display text keeps
/// its marks.
pub fn strip_controls(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, for
/// showing a value that is not part of the sentence around it (a phone
/// number, an address in another script) in either direction of text.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_urdu_and_farsi_read_right_to_left() {
        for tag in ["ar", "ur", "fa", "ar-EG", "fa_IR"] {
            assert_eq!(direction(tag), Direction::RightToLeft, "{tag}");
        }
        for tag in [
            "en",
            "es",
            "zh-Hans",
            "zh-Hant",
            "vi",
            "tl",
            "ko",
            "ru",
            "ht",
            "fr",
            "pt",
            "bn",
            "pl",
            "",
            "not a tag",
        ] {
            assert_eq!(direction(tag), Direction::LeftToRight, "{tag}");
        }
    }

    #[test]
    fn a_script_subtag_decides_direction() {
        assert_eq!(direction("pa-Arab"), Direction::RightToLeft);
        assert_eq!(direction("az-Latn"), Direction::LeftToRight);
    }

    #[test]
    fn stripping_removes_every_control_and_nothing_else() {
        let shown = format!("اتصل {}", isolate("+1 202-555-0100"));
        assert_ne!(shown, strip_controls(&shown));
        assert_eq!(strip_controls(&shown), "اتصل +1 202-555-0100");
        let all_controls: String = ('\u{2066}'..='\u{2069}')
            .chain('\u{202A}'..='\u{202E}')
            .chain(['\u{200E}', '\u{200F}', '\u{061C}'])
            .collect();
        assert_eq!(strip_controls(&format!("a{all_controls}b")), "ab");
        // Joiners shape Arabic, Indic and emoji text: they are not bidi controls.
        assert_eq!(strip_controls("a\u{200D}b\u{200C}c"), "a\u{200D}b\u{200C}c");
    }
}

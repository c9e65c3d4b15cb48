//! Languages: which of a record's languages to show a person (this file),
//! the apps' UI strings with their own negotiation ([`strings`]), and text
//! direction and bidi controls ([`bidi`]).

pub mod bidi;
pub mod strings;

pub use bidi::Direction;
pub use strings::{UiArg, UiStrings};

/// The languages to try, best first, for a person who asked for `requested`
/// (BCP 47 tags, most preferred first), ending with the pack's
/// `source_language`, which every record has. `es-MX` also tries `es`, and
/// tags compare case-insensitively.
pub fn language_chain(requested: &[String], source_language: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    let mut push = |tag: &str| {
        if !tag.is_empty() && !chain.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            chain.push(tag.to_string());
        }
    };
    for tag in requested {
        let tag = tag.trim().replace('_', "-");
        push(&tag);
        // Phones name Chinese by region; content is written by script.
        if let Some(script) = chinese_script(&tag) {
            push(script);
        }
        // Drop subtags one at a time: zh-Hant-TW -> zh-Hant -> zh.
        let mut prefix = tag.as_str();
        while let Some(cut) = prefix.rfind('-') {
            prefix = &prefix[..cut];
            push(prefix);
        }
    }
    push(source_language);
    chain
}

/// The script subtag Chinese content uses for a region-tagged request:
/// Taiwan, Hong Kong and Macau read Traditional, the rest Simplified. `None`
/// for other languages or when the tag already names a script.
fn chinese_script(tag: &str) -> Option<&'static str> {
    let mut parts = tag.split('-');
    if !parts.next()?.eq_ignore_ascii_case("zh") {
        return None;
    }
    let rest: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
    if rest.iter().any(|p| p == "hant" || p == "hans") {
        return None;
    }
    if rest
        .iter()
        .any(|p| matches!(p.as_str(), "tw" | "hk" | "mo"))
    {
        Some("zh-Hant")
    } else {
        Some("zh-Hans")
    }
}

/// The first language in `chain` that `available` has, compared
/// case-insensitively; `None` when none matches.
pub fn pick<'a>(
    chain: &[String],
    available: impl IntoIterator<Item = &'a String> + Clone,
) -> Option<&'a String> {
    chain.iter().find_map(|want| {
        available
            .clone()
            .into_iter()
            .find(|have| have.eq_ignore_ascii_case(want))
    })
}

/// The language to show a record in for a person who asked for `requested`:
/// the first of the [`language_chain`] the record has (else the pack's
/// source language), and whether that is a fallback from their first choice.
pub fn choose<'a>(
    requested: &[String],
    source_language: &str,
    available: impl IntoIterator<Item = &'a String> + Clone,
) -> (String, bool) {
    let chain = language_chain(requested, source_language);
    let lang = pick(&chain, available)
        .cloned()
        .unwrap_or_else(|| source_language.to_string());
    let fallback = chain
        .first()
        .is_some_and(|first| !same_language(first, &lang));
    (lang, fallback)
}

/// Whether two tags name the same base language (`es-MX` and `es` do), so a
/// text in either is no fallback for a person who asked for the other.
pub fn same_language(a: &str, b: &str) -> bool {
    base_language(a) == base_language(b)
}

/// The base language of a tag, lowercase: everything before the first `-`
/// or `_` (`es-MX` → `es`, `ZH_hant` → `zh`). What [`same_language`]
/// compares, and what the directory's facts table stores per listing.
pub fn base_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_tags_fall_back_to_their_language_then_the_source() {
        let chain = language_chain(&["es-MX".into()], "en");
        assert_eq!(chain, ["es-MX", "es", "en"]);
        let chain = language_chain(&["zh_Hant_TW".into(), "EN".into()], "en");
        assert_eq!(chain, ["zh-Hant-TW", "zh-Hant", "zh", "EN"]);
        let chain = language_chain(&["zh-TW".into()], "en");
        assert_eq!(chain, ["zh-TW", "zh-Hant", "zh", "en"]);
        let chain = language_chain(&["zh".into()], "en");
        assert_eq!(chain, ["zh", "zh-Hans", "en"]);
    }

    #[test]
    fn pick_takes_the_first_available_in_chain_order() {
        let available = vec!["en".to_string(), "es".to_string()];
        let chain = language_chain(&["fr".into(), "ES".into()], "en");
        assert_eq!(pick(&chain, &available).map(String::as_str), Some("es"));
        assert_eq!(pick(&["ko".to_string()], &available), None);
    }

    #[test]
    fn same_language_compares_base_tags() {
        assert!(same_language("es-MX", "es"));
        assert!(same_language("ZH_hant", "zh-Hans"));
        assert!(!same_language("en", "es"));
    }
}

//! The UI strings compiled into the core: every locale complete and
//! consistent with English, plural forms per CLDR, negotiation and direction.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use guide_core::i18n::bidi::{self, Direction};
use guide_core::i18n::strings::{self, UiArg, UiStrings};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The languages US cities' language-access plans name most (DESIGN.md).
const LOCALES: [&str; 16] = [
    "ar", "bn", "en", "es", "fa", "fr", "ht", "ko", "pl", "pt", "ru", "tl", "ur", "vi", "zh-Hans",
    "zh-Hant",
];

fn parse(tag: &str) -> ast::Resource<&'static str> {
    let source = strings::source(tag).unwrap_or_else(|| panic!("no strings for {tag}"));
    fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{tag}: {errors:?}"))
}

fn messages(tag: &str) -> BTreeMap<&'static str, ast::Message<&'static str>> {
    parse(tag)
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some((message.id.name, message)),
            _ => None,
        })
        .collect()
}

/// Variables a pattern uses, and the variant keys of every select on a variable.
#[derive(Default)]
struct Usage {
    variables: BTreeSet<&'static str>,
    selects: Vec<BTreeSet<&'static str>>,
}

fn walk_pattern(pattern: &ast::Pattern<&'static str>, usage: &mut Usage) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, usage);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&'static str>, usage: &mut Usage) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, usage);
            if matches!(selector, ast::InlineExpression::VariableReference { .. }) {
                usage.selects.push(
                    variants
                        .iter()
                        .map(|variant| match &variant.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        })
                        .collect(),
                );
            }
            for variant in variants {
                walk_pattern(&variant.value, usage);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, usage),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&'static str>, usage: &mut Usage) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            usage.variables.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, usage),
        _ => {}
    }
}

fn usage(message: &ast::Message<&'static str>) -> Usage {
    let mut usage = Usage::default();
    if let Some(value) = &message.value {
        walk_pattern(value, &mut usage);
    }
    usage
}

/// The CLDR cardinal categories `tag` uses, found the way Fluent picks its
/// rules (nearest CLDR locale, English when none), by sampling numbers.
fn plural_categories(tag: &str) -> BTreeSet<&'static str> {
    let id: LanguageIdentifier = tag.parse().unwrap();
    let english: LanguageIdentifier = "en".parse().unwrap();
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = fluent_langneg::negotiate_languages(
        &[id],
        &known,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    )[0]
    .clone();
    let rules = PluralRules::create(chosen, PluralRuleType::CARDINAL).unwrap();
    let mut found = BTreeSet::new();
    for n in 0..1200u32 {
        for sample in [f64::from(n), f64::from(n) + 0.5] {
            found.insert(match rules.select(sample).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    found
}

fn count(strings: &UiStrings, key: &str, n: f64) -> String {
    bidi::strip_controls(&strings.format(key, &[("count", UiArg::Number(n))]).unwrap())
}

#[test]
fn the_sixteen_ui_locales_are_compiled_in() {
    assert_eq!(strings::locale_tags(), LOCALES);
}

#[test]
fn every_locale_has_every_key_and_no_other() {
    let english: BTreeSet<&str> = messages("en").into_keys().collect();
    assert!(english.len() > 50, "English has {} messages", english.len());
    let mut problems = Vec::new();
    for tag in LOCALES {
        let keys: BTreeSet<&str> = messages(tag).into_keys().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        if !missing.is_empty() {
            problems.push(format!("content/strings/{tag}/main.ftl lacks {missing:?}"));
        }
        if !extra.is_empty() {
            problems.push(format!(
                "content/strings/{tag}/main.ftl has {extra:?}, which English does not"
            ));
        }
        for (key, message) in messages(tag) {
            if message.value.is_none() {
                problems.push(format!(
                    "content/strings/{tag}/main.ftl: {key} has no value"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_use_exactly_the_variables_of_english() {
    let english = messages("en");
    let mut problems = Vec::new();
    for tag in LOCALES {
        for (key, message) in messages(tag) {
            let Some(reference) = english.get(key) else {
                continue;
            };
            let (want, got) = (usage(reference).variables, usage(&message).variables);
            if want != got {
                problems.push(format!("{tag} {key}: uses {got:?}, English {want:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_messages_have_every_cldr_form_of_their_locale() {
    let english = messages("en");
    let mut problems = Vec::new();
    for tag in LOCALES {
        let needed = plural_categories(tag);
        for (key, message) in messages(tag) {
            let english_selects = english.get(key).map_or(0, |m| usage(m).selects.len());
            let selects = usage(&message).selects;
            if english_selects > 0 && selects.is_empty() && needed.len() > 1 {
                problems.push(format!("{tag} {key}: no plural select, needs {needed:?}"));
            }
            for variants in selects {
                let missing: Vec<_> = needed.difference(&variants).collect();
                let unknown: Vec<_> = variants
                    .iter()
                    .filter(|v| !needed.contains(*v) && v.parse::<f64>().is_err())
                    .collect();
                if !missing.is_empty() || !unknown.is_empty() {
                    problems.push(format!(
                        "{tag} {key}: lacks {missing:?}, has non-CLDR {unknown:?} (CLDR: {needed:?})"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn locales_are_translated_not_copied() {
    let english: BTreeMap<&str, String> = UiStrings::keys()
        .into_iter()
        .map(|key| (key, UiStrings::new(&["en"]).text(key).unwrap()))
        .collect();
    for tag in LOCALES.iter().filter(|tag| **tag != "en") {
        let strings = UiStrings::new(&[*tag]);
        assert_eq!(strings.locale(), *tag);
        let same: Vec<&str> = english
            .iter()
            .filter(|(key, text)| strings.text(key).as_ref() == Some(*text))
            .map(|(key, _)| *key)
            .collect();
        assert!(
            same.len() * 10 < english.len(),
            "{tag}: {} of {} messages equal English: {same:?}",
            same.len(),
            english.len()
        );
    }
}

#[test]
fn arabic_urdu_and_farsi_strings_read_right_to_left() {
    for tag in ["ar", "ur", "fa"] {
        let strings = UiStrings::new(&[tag]);
        assert_eq!(strings.locale(), tag);
        assert_eq!(strings.direction(), Direction::RightToLeft, "{tag}");
        let quick_exit = strings.text("quick-exit").unwrap();
        assert!(
            quick_exit
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{tag} quick-exit is not in Arabic script: {quick_exit}"
        );
    }
    for tag in ["en", "es", "ru", "zh-Hant", "bn"] {
        assert_eq!(
            UiStrings::new(&[tag]).direction(),
            Direction::LeftToRight,
            "{tag}"
        );
    }
}

#[test]
fn english_plurals_pick_one_and_other() {
    let en = UiStrings::new(&["en"]);
    assert_eq!(count(&en, "search-results-count", 1.0), "1 result");
    assert_eq!(count(&en, "search-results-count", 0.0), "0 results");
    assert_eq!(count(&en, "search-results-count", 2.0), "2 results");
}

#[test]
fn russian_plurals_pick_one_few_and_many() {
    let ru = UiStrings::new(&["ru"]);
    assert_eq!(count(&ru, "search-results-count", 1.0), "1 результат");
    assert_eq!(count(&ru, "search-results-count", 21.0), "21 результат");
    assert_eq!(count(&ru, "search-results-count", 3.0), "3 результата");
    assert_eq!(count(&ru, "search-results-count", 24.0), "24 результата");
    assert_eq!(count(&ru, "search-results-count", 5.0), "5 результатов");
    assert_eq!(count(&ru, "search-results-count", 11.0), "11 результатов");
}

#[test]
fn arabic_plurals_pick_all_six_forms() {
    let ar = UiStrings::new(&["ar"]);
    let forms: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|n| count(&ar, "search-results-count", *n))
        .collect();
    // zero, one, two, few (3–10), many (11–99), other (100…): six different texts.
    let distinct: BTreeSet<&String> = forms.iter().collect();
    assert_eq!(distinct.len(), 6, "{forms:?}");
    assert_eq!(forms[0], "لا توجد نتائج");
    assert_eq!(forms[1], "نتيجة واحدة");
    assert_eq!(forms[2], "نتيجتان");
    assert_eq!(forms[3], "3 نتائج");
    assert_eq!(forms[4], "11 نتيجةً");
    assert_eq!(forms[5], "100 نتيجة");
}

#[test]
fn negotiation_maps_device_tags_to_a_chain_ending_in_english() {
    let chain = |tags: &[&str]| UiStrings::new(tags).chain();
    assert_eq!(chain(&["es-MX"]), ["es", "en"]);
    assert_eq!(chain(&["es_US", "fr-CA"]), ["es", "fr", "en"]);
    assert_eq!(chain(&["zh-TW"]), ["zh-Hant", "en"]);
    assert_eq!(chain(&["zh-Hant-HK"]), ["zh-Hant", "en"]);
    assert_eq!(chain(&["zh-CN"]), ["zh-Hans", "en"]);
    assert_eq!(chain(&["zh"]), ["zh-Hans", "en"]);
    assert_eq!(chain(&["fil-PH"]), ["tl", "en"]);
    assert_eq!(chain(&["pt-BR", "en-US"]), ["pt", "en"]);
    assert_eq!(chain(&["de-DE"]), ["en"]);
    assert_eq!(chain(&["", "!!", "ar-EG"]), ["ar", "en"]);
    assert_eq!(chain(&[] as &[&str]), ["en"]);
}

#[test]
fn placeables_are_isolated_for_display_and_strippable() {
    let ar = UiStrings::new(&["ar"]);
    let shown = ar
        .format("verified-on", &[("date", UiArg::Text("2026-11-26".into()))])
        .unwrap();
    assert!(shown.contains("\u{2068}2026-11-26\u{2069}"), "{shown:?}");
    let plain = bidi::strip_controls(&shown);
    assert!(plain.contains("2026-11-26") && !plain.contains('\u{2068}'));
}

#[test]
fn shown_in_names_the_language_in_the_ui_language() {
    let en = UiStrings::new(&["en"]);
    assert_eq!(bidi::strip_controls(&en.shown_in("en")), "Shown in English");
    let es = UiStrings::new(&["es"]);
    assert_eq!(es.language_name("en"), "inglés");
    assert!(bidi::strip_controls(&es.shown_in("en-US")).contains("inglés"));
    // No `lang-ru` message: the language's own name is used.
    assert_eq!(UiStrings::new(&["en"]).language_name("ru"), "Русский");
    assert_eq!(UiStrings::new(&["en"]).language_name("xx"), "xx");
}

#[test]
fn the_picker_lists_every_locale_by_its_own_name() {
    let locales = strings::locales();
    assert_eq!(locales.len(), LOCALES.len());
    let by_tag: BTreeMap<&str, &strings::LocaleInfo> =
        locales.iter().map(|l| (l.tag.as_str(), l)).collect();
    assert_eq!(by_tag["es"].autonym, "Español");
    assert_eq!(by_tag["ar"].direction, Direction::RightToLeft);
    let autonyms: BTreeSet<&str> = locales.iter().map(|l| l.autonym.as_str()).collect();
    assert_eq!(autonyms.len(), LOCALES.len(), "two locales share a name");
}

#[test]
fn unknown_keys_are_none_and_every_key_has_text_everywhere() {
    assert_eq!(UiStrings::new(&["es"]).text("no-such-key"), None);
    for tag in LOCALES {
        let strings = UiStrings::new(&[tag]);
        for key in UiStrings::keys() {
            let text = strings.text(key).unwrap();
            assert!(!text.trim().is_empty(), "{tag} {key} is empty");
        }
    }
}

//! Places named in a query: "abogado gratis cerca de mí", "lawyer near
//! 10001", "clínica en Chicago", "芝加哥律师", "notario Los Angeles, CA".
//!
//! [`find`] takes the place words out of the query and says what they
//! named: a ZIP code, a city (with or without its state, in any script the
//! gazetteer knows for a large city), or "near me" in any of the content
//! languages. The rest of the query is searched as text, so the place words
//! never weigh on text ranking; the place ranks listings near it up.
//!
//! What counts as a place, to keep ordinary words ordinary:
//! - a five-digit ZIP code the gazetteer knows, anywhere;
//! - `Name, ST` (a comma and a state code), or `Name ST` with the state code
//!   typed in capitals, when the gazetteer has that city in that state;
//! - a name after a place word ("in", "near", "en", "cerca de", "à", "em",
//!   "в", "في"…) that resolves to one place;
//! - a name of two or more words that one large city has ("Los Angeles",
//!   "New York"), anywhere;
//! - a large city's name in a non-Latin script ("芝加哥", "Чикаго",
//!   "شيكاغو"), anywhere;
//! - names of one to three letters ("LA", "DC", "NYC") only when typed in
//!   capitals: "la" is also the Spanish article.
//!
//! A single Latin word that is also a city ("Mesa", "Mobile", "Pueblo") is
//! taken as a place only after a place word.

use unicode_normalization::char::is_combining_mark;

use crate::geo::{Gazetteer, Location};
use crate::text::normalize::fold;
use crate::text::tokenize::is_gram_char;

/// What the place words of a query named.
#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    /// "Near me", "cerca de mí", "附近"…: the place the person set or saved.
    NearMe,
    /// A place named in the query.
    Place(Location),
}

/// A query with its place words taken out.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInQuery {
    /// The query to search as text: the original text when nothing was
    /// found, else its other words.
    pub rest: String,
    /// What the place words named, if any.
    pub mention: Option<Mention>,
}

/// "Near me" in every content language, folded as queries are (accents
/// and case dropped). Phrases in scripts written without spaces (Han,
/// Hangul) match inside words; the others match whole words.
const NEAR_ME: &[&str] = &[
    // en
    "near me",
    "nearby",
    "close to me",
    "around me",
    "near here",
    "closest",
    "nearest",
    // es
    "cerca de mi",
    "cerca de aqui",
    "cerca de casa",
    "cerca",
    "cercano",
    "cercana",
    "cercanos",
    "por aqui",
    "mas cercano",
    "mas cercana",
    // zh-Hans, zh-Hant
    "我附近",
    "附近",
    "离我近",
    "離我近",
    "离我最近",
    "離我最近",
    "在我身边",
    "在我身邊",
    // vi
    "gan toi",
    "gan day",
    "o gan",
    "gan nha",
    // tl
    "malapit sa akin",
    "malapit dito",
    "malapit",
    // ko
    "내 근처",
    "근처",
    "가까운 곳",
    "가까운",
    "주변",
    // ru
    "рядом со мной",
    "рядом",
    "поблизости",
    "недалеко от меня",
    "недалеко",
    "возле меня",
    // ar
    "بالقرب مني",
    "قريب مني",
    "قريبه مني",
    "بالقرب",
    "قريب",
    // ht
    "toupre m",
    "pre m",
    "bo kote m",
    "toupre",
    "pre kote m",
    // fr
    "pres de chez moi",
    "pres de moi",
    "a proximite",
    "proche de moi",
    "pres d ici",
    "proche",
    // pt
    "perto de mim",
    "perto daqui",
    "proximo de mim",
    "proxima de mim",
    "perto",
    // bn
    "আমার কাছে",
    "কাছাকাছি",
    "নিকটবর্তী",
    "কাছে",
    // ur
    "میرے قریب",
    "میرے نزدیک",
    "قریب",
    // fa
    "نزدیک من",
    "نزدیک",
    "اطراف من",
    // pl
    "blisko mnie",
    "w poblizu",
    "niedaleko",
];

/// Words that put a place after them ("in Chicago", "en Chicago", "à
/// Boston", "в Чикаго"), folded.
const PLACE_WORDS: &[&str] = &[
    "near",
    "in",
    "around",
    "close to",
    "en",
    "cerca de",
    "por",
    "a",
    "pres de",
    "dans",
    "em",
    "perto de",
    "no",
    "na",
    "sa",
    "malapit sa",
    "nan",
    "pre",
    "toupre",
    "o",
    "gan",
    "tai",
    "в",
    "во",
    "около",
    "рядом с",
    "في",
    "قرب",
    "بالقرب من",
    "در",
    "نزدیک",
    "w",
    "blisko",
    "near to",
];

/// Names in a query are at most this many words.
const MAX_NAME_WORDS: usize = 4;

/// A word of the query as typed and as folded.
#[derive(Debug, Clone)]
struct Word {
    raw: String,
    folded: String,
    /// Followed by a comma in the query.
    comma_after: bool,
}

/// Finds the place words of `text`; `resolves` says whether a candidate
/// place is one place (no ambiguity, known to the gazetteer).
pub fn find(text: &str, resolves: &dyn Fn(&Location) -> bool) -> PlaceInQuery {
    let words = split(text);
    let unchanged = PlaceInQuery {
        rest: text.to_string(),
        mention: None,
    };
    if words.is_empty() {
        return unchanged;
    }
    let gazetteer = Gazetteer::get();
    let mut keep = vec![true; words.len()];
    let mut cut: Vec<(usize, String)> = Vec::new();
    let mut mention = None;

    // A ZIP code anywhere.
    if let Some(i) = words.iter().position(|w| {
        w.raw.len() == 5
            && w.raw.bytes().all(|b| b.is_ascii_digit())
            && gazetteer.zip(&w.raw).is_some()
    }) {
        mention = Some(Mention::Place(Location::Zip(words[i].raw.clone())));
        keep[i] = false;
        drop_place_word_before(&words, &mut keep, i);
    }
    // A city with its state.
    if mention.is_none() {
        'state: for end in 1..words.len() {
            let state = &words[end].raw;
            let is_code = state.len() == 2 && state.bytes().all(|b| b.is_ascii_alphabetic());
            let marked =
                words[end - 1].comma_after || state.bytes().all(|b| b.is_ascii_uppercase());
            if !is_code || !marked {
                continue;
            }
            for start in end.saturating_sub(MAX_NAME_WORDS)..end {
                let name = join_raw(&words[start..end]);
                if gazetteer.city_entry(&name, state).is_some() {
                    let location = Location::City {
                        name,
                        state: state.to_ascii_uppercase(),
                    };
                    if resolves(&location) {
                        mention = Some(Mention::Place(location));
                        keep[start..=end].iter_mut().for_each(|k| *k = false);
                        drop_place_word_before(&words, &mut keep, start);
                        break 'state;
                    }
                }
            }
        }
    }
    // A name after a place word, or a long or non-Latin name anywhere.
    if mention.is_none() {
        let uppercase = |w: &Word| w.raw.chars().all(|c| c.is_ascii_uppercase());
        'name: for start in 0..words.len() {
            let after_place_word = place_word_ending_at(&words, start).is_some();
            for len in (1..=MAX_NAME_WORDS.min(words.len() - start)).rev() {
                let span = &words[start..start + len];
                let name = join_raw(span);
                let non_latin = name.chars().any(|c| c.is_alphabetic() && c as u32 >= 0x250);
                let short = len == 1 && span[0].raw.chars().count() <= 3;
                if short && !uppercase(&span[0]) {
                    continue;
                }
                if !(after_place_word || len >= 2 || non_latin || short) {
                    continue;
                }
                if gazetteer.cities_named(&name).is_empty() {
                    continue;
                }
                let location = Location::Named(name);
                if resolves(&location) {
                    mention = Some(Mention::Place(location));
                    keep[start..start + len].iter_mut().for_each(|k| *k = false);
                    drop_place_word_before(&words, &mut keep, start);
                    break 'name;
                }
            }
        }
    }
    // A non-Latin name inside a word written without spaces ("芝加哥律师").
    if mention.is_none() {
        'inner: for (i, word) in words.iter().enumerate() {
            let chars: Vec<char> = word.raw.chars().collect();
            if !chars.iter().any(|c| is_gram_char(*c)) {
                continue;
            }
            for start in 0..chars.len() {
                for len in (2..=8.min(chars.len() - start)).rev() {
                    let name: String = chars[start..start + len].iter().collect();
                    if gazetteer.cities_named(&name).is_empty() {
                        continue;
                    }
                    let location = Location::Named(name.clone());
                    if resolves(&location) {
                        mention = Some(Mention::Place(location));
                        cut.push((i, name));
                        break 'inner;
                    }
                }
            }
        }
    }
    // "Near me", in any language.
    let near_me = remove_near_me(&words, &mut keep, &mut cut);
    if mention.is_none() && near_me {
        mention = Some(Mention::NearMe);
    }
    let Some(mention) = mention else {
        return unchanged;
    };
    let mut rest: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let mut raw = word.raw.clone();
        for (at, piece) in &cut {
            if *at == i {
                raw = raw.replacen(piece.as_str(), " ", 1);
            }
        }
        let raw = raw.trim();
        if !raw.is_empty() {
            rest.push(raw.to_string());
        }
    }
    let mut rest = rest.join(" ");
    // Type-ahead reads a trailing separator as "the last word is complete".
    if text
        .chars()
        .last()
        .is_some_and(|c| !(c.is_alphanumeric() || is_combining_mark(c)))
        && !rest.is_empty()
    {
        rest.push(' ');
    }
    PlaceInQuery {
        rest,
        mention: Some(mention),
    }
}

/// The words of `text`: runs of letters, digits and marks, with whether a
/// comma follows each.
fn split(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current = String::new();
    let push = |current: &mut String, words: &mut Vec<Word>| {
        if !current.is_empty() {
            words.push(Word {
                folded: fold(current),
                raw: std::mem::take(current),
                comma_after: false,
            });
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() || is_combining_mark(c) {
            current.push(c);
        } else {
            push(&mut current, &mut words);
            if matches!(c, ',' | '，' | '、' | '،')
                && let Some(last) = words.last_mut()
            {
                last.comma_after = true;
            }
        }
    }
    push(&mut current, &mut words);
    words
}

fn join_raw(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.raw.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the folded words ending just before `at` spell a place word;
/// the index of its first word when they do (the longest one).
fn place_word_ending_at(words: &[Word], at: usize) -> Option<usize> {
    PLACE_WORDS
        .iter()
        .filter_map(|phrase| {
            let parts: Vec<&str> = phrase.split(' ').collect();
            let start = at.checked_sub(parts.len())?;
            words[start..at]
                .iter()
                .zip(&parts)
                .all(|(w, p)| w.folded == fold(p))
                .then_some(start)
        })
        .min()
}

/// Drops the place word right before the place at `at` ("en" of "en Chicago").
fn drop_place_word_before(words: &[Word], keep: &mut [bool], at: usize) {
    if let Some(start) = place_word_ending_at(words, at) {
        keep[start..at].iter_mut().for_each(|k| *k = false);
    }
}

/// Takes "near me" phrases out of the kept words (whole words, or inside a
/// word for scripts written without spaces); whether any was found.
fn remove_near_me(words: &[Word], keep: &mut [bool], cut: &mut Vec<(usize, String)>) -> bool {
    let mut found = false;
    let phrases: Vec<Vec<String>> = NEAR_ME
        .iter()
        .map(|p| p.split(' ').map(fold).collect())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let matched = phrases.iter().filter(|parts| {
            i + parts.len() <= words.len()
                && (0..parts.len()).all(|k| keep[i + k] && words[i + k].folded == parts[k])
        });
        if let Some(parts) = matched.max_by_key(|parts| parts.len()) {
            keep[i..i + parts.len()].iter_mut().for_each(|k| *k = false);
            found = true;
            i += parts.len();
            continue;
        }
        i += 1;
    }
    // Inside words of scripts without spaces: the longest phrase first.
    let mut inner: Vec<&Vec<String>> = phrases
        .iter()
        .filter(|p| p.len() == 1 && p[0].chars().any(is_gram_char))
        .collect();
    inner.sort_by_key(|p| std::cmp::Reverse(p[0].chars().count()));
    for (index, word) in words.iter().enumerate() {
        if !keep[index] {
            continue;
        }
        for phrase in &inner {
            if word.folded.contains(phrase[0].as_str()) {
                cut.push((index, phrase[0].clone()));
                found = true;
                break;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any_place(_: &Location) -> bool {
        true
    }

    fn check(text: &str) -> (String, Option<Mention>) {
        let found = find(text, &|location| match location {
            Location::Named(name) => {
                let found = Gazetteer::get().cities_named(name);
                found.len() == 1 || found.iter().filter(|c| c.population > 100_000).count() == 1
            }
            other => any_place(other),
        });
        (found.rest, found.mention)
    }

    fn named(name: &str) -> Option<Mention> {
        Some(Mention::Place(Location::Named(name.into())))
    }

    #[test]
    fn near_me_in_every_language_is_taken_out() {
        for (query, rest) in [
            ("abogado gratis cerca de mí", "abogado gratis"),
            ("abogado gratis cerca de mi", "abogado gratis"),
            ("free lawyer near me", "free lawyer"),
            ("律师附近", "律师"),
            ("附近的律师", "的律师"),
            ("luật sư gần tôi", "luật sư"),
            ("avocat près de chez moi", "avocat"),
            ("advogado perto de mim", "advogado"),
            ("юрист рядом со мной", "юрист"),
            ("محامي بالقرب مني", "محامي"),
            ("변호사 근처", "변호사"),
            ("avoka toupre m", "avoka"),
            ("abogado en mi zona cerca", "abogado en mi zona"),
        ] {
            assert_eq!(
                check(query),
                (rest.to_string(), Some(Mention::NearMe)),
                "{query}"
            );
        }
    }

    #[test]
    fn named_places_are_taken_out_with_their_place_word() {
        assert_eq!(
            check("near 10001"),
            (
                String::new(),
                Some(Mention::Place(Location::Zip("10001".into())))
            )
        );
        assert_eq!(
            check("lawyer 21202"),
            (
                "lawyer".into(),
                Some(Mention::Place(Location::Zip("21202".into())))
            )
        );
        assert_eq!(
            check("abogado en Chicago"),
            ("abogado".into(), named("Chicago"))
        );
        assert_eq!(
            check("clinic in los angeles"),
            ("clinic".into(), named("los angeles"))
        );
        assert_eq!(
            check("notario Los Angeles"),
            ("notario".into(), named("Los Angeles"))
        );
        assert_eq!(
            check("lawyer Baltimore, MD"),
            (
                "lawyer".into(),
                Some(Mention::Place(Location::City {
                    name: "Baltimore".into(),
                    state: "MD".into()
                }))
            )
        );
        assert_eq!(check("芝加哥律师"), ("律师".into(), named("芝加哥")));
        assert_eq!(check("юрист в Чикаго"), ("юрист".into(), named("Чикаго")));
        assert_eq!(check("abogado en LA"), ("abogado".into(), named("LA")));
        // A place and "near me": the place wins, both are taken out.
        assert_eq!(
            check("abogado cerca de mí en Chicago"),
            ("abogado".into(), named("Chicago"))
        );
    }

    #[test]
    fn ordinary_words_stay_words() {
        for query in [
            "abogado en la clínica",
            "mesa de ayuda",
            "mobile phone scam",
            "wage theft",
            "notario",
            "pueblo",
            "",
            "12345678",
        ] {
            let (rest, mention) = check(query);
            assert_eq!(mention, None, "{query}");
            assert_eq!(rest, query, "{query}");
        }
    }

    #[test]
    fn a_trailing_separator_is_kept_for_type_ahead() {
        assert_eq!(check("abogado cerca de mí ").0, "abogado ");
    }
}

//! Ranking: how the signals of one candidate text become one score.
//!
//! - Text relevance is FTS5's bm25 with the title weighted over tags over
//!   summary over body; concept facets add a fixed score, more when the
//!   concept names the record's main topic ([`facet_score`]).
//! - Exact over stemmed over corrected: an exact word matches both itself
//!   and its stem in the index (two terms), a stemmed one only the stem, and
//!   corrections weigh [`FIX_WEIGHT`] of a word as typed.
//! - The person's language chain: a text in their language counts fully,
//!   one in another language of their chain (the pack's source language)
//!   a little less, any other language less again.
//! - Listings: distance and open-now multiply in through
//!   [`listing_factor`] (the directory supplies the signals).

use crate::i18n;

/// bm25 weights of (title, tags, summary, body, facets): a word in a title
/// says far more about what a record is about than the same word in its
/// body. Facets weigh 0 here: FTS5's bm25 divides by the length of the whole
/// row, so a concept match would favour short listings over long articles
/// for no reason; [`facet_score`] scores them instead.
pub const COLUMN_WEIGHTS: [f64; 5] = [10.0, 5.0, 3.0, 1.0, 0.0];

/// What a concept naming a record's main topic (an article's first topic, a
/// listing's category) adds to its score: about a strong tag match.
pub const FACET_WEIGHT: f64 = 6.0;

/// What a concept naming one of a record's other topics adds.
pub const SECONDARY_FACET_WEIGHT: f64 = 3.0;

/// The score concepts give a record: the best of its facets the query
/// named, its main one (`facets[0]`) counting most. `facets` are the
/// record's (kind, key) pairs in index order; `wanted` answers whether the
/// query named one.
pub fn facet_score<'a>(
    facets: impl IntoIterator<Item = (&'a str, &'a str)>,
    wanted: impl Fn(&str, &str) -> bool,
) -> f64 {
    facets
        .into_iter()
        .enumerate()
        .filter(|(_, (kind, key))| wanted(kind, key))
        .map(|(i, _)| {
            if i == 0 {
                FACET_WEIGHT
            } else {
                SECONDARY_FACET_WEIGHT
            }
        })
        .fold(0.0, f64::max)
}

/// What a sampled word match (a common completion or a word too common to
/// rank, in a title or tag) scores: about bm25's score for a common word in
/// a title (title weight 10 × a low idf × length normalisation).
pub const SAMPLED_MATCH: f64 = 5.0;

/// Corrected matches count this much of an exact one. The search writes
/// the typed words twice and the corrections once in one FTS5 query (bm25
/// adds up phrase by phrase), which is this weight: keep them in step.
pub const FIX_WEIGHT: f64 = 0.5;

/// A text in the person's first language.
const FIRST_LANGUAGE: f64 = 1.0;
/// A text in another language of the person's chain (e.g. the source
/// language the app falls back to).
const CHAIN_LANGUAGE: f64 = 0.85;
/// A text in a language the person did not ask for.
const OTHER_LANGUAGE: f64 = 0.75;

/// The factor for a text in `lang` for a person whose chain is `chain`.
pub fn language_factor(lang: &str, chain: &[String]) -> f64 {
    match chain.iter().position(|c| i18n::same_language(c, lang)) {
        Some(0) => FIRST_LANGUAGE,
        Some(_) => CHAIN_LANGUAGE,
        None => OTHER_LANGUAGE,
    }
}

/// How much a listing at its nearest counts over one far away or with no
/// point, when the person searches near a place: three times at the door.
pub const NEAR_BOOST: f64 = 2.0;

/// The distance at which the near boost has halved, in km.
pub const NEAR_SCALE_KM: f64 = 25.0;

/// The factor a listing `km` from the place the person searches near takes:
/// `1 + NEAR_BOOST / (1 + km / NEAR_SCALE_KM)` — 3 at the door, 2 at 25 km,
/// about 1 a few hundred km away, never below 1 (a far listing keeps its
/// text score; the place only lifts what is near).
pub fn near_factor(km: f64) -> f64 {
    1.0 + NEAR_BOOST / (1.0 + km.max(0.0) / NEAR_SCALE_KM)
}

/// The factor a listing with a point (an office somewhere) takes when the
/// person searched near no place: local help of unknown distance ranks a
/// little below what serves anyone (articles, hotlines, national programs)
/// that matches as well, and still above what matches less. Not applied
/// when the query asks for that kind of place and no subject.
pub const LOCAL_WITHOUT_PLACE: f64 = 0.6;

/// What the directory knows about a listing for one query.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ListingSignals {
    /// Kilometres from the place the person searched near, when both the
    /// place and the listing's location are known.
    pub distance_km: Option<f64>,
    /// Whether the listing is open now, when asked and its hours are known.
    pub open_now: Option<bool>,
}

/// How much a listing's signals move its score: nearer and open rank higher;
/// unknown signals are neutral.
pub fn listing_factor(signals: &ListingSignals) -> f64 {
    let distance = signals
        .distance_km
        .map_or(1.0, |km| 1.0 / (1.0 + km.max(0.0) / 25.0));
    let open = match signals.open_now {
        Some(true) => 1.2,
        Some(false) => 0.8,
        None => 1.0,
    };
    distance * open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_persons_language_counts_most() {
        let chain = vec!["es".to_string(), "en".to_string()];
        assert!(language_factor("es-MX", &chain) > language_factor("en", &chain));
        assert!(language_factor("en", &chain) > language_factor("ko", &chain));
    }

    #[test]
    fn near_listings_rank_up_and_far_ones_keep_their_score() {
        assert_eq!(near_factor(0.0), 3.0);
        assert_eq!(near_factor(25.0), 2.0);
        assert!(near_factor(5.0) > near_factor(30.0));
        assert!(near_factor(5_000.0) > 1.0 && near_factor(5_000.0) < 1.02);
        assert_eq!(near_factor(-1.0), 3.0);
    }

    #[test]
    fn unknown_listing_signals_are_neutral() {
        assert_eq!(listing_factor(&ListingSignals::default()), 1.0);
        let near = listing_factor(&ListingSignals {
            distance_km: Some(1.0),
            open_now: None,
        });
        let far = listing_factor(&ListingSignals {
            distance_km: Some(100.0),
            open_now: None,
        });
        assert!(near > far);
        let open = listing_factor(&ListingSignals {
            distance_km: None,
            open_now: Some(true),
        });
        assert!(open > 1.0);
    }
}

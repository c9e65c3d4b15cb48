//! Records and enums that cross the FFI boundary, converted from the core's
//! types. Ids stay strings; dates are ISO 8601 strings.

use guide_core::model::Details;
use guide_core::{Kind, RecordView, SearchHit, TermView};

/// Article or listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RecordKind {
    /// A guide, warning or how-to.
    Article,
    /// A place, program or hotline.
    Listing,
}

impl From<Kind> for RecordKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Article => RecordKind::Article,
            Kind::Listing => RecordKind::Listing,
        }
    }
}

/// A type-ahead search's answer: the results, and the corrected query
/// when they were found through a spelling correction ("did you mean").
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SearchPage {
    /// Results, best first.
    pub results: Vec<SearchResult>,
    /// The corrected query to offer as "did you mean"; null when the query
    /// was used as typed.
    pub corrected: Option<String>,
    /// The place listings were ranked near ("Searching near …"): named in
    /// the query ("abogado en Chicago"), given with it, or the saved place.
    pub place: Option<crate::PlaceInfo>,
    /// Where `place` came from: "query", "given" or "saved".
    pub place_source: Option<String>,
    /// The query said "near me" (in any language) but no place is known:
    /// offer to set one.
    pub near_me_unset: bool,
}

impl From<guide_core::SearchResults> for SearchPage {
    fn from(found: guide_core::SearchResults) -> Self {
        SearchPage {
            place: found.place.as_ref().map(|p| (&p.locality).into()),
            place_source: found.place.as_ref().map(|p| p.source.as_str().to_string()),
            near_me_unset: found.near_me_unset,
            results: found.hits.into_iter().map(SearchResult::from).collect(),
            corrected: found.corrected,
        }
    }
}

/// One search result, in the language chosen for the person.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SearchResult {
    /// Record id, for `show`.
    pub id: String,
    /// Article or listing.
    pub kind: RecordKind,
    /// Title or listing name in `lang`.
    pub title: String,
    /// Language of `title` and `snippet`.
    pub lang: String,
    /// True when shown in a language other than the person's first (show "shown in English").
    pub fallback: bool,
    /// Topic keys from the shared taxonomy.
    pub topics: Vec<String>,
    /// Listing category key; null for articles.
    pub category: Option<String>,
    /// Extract with matched words between `**` markers.
    pub snippet: String,
    /// Id of the pack the record comes from.
    pub pack: String,
    /// When its facts were last checked (ISO 8601).
    pub verified_on: String,
    /// On a fast-changing topic: show "last checked on …, check current
    /// status" (`record-check-status`) beside it.
    pub check_status: bool,
}

impl From<SearchHit> for SearchResult {
    fn from(hit: SearchHit) -> Self {
        SearchResult {
            id: hit.id,
            kind: hit.kind.into(),
            title: hit.title,
            lang: hit.lang,
            fallback: hit.fallback,
            topics: hit.topics,
            category: hit.category,
            snippet: hit.snippet,
            pack: hit.pack,
            verified_on: hit.verified_on,
            check_status: hit.check_status,
        }
    }
}

/// Where a record's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SourceInfo {
    /// Document or page title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Where to read it, when online.
    pub url: Option<String>,
    /// The day the content team last checked it.
    pub checked_on: String,
}

/// Contact and place fields of a listing; each is null unless a source states it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ListingInfo {
    /// Listing category key.
    pub category: String,
    /// City.
    pub city: Option<String>,
    /// State or region code.
    pub region: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// ZIP code of the address.
    pub postal_code: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Latitude (WGS 84), only when a source states the office's
    /// coordinates (then `exact_location` is true).
    pub latitude: Option<f64>,
    /// Longitude (WGS 84), as `latitude`.
    pub longitude: Option<f64>,
    /// What the listing's point is: "exact", "address-zip", "zip" or
    /// "city" (an area's centre); null when it states no location.
    pub precision: Option<String>,
    /// True only when the point is the office itself: never draw a pin or
    /// send a precise location otherwise.
    pub exact_location: bool,
}

/// A whole article or listing in one language, for its detail screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecordDetail {
    /// Record id.
    pub id: String,
    /// Article or listing.
    pub kind: RecordKind,
    /// Language of the texts below.
    pub lang: String,
    /// True when shown in a language other than the person's first.
    pub fallback: bool,
    /// Title or listing name.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Body in the content's small Markdown subset.
    pub body: String,
    /// Topic keys.
    pub topics: Vec<String>,
    /// Listing fields; null for articles.
    pub listing: Option<ListingInfo>,
    /// Sources of the record's facts.
    pub sources: Vec<SourceInfo>,
    /// The day the facts were last checked (ISO 8601).
    pub verified_on: String,
    /// After this day the record is due for re-verification.
    pub expires_on: Option<String>,
    /// On a fast-changing topic (due again within 90 days): show "last
    /// checked on …, check current status" (`record-check-status`).
    pub check_status: bool,
    /// For an article: the nearest help of the kinds that help with it (near
    /// the place given or saved) and help serving the whole country. Empty
    /// for a listing.
    pub related: crate::RelatedHelpInfo,
    /// Id of the pack the record comes from.
    pub pack: String,
}

impl RecordDetail {
    /// The detail of `view` with its related help.
    pub(crate) fn new(view: RecordView, related: crate::RelatedHelpInfo) -> Self {
        let mut detail = RecordDetail::from(view);
        detail.related = related;
        detail
    }
}

impl From<RecordView> for RecordDetail {
    fn from(view: RecordView) -> Self {
        let record = view.record;
        let precision = view.placement.map(|p| p.precision);
        let listing = match record.details {
            Details::Listing(l) => Some(ListingInfo {
                category: l.category,
                city: l.city,
                region: l.region,
                address: l.address,
                postal_code: l.postal_code,
                phone: l.phone,
                website: l.website,
                latitude: l.latitude,
                longitude: l.longitude,
                precision: precision.map(|p| p.as_str().to_string()),
                exact_location: precision.is_some_and(|p| p.is_exact()),
            }),
            Details::Article(_) => None,
        };
        RecordDetail {
            id: record.id,
            kind: match listing {
                Some(_) => RecordKind::Listing,
                None => RecordKind::Article,
            },
            lang: view.lang,
            fallback: view.fallback,
            title: view.text.title,
            summary: view.text.summary,
            body: view.text.body,
            topics: record.topics,
            listing,
            sources: record
                .sources
                .into_iter()
                .map(|s| SourceInfo {
                    title: s.title,
                    publisher: s.publisher,
                    url: s.url,
                    checked_on: s.checked_on,
                })
                .collect(),
            verified_on: record.verified_on,
            expires_on: record.expires_on,
            check_status: view.check_status,
            related: crate::RelatedHelpInfo {
                place: None,
                near: Vec::new(),
                national: Vec::new(),
            },
            pack: view.pack_id,
        }
    }
}

/// A topic or listing category of the shared taxonomy, named for the person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TaxonomyTerm {
    /// Stable key, e.g. `wage-theft` (what filters and records use).
    pub key: String,
    /// Display name in `lang`.
    pub name: String,
    /// Language of `name`.
    pub lang: String,
    /// True when `name` is not in the person's first language.
    pub fallback: bool,
    /// How many installed records carry it; a tile with 0 has nothing behind it.
    pub count: u64,
}

impl From<TermView> for TaxonomyTerm {
    fn from(term: TermView) -> Self {
        TaxonomyTerm {
            key: term.key,
            name: term.name,
            lang: term.lang,
            fallback: term.fallback,
            count: term.count,
        }
    }
}

//! What the front door hands out, prepared for one person: a record in
//! their language, a taxonomy term with its count, a record's status beside
//! a result, an installed pack with its freshness. Its own module so that
//! `share` (which formats a view) and `guide` (which makes them) do not
//! import each other.

use crate::directory::ListingStatus;
use crate::model::{LocalizedText, Record};
use crate::store::InstalledPack;

/// A topic or category of the shared taxonomy, named for one person, with
/// how many installed records carry it (for home-screen tiles).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermView {
    /// The stable key, e.g. `wage-theft`.
    pub key: String,
    /// The display name in `lang`.
    pub name: String,
    /// The language of `name`.
    pub lang: String,
    /// `true` when `lang` is not the person's first language.
    pub fallback: bool,
    /// Installed articles (topics) or listings (categories) that carry it.
    pub count: u64,
}

/// A record prepared for display in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordView {
    /// The whole record, every language included.
    pub record: Record,
    /// The pack it comes from.
    pub pack_id: String,
    /// The language chosen for the person.
    pub lang: String,
    /// `true` when `lang` is not the person's first language.
    pub fallback: bool,
    /// The text in `lang`.
    pub text: LocalizedText,
}

/// What a result list shows beside a hit.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordStatus {
    /// When the record's facts were last checked (ISO 8601).
    pub verified_on: String,
    /// Distance, service area and hours; `None` for an article.
    pub listing: Option<ListingStatus>,
}

/// An installed pack with its freshness, for `packs list` and the packs screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackStatus {
    /// What the store knows of the pack.
    pub pack: InstalledPack,
    /// `true` for the pack bundled with the app.
    pub bundled: bool,
    /// The day the pack went stale, when it has (it still answers).
    pub stale_since: Option<String>,
}

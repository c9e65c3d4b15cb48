//! What the front door hands out, prepared for one person: a record in
//! their language, the help related to it, a taxonomy term with its count,
//! a record's status beside a result, an installed pack with its freshness. Its own module so that
//! `share` (which formats a view) and `guide` (which makes them) do not
//! import each other.

use crate::directory::{ListingStatus, NearbyHit};
use crate::geo::{Locality, Placement};
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
    /// Whether the record is on a fast-changing topic (due for re-checking
    /// within 90 days of being checked): show "last checked on …, check
    /// current status" (the `record-check-status` string) beside it.
    pub check_status: bool,
    /// A listing's point and what it stands for (`None` for an article or
    /// a listing that states no location). Draw a pin only when exact.
    pub placement: Option<Placement>,
}

/// The listings that help with an article (its `related_categories`): the
/// nearest ones when a place is known, else those serving the whole country.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelatedHelp {
    /// The place the help is near, when one was given.
    pub place: Option<Locality>,
    /// Nearest first: local help, then help serving the place's state.
    pub near: Vec<NearbyHit>,
    /// Help serving the whole country.
    pub national: Vec<NearbyHit>,
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

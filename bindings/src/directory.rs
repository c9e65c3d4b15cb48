//! The directory across the FFI: nearby listings, filters and sharing.

use guide_core::directory::{Filters, NearbyHit, NearbyResults};
use guide_core::geo::{Locality, Location, Point, Precision};
use guide_core::model::Vocabulary;
use guide_core::share::{ShareFormat, Shared};

use crate::GuideError;

/// Where to search from. The app passes the device's location only when the
/// person chose to share it; the core uses it for one query and forgets it.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Place {
    /// A WGS 84 point in degrees.
    Point {
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// A five-digit US ZIP code, as typed.
    Zip {
        /// The ZIP code.
        code: String,
    },
    /// A US city or town and its two-letter state code.
    City {
        /// e.g. "Baltimore".
        name: String,
        /// e.g. "MD".
        state: String,
    },
    /// A place as the person typed it in one box: a ZIP code, "City, ST",
    /// a city alone when one large city has the name ("Chicago", "NYC",
    /// "Brooklyn", "芝加哥"), or "LAT,LON". An ambiguous name throws
    /// `AmbiguousPlace` with the choices.
    Typed {
        /// The text, e.g. "New York, NY".
        text: String,
    },
}

/// A place as the core resolved it (offline): what to show as "near …".
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlaceInfo {
    /// "New York City, NY" when given as a city; null otherwise.
    pub city: Option<String>,
    /// Its ZIP code (the one typed, or the nearest ZIP centroid's).
    pub zip: Option<String>,
    /// Its two-letter state code, when known.
    pub state: Option<String>,
    /// The point searched from (a ZIP's or city's centre: never a pin).
    pub latitude: f64,
    /// The point searched from.
    pub longitude: f64,
}

impl From<&Locality> for PlaceInfo {
    fn from(place: &Locality) -> Self {
        PlaceInfo {
            city: place.city.clone(),
            zip: place.zip.clone(),
            state: place.state.clone(),
            latitude: place.point.lat(),
            longitude: place.point.lon(),
        }
    }
}

impl TryFrom<Place> for Location {
    type Error = GuideError;

    fn try_from(place: Place) -> Result<Location, GuideError> {
        Ok(match place {
            Place::Point { lat, lon } => {
                Location::Point(Point::new(lat, lon).ok_or(GuideError::InvalidArgument {
                    reason: "latitude or longitude out of range".into(),
                })?)
            }
            Place::Zip { code } => Location::Zip(code),
            Place::City { name, state } => Location::City { name, state },
            Place::Typed { text } => Location::parse(&text).ok_or(GuideError::UnknownPlace)?,
        })
    }
}

/// Listing filters; empty lists and `false` filter nothing. Values are the
/// content vocabulary's names (e.g. cost "free", case type "asylum").
#[derive(Debug, Clone, Default, PartialEq, uniffi::Record)]
pub struct ListingFilters {
    /// Only this category key.
    pub category: Option<String>,
    /// Staff speak all of these languages (BCP 47).
    pub languages_spoken: Vec<String>,
    /// Any of these costs: free, sliding-scale, low-cost.
    pub cost: Vec<String>,
    /// All of these case types.
    pub case_types: Vec<String>,
    /// Any of these accreditations.
    pub accreditation: Vec<String>,
    /// All of these accepted IDs.
    pub accepted_ids: Vec<String>,
    /// All of these account features.
    pub account_features: Vec<String>,
    /// Only wheelchair-accessible places.
    pub wheelchair_access: bool,
    /// Only places taking walk-ins.
    pub walk_in: bool,
    /// Only places seeing people by appointment.
    pub appointment: bool,
    /// Only places open now.
    pub open_now: bool,
}

fn parse_all<T: Vocabulary>(values: &[String]) -> Result<Vec<T>, GuideError> {
    values
        .iter()
        .map(|value| {
            T::parse(value).ok_or_else(|| GuideError::InvalidArgument {
                reason: format!("unknown filter value; expected one of: {}", T::names()),
            })
        })
        .collect()
}

impl ListingFilters {
    /// The core's filters, "now" taken from the clock.
    /// The core's filters, "open now" meaning at `now` (the guide's clock).
    pub(crate) fn to_core(&self, now: jiff::Timestamp) -> Result<Filters, GuideError> {
        use guide_core::model::Access;
        let mut access = Vec::new();
        if self.walk_in {
            access.push(Access::WalkIn);
        }
        if self.appointment {
            access.push(Access::Appointment);
        }
        Ok(Filters {
            category: self.category.clone(),
            languages_spoken: self.languages_spoken.clone(),
            cost: parse_all(&self.cost)?,
            case_types: parse_all(&self.case_types)?,
            accreditation: parse_all(&self.accreditation)?,
            accepted_ids: parse_all(&self.accepted_ids)?,
            account_features: parse_all(&self.account_features)?,
            wheelchair_access: self.wheelchair_access,
            access,
            open_at: self.open_now.then_some(now),
        })
    }
}

/// One listing near the place.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NearbyResult {
    /// Listing id.
    pub id: String,
    /// Name in `lang`.
    pub title: String,
    /// Summary in `lang`.
    pub summary: String,
    /// Language of the texts.
    pub lang: String,
    /// True when shown in a language other than the person's first.
    pub fallback: bool,
    /// Category key.
    pub category: String,
    /// Distance in km to the listing's point; null when it states no location.
    pub distance_km: Option<f64>,
    /// What that point is: "exact" (the door), "address-zip" or "zip" (the
    /// ZIP area's centre), "city" (the city's); null without a point. Say
    /// "about" unless exact.
    pub precision: Option<String>,
    /// True only for an exact point: the one case an app may draw a pin.
    pub exact_location: bool,
    /// The listing's service area covers the place.
    pub serves_area: bool,
    /// Open now; null when hours are unknown.
    pub open_now: Option<bool>,
    /// Open and closing within the hour.
    pub closes_soon: bool,
    /// When it opens or closes next (RFC 3339, the office's time zone).
    pub next_change: Option<String>,
    /// When the facts were last checked.
    pub verified_on: String,
    /// Pack id.
    pub pack: String,
}

impl From<NearbyHit> for NearbyResult {
    fn from(hit: NearbyHit) -> Self {
        let hours = hit.status.hours.as_ref();
        NearbyResult {
            open_now: hit.status.open_now(),
            closes_soon: hours.is_some_and(|h| h.closes_soon),
            next_change: hours.and_then(|h| h.next_change).map(|at| at.to_rfc3339()),
            id: hit.id,
            title: hit.title,
            summary: hit.summary,
            lang: hit.lang,
            fallback: hit.fallback,
            category: hit.category,
            distance_km: hit.status.distance_km,
            precision: hit.status.precision.map(|p| p.as_str().to_string()),
            exact_location: hit.status.precision.is_some_and(Precision::is_exact),
            serves_area: hit.status.serves_area,
            verified_on: hit.verified_on,
            pack: hit.pack,
        }
    }
}

/// Nearby listings for one place, in groups: show `local` first (nearest
/// first), then each other group under its own heading ("Serving your
/// area", "Serving all of MD", "Serving the whole country").
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NearbyPage {
    /// The place searched from.
    pub place: PlaceInfo,
    /// Listings with a point near the place, or serving it, nearest first.
    pub local: Vec<NearbyResult>,
    /// Listings serving the place (ZIP, county, area) with no stated location.
    pub serving: Vec<NearbyResult>,
    /// Listings serving the place's whole state.
    pub statewide: Vec<NearbyResult>,
    /// Listings serving the whole country.
    pub national: Vec<NearbyResult>,
}

impl NearbyPage {
    /// The page for `place` from the core's groups.
    pub(crate) fn new(place: &Locality, found: NearbyResults) -> NearbyPage {
        let list = |hits: Vec<NearbyHit>| hits.into_iter().map(NearbyResult::from).collect();
        NearbyPage {
            place: place.into(),
            local: list(found.local),
            serving: list(found.serving),
            statewide: list(found.statewide),
            national: list(found.national),
        }
    }
}

/// The help listed under an article: the nearest listings of the kinds
/// that help with it when a place is known, and those serving the whole
/// country.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RelatedHelpInfo {
    /// The place the help is near; null when none is known (then `near` is empty).
    pub place: Option<PlaceInfo>,
    /// Nearest first ("Help near …").
    pub near: Vec<NearbyResult>,
    /// "Help anywhere in the country".
    pub national: Vec<NearbyResult>,
}

impl From<guide_core::RelatedHelp> for RelatedHelpInfo {
    fn from(help: guide_core::RelatedHelp) -> Self {
        RelatedHelpInfo {
            place: help.place.as_ref().map(PlaceInfo::from),
            near: help.near.into_iter().map(NearbyResult::from).collect(),
            national: help.national.into_iter().map(NearbyResult::from).collect(),
        }
    }
}

/// A share format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ShareKind {
    /// Long plain text.
    Text,
    /// SMS messages, each one segment.
    Sms,
    /// vCard 4.0.
    Vcard,
    /// geo: URI.
    Geo,
    /// tel: URI.
    Tel,
    /// QR code as SVG.
    QrSvg,
}

impl From<ShareKind> for ShareFormat {
    fn from(kind: ShareKind) -> Self {
        match kind {
            ShareKind::Text => ShareFormat::Text,
            ShareKind::Sms => ShareFormat::Sms,
            ShareKind::Vcard => ShareFormat::Vcard,
            ShareKind::Geo => ShareFormat::Geo,
            ShareKind::Tel => ShareFormat::Tel,
            ShareKind::QrSvg => ShareFormat::QrSvg,
        }
    }
}

/// A record ready for the share sheet.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SharedContent {
    /// The whole content.
    pub content: String,
    /// For SMS, each message to send in order; otherwise the content alone.
    pub messages: Vec<String>,
    /// Its media type (e.g. text/vcard).
    pub media_type: String,
}

impl From<Shared> for SharedContent {
    fn from(shared: Shared) -> Self {
        SharedContent {
            media_type: shared.format.media_type().to_string(),
            content: shared.content,
            messages: shared.messages,
        }
    }
}

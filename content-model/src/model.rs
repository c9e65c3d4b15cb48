//! The content model: the records a pack carries and the store serves.
//!
//! Two kinds of record share one shape — an [`Article`](Kind::Article) (a
//! know-your-rights guide or scam warning) and a [`Listing`](Kind::Listing)
//! (a place, program or hotline). Both carry their text per language, the
//! sources that vouch for them and the day those sources were last checked,
//! because a wrong phone number for a legal clinic is worse than none.
//!
//! The core's build script uses it too (to turn the `content/` sources into
//! the bundled pack), so it depends on nothing but `serde`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Whether `id` is a valid record, pack or source id: lowercase ASCII
/// letters, digits and single inner hyphens, at most 100 bytes — safe in
/// URLs, file names and share links on every platform.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Which of the two record kinds a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A guide, warning or how-to, read as text.
    Article,
    /// A place, program, organization or hotline a resident can contact.
    Listing,
}

impl Kind {
    /// The stable lowercase name used in the store, JSON and the apps.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Listing => "listing",
        }
    }

    /// Parses the name written by [`Kind::as_str`].
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "article" => Some(Kind::Article),
            "listing" => Some(Kind::Listing),
            _ => None,
        }
    }
}

/// How far a language version of a record can be trusted as a rendering of
/// the original, so the apps can say "machine/volunteer translated".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Translation {
    /// Written in this language by the content's authors.
    Original,
    /// Translated and not yet reviewed by a named reviewer.
    Translated,
    /// Translated and reviewed by the reviewer named beside it.
    Reviewed,
}

/// One language version of a record's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalizedText {
    /// Article title or listing name.
    pub title: String,
    /// One or two sentences shown in result lists.
    pub summary: String,
    /// The full text in a small Markdown subset (paragraphs, `## ` headings,
    /// `- ` bullets, `**bold**`, links). Empty for listings without a description.
    pub body: String,
    /// Words people search for that the text itself may not use.
    pub tags: Vec<String>,
    /// Whether this text is original, translated or reviewed.
    pub translation: Translation,
    /// Who reviewed a translation; present exactly when `translation` is `Reviewed`.
    pub reviewer: Option<String>,
}

/// Who says so: a document or page a record's facts were taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The key records use to cite it (unique within a pack).
    pub key: String,
    /// The document's or page's title as it gives it.
    pub title: String,
    /// The organization that published it.
    pub publisher: String,
    /// Where to read it, when it is online.
    pub url: Option<String>,
    /// When the source says it was published or updated, in its own words.
    pub published: Option<String>,
    /// The day the content team last read it (ISO 8601 date).
    pub checked_on: String,
}

/// Fields only a listing has. Everything but the category is optional and
/// stays empty unless a cited source states it: no invented addresses,
/// phones or coordinates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingDetails {
    /// The listing category key from the taxonomy (e.g. `legal-clinic`).
    pub category: String,
    /// City the listing serves or sits in.
    pub city: Option<String>,
    /// State or region code (e.g. `MD`).
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// Street address, as the source gives it.
    pub address: Option<String>,
    /// The five-digit US ZIP code of the address, as the source gives it.
    /// An address with a ZIP is placed at that ZIP area's centroid and marked
    /// approximate; only stated coordinates make an exact point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Phone number, as the source gives it.
    pub phone: Option<String>,
    /// Official website.
    pub website: Option<String>,
    /// WGS 84 latitude of the office, when a source states the location.
    pub latitude: Option<f64>,
    /// WGS 84 longitude of the office, when a source states the location.
    pub longitude: Option<f64>,
    /// Year the office or program was established, per its source.
    pub established: Option<i32>,
    /// Languages staff speak (BCP 47 tags); empty when no source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages_spoken: Vec<String>,
    /// What the service costs a resident, when a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    /// Immigration case types the listing takes on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub case_types: Vec<CaseType>,
    /// Who may give immigration legal advice there (DOJ recognition etc.).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accreditation: Vec<Accreditation>,
    /// Identity documents accepted to open an account (Bank On partners).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted_ids: Vec<AcceptedId>,
    /// Account features that matter to people new to banking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub account_features: Vec<AccountFeature>,
    /// Whether the office is wheelchair accessible; `None` when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheelchair_access: Option<bool>,
    /// How people are seen: walk-in, by appointment, or both.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub access: Vec<Access>,
    /// Opening hours in OpenStreetMap `opening_hours` syntax
    /// (e.g. `Mo-Fr 09:00-17:00; PH off`), read in `time_zone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// IANA time zone of the office (e.g. `America/New_York`); required with
    /// `opening_hours`, because "open now" is the office's now, not the phone's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Where a phone or remote service serves people, wherever its office is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_area: Option<ServiceArea>,
}

/// The area a listing serves beyond its office: any of these covers a person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    /// Five-digit US ZIP codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zips: Vec<String>,
    /// Five-digit county FIPS codes (state + county, e.g. `24510` Baltimore city).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counties: Vec<String>,
    /// A polygon as `[latitude, longitude]` corners (WGS 84), closed implicitly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polygon: Vec<[f64; 2]>,
    /// Two-letter USPS codes of whole states served (e.g. `NY`, `DC`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
    /// Serves anyone in the country (national hotlines and programs).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nationwide: bool,
}

/// A closed list of values content files spell as kebab-case strings
/// (costs, case types, accepted IDs…), shared by content, filters and the CLI.
pub trait Vocabulary: Copy + Eq + Sized + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];

    /// The name content files and the CLI use.
    fn as_str(self) -> &'static str;

    /// Parses a name written by [`Vocabulary::as_str`].
    fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.as_str() == text)
    }

    /// Every name, comma-separated, for help and error texts.
    fn names() -> String {
        Self::ALL
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Declares a content vocabulary: a kebab-case enum that content files spell
/// as strings, with the list of every value for help texts and errors.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)+
        }

        impl Vocabulary for $name {
            const ALL: &'static [$name] = &[$($name::$variant,)+];

            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }
    };
}

vocabulary! {
    /// What a service costs.
    Cost {
        /// No fee at all.
        Free = "free",
        /// Fees scaled to income.
        SlidingScale = "sliding-scale",
        /// A low, fixed fee.
        Low = "low-cost",
    }
}

vocabulary! {
    /// Immigration case types a legal service takes on.
    CaseType {
        /// Defense in removal (deportation) proceedings.
        RemovalDefense = "removal-defense",
        /// Asylum applications.
        Asylum = "asylum",
        /// Deferred Action for Childhood Arrivals.
        Daca = "daca",
        /// Temporary Protected Status.
        Tps = "tps",
        /// Naturalization (citizenship).
        Naturalization = "naturalization",
        /// Family-based petitions.
        FamilyPetitions = "family-petitions",
        /// U visas (crime victims).
        UVisa = "u-visa",
        /// T visas (trafficking victims).
        TVisa = "t-visa",
        /// Violence Against Women Act self-petitions.
        Vawa = "vawa",
        /// People held in immigration detention.
        Detention = "detention",
    }
}

vocabulary! {
    /// Who may give immigration legal advice at a listing.
    Accreditation {
        /// An organization recognized by the DOJ (EOIR) Recognition and Accreditation program.
        DojRecognizedOrganization = "doj-recognized-organization",
        /// Staff who are DOJ-accredited representatives.
        AccreditedRepresentative = "accredited-representative",
        /// Licensed attorneys.
        Attorney = "attorney",
    }
}

vocabulary! {
    /// Identity documents a bank or credit union accepts to open an account.
    AcceptedId {
        /// Individual Taxpayer Identification Number instead of an SSN.
        Itin = "itin",
        /// Matrícula consular issued by a Mexican (or other) consulate.
        MatriculaConsular = "matricula-consular",
        /// A passport from any country.
        ForeignPassport = "foreign-passport",
        /// A city-issued identity card.
        MunicipalId = "municipal-id",
    }
}

vocabulary! {
    /// Account features that protect people new to banking.
    AccountFeature {
        /// No overdraft fees can be charged.
        NoOverdraftFees = "no-overdraft-fees",
        /// A low monthly fee, or none.
        LowOrNoMonthlyFee = "low-or-no-monthly-fee",
    }
}

vocabulary! {
    /// How a listing sees people.
    Access {
        /// No appointment needed.
        WalkIn = "walk-in",
        /// By appointment.
        Appointment = "appointment",
    }
}

/// Fields only an article has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDetails {
    /// Where the article's statements hold (e.g. `US`, `US-CA`).
    pub jurisdiction: Option<String>,
    /// Ids of listings the article points to.
    pub related_listings: Vec<String>,
    /// Listing categories that help with what the article is about (notario
    /// fraud → recognized organizations and legal clinics), so a record view
    /// can show the nearest such help.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_categories: Vec<String>,
}

/// What distinguishes an article from a listing.
// Listings carry many optional fields; boxing them would change every match
// on `Details` for a few hundred bytes per record held briefly in memory.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Details {
    /// The record is an article.
    Article(ArticleDetails),
    /// The record is a listing.
    Listing(ListingDetails),
}

/// One article or listing with all its language versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Stable id, unique across every installed pack (lowercase, digits, `-`).
    pub id: String,
    /// Topic keys from the taxonomy.
    pub topics: Vec<String>,
    /// Text per BCP 47 language tag.
    pub texts: BTreeMap<String, LocalizedText>,
    /// The sources the record's facts come from (at least one).
    pub sources: Vec<Source>,
    /// The day the facts were last checked against the sources (ISO 8601).
    pub verified_on: String,
    /// After this day the record should be re-verified; it still shows, marked.
    pub expires_on: Option<String>,
    /// Article- or listing-only fields.
    pub details: Details,
}

impl Record {
    /// Whether this is an article or a listing.
    pub fn kind(&self) -> Kind {
        match self.details {
            Details::Article(_) => Kind::Article,
            Details::Listing(_) => Kind::Listing,
        }
    }

    /// The listing category, or `None` for an article.
    pub fn category(&self) -> Option<&str> {
        match &self.details {
            Details::Listing(listing) => Some(&listing.category),
            Details::Article(_) => None,
        }
    }
}

/// What a pack says about itself: enough to install, replace and list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackInfo {
    /// Stable id of the pack (e.g. `us-default`, `us-md-baltimore`).
    pub pack_id: String,
    /// Who publishes and vouches for the pack.
    pub publisher: String,
    /// Increases with every release; an install never goes backwards.
    pub version: u64,
    /// The language every record has; other languages fall back to it.
    pub source_language: String,
    /// Every language the pack's texts are written in.
    pub languages: Vec<String>,
    /// The area the pack covers, as people name it ("Baltimore, MD").
    #[serde(default)]
    pub area: Option<String>,
    /// The first day the content counts as stale (ISO 8601), when the
    /// sources say (`pack.toml`'s `expires`): the bundled pack's expiry, and
    /// `guide pack build`'s default. A pack file's signed manifest says it
    /// for installed packs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

/// A pack's manifest information and its records, as built from sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackContent {
    /// The pack's identity and version.
    pub info: PackInfo,
    /// Every record in the pack.
    pub records: Vec<Record>,
}

//! Handing a listing (or article) to someone with no network: plain text
//! short enough for one SMS where possible and a longer version, SMS
//! messages, a vCard 4.0 contact card, `geo:` and `tel:` URIs, and a QR code
//! of the text form that any phone camera reads without the app.
//!
//! Everything shared says when the facts were verified and who says so, in
//! the person's language, and nothing about the person sharing it.

mod labels;
pub mod qr;
pub mod sms;
pub mod text;
pub mod uri;
pub mod vcard;

use crate::model::{Details, ListingDetails, Source};
use crate::view::RecordView;

pub use labels::Labels;

/// A record cannot be shared in the format asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// An article has no phone for `tel:`, a listing without a location has
    /// no `geo:` URI.
    #[error("cannot share this record as {format}: it has no {missing}")]
    NotShareable {
        /// The format asked for.
        format: &'static str,
        /// What the record lacks.
        missing: &'static str,
    },
}

/// The forms a record can be shared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareFormat {
    /// The long plain-text form: everything the record says.
    Text,
    /// SMS messages, each one segment (see [`sms`]).
    Sms,
    /// A vCard 4.0 contact card (RFC 6350).
    Vcard,
    /// A `geo:` URI of the office (RFC 5870).
    Geo,
    /// A `tel:` URI of the phone number (RFC 3966).
    Tel,
    /// A QR code of the short text, drawn with Unicode blocks for a terminal.
    Qr,
    /// The same QR code as SVG, for the apps.
    QrSvg,
}

impl ShareFormat {
    /// Every format, in the order help texts list them.
    pub const ALL: [ShareFormat; 7] = [
        ShareFormat::Text,
        ShareFormat::Sms,
        ShareFormat::Vcard,
        ShareFormat::Geo,
        ShareFormat::Tel,
        ShareFormat::Qr,
        ShareFormat::QrSvg,
    ];

    /// The name the CLI and apps use.
    pub fn as_str(self) -> &'static str {
        match self {
            ShareFormat::Text => "text",
            ShareFormat::Sms => "sms",
            ShareFormat::Vcard => "vcard",
            ShareFormat::Geo => "geo",
            ShareFormat::Tel => "tel",
            ShareFormat::Qr => "qr",
            ShareFormat::QrSvg => "qr-svg",
        }
    }

    /// Parses a name written by [`ShareFormat::as_str`].
    pub fn parse(name: &str) -> Option<ShareFormat> {
        ShareFormat::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The media type of the shared content (for the apps' share sheets).
    pub fn media_type(self) -> &'static str {
        match self {
            ShareFormat::Text | ShareFormat::Sms | ShareFormat::Qr => "text/plain; charset=utf-8",
            ShareFormat::Vcard => "text/vcard; charset=utf-8",
            ShareFormat::Geo | ShareFormat::Tel => "text/uri-list",
            ShareFormat::QrSvg => "image/svg+xml",
        }
    }
}

/// A record prepared for sharing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The format.
    pub format: ShareFormat,
    /// The whole content (for SMS: the messages, one per line group).
    pub content: String,
    /// For SMS, each message to send, in order; otherwise the content alone.
    pub messages: Vec<String>,
}

/// The facts a share is made of, in one language.
#[derive(Debug, Clone)]
pub struct Card<'a> {
    /// Listing name or article title.
    pub name: &'a str,
    /// One or two sentences.
    pub summary: &'a str,
    /// Listing fields; `None` for an article.
    pub listing: Option<&'a ListingDetails>,
    /// When the facts were last checked (ISO 8601).
    pub verified_on: &'a str,
    /// Who says so.
    pub sources: &'a [Source],
    /// The language of `name` and `summary`.
    pub lang: &'a str,
    /// Labels in the person's language.
    pub labels: Labels,
    /// On a fast-changing topic: the long form says "check current status".
    pub check_status: bool,
}

impl<'a> Card<'a> {
    /// The card of a record shown to a person whose languages are `languages`.
    pub fn of(view: &'a RecordView, languages: &[String]) -> Card<'a> {
        Card {
            name: &view.text.title,
            summary: &view.text.summary,
            listing: match &view.record.details {
                Details::Listing(listing) => Some(listing),
                Details::Article(_) => None,
            },
            verified_on: &view.record.verified_on,
            sources: &view.record.sources,
            lang: &view.lang,
            labels: Labels::for_languages(languages),
            check_status: view.check_status,
        }
    }

    /// "City, ST" or the address, whichever says most about where it is.
    pub fn place(&self) -> Option<String> {
        let listing = self.listing?;
        let town: Vec<&str> = [&listing.city, &listing.region]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        match (&listing.address, town.is_empty()) {
            (Some(address), true) => Some(address.clone()),
            (Some(address), false) => Some(format!("{address}, {}", town.join(", "))),
            (None, false) => Some(town.join(", ")),
            (None, true) => None,
        }
    }

    /// How the first source is named in short forms: its address when it
    /// has one (someone can check it), else its publisher.
    pub fn source_short(&self) -> Option<&str> {
        let source = self.sources.first()?;
        Some(source.url.as_deref().unwrap_or(&source.publisher))
    }
}

/// Shares `view` as `format` for a person whose languages are `languages`.
pub fn share(
    view: &RecordView,
    format: ShareFormat,
    languages: &[String],
) -> Result<Shared, ShareError> {
    let card = Card::of(view, languages);
    let single = |content: String| Shared {
        format,
        messages: vec![content.clone()],
        content,
    };
    Ok(match format {
        ShareFormat::Text => single(text::long(&card)),
        ShareFormat::Sms => {
            let messages = sms::messages(&text::short(&card));
            Shared {
                format,
                content: messages.join("\n\n"),
                messages,
            }
        }
        ShareFormat::Vcard => single(vcard::write(&card).ok_or(ShareError::NotShareable {
            format: "vcard",
            missing: "listing details (articles are shared as text)",
        })?),
        // Only stated coordinates: a point placed at a ZIP's or city's
        // centre is never sent as a precise location.
        ShareFormat::Geo => single(uri::geo(&card).ok_or(ShareError::NotShareable {
            format: "geo",
            missing: "exact stated location",
        })?),
        ShareFormat::Tel => single(uri::tel(&card).ok_or(ShareError::NotShareable {
            format: "tel",
            missing: "phone number that can be dialled",
        })?),
        ShareFormat::Qr => single(qr::unicode(&text::short(&card))),
        ShareFormat::QrSvg => single(qr::svg(&text::short(&card))),
    })
}

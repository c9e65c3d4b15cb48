//! A listings file (`listings/*.toml`): one `[[listing]]` table per place,
//! program or hotline, with the fields "near me" and "open now" rely on
//! checked by shape.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::{Reader, SourceError, SourceFile, date, with_span};
use crate::model::{
    AcceptedId, Access, AccountFeature, Accreditation, CaseType, Cost, Details, ListingDetails,
    LocalizedText, Record, ServiceArea, Translation,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListingFileToml {
    listing: Vec<Spanned<ListingToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListingToml {
    id: Spanned<String>,
    category: Spanned<String>,
    name: BTreeMap<String, String>,
    #[serde(default)]
    summary: BTreeMap<String, String>,
    #[serde(default)]
    description: BTreeMap<String, String>,
    #[serde(default)]
    tags: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    city: Option<String>,
    region: Option<String>,
    country: Option<String>,
    address: Option<String>,
    postal_code: Option<Spanned<String>>,
    phone: Option<String>,
    website: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    established: Option<i32>,
    #[serde(default)]
    languages_spoken: Vec<Spanned<String>>,
    cost: Option<Cost>,
    #[serde(default)]
    case_types: Vec<CaseType>,
    #[serde(default)]
    accreditation: Vec<Accreditation>,
    #[serde(default)]
    accepted_ids: Vec<AcceptedId>,
    #[serde(default)]
    account_features: Vec<AccountFeature>,
    wheelchair_access: Option<bool>,
    #[serde(default)]
    access: Vec<Access>,
    opening_hours: Option<Spanned<String>>,
    time_zone: Option<Spanned<String>>,
    service_area: Option<Spanned<ServiceAreaToml>>,
    sources: Vec<Spanned<String>>,
    verified_on: Spanned<Datetime>,
    expires_on: Option<Spanned<Datetime>>,
    /// Listing texts are facts copied from a source, so one status covers all
    /// languages: `translated` unless the record says otherwise.
    translation: Option<Translation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceAreaToml {
    #[serde(default)]
    zips: Vec<String>,
    #[serde(default)]
    counties: Vec<String>,
    #[serde(default)]
    polygon: Vec<[f64; 2]>,
    #[serde(default)]
    states: Vec<String>,
    #[serde(default)]
    nationwide: bool,
}

impl Reader<'_> {
    /// Reads every listing of the file at `path`.
    pub(super) fn read_listings(&mut self, path: &Path) -> Result<Vec<Record>, SourceError> {
        let file = SourceFile::read(path)?;
        let parsed: ListingFileToml = file.parse_toml()?;
        let mut records = Vec::with_capacity(parsed.listing.len());
        for spanned in parsed.listing {
            let span = spanned.span();
            let listing = spanned.into_inner();
            self.claim_id(&file, &listing.id)?;
            if !self.taxonomy.has_category(listing.category.get_ref()) {
                return Err(file.error_at(
                    Some(listing.category.span()),
                    format!(
                        "unknown category `{}` (declare it in content/taxonomy.toml)",
                        listing.category.get_ref()
                    ),
                ));
            }
            let topics = self.check_topics(&file, &listing.topics)?;
            let translation = listing.translation.unwrap_or(Translation::Translated);
            let mut texts = BTreeMap::new();
            for (lang, name) in &listing.name {
                self.check_language(&file, lang)
                    .map_err(|err| with_span(&file, err, &span))?;
                let text = LocalizedText {
                    title: name.clone(),
                    summary: listing.summary.get(lang).cloned().unwrap_or_default(),
                    body: listing.description.get(lang).cloned().unwrap_or_default(),
                    tags: listing.tags.get(lang).cloned().unwrap_or_default(),
                    translation: if *lang == self.info.source_language {
                        Translation::Original
                    } else {
                        translation
                    },
                    reviewer: None,
                };
                texts.insert(lang.clone(), text);
            }
            for (field, langs) in [
                ("summary", listing.summary.keys().collect::<Vec<_>>()),
                ("description", listing.description.keys().collect()),
                ("tags", listing.tags.keys().collect()),
            ] {
                if let Some(lang) = langs.into_iter().find(|l| !listing.name.contains_key(*l)) {
                    return Err(file.error_at(
                        Some(span),
                        format!(
                            "listing `{}` has a {field} in `{lang}` but no name in `{lang}`",
                            listing.id.get_ref()
                        ),
                    ));
                }
            }
            self.check_has_source_language(&file, &texts)
                .map_err(|err| with_span(&file, err, &listing.id.span()))?;
            match (listing.latitude, listing.longitude) {
                (Some(lat), Some(lon))
                    if !((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)) =>
                {
                    return Err(file.error_at(
                        Some(span),
                        format!(
                            "listing `{}`: latitude/longitude out of range",
                            listing.id.get_ref()
                        ),
                    ));
                }
                (Some(_), None) | (None, Some(_)) => {
                    return Err(file.error_at(
                        Some(span),
                        format!(
                            "listing `{}`: give both latitude and longitude, or neither",
                            listing.id.get_ref()
                        ),
                    ));
                }
                _ => {}
            }
            let place = check_place_fields(&file, &listing)?;
            records.push(Record {
                id: listing.id.get_ref().clone(),
                topics,
                texts,
                sources: self.cite(&file, &listing.sources)?,
                verified_on: date(&file, &listing.verified_on)?,
                expires_on: listing
                    .expires_on
                    .as_ref()
                    .map(|d| date(&file, d))
                    .transpose()?,
                details: Details::Listing(ListingDetails {
                    category: listing.category.into_inner(),
                    city: listing.city,
                    region: listing.region,
                    country: listing.country,
                    address: listing.address,
                    postal_code: place.postal_code,
                    phone: listing.phone,
                    website: listing.website,
                    latitude: listing.latitude,
                    longitude: listing.longitude,
                    established: listing.established,
                    languages_spoken: listing
                        .languages_spoken
                        .into_iter()
                        .map(Spanned::into_inner)
                        .collect(),
                    cost: listing.cost,
                    case_types: listing.case_types,
                    accreditation: listing.accreditation,
                    accepted_ids: listing.accepted_ids,
                    account_features: listing.account_features,
                    wheelchair_access: listing.wheelchair_access,
                    access: listing.access,
                    opening_hours: place.opening_hours,
                    time_zone: place.time_zone,
                    service_area: place.service_area,
                }),
            });
        }
        Ok(records)
    }
}

/// The checked hours, time zone and service area of one listing.
struct PlaceFields {
    postal_code: Option<String>,
    opening_hours: Option<String>,
    time_zone: Option<String>,
    service_area: Option<ServiceArea>,
}

/// Checks the shape of the fields "near me" and "open now" rely on. The
/// hours' syntax and the zone's existence are checked by the core's
/// `hours` module (this file builds with serde and toml alone); here a
/// typo that can be caught by shape is caught with its line.
fn check_place_fields(
    file: &SourceFile,
    listing: &ListingToml,
) -> Result<PlaceFields, SourceError> {
    let id = listing.id.get_ref();
    for tag in &listing.languages_spoken {
        let text = tag.get_ref();
        let mut parts = text.split('-');
        let primary = parts.next().unwrap_or("");
        let valid = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_lowercase())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !valid {
            return Err(file.error_at(
                Some(tag.span()),
                format!("listing `{id}`: `{text}` is not a language tag like `es` or `zh-Hant`"),
            ));
        }
    }
    let five_digits = |code: &str| code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit());
    let postal_code = match &listing.postal_code {
        Some(code) if !five_digits(code.get_ref()) => {
            return Err(file.error_at(
                Some(code.span()),
                format!(
                    "listing `{id}`: postal_code `{}` is not a five-digit ZIP code",
                    code.get_ref()
                ),
            ));
        }
        Some(code) => Some(code.get_ref().clone()),
        None => None,
    };
    let opening_hours = listing
        .opening_hours
        .as_ref()
        .map(|h| h.get_ref().trim().to_string());
    if let Some(hours) = &listing.opening_hours
        && hours.get_ref().trim().is_empty()
    {
        return Err(file.error_at(
            Some(hours.span()),
            format!("listing `{id}`: opening_hours is empty"),
        ));
    }
    let time_zone = match &listing.time_zone {
        Some(zone) => {
            let text = zone.get_ref();
            let valid = text.contains('/')
                && text
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'));
            if !valid {
                return Err(file.error_at(
                    Some(zone.span()),
                    format!("listing `{id}`: time_zone `{text}` is not an IANA zone like `America/New_York`"),
                ));
            }
            Some(text.clone())
        }
        None => None,
    };
    if let (Some(hours), None) = (&listing.opening_hours, &time_zone) {
        return Err(file.error_at(
            Some(hours.span()),
            format!("listing `{id}`: opening_hours needs a time_zone (e.g. time_zone = \"America/New_York\")"),
        ));
    }
    let service_area =
        match &listing.service_area {
            None => None,
            Some(spanned) => {
                let area = spanned.get_ref();
                let fail = |message: String| {
                    file.error_at(
                        Some(spanned.span()),
                        format!("listing `{id}`: service_area: {message}"),
                    )
                };
                if let Some(zip) = area.zips.iter().find(|z| !five_digits(z)) {
                    return Err(fail(format!("`{zip}` is not a five-digit ZIP code")));
                }
                if let Some(county) = area.counties.iter().find(|c| !five_digits(c)) {
                    return Err(fail(format!(
                        "`{county}` is not a five-digit county FIPS code (e.g. `24510`)"
                    )));
                }
                if !area.polygon.is_empty() && area.polygon.len() < 3 {
                    return Err(fail(
                        "a polygon needs at least three [latitude, longitude] corners".into(),
                    ));
                }
                if area.polygon.iter().any(|[lat, lon]| {
                    !((-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon))
                }) {
                    return Err(fail(
                        "a polygon corner is out of range; write [latitude, longitude]".into(),
                    ));
                }
                let two_letters =
                    |code: &String| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
                if let Some(state) = area.states.iter().find(|s| !two_letters(s)) {
                    return Err(fail(format!(
                        "`{state}` is not a two-letter state code (e.g. `NY`)"
                    )));
                }
                if area.zips.is_empty()
                    && area.counties.is_empty()
                    && area.polygon.is_empty()
                    && area.states.is_empty()
                    && !area.nationwide
                {
                    return Err(fail(
                        "give zips, counties, states, a polygon or nationwide = true".into(),
                    ));
                }
                Some(ServiceArea {
                    zips: area.zips.clone(),
                    counties: area.counties.clone(),
                    polygon: area.polygon.clone(),
                    states: area.states.clone(),
                    nationwide: area.nationwide,
                })
            }
        };
    Ok(PlaceFields {
        postal_code,
        opening_hours,
        time_zone,
        service_area,
    })
}

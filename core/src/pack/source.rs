//! Reads a pack's human-editable sources (the layout documented in
//! `content/README.md`) into [`PackContent`], refusing anything a city editor
//! got wrong with the file and line to fix.
//!
//! This file is also compiled into the core's build script to turn
//! `content/default/` into the embedded default pack, so it depends only on
//! `crate::model`, `crate::taxonomy`, `serde` and `toml`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::model::{
    AcceptedId, Access, AccountFeature, Accreditation, ArticleDetails, CaseType, Cost, Details,
    ListingDetails, LocalizedText, PackContent, PackInfo, Record, ServiceArea, Source, Translation,
};
use crate::taxonomy::Taxonomy;

/// A mistake in a pack's sources: which file, which line, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file that is wrong.
    pub file: PathBuf,
    /// The 1-based line, when the mistake has one.
    pub line: Option<usize>,
    /// What is wrong, in words a content editor can act on.
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for SourceError {}

/// One source file's text, for turning byte offsets into line numbers.
struct SourceFile {
    path: PathBuf,
    text: String,
    /// Lines before the TOML this file's spans are relative to (front matter).
    line_offset: usize,
}

impl SourceFile {
    fn read(path: &Path) -> Result<SourceFile, SourceError> {
        let text = fs::read_to_string(path).map_err(|err| SourceError {
            file: path.to_path_buf(),
            line: None,
            message: format!("cannot read: {err}"),
        })?;
        Ok(SourceFile {
            path: path.to_path_buf(),
            text,
            line_offset: 0,
        })
    }

    fn error_at(&self, span: Option<Range<usize>>, message: impl Into<String>) -> SourceError {
        let line = span.map(|span| {
            let start = span.start.min(self.text.len());
            self.line_offset + self.text[..start].matches('\n').count() + 1
        });
        SourceError {
            file: self.path.clone(),
            line,
            message: message.into(),
        }
    }

    fn error(&self, message: impl Into<String>) -> SourceError {
        self.error_at(None, message)
    }

    fn parse_toml<T: serde::de::DeserializeOwned>(&self) -> Result<T, SourceError> {
        toml::from_str(&self.text).map_err(|err| self.error_at(err.span(), err.message()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackToml {
    pack_id: Spanned<String>,
    publisher: String,
    version: u64,
    source_language: String,
    languages: Vec<String>,
    area: Option<String>,
    expires: Option<Spanned<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    title: String,
    publisher: String,
    url: Option<String>,
    published: Option<String>,
    checked_on: Spanned<Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleToml {
    topics: Vec<Spanned<String>>,
    jurisdiction: Option<String>,
    verified_on: Spanned<Datetime>,
    expires_on: Option<Spanned<Datetime>>,
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    related_listings: Vec<String>,
    #[serde(default)]
    related_categories: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    #[serde(default)]
    tags: Vec<String>,
    translation: Spanned<Translation>,
    reviewer: Option<String>,
}

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

/// Reads the pack sources under `root` (holding `pack.toml`, `sources.toml`,
/// `articles/` and `listings/`) and checks them against `taxonomy`.
pub fn read_pack_dir(root: &Path, taxonomy: &Taxonomy) -> Result<PackContent, SourceError> {
    let pack_file = SourceFile::read(&root.join("pack.toml"))?;
    let pack: PackToml = pack_file.parse_toml()?;
    check_id(&pack_file, &pack.pack_id)?;
    if !pack.languages.contains(&pack.source_language) {
        return Err(pack_file.error(format!(
            "source_language `{}` is not in languages {:?}",
            pack.source_language, pack.languages
        )));
    }
    let expires = pack
        .expires
        .as_ref()
        .map(|d| date(&pack_file, d))
        .transpose()?;
    let info = PackInfo {
        pack_id: pack.pack_id.into_inner(),
        publisher: pack.publisher,
        version: pack.version,
        source_language: pack.source_language,
        languages: pack.languages,
        area: pack.area,
        expires,
    };

    let sources = read_sources(&root.join("sources.toml"))?;
    let mut reader = Reader {
        taxonomy,
        info: &info,
        sources: &sources,
        cited: BTreeSet::new(),
        seen_ids: BTreeMap::new(),
    };

    let mut records = Vec::new();
    for dir in sorted_entries(&root.join("articles"), |p| p.is_dir())? {
        records.push(reader.read_article(&dir)?);
    }
    for file in sorted_entries(&root.join("listings"), |p| {
        p.extension().is_some_and(|ext| ext == "toml")
    })? {
        records.extend(reader.read_listings(&file)?);
    }

    let uncited: Vec<&String> = sources
        .keys()
        .filter(|key| !reader.cited.contains(*key))
        .collect();
    if !uncited.is_empty() {
        return Err(SourceError {
            file: root.join("sources.toml"),
            line: None,
            message: format!("sources cited by no record (remove them or cite them): {uncited:?}"),
        });
    }
    Ok(PackContent { info, records })
}

struct Reader<'a> {
    taxonomy: &'a Taxonomy,
    info: &'a PackInfo,
    sources: &'a BTreeMap<String, Source>,
    cited: BTreeSet<String>,
    /// Record id → the file that declared it first, to report duplicates.
    seen_ids: BTreeMap<String, PathBuf>,
}

impl Reader<'_> {
    fn read_article(&mut self, dir: &Path) -> Result<Record, SourceError> {
        let meta_file = SourceFile::read(&dir.join("article.toml"))?;
        let meta: ArticleToml = meta_file.parse_toml()?;
        let id = dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.claim_id(&meta_file, &Spanned::new(0..0, id.clone()))?;
        let topics = self.check_topics(&meta_file, &meta.topics)?;
        if topics.is_empty() {
            return Err(meta_file.error("an article needs at least one topic"));
        }
        let mut related_categories = Vec::with_capacity(meta.related_categories.len());
        for category in &meta.related_categories {
            if !self.taxonomy.has_category(category.get_ref()) {
                return Err(meta_file.error_at(
                    Some(category.span()),
                    format!(
                        "related_categories: unknown category `{}` (declare it in content/taxonomy.toml)",
                        category.get_ref()
                    ),
                ));
            }
            related_categories.push(category.get_ref().clone());
        }

        let mut texts = BTreeMap::new();
        for path in sorted_entries(dir, |p| p.extension().is_some_and(|ext| ext == "md"))? {
            let lang = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let file = SourceFile::read(&path)?;
            self.check_language(&file, &lang)?;
            texts.insert(lang, read_text(file)?);
        }
        self.check_has_source_language(&meta_file, &texts)?;

        Ok(Record {
            id,
            topics,
            texts,
            sources: self.cite(&meta_file, &meta.sources)?,
            verified_on: date(&meta_file, &meta.verified_on)?,
            expires_on: meta
                .expires_on
                .as_ref()
                .map(|d| date(&meta_file, d))
                .transpose()?,
            details: Details::Article(ArticleDetails {
                jurisdiction: meta.jurisdiction,
                related_listings: meta.related_listings,
                related_categories,
            }),
        })
    }

    fn read_listings(&mut self, path: &Path) -> Result<Vec<Record>, SourceError> {
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

    fn claim_id(&mut self, file: &SourceFile, id: &Spanned<String>) -> Result<(), SourceError> {
        check_id(file, id)?;
        if let Some(first) = self.seen_ids.get(id.get_ref()) {
            return Err(file.error_at(
                Some(id.span()),
                format!(
                    "id `{}` is already used in {}",
                    id.get_ref(),
                    first.display()
                ),
            ));
        }
        self.seen_ids
            .insert(id.get_ref().clone(), file.path.clone());
        Ok(())
    }

    fn check_topics(
        &self,
        file: &SourceFile,
        topics: &[Spanned<String>],
    ) -> Result<Vec<String>, SourceError> {
        topics
            .iter()
            .map(|topic| {
                if self.taxonomy.has_topic(topic.get_ref()) {
                    Ok(topic.get_ref().clone())
                } else {
                    Err(file.error_at(
                        Some(topic.span()),
                        format!(
                            "unknown topic `{}` (declare it in content/taxonomy.toml)",
                            topic.get_ref()
                        ),
                    ))
                }
            })
            .collect()
    }

    fn check_language(&self, file: &SourceFile, lang: &str) -> Result<(), SourceError> {
        if self.info.languages.iter().any(|l| l == lang) {
            Ok(())
        } else {
            Err(file.error(format!(
                "language `{lang}` is not listed in pack.toml `languages` {:?}",
                self.info.languages
            )))
        }
    }

    fn check_has_source_language(
        &self,
        file: &SourceFile,
        texts: &BTreeMap<String, LocalizedText>,
    ) -> Result<(), SourceError> {
        if texts.contains_key(&self.info.source_language) {
            Ok(())
        } else {
            Err(file.error(format!(
                "no text in the pack's source language `{}`",
                self.info.source_language
            )))
        }
    }

    fn cite(
        &mut self,
        file: &SourceFile,
        keys: &[Spanned<String>],
    ) -> Result<Vec<Source>, SourceError> {
        if keys.is_empty() {
            return Err(file.error("every record needs at least one source in `sources`"));
        }
        keys.iter()
            .map(|key| match self.sources.get(key.get_ref()) {
                Some(source) => {
                    self.cited.insert(key.get_ref().clone());
                    Ok(source.clone())
                }
                None => Err(file.error_at(
                    Some(key.span()),
                    format!("source `{}` is not defined in sources.toml", key.get_ref()),
                )),
            })
            .collect()
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

/// Re-points an error made without a line at the given span of the same file.
fn with_span(file: &SourceFile, err: SourceError, span: &Range<usize>) -> SourceError {
    if err.line.is_some() {
        err
    } else {
        file.error_at(Some(span.clone()), err.message)
    }
}

fn read_sources(path: &Path) -> Result<BTreeMap<String, Source>, SourceError> {
    let file = SourceFile::read(path)?;
    let tables: BTreeMap<String, Spanned<SourceToml>> = file.parse_toml()?;
    let mut sources = BTreeMap::new();
    for (key, spanned) in tables {
        let span = spanned.span();
        check_id(&file, &Spanned::new(span.clone(), key.clone()))?;
        let source = spanned.into_inner();
        if let Some(url) = &source.url
            && !url.starts_with("https://")
            && !url.starts_with("http://")
        {
            return Err(file.error_at(
                Some(span),
                format!("source `{key}`: url must start with https:// or http://"),
            ));
        }
        let checked_on = date(&file, &source.checked_on)?;
        sources.insert(
            key.clone(),
            Source {
                key,
                title: source.title,
                publisher: source.publisher,
                url: source.url,
                published: source.published,
                checked_on,
            },
        );
    }
    Ok(sources)
}

/// Splits `+++`-fenced TOML front matter from a Markdown body.
fn read_text(mut file: SourceFile) -> Result<LocalizedText, SourceError> {
    let text = std::mem::take(&mut file.text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| {
            file.error_at(
                Some(0..0),
                "must start with a `+++` line opening the front matter",
            )
        })?;
    let (front, body) = match rest.find("\n+++") {
        Some(end) => {
            let after = &rest[end + 4..];
            (
                &rest[..end + 1],
                after
                    .trim_start_matches(['\r'])
                    .strip_prefix('\n')
                    .unwrap_or(after),
            )
        }
        None => {
            file.text = text.clone();
            return Err(file.error_at(Some(0..0), "front matter is not closed by a `+++` line"));
        }
    };
    file.text = front.to_string();
    file.line_offset = 1;
    let meta: FrontMatter = file.parse_toml()?;
    if meta.title.trim().is_empty() || meta.summary.trim().is_empty() {
        return Err(file.error_at(Some(0..0), "title and summary must not be empty"));
    }
    let reviewed = *meta.translation.get_ref() == Translation::Reviewed;
    if reviewed != meta.reviewer.is_some() {
        return Err(file.error_at(
            Some(meta.translation.span()),
            "`reviewer` must name who reviewed exactly when translation = \"reviewed\"",
        ));
    }
    Ok(LocalizedText {
        title: meta.title.trim().to_string(),
        summary: meta.summary.trim().to_string(),
        body: body.trim().to_string(),
        tags: meta.tags,
        translation: *meta.translation.get_ref(),
        reviewer: meta.reviewer,
    })
}

/// Ids and keys: lowercase ASCII letters, digits and single hyphens, so they
/// are safe in URLs, file names and share links on every platform.
fn check_id(file: &SourceFile, id: &Spanned<String>) -> Result<(), SourceError> {
    let text = id.get_ref();
    let valid = crate::model::is_valid_id(text);
    if valid {
        Ok(())
    } else {
        let span = (id.span() != (0..0)).then(|| id.span());
        Err(file.error_at(
            span,
            format!("`{text}` is not a valid id: use lowercase letters, digits and single hyphens"),
        ))
    }
}

/// A TOML date (`2026-11-26`, no time) as an ISO 8601 string.
fn date(file: &SourceFile, value: &Spanned<Datetime>) -> Result<String, SourceError> {
    match (value.get_ref().date, value.get_ref().time) {
        (Some(d), None) => Ok(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        _ => Err(file.error_at(
            Some(value.span()),
            "expected a date without time, like 2026-11-26",
        )),
    }
}

fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, SourceError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => {
            return Err(SourceError {
                file: dir.to_path_buf(),
                line: None,
                message: format!("cannot read directory: {err}"),
            });
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
#[path = "source_tests.rs"]
mod tests;

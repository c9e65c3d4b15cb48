//! The guide's places: a place typed for `nearby` (resolved offline, a name
//! without its state by what the installed packs cover), the place the
//! person saved on this device, and a place named in a search query ("near
//! 21202", "cerca de mí"), which searches near it.

use super::Guide;
use crate::directory::{self, NearbyOptions, NearbyResults};
use crate::error::Result;
use crate::geo::{CityEntry, Locality, Location, gazetteer};
use crate::search::place::Mention;
use crate::search::{self, PlaceSource, SearchHit, SearchOptions, SearchPlace, SearchResults};

impl Guide {
    /// What a search for `query` is near, and the query without the place:
    /// a place the query names, else (for "near me", or a query naming no
    /// place) `options.near`, else the saved place. The flag is `true` when
    /// the query said "near me" and no place is known.
    pub(super) fn query_place(
        &self,
        query: &str,
        options: &SearchOptions,
    ) -> Result<(String, Option<SearchPlace>, bool)> {
        let covered = self.covered_cities();
        let found = search::place::find(query, &|location| {
            location.is_known_with(&|entry| covered(entry))
        });
        let given = || -> Result<Option<SearchPlace>> {
            if let Some(locality) = &options.near {
                return Ok(Some(SearchPlace {
                    locality: locality.clone(),
                    source: PlaceSource::Given,
                }));
            }
            Ok(self.saved_place()?.map(|locality| SearchPlace {
                locality,
                source: PlaceSource::Saved,
            }))
        };
        Ok(match found.mention {
            Some(Mention::Place(location)) => {
                let place = SearchPlace {
                    locality: self.resolve(&location)?,
                    source: PlaceSource::Query,
                };
                (found.rest, Some(place), false)
            }
            Some(Mention::NearMe) => {
                let place = given()?;
                let unset = place.is_none();
                (found.rest, place, unset)
            }
            None => (query.to_string(), given()?, false),
        })
    }

    /// The listings nearest `options.near` as search hits (for a query that
    /// names only a place).
    pub(super) fn nearest_as_hits(&self, options: &SearchOptions) -> Result<SearchResults> {
        let Some(place) = &options.near else {
            return Ok(SearchResults::default());
        };
        let nearby = self.nearby_place(
            place,
            &NearbyOptions {
                languages: options.languages.clone(),
                radius_km: directory::nearby::DEFAULT_RADIUS_KM,
                limit: options.limit,
                filters: options.filters.clone(),
                now: self.clock.now(),
            },
        )?;
        let hits = nearby
            .into_iter()
            .take(options.limit)
            .map(|hit| {
                let record = self.store().record(&hit.id)?.record;
                Ok(SearchHit {
                    kind: crate::model::Kind::Listing,
                    topics: record.topics.clone(),
                    category: Some(hit.category),
                    snippet: hit.summary,
                    score: 0.0,
                    stale_since: None,
                    check_status: crate::freshness::changes_fast(
                        &record.verified_on,
                        record.expires_on.as_deref(),
                    ),
                    verified_on: hit.verified_on,
                    id: hit.id,
                    title: hit.title,
                    lang: hit.lang,
                    fallback: hit.fallback,
                    pack: hit.pack,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(SearchResults {
            hits,
            ..SearchResults::default()
        })
    }

    /// The place the person saved on this device, resolved; `None` when
    /// there is none (or it no longer resolves).
    pub fn saved_place(&self) -> Result<Option<Locality>> {
        let saved = self.store().saved_place()?;
        Ok(saved
            .as_deref()
            .and_then(Location::parse)
            .and_then(|location| self.resolve(&location).ok()))
    }

    /// Saves `location` as the person's place (after checking it resolves):
    /// searches that say "near me" use it. It stays on the device, is never
    /// exported, and [`Guide::wipe_local_data`] removes it.
    pub fn save_place(&self, location: &Location) -> Result<Locality> {
        let locality = self.resolve(location)?;
        self.store().set_saved_place(Some(&location.to_text()))?;
        Ok(locality)
    }

    /// Forgets the saved place.
    pub fn forget_place(&self) -> Result<()> {
        Ok(self.store().set_saved_place(None)?)
    }

    /// The listings nearest `location` that pass `options.filters`, within
    /// `options.radius_km` (or serving the place through their service
    /// area), nearest first, then those serving its state and the whole
    /// country. `options.languages` empty means the guide's languages. The
    /// location is resolved offline ([`Guide::resolve`]) and forgotten after
    /// the query; an unknown ZIP code or city is
    /// [`Error::UnknownPlace`](crate::Error::UnknownPlace).
    pub fn nearby(&self, location: &Location, options: &NearbyOptions) -> Result<NearbyResults> {
        let place = self.resolve(location)?;
        self.nearby_place(&place, options)
    }

    /// [`Guide::nearby`] from a place already resolved (with [`Guide::resolve`]).
    pub fn nearby_place(&self, place: &Locality, options: &NearbyOptions) -> Result<NearbyResults> {
        let options = NearbyOptions {
            languages: self.chosen(&options.languages),
            ..options.clone()
        };
        Ok(directory::nearby::nearby(&self.store(), place, &options)?)
    }

    /// Resolves `location` offline: a name without its state ("Chicago",
    /// "Springfield") means its one large place, else the one place of that
    /// name the installed listings are in; otherwise
    /// [`Error::AmbiguousPlace`](crate::Error::AmbiguousPlace) lists the
    /// choices. Unknown places are
    /// [`Error::UnknownPlace`](crate::Error::UnknownPlace).
    pub fn resolve(&self, location: &Location) -> Result<Locality> {
        let covered = self.covered_cities();
        Ok(location.resolve_with(&|entry| covered(entry))?)
    }

    /// Whether `entry` is a city the installed listings are in; the cities
    /// are read once, on first use (only an ambiguous name needs them).
    fn covered_cities(&self) -> impl Fn(&CityEntry) -> bool + '_ {
        let cities: std::cell::OnceCell<Vec<(String, String)>> = std::cell::OnceCell::new();
        move |entry| {
            let cities = cities.get_or_init(|| self.store().listing_cities().unwrap_or_default());
            cities.iter().any(|(city, state)| {
                state.eq_ignore_ascii_case(&entry.state)
                    && gazetteer::fold(city) == gazetteer::fold(&entry.name)
            })
        }
    }
}

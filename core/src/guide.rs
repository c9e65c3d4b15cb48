//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show, browse the taxonomy, and wipe
//! everything the person made.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};

use crate::directory::{self, ListingStatus, NearbyOptions, NearbyResults};
use crate::error::{Error, Result};
use crate::geo::{Locality, Location};
use crate::i18n::{self, UiStrings};
use crate::model::{Details, LocalizedText, Record};
use crate::pack::install::{self, Installed};
use crate::pack::keys::PublicKey;
use crate::pack::trust::{self, LocalKey, SignedStatement};
use crate::pack::verify::Limits;
use crate::pack::{self, PackError};
use crate::search::place::Mention;
use crate::search::{self, PlaceSource, SearchHit, SearchOptions, SearchPlace, SearchResults};
use crate::share::{self, ShareFormat, Shared};
use crate::store::interrupt::InterruptHandle;
use crate::store::{InstalledPack, Store};

/// The store's file name inside the data directory.
pub const STORE_FILE: &str = "guide.sqlite3";

/// Every file the guide writes in its data directory. The directory is the
/// app's, and may hold the app's own files: [`Guide::wipe_local_data`]
/// removes exactly these, so anything new the guide keeps on disk (kept pack
/// files, exports) must be added here. Favourites and recent searches, when
/// they come, live in the store and so go with it.
pub fn local_files(data_dir: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| data_dir.join(format!("{STORE_FILE}{suffix}")))
        .collect()
}

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
    pub placement: Option<crate::geo::Placement>,
}

/// The listings that help with an article (its `related_categories`): the
/// nearest ones when a place is known, else those serving the whole country.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelatedHelp {
    /// The place the help is near, when one was given.
    pub place: Option<Locality>,
    /// Nearest first: local help, then help serving the place's state.
    pub near: Vec<crate::directory::NearbyHit>,
    /// Help serving the whole country.
    pub national: Vec<crate::directory::NearbyHit>,
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

/// How a guide is opened beyond its directory and languages.
#[derive(Debug, Clone, Default)]
pub struct GuideOptions {
    /// Root keys trusted in addition to the ones shipped in the app (tests,
    /// white-label builds).
    pub extra_roots: Vec<PublicKey>,
    /// Limits on pack files; the defaults suit phones.
    pub limits: Limits,
}

/// The local guide: the store in one data directory, opened for a person's
/// languages. `Send + Sync`: the apps call it from worker threads.
pub struct Guide {
    store: Mutex<Store>,
    /// Held outside the lock: it must work while a search holds the store.
    interrupt: Arc<InterruptHandle>,
    languages: Vec<String>,
    data_dir: PathBuf,
    roots: Vec<PublicKey>,
    limits: Limits,
}

impl Guide {
    /// Opens the guide in `data_dir` (created when missing) for a person whose
    /// preferred languages are `languages` (BCP 47, best first). On first use,
    /// and whenever the app carries a newer default pack, the bundled default
    /// pack is installed, so a fresh install answers with no other step.
    pub fn open(data_dir: &Path, languages: Vec<String>) -> Result<Guide> {
        Guide::open_with(data_dir, languages, GuideOptions::default())
    }

    /// [`Guide::open`] with extra trusted roots or other limits.
    pub fn open_with(
        data_dir: &Path,
        languages: Vec<String>,
        options: GuideOptions,
    ) -> Result<Guide> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        let store = open_store(data_dir)?;
        Ok(Guide {
            interrupt: store.interrupt_handle(),
            store: Mutex::new(store),
            languages,
            data_dir: data_dir.to_path_buf(),
            roots: trust::roots(&options.extra_roots),
            limits: options.limits,
        })
    }

    /// Removes everything this person made on the device: packs they
    /// installed, and (when they come) favourites and recent searches — every
    /// file in [`local_files`] — then reinstalls the bundled default pack, so
    /// the guide answers again at once, as on a fresh install. Other files in
    /// the data directory are left alone. Deleting the files, rather than
    /// rows, leaves no old pages behind in the database or its journal.
    pub fn wipe_local_data(&self) -> Result<()> {
        let mut store = self.store();
        // Close the file's connection before deleting it; an empty in-memory
        // store answers anyone who holds the lock in between (nobody can).
        *store = Store::open_in_memory()?;
        for path in local_files(&self.data_dir) {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(Error::DataDir { path, source }),
            }
        }
        *store = open_store(&self.data_dir)?;
        // Keystrokes must now interrupt the new connection.
        self.interrupt.rebind(store.sqlite_interrupt_handle());
        Ok(())
    }

    /// The topics of the shared taxonomy, named in the person's language
    /// (English when the taxonomy has no name in it), in key order, each with
    /// how many installed articles carry it.
    pub fn topics(&self) -> Result<Vec<TermView>> {
        let counts = self.store().topic_counts()?;
        Ok(self.terms(&crate::taxonomy().topics, &counts))
    }

    /// The listing categories of the shared taxonomy, named in the person's
    /// language, in key order, each with how many installed listings it has.
    pub fn categories(&self) -> Result<Vec<TermView>> {
        let counts = self.store().category_counts()?;
        Ok(self.terms(&crate::taxonomy().categories, &counts))
    }

    /// The UI strings for the person's languages (see [`UiStrings::new`]).
    pub fn strings(&self) -> UiStrings {
        UiStrings::new(&self.languages)
    }

    /// The data directory this guide lives in.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The person's languages, best first, as given to [`Guide::open`].
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Searches every installed pack for `query` (untrusted text) and returns
    /// at most `limit` results in `languages` (or the guide's languages when
    /// empty). [`Guide::search_with`] also says "did you mean".
    pub fn search(
        &self,
        query: &str,
        languages: &[String],
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let options = SearchOptions {
            languages: languages.to_vec(),
            limit,
            ..SearchOptions::default()
        };
        Ok(self.search_with(query, &options)?.hits)
    }

    /// [`Guide::search`] narrowed by listing `filters` (articles drop out
    /// when any filter is set).
    pub fn search_filtered(
        &self,
        query: &str,
        languages: &[String],
        limit: usize,
        filters: &directory::Filters,
    ) -> Result<Vec<SearchHit>> {
        let options = SearchOptions {
            languages: languages.to_vec(),
            limit,
            filters: filters.clone(),
            ..SearchOptions::default()
        };
        Ok(self.search_with(query, &options)?.hits)
    }

    /// Searches every installed pack for `query` (untrusted text) with
    /// `options` (empty `languages`: the guide's), returning the results and
    /// the corrected query when the best result came from a correction.
    ///
    /// Run it off the UI thread. For type-ahead, set `prefix` and call
    /// [`InterruptHandle::interrupt`] (from [`Guide::interrupt_handle`]) on
    /// each keystroke before starting the next search: every search asked
    /// for before the interrupt, running or still waiting for the store,
    /// returns [`Error::Interrupted`](crate::Error::Interrupted).
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Result<SearchResults> {
        // The scope starts before waiting for the store, so a search queued
        // behind a running one is cancelled by the same keystroke.
        let scope = self.interrupt.begin_scope();
        // A place named in the query (or "near me") is taken out of the
        // text and ranks listings near it up.
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
        let (text, place, near_me_unset) = match found.mention {
            Some(Mention::Place(location)) => {
                let locality = self.resolve(&location)?;
                let place = SearchPlace {
                    locality,
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
        };
        let options = SearchOptions {
            languages: self.chosen(&options.languages),
            near: place.as_ref().map(|p| p.locality.clone()),
            ..options.clone()
        };
        let mut results = if text.trim().is_empty() && place.is_some() {
            // Only a place was asked for: what is nearest it.
            self.nearest_as_hits(&options)?
        } else {
            search::search(&self.store(), &text, &options, &scope)?
        };
        results.place = place;
        results.near_me_unset = near_me_unset;
        self.mark_stale(&mut results.hits)?;
        Ok(results)
    }

    /// The listings nearest `options.near` as search hits (for a query that
    /// names only a place).
    fn nearest_as_hits(&self, options: &SearchOptions) -> Result<SearchResults> {
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
                now: Utc::now(),
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
        self.store().set_saved_place(None)
    }

    /// Sets `stale_since` on hits from packs past their expiry (they still
    /// answer; the person is told since when they are out of date).
    fn mark_stale(&self, hits: &mut [SearchHit]) -> Result<()> {
        if hits.is_empty() {
            return Ok(());
        }
        let store = self.store();
        let today = install::utc_date(install::trusted_now(&store, jiff::Timestamp::now())?);
        let stale: Vec<(String, String)> = store
            .pack_expiries()?
            .into_iter()
            .filter_map(|(pack, expires)| expires.filter(|e| today >= *e).map(|e| (pack, e)))
            .collect();
        drop(store);
        for hit in hits {
            hit.stale_since = stale
                .iter()
                .find(|(pack, _)| *pack == hit.pack)
                .map(|(_, since)| since.clone());
        }
        Ok(())
    }

    /// The handle that cancels running searches; usable from any thread.
    pub fn interrupt_handle(&self) -> Arc<InterruptHandle> {
        Arc::clone(&self.interrupt)
    }

    /// The listings nearest `location` that pass `options.filters`, within
    /// `options.radius_km` (or serving the place through their service
    /// area), nearest first. `options.languages` empty means the guide's
    /// languages. The location is resolved offline and forgotten after the
    /// query; an unknown ZIP code or city is [`Error::UnknownPlace`].
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
        directory::nearby::nearby(&self.store(), place, &options)
    }

    /// Resolves `location` offline: a name without its state ("Chicago",
    /// "Springfield") means its one large place, else the one place of that
    /// name the installed listings are in; otherwise
    /// [`Error::AmbiguousPlace`] lists the choices. Unknown places are
    /// [`Error::UnknownPlace`].
    pub fn resolve(&self, location: &Location) -> Result<Locality> {
        let covered = self.covered_cities();
        location.resolve_with(&|entry| covered(entry))
    }

    /// Whether `entry` is a city the installed listings are in; the cities
    /// are read once, on first use (only an ambiguous name needs them).
    fn covered_cities(&self) -> impl Fn(&crate::geo::CityEntry) -> bool + '_ {
        let cities: std::cell::OnceCell<Vec<(String, String)>> = std::cell::OnceCell::new();
        move |entry| {
            let cities = cities.get_or_init(|| self.store().listing_cities().unwrap_or_default());
            cities.iter().any(|(city, state)| {
                state.eq_ignore_ascii_case(&entry.state)
                    && crate::geo::gazetteer::fold(city) == crate::geo::gazetteer::fold(&entry.name)
            })
        }
    }

    /// When the record `id` was verified and, for a listing, its distance
    /// from `place` (when given), service-area coverage and hours at `now`:
    /// what result lists show beside each hit.
    pub fn status(
        &self,
        id: &str,
        place: Option<&Locality>,
        now: DateTime<Utc>,
    ) -> Result<RecordStatus> {
        let stored = self.store().record(id)?;
        Ok(RecordStatus {
            listing: match &stored.record.details {
                Details::Listing(listing) => Some(ListingStatus::of(listing, place, now)),
                Details::Article(_) => None,
            },
            verified_on: stored.record.verified_on,
        })
    }

    /// The record `id` in the best of `languages` (or the guide's), as
    /// `format` for sharing; see [`share`](crate::share).
    pub fn share(&self, id: &str, format: ShareFormat, languages: &[String]) -> Result<Shared> {
        let languages = self.chosen(languages);
        let view = self.show(id, &languages)?;
        share::share(&view, format, &languages)
    }

    /// The record `id` in the best of `languages` (or the guide's languages
    /// when empty) that it has.
    pub fn show(&self, id: &str, languages: &[String]) -> Result<RecordView> {
        let stored = self.store().record(id)?;
        let (lang, fallback) = i18n::choose(
            &self.chosen(languages),
            &stored.source_language,
            stored.record.texts.keys(),
        );
        let text = stored.record.texts[&lang].clone();
        let placement = match &stored.record.details {
            Details::Listing(listing) => crate::geo::place_listing(listing),
            Details::Article(_) => None,
        };
        Ok(RecordView {
            check_status: crate::freshness::changes_fast(
                &stored.record.verified_on,
                stored.record.expires_on.as_deref(),
            ),
            placement,
            record: stored.record,
            pack_id: stored.pack_id,
            lang,
            fallback,
            text,
        })
    }

    /// At most `limit` listings of the categories that help with the
    /// article `view` (its `related_categories`; none for a listing): near
    /// `place` (local, then statewide, nearest first) when one is given,
    /// and at most `limit` serving the whole country either way, in the
    /// person's languages.
    pub fn related_help(
        &self,
        view: &RecordView,
        place: Option<&Locality>,
        limit: usize,
    ) -> Result<RelatedHelp> {
        let Details::Article(article) = &view.record.details else {
            return Ok(RelatedHelp::default());
        };
        let mut help = RelatedHelp {
            place: place.cloned(),
            ..RelatedHelp::default()
        };
        let options = |category: &String| NearbyOptions {
            languages: self.languages.clone(),
            radius_km: directory::nearby::DEFAULT_RADIUS_KM,
            limit,
            filters: directory::Filters {
                category: Some(category.clone()),
                ..directory::Filters::default()
            },
            now: Utc::now(),
        };
        let mut seen = std::collections::HashSet::new();
        let mut near = Vec::new();
        let mut national = Vec::new();
        for category in &article.related_categories {
            let options = options(category);
            match place {
                Some(place) => {
                    let found = self.nearby_place(place, &options)?;
                    near.extend(found.local.into_iter().chain(found.serving));
                    near.extend(found.statewide);
                    national.extend(found.national);
                }
                None => national.extend(directory::nearby::national(&self.store(), &options)?),
            }
        }
        let far =
            |hit: &crate::directory::NearbyHit| hit.status.distance_km.unwrap_or(f64::INFINITY);
        near.sort_by(|a, b| far(a).total_cmp(&far(b)).then_with(|| a.id.cmp(&b.id)));
        near.retain(|hit| seen.insert(hit.id.clone()));
        near.truncate(limit);
        national.sort_by(|a, b| a.id.cmp(&b.id));
        national.retain(|hit| seen.insert(hit.id.clone()));
        national.truncate(limit);
        help.near = near;
        help.national = national;
        Ok(help)
    }

    fn terms(
        &self,
        terms: &std::collections::BTreeMap<String, crate::taxonomy::Term>,
        counts: &std::collections::BTreeMap<String, u64>,
    ) -> Vec<TermView> {
        // Taxonomy names always include English, the chain's last resort.
        let chain = i18n::language_chain(&self.languages, "en");
        terms
            .iter()
            .map(|(key, term)| {
                let lang = i18n::pick(&chain, term.names.keys())
                    .cloned()
                    .unwrap_or_else(|| "en".to_string());
                TermView {
                    key: key.clone(),
                    name: term
                        .names
                        .get(&lang)
                        .cloned()
                        .unwrap_or_else(|| key.clone()),
                    fallback: chain
                        .first()
                        .is_some_and(|first| !i18n::same_language(first, &lang)),
                    lang,
                    count: counts.get(key).copied().unwrap_or(0),
                }
            })
            .collect()
    }

    /// Verifies the pack file `bytes` and installs it, or changes nothing
    /// and says why ([`Error::Pack`]).
    pub fn install_pack(&self, bytes: &[u8]) -> Result<Installed> {
        install::install_file(
            &mut self.store(),
            bytes,
            &self.roots,
            &self.limits,
            jiff::Timestamp::now(),
        )
    }

    /// Checks the pack file `bytes` exactly as [`Guide::install_pack`] would
    /// (signature, trust on this device, hash, limits, every record) without
    /// installing it.
    pub fn check_pack(&self, bytes: &[u8]) -> Result<install::Checked> {
        install::check_file(
            &self.store(),
            bytes,
            &self.roots,
            &self.limits,
            jiff::Timestamp::now(),
        )
    }

    /// Every installed pack, with whether it is stale (judged by the later
    /// of the device clock and the newest pack seen, so a wound-back clock
    /// hides nothing).
    pub fn packs(&self) -> Result<Vec<PackStatus>> {
        let store = self.store();
        let today = install::utc_date(install::trusted_now(&store, jiff::Timestamp::now())?);
        let bundled_id = pack::DEFAULT_PACK_ID;
        Ok(store
            .packs()?
            .into_iter()
            .map(|pack| PackStatus {
                bundled: pack.signer.is_none() && pack.info.pack_id == bundled_id,
                stale_since: pack.expires.clone().filter(|expires| today >= *expires),
                pack,
            })
            .collect())
    }

    /// Removes the installed pack `pack_id` and exactly its records.
    pub fn remove_pack(&self, pack_id: &str) -> Result<()> {
        if self.store().remove(pack_id)? {
            Ok(())
        } else {
            Err(Error::NotFound {
                id: pack_id.to_string(),
            })
        }
    }

    /// The installed file of `pack_id`, unchanged: what an outreach worker
    /// sends to another phone, which verifies it like any other.
    pub fn export_pack(&self, pack_id: &str) -> Result<Vec<u8>> {
        let store = self.store();
        match store.pack_file(pack_id)? {
            Some(file) => Ok(file),
            None if store.installed_pack(pack_id)?.is_some() => {
                Err(PackError::Bundled(pack_id.to_string()).into())
            }
            None => Err(Error::NotFound {
                id: pack_id.to_string(),
            }),
        }
    }

    /// Trusts `key` on this device for the pack ids or prefixes `prefixes`
    /// without a root: for development, tests and closed pilots.
    pub fn trust_key(&self, key: PublicKey, prefixes: Vec<String>) -> Result<()> {
        self.store().add_local_key(&LocalKey { key, prefixes })
    }

    /// Takes in a root-signed delegation or revocation (e.g. a revocation
    /// handed over by an outreach worker). Refused unless a trusted root
    /// signed it and it is newer than the one kept for that key.
    pub fn import_statement(&self, bytes: &[u8]) -> Result<SignedStatement> {
        let signed = SignedStatement::from_trusted_root(bytes, &self.roots)?;
        let key = signed.statement.publisher_key()?;
        let mut store = self.store();
        if !store.keep_statement(&key.to_bytes(), signed.statement.serial(), &signed.bytes)? {
            let kept = store
                .kept_statement(&key.to_bytes())?
                .and_then(|b| SignedStatement::parse(&b).ok())
                .map_or(0, |s| s.statement.serial());
            return Err(PackError::StaleStatement {
                key_id: key.key_id(),
                kept,
                offered: signed.statement.serial(),
            }
            .into());
        }
        Ok(signed)
    }

    fn chosen(&self, languages: &[String]) -> Vec<String> {
        if languages.is_empty() {
            self.languages.clone()
        } else {
            languages.to_vec()
        }
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave SQLite half-written
        // (transactions roll back), so a poisoned lock is safe to reuse.
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Opens the store in `data_dir` and installs the bundled default pack when
/// it is missing or older than the one this build carries.
fn open_store(data_dir: &Path) -> Result<Store> {
    let mut store = Store::open(&data_dir.join(STORE_FILE))?;
    // A signed pack file may have replaced the bundled pack with a newer
    // version; the bundled copy only ever moves it forward. The check reads
    // constants: the pack itself is inflated and parsed only to install it.
    let installed = store.installed_version(pack::DEFAULT_PACK_ID)?;
    if installed.is_none_or(|version| version < pack::DEFAULT_PACK_VERSION) {
        store.install(pack::default_pack()?)?;
    }
    Ok(store)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::sync::mpsc;

    use super::*;
    use crate::model::{
        ArticleDetails, Details, LocalizedText, PackContent, PackInfo, Source, Translation,
    };

    /// A synthetic pack (test data, never shipped content): `n` articles that
    /// all share the words the interrupted query asks for.
    fn synthetic_pack(n: usize) -> PackContent {
        let records = (0..n)
            .map(|i| Record {
                id: format!("synthetic-{i}"),
                topics: vec!["legal-help".into()],
                texts: BTreeMap::from([(
                    "en".to_string(),
                    LocalizedText {
                        title: format!("Synthetic test record {i} about lawyers"),
                        summary: "Synthetic text for an interrupt test.".into(),
                        body: format!(
                            "lawyer clinic rights wages bank notary {i} {}",
                            "filler words for a longer body ".repeat(20)
                        ),
                        tags: vec!["lawyer".into(), "clinic".into()],
                        translation: Translation::Original,
                        reviewer: None,
                    },
                )]),
                sources: vec![Source {
                    key: "synthetic".into(),
                    title: "Synthetic test data, not content".into(),
                    publisher: "tests".into(),
                    url: None,
                    published: None,
                    checked_on: "2026-11-26".into(),
                }],
                verified_on: "2026-11-26".into(),
                expires_on: None,
                details: Details::Article(ArticleDetails::default()),
            })
            .collect();
        PackContent {
            info: PackInfo {
                pack_id: "synthetic-interrupt-test".into(),
                publisher: "tests".into(),
                version: 1,
                source_language: "en".into(),
                languages: vec!["en".into()],
                area: None,
                expires: None,
            },
            records,
        }
    }

    #[test]
    fn a_running_search_interrupted_from_another_thread_fails_with_interrupted() {
        let dir = tempfile::tempdir().unwrap();
        let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
        guide.store().install(&synthetic_pack(2_000)).unwrap();
        let query = "lawyer clinic rights wages bank notary lawyers clinics abogado";
        let options = SearchOptions {
            limit: 10,
            ..SearchOptions::default()
        };
        assert_eq!(guide.search_with(query, &options).unwrap().hits.len(), 10);

        // The first time SQLite reports progress inside the search, the
        // worker tells the other thread, which interrupts and lets it go on:
        // the interrupt lands mid-query, deterministically, with no timing.
        let (running_tx, running_rx) = mpsc::channel::<()>();
        let (resume_tx, resume_rx) = mpsc::channel::<()>();
        let mut reported = false;
        guide
            .store()
            .conn_mut()
            .progress_handler(
                100,
                Some(move || {
                    if !reported {
                        reported = true;
                        running_tx.send(()).unwrap();
                        resume_rx.recv().unwrap();
                    }
                    false
                }),
            )
            .unwrap();
        let handle = guide.interrupt_handle();
        let interrupter = std::thread::spawn(move || {
            running_rx.recv().unwrap();
            handle.interrupt();
            resume_tx.send(()).unwrap();
        });
        let result = guide.search_with(query, &options);
        interrupter.join().unwrap();
        assert!(
            matches!(result, Err(Error::Interrupted)),
            "expected Interrupted, got {:?}",
            result.map(|r| r.hits.len())
        );

        // The next search is not affected.
        guide
            .store()
            .conn_mut()
            .progress_handler(0, None::<fn() -> bool>)
            .unwrap();
        assert_eq!(guide.search_with(query, &options).unwrap().hits.len(), 10);
    }

    #[test]
    fn an_interrupt_cancels_a_search_between_its_statements() {
        // The Rust-side check: a scope begun before the interrupt fails at
        // its next checkpoint even when SQLite had nothing running.
        let dir = tempfile::tempdir().unwrap();
        let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
        let scope = guide.interrupt_handle().begin_scope();
        guide.interrupt_handle().interrupt();
        let options = SearchOptions {
            limit: 5,
            languages: vec!["en".into()],
            ..SearchOptions::default()
        };
        let result = search::search(&guide.store(), "notario", &options, &scope);
        assert!(matches!(result, Err(Error::Interrupted)));
        assert!(!guide.search("notario", &[], 5).unwrap().is_empty());
    }

    #[test]
    fn guide_and_its_interrupt_handle_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Guide>();
        assert_send_sync::<Arc<InterruptHandle>>();
    }
}

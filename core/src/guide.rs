//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};

use crate::directory::{self, Filters, ListingStatus, NearbyHit, NearbyOptions};
use crate::error::{Error, Result};
use crate::geo::{Locality, Location};
use crate::i18n;
use crate::model::{Details, LocalizedText, Record};
use crate::pack;
use crate::search::{self, SearchHit, SearchOptions};
use crate::share::{self, ShareFormat, Shared};
use crate::store::Store;

/// The store's file name inside the data directory.
pub const STORE_FILE: &str = "guide.sqlite3";

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

/// The local guide: the store in one data directory, opened for a person's
/// languages. `Send + Sync`: the apps call it from worker threads.
pub struct Guide {
    store: Mutex<Store>,
    languages: Vec<String>,
    data_dir: PathBuf,
}

impl Guide {
    /// Opens the guide in `data_dir` (created when missing) for a person whose
    /// preferred languages are `languages` (BCP 47, best first). On first use,
    /// and whenever the app carries a newer default pack, the bundled default
    /// pack is installed, so a fresh install answers with no other step.
    pub fn open(data_dir: &Path, languages: Vec<String>) -> Result<Guide> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        let mut store = Store::open(&data_dir.join(STORE_FILE))?;
        let default = pack::default_pack()?;
        let installed = store.installed_version(&default.info.pack_id)?;
        if installed.is_none_or(|version| version < default.info.version) {
            store.install(default)?;
        }
        Ok(Guide {
            store: Mutex::new(store),
            languages,
            data_dir: data_dir.to_path_buf(),
        })
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
    /// empty).
    ///
    /// `filters` narrow the results to listings that pass them (see
    /// [`Filters`]); `Filters::default()` filters nothing.
    pub fn search(
        &self,
        query: &str,
        languages: &[String],
        limit: usize,
        filters: &Filters,
    ) -> Result<Vec<SearchHit>> {
        let options = SearchOptions {
            languages: self.chosen(languages),
            limit,
            filters: filters.clone(),
        };
        search::search(&self.store(), query, &options)
    }

    /// The listings nearest `location` that pass `options.filters`, within
    /// `options.radius_km` (or serving the place through their service
    /// area), nearest first. `options.languages` empty means the guide's
    /// languages. The location is resolved offline and forgotten after the
    /// query; an unknown ZIP code or city is [`Error::UnknownPlace`].
    pub fn nearby(&self, location: &Location, options: &NearbyOptions) -> Result<Vec<NearbyHit>> {
        let place = location.resolve()?;
        let options = NearbyOptions {
            languages: self.chosen(&options.languages),
            ..options.clone()
        };
        directory::nearby::nearby(&self.store(), &place, &options)
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
        Ok(RecordView {
            record: stored.record,
            pack_id: stored.pack_id,
            lang,
            fallback,
            text,
        })
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

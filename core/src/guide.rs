//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{LocalizedText, Record};
use crate::pack;
use crate::search::{self, SearchHit, SearchOptions, SearchResults};
use crate::store::Store;
use crate::store::interrupt::InterruptHandle;

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

/// The local guide: the store in one data directory, opened for a person's
/// languages. `Send + Sync`: the apps call it from worker threads.
pub struct Guide {
    store: Mutex<Store>,
    /// Held outside the lock: it must work while a search holds the store.
    interrupt: Arc<InterruptHandle>,
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
            interrupt: store.interrupt_handle(),
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
        let options = SearchOptions {
            languages: self.chosen(&options.languages),
            ..options.clone()
        };
        search::search(&self.store(), query, &options, &scope)
    }

    /// The handle that cancels running searches; usable from any thread.
    pub fn interrupt_handle(&self) -> Arc<InterruptHandle> {
        Arc::clone(&self.interrupt)
    }

    /// The record `id` in the best of `languages` (or the guide's languages
    /// when empty) that it has.
    pub fn show(&self, id: &str, languages: &[String]) -> Result<RecordView> {
        let stored = self.store().record(id)?;
        let chain = i18n::language_chain(&self.chosen(languages), &stored.source_language);
        let lang = i18n::pick(&chain, stored.record.texts.keys())
            .cloned()
            .unwrap_or_else(|| stored.source_language.clone());
        let text = stored.record.texts[&lang].clone();
        let fallback = chain
            .first()
            .is_some_and(|first| !i18n::same_language(first, &lang));
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

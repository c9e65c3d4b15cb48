//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show, browse the taxonomy, and wipe
//! everything the person made.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, Result};
use crate::i18n::{self, UiStrings};
use crate::model::{LocalizedText, Record};
use crate::pack;
use crate::search::{self, SearchHit, SearchOptions};
use crate::store::Store;

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
        Ok(Guide {
            store: Mutex::new(open_store(data_dir)?),
            languages,
            data_dir: data_dir.to_path_buf(),
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
    /// empty).
    pub fn search(
        &self,
        query: &str,
        languages: &[String],
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let options = SearchOptions {
            languages: self.chosen(languages),
            limit,
        };
        search::search(&self.store(), query, &options)
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
    let default = pack::default_pack()?;
    let installed = store.installed_version(&default.info.pack_id)?;
    if installed.is_none_or(|version| version < default.info.version) {
        store.install(default)?;
    }
    Ok(store)
}

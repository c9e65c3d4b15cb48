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

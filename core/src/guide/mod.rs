//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show, browse the taxonomy, and wipe
//! everything the person made. Places (typed, saved, named in a query) and
//! nearby are in [`places`]; the help listed beside an article in
//! [`related`].

mod places;
mod related;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::clock::Clock;
use crate::directory::{self, ListingStatus};
use crate::error::{Error, Result};
use crate::geo::Locality;
use crate::i18n::{self, UiStrings};
use crate::ingest;
use crate::model::Details;
use crate::pack::install::{self, Installed};
use crate::pack::keys::PublicKey;
use crate::pack::trust::{self, LocalKey, SignedStatement};
use crate::pack::verify::Limits;
use crate::pack::{self, PackError};
use crate::search::{self, SearchHit, SearchOptions, SearchResults};
use crate::share::{self, ShareFormat, Shared};
use crate::store::Store;
use crate::store::interrupt::InterruptHandle;
use crate::view::{PackStatus, RecordStatus, RecordView, TermView};

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

/// How a guide is opened beyond its directory and languages.
#[derive(Debug, Clone, Default)]
pub struct GuideOptions {
    /// Root keys trusted in addition to the ones shipped in the app (tests,
    /// white-label builds).
    pub extra_roots: Vec<PublicKey>,
    /// Limits on pack files; the defaults suit phones.
    pub limits: Limits,
    /// Where "now" comes from: the device's clock unless a test fixes it.
    pub clock: Clock,
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
    clock: Clock,
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
        // Built-in concepts that do not parse are a build defect: say so at
        // open, not at the first search.
        search::concepts::built_in()?;
        let store = open_store(data_dir, &options.clock)?;
        Ok(Guide {
            interrupt: store.interrupt_handle(),
            store: Mutex::new(store),
            languages,
            data_dir: data_dir.to_path_buf(),
            roots: trust::roots(&options.extra_roots),
            limits: options.limits,
            clock: options.clock,
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
        *store = open_store(&self.data_dir, &self.clock)?;
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

    /// Now, by the clock the guide was opened with: what callers pass as
    /// the instant of "open now" and hours.
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
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
        let (text, place, near_me_unset) = self.query_place(query, options)?;
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

    /// Sets `stale_since` on hits from packs past their expiry (they still
    /// answer; the person is told since when they are out of date).
    fn mark_stale(&self, hits: &mut [SearchHit]) -> Result<()> {
        if hits.is_empty() {
            return Ok(());
        }
        let store = self.store();
        let today = install::utc_date(install::trusted_now(&store, self.clock.now())?);
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

    /// When the record `id` was verified and, for a listing, its distance
    /// from `place` (when given), service-area coverage and hours at `now`:
    /// what result lists show beside each hit.
    pub fn status(
        &self,
        id: &str,
        place: Option<&Locality>,
        now: jiff::Timestamp,
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
        Ok(share::share(&view, format, &languages)?)
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
            self.clock.now(),
        )
        .map_err(Error::from)
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
            self.clock.now(),
        )
        .map_err(Error::from)
    }

    /// Every installed pack, with whether it is stale (judged by the later
    /// of the device clock and the newest pack seen, so a wound-back clock
    /// hides nothing).
    pub fn packs(&self) -> Result<Vec<PackStatus>> {
        let store = self.store();
        let today = install::utc_date(install::trusted_now(&store, self.clock.now())?);
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
        if ingest::remove(&mut self.store(), pack_id)? {
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
        Ok(trust::trust_locally(
            &mut self.store(),
            &LocalKey { key, prefixes },
        )?)
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
fn open_store(data_dir: &Path, clock: &Clock) -> Result<Store> {
    let mut store = ingest::open(&data_dir.join(STORE_FILE))?;
    // A signed pack file may have replaced the bundled pack with a newer
    // version; the bundled copy only ever moves it forward. The check reads
    // constants: the pack itself is inflated and parsed only to install it.
    let installed = store.installed_version(pack::DEFAULT_PACK_ID)?;
    if installed.is_none_or(|version| version < pack::DEFAULT_PACK_VERSION) {
        install::install_bundled(&mut store, clock.now()).map_err(|err| match err {
            install::InstallError::Pack(err) => Error::EmbeddedPack(err.to_string()),
            install::InstallError::Store(err) => err.into(),
        })?;
    }
    Ok(store)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::sync::mpsc;

    use super::*;
    use crate::model::{
        ArticleDetails, Details, LocalizedText, PackContent, PackInfo, Record, Source, Translation,
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
        ingest::install_content(&mut guide.store(), &synthetic_pack(2_000), guide.now()).unwrap();
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
        let result =
            search::search(&guide.store(), "notario", &options, &scope).map_err(Error::from);
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

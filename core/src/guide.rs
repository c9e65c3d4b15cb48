//! [`Guide`]: the product's front door — open the local store, make sure the
//! bundled content is there, search and show.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{LocalizedText, Record};
use crate::pack::install::{self, Installed};
use crate::pack::keys::PublicKey;
use crate::pack::trust::{self, LocalKey, SignedStatement};
use crate::pack::verify::Limits;
use crate::pack::{self, PackError};
use crate::search::{self, SearchHit, SearchOptions};
use crate::store::{InstalledPack, Store};

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
        let mut store = Store::open(&data_dir.join(STORE_FILE))?;
        let default = pack::default_pack()?;
        let installed = store.installed_pack(&default.info.pack_id)?;
        // A signed pack file may have replaced the bundled pack with a newer
        // version; the bundled copy only ever moves it forward.
        if installed.is_none_or(|pack| pack.version < default.info.version) {
            store.install(default)?;
        }
        Ok(Guide {
            store: Mutex::new(store),
            languages,
            data_dir: data_dir.to_path_buf(),
            roots: trust::roots(&options.extra_roots),
            limits: options.limits,
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
        let mut hits = search::search(&self.store(), query, &options)?;
        if !hits.is_empty() {
            let stale: Vec<(String, String)> = self
                .packs()?
                .into_iter()
                .filter_map(|p| p.stale_since.map(|since| (p.pack.info.pack_id, since)))
                .collect();
            for hit in &mut hits {
                hit.stale_since = stale
                    .iter()
                    .find(|(pack, _)| *pack == hit.pack)
                    .map(|(_, since)| since.clone());
            }
        }
        Ok(hits)
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
        let bundled_id = &pack::default_pack()?.info.pack_id;
        Ok(store
            .packs()?
            .into_iter()
            .map(|pack| PackStatus {
                bundled: pack.signer.is_none() && &pack.info.pack_id == bundled_id,
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

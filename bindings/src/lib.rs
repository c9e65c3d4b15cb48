//! UniFFI exports of the Resident Guide core for the Android and iOS apps.
//!
//! A thin shell: every rule lives in `guide-core`; this crate converts types
//! and errors and adds nothing else. The `///` docs here become the Kotlin
//! and Swift docs. Never add networking here.

mod error;
mod packs;
mod types;

use std::path::PathBuf;
use std::sync::Arc;

pub use error::GuideError;
pub use packs::{InstallResult, PackSummary};
pub use types::{ListingInfo, RecordDetail, RecordKind, SearchResult, SourceInfo};

uniffi::setup_scaffolding!();

/// The offline guide on this device. Open one per app and share it; it is
/// safe to call from any thread. Run searches off the UI thread.
#[derive(uniffi::Object)]
pub struct Guide {
    inner: guide_core::Guide,
}

#[uniffi::export]
impl Guide {
    /// Opens the guide whose local store lives in `data_dir` (the app's
    /// private files directory), for a person whose languages are
    /// `languages` (BCP 47 tags, most preferred first). The first open
    /// installs the bundled content, so search works at once, offline.
    #[uniffi::constructor]
    pub fn open(data_dir: String, languages: Vec<String>) -> Result<Arc<Self>, GuideError> {
        let inner = guide_core::Guide::open(&PathBuf::from(data_dir), languages)?;
        Ok(Arc::new(Guide { inner }))
    }

    /// Searches all installed content for `query` exactly as typed (any
    /// language, any characters) and returns at most `limit` results in the
    /// person's language, falling back to English with `fallback` set.
    pub fn search(&self, query: String, limit: u32) -> Result<Vec<SearchResult>, GuideError> {
        Ok(self
            .inner
            .search(&query, &[], limit as usize)?
            .into_iter()
            .map(SearchResult::from)
            .collect())
    }

    /// The article or listing `id` in full, in the person's language.
    /// Throws `NotFound` when no installed pack has it.
    pub fn show(&self, id: String) -> Result<RecordDetail, GuideError> {
        Ok(self.inner.show(&id, &[])?.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Guide>();
    }

    #[test]
    fn open_search_show_and_not_found_cross_the_boundary_types() {
        let dir = tempfile::tempdir().unwrap();
        let guide =
            Guide::open(dir.path().to_string_lossy().into_owned(), vec!["es".into()]).unwrap();
        let results = guide.search("atlanta".into(), 5).unwrap();
        let first = results
            .first()
            .expect("the bundled pack lists Atlanta's office");
        assert_eq!(first.kind, RecordKind::Listing);
        assert_eq!(first.lang, "es");
        let detail = guide.show(first.id.clone()).unwrap();
        assert_eq!(
            detail.listing.as_ref().and_then(|l| l.city.as_deref()),
            Some("Atlanta")
        );
        assert!(!detail.sources.is_empty());
        assert!(matches!(
            guide.show("no-such-id".into()),
            Err(GuideError::NotFound)
        ));
    }
}

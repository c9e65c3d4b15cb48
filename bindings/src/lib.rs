//! UniFFI exports of the Resident Guide core for the Android and iOS apps.
//!
//! A thin shell: every rule lives in `guide-core`; this crate converts types
//! and errors and adds nothing else. The `///` docs here become the Kotlin
//! and Swift docs. Never add networking here.

mod directory;
mod error;
mod markup;
mod packs;
mod strings;
mod types;

use std::path::PathBuf;
use std::sync::Arc;

pub use directory::{
    ListingFilters, NearbyPage, NearbyResult, Place, PlaceInfo, RelatedHelpInfo, ShareKind,
    SharedContent,
};
pub use error::GuideError;
pub use markup::{TextBlock, TextBlockKind, TextSpan, article_blocks, text_spans};
pub use packs::{InstallResult, PackSummary};
pub use strings::{
    TextDirection, UiArg, UiLocale, UiStrings, plain_text, text_direction, ui_locales,
};
pub use types::{
    ListingInfo, RecordDetail, RecordKind, SearchPage, SearchResult, SourceInfo, TaxonomyTerm,
};

uniffi::setup_scaffolding!();

/// How many related listings a record view lists, per group.
const RELATED_HELP_LIMIT: usize = 5;

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

    /// Type-ahead search: like `search`, but the last word may still be
    /// half typed, so it also matches the words it starts ("notar" finds
    /// "notario") unless `query` ends with a space. Also returns the "did
    /// you mean" correction when the best results came through one.
    ///
    /// Run it on a worker thread and call `interrupt()` from the UI thread
    /// on each keystroke: the search then running throws `Interrupted`
    /// (drop it; the newer keystroke's search follows).
    pub fn search_as_you_type(&self, query: String, limit: u32) -> Result<SearchPage, GuideError> {
        let options = guide_core::SearchOptions {
            limit: limit as usize,
            prefix: true,
            ..guide_core::SearchOptions::default()
        };
        Ok(self.inner.search_with(&query, &options)?.into())
    }

    /// Searches near a place: like `search_as_you_type` with `prefix` as
    /// given, narrowed by `filters`, listings near `place` (or, when null,
    /// near the place the query names, or the saved place when the query
    /// says "near me") ranking up. The page says which place was used.
    pub fn search_near(
        &self,
        query: String,
        limit: u32,
        prefix: bool,
        place: Option<Place>,
        filters: ListingFilters,
    ) -> Result<SearchPage, GuideError> {
        let near = match place {
            Some(place) => Some(self.inner.resolve(&place.try_into()?)?),
            None => None,
        };
        let options = guide_core::SearchOptions {
            limit: limit as usize,
            prefix,
            filters: filters.to_core(self.inner.now())?,
            near,
            ..guide_core::SearchOptions::default()
        };
        Ok(self.inner.search_with(&query, &options)?.into())
    }

    /// Resolves `place` offline, as search and nearby would: throws
    /// `UnknownPlace`, or `AmbiguousPlace` with the choices to offer.
    pub fn resolve_place(&self, place: Place) -> Result<PlaceInfo, GuideError> {
        Ok((&self.inner.resolve(&place.try_into()?)?).into())
    }

    /// Saves `place` as the person's place on this device (searches that
    /// say "near me" and record views use it). Never exported; removed by
    /// `wipeLocalData`.
    pub fn save_place(&self, place: Place) -> Result<PlaceInfo, GuideError> {
        Ok((&self.inner.save_place(&place.try_into()?)?).into())
    }

    /// The saved place, or null.
    pub fn saved_place(&self) -> Result<Option<PlaceInfo>, GuideError> {
        Ok(self.inner.saved_place()?.as_ref().map(PlaceInfo::from))
    }

    /// Forgets the saved place.
    pub fn forget_place(&self) -> Result<(), GuideError> {
        Ok(self.inner.forget_place()?)
    }

    /// Stops every search running or waiting on this guide now: each throws
    /// `Interrupted`. Searches started afterwards run normally. Safe to call
    /// from any thread, including the UI thread (it never waits on a query).
    pub fn interrupt(&self) {
        self.inner.interrupt_handle().interrupt();
    }

    /// Like `search`, narrowed by listing `filters` (articles drop out when
    /// any filter is set).
    pub fn search_filtered(
        &self,
        query: String,
        limit: u32,
        filters: ListingFilters,
    ) -> Result<Vec<SearchResult>, GuideError> {
        Ok(self
            .inner
            .search_filtered(
                &query,
                &[],
                limit as usize,
                &filters.to_core(self.inner.now())?,
            )?
            .into_iter()
            .map(SearchResult::from)
            .collect())
    }

    /// The listings nearest `place` within `radius_km` (or serving it
    /// through their service area) that pass `filters`: local ones nearest
    /// first, then those serving the area, the state and the whole country,
    /// each group at most `limit`. Throws `UnknownPlace` for a ZIP or city
    /// the offline gazetteer lacks, `AmbiguousPlace` for a name several
    /// places share.
    pub fn nearby(
        &self,
        place: Place,
        radius_km: f64,
        limit: u32,
        filters: ListingFilters,
    ) -> Result<NearbyPage, GuideError> {
        let options = guide_core::directory::NearbyOptions {
            languages: Vec::new(),
            radius_km,
            limit: limit as usize,
            filters: filters.to_core(self.inner.now())?,
            now: self.inner.now(),
        };
        let place = self.inner.resolve(&place.try_into()?)?;
        let found = self.inner.nearby_place(&place, &options)?;
        Ok(NearbyPage::new(&place, found))
    }

    /// The record `id` prepared for the share sheet as `kind`, in the
    /// person's language. Throws `NotShareable` when it lacks what the
    /// format needs (e.g. no phone for `Tel`).
    pub fn share(&self, id: String, kind: ShareKind) -> Result<SharedContent, GuideError> {
        Ok(self.inner.share(&id, kind.into(), &[])?.into())
    }

    /// The article or listing `id` in full, in the person's language, with
    /// the help related to an article near the saved place (or, with none,
    /// help serving the whole country). Throws `NotFound` when no installed
    /// pack has it.
    pub fn show(&self, id: String) -> Result<RecordDetail, GuideError> {
        self.show_near(id, None)
    }

    /// `show`, with the related help near `place` (null: the saved place,
    /// if any) for this call only; nothing is stored.
    pub fn show_near(&self, id: String, place: Option<Place>) -> Result<RecordDetail, GuideError> {
        let view = self.inner.show(&id, &[])?;
        let place = match place {
            Some(place) => Some(self.inner.resolve(&place.try_into()?)?),
            None => self.inner.saved_place()?,
        };
        let help = self
            .inner
            .related_help(&view, place.as_ref(), RELATED_HELP_LIMIT)?;
        Ok(RecordDetail::new(view, help.into()))
    }

    /// The person's languages, as given to `open`.
    pub fn languages(&self) -> Vec<String> {
        self.inner.languages().to_vec()
    }

    /// Article topics of the shared taxonomy (home-screen tiles), named in
    /// the person's language, each with how many installed articles carry it.
    pub fn topics(&self) -> Result<Vec<TaxonomyTerm>, GuideError> {
        Ok(self.inner.topics()?.into_iter().map(Into::into).collect())
    }

    /// Listing categories of the shared taxonomy (home-screen tiles and the
    /// "type of place" filter), named in the person's language, each with
    /// how many installed listings it has.
    pub fn categories(&self) -> Result<Vec<TaxonomyTerm>, GuideError> {
        Ok(self
            .inner
            .categories()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The UI strings for the person's languages.
    pub fn strings(&self) -> Arc<UiStrings> {
        UiStrings::wrap(self.inner.strings())
    }

    /// Deletes everything the person made on this device — packs they
    /// installed, and favourites and recent searches when those exist — and
    /// restores the bundled content, so the guide keeps answering. Other
    /// files in the data directory are left alone.
    pub fn wipe_local_data(&self) -> Result<(), GuideError> {
        Ok(self.inner.wipe_local_data()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Guide>();
        assert_send_sync::<UiStrings>();
    }

    #[test]
    fn taxonomy_strings_and_wipe_cross_the_boundary() {
        let dir = tempfile::tempdir().unwrap();
        let guide =
            Guide::open(dir.path().to_string_lossy().into_owned(), vec!["es".into()]).unwrap();
        let topics = guide.topics().unwrap();
        let wage_theft = topics.iter().find(|t| t.key == "wage-theft").unwrap();
        assert_eq!(wage_theft.name, "Robo de salario");
        assert!(wage_theft.count > 0);
        assert!(guide.categories().unwrap().iter().any(|c| c.count > 0));

        let strings = guide.strings();
        assert_eq!(strings.locale(), "es");
        assert_eq!(strings.text("quick-exit".into()).unwrap(), "Salida rápida");
        assert!(matches!(
            strings.text("no-such-key".into()),
            Err(GuideError::NotFound)
        ));
        let count =
            std::collections::HashMap::from([("count".to_string(), UiArg::Number { value: 2.0 })]);
        let shown = strings
            .format("search-results-count".into(), count)
            .unwrap();
        assert_ne!(
            shown, "2 resultados",
            "display text keeps its isolation marks"
        );
        assert_eq!(plain_text(shown), "2 resultados");
        assert_eq!(
            UiStrings::new(vec!["ar".into()]).direction(),
            TextDirection::RightToLeft
        );
        assert_eq!(ui_locales().len(), 16);

        guide.wipe_local_data().unwrap();
        assert!(!guide.search("notario".into(), 5).unwrap().is_empty());
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

    #[test]
    fn type_ahead_matches_a_half_typed_word_and_interrupt_leaves_later_searches_working() {
        let dir = tempfile::tempdir().unwrap();
        let guide =
            Guide::open(dir.path().to_string_lossy().into_owned(), vec!["en".into()]).unwrap();
        let page = guide.search_as_you_type("notar".into(), 5).unwrap();
        assert_eq!(
            page.results.first().map(|r| r.id.as_str()),
            Some("notario-fraud")
        );
        guide.interrupt();
        let again = guide.search_as_you_type("notar".into(), 5).unwrap();
        assert_eq!(
            again, page,
            "an interrupt stops only searches already running"
        );
        assert!(matches!(
            guide.trust_key("RGPK not-a-key".into(), vec!["dev".into()]),
            Err(GuideError::InvalidArgument { .. })
        ));
    }

    #[test]
    fn nearby_share_and_filters_cross_the_boundary() {
        let dir = tempfile::tempdir().unwrap();
        let guide =
            Guide::open(dir.path().to_string_lossy().into_owned(), vec!["es".into()]).unwrap();
        let zip = Place::Zip {
            code: "21202".into(),
        };
        let page = guide
            .nearby(zip, 50.0, 10, ListingFilters::default())
            .unwrap();
        // Issue 12: the bundled listings are placed from what they state
        // (here, their city): approximate points, nearest first, never pins.
        assert_eq!(page.place.zip.as_deref(), Some("21202"));
        assert_eq!(page.place.state.as_deref(), Some("MD"));
        let distances: Vec<f64> = page.local.iter().filter_map(|h| h.distance_km).collect();
        assert_eq!(distances.len(), page.local.len());
        assert!(distances.is_sorted(), "{distances:?}");
        for hit in &page.local {
            assert!(hit.precision.is_some(), "{}", hit.id);
            assert_eq!(
                hit.exact_location,
                hit.precision.as_deref() == Some("exact")
            );
        }
        assert!(matches!(
            guide.nearby(
                Place::Typed {
                    text: "Springfield".into()
                },
                50.0,
                10,
                ListingFilters::default()
            ),
            Err(GuideError::AmbiguousPlace { choices }) if choices.len() == 3
        ));
        assert!(matches!(
            guide.nearby(
                Place::Zip {
                    code: "99999".into()
                },
                50.0,
                10,
                ListingFilters::default()
            ),
            Err(GuideError::UnknownPlace)
        ));
        let bad = ListingFilters {
            cost: vec!["cheap".into()],
            ..Default::default()
        };
        assert!(matches!(
            guide.search_filtered("atlanta".into(), 5, bad),
            Err(GuideError::InvalidArgument { .. })
        ));
        let office = "atlanta-ga-office-of-immigrant-affairs".to_string();
        let sms = guide.share(office.clone(), ShareKind::Sms).unwrap();
        let verified = format!(
            "Verificado {}",
            guide.show(office.clone()).unwrap().verified_on
        );
        assert!(
            sms.messages.iter().any(|m| m.contains(&verified)),
            "{sms:?}"
        );
        assert!(matches!(
            guide.share(office, ShareKind::Tel),
            Err(GuideError::NotShareable { .. })
        ));
    }
}

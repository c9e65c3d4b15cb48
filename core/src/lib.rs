//! Resident Guide core: the content model, the local store, search and packs.
//!
//! Pure Rust. It never opens a socket and knows nothing of FFI; the
//! `guide-ffi` crate wraps it for Android and iOS, the `guide` CLI for
//! terminals. Nothing here logs or keeps what a person searched for.

pub mod directory;
pub mod error;
pub mod freshness;
pub mod geo;
pub mod guide;
pub mod hours;
pub mod i18n;
pub mod markdown;
pub mod model;
pub mod pack;
pub mod search;
pub mod share;
pub mod store;
pub mod taxonomy;
pub mod zone;

pub use error::{Error, Result};
pub use guide::{Guide, GuideOptions, PackStatus, RecordStatus, RecordView, RelatedHelp, TermView};
pub use model::{Details, Kind, LocalizedText, PackContent, PackInfo, Record, Source};
pub use search::{PlaceSource, SearchHit, SearchOptions, SearchPlace, SearchResults};
pub use store::interrupt::InterruptHandle;

/// The shared taxonomy of topics and categories, compiled in.
pub fn taxonomy() -> &'static taxonomy::Taxonomy {
    static TAXONOMY: std::sync::OnceLock<taxonomy::Taxonomy> = std::sync::OnceLock::new();
    TAXONOMY.get_or_init(|| {
        taxonomy::Taxonomy::parse(include_str!("../../content/taxonomy.toml"))
            .expect("the build script validated content/taxonomy.toml")
    })
}

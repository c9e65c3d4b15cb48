//! Resident Guide core: the content model, the local store, search and packs.
//!
//! Pure Rust. It never opens a socket and knows nothing of FFI; the
//! `guide-ffi` crate wraps it for Android and iOS, the `guide` CLI for
//! terminals. Nothing here logs or keeps what a person searched for.
//!
//! Layers point one way (see `docs/architecture.md`): foundations
//! ([`clock`], [`text`], [`geo`], [`hours`], [`i18n`], [`markdown`],
//! [`freshness`], and
//! [`model`], [`taxonomy`], [`source`] from `guide-content`) → [`store`]
//! (data access only) → [`index`] → [`ingest`] → [`search`], [`directory`],
//! [`pack`], [`view`], [`share`] → [`Guide`] and the public [`Error`].

pub mod clock;
pub mod directory;
pub mod error;
pub mod freshness;
pub mod geo;
pub mod guide;
pub mod hours;
pub mod i18n;
pub mod index;
pub mod ingest;
pub mod markdown;
pub mod pack;
pub mod search;
pub mod share;
pub mod store;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod view;
pub mod zone;

pub use clock::Clock;
pub use error::{Error, ErrorKind, Result};
pub use guide::{Guide, GuideOptions};
pub use guide_content::{model, source, taxonomy};
pub use model::{Details, Kind, LocalizedText, PackContent, PackInfo, Record, Source};
pub use search::{PlaceSource, SearchHit, SearchOptions, SearchPlace, SearchResults};
pub use store::interrupt::InterruptHandle;
pub use view::{PackStatus, RecordStatus, RecordView, RelatedHelp, TermView};

/// The shared taxonomy of topics and categories, compiled in.
pub fn taxonomy() -> &'static taxonomy::Taxonomy {
    static TAXONOMY: std::sync::OnceLock<taxonomy::Taxonomy> = std::sync::OnceLock::new();
    TAXONOMY.get_or_init(|| {
        taxonomy::Taxonomy::parse(include_str!("../../content/taxonomy.toml"))
            .expect("the build script validated content/taxonomy.toml")
    })
}

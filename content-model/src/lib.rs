//! What Resident Guide content is and how it is written down: the record
//! model ([`model`]), the shared taxonomy of topics and categories
//! ([`taxonomy`]), the reader of a pack's human-editable sources
//! ([`source`], with its [`SourceError`]) and the writer of pack files
//! ([`packfile`]: container, manifest, zstd payload).
//!
//! Its own crate so that the core uses it as a normal dependency and the
//! core's build script as a build-dependency: the build turns
//! `content/default/` into the bundled pack with exactly the code
//! `guide pack build` runs, and the bundled pack is a pack file like any
//! other. It must stay small (serde, toml, zstd, sha2) and never touch a
//! store, a network or FFI.

pub mod model;
pub mod packfile;
pub mod source;
pub mod taxonomy;

pub use source::SourceError;

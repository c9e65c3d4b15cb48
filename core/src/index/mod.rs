//! The indexes over stored records, one module per family, each owning the
//! rows it writes: [`text`] (`text_fts` and its analysis), [`geo`] (listing
//! points, placed as precisely as each source states, and service-area
//! boxes) and [`facts`] (filter fields and served
//! codes). `crate::ingest` fills them in the install's transaction; `search`
//! and `directory` read them. Above the store, below everything that asks.

pub mod facts;
pub mod geo;
pub mod text;

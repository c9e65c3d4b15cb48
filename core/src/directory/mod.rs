//! The clinic and partner directory: "free immigration lawyer near me who
//! speaks Spanish and is open now" — filters that combine with text search
//! and with `nearby`, the nearest listings to a place, and what the store
//! keeps to answer that fast (service-area codes and polygon boxes).

pub mod filters;
pub mod nearby;

pub use filters::Filters;
pub use nearby::{ListingStatus, NearbyHit, NearbyOptions, NearbyResults};

//! Helpers for the tests of every crate in the workspace (the core's, the
//! CLI's end-to-end tests, the bindings'), behind the `testing` feature so
//! no release build carries them: synthetic fixtures ([`fixtures`]).
//!
//! After mozilla application-services' `suggest::testing`: one place for
//! test data, so a fixture is fixed once for every suite.

pub mod fixtures;

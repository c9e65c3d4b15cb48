//! The core's public error, and what a screen does about each
//! ([`Error::kind`]). Every module returns its own error (`StoreError`,
//! `PackError`, `SearchError`, `PlaceError`, `ShareError`, `SourceError`…);
//! each maps here through an exhaustive match with no wildcard arm, so a new
//! variant does not compile until someone decides its public meaning.
//! Messages never carry query text or anything else a person typed: errors
//! may be shown, and a screenshot travels.

use std::convert::Infallible;

use crate::geo::PlaceError;
use crate::ingest::IngestError;
use crate::pack::install::InstallError;
use crate::pack::{PackError, PackProblem};
use crate::search::SearchError;
use crate::share::ShareError;
use crate::source::SourceError;
use crate::store::StoreError;

/// Everything that can go wrong in the core, as its callers see it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite failed; `context` says what the core was doing.
    #[error("storage error while {context}: {source}")]
    Storage {
        /// What the core was doing, e.g. "installing pack us-default".
        context: &'static str,
        /// The underlying SQLite error.
        #[source]
        source: rusqlite::Error,
    },
    /// The data directory could not be created or read.
    #[error("cannot use data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: std::path::PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The store was written by a newer version of the app; it is left untouched.
    #[error(
        "the local store has schema version {found}, newer than this app's {supported}; update the app"
    )]
    SchemaTooNew {
        /// Version found in the file.
        found: u32,
        /// Newest version this build understands.
        supported: u32,
    },
    /// A pack's sources are invalid (file and line inside).
    #[error("invalid pack sources: {0}")]
    Source(#[from] SourceError),
    /// A pack file was refused or is damaged; the store is unchanged.
    #[error("{0}")]
    Pack(#[from] PackError),
    /// The embedded default pack could not be read (a build defect).
    #[error("the embedded default pack is unreadable: {0}")]
    EmbeddedPack(String),
    /// No installed record has this id.
    #[error("no record with id `{id}`")]
    NotFound {
        /// The id asked for.
        id: String,
    },
    /// A ZIP code or city is not in the offline gazetteer. The message names
    /// the kind of place, never what was typed.
    #[error("unknown {kind}: it is not in the offline gazetteer of US ZIP codes and places")]
    UnknownPlace {
        /// "ZIP code" or "city".
        kind: &'static str,
    },
    /// A city named without its state could be several places; the person
    /// chooses one (the choices are gazetteer names, never what was typed).
    #[error("more than one place has that name; add the state: {}", choices.join(" · "))]
    AmbiguousPlace {
        /// "Springfield, IL", "Springfield, MO"…: the places it may mean, largest first.
        choices: Vec<String>,
    },
    /// A record cannot be shared in the format asked for (an article has no
    /// phone for `tel:`, a listing without a location has no `geo:` URI).
    #[error("cannot share this record as {format}: it has no {missing}")]
    NotShareable {
        /// The format asked for.
        format: &'static str,
        /// What the record lacks.
        missing: &'static str,
    },
    /// The query was interrupted by a newer one.
    #[error("the query was interrupted")]
    Interrupted,
}

/// What a screen must tell apart: one per action a person can take.
/// Deliberately exhaustive (the bindings match it without a wildcard).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The app is too old for what it found (a newer store, a pack in a newer
    /// format or for a newer core): ask the person to update the app.
    UpdateApp,
    /// A pack file (or pack sources) is damaged or malformed: ask for it again.
    InvalidPack,
    /// A well-formed pack was refused (trust, version): say why.
    PackRefused,
    /// No installed record or pack has the id asked for.
    NotFound,
    /// The ZIP code or city is unknown offline: ask for another.
    UnknownPlace,
    /// A city named without its state could be several places: offer the
    /// choices ([`Error::place_choices`]) to pick from.
    AmbiguousPlace,
    /// The record cannot be shared in that format.
    NotShareable,
    /// A newer query interrupted this one: drop its result.
    Interrupted,
    /// The device's storage failed (disk full, damaged file, a build defect).
    Storage,
}

impl Error {
    /// What a screen does about this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::SchemaTooNew { .. } => ErrorKind::UpdateApp,
            Error::Pack(pack) => match pack.problem() {
                PackProblem::Invalid => ErrorKind::InvalidPack,
                PackProblem::Refused => ErrorKind::PackRefused,
                PackProblem::NeedsNewerApp => ErrorKind::UpdateApp,
            },
            Error::Source(_) => ErrorKind::InvalidPack,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::UnknownPlace { .. } => ErrorKind::UnknownPlace,
            Error::AmbiguousPlace { .. } => ErrorKind::AmbiguousPlace,
            Error::NotShareable { .. } => ErrorKind::NotShareable,
            Error::Interrupted => ErrorKind::Interrupted,
            Error::Storage { .. } | Error::DataDir { .. } | Error::EmbeddedPack(_) => {
                ErrorKind::Storage
            }
        }
    }

    /// The places an [`Error::AmbiguousPlace`] offers ("Springfield, IL", …,
    /// largest first); empty for every other error.
    pub fn place_choices(&self) -> &[String] {
        match self {
            Error::AmbiguousPlace { choices } => choices,
            _ => &[],
        }
    }
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Error {
        match err {
            StoreError::Sqlite { context, source } => Error::Storage { context, source },
            StoreError::SchemaTooNew { found, supported } => {
                Error::SchemaTooNew { found, supported }
            }
            StoreError::NotFound { id } => Error::NotFound { id },
            StoreError::Interrupted => Error::Interrupted,
        }
    }
}

impl From<SearchError> for Error {
    fn from(err: SearchError) -> Error {
        match err {
            SearchError::Store(err) => err.into(),
            SearchError::Concepts(err) => Error::Source(err),
        }
    }
}

impl From<InstallError> for Error {
    fn from(err: InstallError) -> Error {
        match err {
            InstallError::Pack(err) => Error::Pack(err),
            InstallError::Store(err) => err.into(),
        }
    }
}

impl<E: Into<Error>> From<IngestError<E>> for Error {
    fn from(err: IngestError<E>) -> Error {
        match err {
            IngestError::Store(err) => err.into(),
            IngestError::IdTaken { id, owner } => Error::Pack(PackError::IdTaken { id, owner }),
            IngestError::Input(err) => err.into(),
        }
    }
}

impl From<PlaceError> for Error {
    fn from(err: PlaceError) -> Error {
        match err {
            PlaceError::Unknown { kind } => Error::UnknownPlace { kind },
            PlaceError::Ambiguous { choices } => Error::AmbiguousPlace { choices },
        }
    }
}

impl From<ShareError> for Error {
    fn from(err: ShareError) -> Error {
        match err {
            ShareError::NotShareable { format, missing } => Error::NotShareable { format, missing },
        }
    }
}

impl From<Infallible> for Error {
    fn from(never: Infallible) -> Error {
        match never {}
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

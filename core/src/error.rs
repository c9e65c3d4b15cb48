//! The core's error type. Messages never carry query text or anything else a
//! person typed: errors may be shown, and a screenshot travels.

use crate::pack::PackError;
use crate::pack::source::SourceError;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
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

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches what the core was doing to a SQLite error.
pub(crate) trait StorageContext<T> {
    /// Wraps the error as [`Error::Storage`] with `context`, or
    /// [`Error::Interrupted`] when SQLite reports an interrupt.
    fn context(self, context: &'static str) -> Result<T>;
}

impl<T> StorageContext<T> for rusqlite::Result<T> {
    fn context(self, context: &'static str) -> Result<T> {
        self.map_err(|source| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::OperationInterrupted) => Error::Interrupted,
            _ => Error::Storage { context, source },
        })
    }
}

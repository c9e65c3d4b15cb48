//! What can go wrong in the store. Messages never carry query text: errors
//! may be shown, and a screenshot travels.

/// A failure of the local store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed; `context` says what the store was doing.
    #[error("storage error while {context}: {source}")]
    Sqlite {
        /// What the store was doing, e.g. "reading a record".
        context: &'static str,
        /// The underlying SQLite error.
        #[source]
        source: rusqlite::Error,
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
    /// No stored record has this id.
    #[error("no record with id `{id}`")]
    NotFound {
        /// The id asked for.
        id: String,
    },
    /// The operation's interrupt scope was interrupted (a newer keystroke).
    #[error("the query was interrupted")]
    Interrupted,
}

impl StoreError {
    /// A stored value that does not decode (JSON, an `fst` map), as a
    /// storage error while `context`.
    pub(crate) fn corrupt(
        context: &'static str,
        err: impl std::error::Error + Send + Sync + 'static,
    ) -> StoreError {
        StoreError::Sqlite {
            context,
            source: rusqlite::Error::ToSqlConversionFailure(Box::new(err)),
        }
    }
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Attaches what the store was doing to a SQLite error.
pub(crate) trait StorageContext<T> {
    /// Wraps the error as [`StoreError::Sqlite`] with `context`, or
    /// [`StoreError::Interrupted`] when SQLite reports an interrupt.
    fn context(self, context: &'static str) -> Result<T>;
}

impl<T> StorageContext<T> for rusqlite::Result<T> {
    fn context(self, context: &'static str) -> Result<T> {
        self.map_err(|source| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::OperationInterrupted) => StoreError::Interrupted,
            _ => StoreError::Sqlite { context, source },
        })
    }
}

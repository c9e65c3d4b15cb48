//! The one error type the apps see: a handful of variants a UI can act on.
//! Messages never carry query text.

use guide_core::{Error as CoreError, ErrorKind};

/// What went wrong, in the terms a screen can act on.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum GuideError {
    /// A pack file is malformed, truncated or unreadable; nothing was changed.
    #[error("invalid pack: {reason}")]
    InvalidPack {
        /// What is wrong with it.
        reason: String,
    },
    /// A well-formed pack was refused (signature, trust, version); nothing was changed.
    #[error("pack refused: {reason}")]
    PackRefused {
        /// Why it was refused.
        reason: String,
    },
    /// No installed record or pack has the id asked for.
    #[error("not found")]
    NotFound,
    /// An argument is out of range or not one of the allowed values.
    #[error("invalid argument: {reason}")]
    InvalidArgument {
        /// What is wrong.
        reason: String,
    },
    /// The ZIP code or city typed is not in the offline gazetteer: ask for another.
    #[error("unknown place")]
    UnknownPlace,
    /// A city typed without its state could be several places: offer
    /// `choices` ("Springfield, IL", …, largest first) to pick from.
    #[error("ambiguous place")]
    AmbiguousPlace {
        /// The places it may mean, as "Name, ST".
        choices: Vec<String>,
    },
    /// The record cannot be shared in that format (e.g. no phone for `tel:`).
    #[error("not shareable: {reason}")]
    NotShareable {
        /// What the record lacks.
        reason: String,
    },
    /// The app is too old for what it found (a store written by a newer
    /// app, a pack in a newer format or for a newer core): ask the person to
    /// update the app. Nothing was changed.
    #[error("update required: {reason}")]
    UpdateRequired {
        /// What needs the newer app.
        reason: String,
    },
    /// A newer query interrupted this one; drop its result.
    #[error("interrupted")]
    Interrupted,
    /// The local store failed (disk full, file damaged, newer app's data).
    #[error("storage error: {reason}")]
    Storage {
        /// What failed.
        reason: String,
    },
}

impl From<CoreError> for GuideError {
    /// By the core's [`ErrorKind`]: an exhaustive match, so a new kind does
    /// not compile until it has an FFI meaning.
    fn from(err: CoreError) -> Self {
        let reason = err.to_string();
        match err.kind() {
            ErrorKind::UpdateApp => GuideError::UpdateRequired { reason },
            ErrorKind::InvalidPack => GuideError::InvalidPack { reason },
            ErrorKind::PackRefused => GuideError::PackRefused { reason },
            ErrorKind::NotFound => GuideError::NotFound,
            ErrorKind::UnknownPlace => GuideError::UnknownPlace,
            ErrorKind::AmbiguousPlace => GuideError::AmbiguousPlace {
                choices: err.place_choices().to_vec(),
            },
            ErrorKind::NotShareable => GuideError::NotShareable { reason },
            ErrorKind::Interrupted => GuideError::Interrupted,
            ErrorKind::Storage => GuideError::Storage { reason },
        }
    }
}

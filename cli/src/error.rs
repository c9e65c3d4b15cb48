//! The CLI's one error type, and the exit code each kind of failure gets
//! (the output contract in `main.rs`): 2 for bad arguments, 1 for input the
//! guide refused or anything else that failed. Every message is one line.

use std::path::PathBuf;
use std::process::ExitCode;

use guide_core::ErrorKind;

use crate::words::Words;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line is wrong (exit 2; clap prints it).
    #[error("{0}")]
    Usage(clap::Error),
    /// The guide failed or refused what it was given.
    #[error("{0}")]
    Guide(#[from] guide_core::Error),
    /// A place the guide cannot resolve (unknown, or several places share
    /// the name), said in the person's language: what a resident mistypes.
    #[error("{0}")]
    Place(String),
    /// A pack file, key or statement was refused: "refused: …".
    #[error("refused: {0}")]
    Refused(String),
    /// Input that is not what the command takes (a key, a date, a prefix).
    #[error("{0}")]
    Invalid(String),
    /// Something the command needs failed (the OS's randomness, a date sum).
    #[error("{0}")]
    Failed(String),
    /// A file could not be read, created or written.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// "read", "create" or "write".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

impl CliError {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Usage(_) => ExitCode::from(2),
            CliError::Guide(_)
            | CliError::Place(_)
            | CliError::Refused(_)
            | CliError::Invalid(_)
            | CliError::Failed(_)
            | CliError::Io { .. } => ExitCode::FAILURE,
        }
    }

    /// A core error as `guide` reports it: places in the person's language
    /// (`words`), as [`CliError::Place`]; others as the core says.
    pub fn localized(words: &Words, err: guide_core::Error) -> Self {
        match err.kind() {
            ErrorKind::UnknownPlace => CliError::Place(words.t("place-unknown")),
            ErrorKind::AmbiguousPlace => CliError::Place(words.f(
                "place-ambiguous",
                &[("choices", &err.place_choices().join(" · "))],
            )),
            // Exhaustive: a new kind does not compile until it is decided
            // whether the CLI says it in the person's language.
            ErrorKind::UpdateApp
            | ErrorKind::InvalidPack
            | ErrorKind::PackRefused
            | ErrorKind::NotFound
            | ErrorKind::NotShareable
            | ErrorKind::Interrupted
            | ErrorKind::Storage => CliError::Guide(err),
        }
    }

    /// `action` failed on `path`.
    pub fn io(action: &'static str, path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.to_path_buf();
        move |source| CliError::Io {
            action,
            path,
            source,
        }
    }
}

impl From<guide_core::pack::PackError> for CliError {
    fn from(err: guide_core::pack::PackError) -> CliError {
        CliError::Guide(err.into())
    }
}

/// What every command returns.
pub type CmdResult<T = ()> = Result<T, CliError>;

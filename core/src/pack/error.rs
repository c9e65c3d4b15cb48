//! Why a pack file was not installed. Three families, because a screen acts
//! differently on them ([`PackError::problem`]): an invalid pack is damaged
//! or malformed (ask for the file again); a refused pack is well-formed but
//! not acceptable (untrusted, revoked, older); a pack this app is too old for
//! (update the app). Either way nothing changed.

/// Everything that stops a pack file from being read or installed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The file does not start with the pack magic bytes.
    #[error("not a Resident Guide pack file (wrong magic bytes)")]
    NotAPack,
    /// The file ends before a part it announces.
    #[error("truncated: the file ends at byte {len}, inside the {part} (needs {needed} bytes)")]
    Truncated {
        /// Which part was cut short.
        part: &'static str,
        /// The file's length.
        len: u64,
        /// The length the part needs.
        needed: u64,
    },
    /// A part is larger than this app accepts.
    #[error("too large: the {part} is {size} bytes, the limit is {limit}")]
    TooLarge {
        /// Which part.
        part: &'static str,
        /// Its size (declared or actual).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The payload decompressed past the size the manifest declared (a
    /// decompression bomb, or a broken build).
    #[error("the payload decompresses past its declared {declared} bytes")]
    Inflated {
        /// The size the signed manifest declared.
        declared: u64,
    },
    /// The manifest is not the JSON this app expects.
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    /// The pack uses a container format this app does not read.
    #[error("unsupported pack format version {found} (this app reads {supported})")]
    UnsupportedFormat {
        /// The format version in the file.
        found: u32,
        /// The version this app reads.
        supported: u32,
    },
    /// The payload could not be decompressed or decoded.
    #[error("the payload is damaged: {0}")]
    BadPayload(String),
    /// A record in the payload breaks the content rules.
    #[error("record {index} is invalid: {reason}")]
    BadRecord {
        /// 0-based position in the payload.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// A trust statement file is malformed.
    #[error("the trust statement is not valid: {0}")]
    BadStatement(String),
    /// A key file is malformed.
    #[error("not a valid key: {0}")]
    BadKey(String),

    /// The signature does not match the manifest and the key in the file.
    #[error("bad signature: the manifest was changed or not signed by key {key_id}")]
    BadSignature {
        /// Short id of the key the file names.
        key_id: String,
    },
    /// The payload's size or SHA-256 differs from the signed manifest.
    #[error("payload hash mismatch: the payload was changed after signing")]
    HashMismatch,
    /// No trusted root delegates the signing key, and it is not trusted locally.
    #[error("unknown key {key_id}: no trusted delegation for it")]
    UnknownKey {
        /// Short id of the signing key.
        key_id: String,
    },
    /// The key is trusted, but not for this pack id.
    #[error("key {key_id} is not allowed to sign `{pack_id}`")]
    NotAllowed {
        /// Short id of the signing key.
        key_id: String,
        /// The pack id it tried to sign.
        pack_id: String,
    },
    /// A root revoked the signing key.
    #[error("key {key_id} was revoked")]
    Revoked {
        /// Short id of the revoked key.
        key_id: String,
    },
    /// The delegation for the signing key has expired.
    #[error("the delegation of key {key_id} expired on {expired}")]
    DelegationExpired {
        /// Short id of the key.
        key_id: String,
        /// The day it expired.
        expired: String,
    },
    /// The pack is older than the installed one (a replay or rollback).
    #[error("rollback refused: `{pack_id}` v{installed} is installed, this file is v{offered}")]
    Rollback {
        /// The pack id.
        pack_id: String,
        /// The installed version.
        installed: u64,
        /// The version in the file.
        offered: u64,
    },
    /// The same version is installed with different content.
    #[error(
        "`{pack_id}` v{version} is already installed with different content; a changed pack needs a higher version"
    )]
    SameVersionDifferent {
        /// The pack id.
        pack_id: String,
        /// The version.
        version: u64,
    },
    /// The pack needs a newer app.
    #[error("this pack needs app core version {needed} or newer (this is {current})")]
    NeedsNewerApp {
        /// The lowest core version that reads it.
        needed: String,
        /// This core's version.
        current: String,
    },
    /// A root statement is older than the one already kept for that key.
    #[error("trust statement serial {offered} is not newer than the kept {kept} for key {key_id}")]
    StaleStatement {
        /// Short id of the key.
        key_id: String,
        /// The serial kept on the device.
        kept: u64,
        /// The serial offered.
        offered: u64,
    },
    /// The statement is not signed by a root this app trusts.
    #[error("the trust statement is not signed by a trusted root key")]
    UntrustedRoot,
    /// A record id the pack uses already belongs to another installed pack.
    #[error("record id `{id}` already belongs to installed pack `{owner}`")]
    IdTaken {
        /// The record id.
        id: String,
        /// The pack that has it.
        owner: String,
    },
    /// The bundled pack ships with the app and has no file to export.
    #[error("the bundled pack `{0}` ships with the app and has no file to export")]
    Bundled(String),
}

/// What a screen does about a pack that was not installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackProblem {
    /// Damaged or malformed: ask for the file again.
    Invalid,
    /// Well-formed but not acceptable (trust, version): say why, change nothing.
    Refused,
    /// Made for a newer app (container format, core version): update the app.
    NeedsNewerApp,
}

impl PackError {
    /// The family of this error. An exhaustive match, so a new variant does
    /// not compile until someone decides what a screen does about it.
    pub fn problem(&self) -> PackProblem {
        match self {
            PackError::NotAPack
            | PackError::Truncated { .. }
            | PackError::TooLarge { .. }
            | PackError::Inflated { .. }
            | PackError::BadManifest(_)
            | PackError::BadPayload(_)
            | PackError::BadRecord { .. }
            | PackError::BadStatement(_)
            | PackError::BadKey(_) => PackProblem::Invalid,
            PackError::UnsupportedFormat { .. } | PackError::NeedsNewerApp { .. } => {
                PackProblem::NeedsNewerApp
            }
            PackError::BadSignature { .. }
            | PackError::HashMismatch
            | PackError::UnknownKey { .. }
            | PackError::NotAllowed { .. }
            | PackError::Revoked { .. }
            | PackError::DelegationExpired { .. }
            | PackError::Rollback { .. }
            | PackError::SameVersionDifferent { .. }
            | PackError::StaleStatement { .. }
            | PackError::UntrustedRoot
            | PackError::IdTaken { .. }
            | PackError::Bundled(_) => PackProblem::Refused,
        }
    }

    /// `true` for a file this app cannot read (damaged, malformed, or a
    /// container format it does not know); `false` for a readable pack that
    /// was refused (trust, version, or a newer core than this one).
    pub fn is_invalid(&self) -> bool {
        match self.problem() {
            PackProblem::Invalid => true,
            PackProblem::Refused => false,
            PackProblem::NeedsNewerApp => matches!(self, PackError::UnsupportedFormat { .. }),
        }
    }
}

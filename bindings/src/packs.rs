//! Pack exports: install a pack file handed over (file share, QR transfer,
//! download by the native shell), list, remove, and export for sharing.

use crate::{Guide, GuideError};

/// What an install did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InstallResult {
    /// The pack's id.
    pub pack_id: String,
    /// The version now installed.
    pub version: u64,
    /// The version it replaced, if any (equal to `version` when the same file was offered again).
    pub replaced: Option<u64>,
    /// Records now searchable from it.
    pub records: u64,
}

/// An installed pack, for the packs screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackSummary {
    /// Stable id.
    pub pack_id: String,
    /// Who publishes it.
    pub publisher: String,
    /// Installed version.
    pub version: u64,
    /// Area it covers, as people name it.
    pub area: Option<String>,
    /// Languages its texts are in.
    pub languages: Vec<String>,
    /// Number of records.
    pub records: u64,
    /// When it was built (RFC 3339); null for the bundled pack.
    pub created: Option<String>,
    /// First stale day; null for the bundled pack.
    pub expires: Option<String>,
    /// Set when the pack is stale: show "out of date since …" (it still answers).
    pub stale_since: Option<String>,
    /// True for the pack that ships with the app (it cannot be exported).
    pub bundled: bool,
}

#[uniffi::export]
impl Guide {
    /// Verifies the pack file `bytes` and installs it. On any problem nothing
    /// changes and the error says why: `InvalidPack` (damaged file: ask for
    /// it again) or `PackRefused` (untrusted, revoked or older version).
    pub fn install_pack(&self, bytes: Vec<u8>) -> Result<InstallResult, GuideError> {
        let installed = self.inner.install_pack(&bytes)?;
        Ok(InstallResult {
            pack_id: installed.pack_id,
            version: installed.version,
            replaced: installed.replaced,
            records: installed.records,
        })
    }

    /// Trusts the publisher key `public_key_text` (the `RGPK …` text of a
    /// `guide keygen` public key file) on this device for pack ids equal to
    /// one of `prefixes` or continuing it after a `-` ("dev" covers
    /// "dev-kotlin-fixture"), without a root's delegation: for
    /// development builds, tests and closed pilots. A malformed key throws
    /// `InvalidArgument`.
    pub fn trust_key(
        &self,
        public_key_text: String,
        prefixes: Vec<String>,
    ) -> Result<(), GuideError> {
        let key =
            guide_core::pack::keys::PublicKey::from_text(&public_key_text).map_err(|err| {
                GuideError::InvalidArgument {
                    reason: err.to_string(),
                }
            })?;
        Ok(self.inner.trust_key(key, prefixes)?)
    }

    /// Every installed pack, stale ones marked.
    pub fn packs(&self) -> Result<Vec<PackSummary>, GuideError> {
        Ok(self
            .inner
            .packs()?
            .into_iter()
            .map(|status| PackSummary {
                pack_id: status.pack.info.pack_id,
                publisher: status.pack.info.publisher,
                version: status.pack.version,
                area: status.pack.info.area,
                languages: status.pack.info.languages,
                records: status.pack.records,
                created: status.pack.created,
                expires: status.pack.expires,
                stale_since: status.stale_since,
                bundled: status.bundled,
            })
            .collect())
    }

    /// Removes the installed pack `pack_id` and exactly its records.
    pub fn remove_pack(&self, pack_id: String) -> Result<(), GuideError> {
        Ok(self.inner.remove_pack(&pack_id)?)
    }

    /// The installed pack's file, byte for byte, to hand to another phone
    /// (which verifies it like any pack).
    pub fn export_pack(&self, pack_id: String) -> Result<Vec<u8>, GuideError> {
        Ok(self.inner.export_pack(&pack_id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_errors_reach_the_apps_as_the_two_actionable_kinds() {
        let dir = tempfile::tempdir().unwrap();
        let guide =
            Guide::open(dir.path().to_string_lossy().into_owned(), vec!["en".into()]).unwrap();
        // Damaged: ask for the file again.
        assert!(matches!(
            guide.install_pack(b"RGPACK\r\n\x01".to_vec()),
            Err(GuideError::InvalidPack { .. })
        ));
        // Well-formed but not exportable / unknown: acted on differently.
        assert!(matches!(
            guide.export_pack("us-default".into()),
            Err(GuideError::PackRefused { .. })
        ));
        assert!(matches!(
            guide.remove_pack("nope".into()),
            Err(GuideError::NotFound)
        ));
        let packs = guide.packs().unwrap();
        assert!(
            packs
                .iter()
                .any(|p| p.pack_id == "us-default" && p.bundled && p.stale_since.is_none())
        );
    }
}

//! The pack file container (documented for publishers in
//! `docs/pack-format.md`):
//!
//! ```text
//! "RGPACK\r\n"                  8 bytes of magic
//! manifest length               u32, little-endian, at most MAX_MANIFEST
//! manifest                      UTF-8 JSON (Manifest), the signed bytes
//! signer public key             32 bytes, Ed25519
//! signature                     64 bytes, Ed25519 over the manifest bytes exactly
//! statement length              u32, little-endian (0: none), at most MAX_STATEMENT
//! statement                     a root-signed delegation of the signer (trust.rs)
//! payload                       the rest: zstd-compressed JSON lines, one record each
//! ```
//!
//! Parsing only slices the bytes and checks lengths; nothing is decompressed
//! or trusted here (see `verify.rs`).

use super::error::PackError;
use super::keys::PublicKey;

pub use guide_content::packfile::{
    Coverage, FORMAT_VERSION, MAGIC, MAX_MANIFEST, MAX_STATEMENT, Manifest, PayloadInfo,
};

/// Writes a pack file from its parts (the inverse of [`PackParts::parse`]).
pub fn write(
    manifest: &[u8],
    signer: &PublicKey,
    signature: &[u8; 64],
    statement: Option<&[u8]>,
    payload: &[u8],
) -> Vec<u8> {
    guide_content::packfile::write(manifest, &signer.to_bytes(), signature, statement, payload)
}

/// A pack file cut into its parts, nothing verified yet.
#[derive(Debug, Clone, Copy)]
pub struct PackParts<'a> {
    /// The manifest's exact bytes (what the signature covers).
    pub manifest: &'a [u8],
    /// The key the file says signed it.
    pub signer: [u8; 32],
    /// The signature over `manifest`.
    pub signature: [u8; 64],
    /// The embedded root-signed statement, if any.
    pub statement: Option<&'a [u8]>,
    /// The compressed payload.
    pub payload: &'a [u8],
}

impl<'a> PackParts<'a> {
    /// Cuts `file` into its parts, refusing bad magic, truncation and
    /// oversized parts. Reads nothing beyond lengths.
    pub fn parse(file: &'a [u8]) -> Result<PackParts<'a>, PackError> {
        let mut reader = Cursor { file, at: 0 };
        if file.len() < MAGIC.len() || &file[..MAGIC.len()] != MAGIC {
            return Err(PackError::NotAPack);
        }
        reader.at = MAGIC.len();
        let manifest_len = reader.u32("manifest length")?;
        if manifest_len > MAX_MANIFEST {
            return Err(PackError::TooLarge {
                part: "manifest",
                size: manifest_len.into(),
                limit: MAX_MANIFEST.into(),
            });
        }
        let manifest = reader.take(manifest_len as usize, "manifest")?;
        let signer = reader.take(32, "signer key")?.try_into().expect("32 bytes");
        let signature = reader.take(64, "signature")?.try_into().expect("64 bytes");
        let statement_len = reader.u32("statement length")?;
        if statement_len > MAX_STATEMENT {
            return Err(PackError::TooLarge {
                part: "trust statement",
                size: statement_len.into(),
                limit: MAX_STATEMENT.into(),
            });
        }
        let statement = match statement_len {
            0 => None,
            len => Some(reader.take(len as usize, "trust statement")?),
        };
        Ok(PackParts {
            manifest,
            signer,
            signature,
            statement,
            payload: &file[reader.at..],
        })
    }
}

struct Cursor<'a> {
    file: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, len: usize, part: &'static str) -> Result<&'a [u8], PackError> {
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.file.len())
            .ok_or(PackError::Truncated {
                part,
                len: self.file.len() as u64,
                needed: (self.at + len) as u64,
            })?;
        let bytes = &self.file[self.at..end];
        self.at = end;
        Ok(bytes)
    }

    fn u32(&mut self, part: &'static str) -> Result<u32, PackError> {
        Ok(u32::from_le_bytes(
            self.take(4, part)?.try_into().expect("4 bytes"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::keys::SecretKey;

    #[test]
    fn parts_round_trip() {
        let key = SecretKey::from_seed(&[1; 32]);
        let file = write(
            b"{}",
            &key.public_key(),
            &[9; 64],
            Some(b"stmt"),
            b"payload",
        );
        let parts = PackParts::parse(&file).unwrap();
        assert_eq!(parts.manifest, b"{}");
        assert_eq!(parts.signer, key.public_key().to_bytes());
        assert_eq!(parts.signature, [9; 64]);
        assert_eq!(parts.statement, Some(&b"stmt"[..]));
        assert_eq!(parts.payload, b"payload");
    }

    #[test]
    fn every_truncation_inside_the_header_is_named() {
        let key = SecretKey::from_seed(&[1; 32]);
        let file = write(
            b"{\"a\":1}",
            &key.public_key(),
            &[9; 64],
            Some(b"stmt"),
            b"",
        );
        for len in 0..file.len() {
            let err = PackParts::parse(&file[..len]).unwrap_err();
            assert!(
                matches!(err, PackError::NotAPack | PackError::Truncated { .. }),
                "{len}: {err}"
            );
        }
    }

    #[test]
    fn oversized_lengths_are_refused_before_reading() {
        let mut file = MAGIC.to_vec();
        file.extend_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(
            PackParts::parse(&file),
            Err(PackError::TooLarge {
                part: "manifest",
                ..
            })
        ));
    }
}

//! Ed25519 keys as small text files a city editor can keep and pass around:
//! `RGPK <base64>` for a public key, `RGSK <base64>` for a secret key, each
//! under an `untrusted comment:` line like minisign's.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use super::error::PackError;

/// A public key: verifies packs and trust statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub(crate) VerifyingKey);

/// A secret key: signs packs (publishers) or statements (roots).
pub struct SecretKey(SigningKey);

impl PublicKey {
    /// The key from its 32 raw bytes.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<PublicKey, PackError> {
        VerifyingKey::from_bytes(bytes)
            .map(PublicKey)
            .map_err(|_| PackError::BadKey("not an Ed25519 public key".into()))
    }

    /// The 32 raw bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// Short, stable id shown to people: first 8 bytes of SHA-256, hex.
    pub fn key_id(&self) -> String {
        Sha256::digest(self.0.as_bytes())[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// `RGPK <base64>`: the form used in key files, statements and the CLI.
    pub fn to_text(&self) -> String {
        format!("RGPK {}", BASE64.encode(self.0.as_bytes()))
    }

    /// Parses `RGPK <base64>` (an `untrusted comment:` line before it is skipped).
    pub fn from_text(text: &str) -> Result<PublicKey, PackError> {
        let bytes = decode_key_line(text, "RGPK")?;
        PublicKey::from_bytes(&bytes)
    }

    /// Whether `signature` is this key's signature of `message`.
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let signature = ed25519_dalek::Signature::from_bytes(signature);
        self.0.verify_strict(message, &signature).is_ok()
    }
}

impl SecretKey {
    /// The key from a 32-byte seed (from the OS random source when generating).
    pub fn from_seed(seed: &[u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(seed))
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The detached signature of `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }

    /// The key file text: a comment line naming the public key, then `RGSK <base64 seed>`.
    pub fn to_text(&self) -> String {
        format!(
            "untrusted comment: Resident Guide secret key {} - keep private\nRGSK {}\n",
            self.public_key().key_id(),
            BASE64.encode(self.0.to_bytes())
        )
    }

    /// Parses a secret key file's text.
    pub fn from_text(text: &str) -> Result<SecretKey, PackError> {
        Ok(SecretKey::from_seed(&decode_key_line(text, "RGSK")?))
    }
}

/// The 32 bytes after `tag` on the first line that is not a comment.
fn decode_key_line(text: &str, tag: &str) -> Result<[u8; 32], PackError> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))
        .ok_or_else(|| PackError::BadKey("empty key file".into()))?;
    let encoded = line
        .strip_prefix(tag)
        .map(str::trim)
        .ok_or_else(|| PackError::BadKey(format!("expected a line starting with `{tag} `")))?;
    let bytes = BASE64
        .decode(encoded)
        .map_err(|_| PackError::BadKey("the key is not valid base64".into()))?;
    bytes
        .try_into()
        .map_err(|_| PackError::BadKey("a key is 32 bytes".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_text_and_sign() {
        let secret = SecretKey::from_seed(&[7; 32]);
        let public = secret.public_key();
        let again = SecretKey::from_text(&secret.to_text()).unwrap();
        assert_eq!(again.public_key(), public);
        assert_eq!(PublicKey::from_text(&public.to_text()).unwrap(), public);
        assert_eq!(public.key_id().len(), 16);
        let signature = secret.sign(b"manifest");
        assert!(public.verifies(b"manifest", &signature));
        assert!(!public.verifies(b"manifesT", &signature));
    }

    #[test]
    fn malformed_key_text_is_a_typed_error() {
        for text in ["", "RGPK", "RGPK !!!", "RGSK AAAA", "hello"] {
            assert!(
                matches!(PublicKey::from_text(text), Err(PackError::BadKey(_))),
                "{text:?}"
            );
        }
    }
}

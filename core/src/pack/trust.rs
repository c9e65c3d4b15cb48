//! Who may publish which packs, after The Update Framework's ideas in small.
//!
//! - **Root keys** ship with the app ([`ROOT_KEYS`]). Their secret halves are
//!   kept offline by the project and only sign statements.
//! - A root signs a **delegation**: publisher key K may sign packs whose id is
//!   one of `pack_ids` or starts with one of them followed by `-`, until
//!   `expires`. A pack carries its signer's delegation, so a pack passed
//!   phone to phone verifies with no network.
//! - A root signs a **revocation** of K with a higher `serial`. The device
//!   keeps the highest-serial statement it has seen for each key, so an old
//!   delegation replayed after a revocation is refused.
//! - For development and tests a key can be trusted locally for a prefix
//!   (`guide trust add`), which needs no root.
//!
//! Statement file: `"RGTRUST\n"`, root public key (32 bytes), Ed25519
//! signature (64 bytes) over the JSON body, then the JSON body.

use serde::{Deserialize, Serialize};

use super::error::PackError;
use super::keys::{PublicKey, SecretKey};
use crate::store::{Store, StoreError};

/// Root public keys shipped with the app (`RGPK …` text).
///
/// Empty until the project's offline root key ceremony: until then only the
/// bundled pack and locally trusted keys install, and root-delegated packs are
/// refused as `UnknownKey`. Tests pass their own roots.
pub const ROOT_KEYS: &[&str] = &[];

/// First bytes of a trust statement file.
pub const STATEMENT_MAGIC: &[u8; 8] = b"RGTRUST\n";

/// What a root says about a publisher key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Statement {
    /// The key may sign the named packs until `expires`.
    Delegation {
        /// Increases with every statement about this key.
        serial: u64,
        /// The publisher key (`RGPK …`).
        publisher_key: String,
        /// Who holds the key ("City of Baltimore").
        name: String,
        /// Pack ids or id prefixes the key may sign.
        pack_ids: Vec<String>,
        /// First day the delegation no longer holds (ISO 8601 date).
        expires: String,
    },
    /// The key may sign nothing any more.
    Revocation {
        /// Increases with every statement about this key.
        serial: u64,
        /// The publisher key (`RGPK …`).
        publisher_key: String,
        /// Why, for people reading `guide trust` output.
        reason: String,
    },
}

impl Statement {
    /// The statement's serial number.
    pub fn serial(&self) -> u64 {
        match self {
            Statement::Delegation { serial, .. } | Statement::Revocation { serial, .. } => *serial,
        }
    }

    /// The publisher key the statement is about.
    pub fn publisher_key(&self) -> Result<PublicKey, PackError> {
        match self {
            Statement::Delegation { publisher_key, .. }
            | Statement::Revocation { publisher_key, .. } => PublicKey::from_text(publisher_key),
        }
    }

    /// The statement file, signed by `root`.
    pub fn sign(&self, root: &SecretKey) -> Vec<u8> {
        let body = serde_json::to_vec(self).expect("statements serialize");
        let mut out = STATEMENT_MAGIC.to_vec();
        out.extend_from_slice(&root.public_key().to_bytes());
        out.extend_from_slice(&root.sign(&body));
        out.extend_from_slice(&body);
        out
    }
}

/// A statement file whose signature matches the root key it names (whether
/// that root is trusted is decided by [`SignedStatement::from_trusted_root`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedStatement {
    /// The root key that signed it.
    pub root: PublicKey,
    /// What it says.
    pub statement: Statement,
    /// The file's exact bytes, kept on the device.
    pub bytes: Vec<u8>,
}

impl SignedStatement {
    /// Parses `bytes` and checks the signature against the root key they name.
    pub fn parse(bytes: &[u8]) -> Result<SignedStatement, PackError> {
        let header = STATEMENT_MAGIC.len() + 32 + 64;
        if bytes.len() < header || &bytes[..STATEMENT_MAGIC.len()] != STATEMENT_MAGIC {
            return Err(PackError::BadStatement("not a trust statement file".into()));
        }
        let root = PublicKey::from_bytes(bytes[8..40].try_into().expect("32 bytes"))?;
        let signature: [u8; 64] = bytes[40..104].try_into().expect("64 bytes");
        let body = &bytes[header..];
        if !root.verifies(body, &signature) {
            return Err(PackError::BadStatement(
                "the signature does not match the statement".into(),
            ));
        }
        let statement: Statement =
            serde_json::from_slice(body).map_err(|err| PackError::BadStatement(err.to_string()))?;
        statement.publisher_key()?;
        if let Statement::Delegation { expires, .. } = &statement {
            parse_date(expires).map_err(PackError::BadStatement)?;
        }
        Ok(SignedStatement {
            root,
            statement,
            bytes: bytes.to_vec(),
        })
    }

    /// Parses `bytes` and requires the signer to be one of `roots`.
    pub fn from_trusted_root(
        bytes: &[u8],
        roots: &[PublicKey],
    ) -> Result<SignedStatement, PackError> {
        let signed = SignedStatement::parse(bytes)?;
        if roots.contains(&signed.root) {
            Ok(signed)
        } else {
            Err(PackError::UntrustedRoot)
        }
    }
}

/// A key trusted on this device without a root (development, tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalKey {
    /// The key.
    pub key: PublicKey,
    /// Pack ids or prefixes it may sign.
    pub prefixes: Vec<String>,
}

/// The keys trusted on this device without a root, as the store keeps them
/// (a row that no longer parses is skipped: it can only narrow trust).
pub fn local_keys(store: &Store) -> Result<Vec<LocalKey>, StoreError> {
    Ok(store
        .local_keys()?
        .into_iter()
        .filter_map(|stored| {
            let bytes = <[u8; 32]>::try_from(stored.key.as_slice()).ok()?;
            let key = PublicKey::from_bytes(&bytes).ok()?;
            Some(LocalKey {
                key,
                prefixes: stored.prefixes,
            })
        })
        .collect())
}

/// Trusts `key` on this device for its prefixes (replacing what it had).
pub fn trust_locally(store: &mut Store, key: &LocalKey) -> Result<(), StoreError> {
    store.add_local_key(&key.key.to_bytes(), &key.prefixes)
}

/// The root keys this build trusts: [`ROOT_KEYS`] plus `extra` (tests,
/// white-label builds).
pub fn roots(extra: &[PublicKey]) -> Vec<PublicKey> {
    ROOT_KEYS
        .iter()
        .map(|text| PublicKey::from_text(text).expect("ROOT_KEYS are valid keys"))
        .chain(extra.iter().copied())
        .collect()
}

/// Whether `prefix` allows `pack_id`: equal, or `pack_id` continues it after a `-`.
pub fn covers(prefix: &str, pack_id: &str) -> bool {
    pack_id == prefix
        || (pack_id.len() > prefix.len()
            && pack_id.starts_with(prefix)
            && pack_id.as_bytes()[prefix.len()] == b'-')
}

/// Decides whether `signer` may sign `pack_id` on `today`, from the locally
/// trusted keys, the statement the device kept for the signer, and the one
/// the pack carries (already checked to come from a trusted root). Returns
/// the statement to keep when the pack's is newer than the kept one.
pub fn authorize(
    signer: &PublicKey,
    pack_id: &str,
    today: &str,
    local: &[LocalKey],
    kept: Option<&SignedStatement>,
    carried: Option<&SignedStatement>,
) -> Result<Option<SignedStatement>, PackError> {
    let key_id = signer.key_id();
    let carried = carried.filter(|s| s.statement.publisher_key().ok().as_ref() == Some(signer));
    // The newest statement wins; a carried one older than the kept one is ignored.
    let newest = match (kept, carried) {
        (Some(k), Some(c)) if c.statement.serial() > k.statement.serial() => Some(c),
        (Some(k), _) => Some(k),
        (None, c) => c,
    };
    let to_keep = match (newest, kept) {
        (Some(n), Some(k)) if n.statement.serial() > k.statement.serial() => Some(n.clone()),
        (Some(n), None) => Some(n.clone()),
        _ => None,
    };
    match newest.map(|s| &s.statement) {
        Some(Statement::Revocation { .. }) => Err(PackError::Revoked { key_id }),
        Some(Statement::Delegation {
            pack_ids, expires, ..
        }) => {
            if today >= expires.as_str() {
                Err(PackError::DelegationExpired {
                    key_id,
                    expired: expires.clone(),
                })
            } else if pack_ids.iter().any(|p| covers(p, pack_id)) {
                Ok(to_keep)
            } else {
                Err(PackError::NotAllowed {
                    key_id,
                    pack_id: pack_id.to_string(),
                })
            }
        }
        None => match local.iter().find(|l| l.key == *signer) {
            Some(l) if l.prefixes.iter().any(|p| covers(p, pack_id)) => Ok(None),
            Some(_) => Err(PackError::NotAllowed {
                key_id,
                pack_id: pack_id.to_string(),
            }),
            None => Err(PackError::UnknownKey { key_id }),
        },
    }
}

/// Checks an ISO 8601 date (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse::<jiff::civil::Date>()
        .map_err(|err| format!("`{text}` is not a date like 2027-01-31: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delegation(serial: u64, key: &PublicKey, ids: &[&str], expires: &str) -> Statement {
        Statement::Delegation {
            serial,
            publisher_key: key.to_text(),
            name: "Test City".into(),
            pack_ids: ids.iter().map(|s| s.to_string()).collect(),
            expires: expires.into(),
        }
    }

    fn signed(statement: &Statement, root: &SecretKey) -> SignedStatement {
        SignedStatement::parse(&statement.sign(root)).unwrap()
    }

    #[test]
    fn prefixes_cover_whole_segments_only() {
        assert!(covers("us-md-baltimore", "us-md-baltimore"));
        assert!(covers("us-md", "us-md-baltimore"));
        assert!(!covers("us-md-balt", "us-md-baltimore"));
        assert!(!covers("us-md-baltimore", "us-md"));
    }

    #[test]
    fn statements_verify_only_from_trusted_roots_and_untampered() {
        let root = SecretKey::from_seed(&[1; 32]);
        let other = SecretKey::from_seed(&[2; 32]);
        let publisher = SecretKey::from_seed(&[3; 32]).public_key();
        let bytes = delegation(1, &publisher, &["us-md"], "2030-01-01").sign(&root);
        assert!(SignedStatement::from_trusted_root(&bytes, &[root.public_key()]).is_ok());
        assert_eq!(
            SignedStatement::from_trusted_root(&bytes, &[other.public_key()]),
            Err(PackError::UntrustedRoot)
        );
        let mut tampered = bytes;
        let last = tampered.len() - 3;
        tampered[last] ^= 1;
        assert!(matches!(
            SignedStatement::parse(&tampered),
            Err(PackError::BadStatement(_))
        ));
    }

    #[test]
    fn authorize_follows_delegation_expiry_and_revocation() {
        let root = SecretKey::from_seed(&[1; 32]);
        let key = SecretKey::from_seed(&[3; 32]).public_key();
        let d1 = signed(&delegation(1, &key, &["us-md"], "2030-01-01"), &root);
        assert_eq!(
            authorize(&key, "us-md-baltimore", "2026-11-26", &[], None, Some(&d1)),
            Ok(Some(d1.clone()))
        );
        assert_eq!(
            authorize(
                &key,
                "us-md-baltimore",
                "2026-11-26",
                &[],
                Some(&d1),
                Some(&d1)
            ),
            Ok(None)
        );
        assert!(matches!(
            authorize(&key, "us-ny-nyc", "2026-11-26", &[], None, Some(&d1)),
            Err(PackError::NotAllowed { .. })
        ));
        assert!(matches!(
            authorize(&key, "us-md", "2030-01-01", &[], None, Some(&d1)),
            Err(PackError::DelegationExpired { .. })
        ));
        let revoked = signed(
            &Statement::Revocation {
                serial: 2,
                publisher_key: key.to_text(),
                reason: "lost".into(),
            },
            &root,
        );
        // The device kept the revocation; the pack still carries the old delegation.
        assert!(matches!(
            authorize(&key, "us-md", "2026-11-26", &[], Some(&revoked), Some(&d1)),
            Err(PackError::Revoked { .. })
        ));
        assert!(matches!(
            authorize(&key, "us-md", "2026-11-26", &[], None, None),
            Err(PackError::UnknownKey { .. })
        ));
        let local = [LocalKey {
            key,
            prefixes: vec!["test".into()],
        }];
        assert_eq!(
            authorize(&key, "test-pack", "2026-11-26", &local, None, None),
            Ok(None)
        );
        assert!(matches!(
            authorize(&key, "other", "2026-11-26", &local, None, None),
            Err(PackError::NotAllowed { .. })
        ));
    }
}

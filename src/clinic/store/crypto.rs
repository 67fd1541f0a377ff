//! Encryption of personal fields at rest: XChaCha20-Poly1305 with the clinic's 32-byte
//! data key. The key lives in a file the init step writes (mode 0600) or in the
//! `EXPUNGE_MS_DATA_KEY` environment variable, never in the database.
//!
//! A field is stored as `v1:` and the base64 of a fresh 24-byte nonce and the sealed
//! text. Each field is sealed with what it belongs to (table, column, row id) as its
//! associated data, so a sealed value copied into another row or column does not open.
//!
//! The database keeps a key check value: a fixed text sealed with the key at init. A
//! wrong key cannot open it, so the server refuses to start instead of writing with a
//! second key.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

/// The environment variable that may hold the data key (base64 of 32 bytes).
pub const KEY_ENV: &str = "EXPUNGE_MS_DATA_KEY";
/// The name of the key file in the data directory.
pub const KEY_FILE: &str = "data.key";
const PREFIX: &str = "v1:";
const CHECK_TEXT: &[u8] = b"expunge-ms clinic data key check";
const CHECK_AAD: &[u8] = b"clinic_meta.key_check";

/// The clinic's data key.
#[derive(Clone)]
pub struct DataKey(XChaCha20Poly1305);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

/// Why a key could not be read, or a sealed field could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// The key file or variable is missing or unreadable, with where it was looked for.
    Missing(String),
    /// The key is not 32 bytes of base64.
    Malformed(String),
    /// The key does not open what the database holds: a different clinic's key.
    Wrong,
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyError::Missing(s) => write!(f, "no data key: {s}"),
            KeyError::Malformed(s) => write!(f, "the data key in {s} is not 32 bytes written in base64"),
            KeyError::Wrong => f.write_str(
                "the data key does not match this database: it was made with another key. \
                 Start with the key file made by `expunge-ms clinic init` for this database",
            ),
        }
    }
}

impl std::error::Error for KeyError {}

impl DataKey {
    /// A new random key.
    pub fn generate() -> DataKey {
        DataKey(XChaCha20Poly1305::new(&XChaCha20Poly1305::generate_key(&mut OsRng)))
    }

    /// The key from its base64 text; `from` names where it came from, for the error.
    pub fn from_base64(text: &str, from: &str) -> Result<DataKey, KeyError> {
        let bytes = STANDARD.decode(text.trim()).map_err(|_| KeyError::Malformed(from.to_string()))?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Malformed(from.to_string()))?;
        Ok(DataKey(XChaCha20Poly1305::new(&key.into())))
    }

    /// The key from `EXPUNGE_MS_DATA_KEY` if it is set, or else from `data.key` in `dir`.
    pub fn load(dir: &Path) -> Result<DataKey, KeyError> {
        if let Ok(text) = std::env::var(KEY_ENV) {
            return DataKey::from_base64(&text, KEY_ENV);
        }
        let path = dir.join(KEY_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| KeyError::Missing(format!("cannot read {}: {e}", path.display())))?;
        DataKey::from_base64(&text, &path.display().to_string())
    }

    /// Writes a new key to `data.key` in `dir`, readable by its owner only, and returns it.
    /// An existing file is never overwritten: its matters would be lost.
    pub fn create_file(dir: &Path) -> std::io::Result<DataKey> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(dir.join(KEY_FILE))?;
        file.write_all(format!("{}\n", STANDARD.encode(bytes)).as_bytes())?;
        file.sync_all()?;
        Ok(DataKey(XChaCha20Poly1305::new(&bytes.into())))
    }

    /// `plain` sealed for the place `aad` names (e.g. `matters.case:42`).
    pub fn seal(&self, plain: &[u8], aad: &str) -> String {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        // Encryption fails only for a text over 256 GiB: none is near that.
        let sealed = self.0.encrypt(&nonce, Payload { msg: plain, aad: aad.as_bytes() }).unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        format!("{PREFIX}{}", STANDARD.encode(out))
    }

    /// What `seal` sealed for `aad`; `Wrong` for a different key, place or a changed text.
    pub fn open(&self, sealed: &str, aad: &str) -> Result<Vec<u8>, KeyError> {
        let bytes = sealed.strip_prefix(PREFIX).and_then(|b| STANDARD.decode(b).ok()).ok_or(KeyError::Wrong)?;
        if bytes.len() < 24 {
            return Err(KeyError::Wrong);
        }
        let (nonce, text) = bytes.split_at(24);
        self.0.decrypt(XNonce::from_slice(nonce), Payload { msg: text, aad: aad.as_bytes() }).map_err(|_| KeyError::Wrong)
    }

    /// A text field, opened.
    pub fn open_text(&self, sealed: &str, aad: &str) -> Result<String, KeyError> {
        String::from_utf8(self.open(sealed, aad)?).map_err(|_| KeyError::Wrong)
    }

    /// The key check value kept in the database.
    pub fn check_value(&self) -> String {
        self.seal(CHECK_TEXT, std::str::from_utf8(CHECK_AAD).unwrap_or_default())
    }

    /// Whether this key made `check_value`.
    pub fn verify(&self, check_value: &str) -> Result<(), KeyError> {
        match self.open(check_value, std::str::from_utf8(CHECK_AAD).unwrap_or_default()) {
            Ok(text) if text == CHECK_TEXT => Ok(()),
            _ => Err(KeyError::Wrong),
        }
    }
}

/// `n` random bytes as URL-safe base64: session tokens, CSRF tokens.
pub fn random_token(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A random positive 63-bit id for a new row (the same on SQLite and PostgreSQL,
/// which count rows differently).
pub fn random_id() -> i64 {
    (OsRng.next_u64() >> 1) as i64 | 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_field_opens_only_with_its_key_and_place() {
        let key = DataKey::generate();
        let sealed = key.seal(b"Jane Doe", "matters.case:1");
        assert!(!sealed.contains("Jane"));
        assert_eq!(key.open(&sealed, "matters.case:1").as_deref(), Ok(&b"Jane Doe"[..]));
        assert_eq!(key.open(&sealed, "matters.case:2"), Err(KeyError::Wrong));
        assert_eq!(DataKey::generate().open(&sealed, "matters.case:1"), Err(KeyError::Wrong));
        assert_ne!(key.seal(b"Jane Doe", "matters.case:1"), sealed, "each seal has a fresh nonce");
    }

    #[test]
    fn a_changed_or_garbled_field_does_not_open() {
        let key = DataKey::generate();
        let sealed = key.seal(b"1990-01-01", "a");
        let mut bytes = STANDARD.decode(&sealed[3..]).unwrap_or_default();
        if let Some(last) = bytes.last_mut() {
            *last ^= 1;
        }
        assert_eq!(key.open(&format!("v1:{}", STANDARD.encode(bytes)), "a"), Err(KeyError::Wrong));
        for garbled in ["", "v1:", "v1:@@", "v2:AAAA", "v1:AAAA"] {
            assert_eq!(key.open(garbled, "a"), Err(KeyError::Wrong), "{garbled}");
        }
    }

    #[test]
    fn the_check_value_tells_the_right_key_from_a_wrong_one() {
        let key = DataKey::generate();
        let check = key.check_value();
        assert_eq!(key.verify(&check), Ok(()));
        assert_eq!(DataKey::generate().verify(&check), Err(KeyError::Wrong));
    }

    #[test]
    fn a_key_file_is_made_once_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let Ok(dir) = tempfile::tempdir() else { return };
        let Ok(key) = DataKey::create_file(dir.path()) else { panic!("key file") };
        let mode = std::fs::metadata(dir.path().join(KEY_FILE)).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
        assert_eq!(mode, 0o600);
        assert!(DataKey::create_file(dir.path()).is_err(), "an existing key file is never overwritten");
        let sealed = key.seal(b"x", "a");
        let Ok(again) = DataKey::from_base64(&std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap_or_default(), "file") else {
            panic!("key reads back")
        };
        assert_eq!(again.open(&sealed, "a").as_deref(), Ok(&b"x"[..]));
        assert!(matches!(DataKey::from_base64("c2hvcnQ=", "x"), Err(KeyError::Malformed(_))));
    }
}

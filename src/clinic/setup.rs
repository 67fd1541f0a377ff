//! Setting up and opening a clinic from the command line: where its data lives, the
//! first admin account, and the purge. `main` parses the arguments and calls these.
//!
//! The data directory (default `clinic-data`) holds the SQLite database
//! (`clinic.sqlite3`) and the data key (`data.key`, mode 0600). With `--database
//! postgres://…` the matters live in PostgreSQL and the directory holds only the key.
//! `EXPUNGE_MS_DATA_KEY` may hold the key instead of the file. The directory also holds
//! the self-signed certificate for HTTPS and its key (`tls`).

use std::path::{Path, PathBuf};

use super::accounts::{PasswordProblem, check_new_password, hash_password};
use super::store::users::{NewUser, Role};
use super::store::{DATABASE_FILE, DataKey, OpenError, Store, crypto, sqlite_address};
use super::tls;

/// Where a clinic's data lives.
#[derive(Debug, Clone)]
pub struct Place {
    pub data: PathBuf,
    /// A PostgreSQL address; `None` for SQLite in `data`.
    pub database: Option<String>,
}

impl Place {
    /// The database's address.
    pub fn address(&self) -> String {
        self.database.clone().unwrap_or_else(|| sqlite_address(&self.data))
    }

    /// Opens the clinic: the key, the database, the key check.
    pub async fn open(&self) -> Result<Store, OpenError> {
        if self.database.is_none() && !self.data.join(DATABASE_FILE).exists() {
            return Err(OpenError::NotInitialised);
        }
        let key = DataKey::load(&self.data).map_err(OpenError::Key)?;
        Store::open(&self.address(), key).await
    }
}

/// What `init` made.
#[derive(Debug)]
pub struct Initialised {
    /// Where the new key file is, if one was made (not when the key is in the environment).
    pub key_file: Option<PathBuf>,
    pub address: String,
    /// The certificate for HTTPS, or why it could not be made (the clinic is set up all the same).
    pub certificate: Result<tls::Made, String>,
}

/// Makes the data directory (readable by its owner only), the data key, the database,
/// the first admin account, and a self-signed certificate for HTTPS (for the machine's
/// names and addresses and `tls_names`) unless the directory has one.
pub async fn init(place: &Place, admin: &str, password: &str, tls_names: &[String], now: i64) -> Result<Initialised, String> {
    let names = tls::names(tls_names)?;
    match check_new_password(password) {
        Err(PasswordProblem::TooShort) => {
            return Err(format!("the password is too short: use at least {} characters", super::accounts::MIN_PASSWORD));
        }
        Err(PasswordProblem::TooLong) => return Err("the password is too long".into()),
        Ok(()) => {}
    }
    let admin = admin.trim();
    if admin.is_empty() || admin.chars().count() > 60 || admin.chars().any(char::is_control) {
        return Err("the admin's user name must be 1 to 60 characters".into());
    }
    make_private_dir(&place.data).map_err(|e| format!("cannot make {}: {e}", place.data.display()))?;
    let key_path = place.data.join(crypto::KEY_FILE);
    let (key, key_file) = if std::env::var(crypto::KEY_ENV).is_ok() || key_path.exists() {
        (DataKey::load(&place.data).map_err(|e| e.to_string())?, None)
    } else {
        let key = DataKey::create_file(&place.data).map_err(|e| format!("cannot write {}: {e}", key_path.display()))?;
        (key, Some(key_path))
    };
    let store = Store::init(&place.address(), key).await.map_err(|e| e.to_string())?;
    let hash = hash_password(password);
    let new = NewUser { username: admin, display_name: admin, role: Role::Admin, password_hash: &hash, bar_number: None };
    let made = store.create_user(&new, now).await.map_err(|e| e.to_string())?;
    store.close().await;
    made.ok_or_else(|| format!("an account named {admin} already exists"))?;
    let today = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default().date_naive();
    let certificate = tls::make_if_missing(&place.data, names, today);
    Ok(Initialised { key_file, address: place.address(), certificate })
}

fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// The address written for people: a SQLite file's path, or a PostgreSQL address
/// without its password.
pub fn shown_address(address: &str) -> String {
    if let Some(path) = address.strip_prefix("sqlite://") {
        return path.split('?').next().unwrap_or_default().to_string();
    }
    match (address.split_once("://"), address.rfind('@')) {
        (Some((scheme, rest)), Some(at)) if scheme.starts_with("postgres") => {
            let user = rest.split([':', '@']).next().unwrap_or_default();
            format!("{scheme}://{user}@{}", &address[at + 1..])
        }
        _ => address.to_string(),
    }
}

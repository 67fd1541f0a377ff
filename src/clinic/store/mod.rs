//! The clinic's database: SQLite in the data directory by default (WAL, no set-up), or
//! PostgreSQL for a clinic network; one set of migrations (`migrations/`) for both,
//! through sqlx's runtime-chosen driver. Personal fields are sealed with the data key
//! (`crypto`) before they are written; this module and its parts are the only code
//! that reads or writes the database.
//!
//! Every function takes the time as `now` (seconds since 1970, UTC) instead of reading
//! the clock, so tests can move time forward.

pub mod audit;
pub mod batches;
pub mod crypto;
pub mod events;
pub mod import;
pub mod matters;
pub mod outcomes;
pub mod reminders;
pub mod review;
pub mod sessions;
pub mod tallies;
pub mod users;

use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

pub use crypto::{DataKey, KeyError};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("src/clinic/store/migrations");

/// The name of the SQLite database file in the data directory.
pub const DATABASE_FILE: &str = "clinic.sqlite3";

/// Which database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Why the store could not open.
#[derive(Debug)]
pub enum OpenError {
    /// The address is not one the store knows (`sqlite:` or `postgres:`).
    BadAddress(String),
    /// The database cannot be reached, or refused the connection.
    Unreachable(String),
    /// The database has no clinic in it yet: `clinic init` was not run.
    NotInitialised,
    /// `clinic init` was run on a database that already has a clinic.
    AlreadyInitialised,
    /// The data key is missing, malformed or not this database's.
    Key(KeyError),
    /// The migrations failed.
    Migrate(String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::BadAddress(a) => write!(f, "the database address must start with sqlite: or postgres: (got {a})"),
            OpenError::Unreachable(e) => write!(f, "cannot reach the database: {e}"),
            OpenError::NotInitialised => f.write_str("this database has no clinic in it yet; run `expunge-ms clinic init` first"),
            OpenError::AlreadyInitialised => f.write_str("this database already has a clinic in it; `clinic init` only sets up a new one"),
            OpenError::Key(e) => e.fmt(f),
            OpenError::Migrate(e) => write!(f, "cannot bring the database's tables up to date: {e}"),
        }
    }
}

impl std::error::Error for OpenError {}

/// What went wrong reading or writing.
#[derive(Debug)]
pub enum StoreError {
    Db(sqlx::Error),
    /// A sealed field did not open: the data was changed outside the program.
    Key(KeyError),
    /// Someone else saved this record since it was read.
    Stale,
    NotFound,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Db(e) => write!(f, "database: {e}"),
            StoreError::Key(e) => e.fmt(f),
            StoreError::Stale => f.write_str("someone else saved this since it was opened"),
            StoreError::NotFound => f.write_str("not found"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        match e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            e => StoreError::Db(e),
        }
    }
}

impl From<KeyError> for StoreError {
    fn from(e: KeyError) -> StoreError {
        StoreError::Key(e)
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The database and the key that seals its personal fields.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    pub(crate) key: DataKey,
}

/// The SQLite database file in `dir`, as a database address.
pub fn sqlite_address(dir: &Path) -> String {
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.join(DATABASE_FILE));
    options.to_url_lossy().to_string()
}

impl Store {
    /// Sets up a new clinic in the database at `address`: its tables and the key check
    /// value of `key`. Refuses a database that already has a clinic.
    pub async fn init(address: &str, key: DataKey) -> Result<Store, OpenError> {
        let (pool, backend) = connect(address, true).await?;
        MIGRATOR.run(&pool).await.map_err(|e| OpenError::Migrate(e.to_string()))?;
        let done =
            sqlx::query("INSERT INTO clinic_meta (name, value) VALUES ('key_check', $1)").bind(key.check_value()).execute(&pool).await;
        match done {
            Ok(_) => Ok(Store { pool, backend, key }),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(OpenError::AlreadyInitialised),
            Err(e) => Err(OpenError::Unreachable(e.to_string())),
        }
    }

    /// Opens the clinic at `address` with `key`: brings its tables up to date and checks
    /// the key against the key check value.
    pub async fn open(address: &str, key: DataKey) -> Result<Store, OpenError> {
        let (pool, backend) = connect(address, false).await?;
        let has_meta = match backend {
            Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'clinic_meta'",
            Backend::Postgres => "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'clinic_meta'",
        };
        let tables: i64 = sqlx::query_scalar(has_meta).fetch_one(&pool).await.map_err(|e| OpenError::Unreachable(e.to_string()))?;
        if tables == 0 {
            return Err(OpenError::NotInitialised);
        }
        MIGRATOR.run(&pool).await.map_err(|e| OpenError::Migrate(e.to_string()))?;
        let check: Option<String> = sqlx::query_scalar("SELECT value FROM clinic_meta WHERE name = 'key_check'")
            .fetch_optional(&pool)
            .await
            .map_err(|e| OpenError::Unreachable(e.to_string()))?;
        let check = check.ok_or(OpenError::NotInitialised)?;
        key.verify(&check).map_err(OpenError::Key)?;
        let store = Store { pool, backend, key };
        store.guard_audit_log().await.map_err(|e| OpenError::Migrate(e.to_string()))?;
        store.tally_missing().await.map_err(|e| OpenError::Migrate(e.to_string()))?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connections themselves, for tests and benchmarks that look beneath the
    /// store (the server goes through the store's functions only).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes every connection (SQLite writes its WAL back into the file).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Makes the audit log append-only in the database itself: a trigger (of each
    /// database's own kind, so not in the shared migrations) refuses updates and deletes.
    async fn guard_audit_log(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => {
                for what in ["UPDATE", "DELETE"] {
                    let sql = format!(
                        "CREATE TRIGGER IF NOT EXISTS audit_log_no_{what} BEFORE {what} ON audit_log \
                         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                    );
                    self.pool.execute(sql.as_str()).await?;
                }
            }
            Backend::Postgres => {
                // Servers started at once would replace the function at once, which
                // PostgreSQL refuses: one at a time, under a lock held until the commit.
                let mut tx = self.pool.begin().await?;
                (&mut *tx).execute("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(7340861)) AS held").await?;
                (&mut *tx)
                    .execute(
                        "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS \
                         $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
                    )
                    .await?;
                (&mut *tx)
                    .execute(
                        "CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
                         FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
                    )
                    .await?;
                tx.commit().await?;
            }
        }
        Ok(())
    }

    /// Frees deleted rows' pages so nothing of them stays in the database's files:
    /// SQLite overwrites them (secure_delete) and folds its WAL back into the file;
    /// PostgreSQL vacuums the tables that held them.
    pub async fn scrub(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => {
                self.pool.execute("PRAGMA wal_checkpoint(TRUNCATE)").await?;
            }
            Backend::Postgres => {
                self.pool.execute("VACUUM matters").await?;
                self.pool.execute("VACUUM sessions").await?;
                self.pool.execute("VACUUM batch_files").await?;
                self.pool.execute("VACUUM outcomes").await?;
            }
        }
        Ok(())
    }
}

/// Connects to `address`; for SQLite, `create` makes the file if it is missing.
async fn connect(address: &str, create: bool) -> Result<(AnyPool, Backend), OpenError> {
    sqlx::any::install_default_drivers();
    let backend = if address.starts_with("sqlite:") {
        Backend::Sqlite
    } else if address.starts_with("postgres:") || address.starts_with("postgresql:") {
        Backend::Postgres
    } else {
        return Err(OpenError::BadAddress(address.split(['@', '?']).next().unwrap_or_default().to_string()));
    };
    let options: AnyConnectOptions = match backend {
        Backend::Sqlite => {
            let sqlite: sqlx::sqlite::SqliteConnectOptions =
                address.parse().map_err(|e: sqlx::Error| OpenError::BadAddress(e.to_string()))?;
            AnyConnectOptions::from_url(&sqlite.create_if_missing(create).to_url_lossy())
        }
        Backend::Postgres => address.parse(),
    }
    .map_err(|e| OpenError::BadAddress(e.to_string()))?;
    // One connection first, so that a database that cannot be reached says why at once
    // (the pool would retry until its timeout and report only that).
    let first =
        <sqlx::AnyConnection as sqlx::Connection>::connect_with(&options).await.map_err(|e| OpenError::Unreachable(e.to_string()))?;
    let _ = sqlx::Connection::close(first).await;
    let pool = AnyPoolOptions::new()
        .max_connections(if backend == Backend::Sqlite { 4 } else { 10 })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // Deleted rows are overwritten, not left in free pages; writers wait
                    // for each other instead of failing.
                    conn.execute("PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON").await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .map_err(|e| OpenError::Unreachable(e.to_string()))?;
    if backend == Backend::Sqlite {
        // Kept in the file: readers never wait for the one writer.
        pool.execute("PRAGMA journal_mode = WAL").await.map_err(|e| OpenError::Unreachable(e.to_string()))?;
    }
    Ok((pool, backend))
}

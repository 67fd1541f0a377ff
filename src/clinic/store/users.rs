//! Staff accounts and the record of failed sign-ins. Passwords arrive here already
//! hashed (`clinic::accounts`); the second factor's secret is sealed with the data key.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::crypto::random_id;
use super::{Result, Store, StoreError};

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Users, events, retention, the audit log.
    Admin,
    /// Every matter; review and sign-off.
    Attorney,
    /// Intake at the events they are assigned to.
    Volunteer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Attorney, Role::Volunteer];

    pub fn key(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Attorney => "attorney",
            Role::Volunteer => "volunteer",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Whether this role must give a second factor to sign in.
    pub fn needs_second_factor(self) -> bool {
        matches!(self, Role::Admin | Role::Attorney)
    }
}

/// A staff account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
    /// Whether a second factor is enrolled.
    pub has_totp: bool,
    pub bar_number: Option<String>,
    pub active: bool,
}

/// A new account, its password already hashed.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub bar_number: Option<&'a str>,
}

const COLUMNS: &str = "id, username, display_name, role, password_hash, totp_sealed, bar_number, active";

fn user_of(row: &AnyRow) -> Result<User> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        role: Role::from_key(&role).ok_or(StoreError::NotFound)?,
        password_hash: row.try_get("password_hash")?,
        has_totp: row.try_get::<Option<String>, _>("totp_sealed")?.is_some(),
        bar_number: row.try_get("bar_number")?,
        active: row.try_get::<i64, _>("active")? != 0,
    })
}

fn totp_place(id: i64) -> String {
    format!("users.totp:{id}")
}

impl Store {
    /// Adds an account; `None` when the user name is taken.
    pub async fn create_user(&self, new: &NewUser<'_>, now: i64) -> Result<Option<i64>> {
        let id = random_id();
        let done = sqlx::query(
            "INSERT INTO users (id, username, display_name, role, password_hash, bar_number, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7)",
        )
        .bind(id)
        .bind(new.username)
        .bind(new.display_name)
        .bind(new.role.key())
        .bind(new.password_hash)
        .bind(new.bar_number)
        .bind(now)
        .execute(&self.pool)
        .await;
        match done {
            Ok(_) => Ok(Some(id)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn user(&self, id: i64) -> Result<Option<User>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
        row.as_ref().map(user_of).transpose()
    }

    pub async fn user_by_name(&self, username: &str) -> Result<Option<User>> {
        let row =
            sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE username = $1")).bind(username).fetch_optional(&self.pool).await?;
        row.as_ref().map(user_of).transpose()
    }

    /// Every account, by user name.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM users ORDER BY username")).fetch_all(&self.pool).await?;
        rows.iter().map(user_of).collect()
    }

    /// How many accounts there are.
    pub async fn user_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await?)
    }

    pub async fn set_password_hash(&self, id: i64, hash: &str) -> Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Turns an account off (its sessions end) or on again.
    pub async fn set_active(&self, id: i64, active: bool) -> Result<()> {
        sqlx::query("UPDATE users SET active = $1 WHERE id = $2").bind(i64::from(active)).bind(id).execute(&self.pool).await?;
        if !active {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&self.pool).await?;
        }
        Ok(())
    }

    /// Keeps `secret` (base32) as the account's second factor, sealed; `None` removes it.
    pub async fn set_totp_secret(&self, id: i64, secret: Option<&str>) -> Result<()> {
        let sealed = secret.map(|s| self.key.seal(s.as_bytes(), &totp_place(id)));
        // A new secret starts its own count of used codes.
        sqlx::query("UPDATE users SET totp_sealed = $1, totp_last_step = NULL WHERE id = $2")
            .bind(sealed)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records that the code of time step `step` was used; `false` if a code of that
    /// step or a later one was used already (each code is good once).
    pub async fn use_totp_step(&self, id: i64, step: u64) -> Result<bool> {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        let done = sqlx::query("UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
            .bind(step)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The account's second-factor secret (base32), opened.
    pub async fn totp_secret(&self, id: i64) -> Result<Option<String>> {
        let sealed: Option<Option<String>> =
            sqlx::query_scalar("SELECT totp_sealed FROM users WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
        match sealed.flatten() {
            Some(s) => Ok(Some(self.key.open_text(&s, &totp_place(id))?)),
            None => Ok(None),
        }
    }

    /// Notes a failed sign-in against `subject` (an account or an address).
    pub async fn record_failure(&self, subject: &str, now: i64) -> Result<()> {
        sqlx::query("INSERT INTO signin_failures (id, subject, at) VALUES ($1, $2, $3)")
            .bind(random_id())
            .bind(subject)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Failed sign-ins against `subject` since `since`.
    pub async fn failures_since(&self, subject: &str, since: i64) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM signin_failures WHERE subject = $1 AND at >= $2")
            .bind(subject)
            .bind(since)
            .fetch_one(&self.pool)
            .await?)
    }

    /// Forgets the failures against `subject` (after a successful sign-in).
    pub async fn clear_failures(&self, subject: &str) -> Result<()> {
        sqlx::query("DELETE FROM signin_failures WHERE subject = $1").bind(subject).execute(&self.pool).await?;
        Ok(())
    }

    /// Forgets failures older than `before`.
    pub async fn prune_failures(&self, before: i64) -> Result<()> {
        sqlx::query("DELETE FROM signin_failures WHERE at < $1").bind(before).execute(&self.pool).await?;
        Ok(())
    }
}

//! Server-side sessions. The browser holds a random token in a cookie; the database
//! holds only the token's SHA-256, the account, the form token (CSRF) and the expiry.

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::crypto::random_token;
use super::{Result, Store};

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user_id: i64,
    /// The token every form of this session carries.
    pub csrf: String,
    /// Whether the second factor was given (or the account has none yet).
    pub verified: bool,
    pub expires_at: i64,
}

fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Starts a session for `user_id` lasting `ttl` seconds; returns its token.
    pub async fn create_session(&self, user_id: i64, verified: bool, now: i64, ttl: i64) -> Result<String> {
        let token = random_token(32);
        sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf, verified, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(hash(&token))
            .bind(user_id)
            .bind(random_token(32))
            .bind(i64::from(verified))
            .bind(now)
            .bind(now.saturating_add(ttl))
            .execute(&self.pool)
            .await?;
        Ok(token)
    }

    /// The session of `token`, if it exists, has not expired and its account is active.
    pub async fn session(&self, token: &str, now: i64) -> Result<Option<Session>> {
        let row = sqlx::query(
            "SELECT s.user_id, s.csrf, s.verified, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active = 1",
        )
        .bind(hash(token))
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(Session {
            user_id: row.try_get("user_id")?,
            csrf: row.try_get("csrf")?,
            verified: row.try_get::<i64, _>("verified")? != 0,
            expires_at: row.try_get("expires_at")?,
        }))
    }

    /// Marks the session as having given its second factor.
    pub async fn verify_session(&self, token: &str) -> Result<()> {
        sqlx::query("UPDATE sessions SET verified = 1 WHERE token_hash = $1").bind(hash(token)).execute(&self.pool).await?;
        Ok(())
    }

    /// Ends every session of `user_id` but the one of `token`.
    pub async fn end_other_sessions(&self, user_id: i64, token: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(hash(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends a session (signing out).
    pub async fn end_session(&self, token: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(hash(token)).execute(&self.pool).await?;
        Ok(())
    }

    /// Removes expired sessions.
    pub async fn prune_sessions(&self, now: i64) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(&self.pool).await?.rows_affected())
    }
}

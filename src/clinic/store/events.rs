//! Clinic events (a day of intake: name, date, county, how long its matters are kept)
//! and the staff assigned to each.

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::crypto::random_id;
use super::{Result, Store, StoreError};

/// A clinic day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub name: String,
    pub held_on: NaiveDate,
    pub county: String,
    /// Matters are purged this many days after the event, unless on hold.
    pub retention_days: i64,
}

/// A new event.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub name: &'a str,
    pub held_on: NaiveDate,
    pub county: &'a str,
    pub retention_days: i64,
}

fn event_of(row: &AnyRow) -> Result<Event> {
    let held_on: String = row.try_get("held_on")?;
    Ok(Event {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        held_on: held_on.parse().map_err(|_| StoreError::NotFound)?,
        county: row.try_get("county")?,
        retention_days: row.try_get("retention_days")?,
    })
}

const COLUMNS: &str = "id, name, held_on, county, retention_days";

impl Store {
    pub async fn create_event(&self, new: &NewEvent<'_>, by: i64, now: i64) -> Result<i64> {
        let id = random_id();
        sqlx::query(
            "INSERT INTO events (id, name, held_on, county, retention_days, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(new.name)
        .bind(new.held_on.to_string())
        .bind(new.county)
        .bind(new.retention_days)
        .bind(by)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(id)
    }

    pub async fn event(&self, id: i64) -> Result<Option<Event>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM events WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
        row.as_ref().map(event_of).transpose()
    }

    /// Every event, newest first.
    pub async fn events(&self) -> Result<Vec<Event>> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM events ORDER BY held_on DESC, name")).fetch_all(&self.pool).await?;
        rows.iter().map(event_of).collect()
    }

    /// The events `user_id` is assigned to, newest first.
    pub async fn events_of(&self, user_id: i64) -> Result<Vec<Event>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM events WHERE id IN (SELECT event_id FROM event_staff WHERE user_id = $1) ORDER BY held_on DESC, name"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(event_of).collect()
    }

    /// Assigns `user_id` to work at `event_id` (again is harmless).
    pub async fn assign_staff(&self, event_id: i64, user_id: i64) -> Result<()> {
        let done = sqlx::query("INSERT INTO event_staff (event_id, user_id) VALUES ($1, $2)")
            .bind(event_id)
            .bind(user_id)
            .execute(&self.pool)
            .await;
        match done {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether `user_id` is assigned to `event_id`.
    pub async fn is_staff(&self, event_id: i64, user_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM event_staff WHERE event_id = $1 AND user_id = $2")
            .bind(event_id)
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(n > 0)
    }

    /// The ids of the staff assigned to `event_id`.
    pub async fn staff_of(&self, event_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT user_id FROM event_staff WHERE event_id = $1").bind(event_id).fetch_all(&self.pool).await?)
    }
}

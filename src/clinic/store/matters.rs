//! Matters: one person each, at one event. The case (the site's own case format, as
//! JSON), the notes and a hold's reason are sealed with the data key; the status and
//! the times are not personal and stay plain, so lists and the purge need no key.
//!
//! Every save names the version it was read at; a save over a newer version is
//! refused (`StoreError::Stale`), so two editors never silently overwrite each other.

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::crypto::random_id;
use super::outcomes::PetitionOutcome;
use super::review::{self, Review};
use super::{Result, Store, StoreError};
use crate::case::Case;
use crate::questionnaire::state::State;

/// Where a matter stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    Intake,
    NeedsReview,
    Ready,
    PapersPrinted,
    Filed,
    Granted,
    Denied,
    Withdrawn,
}

impl Status {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// A matter, opened.
#[derive(Debug, Clone, PartialEq)]
pub struct Matter {
    pub id: i64,
    pub event_id: i64,
    pub status: Status,
    pub case: Case,
    pub notes: String,
    pub version: i64,
    /// Why the matter is kept past its event's retention, if it is.
    pub hold: Option<String>,
    pub created_by: i64,
    pub updated_at: i64,
    /// Where the questionnaire was left and its answers; `None` until intake began.
    pub answers: Option<State>,
    /// The version of the rules that made the last saved assessment.
    pub rules_version: Option<String>,
    pub review: Review,
    /// What the court did with each petition filed, in the order of their first charge.
    pub outcomes: Vec<PetitionOutcome>,
}

/// A matter as the list shows it: the name opened, nothing else personal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: i64,
    pub name: Option<String>,
    pub status: Status,
    pub held: bool,
    pub created_by: i64,
    pub updated_at: i64,
}

/// The columns of a whole matter, for `SELECT`.
fn matter_columns() -> String {
    format!(
        "id, event_id, status, case_sealed, notes_sealed, version, hold_sealed, created_by, updated_at, answers_sealed, rules_version, {}",
        review::COLUMNS
    )
}

/// What a sealed field is bound to: its table, column and row.
pub(super) fn place(column: &str, id: i64) -> String {
    format!("matters.{column}:{id}")
}

fn status_of(row: &AnyRow) -> Result<Status> {
    let status: String = row.try_get("status")?;
    status.parse().map_err(|_| StoreError::NotFound)
}

impl Store {
    fn seal_case(&self, id: i64, case: &Case) -> String {
        // A case always serialises: it is plain data.
        let json = serde_json::to_vec(case).unwrap_or_default();
        self.key.seal(&json, &place("case", id))
    }

    pub(super) fn open_case(&self, id: i64, sealed: &str) -> Result<Case> {
        let json = self.key.open(sealed, &place("case", id))?;
        serde_json::from_slice(&json).map_err(|_| StoreError::Key(super::KeyError::Wrong))
    }

    /// Starts a matter at `event_id` with `case`; returns its id.
    pub async fn create_matter(&self, event_id: i64, case: &Case, by: i64, now: i64) -> Result<i64> {
        let id = random_id();
        let mut tx = self.pool.begin().await?;
        self.insert_query(id, event_id, case, by, now).execute(&mut *tx).await?;
        self.retally(&mut tx, id).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The insert of a new matter `id` (version 1, in intake).
    pub(super) fn insert_query(
        &self,
        id: i64,
        event_id: i64,
        case: &Case,
        by: i64,
        now: i64,
    ) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
        sqlx::query(
            "INSERT INTO matters (id, event_id, status, case_sealed, notes_sealed, version, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $7)",
        )
        .bind(id)
        .bind(event_id)
        .bind(Status::Intake.key())
        .bind(self.seal_case(id, case))
        .bind(self.key.seal(b"", &place("notes", id)))
        .bind(by)
        .bind(now)
    }

    /// The name of the person of a matter row read with `case_sealed`.
    pub(super) fn open_name(&self, id: i64, row: &AnyRow) -> Result<Option<String>> {
        Ok(self.open_case(id, &row.try_get::<String, _>("case_sealed")?)?.petitioner.full_name)
    }

    pub async fn matter(&self, id: i64) -> Result<Option<Matter>> {
        let sql = format!("SELECT {} FROM matters WHERE id = $1", matter_columns());
        let row = sqlx::query(&sql).bind(id).fetch_optional(&self.pool).await?;
        let Some(row) = row else { return Ok(None) };
        let outcomes = self.outcomes_of(id).await?;
        self.matter_of(&row, outcomes).map(Some)
    }

    /// Every matter of `event_id`, opened, oldest first: for the tracking sheet.
    pub async fn matters_in(&self, event_id: i64) -> Result<Vec<Matter>> {
        let sql = format!("SELECT {} FROM matters WHERE event_id = $1 ORDER BY created_at, id", matter_columns());
        let rows = sqlx::query(&sql).bind(event_id).fetch_all(&self.pool).await?;
        let outcome_rows = sqlx::query(&format!(
            "SELECT {} FROM outcomes WHERE matter_id IN (SELECT id FROM matters WHERE event_id = $1)",
            super::outcomes::COLUMNS
        ))
        .bind(event_id)
        .fetch_all(&self.pool)
        .await?;
        let mut outcomes: std::collections::HashMap<i64, Vec<PetitionOutcome>> = std::collections::HashMap::new();
        for row in &outcome_rows {
            outcomes.entry(row.try_get("matter_id")?).or_default().push(self.outcome_of(row)?);
        }
        rows.iter()
            .map(|row| {
                let mut of_matter = outcomes.remove(&row.try_get::<i64, _>("id")?).unwrap_or_default();
                of_matter.sort_by(|a, b| a.charges.cmp(&b.charges));
                self.matter_of(row, of_matter)
            })
            .collect()
    }

    /// A matter row read with `matter_columns`, with its outcomes.
    fn matter_of(&self, row: &AnyRow, outcomes: Vec<PetitionOutcome>) -> Result<Matter> {
        let id: i64 = row.try_get("id")?;
        let hold: Option<String> = row.try_get("hold_sealed")?;
        Ok(Matter {
            id,
            event_id: row.try_get("event_id")?,
            status: status_of(row)?,
            case: self.open_case(id, &row.try_get::<String, _>("case_sealed")?)?,
            notes: self.key.open_text(&row.try_get::<String, _>("notes_sealed")?, &place("notes", id))?,
            version: row.try_get("version")?,
            hold: hold.map(|h| self.key.open_text(&h, &place("hold", id))).transpose()?,
            created_by: row.try_get("created_by")?,
            updated_at: row.try_get("updated_at")?,
            answers: self.answers_of(id, row)?,
            rules_version: row.try_get("rules_version")?,
            review: self.review_of(id, row)?,
            outcomes,
        })
    }

    /// The matters of `event_id`, oldest first, `limit` from `offset`.
    pub async fn matters_of(&self, event_id: i64, limit: i64, offset: i64) -> Result<Vec<Summary>> {
        let rows = sqlx::query(
            "SELECT id, status, case_sealed, hold_sealed, created_by, updated_at FROM matters WHERE id IN \
             (SELECT id FROM matters WHERE event_id = $1 ORDER BY created_at, id LIMIT $2 OFFSET $3) ORDER BY created_at, id",
        )
        .bind(event_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                Ok(Summary {
                    id,
                    name: self.open_name(id, row)?,
                    status: status_of(row)?,
                    held: row.try_get::<Option<String>, _>("hold_sealed")?.is_some(),
                    created_by: row.try_get("created_by")?,
                    updated_at: row.try_get("updated_at")?,
                })
            })
            .collect()
    }

    /// How many matters `event_id` holds.
    pub async fn matter_count(&self, event_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM matters WHERE event_id = $1").bind(event_id).fetch_one(&self.pool).await?)
    }

    /// Saves a matter read at `version`; returns the new version, or `Stale` if
    /// someone saved it in between.
    pub async fn save_matter(&self, id: i64, version: i64, case: &Case, notes: &str, status: Status, now: i64) -> Result<i64> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE matters SET case_sealed = $1, notes_sealed = $2, status = $3, version = version + 1, updated_at = $4 \
             WHERE id = $5 AND version = $6",
        )
        .bind(self.seal_case(id, case))
        .bind(self.key.seal(notes.as_bytes(), &place("notes", id)))
        .bind(status.key())
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return self.stale_or(id, done.rows_affected()).await.map(|()| version);
        }
        self.retally(&mut tx, id).await?;
        tx.commit().await?;
        Ok(version + 1)
    }

    /// Places a hold (with its reason) that keeps the matter past retention, or
    /// releases it (`None`).
    pub async fn set_hold(&self, id: i64, reason: Option<&str>, by: i64) -> Result<()> {
        let sealed = reason.map(|r| self.key.seal(r.as_bytes(), &place("hold", id)));
        let held_by = reason.map(|_| by);
        let done = sqlx::query("UPDATE matters SET hold_sealed = $1, held_by = $2 WHERE id = $3")
            .bind(sealed)
            .bind(held_by)
            .bind(id)
            .execute(&self.pool)
            .await?;
        if done.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Deletes every matter whose event ended more than its retention days before
    /// `today`, unless on hold; returns each matter this call deleted, with its event.
    /// The caller writes the audit lines and scrubs the free pages. Several servers may
    /// purge at once: a matter another one deleted first is not returned again.
    pub async fn purge_expired(&self, today: NaiveDate) -> Result<Vec<(i64, i64)>> {
        let mut due = Vec::new();
        for event in self.events().await? {
            let ends = event.held_on.checked_add_days(chrono::Days::new(event.retention_days.max(0).unsigned_abs()));
            if ends.is_some_and(|ends| ends < today) {
                let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM matters WHERE event_id = $1 AND hold_sealed IS NULL")
                    .bind(event.id)
                    .fetch_all(&self.pool)
                    .await?;
                due.extend(ids.into_iter().map(|id| (id, event.id)));
            }
        }
        let mut purged = Vec::with_capacity(due.len());
        for (id, event) in due {
            // The statistics keep the matter's counts, no longer tied to it.
            let mut tx = self.pool.begin().await?;
            sqlx::query("DELETE FROM outcomes WHERE matter_id = $1").bind(id).execute(&mut *tx).await?;
            let deleted = sqlx::query("DELETE FROM matters WHERE id = $1 AND hold_sealed IS NULL").bind(id).execute(&mut *tx).await?;
            if deleted.rows_affected() == 1 {
                self.detach_tallies(&mut tx, id).await?;
                tx.commit().await?;
                purged.push((id, event));
            } else {
                // A hold was placed in between: the matter stays as it was.
                tx.rollback().await?;
            }
        }
        Ok(purged)
    }
}

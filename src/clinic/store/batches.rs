//! Batch print jobs (`clinic::batch` runs them): the job's state and progress in plain
//! columns, so that every server of a clinic network shows the same progress; who was
//! left out and why, and the finished files, sealed with the data key.
//!
//! At most one job runs for an event at a time (a unique index across servers). A job
//! whose server stopped leaves a row that no longer moves: after `STALLED` seconds it
//! counts as failed, and a new job may start. Every job is deleted `KEEP` seconds after
//! it started, and with its event's matters at the retention purge.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::audit::Action;
use super::crypto::random_id;
use super::matters::Status;
use super::{Result, Store, StoreError};

/// How long a job and its files are kept after it starts, in seconds: a day.
pub const KEEP: i64 = 24 * 60 * 60;
/// A running job that has not moved for this many seconds was lost with its server.
pub const STALLED: i64 = 5 * 60;

/// Where a job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum JobState {
    Running,
    Done,
    Failed,
}

/// A print job as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub event_id: i64,
    pub requested_by: i64,
    /// `Failed` too for a running job that stalled (its server stopped).
    pub state: JobState,
    /// The people chosen, and how many of them were gone through.
    pub total: i64,
    pub done: i64,
    /// The matters whose papers are in the files.
    pub printed: Vec<i64>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Why a person's papers were left out of a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// A lawyer's review is pending.
    ReviewPending,
    /// The papers' questions are not all answered (`packet::Refused::MissingFacts`).
    AnswersMissing,
    /// No charge can be filed now.
    NothingToFile,
    /// Nothing can be filed yet, and the questions are not finished.
    QuestionsOpen,
    /// The papers did not verify: a bug, never printed.
    Failed,
    /// The matter was deleted while the job ran.
    Gone,
}

/// A person left out, by matter, with their name as it was then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub matter: i64,
    pub name: Option<String>,
    pub why: Why,
}

/// A job that could not start.
#[derive(Debug)]
pub enum StartError {
    /// A job for the event is running (its id).
    Busy(i64),
    Store(StoreError),
}

impl From<sqlx::Error> for StartError {
    fn from(e: sqlx::Error) -> StartError {
        StartError::Store(e.into())
    }
}

/// What a sealed field of a job is bound to.
fn place(what: &str, id: i64) -> String {
    format!("batches.{what}:{id}")
}

const COLUMNS: &str = "id, event_id, requested_by, state, total, done, printed, created_at, updated_at, expires_at";

fn job_of(row: &AnyRow, now: i64) -> Result<Job> {
    let state: String = row.try_get("state")?;
    let mut state: JobState = state.parse().map_err(|_| StoreError::NotFound)?;
    let updated_at: i64 = row.try_get("updated_at")?;
    if state == JobState::Running && updated_at + STALLED < now {
        state = JobState::Failed;
    }
    let printed: String = row.try_get("printed")?;
    Ok(Job {
        id: row.try_get("id")?,
        event_id: row.try_get("event_id")?,
        requested_by: row.try_get("requested_by")?,
        state,
        total: row.try_get("total")?,
        done: row.try_get("done")?,
        printed: serde_json::from_str(&printed).unwrap_or_default(),
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
    })
}

impl Store {
    /// The matters of `event_id` whose papers are not printed yet (in intake, waiting for
    /// review, or ready), oldest first: "everyone ready". Plain columns only: no key.
    pub async fn unprinted_of(&self, event_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT id FROM matters WHERE event_id = $1 AND status IN ($2, $3, $4) ORDER BY created_at, id")
            .bind(event_id)
            .bind(Status::Intake.key())
            .bind(Status::NeedsReview.key())
            .bind(Status::Ready.key())
            .fetch_all(&self.pool)
            .await?)
    }

    /// Those of `ids` that are matters of `event_id`, in the event's order.
    pub async fn matters_among(&self, event_id: i64, ids: &[i64]) -> Result<Vec<i64>> {
        let all: Vec<i64> = sqlx::query_scalar("SELECT id FROM matters WHERE event_id = $1 ORDER BY created_at, id")
            .bind(event_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(all.into_iter().filter(|id| ids.contains(id)).collect())
    }

    /// Starts a job for `event_id` over `total` people, unless one is running there;
    /// a job that stalled is marked failed first. Returns the new job's id.
    pub async fn start_batch(&self, event_id: i64, by: i64, total: i64, now: i64) -> Result<i64, StartError> {
        sqlx::query("UPDATE batches SET state = 'failed', finished_at = $1 WHERE event_id = $2 AND state = 'running' AND updated_at < $3")
            .bind(now)
            .bind(event_id)
            .bind(now - STALLED)
            .execute(&self.pool)
            .await?;
        let id = random_id();
        let made = sqlx::query(
            "INSERT INTO batches (id, event_id, requested_by, state, total, done, created_at, updated_at, expires_at) \
             VALUES ($1, $2, $3, 'running', $4, 0, $5, $5, $6)",
        )
        .bind(id)
        .bind(event_id)
        .bind(by)
        .bind(total)
        .bind(now)
        .bind(now + KEEP)
        .execute(&self.pool)
        .await;
        match made {
            Ok(_) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                let running: Option<i64> = sqlx::query_scalar("SELECT id FROM batches WHERE event_id = $1 AND state = 'running'")
                    .bind(event_id)
                    .fetch_optional(&self.pool)
                    .await?;
                Err(StartError::Busy(running.unwrap_or_default()))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// A running job's progress: `done` people gone through (also shows it still moves).
    pub async fn batch_progress(&self, id: i64, done: i64, now: i64) -> Result<()> {
        sqlx::query("UPDATE batches SET done = $1, updated_at = $2 WHERE id = $3 AND state = 'running'")
            .bind(done)
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Shows a running job still moves, while a long step runs.
    pub async fn batch_alive(&self, id: i64, now: i64) -> Result<()> {
        sqlx::query("UPDATE batches SET updated_at = $1 WHERE id = $2 AND state = 'running'")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends a job with its files (`name`, bytes), the matters in them (each with the
    /// next date a charge may be cleared from after today) and who was left out; marks
    /// each matter printed as a single print does (`Store::mark_printed`), with an audit
    /// line (`Print`) by `user`. All in one transaction: the files,
    /// the marks and the lines are kept together or not at all.
    #[allow(clippy::too_many_arguments)]
    pub async fn finish_batch(
        &self,
        id: i64,
        user: i64,
        event_id: i64,
        files: &[(&str, &[u8])],
        printed: &[(i64, Option<NaiveDate>)],
        left_out: &[LeftOut],
        now: i64,
    ) -> Result<()> {
        // Plain data always turns into JSON.
        let list = self.key.seal(&serde_json::to_vec(left_out).unwrap_or_default(), &place("left_out", id));
        let sealed: Vec<(&str, String)> =
            files.iter().map(|(name, bytes)| (*name, self.key.seal(bytes, &place(&format!("file.{name}"), id)))).collect();
        let ids: Vec<i64> = printed.iter().map(|(m, _)| *m).collect();
        let printed_list = serde_json::to_string(&ids).unwrap_or_default();
        let mut tries = 0;
        loop {
            match self.finish_once(id, user, event_id, &sealed, printed, &printed_list, &list, now).await {
                Err(StoreError::Db(sqlx::Error::Database(e))) if e.is_unique_violation() && tries < 20 => tries += 1,
                other => return other,
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn finish_once(
        &self,
        id: i64,
        user: i64,
        event_id: i64,
        sealed: &[(&str, String)],
        printed: &[(i64, Option<NaiveDate>)],
        printed_list: &str,
        list: &str,
        now: i64,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "UPDATE batches SET state = 'done', done = total, printed = $1, left_out_sealed = $2, updated_at = $3, finished_at = $3 \
             WHERE id = $4 AND state = 'running'",
        )
        .bind(printed_list.to_string())
        .bind(list.to_string())
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            // Marked failed meanwhile (it stalled), or deleted: nothing of it is kept.
            tx.rollback().await?;
            return Err(StoreError::NotFound);
        }
        for (name, file) in sealed {
            sqlx::query("INSERT INTO batch_files (batch_id, name, sealed) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(*name)
                .bind(file.clone())
                .execute(&mut *tx)
                .await?;
        }
        for &(m, next) in printed {
            for query in super::review::printed_queries(m, now, next) {
                query.execute(&mut *tx).await?;
            }
            super::audit::line(Some(user), Action::Print, Some(m), Some(event_id), now).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Ends a running job as failed; nothing of it is kept.
    pub async fn fail_batch(&self, id: i64, now: i64) -> Result<()> {
        sqlx::query("UPDATE batches SET state = 'failed', updated_at = $1, finished_at = $1 WHERE id = $2 AND state = 'running'")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A job, as of `now` (a stalled one reads as failed).
    pub async fn batch(&self, id: i64, now: i64) -> Result<Option<Job>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM batches WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
        row.map(|row| job_of(&row, now)).transpose()
    }

    /// The newest `limit` jobs of an event, newest first.
    pub async fn batches_of(&self, event_id: i64, limit: i64, now: i64) -> Result<Vec<Job>> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM batches WHERE event_id = $1 ORDER BY created_at DESC, id LIMIT $2"))
            .bind(event_id)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|row| job_of(row, now)).collect()
    }

    /// Who a finished job left out, and why.
    pub async fn batch_left_out(&self, id: i64) -> Result<Vec<LeftOut>> {
        let sealed: Option<Option<String>> =
            sqlx::query_scalar("SELECT left_out_sealed FROM batches WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
        let Some(sealed) = sealed.flatten() else { return Ok(Vec::new()) };
        let json = self.key.open(&sealed, &place("left_out", id))?;
        serde_json::from_slice(&json).map_err(|_| StoreError::Key(super::KeyError::Wrong))
    }

    /// One file of a finished job (`stack` or `people`), opened.
    pub async fn batch_file(&self, id: i64, name: &str) -> Result<Option<Vec<u8>>> {
        let sealed: Option<String> = sqlx::query_scalar("SELECT sealed FROM batch_files WHERE batch_id = $1 AND name = $2")
            .bind(id)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        sealed.map(|s| self.key.open(&s, &place(&format!("file.{name}"), id)).map_err(StoreError::Key)).transpose()
    }

    /// Deletes every job past its time at `now`, and every job of `events` (whose
    /// matters were purged); returns how many.
    pub async fn purge_batches(&self, now: i64, events: &[i64]) -> Result<u64> {
        let mut ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM batches WHERE expires_at <= $1").bind(now).fetch_all(&self.pool).await?;
        for event in events {
            let of: Vec<i64> = sqlx::query_scalar("SELECT id FROM batches WHERE event_id = $1").bind(event).fetch_all(&self.pool).await?;
            ids.extend(of);
        }
        ids.sort_unstable();
        ids.dedup();
        for id in &ids {
            let mut tx = self.pool.begin().await?;
            sqlx::query("DELETE FROM batch_files WHERE batch_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM batches WHERE id = $1").bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
        }
        Ok(ids.len() as u64)
    }
}

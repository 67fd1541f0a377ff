//! The audit log: append-only (the database refuses updates and deletes, see
//! `Store::open`). An entry says who, what, when, and which matter or event by id;
//! never a person's details.

use sqlx::Row;

use super::{Result, Store, StoreError};

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    SignIn,
    SignInFailed,
    SignInLocked,
    SecondFactorFailed,
    SecondFactorEnrolled,
    SignOut,
    CreateUser,
    CreateEvent,
    AssignStaff,
    ListMatters,
    CreateMatter,
    ViewMatter,
    EditMatter,
    ImportAnswers,
    Print,
    Export,
    PlaceHold,
    ReleaseHold,
    Purge,
    ReadAuditLog,
    /// A step of the questionnaire saved to a matter.
    SaveAnswers,
    /// A volunteer asked for a lawyer's review, or took the request back.
    Flag,
    ClearFlag,
    /// An attorney's decisions on a matter's charges, signed off.
    SignOff,
    ReadQueue,
    /// What the court did with a petition, recorded or changed.
    RecordOutcome,
    /// The reminders' list read (it shows names).
    ListReminders,
    /// A reminder's calendar file downloaded.
    ReminderCalendar,
    /// An e-mail reminder sent, or tried and not sent.
    ReminderMail,
    ReminderMailFailed,
    /// Batch papers: a print job started for an event (its own line; each matter
    /// printed has a `Print` line of its own).
    PrintBatch,
    /// A print job's file downloaded: one line for each matter in it.
    DownloadBatch,
}

impl Action {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 1, 2, 3 ...: the order entries were made in.
    pub seq: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    pub action: Action,
    pub matter_id: Option<i64>,
    pub event_id: Option<i64>,
}

/// The insert of one line, its number taken inside it (the last one's, plus one).
pub(super) fn line(
    user_id: Option<i64>,
    action: Action,
    matter_id: Option<i64>,
    event_id: Option<i64>,
    now: i64,
) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, user_id, action, matter_id, event_id) \
         SELECT COALESCE(MAX(id), 0) + 1, $1, $2, $3, $4, $5 FROM audit_log",
    )
    .bind(now)
    .bind(user_id)
    .bind(action.key())
    .bind(matter_id)
    .bind(event_id)
}

impl Store {
    /// Adds a line to the log. The next number is taken inside the insert; if two
    /// servers take the same number at once, one tries again.
    pub async fn audit(&self, user_id: Option<i64>, action: Action, matter_id: Option<i64>, event_id: Option<i64>, now: i64) -> Result<()> {
        let mut tries = 0;
        loop {
            match line(user_id, action, matter_id, event_id, now).execute(&self.pool).await {
                Ok(_) => return Ok(()),
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() && tries < 20 => tries += 1,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Adds a line for each of `matters` (the same who, what and when), in one
    /// transaction: a batch print's many matters. Tried again as `audit` is.
    pub async fn audit_each(&self, user_id: Option<i64>, action: Action, matters: &[i64], event_id: Option<i64>, now: i64) -> Result<()> {
        let mut tries = 0;
        loop {
            let mut tx = self.pool.begin().await?;
            let mut failed = None;
            for &m in matters {
                if let Err(e) = line(user_id, action, Some(m), event_id, now).execute(&mut *tx).await {
                    failed = Some(e);
                    break;
                }
            }
            match failed {
                None => return Ok(tx.commit().await?),
                Some(sqlx::Error::Database(e)) if e.is_unique_violation() && tries < 20 => {
                    tx.rollback().await?;
                    tries += 1;
                }
                Some(e) => return Err(e.into()),
            }
        }
    }

    /// The newest `limit` entries, newest first, before entry `before` if given.
    pub async fn audit_entries(&self, limit: i64, before: Option<i64>) -> Result<Vec<Entry>> {
        let rows =
            sqlx::query("SELECT id, at, user_id, action, matter_id, event_id FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2")
                .bind(before.unwrap_or(i64::MAX))
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                let action: String = row.try_get("action")?;
                Ok(Entry {
                    seq: row.try_get("id")?,
                    at: row.try_get("at")?,
                    user_id: row.try_get("user_id")?,
                    action: action.parse().map_err(|_| StoreError::NotFound)?,
                    matter_id: row.try_get("matter_id")?,
                    event_id: row.try_get("event_id")?,
                })
            })
            .collect()
    }
}

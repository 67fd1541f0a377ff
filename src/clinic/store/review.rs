//! A matter's answers from the questionnaire, and the attorney's review of them: the
//! flag a volunteer raises, the decision on each charge, the sign-off, and the queue
//! of matters waiting for one.
//!
//! Whether a matter waits in the queue is kept plain (`in_queue`), so the queue is
//! found without the key; everything that may name the person (the answers, the
//! assessment, a flag's reason, a decision's reason) is sealed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::matters::{Status, place};
use super::{Result, Store, StoreError};
use crate::engine::Assessment;
use crate::questionnaire::state::State;

/// What the attorney decided for one charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::EnumString, strum::IntoStaticStr, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Choice {
    /// File it if the papers allow (the default).
    File,
    /// Not now: keep it off the papers (to wait for a date, a document, an answer).
    Hold,
    /// Advise the person not to file it.
    AdviseAgainst,
}

impl Choice {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The decision on one charge, by its place in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub charge: usize,
    pub choice: Choice,
    /// Required for a hold or advice against; may be empty for "file".
    pub reason: String,
}

/// Who signed the review off, and when: their name and bar number as they were then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOff {
    pub by: i64,
    pub at: i64,
    pub name: String,
    pub bar_number: String,
}

/// A matter's review.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Review {
    /// The assessment at the last save sends a charge to a lawyer.
    pub needed: bool,
    /// Why a volunteer asked for a lawyer's review, if one did.
    pub flag: Option<String>,
    pub sign_off: Option<SignOff>,
    /// One per charge when signed off; kept with the sign-off.
    pub decisions: Vec<Decision>,
}

impl Review {
    /// The matter waits for an attorney.
    pub fn pending(&self) -> bool {
        (self.needed || self.flag.is_some()) && self.sign_off.is_none()
    }

    /// The charges the attorney decided not to file now.
    pub fn withheld(&self) -> Vec<usize> {
        if self.sign_off.is_none() {
            return Vec::new();
        }
        self.decisions.iter().filter(|d| d.choice != Choice::File).map(|d| d.charge).collect()
    }

    /// The status a matter at `current` moves to with this review: the steps before the
    /// papers follow the review; later ones (papers printed, filed, a decision) stay.
    pub fn status_from(&self, current: Status) -> Status {
        match current {
            Status::Intake | Status::NeedsReview | Status::Ready if self.pending() => Status::NeedsReview,
            Status::Intake | Status::NeedsReview | Status::Ready if self.sign_off.is_some() => Status::Ready,
            Status::NeedsReview | Status::Ready => Status::Intake,
            other => other,
        }
    }
}

/// A matter in the review queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub name: Option<String>,
    /// Someone asked for the review (rather than an answer calling for it).
    pub flagged: bool,
}

/// The review's columns, for `SELECT`.
pub(super) const COLUMNS: &str = "review_needed, flag_sealed, signed_by, signed_at, signed_name, signed_bar, decisions_sealed";

impl Store {
    /// The review of a matter row read with `COLUMNS`.
    pub(super) fn review_of(&self, id: i64, row: &AnyRow) -> Result<Review> {
        let flag: Option<String> = row.try_get("flag_sealed")?;
        let decisions: Option<String> = row.try_get("decisions_sealed")?;
        let signed_by: Option<i64> = row.try_get("signed_by")?;
        let sign_off = match signed_by {
            Some(by) => Some(SignOff {
                by,
                at: row.try_get::<Option<i64>, _>("signed_at")?.unwrap_or_default(),
                name: row.try_get::<Option<String>, _>("signed_name")?.unwrap_or_default(),
                bar_number: row.try_get::<Option<String>, _>("signed_bar")?.unwrap_or_default(),
            }),
            None => None,
        };
        let decisions = match decisions {
            Some(sealed) => {
                let json = self.key.open(&sealed, &place("decisions", id))?;
                serde_json::from_slice(&json).map_err(|_| StoreError::Key(super::KeyError::Wrong))?
            }
            None => Vec::new(),
        };
        Ok(Review {
            needed: row.try_get::<i64, _>("review_needed")? != 0,
            flag: flag.map(|f| self.key.open_text(&f, &place("flag", id))).transpose()?,
            sign_off,
            decisions,
        })
    }

    /// The answers a matter's questionnaire was left at, if it was started.
    pub(super) fn answers_of(&self, id: i64, row: &AnyRow) -> Result<Option<State>> {
        let sealed: Option<String> = row.try_get("answers_sealed")?;
        let Some(sealed) = sealed else { return Ok(None) };
        let json = self.key.open(&sealed, &place("answers", id))?;
        serde_json::from_slice(&json).map(Some).map_err(|_| StoreError::Key(super::KeyError::Wrong))
    }

    /// Saves a step of the questionnaire over the version read, with the assessment
    /// of its case and the review and status that follow; returns the new version.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_answers(
        &self,
        id: i64,
        version: i64,
        state: &State,
        assessment: &Assessment,
        review: &Review,
        status: Status,
        now: i64,
    ) -> Result<i64> {
        let done = self.answers_query(id, version, state, assessment);
        // One transaction: the answers, the review they lead to and the matter's counts
        // for the statistics are saved together.
        let mut tx = self.pool.begin().await?;
        let changed = done.execute(&mut *tx).await?.rows_affected();
        if changed == 1 {
            let saved = self.review_query(id, version, review, status, now).execute(&mut *tx).await?;
            if saved.rows_affected() == 1 {
                self.retally(&mut tx, id).await?;
                tx.commit().await?;
                return Ok(version + 1);
            }
        }
        tx.rollback().await?;
        Err(self.unsaved(id).await)
    }

    /// The update that saves a step's answers, its case and its assessment over `version`
    /// (the review's update counts the version).
    pub(super) fn answers_query(
        &self,
        id: i64,
        version: i64,
        state: &State,
        assessment: &Assessment,
    ) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
        // Plain data always turns into JSON.
        let answers = serde_json::to_vec(state).unwrap_or_default();
        let case = serde_json::to_vec(&state.case).unwrap_or_default();
        let assessed = serde_json::to_vec(assessment).unwrap_or_default();
        // The next date a charge may be cleared from, plain, for the reminders' list.
        let next = super::reminders::next_eligible(assessment).map(super::reminders::day);
        sqlx::query(
            "UPDATE matters SET answers_sealed = $1, case_sealed = $2, assessment_sealed = $3, rules_version = $4, next_eligible_on = $5 \
             WHERE id = $6 AND version = $7",
        )
        .bind(self.key.seal(&answers, &place("answers", id)))
        .bind(self.key.seal(&case, &place("case", id)))
        .bind(self.key.seal(&assessed, &place("assessment", id)))
        .bind(assessment.rules_version.clone())
        .bind(next)
        .bind(id)
        .bind(version)
    }

    /// Saves the review (flag, sign-off, decisions) and the status over the version
    /// read; returns the new version.
    pub async fn save_review(&self, id: i64, version: i64, review: &Review, status: Status, now: i64) -> Result<i64> {
        let done = self.review_query(id, version, review, status, now).execute(&self.pool).await?;
        self.stale_or(id, done.rows_affected()).await?;
        Ok(version + 1)
    }

    /// The update that saves a review and a status over `version`, and counts a version.
    pub(super) fn review_query(
        &self,
        id: i64,
        version: i64,
        review: &Review,
        status: Status,
        now: i64,
    ) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
        let decisions = serde_json::to_vec(&review.decisions).unwrap_or_default();
        let signed = review.sign_off.as_ref();
        sqlx::query(
            "UPDATE matters SET flag_sealed = $1, in_queue = $2, signed_by = $3, signed_at = $4, signed_name = $5, signed_bar = $6, \
             decisions_sealed = $7, review_needed = $8, status = $9, version = version + 1, updated_at = $10 \
             WHERE id = $11 AND version = $12",
        )
        .bind(review.flag.as_ref().map(|f| self.key.seal(f.as_bytes(), &place("flag", id))))
        .bind(i64::from(review.pending()))
        .bind(signed.map(|s| s.by))
        .bind(signed.map(|s| s.at))
        .bind(signed.map(|s| s.name.clone()))
        .bind(signed.map(|s| s.bar_number.clone()))
        .bind((!review.decisions.is_empty()).then(|| self.key.seal(&decisions, &place("decisions", id))))
        .bind(i64::from(review.needed))
        .bind(status.key())
        .bind(now)
        .bind(id)
        .bind(version)
    }

    /// `Ok` if an update over the version read changed the row; otherwise why not.
    pub(super) async fn stale_or(&self, id: i64, changed: u64) -> Result<()> {
        if changed == 1 { Ok(()) } else { Err(self.unsaved(id).await) }
    }

    /// Why an update over the version read changed nothing: the matter is gone, or
    /// someone else saved it in between.
    async fn unsaved(&self, id: i64) -> StoreError {
        match sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM matters WHERE id = $1").bind(id).fetch_one(&self.pool).await {
            Ok(0) => StoreError::NotFound,
            Ok(_) => StoreError::Stale,
            Err(e) => e.into(),
        }
    }

    /// The matters waiting for an attorney, longest waiting first, `limit` from `offset`.
    pub async fn queue(&self, limit: i64, offset: i64) -> Result<Vec<Waiting>> {
        let rows = sqlx::query(
            "SELECT id, case_sealed, flag_sealed FROM matters WHERE id IN \
             (SELECT id FROM matters WHERE in_queue = 1 ORDER BY updated_at, id LIMIT $1 OFFSET $2) ORDER BY updated_at, id",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                Ok(Waiting { id, name: self.open_name(id, row)?, flagged: row.try_get::<Option<String>, _>("flag_sealed")?.is_some() })
            })
            .collect()
    }

    /// How many matters wait for an attorney.
    pub async fn queue_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM matters WHERE in_queue = 1").fetch_one(&self.pool).await?)
    }

    /// Marks a matter's papers printed, unless it has gone further, keeping the day they
    /// were printed (a date that came before it is off the reminders' list) and `next`,
    /// the next date after that day from which a charge may be cleared (the reminder's
    /// date from now on: see `printed_queries`). Not a new version: no answer changed,
    /// so a form open on the matter still saves.
    pub async fn mark_printed(&self, id: i64, now: i64, next: Option<NaiveDate>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for query in printed_queries(id, now, next) {
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The updates that mark a matter's papers printed at `now`, for a transaction: the
/// status (unless the matter has gone further), the day printed, and the reminder's
/// date. A charge whose date has come is in the papers just printed; one whose date is
/// still to come (`next`) keeps the person on the reminders' list for that date.
pub(super) fn printed_queries(
    id: i64,
    now: i64,
    next: Option<NaiveDate>,
) -> [sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>>; 2] {
    use super::reminders::{day, day_in_mississippi};
    [
        sqlx::query("UPDATE matters SET status = $1, updated_at = $2 WHERE id = $3 AND status IN ($4, $5)")
            .bind(Status::PapersPrinted.key())
            .bind(now)
            .bind(id)
            .bind(Status::Intake.key())
            .bind(Status::Ready.key()),
        sqlx::query("UPDATE matters SET printed_on = $1, next_eligible_on = $2 WHERE id = $3")
            .bind(day(day_in_mississippi(now)))
            .bind(next.map(day))
            .bind(id),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_follows_the_review_until_the_papers_are_printed() {
        let waiting = Review { needed: true, ..Review::default() };
        let signed = Review { sign_off: Some(SignOff { by: 1, at: 1, name: "L".into(), bar_number: "1".into() }), ..waiting.clone() };
        let flagged = Review { flag: Some("why".into()), ..Review::default() };
        assert_eq!(waiting.status_from(Status::Intake), Status::NeedsReview);
        assert_eq!(flagged.status_from(Status::Ready), Status::NeedsReview);
        assert_eq!(signed.status_from(Status::NeedsReview), Status::Ready);
        assert_eq!(Review::default().status_from(Status::NeedsReview), Status::Intake);
        for later in [Status::PapersPrinted, Status::Filed, Status::Granted, Status::Denied, Status::Withdrawn] {
            assert_eq!(waiting.status_from(later), later, "a later status is the clinic's to change");
        }
        let held = Review { decisions: vec![Decision { charge: 2, choice: Choice::Hold, reason: "r".into() }], ..signed.clone() };
        assert_eq!(held.withheld(), vec![2]);
        assert!(Review { sign_off: None, ..held }.withheld().is_empty(), "decisions count only once signed off");
    }
}

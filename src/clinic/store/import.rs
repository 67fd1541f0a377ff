//! Many matters made at once, from an import: in one transaction with their audit
//! lines, so an import is whole or absent, even when the request is cut off half-way
//! or the database fails on the last person.

use super::audit::{Action, line};
use super::crypto::random_id;
use super::matters::Status;
use super::review::Review;
use sqlx::Row;

use super::{Result, Store, StoreError};
use crate::engine::Assessment;
use crate::questionnaire::state::State;

/// A person to make a matter of: their answers, as a step saved them, with the
/// assessment, the review and the status that follow.
pub struct Imported<'a> {
    pub answers: &'a State,
    pub assessment: &'a Assessment,
    pub review: &'a Review,
    pub status: Status,
}

impl Store {
    /// The people of `event_id`'s matters (each matter's person, opened), to find a
    /// person imported twice.
    pub async fn people_in(&self, event_id: i64) -> Result<Vec<crate::case::Petitioner>> {
        let rows = sqlx::query("SELECT id, case_sealed FROM matters WHERE event_id = $1").bind(event_id).fetch_all(&self.pool).await?;
        rows.iter().map(|row| Ok(self.case_of(row.try_get("id")?, &row.try_get::<String, _>("case_sealed")?)?.petitioner)).collect()
    }

    /// Makes a matter at `event_id` of each person, with an audit line for each;
    /// returns their ids in order. Another server's audit line taking the same number
    /// makes the whole import start again, as `audit` does for one line.
    pub async fn import_matters(&self, event_id: i64, people: &[Imported<'_>], by: i64, now: i64) -> Result<Vec<i64>> {
        let mut tries = 0;
        loop {
            let mut tx = self.pool.begin().await?;
            let mut ids = Vec::with_capacity(people.len());
            let mut made = Ok(());
            for p in people {
                let id = random_id();
                made = async {
                    self.insert_query(id, event_id, &p.answers.case, by, now).execute(&mut *tx).await?;
                    self.answers_query(id, 1, p.answers, p.assessment).execute(&mut *tx).await?;
                    self.review_query(id, 1, p.review, p.status, now).execute(&mut *tx).await?;
                    self.tally_new(&mut tx, id).await?;
                    line(Some(by), Action::ImportAnswers, Some(id), Some(event_id), now).execute(&mut *tx).await?;
                    Ok::<_, StoreError>(())
                }
                .await;
                if made.is_err() {
                    break;
                }
                ids.push(id);
            }
            match made {
                Ok(()) => {
                    tx.commit().await?;
                    return Ok(ids);
                }
                Err(StoreError::Db(sqlx::Error::Database(e))) if e.is_unique_violation() && tries < 20 => {
                    tx.rollback().await?;
                    tries += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }
}

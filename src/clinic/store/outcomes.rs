//! What the court did with each petition a matter's papers filed: the day it was filed,
//! the hearing, the day it was granted, denied (with the reason, sealed: it may name
//! the person) or withdrawn.
//!
//! A petition is the charges of one matter filed together in one court under one kind
//! of caption and standard (`packet::build` groups them). The groups are drawn again
//! from the answers whenever the papers are, so an outcome is keyed by what stays: the
//! charges' places in the case ("0,2"). Once an outcome is recorded its charges stay
//! together on the matter's page, even if the papers would now group them otherwise
//! (a charge that became eligible later gets a petition of its own).
//!
//! Saving an outcome moves the matter's status (`status_after`), counts a version, and
//! writes the matter's statistics again, in one transaction.

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::matters::Status;
use super::{Result, Store};

/// What the court did with one petition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PetitionOutcome {
    /// The charges of the petition, by their place in the case from 0, in order.
    pub charges: Vec<usize>,
    /// The court, as the papers name it ("the Circuit Court of Hinds County").
    pub court: String,
    /// The court's kind (`CourtKind::key`) and county, when known.
    pub court_kind: Option<String>,
    pub county: Option<String>,
    pub filed_on: Option<NaiveDate>,
    pub hearing_on: Option<NaiveDate>,
    pub granted_on: Option<NaiveDate>,
    pub denied_on: Option<NaiveDate>,
    /// Why the court denied it; empty unless denied.
    pub denied_reason: String,
    pub withdrawn_on: Option<NaiveDate>,
    pub updated_by: i64,
    pub updated_at: i64,
}

impl PetitionOutcome {
    /// The petition's key: its charges' places, joined by commas.
    pub fn key(&self) -> String {
        key_of(&self.charges)
    }

    /// Nothing is recorded: saving it removes the record.
    pub fn is_empty(&self) -> bool {
        self.filed_on.is_none()
            && self.hearing_on.is_none()
            && self.granted_on.is_none()
            && self.denied_on.is_none()
            && self.withdrawn_on.is_none()
            && self.denied_reason.is_empty()
    }

    /// The court has not decided, and the petition was not withdrawn.
    pub fn open(&self) -> bool {
        self.granted_on.is_none() && self.denied_on.is_none() && self.withdrawn_on.is_none()
    }
}

/// The key of a petition of `charges`.
pub fn key_of(charges: &[usize]) -> String {
    charges.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
}

/// The charges of a petition's key; `None` if it is not one.
pub fn charges_of(key: &str) -> Option<Vec<usize>> {
    let charges: Option<Vec<usize>> = key.split(',').map(|c| c.parse().ok()).collect();
    charges.filter(|c| !c.is_empty() && c.windows(2).all(|w| w[0] < w[1]))
}

/// The status a matter at `current` moves to with these outcomes: withdrawn when every
/// petition was; filed while one filed waits for the court; then granted if the court
/// granted any, denied if it denied them all. Without a petition filed, it stays.
pub fn status_after(current: Status, outcomes: &[PetitionOutcome]) -> Status {
    let live: Vec<&PetitionOutcome> = outcomes.iter().filter(|o| o.withdrawn_on.is_none()).collect();
    if live.is_empty() {
        return if outcomes.is_empty() { current } else { Status::Withdrawn };
    }
    if live.iter().any(|o| o.open() && o.filed_on.is_some()) {
        Status::Filed
    } else if live.iter().any(|o| o.granted_on.is_some()) {
        Status::Granted
    } else if live.iter().all(|o| o.denied_on.is_some()) {
        Status::Denied
    } else {
        current
    }
}

/// The columns read, for `SELECT`.
pub(super) const COLUMNS: &str = "matter_id, charges, court, court_kind, county, filed_on, hearing_on, granted_on, denied_on, \
     denied_reason_sealed, withdrawn_on, updated_by, updated_at";

fn day(row: &AnyRow, column: &str) -> Result<Option<NaiveDate>> {
    Ok(row.try_get::<Option<String>, _>(column)?.and_then(|d| d.parse().ok()))
}

fn text(day: Option<NaiveDate>) -> Option<String> {
    day.map(|d| d.to_string())
}

/// Where a denial's reason is sealed: its matter and petition.
fn place(matter: i64, key: &str) -> String {
    format!("outcomes.denied_reason:{matter}:{key}")
}

impl Store {
    /// An outcome row read with `COLUMNS`.
    pub(super) fn outcome_of(&self, row: &AnyRow) -> Result<PetitionOutcome> {
        let matter: i64 = row.try_get("matter_id")?;
        let key: String = row.try_get("charges")?;
        let reason: Option<String> = row.try_get("denied_reason_sealed")?;
        Ok(PetitionOutcome {
            charges: charges_of(&key).unwrap_or_default(),
            court: row.try_get("court")?,
            court_kind: row.try_get("court_kind")?,
            county: row.try_get("county")?,
            filed_on: day(row, "filed_on")?,
            hearing_on: day(row, "hearing_on")?,
            granted_on: day(row, "granted_on")?,
            denied_on: day(row, "denied_on")?,
            denied_reason: reason.map(|r| self.key.open_text(&r, &place(matter, &key))).transpose()?.unwrap_or_default(),
            withdrawn_on: day(row, "withdrawn_on")?,
            updated_by: row.try_get("updated_by")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    /// The outcomes recorded for matter `id`, in the order of their first charge.
    pub async fn outcomes_of(&self, id: i64) -> Result<Vec<PetitionOutcome>> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM outcomes WHERE matter_id = $1")).bind(id).fetch_all(&self.pool).await?;
        let mut outcomes = rows.iter().map(|row| self.outcome_of(row)).collect::<Result<Vec<_>>>()?;
        outcomes.sort_by(|a, b| a.charges.cmp(&b.charges));
        Ok(outcomes)
    }

    /// Records what the court did with one petition of matter `id` read at `version`
    /// (an outcome with nothing in it removes the record), moves the status to
    /// `status`, and writes the matter's statistics again; returns the new version, or
    /// `Stale` if someone saved the matter in between.
    pub async fn save_outcome(&self, id: i64, version: i64, outcome: &PetitionOutcome, status: Status, now: i64) -> Result<i64> {
        let key = outcome.key();
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query("UPDATE matters SET status = $1, version = version + 1, updated_at = $2 WHERE id = $3 AND version = $4")
            .bind(status.key())
            .bind(now)
            .bind(id)
            .bind(version)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed != 1 {
            tx.rollback().await?;
            return self.stale_or(id, changed).await.map(|()| version);
        }
        sqlx::query("DELETE FROM outcomes WHERE matter_id = $1 AND charges = $2").bind(id).bind(&key).execute(&mut *tx).await?;
        if !outcome.is_empty() {
            let reason = (!outcome.denied_reason.is_empty()).then(|| self.key.seal(outcome.denied_reason.as_bytes(), &place(id, &key)));
            sqlx::query(&format!("INSERT INTO outcomes ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"))
                .bind(id)
                .bind(&key)
                .bind(&outcome.court)
                .bind(outcome.court_kind.clone())
                .bind(outcome.county.clone())
                .bind(text(outcome.filed_on))
                .bind(text(outcome.hearing_on))
                .bind(text(outcome.granted_on))
                .bind(text(outcome.denied_on))
                .bind(reason)
                .bind(text(outcome.withdrawn_on))
                .bind(outcome.updated_by)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        self.retally(&mut tx, id).await?;
        tx.commit().await?;
        Ok(version + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn a_petition_key_reads_back_and_refuses_what_is_not_one() {
        assert_eq!(key_of(&[0, 2]), "0,2");
        assert_eq!(charges_of("0,2"), Some(vec![0, 2]));
        for bad in ["", "2,0", "1,1", "a", "0,,2", "-1"] {
            assert_eq!(charges_of(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_status_follows_the_court() {
        let filed = PetitionOutcome { charges: vec![0], filed_on: on(2026, 12, 1), ..PetitionOutcome::default() };
        let granted = PetitionOutcome { granted_on: on(2027, 2, 1), ..filed.clone() };
        let denied = PetitionOutcome { charges: vec![1], denied_on: on(2027, 2, 1), ..filed.clone() };
        let withdrawn = PetitionOutcome { withdrawn_on: on(2027, 1, 1), ..filed.clone() };
        let s = Status::PapersPrinted;
        assert_eq!(status_after(s, &[]), s);
        assert_eq!(status_after(s, std::slice::from_ref(&filed)), Status::Filed);
        assert_eq!(status_after(s, &[granted.clone(), filed.clone()]), Status::Filed, "one still waits for the court");
        assert_eq!(status_after(s, &[granted.clone(), denied.clone()]), Status::Granted);
        assert_eq!(status_after(s, std::slice::from_ref(&denied)), Status::Denied);
        assert_eq!(status_after(s, &[withdrawn.clone(), denied]), Status::Denied, "a withdrawn petition does not count");
        assert_eq!(status_after(s, &[withdrawn]), Status::Withdrawn);
        let hearing_only = PetitionOutcome { charges: vec![0], hearing_on: on(2027, 1, 1), ..PetitionOutcome::default() };
        assert_eq!(status_after(s, &[hearing_only]), s, "nothing filed: the status stays");
    }
}

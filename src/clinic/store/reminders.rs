//! Reminders: the matters with a charge that may be cleared from a later date, found
//! without opening any matter. Each save of a matter's answers keeps, in plain, the
//! earliest such date still to come (`next_eligible_on`, see `save_answers`); each
//! e-mail reminder keeps the date it was sent for. Only the matters found are opened,
//! for the person's name.
//!
//! The dates are kept as `YYYY-MM-DD` text, which sorts as the dates do on both
//! databases.

use chrono::NaiveDate;
use sqlx::Row;

use super::matters::{Status, place};
use super::{Result, Store};
use crate::engine::{Assessment, Outcome};

/// The date a reminder is for: the earliest date from which a charge may be cleared
/// that is still to come on the assessment's date; `None` if no charge has one.
pub fn next_eligible(a: &Assessment) -> Option<NaiveDate> {
    a.charges
        .iter()
        .filter_map(|c| match c.outcome {
            Outcome::EligibleAfter { eligible_date } if eligible_date > a.as_of => Some(eligible_date),
            _ => None,
        })
        .min()
}

/// A date as the database keeps it.
pub(super) fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

pub use crate::clock::day_in_mississippi;

/// Whose matters a list covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every event's (an attorney).
    Every,
    /// The events this account is assigned to (a volunteer).
    StaffOf(i64),
}

/// A matter on the reminders' list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub id: i64,
    pub event_id: i64,
    pub event_name: String,
    /// The date a charge may be cleared from.
    pub on: NaiveDate,
    pub name: Option<String>,
    /// The person gave an e-mail address.
    pub has_email: bool,
    /// When an e-mail reminder for this date was sent, if one was.
    pub reminded_at: Option<i64>,
}

/// A matter's reminder, read without opening the matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder {
    pub event_id: i64,
    /// The next date a charge may be cleared from, as of the last save.
    pub on: Option<NaiveDate>,
    /// When an e-mail reminder for that date was sent, if one was.
    pub reminded_at: Option<i64>,
}

impl Store {
    /// The matters whose date is on or before `until`: every one from `today` on, and
    /// those before `today` whose papers were not printed on or after it. Withdrawn
    /// matters are left out. Earliest date first, at most `limit`; only the matters
    /// found are opened.
    pub async fn reminders(&self, scope: Scope, today: NaiveDate, until: NaiveDate, limit: i64) -> Result<Vec<Due>> {
        let staff = match scope {
            Scope::Every => "",
            Scope::StaffOf(_) => "AND m.event_id IN (SELECT event_id FROM event_staff WHERE user_id = $5) ",
        };
        let sql = format!(
            "SELECT m.id, m.event_id, e.name AS event_name, m.next_eligible_on, m.reminded_for, m.reminded_at, m.case_sealed \
             FROM matters m JOIN events e ON e.id = m.event_id \
             WHERE m.next_eligible_on IS NOT NULL AND m.next_eligible_on <= $1 \
             AND (m.next_eligible_on >= $2 OR m.printed_on IS NULL OR m.printed_on < m.next_eligible_on) \
             AND m.status <> $3 {staff}ORDER BY m.next_eligible_on, m.id LIMIT $4"
        );
        let mut query = sqlx::query(&sql).bind(day(until)).bind(day(today)).bind(Status::Withdrawn.key()).bind(limit);
        if let Scope::StaffOf(user) = scope {
            query = query.bind(user);
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut due = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let on: String = row.try_get("next_eligible_on")?;
            let Some(on) = parse_day(&on) else { continue };
            let reminded_for: Option<String> = row.try_get("reminded_for")?;
            let sent = reminded_for.as_deref().and_then(parse_day) == Some(on);
            let person = self.case_of(id, &row.try_get::<String, _>("case_sealed")?)?.petitioner;
            due.push(Due {
                id,
                event_id: row.try_get("event_id")?,
                event_name: row.try_get("event_name")?,
                on,
                name: person.full_name,
                has_email: person.email.is_some_and(|e| !e.trim().is_empty()),
                reminded_at: if sent { row.try_get("reminded_at")? } else { None },
            });
        }
        Ok(due)
    }

    /// A matter's event, next date and reminder, without opening it; `None` if there
    /// is no such matter.
    pub async fn reminder_of(&self, id: i64) -> Result<Option<Reminder>> {
        let row = sqlx::query("SELECT event_id, next_eligible_on, reminded_for, reminded_at FROM matters WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let on = row.try_get::<Option<String>, _>("next_eligible_on")?.as_deref().and_then(parse_day);
        let reminded_for = row.try_get::<Option<String>, _>("reminded_for")?.as_deref().and_then(parse_day);
        Ok(Some(Reminder {
            event_id: row.try_get("event_id")?,
            on,
            reminded_at: if on.is_some() && reminded_for == on { row.try_get("reminded_at")? } else { None },
        }))
    }

    /// Takes the sending of the e-mail reminder for `on`: `true` if the caller is to
    /// send it; `false` if one was sent for that date already (by anyone, on any
    /// server) or the matter's date is no longer `on`.
    pub async fn claim_reminder(&self, id: i64, on: NaiveDate, now: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE matters SET reminded_for = next_eligible_on, reminded_at = $1 \
             WHERE id = $2 AND next_eligible_on = $3 AND (reminded_for IS NULL OR reminded_for <> next_eligible_on)",
        )
        .bind(now)
        .bind(id)
        .bind(day(on))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives back the claim made at `now` for `on` after the e-mail could not be sent,
    /// so it may be tried again.
    pub async fn release_reminder(&self, id: i64, on: NaiveDate, now: i64) -> Result<()> {
        sqlx::query("UPDATE matters SET reminded_for = NULL, reminded_at = NULL WHERE id = $1 AND reminded_for = $2 AND reminded_at = $3")
            .bind(id)
            .bind(day(on))
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The person of a matter (their name, e-mail address …), opened from the case
    /// alone; `None` if there is no such matter.
    pub async fn person_of(&self, id: i64) -> Result<Option<crate::case::Petitioner>> {
        let sealed: Option<String> =
            sqlx::query_scalar("SELECT case_sealed FROM matters WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
        sealed.map(|sealed| Ok(self.case_of(id, &sealed)?.petitioner)).transpose()
    }

    /// A matter's sealed case, opened.
    pub(super) fn case_of(&self, id: i64, sealed: &str) -> Result<crate::case::Case> {
        let json = self.key.open(sealed, &place("case", id))?;
        serde_json::from_slice(&json).map_err(|_| super::StoreError::Key(super::KeyError::Wrong))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_date_is_the_earliest_still_to_come() {
        let (Ok(rules), Ok(text)) = (crate::rules::embedded(), std::fs::read_to_string("tests/packets/one-now-one-later.json")) else {
            panic!("the rules and the fixture load")
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        let Ok(case) = crate::case::parse_case(&text, today) else { panic!("the fixture parses") };
        let a = crate::engine::assess(&rules, &case, today);
        assert_eq!(next_eligible(&a), NaiveDate::from_ymd_opt(2028, 3, 1), "the felony's date; the dismissed charge may be cleared now");
        let later = crate::engine::assess(&rules, &case, NaiveDate::from_ymd_opt(2028, 3, 1).unwrap_or_default());
        assert_eq!(next_eligible(&later), None, "on the day itself the date has come");
        assert_eq!(
            day_in_mississippi(1_796_101_200),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
            "5 am UTC on the 1st is the 30th there"
        );
    }
}

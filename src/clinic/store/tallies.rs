//! The statistics for funders, kept as de-identified counts that outlive the matters:
//! per person the event and the day first seen; per charge its court's county and
//! kind, the route and the engine's result, and whether it was filed and granted; per
//! petition with an outcome its court and the days it was filed, granted, denied or
//! withdrawn. Never a name, a date of birth, a case number, an offence or a time of
//! day (see `0003_tracking.sql`).
//!
//! `retally` writes a matter's rows again from the matter itself, inside the
//! transaction of every save (the answers, the status and notes, an outcome), and moves
//! `tally_sums` (the counts by day and kind of charge, which the statistics page reads
//! so that it stays fast with any number of matters) by the difference;
//! `purge_expired` detaches the rows (the matter's id becomes NULL) when it deletes
//! the matter, so the counts stay the same after a purge.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};

use super::matters::place;
use super::outcomes::{COLUMNS, PetitionOutcome};
use super::{Result, Store, StoreError};
use crate::case::Case;
use crate::engine::Assessment;

/// The tables that hold a matter's counts.
const TABLES: [&str; 3] = ["tally_people", "tally_charges", "tally_petitions"];

/// The charges of one combination of event, county, court kind, route and result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeCount {
    pub event_id: i64,
    /// The county of the charge's court, as "Hinds"; empty if not given.
    pub county: String,
    /// `CourtKind::key`; empty if not given.
    pub court_kind: String,
    /// The route's id; empty if none was found.
    pub route: String,
    /// The engine's result (`engine::Outcome::name`); empty if not assessed yet.
    pub outcome: String,
    pub charges: i64,
    pub filed: i64,
    pub granted: i64,
}

/// Petitions by what happened to them within the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PetitionCount {
    pub filed: i64,
    pub granted: i64,
    pub denied: i64,
    pub withdrawn: i64,
}

/// The counts of a period.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statistics {
    /// People first seen in the period, by event: (event id, people).
    pub people: Vec<(i64, i64)>,
    /// The charges of those people.
    pub charges: Vec<ChargeCount>,
    /// Petitions filed, granted, denied or withdrawn on a day in the period.
    pub petitions: PetitionCount,
}

pub use crate::clock::day_in_mississippi as day_of;

/// A county as typed, in one spelling: "hinds county " and "Hinds" are both "Hinds".
pub fn county_name(typed: &str) -> String {
    let trimmed = typed.trim();
    let bare = trimmed.strip_suffix(" County").or_else(|| trimmed.strip_suffix(" county")).unwrap_or(trimmed);
    bare.split_whitespace()
        .map(|word| {
            // A word in one case is written as a name; "DeSoto" is kept as typed.
            let one_case = word == word.to_lowercase() || word == word.to_uppercase();
            let mut letters = word.chars();
            match letters.next() {
                Some(first) if one_case => first.to_uppercase().chain(letters.flat_map(char::to_lowercase)).collect(),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A charge's row: (county, court kind, route, result, filed, granted).
type ChargeRow = (String, String, String, String, bool, bool);

/// The rows of a matter's charges, from its case, its last assessment (if any) and its
/// outcomes.
fn charge_rows(case: &Case, assessment: Option<&Assessment>, outcomes: &[PetitionOutcome]) -> Vec<ChargeRow> {
    case.charges
        .iter()
        .enumerate()
        .map(|(i, charge)| {
            let assessed = assessment.and_then(|a| a.charges.iter().find(|c| c.charge == i));
            let route = assessed.and_then(|c| c.route.as_ref()).map(|r| r.id.to_string()).unwrap_or_default();
            let outcome = assessed.map(|c| c.outcome.name().to_string()).unwrap_or_default();
            let of_charge: Vec<&PetitionOutcome> = outcomes.iter().filter(|o| o.charges.contains(&i)).collect();
            let filed = of_charge.iter().any(|o| o.filed_on.is_some());
            let granted = of_charge.iter().any(|o| o.granted_on.is_some());
            let county = charge.court.county.as_deref().map(county_name).unwrap_or_default();
            let kind = charge.court.kind.map(|k| k.key().to_string()).unwrap_or_default();
            (county, kind, route, outcome, filed, granted)
        })
        .collect()
}

/// A line of the sums: (day, event, county, court kind, route, result).
type Key = (String, i64, String, String, String, String);

/// What a matter adds to a line of the sums.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Sums {
    people: i64,
    charges: i64,
    filed: i64,
    granted: i64,
}

impl Sums {
    fn add(&mut self, other: Sums, sign: i64) {
        self.people += sign * other.people;
        self.charges += sign * other.charges;
        self.filed += sign * other.filed;
        self.granted += sign * other.granted;
    }
}

/// A person's line of the sums: the day and the event, the other facts empty.
fn person_key(day: &str, event: i64) -> Key {
    (day.to_string(), event, String::new(), String::new(), String::new(), String::new())
}

impl Store {
    /// What matter `id`'s rows add to the sums now.
    async fn sums_of(&self, conn: &mut AnyConnection, id: i64) -> Result<Vec<(Key, Sums)>> {
        let mut sums = Vec::new();
        for row in sqlx::query("SELECT event_id, screened_on FROM tally_people WHERE matter_id = $1").bind(id).fetch_all(&mut *conn).await?
        {
            sums.push((
                person_key(&row.try_get::<String, _>("screened_on")?, row.try_get("event_id")?),
                Sums { people: 1, ..Sums::default() },
            ));
        }
        let rows = sqlx::query(
            "SELECT event_id, screened_on, county, court_kind, route, outcome, filed, granted FROM tally_charges WHERE matter_id = $1",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        for row in rows {
            let key = (
                row.try_get("screened_on")?,
                row.try_get("event_id")?,
                row.try_get("county")?,
                row.try_get("court_kind")?,
                row.try_get("route")?,
                row.try_get("outcome")?,
            );
            sums.push((key, Sums { people: 0, charges: 1, filed: row.try_get("filed")?, granted: row.try_get("granted")? }));
        }
        Ok(sums)
    }

    /// Writes matter `id`'s counts again from what is saved in `conn` (a transaction
    /// that has just saved the matter), and moves the sums by the difference. A matter
    /// that is gone keeps no rows.
    pub(super) async fn retally(&self, conn: &mut AnyConnection, id: i64) -> Result<()> {
        self.tally(conn, id, false).await
    }

    /// `retally` for a matter made in this transaction, which has no counts to take
    /// back yet (an import of a thousand people saves four statements each).
    pub(super) async fn tally_new(&self, conn: &mut AnyConnection, id: i64) -> Result<()> {
        self.tally(conn, id, true).await
    }

    async fn tally(&self, conn: &mut AnyConnection, id: i64, new: bool) -> Result<()> {
        let mut change: BTreeMap<Key, Sums> = BTreeMap::new();
        if !new {
            for (key, sums) in self.sums_of(conn, id).await? {
                change.entry(key).or_default().add(sums, -1);
            }
            for table in TABLES {
                sqlx::query(&format!("DELETE FROM {table} WHERE matter_id = $1")).bind(id).execute(&mut *conn).await?;
            }
        }
        if self.write_tallies(conn, id).await? {
            for (key, sums) in self.sums_of(conn, id).await? {
                change.entry(key).or_default().add(sums, 1);
            }
        }
        // In the order of the sums' key, so two saves never wait on each other in a circle.
        for (key, sums) in change.into_iter().filter(|(_, s)| *s != Sums::default()) {
            sqlx::query(
                "INSERT INTO tally_sums (screened_on, event_id, county, court_kind, route, outcome, people, charges, filed, granted) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (screened_on, event_id, county, court_kind, route, outcome) DO UPDATE SET \
                 people = tally_sums.people + excluded.people, charges = tally_sums.charges + excluded.charges, \
                 filed = tally_sums.filed + excluded.filed, granted = tally_sums.granted + excluded.granted",
            )
            .bind(key.0)
            .bind(key.1)
            .bind(key.2)
            .bind(key.3)
            .bind(key.4)
            .bind(key.5)
            .bind(sums.people)
            .bind(sums.charges)
            .bind(sums.filed)
            .bind(sums.granted)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    /// Writes matter `id`'s rows from the matter as saved in `conn`; `false` if it is gone.
    async fn write_tallies(&self, conn: &mut AnyConnection, id: i64) -> Result<bool> {
        let row = sqlx::query("SELECT event_id, created_at, case_sealed, assessment_sealed FROM matters WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        let Some(row) = row else { return Ok(false) };
        let event: i64 = row.try_get("event_id")?;
        let day = day_of(row.try_get("created_at")?).to_string();
        let case = self.open_case(id, &row.try_get::<String, _>("case_sealed")?)?;
        let assessment: Option<Assessment> = match row.try_get::<Option<String>, _>("assessment_sealed")? {
            Some(sealed) => {
                let json = self.key.open(&sealed, &place("assessment", id))?;
                Some(serde_json::from_slice(&json).map_err(|_| StoreError::Key(super::KeyError::Wrong))?)
            }
            None => None,
        };
        let outcomes = sqlx::query(&format!("SELECT {COLUMNS} FROM outcomes WHERE matter_id = $1")).bind(id).fetch_all(&mut *conn).await?;
        let outcomes = outcomes.iter().map(|row| self.outcome_of(row)).collect::<Result<Vec<_>>>()?;

        sqlx::query("INSERT INTO tally_people (matter_id, event_id, screened_on) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(event)
            .bind(&day)
            .execute(&mut *conn)
            .await?;
        for (county, kind, route, outcome, filed, granted) in charge_rows(&case, assessment.as_ref(), &outcomes) {
            sqlx::query(
                "INSERT INTO tally_charges (matter_id, event_id, screened_on, county, court_kind, route, outcome, filed, granted) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(id)
            .bind(event)
            .bind(&day)
            .bind(county)
            .bind(kind)
            .bind(route)
            .bind(outcome)
            .bind(i64::from(filed))
            .bind(i64::from(granted))
            .execute(&mut *conn)
            .await?;
        }
        for o in &outcomes {
            sqlx::query(
                "INSERT INTO tally_petitions (matter_id, event_id, county, court_kind, filed_on, granted_on, denied_on, withdrawn_on) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(event)
            .bind(o.county.as_deref().map(county_name).unwrap_or_default())
            .bind(o.court_kind.clone().unwrap_or_default())
            .bind(o.filed_on.map(|d| d.to_string()))
            .bind(o.granted_on.map(|d| d.to_string()))
            .bind(o.denied_on.map(|d| d.to_string()))
            .bind(o.withdrawn_on.map(|d| d.to_string()))
            .execute(&mut *conn)
            .await?;
        }
        Ok(true)
    }

    /// Keeps matter `id`'s counts but no longer ties them to it: for the purge. The
    /// sums do not change.
    pub(super) async fn detach_tallies(&self, conn: &mut AnyConnection, id: i64) -> Result<()> {
        for table in TABLES {
            sqlx::query(&format!("UPDATE {table} SET matter_id = NULL WHERE matter_id = $1")).bind(id).execute(&mut *conn).await?;
        }
        Ok(())
    }

    /// Counts the matters saved before the counts were kept (a clinic from an earlier
    /// version): each matter without its person's row gets its rows. Each is locked
    /// first, as a save locks it, and looked at again: two servers opening the clinic
    /// at once count it once.
    pub(super) async fn tally_missing(&self) -> Result<usize> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM matters WHERE id NOT IN (SELECT matter_id FROM tally_people WHERE matter_id IS NOT NULL)")
                .fetch_all(&self.pool)
                .await?;
        let mut counted = 0;
        for &id in &ids {
            let mut tx = self.pool.begin().await?;
            sqlx::query("UPDATE matters SET version = version WHERE id = $1").bind(id).execute(&mut *tx).await?;
            let rows: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM tally_people WHERE matter_id = $1").bind(id).fetch_one(&mut *tx).await?;
            if rows == 0 {
                self.retally(&mut tx, id).await?;
                counted += 1;
            }
            tx.commit().await?;
        }
        Ok(counted)
    }

    /// The counts of people first seen from `from` to `to` (both days included), their
    /// charges, and the petitions filed, granted, denied or withdrawn in that time.
    pub async fn statistics(&self, from: NaiveDate, to: NaiveDate) -> Result<Statistics> {
        let (from, to) = (from.to_string(), to.to_string());
        // The days summed in the database: a row per event and kind of charge comes back.
        let rows = sqlx::query(
            "SELECT event_id, county, court_kind, route, outcome, CAST(SUM(people) AS BIGINT) AS people, \
             CAST(SUM(charges) AS BIGINT) AS charges, CAST(SUM(filed) AS BIGINT) AS filed, CAST(SUM(granted) AS BIGINT) AS granted \
             FROM tally_sums WHERE screened_on >= $1 AND screened_on <= $2 GROUP BY event_id, county, court_kind, route, outcome",
        )
        .bind(&from)
        .bind(&to)
        .fetch_all(&self.pool)
        .await?;
        let mut people: BTreeMap<i64, i64> = BTreeMap::new();
        let mut charges: BTreeMap<(i64, String, String, String, String), Sums> = BTreeMap::new();
        for row in &rows {
            let event: i64 = row.try_get("event_id")?;
            *people.entry(event).or_default() += row.try_get::<i64, _>("people")?;
            let key = (event, row.try_get("county")?, row.try_get("court_kind")?, row.try_get("route")?, row.try_get("outcome")?);
            let sums = Sums { people: 0, charges: row.try_get("charges")?, filed: row.try_get("filed")?, granted: row.try_get("granted")? };
            charges.entry(key).or_default().add(sums, 1);
        }
        let counted = |column: &str| format!("(SELECT COUNT(*) FROM tally_petitions WHERE {column} >= $1 AND {column} <= $2) AS {column}");
        let row = sqlx::query(&format!(
            "SELECT {}, {}, {}, {}",
            counted("filed_on"),
            counted("granted_on"),
            counted("denied_on"),
            counted("withdrawn_on")
        ))
        .bind(&from)
        .bind(&to)
        .fetch_one(&self.pool)
        .await?;
        Ok(Statistics {
            people: people.into_iter().filter(|(_, n)| *n != 0).collect(),
            charges: charges
                .into_iter()
                .filter(|(_, s)| s.charges != 0)
                .map(|((event_id, county, court_kind, route, outcome), s)| ChargeCount {
                    event_id,
                    county,
                    court_kind,
                    route,
                    outcome,
                    charges: s.charges,
                    filed: s.filed,
                    granted: s.granted,
                })
                .collect(),
            petitions: PetitionCount {
                filed: row.try_get("filed_on")?,
                granted: row.try_get("granted_on")?,
                denied: row.try_get("denied_on")?,
                withdrawn: row.try_get("withdrawn_on")?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_county_is_counted_under_one_spelling() {
        for typed in ["Hinds", "hinds", " HINDS County ", "hinds county"] {
            assert_eq!(county_name(typed), "Hinds", "{typed:?}");
        }
        assert_eq!(county_name("DeSoto"), "DeSoto");
        assert_eq!(county_name("pearl river"), "Pearl River");
        assert_eq!(county_name(""), "");
    }

    #[test]
    fn a_day_is_the_day_in_mississippi() {
        // 2026-12-01 03:00 UTC is still November 30 in Central time.
        assert_eq!(day_of(1_796_094_000).to_string(), "2026-11-30");
    }
}

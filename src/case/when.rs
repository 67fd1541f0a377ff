//! A date as a person knows it: a day, or only a month and year, or only a year.
//!
//! People often remember "March 2021" and not the day. A rough date is kept as rough
//! as it was given ("2021-03", "2021"), never filled in with a guessed day. The engine
//! reads one day of it at a time: it assesses a case with every rough date on its
//! first possible day and again on its last (`Case::pinned`), and when the two answers
//! differ it says what the exact day decides (see `engine::rough`). Court papers print
//! only exact days, so a rough date the papers need is asked again.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::facts::FactKey;

/// How much of a date was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date, exact or rough. `day` is the day the engine reads: the first day of the
/// month or year as given, or the day a pinned copy chose (`pinned`).
/// Ordered by the day the engine reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct When {
    day: NaiveDate,
    precision: Precision,
}

/// Which day of a rough date to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    First,
    Last,
}

/// Why a written date was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a date of any shape, or a day that does not exist (February 30).
    Shape,
    /// A year that is not four digits.
    Year,
    /// A day given without its month.
    DayWithoutMonth,
    /// A month or day given without the year.
    NoYear,
}

impl When {
    /// An exact day.
    pub fn day_of(day: NaiveDate) -> When {
        When { day, precision: Precision::Day }
    }

    /// Only a month: read from its first day until pinned.
    pub fn month_of(year: i32, month: u32) -> Option<When> {
        Some(When { day: NaiveDate::from_ymd_opt(year, month, 1)?, precision: Precision::Month })
    }

    /// Only a year: read from January 1 until pinned.
    pub fn year_of(year: i32) -> Option<When> {
        Some(When { day: NaiveDate::from_ymd_opt(year, 1, 1)?, precision: Precision::Year })
    }

    /// The day the engine reads.
    pub fn day(self) -> NaiveDate {
        self.day
    }

    pub fn precision(self) -> Precision {
        self.precision
    }

    pub fn is_exact(self) -> bool {
        self.precision == Precision::Day
    }

    /// The first day it can be.
    pub fn first(self) -> NaiveDate {
        match self.precision {
            Precision::Day => self.day,
            Precision::Month => self.day.with_day(1).unwrap_or(self.day),
            Precision::Year => self.day.with_ordinal(1).unwrap_or(self.day),
        }
    }

    /// The last day it can be.
    pub fn last(self) -> NaiveDate {
        let first = self.first();
        let next = match self.precision {
            Precision::Day => return self.day,
            Precision::Month => first.checked_add_months(chrono::Months::new(1)),
            Precision::Year => first.checked_add_months(chrono::Months::new(12)),
        };
        next.and_then(|n| n.pred_opt()).unwrap_or(first)
    }

    /// The same date read on its first or last possible day, never after `latest`
    /// (a date a person gives has passed, so "2026" read in November 2026 ends today).
    /// Its precision is kept, so it is still shown as it was given.
    pub fn pinned(self, bound: Bound, latest: NaiveDate) -> When {
        let day = match bound {
            Bound::First => self.first(),
            Bound::Last => self.last().min(latest).max(self.first()),
        };
        When { day, precision: self.precision }
    }

    /// The same date read on `day`, which must lie within it.
    pub fn on(self, day: NaiveDate) -> When {
        When { day: day.clamp(self.first(), self.last()), precision: self.precision }
    }

    /// Reads "2021-03-14", "3/14/2021", "3-14-2021", "2021-03" or "2021". Boxes for day,
    /// month and year post "2021-3-" or "2021--" (`from_boxes`); those read the same way.
    pub fn parse(raw: &str) -> Result<When, Unreadable> {
        let raw = raw.trim();
        let parts: Vec<&str> = raw.split(['/', '-', '.']).map(str::trim).collect();
        let number = |s: &str| -> Result<u32, Unreadable> {
            if !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| Unreadable::Shape)
            } else {
                Err(Unreadable::Shape)
            }
        };
        let year = |s: &str| -> Result<i32, Unreadable> {
            if s.len() != 4 {
                return Err(if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() { Unreadable::Year } else { Unreadable::Shape });
            }
            Ok(number(s)? as i32)
        };
        let exact = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).map(When::day_of).ok_or(Unreadable::Shape);
        match parts.as_slice() {
            [y] if !y.is_empty() => When::year_of(year(y)?).ok_or(Unreadable::Shape),
            // Year first, as date pickers and the boxes send it.
            [y, m] if y.len() == 4 => When::month_of(year(y)?, number(m)?).ok_or(Unreadable::Shape),
            [y, m, d] if y.len() == 4 || (y.is_empty() && raw.contains('-')) => {
                if y.is_empty() {
                    return Err(Unreadable::NoYear);
                }
                let y = year(y)?;
                match (m.is_empty(), d.is_empty()) {
                    (true, true) => When::year_of(y).ok_or(Unreadable::Shape),
                    (false, true) => When::month_of(y, number(m)?).ok_or(Unreadable::Shape),
                    (true, false) => Err(Unreadable::DayWithoutMonth),
                    (false, false) => exact(y, number(m)?, number(d)?),
                }
            }
            // Month first, as people in the United States write it: 3/14/2021.
            [m, d, y] => exact(year(y)?, number(m)?, number(d)?),
            _ => Err(Unreadable::Shape),
        }
    }

    /// What three boxes posted, as one value `parse` reads: "" when all are empty.
    pub fn from_boxes(day: &str, month: &str, year: &str) -> String {
        let (d, m, y) = (day.trim(), month.trim(), year.trim());
        if d.is_empty() && m.is_empty() && y.is_empty() { String::new() } else { format!("{y}-{m}-{d}") }
    }

    /// The day, month and year to show in three boxes, from a value `parse` reads or
    /// one typed wrongly (kept as typed, so nothing is lost).
    pub fn to_boxes(value: &str) -> (String, String, String) {
        if let Ok(w) = When::parse(value) {
            let (d, m, y) = (w.day.day().to_string(), w.day.month().to_string(), w.day.year().to_string());
            return match w.precision {
                Precision::Day => (d, m, y),
                Precision::Month => (String::new(), m, y),
                Precision::Year => (String::new(), String::new(), y),
            };
        }
        match value.split('-').collect::<Vec<_>>().as_slice() {
            [y, m, d] => (d.to_string(), m.to_string(), y.to_string()),
            _ => (String::new(), String::new(), value.to_string()),
        }
    }
}

impl fmt::Display for When {
    /// As the case format writes it: "2021-03-14", "2021-03" or "2021".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.day.format("%Y-%m-%d")),
            Precision::Month => write!(f, "{}", self.day.format("%Y-%m")),
            Precision::Year => write!(f, "{}", self.day.format("%Y")),
        }
    }
}

impl From<NaiveDate> for When {
    fn from(day: NaiveDate) -> When {
        When::day_of(day)
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for When {
    /// Only the case format's own shapes: "2021-03-14", "2021-03" or "2021".
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<When, D::Error> {
        let raw = Cow::<str>::deserialize(d)?;
        let shaped = matches!(raw.len(), 4 | 7 | 10)
            && raw.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        match When::parse(&raw) {
            Ok(w) if shaped => Ok(w),
            _ => Err(serde::de::Error::custom(format!("`{raw}` is not a date written like 2021-03-14, 2021-03 or 2021"))),
        }
    }
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date: a day (2021-03-14), or only a month (2021-03) or a year (2021) when that is all the person knows.",
        })
    }
}

/// The case's dates that may be rough, by fact: the charge's position for a charge's.
fn slots(case: &mut super::Case) -> Vec<(Option<usize>, FactKey, &mut Option<When>)> {
    let mut out = vec![(None, FactKey::HistoryLastConvictionDate, &mut case.history.last_conviction_date)];
    for (i, c) in case.charges.iter_mut().enumerate() {
        out.push((Some(i), FactKey::ChargeArrestDate, &mut c.arrest_date));
        out.push((Some(i), FactKey::ChargeDispositionDate, &mut c.disposition_date));
        out.push((Some(i), FactKey::ChargeSentenceCompletionDate, &mut c.sentence_completion_date));
    }
    out
}

impl super::Case {
    /// Each date given only as a month or a year: the charge's position (for a
    /// charge's date), its fact and the date.
    /// Read on every assessment, so without copying the case.
    pub fn rough_dates(&self) -> Vec<(Option<usize>, FactKey, When)> {
        let history = [(None, FactKey::HistoryLastConvictionDate, self.history.last_conviction_date)];
        let charges = self.charges.iter().enumerate().flat_map(|(i, c)| {
            [
                (Some(i), FactKey::ChargeArrestDate, c.arrest_date),
                (Some(i), FactKey::ChargeDispositionDate, c.disposition_date),
                (Some(i), FactKey::ChargeSentenceCompletionDate, c.sentence_completion_date),
            ]
        });
        history.into_iter().chain(charges).filter_map(|(i, key, w)| w.filter(|w| !w.is_exact()).map(|w| (i, key, w))).collect()
    }

    /// A copy with every rough date read on its first or last possible day. A charge's
    /// rough dates keep their order (arrest, end of the case, end of the sentence):
    /// "2024" for the end of a sentence given after a case that ended on June 3, 2024
    /// is read from June 3, never from January 1.
    pub fn pinned(&self, bound: Bound, latest: NaiveDate) -> super::Case {
        let mut copy = self.clone();
        for (_, _, w) in slots(&mut copy) {
            *w = w.map(|w| w.pinned(bound, latest));
        }
        for c in &mut copy.charges {
            let order = [&mut c.arrest_date, &mut c.disposition_date, &mut c.sentence_completion_date];
            match bound {
                Bound::First => {
                    for i in 1..order.len() {
                        if let (Some(before), Some(w)) = (*order[i - 1], order[i].as_mut())
                            && !w.is_exact()
                        {
                            *w = w.on(w.day().max(before.day()));
                        }
                    }
                }
                Bound::Last => {
                    for i in (0..order.len() - 1).rev() {
                        if let (Some(after), Some(w)) = (*order[i + 1], order[i].as_mut())
                            && !w.is_exact()
                        {
                            *w = w.on(w.day().min(after.day()));
                        }
                    }
                }
            }
        }
        copy
    }

    /// A copy with one rough date read on `day`.
    pub fn with_day(&self, charge: Option<usize>, key: FactKey, day: NaiveDate) -> super::Case {
        let mut copy = self.clone();
        for (i, k, w) in slots(&mut copy) {
            if i == charge && k == key {
                *w = w.map(|w| w.on(day));
            }
        }
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_day_a_month_or_a_year_is_read_as_given() {
        assert_eq!(When::parse("2021-03-14"), Ok(When::day_of(d("2021-03-14"))));
        assert_eq!(When::parse("3/14/2021"), Ok(When::day_of(d("2021-03-14"))));
        assert_eq!(When::parse("2021-03").map(|w| (w.first(), w.last())), Ok((d("2021-03-01"), d("2021-03-31"))));
        assert_eq!(When::parse("2021").map(|w| (w.first(), w.last())), Ok((d("2021-01-01"), d("2021-12-31"))));
        assert_eq!(When::parse("2024-02").map(When::last), Ok(d("2024-02-29")));
    }

    #[test]
    fn boxes_read_back_as_typed() {
        for (boxes, shown) in [(("14", "3", "2021"), "2021-03-14"), (("", "3", "2021"), "2021-03"), (("", "", "2021"), "2021")] {
            let raw = When::from_boxes(boxes.0, boxes.1, boxes.2);
            assert_eq!(When::parse(&raw).map(|w| w.to_string()), Ok(shown.to_string()));
            let back = When::to_boxes(shown);
            assert_eq!((back.0.as_str(), back.1.as_str(), back.2.as_str()), boxes);
        }
        assert_eq!(When::from_boxes(" ", "", ""), "");
        assert_eq!(When::parse(&When::from_boxes("14", "", "2021")), Err(Unreadable::DayWithoutMonth));
        assert_eq!(When::parse(&When::from_boxes("14", "3", "")), Err(Unreadable::NoYear));
        assert_eq!(When::parse(&When::from_boxes("14", "3", "21")), Err(Unreadable::Year));
        assert_eq!(When::parse(&When::from_boxes("30", "2", "2021")), Err(Unreadable::Shape));
        assert_eq!(When::to_boxes("2021-x-3"), ("3".into(), "x".into(), "2021".into()), "a wrong box is shown as typed");
    }

    #[test]
    fn nonsense_is_refused() {
        for raw in ["", "soon", "14/3/2021", "2021-13", "21", "2021-3-4-5", "99999", "-2021"] {
            assert!(When::parse(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn a_pinned_date_stays_within_what_was_given_and_before_today() {
        let march = When::parse("2024-03").unwrap();
        assert_eq!(march.pinned(Bound::Last, d("2026-11-30")).day(), d("2024-03-31"));
        assert_eq!(march.pinned(Bound::First, d("2026-11-30")).day(), d("2024-03-01"));
        assert_eq!(When::parse("2026").unwrap().pinned(Bound::Last, d("2026-11-30")).day(), d("2026-11-30"));
        assert_eq!(march.pinned(Bound::Last, d("2026-11-30")).to_string(), "2024-03", "still shown as given");
    }

    #[test]
    fn the_case_format_takes_only_its_own_shapes() {
        let read = |s: &str| serde_json::from_str::<When>(&format!("\"{s}\""));
        assert!(read("2021-03-14").is_ok() && read("2021-03").is_ok() && read("2021").is_ok());
        assert!(read("3/14/2021").is_err() && read("2021-3").is_err() && read("2021-02-30").is_err());
        assert_eq!(serde_json::to_string(&When::parse("2021-03").unwrap()).unwrap(), "\"2021-03\"");
    }
}

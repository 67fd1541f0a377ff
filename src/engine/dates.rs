//! Date arithmetic for waiting periods, in one place.
//!
//! "N years after" a date is the same calendar day N years later: a person becomes
//! eligible on the anniversary itself (inferred; see rules/README.md). A date that
//! does not exist in the target month (February 29 in a common year) rolls forward
//! to the first day of the next month.

use chrono::{Datelike, NaiveDate};

use crate::rules::{Param, Period};

/// The same day `months` later, rolling a missing day forward to the 1st of the
/// next month. Dates are bounded where they are read (`case::LATEST`); beyond the
/// calendar's end the answer is its last day, never an overflow.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    let Ok(year) = i32::try_from(year) else { return NaiveDate::MAX };
    NaiveDate::from_ymd_opt(year, month0 + 1, date.day())
        .or_else(|| {
            let (next_year, next_month0) = if month0 == 11 { (year.checked_add(1)?, 0) } else { (year, month0 + 1) };
            NaiveDate::from_ymd_opt(next_year, next_month0 + 1, 1)
        })
        .unwrap_or(NaiveDate::MAX)
}

/// The same day `years` later (see the module note for February 29).
pub fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    add_months(date, years.saturating_mul(12))
}

/// The first filing date on or after `as_of` on which `start` plus the waiting time
/// in force on that date has passed, and the period that applies then. `None` when
/// no period applies on or after `as_of` (the rules always cover open-ended time, so
/// this means the rules were built wrongly).
pub fn earliest_filing<T: Copy>(
    param: &Param<T>,
    start: NaiveDate,
    as_of: NaiveDate,
    add: impl Fn(NaiveDate, T) -> NaiveDate,
) -> Option<(NaiveDate, &Period<T>)> {
    param.periods().filter(|p| p.until.is_none_or(|u| u >= as_of)).find_map(|p| {
        let candidate = as_of.max(p.from).max(add(start, p.value));
        p.covers(candidate).then_some((candidate, p))
    })
}

/// "March 1, 2028": how dates appear on the court papers, which are always in
/// English. Words a person reads on the site use `Meta::long_date`, in the site's
/// language.
pub fn long(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    format!("{} {}, {}", MONTHS[date.month0() as usize], date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_anniversary_is_the_same_calendar_day() {
        assert_eq!(add_years(d("2023-11-23"), 3), d("2026-11-23"));
    }

    #[test]
    fn february_29_rolls_to_march_1_in_a_common_year() {
        assert_eq!(add_years(d("2024-02-29"), 3), d("2027-03-01"));
        assert_eq!(add_years(d("2024-02-29"), 4), d("2028-02-29"));
    }

    #[test]
    fn months_roll_a_missing_day_forward() {
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-03-01"));
        assert_eq!(add_months(d("2025-06-01"), 12), d("2026-06-01"));
        assert_eq!(add_months(d("2025-12-15"), 1), d("2026-01-15"));
    }

    #[test]
    fn the_calendar_end_is_never_passed() {
        assert_eq!(add_years(NaiveDate::MAX, 5), NaiveDate::MAX);
        assert_eq!(add_years(d("2020-01-01"), u32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn long_dates_read_naturally() {
        assert_eq!(long(d("2028-03-01")), "March 1, 2028");
    }
}

//! The one place that reads the clock. The engine and the questionnaire never read it:
//! the server and the command line ask here and pass the date (or time) down.

use chrono::NaiveDate;

/// The time now, for the time stamp of a file made for the person (a calendar file).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// Today's date in Mississippi (Central time), the default filing date.
pub fn today_in_mississippi() -> NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::America::Chicago).date_naive()
}

/// Now, in whole seconds since 1970 (UTC): the time clinic mode stores (sessions'
/// expiry, when a matter was saved, the audit log).
pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A time in seconds since 1970, in Mississippi (Central time): how clinic pages show
/// when something happened.
pub fn in_mississippi(at: i64) -> chrono::DateTime<chrono_tz::Tz> {
    chrono::DateTime::from_timestamp(at, 0).unwrap_or_default().with_timezone(&chrono_tz::America::Chicago)
}

/// The day in Mississippi of a time in seconds since 1970.
pub fn day_in_mississippi(at: i64) -> NaiveDate {
    in_mississippi(at).date_naive()
}

//! A calendar file (.ics) for the dates the results say a charge may be cleared from:
//! made when the person asks, from the answers the results page posts, and never kept.
//! The dates are worked out again from those answers; no date is ever read from a form.
//!
//! Privacy: a person may add this file to a calendar kept online or seen by others (a
//! family calendar, a work phone). So it says only that a date to ask for a record to be
//! cleared has come: it never names the charge, the offence, the court or the case
//! number, and its id holds nothing but the date. `tests/calendar.rs` reads the file
//! back and checks this.
//!
//! Clinic mode's reminders make the same file for a matter's next date with `file`,
//! saying how to reach the clinic instead of where to check again.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Class, Component, Event, EventLike, Property, Trigger};

use super::{Form, Questionnaire, value};
use crate::engine::{Assessment, Outcome};

/// Why no calendar file was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoCalendar {
    /// The answers the form carried could not be read.
    Unreadable,
    /// The button named no charge with a date still to come.
    NoDate,
    /// The file could not be written out (a fault of ours).
    Failed,
}

/// Where the file says to check again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The questionnaire's address in the page's language, e.g. `https://…/es/check`.
    pub check: String,
    /// The site's host name, to end the events' ids with.
    pub host: String,
}

/// A calendar file, ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    /// The file, in iCalendar's format (RFC 5545).
    pub text: String,
    /// How many dates it holds.
    pub dates: usize,
}

/// The buttons' value: `calendar:` and a charge's number (from 0), or `calendar:all`.
const GO: &str = "calendar:";

/// The dates to offer a calendar file for: each date some charge may be cleared from,
/// once, in order, with the first charge that has it. Two charges with the same date
/// would give the same file, as the file names no charge.
pub(super) fn offered(a: &Assessment) -> Vec<(usize, NaiveDate)> {
    let mut dates: Vec<(usize, NaiveDate)> = Vec::new();
    for c in &a.charges {
        if let Outcome::EligibleAfter { eligible_date } = c.outcome
            && !dates.iter().any(|(_, d)| *d == eligible_date)
        {
            dates.push((c.charge, eligible_date));
        }
    }
    dates.sort_by_key(|(_, d)| *d);
    dates
}

/// The `go` of the button for charge `i`'s date, and of the one for every date.
pub(super) fn go_one(i: usize) -> String {
    format!("{GO}{i}")
}

pub(super) fn go_all() -> String {
    format!("{GO}all")
}

impl Questionnaire<'_> {
    /// The calendar file the pressed button asks for: the date of one charge, or every
    /// date. `address` is where to check again (the site's name is used without it);
    /// `now` is the file's time stamp.
    pub fn calendar(&self, form: &Form, address: Option<&Address>, now: DateTime<Utc>) -> Result<CalendarFile, NoCalendar> {
        let Some(Ok(state)) = self.carried(form) else { return Err(NoCalendar::Unreadable) };
        let a = self.assess(&state.case);
        let dates: Vec<NaiveDate> = match value(form, "go").and_then(|go| go.strip_prefix(GO)) {
            Some("all") => offered(&a).into_iter().map(|(_, d)| d).collect(),
            Some(i) => i
                .parse::<usize>()
                .ok()
                .and_then(|i| a.charges.iter().find(|c| c.charge == i))
                .and_then(|c| match c.outcome {
                    Outcome::EligibleAfter { eligible_date } => Some(eligible_date),
                    _ => None,
                })
                .into_iter()
                .collect(),
            None => Vec::new(),
        };
        file(&dates, now, |date| self.event_text(date, address))
    }

    /// What the event for `date` says: that a record may be cleared from that date, and
    /// where to check again.
    fn event_text(&self, date: NaiveDate, address: Option<&Address>) -> EventText {
        let w = &self.words.calendar;
        let site = address.map_or_else(|| self.words.site.name.to_string(), |a| a.check.clone());
        EventText {
            summary: w.summary.to_string(),
            description: w.description.fill(&[("date", self.rules.meta.long_date(date)), ("site", site)]),
            reminder: w.reminder.to_string(),
            host: address.map_or_else(|| HOST.to_string(), |a| a.host.clone()),
            url: address.map(|a| a.check.clone()),
        }
    }
}

/// The host name that ends an event's id when the site's own is not known.
pub const HOST: &str = "clear-my-record-ms";

/// What one date's event says. None of it may name a charge, an offence, a court or a
/// case: only that a record may be cleared from the date, and whom to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventText {
    /// The event's title.
    pub summary: String,
    /// The event's notes.
    pub description: String,
    /// The reminder the day before.
    pub reminder: String,
    /// The host name that ends the event's id.
    pub host: String,
    /// An address to open, if any.
    pub url: Option<String>,
}

/// A calendar file with an all-day event on each of `dates` (at least one), each
/// saying what `text` gives for its date; `now` is the file's time stamp.
pub fn file(dates: &[NaiveDate], now: DateTime<Utc>, text: impl Fn(NaiveDate) -> EventText) -> Result<CalendarFile, NoCalendar> {
    if dates.is_empty() {
        return Err(NoCalendar::NoDate);
    }
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Clear My Record Mississippi//expunge-ms//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        // A file to add to a calendar, not an invitation to answer.
        .append_property(Property::new("METHOD", "PUBLISH"));
    for &date in dates {
        calendar.push(event(date, &text(date), now));
    }
    let text: String = (&calendar).try_into().map_err(|_| NoCalendar::Failed)?;
    Ok(CalendarFile { text, dates: dates.len() })
}

/// One all-day event on `date`, with a reminder the day before.
fn event(date: NaiveDate, text: &EventText, now: DateTime<Utc>) -> Event {
    // The same date gives the same id, so adding the file again (or the file of every
    // date after one date's) updates the event rather than adding a second one.
    let uid = format!("record-date-{}@{}", date.format("%Y%m%d"), text.host);
    let mut reminder = Alarm::display(&text.reminder, Trigger::before_start(Duration::hours(15)));
    // The reminder's own id and stamp, which the crate adds to it otherwise (a random id).
    reminder.uid(&format!("reminder-{uid}")).timestamp(now);
    let mut event = Event::new();
    event
        .uid(&uid)
        .timestamp(now)
        .starts(date)
        .summary(&text.summary)
        .description(&text.description)
        // Calendars shared with others show a private event without its words.
        .class(Class::Private)
        // An all-day reminder: the person is not busy that day.
        .add_property("TRANSP", "TRANSPARENT")
        // The reminder 15 hours before the day starts: 9 in the morning the day
        // before, wherever the person is (an all-day date has no time zone).
        .alarm(reminder);
    // An all-day event ends at the start of the next day (RFC 5545, 3.6.1).
    if let Some(next) = date.succ_opt() {
        event.ends(next);
    }
    if let Some(url) = &text.url {
        event.url(url);
    }
    event.done()
}

//! Reminders: the people whose charges may be cleared from a date in the next N days,
//! or from a date that has come since their papers were printed, across the events
//! whose matters the viewer reads (attorneys: every event; volunteers: their own;
//! admins: none, as they read no names). Each person's calendar file, and an e-mail if
//! the clinic set up an SMTP server.
//!
//! The list is found from a plain column (see `store::reminders`); only the matters
//! listed are opened. Neither the calendar file nor the e-mail names a charge: a phone's
//! calendar and mail are seen by others.
//!
//! - `GET /clinic/reminders?days=N` (default 30).
//! - `POST /clinic/matters/{id}/reminder/calendar`: the calendar file (.ics).
//! - `POST /clinic/matters/{id}/reminder/mail`: the e-mail, sent once for each date.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::{ClinicState, checked_form, field, page};
use crate::clinic::mail::MailError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::reminders::{Due, Reminder, Scope, day_in_mississippi};
use crate::clinic::store::users::Role;
use crate::clock::{now_unix, today_in_mississippi};
use crate::questionnaire::calendar::{self, EventText};

/// Days ahead shown when none are asked for.
pub const DEFAULT_DAYS: i64 = 30;
/// The most days ahead one may ask for.
pub const MAX_DAYS: i64 = 366;
/// The most people listed at once.
const LIMIT: i64 = 300;

/// The days asked for: the default if none, `Err` if not a number from 1 to `MAX_DAYS`.
fn days_of(value: Option<&str>) -> Result<i64, ()> {
    match value.map(str::trim) {
        None | Some("") => Ok(DEFAULT_DAYS),
        Some(v) => v.parse::<i64>().ok().filter(|d| (1..=MAX_DAYS).contains(d)).ok_or(()),
    }
}

/// A message at the top of the list: its status, its words, and whether it is an error.
type Message = (StatusCode, String, bool);

/// GET /clinic/reminders
pub async fn list(State(state): State<ClinicState>, req: Request) -> Response {
    let viewer = match access::gate_for(&state, req.headers(), now_unix(), Need::Reminders).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let asked = req.uri().query().into_iter().flat_map(|q| form_urlencoded::parse(q.as_bytes())).find(|(k, _)| k == "days");
    list_page(&state, &viewer, days_of(asked.as_ref().map(|(_, v)| v.as_ref())), None).await
}

/// The list for `days` ahead (or the default, with an error beside the field), with a message.
async fn list_page(state: &ClinicState, viewer: &Viewer, days: Result<i64, ()>, message: Option<Message>) -> Response {
    let w = &state.words.clinic;
    let now = now_unix();
    let today = today_in_mississippi();
    let shown_days = days.unwrap_or(DEFAULT_DAYS);
    let until = today.checked_add_days(chrono::Days::new(shown_days.unsigned_abs())).unwrap_or(today);
    let scope = if viewer.user.role == Role::Attorney { Scope::Every } else { Scope::StaffOf(viewer.user.id) };
    let found = tokio::try_join!(
        state.store.reminders(scope, today, until, LIMIT + 1),
        state.store.audit(Some(viewer.user.id), Action::ListReminders, None, None, now),
    );
    let mut due = match found {
        Ok((due, ())) => due,
        Err(e) => return page::fault(state, Some(viewer), &e),
    };
    let more = due.len() > usize::try_from(LIMIT).unwrap_or(usize::MAX);
    due.truncate(usize::try_from(LIMIT).unwrap_or(usize::MAX));
    let (come, coming): (Vec<Due>, Vec<Due>) = due.into_iter().partition(|d| d.on <= today);
    let days_text = shown_days.to_string();
    let days_error = days.is_err().then(|| w.reminders_days_error.to_string());
    let status = message.as_ref().map_or(if days.is_err() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK }, |m| m.0);
    let message = message.map(|(_, text, error)| {
        if error {
            view! { <div class="error-summary" role="alert"><p>{text}</p></div> }.into_any()
        } else {
            view! { <div class="notice done" role="status"><p>{text}</p></div> }.into_any()
        }
    });
    let mail_off = state.reminders.mailer.is_none().then(|| view! { <p class="notice">{w.reminders_mail_off.to_string()}</p> });
    let body = view! {
        <h1>{w.reminders_heading.to_string()}</h1>
        <p>{w.reminders_lead.to_string()}</p>
        {message}
        {mail_off}
        <form method="get" action="/clinic/reminders">
            <div class=if days_error.is_some() { "field has-error" } else { "field" }>
                <label for="days">{w.reminders_days.to_string()}</label>
                {page::field_error(state, "days", days_error.clone())}
                <div class="input-row">
                    <input id="days" name="days" type="number" class="short" min="1" max=MAX_DAYS.to_string() inputmode="numeric"
                        value=days_text.clone() aria-invalid=days_error.is_some().then_some("true")
                        aria-describedby=days_error.is_some().then_some("days-error")/>
                    <button type="submit" class="button secondary">{w.reminders_show.to_string()}</button>
                </div>
            </div>
        </form>
        <h2>{w.reminders_come_heading.to_string()}</h2>
        <p class="help">{w.reminders_come_lead.to_string()}</p>
        {cards(state, viewer, come, &days_text)}
        <h2>{w.reminders_coming_heading.fill(&[("n", days_text.clone())])}</h2>
        {cards(state, viewer, coming, &days_text)}
        {more.then(|| view! { <p>{w.reminders_more.fill(&[("n", LIMIT.to_string())])}</p> })}
    };
    let mut res = page::render(state, w.reminders_heading.as_str(), Some(viewer), body);
    *res.status_mut() = status;
    res
}

/// One card per person: the name (a link to the matter), the date and event, whether
/// an e-mail was sent, and the buttons.
fn cards(state: &ClinicState, viewer: &Viewer, due: Vec<Due>, days: &str) -> AnyView {
    let w = &state.words.clinic;
    if due.is_empty() {
        return view! { <p>{w.reminders_none.to_string()}</p> }.into_any();
    }
    let mail = state.reminders.mailer.is_some();
    let items = due
        .into_iter()
        .map(|d| {
            let name = d.name.clone().unwrap_or_else(|| w.no_name.to_string());
            // Whether an e-mail was sent, or why none can be; nothing when e-mail is off.
            let sent = match (d.reminded_at, d.has_email) {
                (Some(at), _) => Some(w.reminders_sent.fill(&[("date", state.rules.meta.long_date(day_in_mississippi(at)))])),
                (None, _) if !mail => None,
                (None, true) => Some(w.reminders_not_sent.to_string()),
                (None, false) => Some(w.reminders_no_address.to_string()),
            };
            // Each button is described by the person's name, for a screen reader's list of buttons.
            let named = format!("m{}-name", d.id);
            let button = |what: &str, label: String, class: &'static str| {
                view! {
                    <form method="post" action=format!("/clinic/matters/{}/reminder/{what}", d.id)>
                        {page::csrf_field(viewer)}
                        <input type="hidden" name="days" value=days.to_string()/>
                        <button type="submit" class=class aria-describedby=named.clone()>{label}</button>
                    </form>
                }
            };
            view! {
                <li id=format!("m{}", d.id)>
                    <a id=named.clone() href=format!("/clinic/matters/{}", d.id)>{name}</a>
                    <p><strong>{state.rules.meta.long_date(d.on)}</strong>" · "{d.event_name.clone()}</p>
                    {sent.map(|s| view! { <p class="help">{s}</p> })}
                    <div class="actions">
                        {button("calendar", w.reminders_calendar.to_string(), "button secondary")}
                        {(mail && d.has_email && d.reminded_at.is_none()).then(|| button("mail", w.reminders_mail.to_string(), "button"))}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards reminders">{items}</ul> }.into_any()
}

/// The signed-in person, the matter's reminder (read without opening the matter) if
/// they may work on its matters, and the form they posted; or the answer to send.
async fn reminder_form(state: &ClinicState, id: i64, req: Request) -> Result<(Viewer, Reminder, super::Form), Response> {
    let (parts, body) = req.into_parts();
    let viewer = access::gate(state, &parts.headers, now_unix()).await?;
    let reminder = match state.store.reminder_of(id).await {
        Ok(Some(r)) => r,
        Ok(None) => return Err(page::not_found(state, Some(&viewer))),
        Err(e) => return Err(page::fault(state, Some(&viewer), &e)),
    };
    match access::allowed(&state.store, &viewer.user, Need::Matters(reminder.event_id)).await {
        Ok(true) => {}
        Ok(false) => return Err(page::forbidden(state, Some(&viewer))),
        Err(e) => return Err(page::fault(state, Some(&viewer), &e)),
    }
    let form = checked_form(state, &viewer, body).await?;
    Ok((viewer, reminder, form))
}

/// How people reach the clinic: as it said (`--clinic-contact`), or the words' phrase.
fn contact(state: &ClinicState) -> String {
    state.reminders.contact.clone().unwrap_or_else(|| state.words.clinic.reminder_contact.to_string())
}

/// What a reminder's calendar event says: a record may be cleared from the date, and
/// whom to ask. Never the charge.
pub fn event_text(state: &ClinicState, date: NaiveDate) -> EventText {
    let w = &state.words;
    EventText {
        summary: w.calendar.summary.to_string(),
        description: w.clinic.reminder_calendar.fill(&[("date", state.rules.meta.long_date(date)), ("clinic", contact(state))]),
        reminder: w.calendar.reminder.to_string(),
        host: calendar::HOST.to_string(),
        url: None,
    }
}

/// The e-mail's subject and text for a date, said as coming or come on `today`.
pub fn mail_text(state: &ClinicState, on: NaiveDate, today: NaiveDate) -> (String, String) {
    let w = &state.words.clinic;
    let text = if on > today { &w.reminder_mail_coming } else { &w.reminder_mail_come };
    let body = text.fill(&[("date", state.rules.meta.long_date(on)), ("clinic", contact(state))]);
    (w.reminder_mail_subject.to_string(), body)
}

/// POST /clinic/matters/{id}/reminder/calendar
pub async fn calendar(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, reminder, form) = match reminder_form(&state, id, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let days = days_of(Some(field(&form, "days")));
    let no_date = || (StatusCode::UNPROCESSABLE_ENTITY, state.words.clinic.reminders_no_date.to_string(), true);
    let Some(on) = reminder.on else {
        return list_page(&state, &viewer, days, Some(no_date())).await;
    };
    let Ok(file) = calendar::file(&[on], crate::clock::now(), |d| event_text(&state, d)) else {
        return list_page(&state, &viewer, days, Some(no_date())).await;
    };
    match state.store.audit(Some(viewer.user.id), Action::ReminderCalendar, Some(id), Some(reminder.event_id), now_unix()).await {
        // Named by its date, so several people's files can be told apart (never by name).
        Ok(()) => super::export::download(file.text.into_bytes(), "text/calendar; charset=utf-8", &format!("clear-a-record-{on}.ics")),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// POST /clinic/matters/{id}/reminder/mail: the e-mail for the matter's date, unless
/// one was sent for it already. The send is claimed in the database first, so two
/// clicks, or two servers, send it once; a failed send gives the claim back.
pub async fn mail(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, reminder, form) = match reminder_form(&state, id, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let days = days_of(Some(field(&form, "days")));
    let refuse = |status: StatusCode, text: &str| Some((status, text.to_string(), true));
    let Some(mailer) = state.reminders.mailer.clone() else {
        return list_page(&state, &viewer, days, refuse(StatusCode::SERVICE_UNAVAILABLE, w.reminders_mail_off.as_str())).await;
    };
    let Some(on) = reminder.on else {
        return list_page(&state, &viewer, days, refuse(StatusCode::UNPROCESSABLE_ENTITY, w.reminders_no_date.as_str())).await;
    };
    let person = match state.store.person_of(id).await {
        Ok(Some(person)) => person,
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let name = [("name", person.full_name.clone().unwrap_or_else(|| w.no_name.to_string()))];
    let Some(address) = person.email.filter(|e| !e.trim().is_empty()) else {
        return list_page(&state, &viewer, days, refuse(StatusCode::UNPROCESSABLE_ENTITY, &w.reminders_mail_no_address.fill(&name))).await;
    };
    let now = now_unix();
    match state.store.claim_reminder(id, on, now).await {
        Ok(true) => {}
        Ok(false) => return list_page(&state, &viewer, days, refuse(StatusCode::CONFLICT, &w.reminders_mail_twice.fill(&name))).await,
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    }
    let (subject, body) = mail_text(&state, on, today_in_mississippi());
    let sent = mailer.send(&address, &subject, &body).await;
    let (action, message) = match &sent {
        Ok(()) => (Action::ReminderMail, (StatusCode::OK, w.reminders_mail_done.fill(&name), false)),
        Err(MailError::Address) => {
            (Action::ReminderMailFailed, (StatusCode::UNPROCESSABLE_ENTITY, w.reminders_bad_address.fill(&name), true))
        }
        Err(MailError::Failed(_)) => (Action::ReminderMailFailed, (StatusCode::BAD_GATEWAY, w.reminders_mail_failed.fill(&name), true)),
    };
    let recorded = async {
        if sent.is_err() {
            state.store.release_reminder(id, on, now).await?;
        }
        state.store.audit(Some(viewer.user.id), action, Some(id), Some(reminder.event_id), now).await
    };
    if let Err(e) = recorded.await {
        return page::fault(&state, Some(&viewer), &e);
    }
    list_page(&state, &viewer, days, Some(message)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_a_number_from_1_to_366_or_the_default() {
        assert_eq!(days_of(None), Ok(DEFAULT_DAYS));
        assert_eq!(days_of(Some(" ")), Ok(DEFAULT_DAYS));
        assert_eq!(days_of(Some("7")), Ok(7));
        for bad in ["0", "367", "-3", "ten", "1e3"] {
            assert_eq!(days_of(Some(bad)), Err(()), "{bad}");
        }
    }
}

//! The clinic's home (its events), and what admins do: accounts, events, staff, and
//! reading the audit log.

use std::collections::HashMap;

use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::{ClinicState, Form, checked_form, field, page};
use crate::clinic::accounts::{self, PasswordProblem};
use crate::clinic::store::audit::Action;
use crate::clinic::store::events::NewEvent;
use crate::clinic::store::users::{NewUser, Role};
use crate::clock::now_unix;

/// Errors of a form, by field id.
type Errors = Vec<(&'static str, String)>;

fn error_of(errors: &Errors, id: &str) -> Option<String> {
    errors.iter().find(|(f, _)| *f == id).map(|(_, e)| e.clone())
}

/// A text field with its label and error, keeping what was typed.
fn text_field(
    state: &ClinicState,
    id: &'static str,
    label: String,
    kind: &'static str,
    value: &str,
    errors: &Errors,
) -> impl IntoView + use<> {
    let error = error_of(errors, id);
    let has_error = error.is_some();
    let described = has_error.then(|| format!("{id}-error"));
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id>{label}</label>
            {page::field_error(state, id, error)}
            <input id=id name=id type=kind value=value.to_string() aria-describedby=described/>
        </div>
    }
}

/// GET /clinic: the events this account may see; admins also get the new-event form.
pub async fn home(State(state): State<ClinicState>, req: Request) -> Response {
    let viewer = match access::gate(&state, req.headers(), now_unix()).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    home_page(&state, &viewer, &Form::new(), &Errors::new()).await
}

async fn home_page(state: &ClinicState, viewer: &Viewer, form: &Form, errors: &Errors) -> Response {
    let w = &state.words.clinic;
    let events = match viewer.user.role {
        Role::Volunteer => state.store.events_of(viewer.user.id).await,
        Role::Admin | Role::Attorney => state.store.events().await,
    };
    let events = match events {
        Ok(events) => events,
        Err(e) => return page::fault(state, Some(viewer), &e),
    };
    let list = if events.is_empty() {
        view! { <p>{w.no_events.to_string()}</p> }.into_any()
    } else {
        let rows = events
            .into_iter()
            .map(|e| {
                let href = format!("/clinic/events/{}", e.id);
                view! { <li><a href=href>{e.name}</a>" · "{e.held_on.format("%B %-d, %Y").to_string()}" · "{e.county}</li> }
            })
            .collect_view();
        view! { <ul>{rows}</ul> }.into_any()
    };
    let new_event = (viewer.user.role == Role::Admin).then(|| {
        let retention = if form.is_empty() { "90" } else { field(form, "retention_days") };
        view! {
            <h2>{w.new_event_heading.to_string()}</h2>
            <form method="post" action="/clinic/events">
                {page::csrf_field(viewer)}
                {text_field(state, "name", w.event_name.to_string(), "text", field(form, "name"), errors)}
                {text_field(state, "held_on", w.event_date.to_string(), "date", field(form, "held_on"), errors)}
                {text_field(state, "county", w.event_county.to_string(), "text", field(form, "county"), errors)}
                {text_field(state, "retention_days", w.event_retention.to_string(), "number", retention, errors)}
                <button type="submit" class="button">{w.new_event_submit.to_string()}</button>
            </form>
        }
    });
    let body = view! { <h1>{w.events_heading.to_string()}</h1>{list}{new_event} };
    let mut res = page::render(state, w.events_heading.as_str(), Some(viewer), body);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// POST /clinic/events
pub async fn create_event(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let now = now_unix();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Admin).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let mut errors = Errors::new();
    let (name, county) = (field(&form, "name"), field(&form, "county"));
    if name.is_empty() || name.chars().count() > 120 {
        errors.push(("name", w.event_name_error.to_string()));
    }
    let held_on = NaiveDate::parse_from_str(field(&form, "held_on"), "%Y-%m-%d").ok();
    let retention = field(&form, "retention_days").parse::<i64>().ok().filter(|d| (1..=3650).contains(d));
    let today = crate::clock::today_in_mississippi();
    match (held_on, retention) {
        (None, _) => errors.push(("held_on", w.event_date_error.to_string())),
        // The purge deletes an event's matters the day after its date and days to keep.
        (Some(on), Some(days)) if on.checked_add_days(chrono::Days::new(days.unsigned_abs())).is_some_and(|end| end < today) => {
            errors.push(("held_on", w.event_date_past.fill(&[("n", days.to_string())])));
        }
        (Some(on), _) if today.checked_add_days(chrono::Days::new(366)).is_none_or(|far| on > far) => {
            errors.push(("held_on", w.event_date_far.to_string()));
        }
        _ => {}
    }
    // The county as the list of Mississippi's counties spells it.
    let county = state.rules.counties.iter().find(|c| c.eq_ignore_ascii_case(county.trim())).map(String::as_str);
    if county.is_none() {
        errors.push(("county", w.event_county_error.to_string()));
    }
    if retention.is_none() {
        errors.push(("retention_days", w.event_retention_error.to_string()));
    }
    let (Some(held_on), Some(retention_days), Some(county), true) = (held_on, retention, county, errors.is_empty()) else {
        return home_page(&state, &viewer, &form, &errors).await;
    };
    let new = NewEvent { name, held_on, county, retention_days };
    let made = match state.store.create_event(&new, viewer.user.id, now).await {
        Ok(id) => state.store.audit(Some(viewer.user.id), Action::CreateEvent, None, Some(id), now).await.map(|()| id),
        Err(e) => Err(e),
    };
    match made {
        Ok(id) => page::redirect(&format!("/clinic/events/{id}")),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// POST /clinic/events/{id}/staff
pub async fn assign_staff(State(state): State<ClinicState>, Path(event): Path<i64>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let now = now_unix();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Admin).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let user = field(&form, "user").parse::<i64>().ok();
    let (event_row, user_row) = match (state.store.event(event).await, state.store.user(user.unwrap_or_default()).await) {
        (Ok(e), Ok(u)) => (e, u),
        (Err(e), _) | (_, Err(e)) => return page::fault(&state, Some(&viewer), &e),
    };
    let (Some(_), Some(user)) = (event_row, user_row) else { return page::not_found(&state, Some(&viewer)) };
    let done = state.store.assign_staff(event, user.id).await;
    let logged = state.store.audit(Some(viewer.user.id), Action::AssignStaff, None, Some(event), now).await;
    match done.and(logged) {
        Ok(()) => page::redirect(&format!("/clinic/events/{event}")),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// GET /clinic/users
pub async fn users(State(state): State<ClinicState>, req: Request) -> Response {
    match access::gate_for(&state, req.headers(), now_unix(), Need::Admin).await {
        Ok(viewer) => users_page(&state, &viewer, &Form::new(), &Errors::new()).await,
        Err(res) => res,
    }
}

async fn users_page(state: &ClinicState, viewer: &Viewer, form: &Form, errors: &Errors) -> Response {
    let w = &state.words.clinic;
    let users = match state.store.users().await {
        Ok(users) => users,
        Err(e) => return page::fault(state, Some(viewer), &e),
    };
    let role_name = |r: Role| match r {
        Role::Admin => w.role_admin.to_string(),
        Role::Attorney => w.role_attorney.to_string(),
        Role::Volunteer => w.role_volunteer.to_string(),
    };
    let rows = users
        .into_iter()
        .map(|u| {
            let factor = if u.has_totp { w.yes.to_string() } else { w.no.to_string() };
            view! { <tr><td>{u.username}</td><td>{u.display_name}</td><td>{role_name(u.role)}</td><td>{factor}</td><td>{u.bar_number}</td></tr> }
        })
        .collect_view();
    let chosen = field(form, "role");
    let roles =
        // Volunteer first: the role most accounts have, and the one that may do least.
        [Role::Volunteer, Role::Attorney, Role::Admin]
            .into_iter()
            .map(|r| view! { <option value=r.key() selected=chosen == r.key()>{role_name(r)}</option> })
            .collect_view();
    let body = view! {
        <h1>{w.users_heading.to_string()}</h1>
        // Wide on a phone: the table scrolls sideways on its own, and takes the focus so a
        // keyboard can scroll it.
        <div class="table-scroll" role="region" aria-label=w.users_heading.to_string() tabindex="0">
        <table>
            <thead><tr><th>{w.username.to_string()}</th><th>{w.display_name.to_string()}</th><th>{w.role.to_string()}</th>
                <th>{w.second_factor.to_string()}</th><th>{w.bar_number.to_string()}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        <h2>{w.new_user_heading.to_string()}</h2>
        <form method="post" action="/clinic/users">
            {page::csrf_field(viewer)}
            {text_field(state, "username", w.username.to_string(), "text", field(form, "username"), errors)}
            {text_field(state, "display_name", w.display_name.to_string(), "text", field(form, "display_name"), errors)}
            <div class="field">
                <label for="role">{w.role.to_string()}</label>
                <select id="role" name="role">{roles}</select>
            </div>
            {text_field(state, "password", w.new_password.to_string(), "password", "", errors)}
            {text_field(state, "bar_number", w.bar_number.to_string(), "text", field(form, "bar_number"), errors)}
            <button type="submit" class="button">{w.new_user_submit.to_string()}</button>
        </form>
    };
    let mut res = page::render(state, w.users_heading.as_str(), Some(viewer), body);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// POST /clinic/users
pub async fn create_user(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let now = now_unix();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Admin).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let mut errors = Errors::new();
    let username = field(&form, "username");
    if username.is_empty() || username.chars().count() > 60 || username.chars().any(|c| c.is_whitespace() || c.is_control()) {
        errors.push(("username", w.username_error.to_string()));
    }
    let display_name = field(&form, "display_name");
    if display_name.is_empty() || display_name.chars().count() > 120 || display_name.chars().any(char::is_control) {
        errors.push(("display_name", w.display_name_error.to_string()));
    }
    let role = Role::from_key(field(&form, "role")).unwrap_or(Role::Volunteer);
    let password = form.iter().find(|(k, _)| k == "password").map_or("", |(_, v)| v.as_str());
    match accounts::check_new_password(password) {
        Err(PasswordProblem::TooShort) => errors.push(("password", w.password_short.fill(&[("n", accounts::MIN_PASSWORD.to_string())]))),
        Err(PasswordProblem::TooLong) => errors.push(("password", w.password_long.to_string())),
        Ok(()) => {}
    }
    let bar_number = Some(field(&form, "bar_number").trim()).filter(|b| !b.is_empty());
    match (role, bar_number) {
        (_, Some(b)) if b.chars().count() > 30 => errors.push(("bar_number", w.bar_number_error.to_string())),
        (Role::Attorney, None) => errors.push(("bar_number", w.bar_number_needed.to_string())),
        (Role::Admin | Role::Volunteer, Some(_)) => errors.push(("bar_number", w.bar_number_not_attorney.to_string())),
        _ => {}
    }
    if !errors.is_empty() {
        return users_page(&state, &viewer, &form, &errors).await;
    }
    let hash = accounts::hash_password(password);
    let new = NewUser { username, display_name, role, password_hash: &hash, bar_number };
    match state.store.create_user(&new, now).await {
        Ok(Some(_)) => match state.store.audit(Some(viewer.user.id), Action::CreateUser, None, None, now).await {
            Ok(()) => page::redirect("/clinic/users"),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Ok(None) => users_page(&state, &viewer, &form, &vec![("username", w.username_taken.to_string())]).await,
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

#[derive(serde::Deserialize)]
pub struct Before {
    before: Option<i64>,
}

/// GET /clinic/audit: the newest entries, a page at a time.
pub async fn audit(State(state): State<ClinicState>, Query(q): Query<Before>, req: Request) -> Response {
    let now = now_unix();
    let viewer = match access::gate_for(&state, req.headers(), now, Need::Admin).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let (entries, users) = match (state.store.audit_entries(100, q.before).await, state.store.users().await) {
        (Ok(e), Ok(u)) => (e, u),
        (Err(e), _) | (_, Err(e)) => return page::fault(&state, Some(&viewer), &e),
    };
    if let Err(e) = state.store.audit(Some(viewer.user.id), Action::ReadAuditLog, None, None, now).await {
        return page::fault(&state, Some(&viewer), &e);
    }
    let names: HashMap<i64, String> = users.into_iter().map(|u| (u.id, u.username)).collect();
    let older = (entries.len() == 100).then(|| entries.last().map(|e| format!("/clinic/audit?before={}", e.seq))).flatten();
    let rows = entries
        .into_iter()
        .map(|e| {
            let when = crate::clock::in_mississippi(e.at).format("%Y-%m-%d %H:%M %Z").to_string();
            let who = e.user_id.map(|id| names.get(&id).cloned().unwrap_or_else(|| id.to_string()));
            view! {
                <tr><td>{e.seq}</td><td>{when}</td><td>{who}</td><td>{e.action.key()}</td>
                    <td>{e.matter_id.map(|id| id.to_string())}</td><td>{e.event_id.map(|id| id.to_string())}</td></tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{w.audit_heading.to_string()}</h1>
        <p>{w.audit_lead.to_string()}</p>
        <div class="table-scroll" role="region" aria-label=w.audit_heading.to_string() tabindex="0">
        <table>
            <thead><tr><th>"#"</th><th>{w.audit_when.to_string()}</th><th>{w.audit_who.to_string()}</th>
                <th>{w.audit_what.to_string()}</th><th>{w.audit_matter.to_string()}</th><th>{w.audit_event.to_string()}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        {older.map(|href| view! { <p><a href=href>{w.audit_older.to_string()}</a></p> })}
    };
    page::render(&state, w.audit_heading.as_str(), Some(&viewer), body)
}

//! An event's page (its matters, its staff) and a matter's page: the person, the
//! charges, the status and notes (saved only over the version that was read), and an
//! attorney's hold against the retention purge.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::upload::{self, Unread};
use super::{ClinicState, UPLOAD_LIMIT, checked_form, field, page};
use crate::case::{Case, Petitioner};
use crate::clinic::store::StoreError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::{Matter, Status};
use crate::clinic::store::users::Role;
use crate::clock::{now_unix, today_in_mississippi};

/// Matters listed on one page.
const PAGE: i64 = 50;

/// The page of a list an address asks for (`?page=2`, counted from 0); 0 if none or not a number.
pub(super) fn page_number(req: &Request) -> i64 {
    req.uri()
        .query()
        .into_iter()
        .flat_map(|q| form_urlencoded::parse(q.as_bytes()))
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| v.parse::<i64>().ok())
        .unwrap_or(0)
        .clamp(0, 1_000_000)
}

pub(super) fn status_name(state: &ClinicState, s: Status) -> String {
    let w = &state.words.clinic;
    match s {
        Status::Intake => w.status_intake.to_string(),
        Status::NeedsReview => w.status_needs_review.to_string(),
        Status::Ready => w.status_ready.to_string(),
        Status::PapersPrinted => w.status_papers_printed.to_string(),
        Status::Filed => w.status_filed.to_string(),
        Status::Granted => w.status_granted.to_string(),
        Status::Denied => w.status_denied.to_string(),
        Status::Withdrawn => w.status_withdrawn.to_string(),
    }
}

/// Links to the pages before and after `page_no` of a list of `count` at `path`.
pub(super) fn pager(state: &ClinicState, path: &str, page_no: i64, per_page: i64, count: i64) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let previous = (page_no > 0).then(|| view! { <a href=format!("{path}?page={}", page_no - 1)>{w.previous_page.to_string()}</a> });
    let next =
        ((page_no + 1) * per_page < count).then(|| view! { <a href=format!("{path}?page={}", page_no + 1)>{w.next_page.to_string()}</a> });
    let any = previous.is_some() || next.is_some();
    any.then(|| view! { <nav class="pager" aria-label=w.pages_label.to_string()><p>{previous}" "{next}</p></nav> })
}

/// GET /clinic/events/{id}
pub async fn event(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let now = now_unix();
    let viewer = match access::gate_for(&state, req.headers(), now, Need::Event(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    // After an import, how many people it made (a number only: the list shows who).
    let imported = req
        .uri()
        .query()
        .into_iter()
        .flat_map(|q| form_urlencoded::parse(q.as_bytes()))
        .find(|(k, _)| k == "imported")
        .and_then(|(_, v)| v.parse::<usize>().ok());
    let notice = imported.map(|n| state.words.clinic.import_done_notice.fill(&[("n", n.to_string())]));
    event_page_with(&state, &viewer, id, page_number(&req), None, notice).await
}

pub(super) async fn event_page(state: &ClinicState, viewer: &Viewer, id: i64, page_no: i64, error: Option<String>) -> Response {
    event_page_with(state, viewer, id, page_no, error, None).await
}

/// What the event's page says first: when and where, how many matters, how long kept.
fn event_lead(state: &ClinicState, event: &crate::clinic::store::events::Event, count: i64) -> String {
    state.words.clinic.event_lead.fill(&[
        ("date", event.held_on.format("%B %-d, %Y").to_string()),
        ("county", event.county.clone()),
        ("n", count.to_string()),
        ("days", event.retention_days.to_string()),
    ])
}

/// The event's page, with `error` beside the new matter's form and `notice` above the list.
async fn event_page_with(
    state: &ClinicState,
    viewer: &Viewer,
    id: i64,
    page_no: i64,
    error: Option<String>,
    notice: Option<String>,
) -> Response {
    let w = &state.words.clinic;
    let now = now_unix();
    let event = match state.store.event(id).await {
        Ok(Some(event)) => event,
        Ok(None) => return page::not_found(state, Some(viewer)),
        Err(e) => return page::fault(state, Some(viewer), &e),
    };
    let admin = viewer.user.role == Role::Admin;
    let (count, matters, staff, users, jobs) = match tokio::try_join!(
        state.store.matter_count(id),
        async { if admin { Ok(Vec::new()) } else { state.store.matters_of(id, PAGE, page_no * PAGE).await } },
        state.store.staff_of(id),
        state.store.users(),
        state.store.audit(Some(viewer.user.id), Action::ListMatters, None, Some(id), now),
        async { if admin { Ok(Vec::new()) } else { state.store.batches_of(id, 5, now).await } },
    ) {
        Ok((count, matters, staff, users, (), jobs)) => (count, matters, staff, users, jobs),
        Err(e) => return page::fault(state, Some(viewer), &e),
    };
    let lead = event_lead(state, &event, count);
    let list = (!admin).then(|| {
        let rows = matters
            .into_iter()
            .map(|m| {
                let href = format!("/clinic/matters/{}", m.id);
                let name = m.name.unwrap_or_else(|| w.no_name.to_string());
                let held = m.held.then(|| format!(" · {}", w.held));
                // A tick for the print form below (tied to it by `form`, so no script).
                let tick = w.batch_tick_label.fill(&[("name", name.clone())]);
                view! {
                    <tr>
                        <td><a href=href>{name}</a></td><td>{status_name(state, m.status)}{held}</td>
                        <td><input type="checkbox" class="batch-tick" name="matter" value=m.id.to_string() form="batch" aria-label=tick/></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            {notice.map(|text| view! { <div class="notice done" role="status"><p>{text}</p></div> })}
            <table>
                <thead><tr><th>{w.matter_person.to_string()}</th><th>{w.matter_status.to_string()}</th><th>{w.batch_tick.to_string()}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {pager(state, &format!("/clinic/events/{id}"), page_no, PAGE, count)}
            <p><a class="button secondary" href=format!("/clinic/events/{id}/import")>{w.import_open.to_string()}</a></p>
            {super::batch::form(state, viewer, id, &jobs)}
            <h2>{w.new_matter_heading.to_string()}</h2>
            {error.clone().map(|e| view! { <div class="error-summary" role="alert"><p>{e}</p></div> })}
            <form method="post" action=format!("/clinic/events/{id}/matters") enctype="multipart/form-data">
                {page::csrf_field(viewer)}
                <div class="field">
                    <label for="full_name">{w.new_matter_name.to_string()}</label>
                    <input id="full_name" name="full_name" type="text" autocomplete="off"/>
                </div>
                <div class="field">
                    <label for="file">{w.new_matter_file.to_string()}</label>
                    <p class="help" id="file-hint">{w.new_matter_file_hint.to_string()}</p>
                    <input id="file" name="file" type="file" accept=".json,application/json" aria-describedby="file-hint"/>
                </div>
                <button type="submit" class="button">{w.new_matter_submit.to_string()}</button>
            </form>
        }
    });
    let staff_names: Vec<String> = users.iter().filter(|u| staff.contains(&u.id)).map(|u| u.display_name.clone()).collect();
    let assign = admin.then(|| {
        let options = users
            .iter()
            .filter(|u| u.role != Role::Admin && !staff.contains(&u.id))
            .map(|u| view! { <option value=u.id.to_string()>{u.display_name.clone()}" ("{u.username.clone()}")"</option> })
            .collect_view();
        view! {
            <form method="post" action=format!("/clinic/events/{id}/staff")>
                {page::csrf_field(viewer)}
                <div class="field">
                    <label for="user">{w.assign_label.to_string()}</label>
                    <select id="user" name="user">{options}</select>
                </div>
                <button type="submit" class="button">{w.assign_submit.to_string()}</button>
            </form>
        }
    });
    let body = view! {
        <h1>{event.name.clone()}</h1>
        <p>{lead}</p>
        {list}
        {super::export::links(state, id, admin)}
        <h2>{w.staff_heading.to_string()}</h2>
        <p>{if staff_names.is_empty() { w.no_staff.to_string() } else { staff_names.join(", ") }}</p>
        {assign}
    };
    let mut res = page::render(state, &event.name, Some(viewer), body);
    if error.is_some() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// POST /clinic/events/{id}/matters (multipart: the form token, a name, and perhaps
/// a saved answers file from the public site).
pub async fn create(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let now = now_unix();
    let (parts, body) = req.into_parts();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Matters(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let fields = match upload::fields(Request::from_parts(parts, body)).await {
        Ok(fields) => fields,
        Err(Unread::NotAForm) => return page::stale_form(&state, Some(&viewer)),
        Err(Unread::TooLarge) => return event_page(&state, &viewer, id, 0, Some(w.file_too_large.to_string())).await,
    };
    let (mut csrf, mut name, mut file) = (String::new(), String::new(), Default::default());
    for f in fields {
        match f.name.as_str() {
            "csrf" => csrf = f.text(),
            "full_name" => name = f.text().trim().to_string(),
            "file" => file = f.bytes,
            _ => {}
        }
    }
    if let Some(res) = access::csrf_refusal(&state, &viewer, Some(&csrf)) {
        return res;
    }
    if file.len() > UPLOAD_LIMIT {
        return event_page(&state, &viewer, id, 0, Some(w.file_too_large.to_string())).await;
    }
    let imported = !file.is_empty();
    let case = if imported {
        let text = String::from_utf8_lossy(&file);
        match crate::case::parse_case(&text, today_in_mississippi()) {
            Ok(case) => case,
            Err(_) => return event_page(&state, &viewer, id, 0, Some(w.file_unreadable.to_string())).await,
        }
    } else {
        if name.is_empty() || name.chars().count() > 120 || name.chars().any(char::is_control) {
            return event_page(&state, &viewer, id, 0, Some(w.new_matter_name_error.to_string())).await;
        }
        Case { petitioner: Petitioner { full_name: Some(name), ..Petitioner::default() }, ..Case::default() }
    };
    match state.store.event(id).await {
        Ok(Some(_)) => {}
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    }
    let made = async {
        let matter = state.store.create_matter(id, &case, viewer.user.id, now).await?;
        state.store.audit(Some(viewer.user.id), Action::CreateMatter, Some(matter), Some(id), now).await?;
        if imported {
            super::intake::save_imported(&state, matter, now).await?;
            state.store.audit(Some(viewer.user.id), Action::ImportAnswers, Some(matter), Some(id), now).await?;
        }
        Ok::<_, StoreError>(matter)
    };
    match made.await {
        Ok(matter) => page::redirect(&format!("/clinic/matters/{matter}")),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// The matter `id` and the signed-in person who may work on it, or the answer to send.
pub(super) async fn open_matter(
    state: &ClinicState,
    headers: &axum::http::HeaderMap,
    id: i64,
    need: Option<Need>,
) -> Result<(Viewer, Matter), Response> {
    let viewer = access::gate(state, headers, now_unix()).await?;
    let matter = match state.store.matter(id).await {
        Ok(Some(m)) => m,
        Ok(None) => return Err(page::not_found(state, Some(&viewer))),
        Err(e) => return Err(page::fault(state, Some(&viewer), &e)),
    };
    for need in [Some(Need::Matters(matter.event_id)), need].into_iter().flatten() {
        match access::allowed(&state.store, &viewer.user, need).await {
            Ok(true) => {}
            Ok(false) => return Err(page::forbidden(state, Some(&viewer))),
            Err(e) => return Err(page::fault(state, Some(&viewer), &e)),
        }
    }
    Ok((viewer, matter))
}

/// The matter `id`, the signed-in person who may work on it, and the form they
/// posted, read and checked against their form token; or the answer to send.
pub(super) async fn matter_form(
    state: &ClinicState,
    id: i64,
    need: Option<Need>,
    req: Request,
) -> Result<(Viewer, Matter, super::Form), Response> {
    let (parts, body) = req.into_parts();
    let (viewer, matter) = open_matter(state, &parts.headers, id, need).await?;
    let form = checked_form(state, &viewer, body).await?;
    Ok((viewer, matter, form))
}

/// GET /clinic/matters/{id}
pub async fn view(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter) = match open_matter(&state, req.headers(), id, None).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    if let Err(e) = state.store.audit(Some(viewer.user.id), Action::ViewMatter, Some(id), Some(matter.event_id), now_unix()).await {
        return page::fault(&state, Some(&viewer), &e);
    }
    matter_page(&state, &viewer, &matter, Shown::default())
}

/// What the matter's page shows besides the matter: a message at the top (with the
/// page's status), and what was typed in a refused form, with its errors.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub message: Option<(StatusCode, String)>,
    /// A refused save's status and notes.
    pub typed: Option<(Status, String)>,
    pub review: super::review::Typed,
    /// A refused outcome form: what was typed, with its errors.
    pub outcome: super::outcomes::Typed,
}

/// The matter's page.
pub(super) fn matter_page(state: &ClinicState, viewer: &Viewer, m: &Matter, shown: Shown) -> Response {
    let Shown { message, typed, review, outcome } = shown;
    let w = &state.words.clinic;
    let p = &m.case.petitioner;
    let name = p.full_name.clone().unwrap_or_else(|| w.no_name.to_string());
    let (status, notes) = typed.unwrap_or_else(|| (m.status, m.notes.clone()));
    let charges = m
        .case
        .charges
        .iter()
        .map(|c| {
            let offence = c.offence.clone().unwrap_or_default();
            let number = c.case_number.clone().unwrap_or_default();
            view! { <li>{offence}" "{number}</li> }
        })
        .collect_view();
    let statuses = by_hand(m.status)
        .into_iter()
        .map(|s| view! { <option value=s.key() selected=s == status>{status_name(state, s)}</option> })
        .collect_view();
    let hold_text = match &m.hold {
        Some(reason) => w.hold_on.fill(&[("reason", reason.clone())]),
        None => w.hold_off.to_string(),
    };
    let hold_form = (viewer.user.role == Role::Attorney).then(|| {
        let placing = m.hold.is_none();
        view! {
            <form method="post" action=format!("/clinic/matters/{}/hold", m.id)>
                {page::csrf_field(viewer)}
                {placing.then(|| view! {
                    <div class="field">
                        <label for="reason">{w.hold_reason.to_string()}</label>
                        <input id="reason" name="reason" type="text" autocomplete="off"/>
                    </div>
                })}
                <input type="hidden" name="action" value=if placing { "place" } else { "release" }/>
                <button type="submit" class="button">{if placing { w.hold_place.to_string() } else { w.hold_release.to_string() }}</button>
            </form>
        }
    });
    let body = view! {
        <h1>{name.clone()}</h1>
        {message.clone().map(|(_, e)| view! { <div class="error-summary" role="alert"><p>{e}</p></div> })}
        {p.date_of_birth.map(|d| view! { <p>{w.matter_birth.to_string()}": "{d.format("%B %-d, %Y").to_string()}</p> })}
        {m.answers.is_none().then(|| view! { <h2>{w.charges_heading.to_string()}</h2><ul>{charges}</ul> })}
        {super::review::section(state, viewer, m, &review)}
        {super::outcomes::section(state, viewer, m, &outcome)}
        <h2>{w.status_notes_heading.to_string()}</h2>
        <form method="post" action=format!("/clinic/matters/{}", m.id)>
            {page::csrf_field(viewer)}
            <input type="hidden" name="version" value=m.version.to_string()/>
            <div class="field">
                <label for="status">{w.matter_status.to_string()}</label>
                <p class="help" id="status-help">{w.status_help.to_string()}</p>
                <select id="status" name="status" aria-describedby="status-help">{statuses}</select>
            </div>
            <div class="field">
                <label for="notes">{w.notes.to_string()}</label>
                <textarea id="notes" name="notes" rows="6">{notes}</textarea>
            </div>
            <button type="submit" class="button">{w.save.to_string()}</button>
        </form>
        <h2>{w.hold_heading.to_string()}</h2>
        <p>{hold_text}</p>
        {hold_form}
        <p><a href=format!("/clinic/events/{}", m.event_id)>{w.back_to_event.to_string()}</a></p>
    };
    let mut res = page::render(state, &name, Some(viewer), body);
    if let Some((status, _)) = message {
        *res.status_mut() = status;
    }
    res
}

/// The statuses one may choose for a matter at `current`: as it is, or withdrawn (the
/// person does not go on); a withdrawn matter may come back to intake. Every other
/// status follows the review, the papers printed and the court's outcomes.
fn by_hand(current: Status) -> [Status; 2] {
    match current {
        Status::Withdrawn => [Status::Withdrawn, Status::Intake],
        other => [other, Status::Withdrawn],
    }
}

/// POST /clinic/matters/{id}: status and notes, saved over the version read.
pub async fn save(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match matter_form(&state, id, None, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let status = field(&form, "status").parse::<Status>().unwrap_or(matter.status);
    let notes = form.iter().find(|(k, _)| k == "notes").map_or("", |(_, v)| v.as_str());
    let refused = if !by_hand(matter.status).contains(&status) {
        Some(w.status_by_hand.to_string())
    } else if notes.chars().count() > 5000 {
        Some(w.notes_too_long.to_string())
    } else {
        None
    };
    if let Some(message) = refused {
        let shown = Shown {
            message: Some((StatusCode::UNPROCESSABLE_ENTITY, message)),
            typed: Some((status, notes.to_string())),
            ..Shown::default()
        };
        return matter_page(&state, &viewer, &matter, shown);
    }
    let version = field(&form, "version").parse::<i64>().unwrap_or_default();
    let now = now_unix();
    match state.store.save_matter(id, version, &matter.case, notes, status, now).await {
        Ok(_) => match state.store.audit(Some(viewer.user.id), Action::EditMatter, Some(id), Some(matter.event_id), now).await {
            Ok(()) => page::redirect(&format!("/clinic/matters/{id}")),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(StoreError::Stale) => {
            let shown = Shown {
                message: Some((StatusCode::CONFLICT, w.stale_save.to_string())),
                typed: Some((status, notes.to_string())),
                ..Shown::default()
            };
            matter_page(&state, &viewer, &matter, shown)
        }
        Err(StoreError::NotFound) => page::not_found(&state, Some(&viewer)),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// POST /clinic/matters/{id}/hold: an attorney places (with a reason) or releases a hold.
pub async fn hold(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match matter_form(&state, id, Some(Need::Attorney), req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let reason = field(&form, "reason");
    let (reason, action) = match field(&form, "action") {
        "release" => (None, Action::ReleaseHold),
        _ if reason.is_empty() || reason.chars().count() > 500 => {
            let shown = Shown { message: Some((StatusCode::UNPROCESSABLE_ENTITY, w.hold_reason_error.to_string())), ..Shown::default() };
            return matter_page(&state, &viewer, &matter, shown);
        }
        _ => (Some(reason), Action::PlaceHold),
    };
    let now = now_unix();
    let done = state.store.set_hold(id, reason, viewer.user.id).await;
    let logged = state.store.audit(Some(viewer.user.id), action, Some(id), Some(matter.event_id), now).await;
    match done.and(logged) {
        Ok(()) => page::redirect(&format!("/clinic/matters/{id}")),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

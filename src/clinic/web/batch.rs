//! Batch papers' pages (`clinic::batch` draws them): the event page's print form
//! starts a job; the job's page shows its progress, reloading itself every few seconds
//! without script, then the downloads and who was left out and why.
//!
//! - `POST /clinic/events/{id}/batches`: starts a job (everyone whose papers are not
//!   printed yet, or the matters ticked); one runs per event at a time.
//! - `GET /clinic/batches/{id}`: the job's page.
//! - `GET /clinic/batches/{id}/stack.pdf`, `…/people.zip`: the finished files.
//!
//! Who may: those who may read the event's matters (`Need::Matters`): its volunteers
//! and the attorneys; not admins. Starting is an audit line (`PrintBatch`); each
//! matter printed gets its own (`Print`) when the files are kept; each download gets a
//! line for each matter in it (`DownloadBatch`). Names are shown only once the job is
//! done (the list of those left out), with a line (`ListMatters`).

use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::{ClinicState, checked_form, field, page};
use crate::clinic::batch;
use crate::clinic::store::audit::Action;
use crate::clinic::store::batches::{Job, JobState, StartError, Why};
use crate::clock::{now_unix, today_in_mississippi};

/// How often the job's page reloads itself while the job runs, in seconds.
const RELOAD: u32 = 3;

/// POST /clinic/events/{id}/batches: starts a print job and goes to its page.
pub async fn start(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let now = now_unix();
    let (parts, body) = req.into_parts();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Matters(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let event = match state.store.event(id).await {
        Ok(Some(event)) => event,
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let w = &state.words.clinic;
    let ticked = field(&form, "which") == "ticked";
    let chosen = if ticked {
        let ids: Vec<i64> = form.iter().filter(|(k, _)| k == "matter").filter_map(|(_, v)| v.trim().parse().ok()).collect();
        state.store.matters_among(id, &ids).await
    } else {
        state.store.unprinted_of(id).await
    };
    let chosen = match chosen {
        Ok(chosen) if chosen.is_empty() => {
            let why = if ticked { w.batch_none_ticked.to_string() } else { w.batch_none_waiting.to_string() };
            return super::matters::event_page(&state, &viewer, id, 0, Some(why)).await;
        }
        Ok(chosen) => chosen,
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let started = async {
        // Jobs past their day go first, so an old one never holds the event.
        state.store.purge_batches(now, &[]).await.map_err(StartError::Store)?;
        let job = state.store.start_batch(id, viewer.user.id, chosen.len() as i64, now).await?;
        state.store.audit(Some(viewer.user.id), Action::PrintBatch, None, Some(id), now).await.map_err(StartError::Store)?;
        Ok::<_, StartError>(job)
    };
    match started.await {
        Ok(job) => {
            let run = batch::Request { job, user: viewer.user.id, event, matters: chosen, today: today_in_mississippi() };
            tokio::spawn(batch::run(state.clone(), run));
            page::redirect(&format!("/clinic/batches/{job}"))
        }
        Err(StartError::Busy(job)) => {
            let body = view! {
                <h1>{w.batch_busy_heading.to_string()}</h1>
                <p>{w.batch_busy.to_string()}</p>
                <p><a href=format!("/clinic/batches/{job}")>{w.batch_open.to_string()}</a></p>
            };
            let mut res = page::render(&state, w.batch_busy_heading.as_str(), Some(&viewer), body);
            *res.status_mut() = StatusCode::CONFLICT;
            res
        }
        Err(StartError::Store(e)) => page::fault(&state, Some(&viewer), &e),
    }
}

/// The job `id` and the signed-in person who may see it, or the answer to send.
async fn open_job(state: &ClinicState, headers: &axum::http::HeaderMap, id: i64, now: i64) -> Result<(Viewer, Job), Response> {
    let viewer = access::gate(state, headers, now).await?;
    let job = match state.store.batch(id, now).await {
        Ok(Some(job)) => job,
        Ok(None) => return Err(page::not_found(state, Some(&viewer))),
        Err(e) => return Err(page::fault(state, Some(&viewer), &e)),
    };
    match access::allowed(&state.store, &viewer.user, Need::Matters(job.event_id)).await {
        Ok(true) => Ok((viewer, job)),
        Ok(false) => Err(page::forbidden(state, Some(&viewer))),
        Err(e) => Err(page::fault(state, Some(&viewer), &e)),
    }
}

/// GET /clinic/batches/{id}: the job's progress, or its files and who was left out.
pub async fn show(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let now = now_unix();
    let (viewer, job) = match open_job(&state, req.headers(), id, now).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let event = match state.store.event(job.event_id).await {
        Ok(Some(event)) => event,
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let title = w.batch_title.fill(&[("event", event.name.clone())]);
    let back = view! { <p><a href=format!("/clinic/events/{}", job.event_id)>{w.back_to_event.to_string()}</a></p> };
    match job.state {
        JobState::Running => {
            let progress = w.batch_running.fill(&[("done", job.done.to_string()), ("total", job.total.to_string())]);
            let body = view! {
                <h1>{title.clone()}</h1>
                <p role="status">{progress}</p>
                <progress max=job.total.to_string() value=job.done.to_string()></progress>
                {back}
            };
            page::render_refreshing(&state, &title, Some(&viewer), body, RELOAD)
        }
        JobState::Failed => {
            let body = view! { <h1>{title.clone()}</h1><p role="alert">{w.batch_failed.to_string()}</p>{back} };
            page::render(&state, &title, Some(&viewer), body)
        }
        JobState::Done => {
            let left_out = match state.store.batch_left_out(id).await {
                Ok(list) => list,
                Err(e) => return page::fault(&state, Some(&viewer), &e),
            };
            if !left_out.is_empty()
                && let Err(e) = state.store.audit(Some(viewer.user.id), Action::ListMatters, None, Some(job.event_id), now).await
            {
                return page::fault(&state, Some(&viewer), &e);
            }
            let files = (!job.printed.is_empty()).then(|| {
                view! {
                    <ul>
                        <li><a href=format!("/clinic/batches/{id}/stack.pdf") download>{w.batch_stack.to_string()}</a></li>
                        <li><a href=format!("/clinic/batches/{id}/people.zip") download>{w.batch_zip.to_string()}</a></li>
                    </ul>
                    <p>{w.batch_kept.to_string()}</p>
                }
            });
            let rows = left_out
                .iter()
                .map(|l| {
                    let name = l.name.clone().unwrap_or_else(|| w.no_name.to_string());
                    let why = match l.why {
                        Why::ReviewPending => w.batch_why_review.to_string(),
                        Why::AnswersMissing => w.batch_why_missing.to_string(),
                        Why::NothingToFile => w.batch_why_nothing.to_string(),
                        Why::QuestionsOpen => w.batch_why_questions.to_string(),
                        Why::Failed => w.batch_why_failed.to_string(),
                        Why::Gone => w.batch_why_gone.to_string(),
                    };
                    view! { <tr><td><a href=format!("/clinic/matters/{}", l.matter)>{name}</a></td><td>{why}</td></tr> }
                })
                .collect_view();
            let listed = if left_out.is_empty() {
                view! { <p>{w.batch_none_left_out.to_string()}</p> }.into_any()
            } else {
                view! {
                    <p>{w.batch_left_out_lead.to_string()}</p>
                    <table>
                        <thead><tr><th>{w.matter_person.to_string()}</th><th>{state.words.clinic.queue_why.to_string()}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            };
            let body = view! {
                <h1>{title.clone()}</h1>
                <p role="status">{w.batch_done.fill(&[("n", job.printed.len().to_string())])}</p>
                {files}
                <h2>{w.batch_left_out.to_string()}</h2>
                {listed}
                {back}
            };
            page::render(&state, &title, Some(&viewer), body)
        }
    }
}

/// GET /clinic/batches/{id}/{file}: a finished job's stack (`stack.pdf`) or zip
/// (`people.zip`), with an audit line for each matter in it.
pub async fn download(State(state): State<ClinicState>, Path((id, file)): Path<(i64, String)>, req: Request) -> Response {
    let now = now_unix();
    let (viewer, job) = match open_job(&state, req.headers(), id, now).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let (name, kind, label) = match file.as_str() {
        "stack.pdf" => ("stack", "application/pdf", "papers-by-court"),
        "people.zip" => ("people", "application/zip", "papers-by-person"),
        _ => return page::not_found(&state, Some(&viewer)),
    };
    if job.state != JobState::Done {
        return page::not_found(&state, Some(&viewer));
    }
    let bytes = match state.store.batch_file(id, name).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    if let Err(e) = state.store.audit_each(Some(viewer.user.id), Action::DownloadBatch, &job.printed, Some(job.event_id), now).await {
        return page::fault(&state, Some(&viewer), &e);
    }
    let extension = file.rsplit('.').next().unwrap_or_default();
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    let disposition = format!("attachment; filename=\"{label}-{id}.{extension}\"");
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The event page's print form and its latest jobs (no matter is opened to draw it).
pub fn form(state: &ClinicState, viewer: &Viewer, event: i64, jobs: &[Job]) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let jobs = (!jobs.is_empty()).then(|| {
        let items = jobs
            .iter()
            .map(|j| {
                let values = [("time", started(j.created_at)), ("done", j.done.to_string()), ("total", j.total.to_string())];
                let text = match j.state {
                    JobState::Running => w.batch_job_running.fill(&values),
                    JobState::Done => w.batch_job_done.fill(&values),
                    JobState::Failed => w.batch_job_failed.fill(&values),
                };
                view! { <li><a href=format!("/clinic/batches/{}", j.id)>{text}</a></li> }
            })
            .collect_view();
        view! { <h3>{w.batch_jobs.to_string()}</h3><ul>{items}</ul> }
    });
    view! {
        <h2 id="print">{w.batch_heading.to_string()}</h2>
        <p>{w.batch_lead.to_string()}</p>
        <form method="post" action=format!("/clinic/events/{event}/batches") id="batch">
            {page::csrf_field(viewer)}
            <fieldset class="batch-choice">
                <legend class="visually-hidden">{w.batch_heading.to_string()}</legend>
                <div class="radio">
                    <input type="radio" id="which-everyone" name="which" value="everyone" checked/>
                    <label for="which-everyone">{w.batch_everyone.to_string()}</label>
                </div>
                <div class="radio">
                    <input type="radio" id="which-ticked" name="which" value="ticked"/>
                    <label for="which-ticked">{w.batch_ticked.to_string()}</label>
                </div>
            </fieldset>
            <button type="submit" class="button">{w.batch_submit.to_string()}</button>
        </form>
        {jobs}
    }
}

/// When a job started, in Mississippi's time.
fn started(at: i64) -> String {
    crate::clock::in_mississippi(at).format("%B %-d, %-I:%M %p").to_string()
}

//! Importing people and charges into an event (`clinic::import` reads the files).
//!
//! - `GET /clinic/events/{id}/import`: the form, and the column layout.
//! - `POST /clinic/events/{id}/import` (multipart: the form token and `files`, one or
//!   more): every file read and checked first; any problem lists every problem and
//!   imports no one. Otherwise each person becomes a matter, assessed at once.
//! - `GET /clinic/import/template.csv`: the CSV template (its header row).

use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::upload::{self, Unread};
use super::{ClinicState, page};
use crate::case::facts::FactKey;
use crate::clinic::import::{self, COLUMNS, Person, Problem, Trouble, Upload};
use crate::clinic::store::StoreError;
use crate::clinic::store::import::Imported;
use crate::clinic::store::matters::Status;
use crate::clinic::store::review::Review;
use crate::clock::{now_unix, today_in_mississippi};
use crate::engine::{Assessment, Outcome};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::answers::InPage;

/// The most an import's files may hold together.
pub const IMPORT_LIMIT: usize = 8 * 1024 * 1024;

/// The most files one import takes.
const MAX_FILES: usize = 200;

/// GET /clinic/import/template.csv
pub async fn template(State(state): State<ClinicState>, req: Request) -> Response {
    if let Err(res) = access::gate(&state, req.headers(), now_unix()).await {
        return res;
    }
    let mut res = import::template().into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"clinic-import-template.csv\""));
    res
}

/// GET /clinic/events/{id}/import
pub async fn form(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let viewer = match access::gate_for(&state, req.headers(), now_unix(), Need::Matters(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    match state.store.event(id).await {
        Ok(Some(_)) => draw(&state, &viewer, id, &[], None, StatusCode::OK),
        Ok(None) => page::not_found(&state, Some(&viewer)),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// POST /clinic/events/{id}/import
pub async fn submit(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let now = now_unix();
    let (parts, body) = req.into_parts();
    let viewer = match access::gate_for(&state, &parts.headers, now, Need::Matters(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let too_large = |state: &ClinicState, viewer: &Viewer| {
        draw(state, viewer, id, &[], Some(w.import_too_large.to_string()), StatusCode::PAYLOAD_TOO_LARGE)
    };
    let fields = match upload::fields(Request::from_parts(parts, body)).await {
        Ok(fields) => fields,
        Err(Unread::NotAForm) => return page::stale_form(&state, Some(&viewer)),
        Err(Unread::TooLarge) => return too_large(&state, &viewer),
    };
    let (mut csrf, mut files, mut size) = (String::new(), Vec::new(), 0usize);
    for f in fields {
        size += f.bytes.len();
        match f.name.as_str() {
            "csrf" => csrf = f.text(),
            "files" if !f.bytes.is_empty() && files.len() < MAX_FILES => files.push(Upload { name: f.file_name, bytes: f.bytes.to_vec() }),
            _ => {}
        }
    }
    if let Some(res) = access::csrf_refusal(&state, &viewer, Some(&csrf)) {
        return res;
    }
    if size > IMPORT_LIMIT {
        return too_large(&state, &viewer);
    }
    if files.is_empty() {
        return draw(&state, &viewer, id, &[], Some(w.import_none.to_string()), StatusCode::UNPROCESSABLE_ENTITY);
    }
    match state.store.event(id).await {
        Ok(Some(_)) => {}
        Ok(None) => return page::not_found(&state, Some(&viewer)),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    }
    let rules = state.rules.clone();
    let words = state.words.clone();
    // Reading a thousand rows is work for the blocking pool, not the server's threads.
    let read = tokio::task::spawn_blocking(move || {
        let q =
            Questionnaire { rules: &rules, papers: &rules, words: &words, today: today_in_mississippi(), answers: &InPage, withheld: &[] };
        import::read(&q, &files).map(|people| people.into_iter().map(|p| (q.begin(p.case.clone()), p)).collect::<Vec<_>>())
    })
    .await;
    let people = match read {
        Ok(Ok(people)) => people,
        Ok(Err(problems)) => {
            let message = w.import_failed_lead.to_string();
            return draw(&state, &viewer, id, &problems, Some(message), StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    // A person in the event already (or twice in these files) is a problem: a reload
    // of this form, or a second volunteer with the same list, imports no one twice.
    let known = match state.store.people_in(id).await {
        Ok(known) => known,
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let twice = import::already_in(&people.iter().map(|(_, p)| p).collect::<Vec<_>>(), &known);
    if !twice.is_empty() {
        return draw(&state, &viewer, id, &twice, Some(w.import_failed_lead.to_string()), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // The list of who was made is the event's own: a reload there imports nothing.
    match save(&state, &viewer, id, people, now).await {
        Ok(made) => page::redirect(&format!("/clinic/events/{id}?imported={}", made.len())),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// Makes a matter of each person, assessed at once so a charge that needs a lawyer
/// puts it in the queue, all in one transaction; returns each matter with its
/// person's name and status.
async fn save(
    state: &ClinicState,
    viewer: &Viewer,
    event: i64,
    people: Vec<(crate::questionnaire::state::State, Person)>,
    now: i64,
) -> Result<Vec<(i64, Option<String>, Status)>, StoreError> {
    let today = today_in_mississippi();
    let assessed: Vec<(Assessment, Review, Status)> = people
        .iter()
        .map(|(answers, _)| {
            let assessment = crate::engine::assess(&state.rules, &answers.case, today);
            let review =
                Review { needed: assessment.charges.iter().any(|c| c.outcome == Outcome::NeedsAttorneyReview), ..Review::default() };
            let status = review.status_from(Status::Intake);
            (assessment, review, status)
        })
        .collect();
    let imported: Vec<Imported<'_>> = people
        .iter()
        .zip(&assessed)
        .map(|((answers, _), (assessment, review, status))| Imported { answers, assessment, review, status: *status })
        .collect();
    let ids = state.store.import_matters(event, &imported, viewer.user.id, now).await?;
    Ok(ids
        .into_iter()
        .zip(people.iter().zip(&assessed))
        .map(|(id, ((_, p), (_, _, status)))| (id, p.case.petitioner.full_name.clone(), *status))
        .collect())
}

/// The words for a problem.
fn told(state: &ClinicState, trouble: &Trouble) -> String {
    let w = &state.words.clinic;
    let n = |n: &usize| [("n", n.to_string())];
    match trouble {
        Trouble::NotText => w.import_not_text.to_string(),
        Trouble::UnknownFile => w.import_unknown_file.to_string(),
        Trouble::BadLine => w.import_bad_line.to_string(),
        Trouble::UnknownColumn => w.import_unknown_column.to_string(),
        Trouble::RepeatedColumn => w.import_repeated_column.to_string(),
        Trouble::NoPersonColumn => w.import_no_person_column.to_string(),
        Trouble::PersonMissing => w.import_person_missing.to_string(),
        Trouble::NameMissing => w.import_name_missing.to_string(),
        Trouble::Differs(row) => w.import_differs.fill(&n(row)),
        Trouble::TooManyCharges(most) => w.import_too_many_charges.fill(&n(most)),
        Trouble::TooManyPeople(most) => w.import_too_many_people.fill(&n(most)),
        Trouble::TooManyRows(most) => w.import_too_many_rows.fill(&n(most)),
        Trouble::JsonRow => w.import_json_row.to_string(),
        Trouble::JsonValue => w.import_json_value.to_string(),
        Trouble::Empty => w.import_empty.to_string(),
        Trouble::AlreadyIn(name) => w.import_already_in.fill(&[("name", name.clone())]),
        Trouble::Choose(values) => w.import_values.fill(&[("values", values.join(", "))]),
        Trouble::Said(words) => words.clone(),
    }
}

/// The import form with the column layout; above it, `message` and every problem.
fn draw(state: &ClinicState, viewer: &Viewer, event: i64, problems: &[Problem], message: Option<String>, status: StatusCode) -> Response {
    let w = &state.words.clinic;
    let values = |key: FactKey| {
        let list: Vec<String> = state.rules.fact(key).options.iter().map(|o| o.value.clone()).collect();
        w.import_values.fill(&[("values", list.join(", "))])
    };
    let yes_no = w.import_values.fill(&[("values", "yes, no, unsure".to_string())]);
    let columns = COLUMNS
        .iter()
        .map(|(column, _)| {
            let means = match *column {
                "person" => w.import_col_person.to_string(),
                "full_name" => w.import_col_full_name.to_string(),
                "other_names" => w.import_col_other_names.to_string(),
                "date_of_birth" => w.import_col_date_of_birth.to_string(),
                "address" => w.import_col_address.to_string(),
                "phone" => w.import_col_phone.to_string(),
                "email" => w.import_col_email.to_string(),
                "pending_charges" => format!("{} {}", w.import_col_pending_charges, yes_no),
                "other_convictions" => format!("{} {}", w.import_col_other_convictions, yes_no),
                "prior_misdemeanor_expunction" => format!("{} {}", w.import_col_prior_misdemeanor_expunction, yes_no),
                "prior_felony_expunction" => format!("{} {}", w.import_col_prior_felony_expunction, yes_no),
                "offence" => w.import_col_offence.to_string(),
                "code_section" => w.import_col_code_section.to_string(),
                "level" => format!("{} {}", w.import_col_level, values(FactKey::ChargeLevel)),
                "court" => format!("{} {}", w.import_col_court, values(FactKey::ChargeCourtKind)),
                "county" => w.import_col_county.to_string(),
                "city" => w.import_col_city.to_string(),
                "case_number" => w.import_col_case_number.to_string(),
                "arrest_date" => w.import_col_arrest_date.to_string(),
                "arrested_by" => w.import_col_arrested_by.to_string(),
                "outcome" => format!("{} {}", w.import_col_outcome, values(FactKey::ChargeOutcome)),
                _ => w.import_col_disposition_date.to_string(),
            };
            view! { <tr><th scope="row"><code>{column.to_string()}</code></th><td>{means}</td></tr> }
        })
        .collect_view();
    let failed = !problems.is_empty();
    let listed = failed.then(|| {
        let rows = problems
            .iter()
            .map(|p| {
                let row = p.row.map(|r| r.to_string()).unwrap_or_default();
                let column = p.column.clone().unwrap_or_default();
                view! { <tr><td>{p.file.clone()}</td><td>{row}</td><td><code>{column}</code></td><td>{told(state, &p.trouble)}</td></tr> }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=w.import_failed_heading.to_string()>
                <table class="problems">
                    <thead><tr>
                        <th scope="col">{w.import_file.to_string()}</th><th scope="col">{w.import_row.to_string()}</th>
                        <th scope="col">{w.import_column.to_string()}</th><th scope="col">{w.import_problem.to_string()}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let summary = message.map(|m| {
        let heading = failed.then(|| view! { <h2>{w.import_failed_heading.to_string()}</h2> });
        view! { <div class="error-summary" role="alert" tabindex="-1">{heading}<p>{m}</p></div> }
    });
    let body = view! {
        <p class="step-context"><a href=format!("/clinic/events/{event}")>{w.back_to_event.to_string()}</a></p>
        <h1>{w.import_heading.to_string()}</h1>
        <p>{w.import_lead.to_string()}</p>
        {summary}
        {listed}
        <form method="post" action=format!("/clinic/events/{event}/import") enctype="multipart/form-data">
            {page::csrf_field(viewer)}
            <div class="field">
                <label for="files">{w.import_files.to_string()}</label>
                <p class="help" id="files-hint">{w.import_files_hint.to_string()}</p>
                <input id="files" name="files" type="file" multiple=true accept=".csv,.json,text/csv,application/json" aria-describedby="files-hint"/>
            </div>
            <button type="submit" class="button">{w.import_submit.to_string()}</button>
        </form>
        <h2>{w.import_columns_heading.to_string()}</h2>
        <p>{w.import_columns_lead.to_string()}</p>
        <p><a href="/clinic/import/template.csv" download="clinic-import-template.csv">{w.import_template.to_string()}</a></p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=w.import_columns_heading.to_string()>
            <table class="columns">
                <thead><tr><th scope="col">{w.import_column.to_string()}</th><th scope="col">{w.import_means.to_string()}</th></tr></thead>
                <tbody>{columns}</tbody>
            </table>
        </div>
    };
    let mut res = page::render(state, w.import_heading.as_str(), Some(viewer), body);
    *res.status_mut() = status;
    res
}

//! The JSON API, version 1.
//!
//! - `POST /api/v1/assess[?as_of=YYYY-MM-DD]`: a case in, an assessment out; 422 with
//!   `{"errors":[{"field","message"}]}` for a case that does not check; 413 for a body
//!   over the limit.
//! - `POST /api/v1/packet[?as_of=YYYY-MM-DD]`: a case in, the petition packet out as a
//!   PDF (`application/pdf`, a download); 422 as above, or when no charge may be
//!   expunged now. The PDF is drawn off the async runtime, so downloads never hold up
//!   pages.
//! - `GET /api/v1/schema`: the JSON Schema of the case format.
//! - `GET /api/v1/rules`: the rules version and what it covers.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use super::AppState;
use crate::case::FieldError;

/// The largest case body accepted: far more than 50 charges need.
pub const BODY_LIMIT: usize = 256 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/assess", post(assess))
        .route("/packet", post(packet))
        .route("/schema", get(schema))
        .route("/rules", get(rules))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

/// Today's date in Mississippi (Central time), the default filing date.
pub fn today_in_mississippi() -> NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::America::Chicago).date_naive()
}

#[derive(Deserialize)]
struct AssessQuery {
    as_of: Option<String>,
}

/// The filing date asked for and the body as text, or the error response.
fn read(q: &AssessQuery, body: &Bytes) -> Result<(NaiveDate, String), Box<Response>> {
    let as_of = match q.as_of.as_deref().map(str::parse::<NaiveDate>) {
        None => today_in_mississippi(),
        Some(Ok(d)) => d,
        Some(Err(_)) => {
            return Err(Box::new(errors(
                StatusCode::BAD_REQUEST,
                vec![FieldError { field: "as_of".into(), message: "Use a date written like 2026-11-23.".into() }],
            )));
        }
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok((as_of, text.to_string())),
        Err(_) => Err(Box::new(errors(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![FieldError { field: String::new(), message: "The case must be UTF-8 text.".into() }],
        ))),
    }
}

async fn packet(State(state): State<AppState>, Query(q): Query<AssessQuery>, body: Bytes) -> Response {
    let (as_of, text) = match read(&q, &body) {
        Ok(read) => read,
        Err(response) => return *response,
    };
    let case = match crate::engine::read_case(&state.rules, &text, as_of) {
        Ok(case) => case,
        Err(list) => return errors(StatusCode::UNPROCESSABLE_ENTITY, list),
    };
    match draw_packet(state.rules.clone(), case, as_of).await {
        Drawn::Pdf(pdf) => pdf_download(pdf),
        Drawn::Nothing => errors(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![FieldError {
                field: "charges".into(),
                message: "No charge may be expunged now, so there are no papers to draw. Check the assessment for dates and reasons."
                    .into(),
            }],
        ),
        Drawn::Failed => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(
                json!({ "errors": [{ "field": "", "message": "The papers could not be drawn. This is our mistake; please report it." }] }),
            ),
        )
            .into_response(),
    }
}

/// What drawing a packet gave.
pub(super) enum Drawn {
    Pdf(Vec<u8>),
    /// No charge may be expunged now.
    Nothing,
    /// A petition and its order did not match (a bug), or the drawing failed.
    Failed,
}

/// Assesses the case and draws its packet. Building and drawing is CPU work of a few
/// milliseconds: it runs on the blocking pool, never on the threads that answer pages,
/// and on all cores but one at a time, so a burst of downloads waits its turn while
/// pages stay fast.
pub(super) async fn draw_packet(rules: std::sync::Arc<crate::rules::RuleBook>, case: crate::case::Case, as_of: NaiveDate) -> Drawn {
    let Ok(_turn) = pdf_turns().acquire().await else {
        return Drawn::Failed;
    };
    let drawn = tokio::task::spawn_blocking(move || {
        let assessment = crate::engine::assess(&rules, &case, as_of);
        crate::packet::build(&rules, &case, &assessment).map(|p| (!p.filings.is_empty()).then(|| crate::packet::pdf::render(&p)))
    })
    .await;
    match drawn {
        Ok(Ok(Some(pdf))) => Drawn::Pdf(pdf),
        Ok(Ok(None)) => Drawn::Nothing,
        _ => {
            // A mismatch names charges: it is never logged. Reproduce it from the case.
            tracing::error!("packet: the papers could not be drawn");
            Drawn::Failed
        }
    }
}

/// A PDF as a download that no cache keeps.
pub(super) fn pdf_download(pdf: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"expungement-papers.pdf\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        pdf,
    )
        .into_response()
}

/// How many packets may be drawn at once: every core but one, and at least one.
fn pdf_turns() -> &'static tokio::sync::Semaphore {
    static TURNS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    TURNS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        tokio::sync::Semaphore::new(cores.saturating_sub(1).max(1))
    })
}

async fn assess(State(state): State<AppState>, Query(q): Query<AssessQuery>, body: Bytes) -> Response {
    let (as_of, text) = match read(&q, &body) {
        Ok(read) => read,
        Err(response) => return *response,
    };
    match crate::engine::assess_json(&state.rules, &text, as_of) {
        Ok(assessment) => Json(assessment).into_response(),
        Err(list) => errors(StatusCode::UNPROCESSABLE_ENTITY, list),
    }
}

fn errors(status: StatusCode, list: Vec<FieldError>) -> Response {
    (status, Json(json!({ "errors": list }))).into_response()
}

async fn schema() -> Response {
    Json(crate::case::json_schema()).into_response()
}

async fn rules(State(state): State<AppState>) -> Response {
    let r = &state.rules;
    Json(json!({
        "rules_version": r.version,
        "jurisdiction": r.meta.jurisdiction,
        "researched_on": r.meta.researched_on,
        "covers_from": r.meta.covers_from,
        "review_status": r.meta.review_status,
    }))
    .into_response()
}

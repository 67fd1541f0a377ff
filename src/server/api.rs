//! The JSON API, version 1.
//!
//! - `POST /api/v1/assess[?as_of=YYYY-MM-DD]`: a case in, an assessment out; 422 with
//!   `{"errors":[{"field","message"}]}` for a case that does not check; 413 for a body
//!   over the limit.
//! - `GET /api/v1/schema`: the JSON Schema of the case format.
//! - `GET /api/v1/rules`: the rules version and what it covers.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::StatusCode;
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

async fn assess(State(state): State<AppState>, Query(q): Query<AssessQuery>, body: Bytes) -> Response {
    let as_of = match q.as_of.as_deref().map(str::parse::<NaiveDate>) {
        None => today_in_mississippi(),
        Some(Ok(d)) => d,
        Some(Err(_)) => {
            return errors(
                StatusCode::BAD_REQUEST,
                vec![FieldError { field: "as_of".into(), message: "Use a date written like 2026-11-23.".into() }],
            );
        }
    };
    let Ok(text) = std::str::from_utf8(&body) else {
        return errors(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![FieldError { field: String::new(), message: "The case must be UTF-8 text.".into() }],
        );
    };
    match crate::engine::assess_json(&state.rules, text, as_of) {
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

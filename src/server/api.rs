//! The JSON API, version 1.
//!
//! - `POST /api/v1/assess[?as_of=YYYY-MM-DD]`: a case in, an assessment out; 422 with
//!   `{"errors":[{"field","message"}]}` for a case that does not check; 413 for a body
//!   over the limit.
//! - `POST /api/v1/packet[?as_of=YYYY-MM-DD]`: a case in, the petition packet out as a
//!   PDF (`application/pdf`, a download); 422 as above, when no charge may be
//!   expunged now, or when the papers need answers the case does not give yet (one
//!   error per missing fact: `field` is where the answer goes, e.g.
//!   `charges[0].cov_designated`, and `message` asks the question). The PDF is drawn
//!   off the async runtime, so downloads never hold up pages.
//! - `GET /api/v1/schema`: the JSON Schema of the case format.
//! - `GET /api/v1/rules`: the rules version and what it covers.
//!
//! Every error, whoever raises it (a handler, a limit, a timeout, an unknown address
//! or method), answers in one shape: `{"errors":[{"field","message"}]}` (`json_errors`).

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde_json::json;

use std::sync::Arc;

use super::AppState;
use super::limits::BODY_LIMIT;
use super::listen::{PerClient, Seat};
use crate::case::FieldError;
use crate::clock::today_in_mississippi;
use crate::packet::Refused;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/assess", post(assess))
        .route("/packet", post(packet))
        .route("/schema", get(schema))
        .route("/rules", get(rules))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(super::edge::api_panicked))
        .with_state(state)
}

/// Gives every error answer under `/api/v1` the API's JSON shape, whatever raised it:
/// a body over the limit, a timeout, an unknown address or method. Answers that are
/// already JSON pass as they are.
pub async fn json_errors(req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/v1") {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return res;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "There is no such address in this API. The addresses are listed in the README.",
        StatusCode::METHOD_NOT_ALLOWED => "This address does not answer that method: use POST to send a case, GET to read.",
        StatusCode::PAYLOAD_TOO_LARGE => "The request is too large. A case may be at most 256 KiB.",
        StatusCode::REQUEST_TIMEOUT => "The request took too long to arrive. Please send it again.",
        StatusCode::SERVICE_UNAVAILABLE => "The server is busy. Please try again in a few seconds.",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "Send the case as JSON.",
        s if s.is_server_error() => "Something went wrong on our side. This is our mistake; please report it.",
        _ => "This request could not be read.",
    };
    let mut answer = error(status, "", message);
    // Keep what tells the client how to go on (Allow, Retry-After).
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = res.headers().get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// One error in the API's shape.
pub(super) fn error(status: StatusCode, field: &str, message: &str) -> Response {
    errors(status, vec![FieldError { field: field.into(), message: message.into() }])
}

/// A case as sent: at most `BODY_LIMIT` bytes, arrived in time. The rejection is a
/// bare status (413 or 408) that `json_errors` words.
struct CaseBody(Bytes);

impl<S: Send + Sync> axum::extract::FromRequest<S> for CaseBody {
    type Rejection = StatusCode;

    async fn from_request(req: Request, _: &S) -> Result<CaseBody, StatusCode> {
        super::edge::read_body(req.into_body(), BODY_LIMIT).await.map(CaseBody)
    }
}

/// The filing date asked for and the body as text, or the error response. The query
/// may hold `as_of` once, and nothing else.
fn read(rules: &crate::rules::RuleBook, query: Option<&str>, body: &Bytes) -> Result<(NaiveDate, String), Box<Response>> {
    let bad = |message: &str| Box::new(error(StatusCode::BAD_REQUEST, "as_of", message));
    let mut as_of = None;
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if name != "as_of" {
            return Err(Box::new(error(StatusCode::BAD_REQUEST, "", "The only setting in the address is as_of, the filing date.")));
        }
        if as_of.is_some() {
            return Err(bad("Give as_of once."));
        }
        as_of = Some(value.parse::<NaiveDate>().map_err(|_| bad("Use a date written like 2026-11-23."))?);
    }
    let as_of = as_of.unwrap_or_else(today_in_mississippi);
    crate::engine::check_as_of(rules, as_of).map_err(|e| bad(&e.message))?;
    match std::str::from_utf8(body) {
        Ok(text) => Ok((as_of, text.to_string())),
        Err(_) => Err(Box::new(errors(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![FieldError { field: String::new(), message: "The case must be UTF-8 text.".into() }],
        ))),
    }
}

async fn packet(
    State(state): State<AppState>,
    connection: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    RawQuery(query): RawQuery,
    CaseBody(body): CaseBody,
) -> Response {
    let (as_of, text) = match read(&state.rules, query.as_deref(), &body) {
        Ok(read) => read,
        Err(response) => return *response,
    };
    let case = match crate::engine::read_case(&state.rules, &text, as_of) {
        Ok(case) => case,
        Err(list) => return errors(StatusCode::UNPROCESSABLE_ENTITY, list),
    };
    let client = connection.map(|axum::Extension(axum::extract::ConnectInfo(addr))| addr.ip());
    let drawn = draw_packet(&state, crate::rules::Lang::En, client, case, as_of).await;
    if let Drawn::Pdf(pdf) = drawn {
        return pdf_download(pdf);
    }
    if let Drawn::Missing(facts) = &drawn {
        let list = facts
            .iter()
            .map(|f| FieldError { field: f.field.clone(), message: format!("The papers need this answer: {}", f.question) })
            .collect();
        return errors(StatusCode::UNPROCESSABLE_ENTITY, list);
    }
    let (status, message) = not_drawn(&drawn);
    let field = if matches!(drawn, Drawn::Nothing | Drawn::TooLarge) { "charges" } else { "" };
    let mut response = error(status, field, message);
    if matches!(drawn, Drawn::Busy) {
        response.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static(RETRY_AFTER));
    }
    response
}

/// What drawing a packet gave.
pub(super) enum Drawn {
    Pdf(Vec<u8>),
    /// No charge may be expunged now.
    Nothing,
    /// More courts than one packet holds (`MAX_COURTS`).
    TooLarge,
    /// The queue is full, or this client already has its share in it.
    Busy,
    /// A petition and its order did not match (a bug), or the drawing failed.
    Failed,
    /// A sentence the papers need rests on facts not answered yet.
    Missing(Vec<crate::engine::FactRef>),
}

/// The most courts one packet holds: a petition and an order for each, about nine
/// pages a court. Far beyond a real record; it keeps one request from drawing
/// hundreds of pages.
pub const MAX_COURTS: usize = 20;

/// Packets waiting to be made and being made. Drawing is CPU work of a few
/// milliseconds a page: it runs on the blocking pool, never on the threads that answer
/// pages, on all cores but one at a time. At most `pdf_queue` packets wait or draw at
/// once, and at most `pdf_per_client` from one client, so one client cannot make
/// everyone else wait; beyond either, the answer is 503 with Retry-After. A packet
/// keeps its place until its drawing ends, even if the client has gone.
pub struct PdfQueue {
    drawing: Arc<tokio::sync::Semaphore>,
    places: Arc<tokio::sync::Semaphore>,
    clients: PerClient,
}

impl PdfQueue {
    pub fn new(limits: &super::Limits) -> PdfQueue {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        PdfQueue {
            drawing: Arc::new(tokio::sync::Semaphore::new(cores.saturating_sub(1).max(1))),
            places: Arc::new(tokio::sync::Semaphore::new(limits.pdf_queue.max(1))),
            clients: PerClient::new(limits.pdf_per_client),
        }
    }

    /// A place in the queue for `client`, if there is one and the client has its share free.
    fn join(&self, client: Option<std::net::IpAddr>) -> Option<(tokio::sync::OwnedSemaphorePermit, Seat)> {
        let seat = self.clients.enter(client)?;
        let place = self.places.clone().try_acquire_owned().ok()?;
        Some((place, seat))
    }
}

/// The case's papers as a PDF (`packet::prepare`, then drawn), waiting its turn in the queue.
/// The instructions page is in `lang`; the court papers are in English.
pub(super) async fn draw_packet(
    state: &AppState,
    lang: crate::rules::Lang,
    client: Option<std::net::IpAddr>,
    case: crate::case::Case,
    as_of: NaiveDate,
) -> Drawn {
    let Some(place) = state.pdf.join(client) else {
        return Drawn::Busy;
    };
    let Ok(turn) = state.pdf.drawing.clone().acquire_owned().await else {
        return Drawn::Failed;
    };
    let rules = state.rules.clone();
    let words = state.sites.get(lang).rules.clone();
    let drawn = tokio::task::spawn_blocking(move || {
        // The place and the turn go with the work: given back when it ends, not when
        // the request does.
        let _held = (place, turn);
        match crate::packet::prepare_in(&rules, &words, &case, as_of) {
            Ok(papers) if papers.packet().filings.len() > MAX_COURTS => Ok(Drawn::TooLarge),
            Ok(papers) => Ok(Drawn::Pdf(papers.pdf())),
            Err(Refused::NothingToFile { .. }) => Ok(Drawn::Nothing),
            Err(Refused::MissingFacts(facts)) => Ok(Drawn::Missing(facts)),
            Err(Refused::DidNotVerify(mismatch)) => Err(mismatch),
        }
    })
    .await;
    match drawn {
        Ok(Ok(drawn)) => drawn,
        _ => {
            // A mismatch names charges: it is never logged. Reproduce it from the case.
            tracing::error!("packet: the papers could not be drawn");
            Drawn::Failed
        }
    }
}

/// The status and words for a packet that was not drawn, for the API (the papers step
/// has its own words, in `rules/text/`).
pub(super) fn not_drawn(drawn: &Drawn) -> (StatusCode, &'static str) {
    match drawn {
        Drawn::Nothing => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "No charge may be expunged now, so there are no papers to make. Your results give the dates and reasons.",
        ),
        Drawn::Missing(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "The papers need more answers before they can be drawn: each error names the field and asks its question.",
        ),
        Drawn::TooLarge => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "These papers would go to more than 20 courts, more than we make at once. Save your answers, remove the charges of some courts, download those papers, then load your answers again for the rest. A legal aid clinic can also help.",
        ),
        Drawn::Busy => (
            StatusCode::SERVICE_UNAVAILABLE,
            "Many people are making their papers right now. Wait a few seconds, then try again. Your answers are kept.",
        ),
        Drawn::Failed | Drawn::Pdf(_) => {
            (StatusCode::INTERNAL_SERVER_ERROR, "The papers could not be made. This is our mistake; please report it.")
        }
    }
}

/// Seconds a client is asked to wait before trying a busy queue again.
pub(super) const RETRY_AFTER: &str = "5";

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

async fn assess(State(state): State<AppState>, RawQuery(query): RawQuery, CaseBody(body): CaseBody) -> Response {
    let (as_of, text) = match read(&state.rules, query.as_deref(), &body) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_queue_gives_each_client_a_fair_share_and_has_an_end() {
        let limits = crate::server::Limits { pdf_queue: 3, pdf_per_client: 2, ..crate::server::Limits::default() };
        let queue = PdfQueue::new(&limits);
        let greedy = Some(std::net::IpAddr::from([127, 0, 0, 2]));
        let other = Some(std::net::IpAddr::from([127, 0, 0, 3]));
        let first = queue.join(greedy).expect("a first packet");
        let _second = queue.join(greedy).expect("a second");
        assert!(queue.join(greedy).is_none(), "no third place for one client");
        let _third = queue.join(other).expect("another client still gets a place");
        assert!(queue.join(Some(std::net::IpAddr::from([127, 0, 0, 4]))).is_none(), "the queue is full");
        drop(first);
        assert!(queue.join(greedy).is_some(), "a place comes back when a packet is done");
    }
}

//! Clinic mode's pages, under `/clinic`: server-drawn HTML forms that work without
//! JavaScript. Handlers are thin: they find who is asking (`access`), check the form
//! token, call the store and `accounts`, write the audit line, and draw a page (`page`).
//!
//! Who may do what is decided in one place, `access::allowed`; the access-matrix test
//! walks every route with every role.

pub mod access;
mod admin;
mod batch;
pub mod charts;
mod entry;
mod export;
mod import;
mod intake;
mod matters;
mod outcomes;
mod page;
mod reminders;
mod review;
mod sign_in;
mod statistics;
mod upload;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::questionnaire::words::Words;
use crate::rules::{Lang, RuleBook};
use crate::site::Sites;

use super::store::Store;

/// A matter's papers as its print button draws them, for batch papers too.
pub(crate) use intake::{NoPapers, matter_papers};

/// What the clinic's handlers need.
#[derive(Clone)]
pub struct ClinicState {
    pub store: Store,
    pub words: Arc<Words>,
    pub rules: Arc<RuleBook>,
    /// The site's stylesheet's address (its name carries the build's hash).
    pub stylesheet: String,
    /// How people reach the clinic, and the mailer if e-mail reminders are set up.
    pub reminders: Arc<crate::clinic::mail::Settings>,
}

impl ClinicState {
    pub fn new(store: Store, sites: &Sites, output_name: &str) -> ClinicState {
        let site = sites.get(Lang::En);
        ClinicState {
            store,
            words: site.words.clone(),
            rules: site.rules.clone(),
            stylesheet: format!("/pkg/{output_name}.css"),
            reminders: Arc::default(),
        }
    }

    /// With these reminders' settings (the clinic's contact, the mailer).
    pub fn with_reminders(self, reminders: crate::clinic::mail::Settings) -> ClinicState {
        ClinicState { reminders: Arc::new(reminders), ..self }
    }
}

/// Every clinic route.
pub fn routes(state: ClinicState) -> Router {
    use axum::extract::DefaultBodyLimit;
    use tower_http::limit::RequestBodyLimitLayer;
    // A form with files may be larger than the site's forms. Each reads at most its
    // own limit; a request declaring more than twice that is refused before it is read.
    let new_matter = Router::new()
        .route("/clinic/events/{id}/matters", post(matters::create).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)))
        .layer(RequestBodyLimitLayer::new(2 * UPLOAD_LIMIT));
    let importing = Router::new()
        .route(
            "/clinic/events/{id}/import",
            get(import::form).post(import::submit).layer(DefaultBodyLimit::max(import::IMPORT_LIMIT + 64 * 1024)),
        )
        .layer(RequestBodyLimitLayer::new(2 * import::IMPORT_LIMIT));
    Router::new()
        .route("/clinic", get(admin::home))
        .route("/clinic/sign-in", get(sign_in::form).post(sign_in::submit))
        .route("/clinic/sign-out", post(sign_in::sign_out))
        .route("/clinic/code", get(sign_in::code_form).post(sign_in::code_submit))
        .route("/clinic/enrol", get(sign_in::enrol_form).post(sign_in::enrol_submit))
        .route("/clinic/users", get(admin::users).post(admin::create_user))
        .route("/clinic/events", post(admin::create_event))
        .route("/clinic/events/{id}", get(matters::event))
        .route("/clinic/events/{id}/staff", post(admin::assign_staff))
        .route("/clinic/import/template.csv", get(import::template))
        .route("/clinic/matters/{id}", get(matters::view).post(matters::save))
        .route("/clinic/matters/{id}/hold", post(matters::hold))
        .route("/clinic/matters/{id}/entry", get(entry::show).post(entry::save))
        .route("/clinic/matters/{id}/check", get(intake::show).post(intake::step))
        .route("/clinic/matters/{id}/check/packet", post(intake::packet))
        .route("/clinic/matters/{id}/check/save", post(intake::save))
        .route("/clinic/matters/{id}/check/calendar", post(intake::calendar))
        .route("/clinic/matters/{id}/flag", post(review::flag))
        .route("/clinic/matters/{id}/sign-off", post(review::sign_off))
        .route("/clinic/review", get(review::queue))
        .route("/clinic/audit", get(admin::audit))
        // Tracking (issue 14, parts 4-6): outcomes, the tracking sheet, statistics.
        .route("/clinic/matters/{id}/outcome", post(outcomes::save))
        .route("/clinic/events/{id}/tracking.csv", get(export::csv))
        .route("/clinic/events/{id}/tracking.json", get(export::json))
        .route("/clinic/statistics", get(statistics::page))
        .route("/clinic/statistics.csv", get(statistics::csv))
        .route("/clinic/reminders", get(reminders::list))
        .route("/clinic/matters/{id}/reminder/calendar", post(reminders::calendar))
        .route("/clinic/matters/{id}/reminder/mail", post(reminders::mail))
        .route("/clinic/events/{id}/batches", post(batch::start))
        .route("/clinic/batches/{id}", get(batch::show))
        .route("/clinic/batches/{id}/{file}", get(batch::download))
        // No other request may be larger than the site's largest form.
        .layer(RequestBodyLimitLayer::new(crate::server::FORM_LIMIT))
        .merge(new_matter)
        .merge(importing)
        .layer(axum::middleware::from_fn_with_state(state.clone(), page::edges))
        .with_state(state)
}

/// The largest clinic form (a matter's notes are the longest field).
pub const FORM_LIMIT: usize = 64 * 1024;
/// The largest upload: a saved answers file, as the public site accepts.
pub const UPLOAD_LIMIT: usize = 256 * 1024 + 4096;

/// A posted form's fields.
pub type Form = Vec<(String, String)>;

/// The most fields a clinic form sends (a questionnaire step inside a matter sends
/// its own, counted by `questionnaire::MAX_FIELDS`).
const FIELDS: usize = 64;

/// Reads a urlencoded form of at most `FORM_LIMIT` bytes; a bare 413 otherwise.
async fn read_form(body: axum::body::Body) -> Result<Form, axum::response::Response> {
    read_fields(body, FIELDS).await
}

/// Reads at most `most` fields of a urlencoded form of at most `FORM_LIMIT` bytes.
async fn read_fields(body: axum::body::Body, most: usize) -> Result<Form, axum::response::Response> {
    use axum::response::IntoResponse;
    let bytes = axum::body::to_bytes(body, FORM_LIMIT).await.map_err(|_| axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    Ok(form_urlencoded::parse(&bytes).take(most).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
}

/// The form a signed-in viewer posted, read and checked against their session's form
/// token: a missing or stale token gives the stale-form page.
async fn checked_form(state: &ClinicState, viewer: &access::Viewer, body: axum::body::Body) -> Result<Form, axum::response::Response> {
    checked_fields(state, viewer, body, FIELDS).await
}

/// `checked_form`, reading at most `most` fields.
async fn checked_fields(
    state: &ClinicState,
    viewer: &access::Viewer,
    body: axum::body::Body,
    most: usize,
) -> Result<Form, axum::response::Response> {
    let form = read_fields(body, most).await?;
    match access::csrf_refusal(state, viewer, Some(field(&form, "csrf"))) {
        Some(refused) => Err(refused),
        None => Ok(form),
    }
}

/// A field's value, trimmed of spaces at its ends.
fn field<'a>(form: &'a Form, name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim())
}

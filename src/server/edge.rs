//! The edge of the server: what a request meets before any handler, so that no
//! request, however odd, goes without a clear answer.
//!
//! - An address written another way (`/help/`, `/./learn`, `//help`, `/learn/../help`)
//!   is sent to its one spelling with a permanent redirect (308 keeps the method).
//! - A handler that panics still answers: a 500 page, or the API's JSON error. The
//!   panic is logged in one line that says where it happened, never its message, which
//!   could hold a person's answers (see `log_panics`).
//! - Files and pages answer GET and HEAD only (405 otherwise).

use std::any::Any;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::rules::Lang;
use crate::site::{Site, Sites};

/// Redirects a path written another way to its one spelling.
pub async fn tidy_path(req: Request, next: Next) -> Response {
    if let Some(tidy) = canonical(req.uri().path()) {
        let target = match req.uri().query() {
            Some(query) => format!("{tidy}?{query}"),
            None => tidy,
        };
        if let Ok(location) = HeaderValue::from_str(&target) {
            return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, location)]).into_response();
        }
    }
    next.run(req).await
}

/// The one spelling of `path`, when it is written another way: no empty or `.`
/// segments, `..` taken back, no slash at the end. A backslash counts as a slash, as
/// browsers read it (so `/\evil.example` can never become a redirect off the site).
/// Nothing under `public/` is a folder, so no file's address ends in a slash.
fn canonical(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split(['/', '\\']) {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let tidy = format!("/{}", parts.join("/"));
    (tidy != path).then_some(tidy)
}

/// Files and the 404 page answer GET and HEAD; any other method gets 405.
pub fn read_only(method: &Method) -> Option<Response> {
    (method != Method::GET && method != Method::HEAD)
        .then(|| (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "This address can only be read.").into_response())
}

/// Reads a request body of at most `limit` bytes; on failure, the status that says
/// why: 408 when it arrived too slowly (the body timeout), 413 otherwise.
pub async fn read_body(body: Body, limit: usize) -> Result<axum::body::Bytes, StatusCode> {
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(error) = cause {
            if error.is::<tower_http::timeout::TimeoutError>() {
                return StatusCode::REQUEST_TIMEOUT;
            }
            cause = error.source();
        }
        StatusCode::PAYLOAD_TOO_LARGE
    })
}

/// Logs every panic of the server in one line: where it happened, not what it said.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map_or_else(|| "an unknown place".to_string(), |l| format!("{}:{}", l.file(), l.line()));
        tracing::error!("panic at {at}; the message is not logged, as it may hold a person's answers");
    }));
}

/// The answer to a request whose page handler panicked. The request is gone by then,
/// so the page is in English with the Spanish below it.
pub fn page_panicked(_: Box<dyn Any + Send + 'static>) -> Response {
    let page = FAULT_PAGES.get().cloned().unwrap_or_else(|| "Something went wrong. This is our mistake, not yours.".into());
    let mut res = Response::new(Body::from(page));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res
}

/// The page `page_panicked` answers with, drawn once with the words.
static FAULT_PAGES: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Draws the page for a panicked handler, in every language, once.
pub fn prepare_fault_page(sites: &Sites) {
    let _ = FAULT_PAGES.get_or_init(|| {
        let en = sites.get(Lang::En);
        let es = sites.get(Lang::Es);
        let (e, s) = (&en.words.fault, &es.words.fault);
        let body = |lang: Lang, f: &crate::questionnaire::words::FaultWords| {
            format!(
                "<section lang=\"{}\"><h1>{}</h1><p>{}</p><p>{}<a href=\"{}\">{}</a>.</p></section>",
                lang.code(),
                f.ours_heading,
                f.ours,
                f.go_back,
                lang.path("/help"),
                f.help_link
            )
        };
        page("en", &e.title.fill(&[("heading", e.ours_heading.to_string())]), &format!("{}{}", body(Lang::En, e), body(Lang::Es, s)))
    });
}

/// A short HTML page of its own (no app, no scripts).
fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main>{body}</main></body></html>"
    )
}

/// A short page of its own (no app, no scripts) for when the app cannot answer, in
/// the request's language.
fn simple_page(status: StatusCode, site: &Site, heading: &str, text: &str) -> Response {
    let f = &site.words.fault;
    let body = format!("<h1>{heading}</h1><p>{text}</p><p>{}<a href=\"{}\">{}</a>.</p>", f.go_back, site.lang.path("/help"), f.help_link);
    let page = page(site.lang.code(), &f.title.fill(&[("heading", heading.to_string())]), &body);
    let mut res = Response::new(Body::from(page));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res
}

/// Gives a page in words to the error answers of the site (not the API, which has
/// `api::json_errors`) that a limit or a timeout raised with no body of their own.
pub async fn worded_errors(State(sites): State<Sites>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/v1") {
        return next.run(req).await;
    }
    let site = sites.get(Lang::of_path(req.uri().path()).0).clone();
    let res = next.run(req).await;
    let status = res.status();
    if res.headers().contains_key(header::CONTENT_TYPE) || !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let f = &site.words.fault;
    let (heading, text) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => (&f.too_large_heading, &f.too_large),
        StatusCode::REQUEST_TIMEOUT => (&f.slow_heading, &f.slow),
        StatusCode::SERVICE_UNAVAILABLE => (&f.busy_heading, &f.busy),
        StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_FOUND => return res,
        _ => (&f.ours_heading, &f.ours),
    };
    let mut answer = simple_page(status, &site, heading.as_str(), text.as_str());
    if let Some(retry) = res.headers().get(header::RETRY_AFTER) {
        answer.headers_mut().insert(header::RETRY_AFTER, retry.clone());
    }
    answer
}

/// The answer to an API request whose handler panicked, in the API's error shape.
pub fn api_panicked(_: Box<dyn Any + Send + 'static>) -> Response {
    super::api::error(StatusCode::INTERNAL_SERVER_ERROR, "", "Something went wrong on our side. This is our mistake; please report it.")
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn each_path_has_one_spelling() {
        assert_eq!(canonical("/"), None);
        assert_eq!(canonical("/help"), None);
        assert_eq!(canonical("/learn/cost"), None);
        assert_eq!(canonical("/help/").as_deref(), Some("/help"));
        assert_eq!(canonical("/learn/cost/").as_deref(), Some("/learn/cost"));
        assert_eq!(canonical("/./").as_deref(), Some("/"));
        assert_eq!(canonical("//help").as_deref(), Some("/help"));
        assert_eq!(canonical("/learn/../help").as_deref(), Some("/help"));
        assert_eq!(canonical("/../../etc/passwd").as_deref(), Some("/etc/passwd"));
        assert_eq!(canonical("/\\evil.example").as_deref(), Some("/evil.example"));
        assert_eq!(canonical("/\\/evil.example/").as_deref(), Some("/evil.example"));
        assert_eq!(canonical("//evil.example").as_deref(), Some("/evil.example"));
    }
}

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
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

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

/// The answer to a request whose page handler panicked.
pub fn page_panicked(_: Box<dyn Any + Send + 'static>) -> Response {
    simple_page(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong", "This is our mistake, not yours.")
}

/// A short page of its own (no app, no scripts) for when the app cannot answer.
fn simple_page(status: StatusCode, heading: &str, text: &str) -> Response {
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{heading} – Clear My Record Mississippi</title></head><body><main>\
         <h1>{heading}</h1><p>{text}</p>\
         <p>Your answers are still on the page you came from: go back to it and try again. \
         If this keeps happening, <a href=\"/help\">find free legal help</a>.</p>\
         </main></body></html>"
    );
    let mut res = Response::new(Body::from(page));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res
}

/// Gives a page in words to the error answers of the site (not the API, which has
/// `api::json_errors`) that a limit or a timeout raised with no body of their own.
pub async fn worded_errors(req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/v1") {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    let status = res.status();
    if res.headers().contains_key(header::CONTENT_TYPE) || !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let (heading, text) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("This form is too large", "It was larger than any page of this site sends."),
        StatusCode::REQUEST_TIMEOUT => ("This took too long to arrive", "Your connection may be slow right now."),
        StatusCode::SERVICE_UNAVAILABLE => ("The site is busy", "Please wait a few seconds."),
        StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_FOUND => return res,
        _ => ("Something went wrong", "This is our mistake, not yours."),
    };
    let mut answer = simple_page(status, heading, text);
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

//! Headers every response gets, and the one log line per request.
//!
//! The log line holds the method, the path without its query, the status and the
//! time taken: never a body, a query string, a header value or an answer.

use std::time::Instant;

use axum::extract::Request;
use axum::extract::State;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The Content Security Policy every response gets: this origin only, WASM, and the
/// few inline scripts the pages carry, allowed by their SHA-256 hashes (the same on
/// every response, so a page can be stored and sent as it is).
#[derive(Clone)]
pub struct Csp(HeaderValue);

impl Csp {
    /// The policy allowing exactly `inline_scripts`.
    pub fn new(inline_scripts: &[String]) -> Csp {
        let hashes: String = inline_scripts
            .iter()
            .map(|script| format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))))
            .collect();
        let policy = format!(
            "default-src 'self'; script-src 'self'{hashes} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
             font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
        );
        // Hashes are base64 and the rest is fixed ASCII: always a valid header value.
        Csp(HeaderValue::from_str(&policy).unwrap_or(HeaderValue::from_static("default-src 'none'")))
    }
}

/// Security and privacy headers: the CSP, no framing, no referrer, no MIME sniffing,
/// and no caching of pages that may hold answers.
pub async fn secure(State(csp): State<Csp>, req: Request, next: Next) -> Response {
    let is_asset = req.uri().path().starts_with("/pkg/");
    let hashed = is_asset && has_content_hash(req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, csp.0);
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if !h.contains_key(header::CACHE_CONTROL) {
        let policy = match is_asset {
            // A hashed name never changes content: keep it a year.
            true if hashed => "public, max-age=31536000, immutable",
            true => "no-cache",
            false => "no-store",
        };
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    res
}

/// Whether a file name carries the build's content hash: `expunge_ms.0123456789ab.css`.
fn has_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split(['.', '_']).any(|part| part.len() == 12 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// One line per request: method, path (no query), status, milliseconds.
pub async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    // Printable ASCII only: anything else in an address (control or right-to-left
    // characters) is written as %XX, so it cannot forge or hide a log line.
    let path: String =
        req.uri().path().bytes().map(|b| if b.is_ascii_graphic() { char::from(b).to_string() } else { format!("%{b:02X}") }).collect();
    let start = Instant::now();
    let res = next.run(req).await;
    tracing::info!(target: "http", "{method} {path} {} {:.1}ms", res.status().as_u16(), start.elapsed().as_secs_f64() * 1000.0);
    res
}

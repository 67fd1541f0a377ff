//! Pages that are the same for everyone are drawn once, compressed once and kept in
//! memory, like static files.
//!
//! Home, Learn, Get help, How this works and Privacy depend only on the rules, which are
//! fixed when the server starts, and carry no per-response value (the CSP allows their
//! scripts by hash, not by nonce). Each is drawn the first time it is asked for and
//! kept as it is, in Brotli and in gzip at their best levels; later requests get the
//! stored bytes their browser accepts. Nothing about a person is ever stored: the
//! questionnaire, the API and every POST go straight to the renderer.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::rules::RuleBook;

/// The largest page kept (the largest today is under 40 KB).
const MAX_PAGE: usize = 512 * 1024;

#[derive(Clone)]
pub struct PageCache {
    /// The paths that may be stored: the fixed pages and each Learn page.
    paths: Arc<Vec<String>>,
    pages: Arc<RwLock<HashMap<String, Arc<Page>>>>,
}

/// One page as drawn, and compressed.
struct Page {
    content_type: HeaderValue,
    plain: Bytes,
    gzip: Bytes,
    brotli: Bytes,
}

impl PageCache {
    pub fn new(rules: &RuleBook) -> Self {
        let mut english: Vec<String> = ["/", "/learn", "/help", "/how-it-works", "/privacy"].map(String::from).to_vec();
        english.extend(rules.learn.iter().map(|p| format!("/learn/{}", p.slug)));
        let paths = crate::rules::Lang::ALL.iter().flat_map(|lang| english.iter().map(|p| lang.path(p))).collect();
        PageCache { paths: Arc::new(paths), pages: Arc::default() }
    }

    fn get(&self, path: &str) -> Option<Arc<Page>> {
        self.pages.read().ok()?.get(path).cloned()
    }
}

/// A content coding a browser may accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Brotli,
    Gzip,
    Identity,
}

/// The best coding `Accept-Encoding` allows: Brotli, then gzip, then none. A coding
/// listed with `q=0` is refused.
fn accepted(headers: &HeaderMap) -> Coding {
    let mut brotli = false;
    let mut gzip = false;
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        for item in value.to_str().unwrap_or_default().split(',') {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            let refused = parts.any(|p| p.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()).is_some_and(|q| q <= 0.0));
            match name.as_str() {
                "br" => brotli = !refused,
                "gzip" | "x-gzip" => gzip = !refused,
                "*" if !refused => {
                    brotli = true;
                    gzip = true;
                }
                _ => {}
            }
        }
    }
    match (brotli, gzip) {
        (true, _) => Coding::Brotli,
        (false, true) => Coding::Gzip,
        _ => Coding::Identity,
    }
}

impl Page {
    fn new(content_type: HeaderValue, plain: Bytes) -> Page {
        let mut brotli = Vec::with_capacity(plain.len() / 4);
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        // Writing to a Vec cannot fail; an empty copy would only be larger than none.
        let _ = brotli::BrotliCompress(&mut &plain[..], &mut brotli, &params);
        let mut gzip = flate2::write::GzEncoder::new(Vec::with_capacity(plain.len() / 3), flate2::Compression::best());
        let _ = gzip.write_all(&plain);
        let gzip = gzip.finish().unwrap_or_default();
        Page { content_type, plain, gzip: gzip.into(), brotli: brotli.into() }
    }

    fn respond(&self, coding: Coding) -> Response {
        let (body, encoding) = match coding {
            Coding::Brotli if !self.brotli.is_empty() => (self.brotli.clone(), Some("br")),
            Coding::Gzip | Coding::Brotli if !self.gzip.is_empty() => (self.gzip.clone(), Some("gzip")),
            _ => (self.plain.clone(), None),
        };
        let mut res = ([(header::CONTENT_TYPE, self.content_type.clone())], body).into_response();
        let h = res.headers_mut();
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Some(encoding) = encoding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        res
    }
}

/// Answers a stored page, or draws it, stores it and answers it.
pub async fn serve(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if req.method() != Method::GET || req.uri().query().is_some() || !cache.paths.iter().any(|p| p == path) {
        return next.run(req).await;
    }
    let path = path.to_string();
    let coding = accepted(req.headers());
    if let Some(page) = cache.get(&path) {
        return page.respond(coding);
    }
    let res = next.run(req).await;
    let (mut parts, body) = res.into_parts();
    let cacheable = parts.status == StatusCode::OK && !parts.headers.contains_key(header::CONTENT_ENCODING);
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE + 1).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !cacheable || bytes.len() > MAX_PAGE {
        // Not stored: answered as drawn.
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::from(bytes));
    }
    let content_type = parts.headers.get(header::CONTENT_TYPE).cloned().unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let Ok(page) = tokio::task::spawn_blocking(move || Arc::new(Page::new(content_type, bytes))).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(mut pages) = cache.pages.write() {
        pages.insert(path, page.clone());
    }
    page.respond(coding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks(value: &str) -> Coding {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        accepted(&headers)
    }

    #[test]
    fn the_best_coding_the_browser_accepts_is_chosen() {
        assert_eq!(asks("gzip, deflate, br, zstd"), Coding::Brotli);
        assert_eq!(asks("gzip"), Coding::Gzip);
        assert_eq!(asks("br;q=0, gzip;q=0.5"), Coding::Gzip);
        assert_eq!(asks("identity"), Coding::Identity);
        assert_eq!(asks("*"), Coding::Brotli);
        assert_eq!(asks("BR"), Coding::Brotli);
        assert_eq!(accepted(&HeaderMap::new()), Coding::Identity);
    }

    #[test]
    fn a_stored_page_decompresses_to_the_page_drawn() {
        let html = Bytes::from("<!DOCTYPE html><p>Hello, Mississippi</p>".repeat(50));
        let page = Page::new(HeaderValue::from_static("text/html"), html.clone());
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &page.brotli[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, html);
        let mut ungzip = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&page.gzip[..]), &mut ungzip).unwrap();
        assert_eq!(ungzip, html);
        assert!(page.brotli.len() < html.len() / 4);
    }
}

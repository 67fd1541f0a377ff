//! Pages that are the same for everyone are drawn once and kept in memory.
//!
//! Home, Learn, Get help, How this works and Privacy depend only on the rules, which are
//! fixed when the server starts. Each is rendered the first time it is asked for, with a
//! marker where the CSP nonce goes; later requests get the stored page with their own
//! nonce put in. Nothing about a person is ever stored: the questionnaire, the API and
//! every POST go straight to the renderer.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::CspNonce;
use crate::rules::RuleBook;

/// Stands in for the nonce while a page is drawn for the cache. Letters only, so it
/// is never escaped, and long enough never to occur in a page by chance.
const MARKER: &str = "NonceMarkerQzXwVbTkPj";

/// The largest page kept (the largest today is under 40 KB).
const MAX_PAGE: usize = 512 * 1024;

#[derive(Clone)]
pub struct PageCache {
    /// The paths that may be stored: the fixed pages and each Learn page.
    paths: Arc<Vec<String>>,
    pages: Arc<RwLock<HashMap<String, Arc<Page>>>>,
}

struct Page {
    content_type: HeaderValue,
    /// The page split at each nonce.
    pieces: Vec<Bytes>,
}

impl PageCache {
    pub fn new(rules: &RuleBook) -> Self {
        let mut paths: Vec<String> = ["/", "/learn", "/help", "/how-it-works", "/privacy"].map(String::from).to_vec();
        paths.extend(rules.learn.iter().map(|p| format!("/learn/{}", p.slug)));
        PageCache { paths: Arc::new(paths), pages: Arc::default() }
    }

    fn get(&self, path: &str) -> Option<Arc<Page>> {
        self.pages.read().ok()?.get(path).cloned()
    }
}

impl Page {
    fn respond(&self, nonce: &str) -> Response {
        let mut body = Vec::with_capacity(self.pieces.iter().map(Bytes::len).sum::<usize>() + 64);
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce.as_bytes());
            }
            body.extend_from_slice(piece);
        }
        ([(header::CONTENT_TYPE, self.content_type.clone())], body).into_response()
    }
}

/// Answers a stored page, or draws it, stores it and answers it.
pub async fn serve(State(cache): State<PageCache>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if req.method() != Method::GET || req.uri().query().is_some() || !cache.paths.contains(&path) {
        return next.run(req).await;
    }
    let Some(CspNonce(nonce)) = req.extensions().get::<CspNonce>().cloned() else {
        return next.run(req).await;
    };
    if let Some(page) = cache.get(&path) {
        return page.respond(&nonce);
    }
    req.extensions_mut().insert(CspNonce(MARKER.to_string()));
    let res = next.run(req).await;
    let (mut parts, body) = res.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let cacheable = parts.status == StatusCode::OK && !parts.headers.contains_key(header::CONTENT_ENCODING);
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    if !cacheable || bytes.len() > MAX_PAGE {
        // Not stored: answered as drawn, with the real nonce.
        let body = html.replace(MARKER, &nonce);
        return Response::from_parts(parts, Body::from(body));
    }
    let content_type = parts.headers.get(header::CONTENT_TYPE).cloned().unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let page = Arc::new(Page { content_type, pieces: html.split(MARKER).map(|s| Bytes::from(s.to_string())).collect() });
    if let Ok(mut pages) = cache.pages.write() {
        pages.insert(path, page.clone());
    }
    page.respond(&nonce)
}

//! The questionnaire as a browser without JavaScript uses it: real form posts to
//! `/check`, each answered with the next page. Shared by the journey tests.

#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub fn app() -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, server::Limits::default()))
}

pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub html: String,
}

impl Page {
    /// The hidden answers field, unescaped.
    pub fn state(&self) -> String {
        let start = self.html.find("name=\"state\" value=\"").expect("a state field") + "name=\"state\" value=\"".len();
        let end = start + self.html[start..].find('"').unwrap();
        unescape(&self.html[start..end])
    }

    pub fn step(&self) -> String {
        let at = self.html.find("data-step=\"").expect("a step") + "data-step=\"".len();
        self.html[at..at + self.html[at..].find('"').unwrap()].to_string()
    }

    /// The engine fact this page asks, for a "fact" step.
    pub fn fact(&self) -> Option<String> {
        let state: serde_json::Value = serde_json::from_str(&self.state()).unwrap();
        state["at"]["fact"][1].as_str().map(str::to_string)
    }

    /// Whether the page has the field `name`: one field, or a date's three boxes.
    pub fn asks(&self, name: &str) -> bool {
        self.html.contains(&format!("name=\"{name}\"")) || self.html.contains(&format!("name=\"{name}--year\""))
    }

    pub fn text(&self) -> String {
        unescape(&self.html)
    }
}

pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

pub async fn send(req: Request<Body>) -> Page {
    let res = app().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Page { status, headers, html: String::from_utf8_lossy(&body).to_string() }
}

pub async fn open() -> Page {
    send(Request::get("/check").header(header::ACCEPT, "text/html").body(Body::empty()).unwrap()).await
}

/// Posts the page's form with `fields` and the button `go`.
pub async fn post(page: &Page, go: &str, fields: &[(&str, &str)]) -> Page {
    post_to("/check", page, go, fields).await
}

pub async fn post_to(path: &str, page: &Page, go: &str, fields: &[(&str, &str)]) -> Page {
    let state = page.state();
    let mut pairs = vec![("state", state.as_str()), ("go", go)];
    pairs.extend_from_slice(fields);
    let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    send(Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body)).unwrap()).await
}

/// Answers each question the engine asks from `answers` (fact key, value) until the
/// list of charges; panics on a question without an answer, so a test names every
/// fact its person is asked.
pub async fn answer_until(mut page: Page, stop_at: &str, answers: &[(&str, &str)]) -> Page {
    for _ in 0..30 {
        if page.step() == stop_at {
            return page;
        }
        assert_eq!(page.step(), "fact", "expected a question, got {}", page.text());
        let fact = page.fact().unwrap();
        assert!(page.asks(&fact), "the question's field is named by its key");
        // Every question on the screen: the one the step is at and the related ones with it.
        let asked: Vec<(&str, &str)> = answers.iter().filter(|(k, _)| page.asks(k)).copied().collect();
        assert!(asked.iter().any(|(k, _)| *k == fact), "no answer for {fact}");
        let before = page.state();
        page = post(&page, "next", &asked).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.text().contains("There is a problem"), "{}", page.text());
        assert_ne!(page.state(), before, "the answers are saved");
    }
    panic!("never reached {stop_at}");
}

/// Enters one charge from the court question to the list of charges.
pub async fn enter_charge(page: Page, court: &str, county: &str, offence: &str, answers: &[(&str, &str)]) -> Page {
    assert_eq!(page.step(), "court");
    // The court's kind and place are one screen.
    let page = post(&page, "next", &[("court_kind", court), ("county", county), ("city", "Jackson")]).await;
    assert_eq!(page.step(), "details", "{}", page.text());
    let page = post(&page, "next", &[("offence", offence), ("case_number", "24-CR-118")]).await;
    answer_until(page, "charges", answers).await
}

//! A browser for the clinic's pages, without a socket: it sends requests through the
//! whole application's router and keeps the cookies it is given, as a browser would.

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use expunge_ms::clinic::accounts;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::users::{NewUser, Role};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub const PASSWORD: &str = "a long enough password";

/// The whole application (public site and clinic) on `store`.
pub fn app(store: Store) -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    let state = AppState::new(expunge_ms::site::Sites::embedded().expect("sites"), leptos, server::Limits::default());
    server::router_with_clinic(state, store)
}

/// An answer.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    /// The form token in the page.
    pub fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").map(|i| i + 19).unwrap_or_else(|| panic!("no form token in {}", self.body));
        self.body[at..].split('"').next().unwrap_or_default().to_string()
    }
}

/// A browser with its cookies.
#[derive(Clone)]
pub struct Browser {
    pub app: Router,
    pub cookies: HashMap<String, String>,
}

impl Browser {
    pub fn new(app: &Router) -> Browser {
        Browser { app: app.clone(), cookies: HashMap::new() }
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> Page {
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            req.headers_mut().insert(header::COOKIE, jar.join("; ").parse().expect("cookie header"));
        }
        let res = self.app.clone().oneshot(req).await.expect("answer");
        let status = res.status();
        let headers = res.headers().clone();
        for set in headers.get_all(header::SET_COOKIE) {
            let c = cookie::Cookie::parse(set.to_str().expect("ascii").to_string()).expect("a cookie");
            if c.max_age().is_some_and(|a| a.is_zero()) {
                self.cookies.remove(c.name());
            } else {
                self.cookies.insert(c.name().to_string(), c.value().to_string());
            }
        }
        let body = String::from_utf8_lossy(&res.into_body().collect().await.expect("body").to_bytes()).into_owned();
        Page { status, headers, body }
    }

    /// A download: its status, headers and bytes as sent.
    pub async fn get_raw(&mut self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut req = Request::get(path).body(Body::empty()).expect("request");
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            req.headers_mut().insert(header::COOKIE, jar.join("; ").parse().expect("cookie header"));
        }
        let res = self.app.clone().oneshot(req).await.expect("answer");
        let (status, headers) = (res.status(), res.headers().clone());
        (status, headers, res.into_body().collect().await.expect("body").to_bytes().to_vec())
    }

    pub async fn get(&mut self, path: &str) -> Page {
        self.send(Request::get(path).body(Body::empty()).expect("request")).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let req = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body));
        self.send(req.expect("request")).await
    }

    /// A multipart form: text fields, and a file in `file` if given.
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)], file: Option<&str>) -> Page {
        let boundary = "clinic-test-boundary";
        let mut body = String::new();
        for (k, v) in fields {
            body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"));
        }
        if let Some(file) = file {
            body.push_str(&format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answers.json\"\r\nContent-Type: application/json\r\n\r\n{file}\r\n"
            ));
        }
        body.push_str(&format!("--{boundary}--\r\n"));
        let req =
            Request::post(path).header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}")).body(Body::from(body));
        self.send(req.expect("request")).await
    }

    /// Signs in with the password, and the code of `secret` if given; the page after.
    pub async fn sign_in(&mut self, username: &str, password: &str, secret: Option<&str>) -> Page {
        let form = self.get("/clinic/sign-in").await;
        let page = self.post("/clinic/sign-in", &[("csrf", &form.csrf()), ("username", username), ("password", password)]).await;
        match (page.location(), secret) {
            ("/clinic/code", Some(secret)) => {
                let form = self.get("/clinic/code").await;
                let code = accounts::current_code(secret, expunge_ms::clock::now_unix());
                self.post("/clinic/code", &[("csrf", &form.csrf()), ("code", &code)]).await
            }
            _ => page,
        }
    }

    /// The form token of the page at `path` (any clinic page a signed-in person sees).
    pub async fn csrf(&mut self, path: &str) -> String {
        self.get(path).await.csrf()
    }
}

/// An account made straight in the store, with a second factor if `secret` is given.
pub async fn account(store: &Store, username: &str, role: Role, secret: Option<&str>) -> i64 {
    let hash = accounts::hash_password(PASSWORD);
    let new = NewUser { username, display_name: username, role, password_hash: &hash, bar_number: None };
    let id = store.create_user(&new, 1).await.expect("user").expect("new name");
    if secret.is_some() {
        store.set_totp_secret(id, secret).await.expect("totp");
    }
    id
}

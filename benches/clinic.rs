//! Benchmark: clinic mode with 10,000 matters in one event (and the statistics that
//! count them), on SQLite and on PostgreSQL. Each request goes through the whole
//! application (session, form token, store, encryption, page), one at a time, as a
//! volunteer's or attorney's browser sends it; the figures are the time to the whole
//! answer.
//!
//! Run: `cargo bench --bench clinic` (PostgreSQL in a throwaway cluster, as the tests
//! start it; `EXPUNGE_MS_SKIP_POSTGRES=1` skips it). Under `cargo test` it runs once
//! with 100 matters, to prove it works. Figures are in README.md.

#[path = "../tests/clinic_common/postgres.rs"]
mod postgres;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use chrono::NaiveDate;
use expunge_ms::clinic::accounts;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::outcomes::PetitionOutcome;
use expunge_ms::clinic::store::users::{NewUser, Role};
use expunge_ms::clinic::store::{DataKey, Store, sqlite_address};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

const PASSWORD: &str = "a long enough password";

/// A browser without a socket: it keeps its cookies.
struct Browser {
    app: Router,
    cookies: HashMap<String, String>,
}

impl Browser {
    async fn send(&mut self, mut req: Request<Body>) -> (u16, String) {
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            req.headers_mut().insert(header::COOKIE, jar.join("; ").parse().expect("cookie"));
        }
        let res = self.app.clone().oneshot(req).await.expect("answer");
        for set in res.headers().get_all(header::SET_COOKIE) {
            let c = cookie::Cookie::parse(set.to_str().expect("ascii").to_string()).expect("cookie");
            self.cookies.insert(c.name().to_string(), c.value().to_string());
        }
        let status = res.status().as_u16();
        (status, String::from_utf8_lossy(&res.into_body().collect().await.expect("body").to_bytes()).into_owned())
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        self.send(Request::get(path).body(Body::empty()).expect("request")).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let req = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body));
        self.send(req.expect("request")).await
    }
}

fn csrf(body: &str) -> String {
    let at = body.find("name=\"csrf\" value=\"").map(|i| i + 19).expect("a form token");
    body[at..].split('"').next().unwrap_or_default().to_string()
}

/// Milliseconds at the 50th and 99th percentiles, and the slowest.
fn percentiles(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1].as_secs_f64() * 1000.0;
    (at(0.50), at(0.99), at(1.0))
}

/// The statistics, as an attorney reads them: every matter's counts (the matters were
/// made from the start of 1970, so the period reaches back to it).
async fn statistics(app: &Router, secret: &str, matters: usize, requests: usize) {
    let mut a = Browser { app: app.clone(), cookies: HashMap::new() };
    let (_, form) = a.get("/clinic/sign-in").await;
    let (status, _) = a.post("/clinic/sign-in", &[("csrf", &csrf(&form)), ("username", "attorney"), ("password", PASSWORD)]).await;
    assert_eq!(status, 303, "the attorney gives a password");
    let (_, form) = a.get("/clinic/code").await;
    let code = accounts::current_code(secret, expunge_ms::clock::now_unix());
    let (status, _) = a.post("/clinic/code", &[("csrf", &csrf(&form)), ("code", &code)]).await;
    assert_eq!(status, 303, "the attorney gives the code");
    let path = "/clinic/statistics?from=1969-01-01&to=1971-12-31";
    let (_, body) = a.get(path).await;
    assert!(body.contains(&format!("<th scope=\"row\">People served</th><td class=\"number\">{matters}</td>")), "every matter counted");
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let t = Instant::now();
        let (status, _) = a.get(path).await;
        times.push(t.elapsed());
        assert_eq!(status, 200, "{path}");
    }
    let (p50, p99, max) = percentiles(times);
    println!("| statistics page ({} charges counted, 5 charts) | {p50:.2} | {p99:.2} | {max:.2} |", matters * 5);
}

async fn run(label: &str, address: &str, matters: usize, requests: usize) {
    let key = DataKey::generate();
    Store::init(address, key.clone()).await.expect("init").close().await;
    let store = Store::open(address, key).await.expect("open");
    let hash = accounts::hash_password(PASSWORD);
    let new = |username: &'static str, role| NewUser { username, display_name: username, role, password_hash: &hash, bar_number: None };
    let admin = store.create_user(&new("admin", Role::Admin), 1).await.expect("user").expect("new");
    let volunteer = store.create_user(&new("volunteer", Role::Volunteer), 1).await.expect("user").expect("new");
    let attorney = store.create_user(&new("attorney", Role::Attorney), 1).await.expect("user").expect("new");
    let secret = accounts::new_totp_secret();
    store.set_totp_secret(attorney, Some(&secret)).await.expect("second factor");
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Restoration day", held_on, county: "Hinds", retention_days: 30 }, admin, 1)
        .await
        .expect("event");
    store.assign_staff(event, volunteer).await.expect("staff");

    // Every matter the same five charges in two courts, each with its own person.
    let text = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").expect("fixture");
    let base = expunge_ms::case::parse_case(&text, expunge_ms::clock::today_in_mississippi()).expect("case");
    let filling = Instant::now();
    let mut ids = Vec::with_capacity(matters);
    for i in 0..matters {
        let mut case = base.clone();
        case.petitioner.full_name = Some(format!("Person Number {i:05}"));
        // A matter an hour, so the statistics count 10,000 matters over 417 days.
        let id = store.create_matter(event, &case, volunteer, 1 + 3600 * i as i64).await.expect("matter");
        // One in ten past the first 100 (which the intake below saves) filed, half of them granted.
        if i >= 100 && i % 10 == 5 {
            let petition = PetitionOutcome {
                charges: vec![0, 1],
                court: "the Circuit Court of Hinds County".into(),
                court_kind: Some("circuit".into()),
                county: Some("Hinds".into()),
                filed_on: NaiveDate::from_ymd_opt(2026, 12, 1),
                granted_on: if i % 20 == 5 { NaiveDate::from_ymd_opt(2027, 1, 15) } else { None },
                ..PetitionOutcome::default()
            };
            store.save_outcome(id, 1, &petition, Status::Filed, 1 + 3600 * i as i64).await.expect("outcome");
        }
        ids.push(id);
    }
    let filled = filling.elapsed();

    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    let state = AppState::new(expunge_ms::site::Sites::embedded().expect("sites"), leptos, server::Limits::default());
    let app = server::router_with_clinic(state, store.clone());
    let mut b = Browser { app, cookies: HashMap::new() };
    let (_, form) = b.get("/clinic/sign-in").await;
    let (status, _) = b.post("/clinic/sign-in", &[("csrf", &csrf(&form)), ("username", "volunteer"), ("password", PASSWORD)]).await;
    assert_eq!(status, 303, "the volunteer signs in");

    let pages = (matters as i64 - 1) / 50;
    let gets = [
        ("matter list, first page of 50", format!("/clinic/events/{event}")),
        ("matter list, last page", format!("/clinic/events/{event}?page={pages}")),
        ("one matter's page (5 charges assessed)", format!("/clinic/matters/{}", ids[matters / 2])),
    ];
    println!("\n{label}: {matters} matters in one event (made in {:.1} s), {requests} requests each, one at a time", filled.as_secs_f64());
    println!("| request | p50 ms | p99 ms | slowest ms |");
    println!("|---|---|---|---|");
    for (name, path) in &gets {
        let mut times = Vec::with_capacity(requests);
        for _ in 0..requests {
            let t = Instant::now();
            let (status, _) = b.get(path).await;
            times.push(t.elapsed());
            assert_eq!(status, 200, "{path}");
        }
        let (p50, p99, max) = percentiles(times);
        println!("| {name} | {p50:.2} | {p99:.2} | {max:.2} |");
    }

    statistics(&b.app, &secret, matters, requests).await;

    // Intake: each post saves a step (the review, then the results, in turn) of one of
    // 100 matters, as volunteers at several tables would.
    let (_, page) = b.get(&format!("/clinic/matters/{}/check", ids[0])).await;
    let token = csrf(&page);
    let mut versions: HashMap<i64, i64> = HashMap::new();
    let mut times = Vec::with_capacity(requests);
    for i in 0..requests {
        let id = ids[i % ids.len().min(100)];
        let version = versions.entry(id).or_insert(1);
        let go = if (i / ids.len().min(100)) % 2 == 0 { "open:results" } else { "open:review" };
        let v = version.to_string();
        let t = Instant::now();
        let (status, body) = b.post(&format!("/clinic/matters/{id}/check"), &[("csrf", &token), ("state", &v), ("go", go)]).await;
        times.push(t.elapsed());
        assert_eq!(status, 200, "{body}");
        *version += 1;
    }
    let (p50, p99, max) = percentiles(times);
    println!("| intake step saved (5 charges; results or review drawn) | {p50:.2} | {p99:.2} | {max:.2} |");

    // The tracking sheet: a download of every matter of the event (each opened and
    // assessed), a few times.
    let path = format!("/clinic/events/{event}/tracking.csv");
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..(requests / 100).max(3) {
        let t = Instant::now();
        let (status, body) = b.get(&path).await;
        times.push(t.elapsed());
        assert_eq!(status, 200, "{path}");
        rows = body.lines().count() - 1;
    }
    assert_eq!(rows, matters * 5, "a row for each charge");
    let (p50, _, max) = percentiles(times);
    println!("| tracking sheet downloaded as CSV ({rows} rows) | {p50:.2} | | {max:.2} |");
    store.close().await;
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (matters, requests) = if full { (10_000, 500) } else { (100, 20) };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temporary directory");
        run("SQLite", &sqlite_address(dir.path()), matters, requests).await;
        if full && !postgres::skipped() {
            run("PostgreSQL (throwaway cluster, fsync off)", &postgres::database().await, matters, requests).await;
        }
    });
}

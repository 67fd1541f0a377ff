//! Benchmark: a clinic day at scale (issue 14). 1,000 people in one event, each with a
//! dismissed charge in one of six courts (every tenth in two courts), and their batch
//! papers: the print form posted as a volunteer's browser sends it, the job drawn on
//! the blocking pool, its page asked for again and again while it runs (as the page
//! reloads itself), then both files downloaded. Goal: import 1,000 people and draw
//! their batch papers in under 10 s.
//!
//! The people come in as one CSV file posted to the event's import, as a volunteer's
//! browser sends it (`import`); the papers are `batch_papers`.
//!
//! Run: `cargo bench --bench clinic_day` (PostgreSQL in a throwaway cluster, as the
//! tests start it; `EXPUNGE_MS_SKIP_POSTGRES=1` skips it). Under `cargo test` it runs
//! once with 20 people, to prove it works. Figures are in README.md.

#[path = "../tests/clinic_common/postgres.rs"]
mod postgres;
#[allow(dead_code)]
#[path = "../tests/clinic_common/web.rs"]
mod web;

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use chrono::NaiveDate;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;
use expunge_ms::clinic::store::{DataKey, Store, sqlite_address};
use web::{Browser, PASSWORD, account, app};

/// The six courts people's charges were in: kind, county, city.
const COURTS: [(&str, &str, &str); 6] = [
    ("county", "Forrest", ""),
    ("county", "Hinds", ""),
    ("justice", "Lamar", ""),
    ("justice", "Jones", ""),
    ("municipal", "Hinds", "Jackson"),
    ("county", "Rankin", ""),
];

/// The import's CSV for `n` people: each with a dismissed shoplifting charge in a
/// court (two for every tenth), every fact the papers need answered.
fn csv(n: usize) -> String {
    let mut text = String::from(
        "person,full_name,date_of_birth,address,phone,pending_charges,offence,level,court,county,city,case_number,\
         arrest_date,arrested_by,outcome,disposition_date\n",
    );
    for i in 0..n {
        let mut courts = vec![(i, "A")];
        if i % 10 == 3 {
            courts.push((i + 1, "B"));
        }
        for (row, (court, suffix)) in courts.into_iter().enumerate() {
            let (kind, county, city) = COURTS[court % 6];
            let person = if row == 0 {
                format!("Person Number {i:04},2/9/1988,\"45 Pine Street, Hattiesburg, MS 39401\",601-555-0199,no")
            } else {
                ",,,,".to_string()
            };
            text.push_str(&format!(
                "{i},{person},shoplifting,misdemeanor,{kind},{county},{city},CR-{i:04}-{suffix},3/4/2022,\
                 Hattiesburg Police Department,dismissed,9/14/2022\n"
            ));
        }
    }
    text
}

/// The people of the day, imported into the event from one CSV file; the time from
/// the post to the answer.
async fn import(b: &mut Browser, event: i64, n: usize) -> Duration {
    let csrf = b.csrf(&format!("/clinic/events/{event}/import")).await;
    let boundary = "bench-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--{boundary}\r\n\
         Content-Disposition: form-data; name=\"files\"; filename=\"day.csv\"\r\nContent-Type: text/csv\r\n\r\n{}\r\n--{boundary}--\r\n",
        csv(n)
    );
    let req = axum::http::Request::post(format!("/clinic/events/{event}/import"))
        .header(axum::http::header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(axum::body::Body::from(body))
        .expect("request");
    let t = Instant::now();
    let page = b.send(req).await;
    let took = t.elapsed();
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), format!("/clinic/events/{event}?imported={n}"), "every person made");
    took
}

/// What drawing the batch papers took.
struct Papers {
    /// From the form's post to the job's page saying it is done.
    drawn: Duration,
    /// The job's page while the job ran: how many times, and the slowest.
    polls: Vec<Duration>,
    stack_bytes: usize,
    zip_bytes: usize,
    downloads: Duration,
}

/// Posts the print form for everyone, follows the job's page until it is done (it
/// reloads itself; here every 50 ms), then downloads both files.
async fn batch_papers(b: &mut Browser, event: i64, n: usize) -> Papers {
    let form = b.get(&format!("/clinic/events/{event}")).await;
    let t = Instant::now();
    let started = b.post(&format!("/clinic/events/{event}/batches"), &[("csrf", &form.csrf()), ("which", "everyone")]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let job = started.location().to_string();
    let mut polls = Vec::new();
    loop {
        let asked = Instant::now();
        let page = b.get(&job).await;
        polls.push(asked.elapsed());
        assert_eq!(page.status, StatusCode::OK);
        if !page.body.contains("http-equiv=\"refresh\"") {
            assert!(page.body.contains(&format!("Done: papers for {n} people.")), "{}", page.body);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let drawn = t.elapsed();
    let t = Instant::now();
    let (status, _, stack) = b.get_raw(&format!("{job}/stack.pdf")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, zip) = b.get_raw(&format!("{job}/people.zip")).await;
    assert_eq!(status, StatusCode::OK);
    Papers { drawn, polls, stack_bytes: stack.len(), zip_bytes: zip.len(), downloads: t.elapsed() }
}

async fn run(label: &str, address: &str, n: usize) {
    let key = DataKey::generate();
    Store::init(address, key.clone()).await.expect("init").close().await;
    let store = Store::open(address, key).await.expect("open");
    let admin = account(&store, "admin", Role::Admin, None).await;
    let volunteer = account(&store, "volunteer", Role::Volunteer, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Restoration day", held_on, county: "Forrest", retention_days: 30 }, admin, 1)
        .await
        .expect("event");
    store.assign_staff(event, volunteer).await.expect("staff");
    let mut b = Browser::new(&app(store.clone()));
    assert_eq!(b.sign_in("volunteer", PASSWORD, None).await.location(), "/clinic", "the volunteer signs in");
    let made = import(&mut b, event, n).await;
    let papers = batch_papers(&mut b, event, n).await;

    let mut polls = papers.polls.clone();
    polls.sort();
    let slowest = polls.last().copied().unwrap_or_default();
    let median = polls.get(polls.len() / 2).copied().unwrap_or_default();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("\n{label}: {n} people in one event, six courts (every tenth person in two)");
    println!("| step | time | |");
    println!("|---|---|---|");
    println!(
        "| import: one CSV file posted to the people made and assessed | {:.2} s | {:.1} ms a person |",
        made.as_secs_f64(),
        ms(made) / n as f64
    );
    println!(
        "| batch papers: form posted to the job done | {:.2} s | {:.1} ms a person |",
        papers.drawn.as_secs_f64(),
        ms(papers.drawn) / n as f64
    );
    println!("| the job's page while it ran ({} asks) | p50 {:.1} ms | slowest {:.1} ms |", polls.len(), ms(median), ms(slowest));
    println!(
        "| both files downloaded (stack {:.1} MB, zip {:.1} MB) | {:.2} s | |",
        papers.stack_bytes as f64 / 1e6,
        papers.zip_bytes as f64 / 1e6,
        papers.downloads.as_secs_f64()
    );
    println!("| **import and papers** (goal: under 10 s) | **{:.2} s** | |", (made + papers.drawn).as_secs_f64());
    store.close().await;
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let n = if full { 1_000 } else { 20 };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temporary directory");
        run("SQLite", &sqlite_address(dir.path()), n).await;
        if full && !postgres::skipped() {
            run("PostgreSQL (throwaway cluster, fsync off)", &postgres::database().await, n).await;
        }
    });
}

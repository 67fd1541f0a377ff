//! Benchmark: a clinic day at scale (issue 14). 1,000 people in one event, each with a
//! dismissed charge in one of six courts (every tenth in two courts), and their batch
//! papers: the print form posted as a volunteer's browser sends it, the job drawn on
//! the blocking pool, its page asked for again and again while it runs (as the page
//! reloads itself), then both files downloaded. Goal: import 1,000 people and draw
//! their batch papers in under 10 s.
//!
//! The people are made straight in the store for now (`people`); the import of a CSV
//! file takes its place when it exists. The papers are `batch_papers`.
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

/// The six courts people's charges were in.
const COURTS: [&str; 6] = [
    r#"{"kind": "county", "county": "Forrest"}"#,
    r#"{"kind": "county", "county": "Hinds"}"#,
    r#"{"kind": "justice", "county": "Lamar"}"#,
    r#"{"kind": "justice", "county": "Jones"}"#,
    r#"{"kind": "municipal", "city": "Jackson", "county": "Hinds"}"#,
    r#"{"kind": "county", "county": "Rankin"}"#,
];

/// Person `i`'s case: a dismissed shoplifting charge in a court (two for every tenth),
/// every fact the papers need answered.
fn case(i: usize) -> expunge_ms::case::Case {
    let charge = |court: usize, suffix: &str| {
        format!(
            r#"{{"offence": "shoplifting", "level": "misdemeanor", "court": {}, "case_number": "CR-{i:04}-{suffix}",
               "arrest_date": "2022-03-04", "arresting_agency": "Hattiesburg Police Department",
               "outcome": "dismissed", "disposition_date": "2022-09-14"}}"#,
            COURTS[court % 6]
        )
    };
    let mut charges = vec![charge(i, "A")];
    if i % 10 == 3 {
        charges.push(charge(i + 1, "B"));
    }
    let json = format!(
        r#"{{"petitioner": {{"full_name": "Person Number {i:04}", "date_of_birth": "1988-02-09",
              "address": "45 Pine Street, Hattiesburg, MS 39401", "phone": "601-555-0199"}},
            "history": {{"pending_charges": "no"}}, "charges": [{}]}}"#,
        charges.join(", ")
    );
    expunge_ms::case::parse_case(&json, expunge_ms::clock::today_in_mississippi()).expect("the case parses")
}

/// The people of the day, in the event; the time it took. (The import replaces this.)
async fn people(store: &Store, event: i64, by: i64, n: usize) -> Duration {
    let t = Instant::now();
    for i in 0..n {
        store.create_matter(event, &case(i), by, 1 + i as i64).await.expect("matter");
    }
    t.elapsed()
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
    let made = people(&store, event, volunteer, n).await;
    let mut b = Browser::new(&app(store.clone()));
    assert_eq!(b.sign_in("volunteer", PASSWORD, None).await.location(), "/clinic", "the volunteer signs in");
    let papers = batch_papers(&mut b, event, n).await;

    let mut polls = papers.polls.clone();
    polls.sort();
    let slowest = polls.last().copied().unwrap_or_default();
    let median = polls.get(polls.len() / 2).copied().unwrap_or_default();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("\n{label}: {n} people in one event, six courts (every tenth person in two)");
    println!("| step | time | |");
    println!("|---|---|---|");
    println!("| people made in the store (the import replaces this) | {:.2} s | |", made.as_secs_f64());
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
    println!("| **people and papers** (goal: under 10 s) | **{:.2} s** | |", (made + papers.drawn).as_secs_f64());
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

//! The calendar file (.ics) on the results: a charge that may be cleared from a date to
//! come offers a file for that date, made from the answers the results page posts. It
//! is read back here with an iCalendar parser: the date is the engine's, and the file
//! names no charge, offence, court or case number (it may end up in a shared calendar).

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{Days, NaiveDate};
use expunge_ms::engine::{self, Outcome};
use expunge_ms::rules::Lang;
use expunge_ms::server::{self, AppState};
use expunge_ms::site::Sites;
use http_body_util::BodyExt;
use icalendar::{Calendar, Component, DatePerhapsTime};
use tower::ServiceExt;

fn app() -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    server::router(AppState::new(Sites::embedded().unwrap(), leptos, server::Limits::default()))
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    /// The hidden answers field of a page, unescaped.
    fn state(&self) -> String {
        let start = self.body.find("name=\"state\" value=\"").expect("a state field") + "name=\"state\" value=\"".len();
        let end = start + self.body[start..].find('"').unwrap();
        unescape(&self.body[start..end])
    }

    /// The `go` values of the buttons that post to `action`.
    fn buttons_to(&self, action: &str) -> Vec<String> {
        self.body
            .split("<button ")
            .skip(1)
            .filter(|b| b.contains(&format!("formaction=\"{action}\"")))
            .filter_map(|b| {
                let at = b.find("value=\"")? + "value=\"".len();
                Some(b[at..at + b[at..].find('"')?].to_string())
            })
            .collect()
    }
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

async fn post(path: &str, host: &str, pairs: &[(&str, &str)]) -> Reply {
    let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    let req = Request::post(path)
        .header(header::HOST, host)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let res = app().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Reply { status, headers, body: String::from_utf8_lossy(&body).to_string() }
}

/// Three charges in three courts, dated from `today`: a dismissed assault (may be
/// cleared now), a felony whose sentence ended a year ago (three years to wait) and a
/// justice-court misdemeanor from 200 days ago (two years to wait).
fn case(today: NaiveDate) -> serde_json::Value {
    let ago = |days: u64| today.checked_sub_days(Days::new(days)).unwrap().to_string();
    serde_json::json!({
        "history": { "pending_charges": "no", "prior_felony_expunction": "no", "other_convictions": "no" },
        "charges": [
            { "offence": "simple assault", "level": "misdemeanor", "court": { "kind": "municipal", "county": "Hinds", "city": "Jackson" },
              "case_number": "24-MC-7731", "outcome": "dismissed", "disposition_date": "2024-08-19" },
            { "offence": "false pretenses", "level": "felony", "court": { "kind": "circuit", "county": "Hinds" },
              "case_number": "24-CR-0210", "outcome": "convicted", "public_official_duty_related": "no", "disposition_date": ago(500),
              "sentence_completed": "yes", "sentence_completion_date": ago(365), "fines_costs_paid": "yes", "cov_designated": "no",
              "trafficking_related": "no", "dui": "no" },
            { "offence": "petit larceny", "level": "misdemeanor", "court": { "kind": "justice", "county": "Rankin" },
              "case_number": "25-JC-0042", "outcome": "convicted", "disposition_date": ago(200), "sentence_completed": "yes",
              "sentence_completion_date": ago(190), "fines_costs_paid": "yes", "dui": "no" }
        ]
    })
}

/// Words of the case that must never be in a calendar file.
const PERSONAL: &[&str] = &[
    "assault",
    "false pretense",
    "larceny",
    "felony",
    "misdemeanor",
    "Hinds",
    "Rankin",
    "Jackson",
    "Circuit",
    "Justice Court",
    "Municipal",
    "24-MC-7731",
    "24-CR-0210",
    "25-JC-0042",
    "97-19-39",
    "99-19-71",
    "9-11-15",
];

/// The results page for the case, in `lang`, reached as a browser does: the review,
/// then "See my results".
async fn results(lang: Lang, host: &str) -> (Reply, Vec<(usize, NaiveDate)>) {
    let today = expunge_ms::clock::today_in_mississippi();
    let case = case(today);
    let state = serde_json::json!({ "case": case, "at": "review", "trail": ["start"] }).to_string();
    let page = post(&lang.path("/check"), host, &[("state", &state), ("go", "open:results")]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("data-step=\"results\""), "{}", page.body);
    // The dates the engine gives, for the file to match.
    let sites = Sites::embedded().unwrap();
    let parsed: expunge_ms::case::Case = serde_json::from_value(case).unwrap();
    let a = engine::assess(&sites.get(lang).rules, &parsed, today);
    let later: Vec<(usize, NaiveDate)> = a
        .charges
        .iter()
        .filter_map(|c| match c.outcome {
            Outcome::EligibleAfter { eligible_date } => Some((c.charge, eligible_date)),
            _ => None,
        })
        .collect();
    assert_eq!(later.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2], "two charges wait for a date: {a:?}");
    assert!(later.iter().all(|(_, d)| *d > today));
    (page, later)
}

/// Posts the results page's form with the calendar button `go`.
async fn calendar(lang: Lang, host: &str, page: &Reply, go: &str) -> Reply {
    post(&lang.path("/check/calendar"), host, &[("state", &page.state()), ("go", go)]).await
}

/// The file's events as (date, summary, description, uid), after its headers are checked.
fn events(reply: &Reply, file_name: &str) -> Vec<(NaiveDate, String, String, String)> {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.headers[header::CONTENT_TYPE], "text/calendar; charset=utf-8");
    assert_eq!(reply.headers[header::CONTENT_DISPOSITION], format!("attachment; filename=\"{file_name}\"").as_str());
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let parsed: Calendar = reply.body.parse().expect("an iCalendar file");
    let events: Vec<_> = parsed.events().collect();
    for e in &events {
        assert!(e.get_timestamp().is_some(), "DTSTAMP");
        let (Some(DatePerhapsTime::Date(start)), Some(DatePerhapsTime::Date(end))) = (e.get_start(), e.get_end()) else {
            panic!("an all-day event: {:?} to {:?}", e.get_start(), e.get_end())
        };
        assert_eq!(end, start.succ_opt().unwrap(), "an all-day event ends at the start of the next day");
        let alarms: Vec<_> = e.components().iter().filter(|c| c.component_kind() == "VALARM").collect();
        assert_eq!(alarms.len(), 1, "a reminder the day before");
    }
    events
        .iter()
        .map(|e| {
            let Some(DatePerhapsTime::Date(date)) = e.get_start() else { unreachable!("checked above") };
            (date, e.get_summary().unwrap().to_string(), e.get_description().unwrap().to_string(), e.get_uid().unwrap().to_string())
        })
        .collect()
}

fn names_nothing_of_the_case(text: &str) {
    let lower = text.to_lowercase();
    for word in PERSONAL {
        assert!(!lower.contains(&word.to_lowercase()), "the calendar file names \"{word}\":\n{text}");
    }
}

#[tokio::test]
async fn a_charge_with_a_date_to_come_offers_a_calendar_file_for_that_date_that_names_no_charge_court_or_case() {
    let (page, later) = results(Lang::En, "clearmyrecord.example").await;
    // One button per date, and one for both, beside "Save my answers".
    let buttons = page.buttons_to("/check/calendar");
    assert_eq!(buttons, ["calendar:2", "calendar:1", "calendar:all"], "by date, the earlier first");
    let tools = &page.body[page.body.find("class=\"tools\"").unwrap()..];
    assert!(tools.find("Save my answers").unwrap() < tools.find("to my calendar").unwrap(), "beside Save my answers");
    let long = |d: NaiveDate| expunge_ms::rules::embedded().unwrap().meta.long_date(d);
    assert!(tools.contains(&format!(">Add {} to my calendar<", long(later[1].1))), "each button says its date");
    assert!(tools.contains(">Add both dates to my calendar<"));

    for (charge, date) in &later {
        let reply = calendar(Lang::En, "clearmyrecord.example", &page, &format!("calendar:{charge}")).await;
        let events = events(&reply, "expungement-date.ics");
        assert_eq!(events.len(), 1);
        let (on, summary, description, uid) = &events[0];
        assert_eq!(on, date, "the engine's date for charge {charge}");
        assert_eq!(summary, "You may be able to clear a record");
        assert!(description.contains(&format!("From {}, you may be able to ask a court to clear a record", long(*date))), "{description}");
        assert!(description.ends_with("check again before you file: https://clearmyrecord.example/check"), "where: {description}");
        assert!(description.contains("This is not legal advice."), "{description}");
        assert_eq!(uid, &format!("record-date-{}@clearmyrecord.example", date.format("%Y%m%d")), "the id holds the date only");
        assert!(reply.body.contains("CLASS:PRIVATE"), "shared calendars hide the words");
        names_nothing_of_the_case(&reply.body);
    }

    let both = calendar(Lang::En, "clearmyrecord.example", &page, "calendar:all").await;
    let events = events(&both, "expungement-dates.ics");
    let mut dates: Vec<NaiveDate> = later.iter().map(|(_, d)| *d).collect();
    dates.sort();
    assert_eq!(events.iter().map(|e| e.0).collect::<Vec<_>>(), dates);
    names_nothing_of_the_case(&both.body);
}

#[tokio::test]
async fn the_spanish_results_give_the_calendar_file_in_spanish() {
    let (page, later) = results(Lang::Es, "clearmyrecord.example").await;
    assert_eq!(page.buttons_to("/es/check/calendar").len(), 3, "{}", page.body);
    assert!(page.body.contains("a mi calendario"), "the buttons are in Spanish");
    let (charge, date) = later[0];
    let reply = calendar(Lang::Es, "clearmyrecord.example", &page, &format!("calendar:{charge}")).await;
    let events = events(&reply, "expungement-date.ics");
    let (on, summary, description, _) = &events[0];
    assert_eq!(*on, date);
    let sites = Sites::embedded().unwrap();
    let es = sites.get(Lang::Es);
    assert_eq!(summary, es.words.calendar.summary.as_str());
    assert!(description.starts_with(&format!("Desde el {},", es.rules.meta.long_date(date))), "{description}");
    assert!(description.ends_with(": https://clearmyrecord.example/es/check"), "{description}");
    assert!(description.contains("Esto no es asesoría legal."), "{description}");
    names_nothing_of_the_case(&reply.body);
}

#[tokio::test]
async fn on_this_computer_the_file_points_to_the_site_over_plain_http_and_a_strange_host_is_not_used() {
    let (page, later) = results(Lang::En, "127.0.0.1:3931").await;
    let go = format!("calendar:{}", later[0].0);
    let reply = calendar(Lang::En, "127.0.0.1:3931", &page, &go).await;
    assert!(events(&reply, "expungement-date.ics")[0].2.contains("http://127.0.0.1:3931/check"));
    // A host with a user name in it is not an address to send a person to: the site's name instead.
    let reply = calendar(Lang::En, "someone@clearmyrecord.example", &page, &go).await;
    let (_, _, description, uid) = &events(&reply, "expungement-date.ics")[0];
    assert!(description.ends_with("check again before you file: Clear My Record Mississippi"), "{description}");
    assert!(!reply.body.contains("someone"), "{}", reply.body);
    assert!(uid.ends_with("@clear-my-record-ms"), "{uid}");
}

#[tokio::test]
async fn a_calendar_file_is_refused_for_answers_that_cannot_be_read_or_a_charge_without_a_date_to_come() {
    let (page, _) = results(Lang::En, "clearmyrecord.example").await;
    let host = "clearmyrecord.example";
    // Answers that cannot be read: the start screen, saying so.
    for state in ["{not json", "", r#"{"case":{"charges":[{"offence":"x","disposition_date":"2999-01-01"}]},"at":"results"}"#] {
        let reply = post("/check/calendar", host, &[("state", state), ("go", "calendar:1")]).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{state}");
        assert!(reply.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
        assert!(reply.body.contains("data-step=\"start\""), "{state}");
        assert!(unescape(&reply.body).contains("We could not read your answers"), "{state}");
    }
    let reply = post("/check/calendar", host, &[("go", "calendar:1")]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "no answers at all");

    // A charge that may be cleared now, one that does not exist, or no charge: the
    // results again, saying so, with every answer kept.
    for go in ["calendar:0", "calendar:3", "calendar:99999999999999999999", "calendar:-1", "calendar:", "calendar:1x", "next", ""] {
        let reply = calendar(Lang::En, host, &page, go).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{go}");
        assert!(reply.body.contains("data-step=\"results\""), "{go}");
        assert!(unescape(&reply.body).contains("That charge has no date to add to a calendar"), "{go}");
        assert_eq!(reply.state(), page.state(), "{go}: the answers are kept");
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    }
}

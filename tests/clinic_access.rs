//! Who may open what in clinic mode: every clinic route, with every role and signed
//! out, on SQLite and on PostgreSQL. Admins run the clinic but never read a matter;
//! attorneys read every matter and place holds; volunteers work only at the events
//! they are assigned to. A session that has not given its second factor opens nothing.

mod clinic_common;

use axum::http::StatusCode;
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, account, app};
use expunge_ms::case::{Case, Petitioner};
use expunge_ms::clinic::accounts::new_totp_secret;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::batches::JobState::Running;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Sent to the sign-in page.
    SignIn,
    /// Refused: 403.
    Refused,
    /// Served (a page, or a form's answer).
    Served,
}

const NAME: &str = "Philomena Arbuthnot";

/// The accounts, an event with its matter (and a petition with an outcome recorded, so
/// the outcome form has one to post to), and a browser for each way in: signed out,
/// admin, attorney, assigned and unassigned volunteer. Also the id of a volunteer the
/// staff form assigns (never one of the browsers' accounts).
async fn clinic(store: &Store, app: &axum::Router) -> (i64, i64, i64, i64, Vec<(&'static str, Browser)>) {
    let (admin_secret, attorney_secret) = (new_totp_secret(), new_totp_secret());
    let admin = account(store, "admin", Role::Admin, Some(&admin_secret)).await;
    account(store, "attorney", Role::Attorney, Some(&attorney_secret)).await;
    let vol_in = account(store, "vol_in", Role::Volunteer, None).await;
    account(store, "vol_out", Role::Volunteer, None).await;
    // Assigned to the event by the staff form below (never one of the browsers' accounts).
    let vol_new = account(store, "vol_new", Role::Volunteer, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 5, 2).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Spring clinic", held_on, county: "Hinds", retention_days: 90 }, admin, 1)
        .await
        .expect("event");
    store.assign_staff(event, vol_in).await.expect("assign");
    let case = Case { petitioner: Petitioner { full_name: Some(NAME.into()), ..Petitioner::default() }, ..Case::default() };
    let matter = store.create_matter(event, &case, vol_in, 1).await.expect("matter");
    let recorded = expunge_ms::clinic::store::outcomes::PetitionOutcome {
        charges: vec![0],
        court: "the Circuit Court of Hinds County".into(),
        filed_on: NaiveDate::from_ymd_opt(2026, 5, 4),
        ..Default::default()
    };
    store.save_outcome(matter, 1, &recorded, expunge_ms::clinic::store::matters::Status::Intake, 1).await.expect("outcome");
    let job = finished_job(store, event, vol_in, matter).await;
    let browsers = signed_in(app, &admin_secret, &attorney_secret).await;
    (event, matter, vol_new, job, browsers)
}

async fn access_matrix(db: Db) {
    let store = db.store.clone();
    let app = app(store.clone());
    let (event, matter, vol_new, job, mut browsers) = clinic(&store, &app).await;

    use Seen::{Refused as R, Served as S, SignIn as I};
    let (e, m, j) = (event.to_string(), matter.to_string(), job.to_string());
    // Each route, and what the signed-out, admin, attorney, assigned and unassigned volunteer see.
    let gets: Vec<(String, [Seen; 5])> = vec![
        ("/clinic".into(), [I, S, S, S, S]),
        ("/clinic/users".into(), [I, S, R, R, R]),
        (format!("/clinic/events/{e}"), [I, S, S, S, R]),
        (format!("/clinic/matters/{m}"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/check"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/entry"), [I, R, S, S, R]),
        (format!("/clinic/events/{e}/import"), [I, R, S, S, R]),
        ("/clinic/import/template.csv".into(), [I, S, S, S, S]),
        ("/clinic/review".into(), [I, R, S, R, R]),
        ("/clinic/audit".into(), [I, S, R, R, R]),
        ("/clinic/enrol".into(), [I, S, S, S, S]),
        (format!("/clinic/events/{e}/tracking.csv"), [I, S, S, S, R]),
        (format!("/clinic/events/{e}/tracking.json"), [I, S, S, S, R]),
        ("/clinic/statistics".into(), [I, S, S, R, R]),
        ("/clinic/statistics.csv".into(), [I, S, S, R, R]),
        ("/clinic/reminders".into(), [I, R, S, S, S]),
        (format!("/clinic/batches/{j}"), [I, R, S, S, R]),
        (format!("/clinic/batches/{j}/stack.pdf"), [I, R, S, S, R]),
        (format!("/clinic/batches/{j}/people.zip"), [I, R, S, S, R]),
    ];
    for (path, expected) in &gets {
        for ((who, browser), want) in browsers.iter_mut().zip(expected) {
            let page = browser.get(path).await;
            assert_eq!(seen(&page), *want, "GET {path} as {who}: {} {}", page.status, page.location());
        }
    }
    check_posts(&store, &mut browsers, event, matter, vol_new).await;
    names_by_role(&mut browsers, &e).await;
}

/// Every form, posted by each browser: who is sent to sign in, refused or served.
async fn check_posts(store: &Store, browsers: &mut [(&str, Browser)], event: i64, matter: i64, vol_new: i64) {
    use Seen::{Refused as R, Served as S, SignIn as I};
    let (e, m) = (event.to_string(), matter.to_string());
    let unique = std::sync::atomic::AtomicUsize::new(0);
    let posts: Vec<(String, [Seen; 5])> = vec![
        ("/clinic/users".into(), [I, S, R, R, R]),
        ("/clinic/events".into(), [I, S, R, R, R]),
        (format!("/clinic/events/{e}/staff"), [I, S, R, R, R]),
        (format!("/clinic/events/{e}/matters"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/hold"), [I, R, S, R, R]),
        (format!("/clinic/matters/{m}/check"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/check/save"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/entry"), [I, R, S, S, R]),
        (format!("/clinic/events/{e}/import"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/flag"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/sign-off"), [I, R, S, R, R]),
        (format!("/clinic/matters/{m}/outcome"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/reminder/calendar"), [I, R, S, S, R]),
        (format!("/clinic/matters/{m}/reminder/mail"), [I, R, S, S, R]),
        (format!("/clinic/events/{e}/batches"), [I, R, S, S, R]),
    ];
    for (path, expected) in &posts {
        for ((who, browser), want) in browsers.iter_mut().zip(expected) {
            let csrf = if *who == "signed out" { String::new() } else { browser.csrf("/clinic").await };
            let n = unique.fetch_add(1, std::sync::atomic::Ordering::Relaxed).to_string();
            let version = store.matter(matter).await.expect("read").map(|m| m.version.to_string()).unwrap_or_default();
            until_no_job_runs(store, event).await;
            if path.contains("/reminder/") {
                // A date to remind of (the steps saved above found none in this case).
                let date = sqlx::query("UPDATE matters SET next_eligible_on = '2099-01-01' WHERE id = $1").bind(matter);
                date.execute(store.pool()).await.expect("a date");
            }
            let page = if path.ends_with("/matters") || path.ends_with("/import") {
                browser.post_multipart(path, &[("csrf", &csrf), ("full_name", "Ann Other")], None).await
            } else {
                let user = format!("user{n}");
                let vol = vol_new.to_string();
                let today = expunge_ms::clock::today_in_mississippi().to_string();
                let fields: Vec<(&str, &str)> = vec![
                    ("csrf", &csrf),
                    ("username", &user),
                    ("display_name", "Someone"),
                    ("role", "attorney"),
                    ("password", PASSWORD),
                    ("name", "Another clinic"),
                    ("held_on", &today),
                    ("county", "Hinds"),
                    ("retention_days", "90"),
                    ("user", &vol),
                    ("version", &version),
                    ("status", "withdrawn"),
                    ("notes", "checked"),
                    ("action", "place"),
                    ("reason", "appeal"),
                    ("state", &version),
                    ("go", "next"),
                    ("bar_number", "MSB 10203"),
                    ("which", "ticked"),
                    ("matter", &m),
                    ("petition", "0"),
                    ("filed_on", "2026-05-04"),
                ];
                browser.post(path, &fields).await
            };
            // A questionnaire step answers with the next step; a download with its file;
            // an e-mail reminder, with no SMTP server set up here, with "not set up"; an
            // empty import asks for a file.
            let done = match path {
                p if p.contains("/check") || p.ends_with("/calendar") => StatusCode::OK,
                p if p.ends_with("/mail") => StatusCode::SERVICE_UNAVAILABLE,
                p if p.ends_with("/import") => StatusCode::UNPROCESSABLE_ENTITY,
                _ => StatusCode::SEE_OTHER,
            };
            let page_seen = if page.status == done && done.is_server_error() { Seen::Served } else { seen(&page) };
            assert_eq!(page_seen, *want, "POST {path} as {who}: {} {}", page.status, page.location());
            if *want == S {
                assert_eq!(page.status, done, "POST {path} as {who} was done: {}", page.body);
            }
        }
    }
}

/// A browser signed out, then one signed in for each of the admin, the attorney, and
/// the assigned and unassigned volunteers.
async fn signed_in(app: &axum::Router, admin_secret: &str, attorney_secret: &str) -> Vec<(&'static str, Browser)> {
    let mut browsers = vec![("signed out", Browser::new(app))];
    for (name, secret) in [("admin", Some(admin_secret)), ("attorney", Some(attorney_secret)), ("vol_in", None), ("vol_out", None)] {
        let mut b = Browser::new(app);
        let page = b.sign_in(name, PASSWORD, secret).await;
        assert_eq!((page.status, page.location()), (StatusCode::SEE_OTHER, "/clinic"), "{name} signs in");
        browsers.push((name, b));
    }
    browsers
}

/// What each role reads on the event's page: names for attorneys and staff, counts for admins.
async fn names_by_role(browsers: &mut [(&str, Browser)], e: &str) {
    for (who, browser) in &mut browsers[1..4] {
        let page = browser.get(&format!("/clinic/events/{e}")).await;
        assert_eq!(page.body.contains(NAME), *who != "admin", "{who} and the person's name");
    }
}

/// A finished print job of the event, with its files.
async fn finished_job(store: &expunge_ms::clinic::store::Store, event: i64, by: i64, matter: i64) -> i64 {
    let now = expunge_ms::clock::now_unix();
    let job = store.start_batch(event, by, 1, now).await.expect("job");
    store.finish_batch(job, by, event, &[("stack", b"%PDF-1.7"), ("people", b"PK")], &[(matter, None)], &[], now).await.expect("finished");
    job
}

/// One print job runs for an event at a time: the one started before ends first.
async fn until_no_job_runs(store: &expunge_ms::clinic::store::Store, event: i64) {
    while store.batches_of(event, 1, expunge_ms::clock::now_unix()).await.expect("jobs").iter().any(|j| j.state == Running) {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

fn seen(page: &clinic_common::web::Page) -> Seen {
    match page.status {
        StatusCode::SEE_OTHER if page.location() == "/clinic/sign-in" => Seen::SignIn,
        StatusCode::FORBIDDEN => Seen::Refused,
        // An empty import is served: it asks for a file.
        s if s.is_success() || s == StatusCode::SEE_OTHER || s == StatusCode::UNPROCESSABLE_ENTITY => Seen::Served,
        s => panic!("unexpected {s}: {}", page.body),
    }
}

async fn without_the_second_factor_nothing_opens(db: Db) {
    let store = db.store.clone();
    let app = app(store.clone());
    let secret = new_totp_secret();
    account(&store, "attorney", Role::Attorney, Some(&secret)).await;
    account(&store, "newadmin", Role::Admin, None).await;
    let mut attorney = Browser::new(&app);
    let page = attorney.sign_in("attorney", PASSWORD, None).await;
    assert_eq!(page.location(), "/clinic/code");
    for path in ["/clinic", "/clinic/users", "/clinic/audit"] {
        assert_eq!(attorney.get(path).await.location(), "/clinic/code", "{path}");
    }
    assert_eq!(attorney.get("/clinic/enrol").await.location(), "/clinic/code", "an app cannot be replaced before the code is given");
    let form = attorney.get("/clinic/code").await;
    let wrong = attorney.post("/clinic/code", &[("csrf", &form.csrf()), ("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("That code is wrong"));
    let mut admin = Browser::new(&app);
    let page = admin.sign_in("newadmin", PASSWORD, None).await;
    assert_eq!(page.location(), "/clinic/enrol", "an admin must set up a second factor first");
    assert_eq!(admin.get("/clinic/users").await.location(), "/clinic/enrol");
    let enrol = admin.get("/clinic/enrol").await;
    assert_eq!(enrol.status, StatusCode::OK);
    assert!(enrol.body.contains("data:image/svg+xml;base64,"), "a QR code");
    let shown = enrol.body.split("<code>").nth(1).and_then(|s| s.split("</code>").next()).expect("the key as text").to_string();
    let again = admin.get("/clinic/enrol").await;
    assert!(again.body.contains(&format!("<code>{shown}</code>")), "a reload offers the same key, which the app may have scanned");
    let code = expunge_ms::clinic::accounts::current_code(&shown, expunge_ms::clock::now_unix());
    let done = admin.post("/clinic/enrol", &[("csrf", &enrol.csrf()), ("secret", &shown), ("code", &code)]).await;
    assert_eq!(done.location(), "/clinic");
    assert_eq!(admin.get("/clinic/users").await.status, StatusCode::OK);
    assert_eq!(store.totp_secret(done_user(&store, "newadmin").await).await.expect("secret").as_deref(), Some(shown.as_str()));
    let next = admin.get("/clinic/enrol").await;
    assert!(next.body.contains("<code>") && !next.body.contains(&format!("<code>{shown}</code>")), "a new app gets a new key");
}

async fn done_user(store: &expunge_ms::clinic::store::Store, name: &str) -> i64 {
    store.user_by_name(name).await.expect("read").expect("user").id
}

/// An address typed, bookmarked or reloaded gets a page, never the router's bare error:
/// an id that is not a number is a page not found; a form's address goes back to its page.
async fn an_address_typed_or_reloaded_gets_a_page(db: Db) {
    let app = app(db.store.clone());
    account(&db.store, "vol", Role::Volunteer, None).await;
    let mut vol = Browser::new(&app);
    vol.sign_in("vol", PASSWORD, None).await;
    let page = vol.get("/clinic/matters/abc").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("<h1>") && page.body.contains("Signed in as vol") && !page.body.contains("Cannot parse"), "{}", page.body);
    for (form, back) in [
        ("/clinic/matters/123/sign-off", "/clinic/matters/123"),
        ("/clinic/matters/123/reminder/mail", "/clinic/matters/123"),
        ("/clinic/events/5/batches", "/clinic/events/5"),
        ("/clinic/sign-out", "/clinic"),
    ] {
        let page = vol.get(form).await;
        assert_eq!((page.status, page.location()), (StatusCode::SEE_OTHER, back), "{form}");
    }
}

/// An event dated so long ago that its matters would be deleted at once, or a year and
/// more ahead, or in a county that is not Mississippi's, is refused beside the field.
async fn an_event_with_a_mistyped_date_or_county_is_refused(db: Db) {
    let app = app(db.store.clone());
    let secret = new_totp_secret();
    account(&db.store, "admin", Role::Admin, Some(&secret)).await;
    let mut admin = Browser::new(&app);
    admin.sign_in("admin", PASSWORD, Some(&secret)).await;
    let today = expunge_ms::clock::today_in_mississippi();
    let far = (today + chrono::Days::new(400)).to_string();
    for (held_on, county, wrong) in [
        ("2020-01-01", "Hinds", "would be deleted at once: more than 90 days have passed"),
        (far.as_str(), "Hinds", "more than a year away"),
        ("9999-12-31", "Hinds", "more than a year away"),
        ("", "Hindss", "Give the name of a Mississippi county"),
    ] {
        let csrf = admin.csrf("/clinic").await;
        let fields = [("csrf", csrf.as_str()), ("name", "Spring day"), ("held_on", held_on), ("county", county), ("retention_days", "90")];
        let page = admin.post("/clinic/events", &fields).await;
        assert_ne!(page.status, StatusCode::SEE_OTHER, "{held_on} {county}");
        assert!(page.body.contains(wrong), "{wrong}: {}", page.body);
        assert!(page.body.contains("value=\"Spring day\""), "what was typed is kept");
    }
    assert!(db.store.events().await.expect("events").is_empty(), "no event was made");
    let csrf = admin.csrf("/clinic").await;
    let today = today.to_string();
    let fields = [("csrf", csrf.as_str()), ("name", "Spring day"), ("held_on", &today), ("county", "desoto"), ("retention_days", "90")];
    assert_eq!(admin.post("/clinic/events", &fields).await.status, StatusCode::SEE_OTHER);
    assert_eq!(db.store.events().await.expect("events")[0].county, "DeSoto", "as the county list spells it");
}

/// An attorney's account needs a bar number (it is printed with their sign-off); no
/// other account has one.
async fn only_an_attorneys_account_has_a_bar_number(db: Db) {
    let app = app(db.store.clone());
    let secret = new_totp_secret();
    account(&db.store, "admin", Role::Admin, Some(&secret)).await;
    let mut admin = Browser::new(&app);
    admin.sign_in("admin", PASSWORD, Some(&secret)).await;
    for (role, bar, wrong) in [
        ("attorney", "  ", "Give the attorney's bar number"),
        ("volunteer", "99", "Only an attorney's account has a bar number"),
        ("admin", "MSB 1", "Only an attorney's account has a bar number"),
    ] {
        let csrf = admin.csrf("/clinic/users").await;
        let fields = [
            ("csrf", csrf.as_str()),
            ("username", "new_one"),
            ("display_name", "New One"),
            ("role", role),
            ("password", PASSWORD),
            ("bar_number", bar),
        ];
        let page = admin.post("/clinic/users", &fields).await;
        assert_ne!(page.status, StatusCode::SEE_OTHER, "{role} {bar:?}");
        assert!(page.body.contains(&wrong.replace('\'', "&#x27;")) || page.body.contains(wrong), "{wrong}: {}", page.body);
    }
    let csrf = admin.csrf("/clinic/users").await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("username", "ruiz"),
        ("display_name", "Ana Ruiz"),
        ("role", "attorney"),
        ("password", PASSWORD),
        ("bar_number", "MSB 104233"),
    ];
    assert_eq!(admin.post("/clinic/users", &fields).await.status, StatusCode::SEE_OTHER);
}

on_both!(
    only_an_attorneys_account_has_a_bar_number,
    access_matrix,
    without_the_second_factor_nothing_opens,
    an_address_typed_or_reloaded_gets_a_page,
    an_event_with_a_mistyped_date_or_county_is_refused
);

//! Reminders in clinic mode, on SQLite and on PostgreSQL: the list has the people whose
//! date comes in the next N days (or came since their papers were printed), from the
//! events the viewer reads, and no one else; purged matters leave it. Each person's
//! calendar file, read back with an iCalendar parser, has their date and names no
//! charge. An e-mail reminder goes through a small SMTP server made here, once per
//! date, and names no charge; a failed one is said plainly and sent once later.
//! Without SMTP set up, the list and the calendar files still work.

mod clinic_common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::{StatusCode, header};
use chrono::{Days, Months, NaiveDate};
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, Page, account};
use expunge_ms::clinic::accounts::new_totp_secret;
use expunge_ms::clinic::mail::{MailArgs, Settings, TlsMode};
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;
use expunge_ms::server::{self, AppState};
use icalendar::{Calendar, Component, DatePerhapsTime};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

const CONTACT: &str = "the Hinds Legal Clinic at 601-555-0100";

/// Words of the cases that must never be in a calendar file or an e-mail.
const PERSONAL: &[&str] =
    &["false pretense", "felony", "assault", "Hinds County", "Circuit", "Municipal", "24-CR-", "97-19-39", "99-19-71", "Lovelace"];

fn app(store: Store, settings: Settings) -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    let state = AppState::new(expunge_ms::site::Sites::embedded().expect("sites"), leptos, server::Limits::default());
    server::router_with_clinic_settings(state, store, settings)
}

fn today() -> NaiveDate {
    expunge_ms::clock::today_in_mississippi()
}

/// A case whose felony may be cleared from about `days` days from today (the waiting
/// time is three years from the end of the sentence), or now if `days` is `None`.
fn case(name: &str, email: Option<&str>, days: Option<u64>) -> String {
    let charge = match days {
        Some(days) => {
            let completed = (today() + Days::new(days)).checked_sub_months(Months::new(36)).expect("a date");
            serde_json::json!({ "offence": "false pretenses", "level": "felony", "court": { "kind": "circuit", "county": "Hinds" },
                "case_number": format!("24-CR-{days:04}"), "outcome": "convicted", "public_official_duty_related": "no",
                "disposition_date": (completed - Days::new(300)).to_string(), "sentence_completed": "yes",
                "sentence_completion_date": completed.to_string(), "fines_costs_paid": "yes", "cov_designated": "no",
                "trafficking_related": "no", "dui": "no" })
        }
        None => serde_json::json!({ "offence": "simple assault", "level": "misdemeanor",
            "court": { "kind": "municipal", "county": "Hinds", "city": "Jackson" }, "outcome": "dismissed", "disposition_date": "2024-08-19" }),
    };
    serde_json::json!({
        "format": "expunge-ms/case@1",
        "petitioner": { "full_name": name, "email": email },
        "history": { "pending_charges": "no", "prior_felony_expunction": "no", "other_convictions": "no" },
        "charges": [charge]
    })
    .to_string()
}

struct Clinic {
    store: Store,
    attorney: Browser,
    /// Assigned to the spring event.
    volunteer: Browser,
    /// Assigned to the old event only.
    other_volunteer: Browser,
    admin: Browser,
    /// Date in 10 days, with an e-mail address.
    ada: i64,
    /// Date in 60 days, no e-mail address.
    ben: i64,
    /// May be cleared now: no date.
    cleo: i64,
    /// At the old event (past its retention): date in 5 days.
    dev: i64,
    /// Date in 20 days, moved to 3 days ago below.
    eve: i64,
}

/// A matter made by `b` at `event` from a saved answers file; its id.
async fn matter(b: &mut Browser, event: i64, file: &str) -> i64 {
    let csrf = b.csrf("/clinic").await;
    let page = b.post_multipart(&format!("/clinic/events/{event}/matters"), &[("csrf", &csrf)], Some(file)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location().rsplit('/').next().and_then(|id| id.parse().ok()).expect("the matter's id")
}

async fn clinic(db: &Db, settings: Settings) -> Clinic {
    let store = db.store.clone();
    let app = app(store.clone(), settings);
    let (admin_secret, attorney_secret) = (new_totp_secret(), new_totp_secret());
    let admin = account(&store, "admin", Role::Admin, Some(&admin_secret)).await;
    account(&store, "attorney", Role::Attorney, Some(&attorney_secret)).await;
    let vol = account(&store, "vol", Role::Volunteer, None).await;
    let other = account(&store, "other", Role::Volunteer, None).await;
    let new_event = |name, held_on, retention_days| NewEvent { name, held_on, county: "Hinds", retention_days };
    let spring = store.create_event(&new_event("Spring clinic", today(), 90), admin, 1).await.expect("event");
    let old = store.create_event(&new_event("Old clinic", today() - Days::new(100), 30), admin, 1).await.expect("event");
    store.assign_staff(spring, vol).await.expect("assign");
    store.assign_staff(old, other).await.expect("assign");
    let mut browsers = Vec::new();
    for (name, secret) in [("attorney", Some(&attorney_secret)), ("vol", None), ("other", None), ("admin", Some(&admin_secret))] {
        let mut b = Browser::new(&app);
        assert_eq!(b.sign_in(name, PASSWORD, secret.map(String::as_str)).await.location(), "/clinic", "{name} signs in");
        browsers.push(b);
    }
    let [mut attorney, mut volunteer, other_volunteer, admin] = <[Browser; 4]>::try_from(browsers).ok().expect("four");
    let ada = matter(&mut volunteer, spring, &case("Ada Lovelace-Soon", Some("ada@example.org"), Some(10))).await;
    let ben = matter(&mut volunteer, spring, &case("Ben Lovelace-Later", None, Some(60))).await;
    let cleo = matter(&mut volunteer, spring, &case("Cleo Lovelace-Now", Some("cleo@example.org"), None)).await;
    let dev = matter(&mut attorney, old, &case("Dev Lovelace-Other", Some("dev@example.org"), Some(5))).await;
    let eve = matter(&mut volunteer, spring, &case("Eve Lovelace-Past", Some("eve@example.org"), Some(20))).await;
    let past = (today() - Days::new(3)).format("%Y-%m-%d").to_string();
    sqlx::query("UPDATE matters SET next_eligible_on = $1 WHERE id = $2").bind(past).bind(eve).execute(store.pool()).await.expect("moved");
    Clinic { store, attorney, volunteer, other_volunteer, admin, ada, ben, cleo, dev, eve }
}

/// The date the engine gives the matter's felony, as the store keeps it.
async fn date_of(store: &Store, id: i64) -> Option<NaiveDate> {
    store.reminder_of(id).await.expect("read").expect("there").on
}

async fn list(b: &mut Browser, query: &str) -> Page {
    b.get(&format!("/clinic/reminders{query}")).await
}

fn lists(page: &Page, name: &str) -> bool {
    page.body.contains(&format!(">{name}</a>"))
}

async fn the_list_has_the_people_whose_date_is_near_and_no_one_else(db: Db) {
    let mut c = clinic(&db, Settings::default()).await;
    let ada_on = date_of(&c.store, c.ada).await.expect("Ada has a date");
    assert!(ada_on > today() + Days::new(5) && ada_on < today() + Days::new(15), "{ada_on}");
    assert_eq!(date_of(&c.store, c.cleo).await, None, "a charge that may be cleared now has no date to remind of");
    assert!(date_of(&c.store, c.dev).await.is_some());

    let page = list(&mut c.attorney, "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for (name, listed) in [("Ada", true), ("Ben", false), ("Cleo", false), ("Dev", true), ("Eve", true)] {
        assert_eq!(lists(&page, &format!("{name} Lovelace-{}", surname(name))), listed, "{name} in the next 30 days: {}", page.body);
    }
    let at = |text: &str| page.body.find(text).unwrap_or_else(|| panic!("{text} in {}", page.body));
    assert!(at("The date has come") < at("Eve Lovelace-Past") && at("Eve Lovelace-Past") < at("In the next 30 days"));
    assert!(at("In the next 30 days") < at("Dev Lovelace-Other") && at("Dev Lovelace-Other") < at("Ada Lovelace-Soon"), "by date");
    let long = expunge_ms::rules::embedded().expect("rules").meta.long_date(ada_on);
    assert!(page.body.contains(&long), "the date is shown: {long}");
    assert!(page.body.contains(&format!("href=\"/clinic/matters/{}\"", c.ada)), "a link to the matter");
    assert!(page.body.contains("value=\"30\""), "30 days unless asked");

    let page = list(&mut c.attorney, "?days=90").await;
    assert!(lists(&page, "Ben Lovelace-Later") && !lists(&page, "Cleo Lovelace-Now"), "{}", page.body);
    assert!(page.body.contains("In the next 90 days"));
    for bad in ["0", "367", "soon"] {
        let page = list(&mut c.attorney, &format!("?days={bad}")).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(page.body.contains("Give a number of days from 1 to 366."), "{}", page.body);
    }

    // Volunteers see the people of their own events; admins, who read no names, nothing.
    let page = list(&mut c.volunteer, "?days=90").await;
    assert!(lists(&page, "Ada Lovelace-Soon") && lists(&page, "Ben Lovelace-Later") && lists(&page, "Eve Lovelace-Past"));
    assert!(!lists(&page, "Dev Lovelace-Other"), "not another event's");
    let page = list(&mut c.other_volunteer, "").await;
    assert!(lists(&page, "Dev Lovelace-Other") && !lists(&page, "Ada Lovelace-Soon") && !lists(&page, "Eve Lovelace-Past"));
    assert_eq!(list(&mut c.admin, "").await.status, StatusCode::FORBIDDEN);
    assert!(!c.admin.get("/clinic").await.body.contains("/clinic/reminders"), "no link for admins");
    assert!(c.volunteer.get("/clinic").await.body.contains("href=\"/clinic/reminders\""), "a link in the menu");

    // Papers printed on or after a date that has come take the person off; the purge takes the rest.
    c.store.mark_printed(c.eve, expunge_ms::clock::now_unix(), None).await.expect("printed");
    expunge_ms::clinic::retention::purge(&c.store, today(), expunge_ms::clock::now_unix()).await.expect("purge");
    let page = list(&mut c.attorney, "").await;
    assert!(
        !lists(&page, "Eve Lovelace-Past") && !lists(&page, "Dev Lovelace-Other") && lists(&page, "Ada Lovelace-Soon"),
        "{}",
        page.body
    );
    assert_eq!(c.store.reminder_of(c.dev).await.expect("read"), None, "purged with its matter");
    let log = c.store.audit_entries(500, None).await.expect("audit");
    assert!(log.iter().filter(|e| e.action == Action::ListReminders).count() >= 8, "each reading of the list is logged");
}

fn surname(first: &str) -> &'static str {
    match first {
        "Ada" => "Soon",
        "Ben" => "Later",
        "Cleo" => "Now",
        "Dev" => "Other",
        _ => "Past",
    }
}

fn names_nothing_of_the_case(text: &str) {
    let lower = text.to_lowercase();
    for word in PERSONAL {
        assert!(!lower.contains(&word.to_lowercase()), "\"{word}\" in:\n{text}");
    }
}

async fn post_reminder(b: &mut Browser, id: i64, what: &str) -> Page {
    let csrf = b.csrf("/clinic/reminders").await;
    b.post(&format!("/clinic/matters/{id}/reminder/{what}"), &[("csrf", &csrf), ("days", "30")]).await
}

async fn each_calendar_file_has_the_date_and_the_clinic_and_names_no_charge(db: Db) {
    let settings = Settings { contact: Some(CONTACT.into()), mailer: None };
    let mut c = clinic(&db, settings).await;
    let ada_on = date_of(&c.store, c.ada).await.expect("a date");
    let reply = post_reminder(&mut c.volunteer, c.ada, "calendar").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.headers[header::CONTENT_TYPE], "text/calendar; charset=utf-8");
    let named = format!("attachment; filename=\"clear-a-record-{ada_on}.ics\"");
    assert_eq!(reply.headers[header::CONTENT_DISPOSITION], named.as_str(), "named by the date, never the person");
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let parsed: Calendar = reply.body.parse().expect("an iCalendar file");
    let events: Vec<_> = parsed.events().collect();
    assert_eq!(events.len(), 1);
    let e = events[0];
    assert_eq!(e.get_start(), Some(DatePerhapsTime::Date(ada_on)), "the matter's date, all day");
    assert_eq!(e.get_end(), Some(DatePerhapsTime::Date(ada_on + Days::new(1))));
    assert_eq!(e.get_summary(), Some("You may be able to clear a record"));
    let description = e.get_description().expect("notes");
    let long = expunge_ms::rules::embedded().expect("rules").meta.long_date(ada_on);
    assert!(description.contains(&format!("From {long}, you may be able to ask a court")), "{description}");
    assert!(description.ends_with(&format!("contact {CONTACT}.")), "how to reach the clinic: {description}");
    assert_eq!(
        e.get_uid(),
        Some(format!("record-date-{}@clear-my-record-ms", ada_on.format("%Y%m%d")).as_str()),
        "the id holds the date only"
    );
    assert!(reply.body.contains("CLASS:PRIVATE"));
    names_nothing_of_the_case(&reply.body);
    let log = c.store.audit_entries(100, None).await.expect("audit");
    assert!(log.iter().any(|e| e.action == Action::ReminderCalendar && e.matter_id == Some(c.ada)), "each download is logged");

    // Only those who read the matter; a matter with no date has no file.
    assert_eq!(post_reminder(&mut c.other_volunteer, c.ada, "calendar").await.status, StatusCode::FORBIDDEN);
    assert_eq!(post_reminder(&mut c.admin, c.ada, "calendar").await.status, StatusCode::FORBIDDEN);
    let none = post_reminder(&mut c.attorney, c.cleo, "calendar").await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.body.contains("no date for a reminder"), "{}", none.body);
    let refused = c.volunteer.post(&format!("/clinic/matters/{}/reminder/calendar", c.ada), &[("csrf", "forged")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "the form token is checked");
}

/// A small SMTP server: it takes each message whole, or, while `refuse` is set,
/// answers every recipient with "try again later".
struct FakeSmtp {
    port: u16,
    messages: Arc<Mutex<Vec<String>>>,
    refuse: Arc<AtomicBool>,
}

async fn fake_smtp() -> FakeSmtp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let port = listener.local_addr().expect("address").port();
    let (messages, refuse) = (Arc::new(Mutex::new(Vec::new())), Arc::new(AtomicBool::new(false)));
    let (kept, refusing) = (messages.clone(), refuse.clone());
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(smtp_session(socket, kept.clone(), refusing.clone()));
        }
    });
    FakeSmtp { port, messages, refuse }
}

async fn smtp_session(socket: tokio::net::TcpStream, messages: Arc<Mutex<Vec<String>>>, refuse: Arc<AtomicBool>) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let _ = write.write_all(b"220 fake.example ESMTP\r\n").await;
    while let Ok(Some(line)) = lines.next_line().await {
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("RCPT") && refuse.load(Ordering::SeqCst) {
            b"451 4.3.0 try again later\r\n"
        } else if command == "DATA" {
            let _ = write.write_all(b"354 go on\r\n").await;
            let mut message = String::new();
            while let Ok(Some(l)) = lines.next_line().await {
                if l == "." {
                    break;
                }
                message.push_str(l.strip_prefix('.').unwrap_or(&l));
                message.push('\n');
            }
            messages.lock().expect("lock").push(message);
            b"250 2.0.0 queued\r\n"
        } else if command == "QUIT" {
            let _ = write.write_all(b"221 bye\r\n").await;
            return;
        } else if command.starts_with("EHLO") || command.starts_with("HELO") {
            b"250 fake.example\r\n"
        } else {
            b"250 OK\r\n"
        };
        let _ = write.write_all(reply).await;
    }
}

fn mail_settings(port: u16) -> Settings {
    let args = MailArgs {
        host: Some("127.0.0.1".into()),
        port: Some(port),
        tls: TlsMode::None,
        from: Some("Hinds Legal Clinic <clinic@example.org>".into()),
        contact: Some(CONTACT.into()),
        ..MailArgs::default()
    };
    args.settings_with(None).expect("settings")
}

async fn an_email_reminder_is_sent_once_for_its_date_and_names_no_charge(db: Db) {
    let smtp = fake_smtp().await;
    let mut c = clinic(&db, mail_settings(smtp.port)).await;
    let ada_on = date_of(&c.store, c.ada).await.expect("a date");
    let page = list(&mut c.volunteer, "").await;
    assert!(page.body.contains(&format!("action=\"/clinic/matters/{}/reminder/mail\"", c.ada)), "a button to send it");
    assert!(!page.body.contains("E-mail is not set up"));
    let page = list(&mut c.volunteer, "?days=90").await;
    assert!(!page.body.contains(&format!("/clinic/matters/{}/reminder/mail", c.ben)), "no button for someone with no address");
    assert!(page.body.contains("No e-mail address. Give them the calendar file, or call them."));

    // The server says "later": a plain error, nothing kept as sent, and the try is logged.
    smtp.refuse.store(true, Ordering::SeqCst);
    let failed = post_reminder(&mut c.volunteer, c.ada, "mail").await;
    assert_eq!(failed.status, StatusCode::BAD_GATEWAY, "{}", failed.body);
    assert!(failed.body.contains("The e-mail to Ada Lovelace-Soon could not be sent, so nothing was sent."), "{}", failed.body);
    assert_eq!(c.store.reminder_of(c.ada).await.expect("read").expect("there").reminded_at, None);
    assert!(smtp.messages.lock().expect("lock").is_empty());

    smtp.refuse.store(false, Ordering::SeqCst);
    let sent = post_reminder(&mut c.volunteer, c.ada, "mail").await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(sent.body.contains("The e-mail to Ada Lovelace-Soon was sent."), "{}", sent.body);
    let long = expunge_ms::rules::embedded().expect("rules").meta.long_date(ada_on);
    assert!(sent.body.contains("E-mail sent on"), "the list says so");
    assert!(!sent.body.contains(&format!("/clinic/matters/{}/reminder/mail", c.ada)), "and offers no second one");
    let twice = post_reminder(&mut c.attorney, c.ada, "mail").await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.body);
    assert!(twice.body.contains("sent before. Nothing more was sent."));

    let messages = smtp.messages.lock().expect("lock").clone();
    assert_eq!(messages.len(), 1, "one message, once: {messages:?}");
    let message = decoded(&messages[0]);
    assert!(message.contains("To: ada@example.org"), "{message}");
    assert!(message.contains("From: \"Hinds Legal Clinic\" <clinic@example.org>"), "{message}");
    assert!(message.contains("Subject: A date to clear a record"), "{message}");
    assert!(
        message.lines().any(|l| l.starts_with("Message-ID: <") && l.ends_with("@example.org>")),
        "an id of the sender's domain: {message}"
    );
    let body = message.split_once("\n\n").map(|(_, b)| b.replace('\n', " ")).unwrap_or_default();
    assert!(body.contains(&format!("From {long}, you may be able to ask a court to clear a record.")), "{body}");
    assert!(body.contains(&format!("contact {CONTACT}.")), "{body}");
    names_nothing_of_the_case(&message);
    assert!(!message.contains("Ada"), "not even the person's name: {message}");

    // Someone with no address: said plainly, nothing sent.
    let no_address = post_reminder(&mut c.volunteer, c.ben, "mail").await;
    assert_eq!(no_address.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_address.body.contains("There is no e-mail address for Ben Lovelace-Later."), "{}", no_address.body);
    assert_eq!(post_reminder(&mut c.other_volunteer, c.eve, "mail").await.status, StatusCode::FORBIDDEN);
    assert_eq!(smtp.messages.lock().expect("lock").len(), 1);
    let log = c.store.audit_entries(200, None).await.expect("audit");
    let of_ada = |action| log.iter().filter(|e| e.action == action && e.matter_id == Some(c.ada)).count();
    assert_eq!((of_ada(Action::ReminderMailFailed), of_ada(Action::ReminderMail)), (1, 1), "{log:?}");

    // A new date (the answers changed) may be reminded of again; the same one not.
    let later = (ada_on + Days::new(7)).format("%Y-%m-%d").to_string();
    sqlx::query("UPDATE matters SET next_eligible_on = $1 WHERE id = $2")
        .bind(later)
        .bind(c.ada)
        .execute(c.store.pool())
        .await
        .expect("moved");
    assert!(c.store.claim_reminder(c.ada, ada_on + Days::new(7), 5).await.expect("claim"));
    assert!(!c.store.claim_reminder(c.ada, ada_on + Days::new(7), 6).await.expect("claim"), "never twice");
}

/// The message as sent, its body decoded if it was quoted-printable, lines ending in `\n`.
fn decoded(raw: &str) -> String {
    if !raw.to_ascii_lowercase().contains("content-transfer-encoding: quoted-printable") {
        return raw.to_string();
    }
    let joined = raw.replace("=\n", "");
    let mut out = Vec::new();
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], joined.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn without_smtp_the_list_and_the_calendar_files_still_work(db: Db) {
    let mut c = clinic(&db, Settings::default()).await;
    let page = list(&mut c.attorney, "").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("E-mail is not set up on this server"), "{}", page.body);
    assert!(!page.body.contains("/reminder/mail"), "no button that cannot work");
    assert!(page.body.contains(&format!("action=\"/clinic/matters/{}/reminder/calendar\"", c.ada)));
    let refused = post_reminder(&mut c.attorney, c.ada, "mail").await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(refused.body.contains("E-mail is not set up"));
    let file = post_reminder(&mut c.attorney, c.ada, "calendar").await;
    assert_eq!(file.status, StatusCode::OK);
    let description =
        file.body.parse::<Calendar>().expect("a calendar").events().next().and_then(|e| e.get_description().map(String::from));
    assert!(
        description.is_some_and(|d| d.ends_with("contact the clinic that helped you.")),
        "the words' own phrase without --clinic-contact"
    );
}

/// Papers printed once a first date has come keep the person on the list for the next
/// date still to come; a batch print counts as a print.
async fn printed_papers_move_the_reminder_to_the_next_date_to_come(db: Db) {
    let mut c = clinic(&db, Settings::default()).await;
    let spring = c.store.events().await.expect("events").into_iter().find(|e| e.name == "Spring clinic").expect("the event").id;
    // Fay: a dismissed charge that may be cleared now, and a felony whose date comes in 45 days.
    let file = std::fs::read_to_string("tests/packets/a-dismissed-charge-in-the-county-court.json").expect("file");
    let mut fay: serde_json::Value = serde_json::from_str(&file).expect("json");
    let later: serde_json::Value = serde_json::from_str(&case("Fay Lovelace-Twice", None, Some(45))).expect("json");
    fay["petitioner"]["full_name"] = "Fay Lovelace-Twice".into();
    fay["history"] = later["history"].clone();
    fay["charges"].as_array_mut().expect("charges").push(later["charges"][0].clone());
    let fay = matter(&mut c.volunteer, spring, &fay.to_string()).await;
    let next = date_of(&c.store, fay).await.expect("the felony's date");
    assert!(next > today() + Days::new(40), "{next}");

    // As if a first date had come three days ago, and the papers were not printed since.
    let past = (today() - Days::new(3)).format("%Y-%m-%d").to_string();
    sqlx::query("UPDATE matters SET next_eligible_on = $1 WHERE id = $2")
        .bind(past)
        .bind(fay)
        .execute(c.store.pool())
        .await
        .expect("moved");
    let page = list(&mut c.volunteer, "?days=60").await;
    let at = |page: &Page, text: &str| page.body.find(text).unwrap_or_else(|| panic!("{text} in {}", page.body));
    assert!(at(&page, "Fay Lovelace-Twice") < at(&page, "In the next 60 days"), "the date has come");

    let form = c.volunteer.get(&format!("/clinic/events/{spring}")).await;
    let fields = [("csrf", form.csrf()), ("which", "ticked".to_string()), ("matter", fay.to_string())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let started = c.volunteer.post(&format!("/clinic/events/{spring}/batches"), &fields).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let mut done = None;
    for _ in 0..600 {
        let page = c.volunteer.get(started.location()).await;
        if !page.body.contains("http-equiv=\"refresh\"") {
            done = Some(page);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let done = done.expect("the print job ended");
    assert!(done.body.contains("Done: papers for 1 person."), "{}", done.body);

    assert_eq!(date_of(&c.store, fay).await, Some(next), "the next date still to come");
    let page = list(&mut c.volunteer, "?days=60").await;
    assert!(at(&page, "In the next 60 days") < at(&page, "Fay Lovelace-Twice"), "{}", page.body);
    let page = list(&mut c.volunteer, "?days=30").await;
    assert!(!lists(&page, "Fay Lovelace-Twice"), "not before her next date nears");
}

on_both!(
    printed_papers_move_the_reminder_to_the_next_date_to_come,
    the_list_has_the_people_whose_date_is_near_and_no_one_else,
    each_calendar_file_has_the_date_and_the_clinic_and_names_no_charge,
    an_email_reminder_is_sent_once_for_its_date_and_names_no_charge,
    without_smtp_the_list_and_the_calendar_files_still_work,
);

//! Tracking in clinic mode, on SQLite and on PostgreSQL: what the court did with each
//! petition, recorded on the matter's page (errors beside their fields, everything
//! typed kept, the status following the court, the denial's reason sealed); and the
//! event's tracking sheet as CSV and JSON, read back: personal columns only for those
//! who read matters, formulas made harmless, and every export a line of the audit log.

mod clinic_common;

use axum::http::{StatusCode, header};
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::tracking::{fixture, screened};
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::case::{Case, Petitioner};
use expunge_ms::clinic::accounts::new_totp_secret;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::users::Role;
use expunge_ms::clock::{now_unix, today_in_mississippi};
use sqlx::Row;

struct Clinic {
    store: Store,
    event: i64,
    admin: (i64, Browser),
    attorney: (i64, Browser),
    volunteer: (i64, Browser),
    outsider: Browser,
}

async fn clinic(db: &Db) -> Clinic {
    let store = db.store.clone();
    let app = app(store.clone());
    let (admin_secret, attorney_secret) = (new_totp_secret(), new_totp_secret());
    let admin = account(&store, "admin", Role::Admin, Some(&admin_secret)).await;
    let attorney = account(&store, "attorney", Role::Attorney, Some(&attorney_secret)).await;
    let volunteer = account(&store, "vol_in", Role::Volunteer, None).await;
    account(&store, "vol_out", Role::Volunteer, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 1, 10).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Winter clinic", held_on, county: "Hinds", retention_days: 90 }, admin, 1)
        .await
        .expect("event");
    store.assign_staff(event, volunteer).await.expect("assign");
    let mut browsers = Vec::new();
    for (name, secret) in [("admin", Some(&admin_secret)), ("attorney", Some(&attorney_secret)), ("vol_in", None), ("vol_out", None)] {
        let mut b = Browser::new(&app);
        assert_eq!(b.sign_in(name, PASSWORD, secret.map(String::as_str)).await.location(), "/clinic", "{name} signs in");
        browsers.push(b);
    }
    let outsider = browsers.pop().expect("four");
    let vol = browsers.pop().expect("four");
    let att = browsers.pop().expect("four");
    let adm = browsers.pop().expect("four");
    Clinic { store, event, admin: (admin, adm), attorney: (attorney, att), volunteer: (volunteer, vol), outsider }
}

/// The keys of the petitions whose forms the page shows.
fn petitions(page: &Page) -> Vec<String> {
    page.body.split("name=\"petition\" value=\"").skip(1).map(|s| s.split('"').next().unwrap_or_default().to_string()).collect()
}

/// The value of the input with id `id`.
fn value_of(page: &Page, id: &str) -> String {
    let at = page.body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no {id} in {}", page.body));
    let tag = &page.body[at..at + page.body[at..].find('>').expect("tag end")];
    tag.split("value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_string()
}

/// The error shown beside the field with id `id`, if any.
fn error_of(page: &Page, id: &str) -> Option<String> {
    let at = page.body.find(&format!("id=\"{id}-error\""))?;
    let text = &page.body[at..];
    let text = &text[text.find("</span>")? + 7..];
    Some(text[..text.find("</p>")?].to_string())
}

/// The matter's version the page's forms carry.
fn version_of(page: &Page) -> String {
    page.body.split("name=\"version\" value=\"").nth(1).and_then(|v| v.split('"').next()).expect("a version").to_string()
}

/// Posts one petition's outcome form from `page`.
async fn post_outcome(b: &mut Browser, m: i64, page: &Page, petition: &str, fields: &[(&str, &str)]) -> Page {
    let (csrf, version) = (page.csrf(), version_of(page));
    let mut all = vec![("csrf", csrf.as_str()), ("version", version.as_str()), ("petition", petition)];
    all.extend_from_slice(fields);
    b.post(&format!("/clinic/matters/{m}/outcome"), &all).await
}

async fn outcomes_are_recorded_per_petition_and_refused_beside_their_fields(db: Db) {
    let mut c = clinic(&db).await;
    let (vol_id, vol) = (c.volunteer.0, &mut c.volunteer.1);
    let case = fixture("five-charges-in-two-courts", "Ann Example");
    let m = screened(&c.store, c.event, &case, vol_id, now_unix(), today_in_mississippi()).await;
    let path = format!("/clinic/matters/{m}");
    let page = vol.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("What the court did"));
    assert_eq!(petitions(&page), ["0,1", "2", "3,4"], "the papers' three petitions: two standards in Hinds, one court in Rankin");
    assert!(page.body.contains("The Justice Court of Rankin County") && page.body.contains("4. petit larceny, 5. disorderly conduct"));

    let reason = "The judge wanted the order from 2015";
    let bad = post_outcome(
        vol,
        m,
        &page,
        "0,1",
        &[("filed_on", "2026-02-30"), ("hearing_on", "2026-03-15"), ("granted_on", "2099-01-01"), ("denied_reason", reason)],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Some answers need a fix"), "a message at the top");
    assert_eq!(error_of(&bad, "filed_on-0").as_deref(), Some("Write the date like 2026-11-28."));
    assert_eq!(error_of(&bad, "granted_on-0").as_deref(), Some("This day has not come yet."));
    assert_eq!(error_of(&bad, "denied_reason-0").as_deref(), Some("Write the day the court denied it, or leave the reason empty."));
    assert_eq!(error_of(&bad, "hearing_on-0"), None, "a hearing may be ahead");
    assert_eq!((value_of(&bad, "filed_on-0"), value_of(&bad, "hearing_on-0")), ("2026-02-30".into(), "2026-03-15".into()), "kept as typed");
    assert!(bad.body.contains(&format!(">{reason}</textarea>")), "the reason is kept");
    assert_eq!(value_of(&bad, "filed_on-1"), "", "the other petitions' forms are as saved");
    let bad = post_outcome(
        vol,
        m,
        &page,
        "0,1",
        &[("hearing_on", "2026-02-01"), ("granted_on", "2026-04-01"), ("denied_on", "2026-04-02"), ("denied_reason", reason)],
    )
    .await;
    assert_eq!(error_of(&bad, "filed_on-0").as_deref(), Some("Write the day it was filed first."));
    assert_eq!(error_of(&bad, "denied_on-0").as_deref(), Some("A petition is granted or denied, not both."));
    let bad =
        post_outcome(vol, m, &page, "0,1", &[("filed_on", "2026-03-01"), ("hearing_on", "2026-02-01"), ("denied_on", "2026-04-02")]).await;
    assert_eq!(error_of(&bad, "hearing_on-0").as_deref(), Some("This is before the day it was filed."));
    assert_eq!(error_of(&bad, "denied_reason-0").as_deref(), Some("Write why the court denied it, in 500 letters or less."));
    let gone = post_outcome(vol, m, &page, "0,2", &[("filed_on", "2026-01-05")]).await;
    assert_eq!(gone.status, StatusCode::CONFLICT, "not a petition of this matter");
    let matter = c.store.matter(m).await.expect("read").expect("matter");
    assert!(matter.outcomes.is_empty() && matter.status == Status::Intake, "nothing refused was saved");

    let granted = [("filed_on", "2026-01-05"), ("hearing_on", "2026-02-10"), ("granted_on", "2026-02-20")];
    let done = post_outcome(vol, m, &page, "0,1", &granted).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(done.location().starts_with(&path));
    let stale = post_outcome(vol, m, &page, "3,4", &[("filed_on", "2026-01-06")]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the form was read before the last save");
    assert_eq!(value_of(&stale, "filed_on-2"), "2026-01-06", "what was typed is kept");
    let page = vol.get(&path).await;
    assert_eq!((value_of(&page, "filed_on-0"), value_of(&page, "granted_on-0")), ("2026-01-05".into(), "2026-02-20".into()));
    assert_eq!(c.store.matter(m).await.expect("read").expect("matter").status, Status::Granted);

    let denial = "The order of nonadjudication was not attached";
    let denied = [("filed_on", "2026-01-06"), ("denied_on", "2026-02-21"), ("denied_reason", denial)];
    assert_eq!(post_outcome(vol, m, &page, "3,4", &denied).await.status, StatusCode::SEE_OTHER);
    assert_eq!(c.store.matter(m).await.expect("read").expect("matter").status, Status::Granted, "one granted, one denied");
    let page = vol.get(&path).await;
    assert!(page.body.contains(&format!(">{denial}</textarea>")), "the reason is shown back");
    assert_eq!(post_outcome(vol, m, &page, "2", &[("filed_on", "2026-01-07")]).await.status, StatusCode::SEE_OTHER);
    let matter = c.store.matter(m).await.expect("read").expect("matter");
    assert_eq!(matter.status, Status::Filed, "one petition still waits for the court");
    assert_eq!(matter.outcomes.len(), 3);
    assert_eq!(matter.outcomes[2].denied_reason, denial);
    let page = vol.get(&path).await;
    assert_eq!(post_outcome(vol, m, &page, "2", &[]).await.status, StatusCode::SEE_OTHER, "an empty form clears the record");
    let matter = c.store.matter(m).await.expect("read").expect("matter");
    assert_eq!((matter.outcomes.len(), matter.status), (2, Status::Granted));

    let sealed: Vec<String> = sqlx::query("SELECT denied_reason_sealed FROM outcomes WHERE denied_reason_sealed IS NOT NULL")
        .fetch_all(c.store.pool())
        .await
        .expect("rows")
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
    assert_eq!(sealed.len(), 1);
    assert!(!sealed[0].contains("nonadjudication"), "the reason is sealed");
    let entries = c.store.audit_entries(100, None).await.expect("log");
    let recorded = entries.iter().filter(|e| e.action == Action::RecordOutcome).collect::<Vec<_>>();
    assert_eq!(recorded.len(), 4, "one line per change");
    assert!(recorded.iter().all(|e| e.matter_id == Some(m) && e.user_id == Some(vol_id) && e.event_id == Some(c.event)));
    assert_eq!(c.attorney.1.get(&path).await.status, StatusCode::OK, "attorneys see the outcomes too");
}

/// Outcomes are kept by the charges' places: once one is recorded, no charge may be
/// removed, from the table or from the questions, so none moves under another's outcome.
async fn no_charge_is_removed_once_an_outcome_is_recorded(db: Db) {
    let mut c = clinic(&db).await;
    let (vol_id, vol) = (c.volunteer.0, &mut c.volunteer.1);
    let case = fixture("five-charges-in-two-courts", "Ann Example");
    let m = screened(&c.store, c.event, &case, vol_id, now_unix(), today_in_mississippi()).await;
    let page = vol.get(&format!("/clinic/matters/{m}")).await;
    let granted = [("filed_on", "2026-01-05"), ("granted_on", "2026-02-20")];
    assert_eq!(post_outcome(vol, m, &page, "3,4", &granted).await.status, StatusCode::SEE_OTHER);
    let table = vol.get(&format!("/clinic/matters/{m}/entry")).await;
    let version = c.store.matter(m).await.expect("read").expect("matter").version.to_string();
    let emptied = vol.post(&format!("/clinic/matters/{m}/entry"), &[("csrf", &table.csrf()), ("version", &version), ("rows", "1")]).await;
    assert_eq!(emptied.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(emptied.body.contains("no charge can be removed"), "{}", emptied.body);
    let check = vol.get(&format!("/clinic/matters/{m}/check")).await;
    let removed =
        vol.post(&format!("/clinic/matters/{m}/check"), &[("csrf", &check.csrf()), ("state", &version), ("go", "remove:0")]).await;
    assert_eq!(removed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(removed.body.contains("no charge can be removed"), "the step says why");
    let matter = c.store.matter(m).await.expect("read").expect("matter");
    assert_eq!((matter.case.charges.len(), matter.outcomes.len()), (5, 1), "every charge and outcome in its place");
    assert_eq!(matter.outcomes[0].charges, [3, 4]);
}

const ALL: [&str; 25] = [
    "matter_id",
    "event_id",
    "status",
    "person_name",
    "date_of_birth",
    "charge",
    "offence",
    "case_number",
    "court_kind",
    "court_county",
    "court_city",
    "route",
    "engine_outcome",
    "eligible_from",
    "review_decision",
    "review_reason",
    "signed_off_on",
    "petition",
    "petition_court",
    "filed_on",
    "hearing_on",
    "granted_on",
    "denied_on",
    "denied_reason",
    "withdrawn_on",
];
const PERSONAL: [&str; 6] = ["person_name", "date_of_birth", "offence", "case_number", "review_reason", "denied_reason"];

/// A CSV file's header and rows, each row by column name.
fn read_csv(page: &Page) -> (Vec<String>, Vec<std::collections::HashMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(page.body.as_bytes());
    let header: Vec<String> = reader.headers().expect("a header").iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| header.iter().cloned().zip(r.expect("a row").iter().map(str::to_string)).collect()).collect();
    (header, rows)
}

async fn the_tracking_sheet_reads_back_with_columns_by_role_and_each_export_logged(db: Db) {
    let mut c = clinic(&db).await;
    let today = today_in_mississippi();
    let vol_id = c.volunteer.0;
    let formula = "=HYPERLINK(\"http://example.test\",\"x\")";
    let m1 = screened(&c.store, c.event, &fixture("five-charges-in-two-courts", formula), vol_id, now_unix(), today).await;
    let m2 = screened(&c.store, c.event, &fixture("one-now-one-later", "Marcus Allen Reed"), vol_id, now_unix(), today).await;
    let named = Case { petitioner: Petitioner { full_name: Some("Nadia Name-Only".into()), ..Petitioner::default() }, ..Case::default() };
    let m3 = c.store.create_matter(c.event, &named, vol_id, now_unix()).await.expect("matter");
    let page = c.volunteer.1.get(&format!("/clinic/matters/{m1}")).await;
    let granted = [("filed_on", "2026-01-05"), ("granted_on", "2026-02-20")];
    assert_eq!(post_outcome(&mut c.volunteer.1, m1, &page, "0,1", &granted).await.status, StatusCode::SEE_OTHER);
    let event_page = c.admin.1.get(&format!("/clinic/events/{}", c.event)).await;
    assert!(
        event_page.body.contains("tracking.csv") && event_page.body.contains("no names"),
        "the admin is told what the sheet leaves out"
    );

    let path = format!("/clinic/events/{}/tracking", c.event);
    let sheet = c.attorney.1.get(&format!("{path}.csv")).await;
    assert_eq!(sheet.status, StatusCode::OK);
    assert!(sheet.headers[header::CONTENT_TYPE].to_str().unwrap_or_default().starts_with("text/csv"));
    assert!(sheet.headers[header::CONTENT_DISPOSITION].to_str().unwrap_or_default().starts_with("attachment"));
    assert!(sheet.body.starts_with('\u{feff}'), "a byte-order mark, so Excel reads the names as written");
    let (columns, rows) = read_csv(&sheet);
    assert_eq!(columns, ALL);
    assert_eq!(rows.len(), 5 + 2 + 1, "a row per charge, and one for the matter without charges");
    let row = |m: i64, charge: &str| rows.iter().find(|r| r["matter_id"] == m.to_string() && r["charge"] == charge).expect("row");
    let first = row(m1, "1");
    assert_eq!(first["person_name"], format!("'{formula}"), "a formula is written as text");
    assert_eq!((first["offence"].as_str(), first["case_number"].as_str()), ("grand larceny", "25-CR-0412"));
    assert_eq!((first["court_kind"].as_str(), first["court_county"].as_str()), ("circuit", "Hinds"));
    assert_eq!((first["route"].as_str(), first["engine_outcome"].as_str()), ("non_conviction", "eligible"));
    assert_eq!((first["petition"].as_str(), first["petition_court"].as_str()), ("1 2", "the Circuit Court of Hinds County"));
    assert_eq!(
        (first["filed_on"].as_str(), first["granted_on"].as_str(), first["status"].as_str()),
        ("2026-01-05", "2026-02-20", "granted")
    );
    assert_eq!((row(m1, "3")["petition"].as_str(), row(m1, "3")["filed_on"].as_str()), ("3", ""));
    let later = row(m2, "2");
    assert_eq!((later["engine_outcome"].as_str(), later["eligible_from"].as_str()), ("eligible_after", "2028-03-01"));
    assert_eq!(row(m2, "1")["court_city"], "Jackson");
    assert_eq!((row(m3, "")["person_name"].as_str(), row(m3, "")["status"].as_str()), ("Nadia Name-Only", "intake"));

    let json = c.volunteer.1.get(&format!("{path}.json")).await;
    assert_eq!(json.status, StatusCode::OK);
    let value: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
    assert_eq!(value["personal"], true);
    assert_eq!(value["columns"], serde_json::json!(ALL));
    let rows_json = value["rows"].as_array().expect("rows");
    assert_eq!(rows_json.len(), 8);
    let m1_id = m1.to_string();
    let first = rows_json.iter().find(|r| r["matter_id"] == m1_id.as_str() && r["charge"] == "1").expect("row");
    assert_eq!(first["person_name"], formula, "JSON keeps the name as it is");
    assert_eq!(first["eligible_from"], serde_json::Value::Null);

    let plain = c.admin.1.get(&format!("{path}.csv")).await;
    assert_eq!(plain.status, StatusCode::OK);
    let (columns, rows) = read_csv(&plain);
    let expected: Vec<&str> = ALL.iter().filter(|c| !PERSONAL.contains(c)).copied().collect();
    assert_eq!(columns, expected, "an admin's sheet has no personal column");
    assert_eq!(rows.len(), 8);
    for secret in ["HYPERLINK", "Marcus", "Nadia", "25-CR-0412", "grand larceny", "1990-04-17"] {
        assert!(!plain.body.contains(secret), "{secret} is not in the admin's sheet");
    }
    let plain_json = c.admin.1.get(&format!("{path}.json")).await;
    let value: serde_json::Value = serde_json::from_str(&plain_json.body).expect("JSON");
    assert_eq!((value["personal"].clone(), value["columns"].clone()), (serde_json::json!(false), serde_json::json!(expected)));
    assert_eq!(c.outsider.get(&format!("{path}.csv")).await.status, StatusCode::FORBIDDEN);

    let mut exports: Vec<_> =
        c.store.audit_entries(500, None).await.expect("log").into_iter().filter(|e| e.action == Action::Export).collect();
    exports.reverse();
    let who: Vec<Option<i64>> = exports.iter().map(|e| e.user_id).collect();
    assert_eq!(who, [Some(c.attorney.0), Some(c.volunteer.0), Some(c.admin.0), Some(c.admin.0)], "every export, and only those");
    assert!(exports.iter().all(|e| e.event_id == Some(c.event) && e.matter_id.is_none()));
}

on_both!(
    no_charge_is_removed_once_an_outcome_is_recorded,
    outcomes_are_recorded_per_petition_and_refused_beside_their_fields,
    the_tracking_sheet_reads_back_with_columns_by_role_and_each_export_logged
);

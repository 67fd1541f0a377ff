//! Importing a list into a clinic event, on SQLite and on PostgreSQL: a file with
//! mistakes in several rows imports no one and lists every mistake by file, row and
//! column; a good CSV, the same rows as JSON and the public site's saved answers files
//! import together, each person a matter assessed at once; only the event's staff may
//! import.

mod clinic_common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::users::Role;

struct Clinic {
    store: Store,
    event: i64,
    volunteer: Browser,
    admin: Browser,
    outsider: Browser,
}

async fn clinic(db: &Db) -> Clinic {
    let store = db.store.clone();
    let app = app(store.clone());
    let secret = expunge_ms::clinic::accounts::new_totp_secret();
    let admin_id = account(&store, "admin", Role::Admin, Some(&secret)).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Clearing day", held_on, county: "Hinds", retention_days: 30 }, admin_id, 1)
        .await
        .expect("event");
    let other = store
        .create_event(&NewEvent { name: "Another day", held_on, county: "Lee", retention_days: 30 }, admin_id, 1)
        .await
        .expect("event");
    let vol = account(&store, "vol", Role::Volunteer, None).await;
    store.assign_staff(event, vol).await.expect("assign");
    let out = account(&store, "out", Role::Volunteer, None).await;
    store.assign_staff(other, out).await.expect("assign");
    let mut browsers = Vec::new();
    for name in ["vol", "admin", "out"] {
        let mut b = Browser::new(&app);
        b.sign_in(name, PASSWORD, Some(&secret)).await;
        browsers.push(b);
    }
    let outsider = browsers.pop().expect("three");
    let admin = browsers.pop().expect("three");
    let volunteer = browsers.pop().expect("three");
    Clinic { store, event, volunteer, admin, outsider }
}

/// Posts `files` (name, text) to the event's import with the browser's form token.
async fn import(b: &mut Browser, event: i64, files: &[(&str, &str)]) -> Page {
    let csrf = b.csrf(&format!("/clinic/events/{event}/import")).await;
    let boundary = "import-test-boundary";
    let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n");
    for (name, text) in files {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n{text}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    let req = Request::post(format!("/clinic/events/{event}/import"))
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request");
    b.send(req).await
}

/// The problems listed on a page: (file, row, column, words).
fn problems(page: &Page) -> Vec<(String, String, String, String)> {
    let Some(table) = page.body.split("<tbody>").nth(1) else { return Vec::new() };
    let table = table.split("</tbody>").next().unwrap_or_default();
    table
        .split("<tr>")
        .skip(1)
        .map(|row| {
            let cells: Vec<String> = row
                .split("<td>")
                .skip(1)
                .map(|c| {
                    let c = c.split("</td>").next().unwrap_or_default();
                    c.replace("<code>", "")
                        .replace("</code>", "")
                        .replace("<!>", "")
                        .replace("&quot;", "\"")
                        .replace("&#x27;", "'")
                        .trim()
                        .to_string()
                })
                .collect();
            (cells[0].clone(), cells[1].clone(), cells[2].clone(), cells[3].clone())
        })
        .collect()
}

const GOOD_CSV: &str = "\u{feff}person,full_name,date_of_birth,pending_charges,offence,level,court,county,case_number,arrest_date,arrested_by,outcome,disposition_date\r\n\
1,Loretta Banks,4/2/1980,No,petit larceny,misdemeanor,Justice Court,Hinds,J-2019-1,3/1/2019,Jackson Police Department,Dismissed,6/1/2019\r\n\
1,,,,trespass,misdemeanor,justice,Hinds,J-2019-2,3/1/2019,Jackson Police Department,nolle prosequi,6/1/2019\r\n\
2,Marcus Odom,,,simple assault,misdemeanor,county,Rankin,CO-2020-9,2020,Pearl Police Department,unsure,\r\n";

async fn an_import_with_mistakes_in_several_rows_imports_no_one_and_lists_every_mistake(db: Db) {
    let mut c = clinic(&db).await;
    let csv = "person,full_name,offence,court,county,arrest_date,outcome,colour,pending_charges\n\
               1,Ann Lee,trespass,justice,Hinds,3/1/2019,dismissed,,perhaps\n\
               1,Anne Lee,loitering,justice,Atlantis,3/1/2019,dismissed,\n\
               ,Bo Reyes,shoplifting,justice,Hinds,3/1/2019,dismissed,\n\
               3,Cy Hart,burglary,palace,Hinds,13/45/2019,won,\n\
               4,,disorderly conduct,justice,Hinds,2019,dismissed,\n";
    let page = import(&mut c.volunteer, c.event, &[("list.csv", csv), ("photo.png", "hello"), ("broken.json", "{\"charges\": 3}")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", page.body);
    assert!(page.body.contains("Nothing was imported"));
    let found = problems(&page);
    let has = |file: &str, row: &str, column: &str, words: &str| {
        assert!(
            found.iter().any(|(f, r, c, w)| f == file && r == row && c == column && w.contains(words)),
            "no problem {file} row {row} {column} \"{words}\" in {found:#?}"
        )
    };
    has("list.csv", "1", "colour", "not one the import knows");
    has("list.csv", "3", "full_name", "different from what row 2 says");
    has("list.csv", "2", "pending_charges", "Use one of: yes, no, unsure");
    has("list.csv", "3", "county", "");
    has("list.csv", "4", "person", "Say which person");
    has("list.csv", "5", "court", "Use one of: circuit");
    has("list.csv", "5", "arrest_date", "");
    has("list.csv", "5", "outcome", "Use one of:");
    has("list.csv", "6", "full_name", "Give this person's full name");
    has("photo.png", "", "", "not a CSV file");
    has("broken.json", "", "charges", "");
    assert!(found.len() >= 10, "every mistake is listed: {found:#?}");
    assert_eq!(c.store.matter_count(c.event).await.expect("count"), 0, "no one was imported");
    assert!(page.body.contains("name=\"files\""), "the form is there to try again");

    // A file longer than a clinic's list is refused before its rows are read.
    let long = format!("person,full_name,offence\n{}", "1,Ann Lee,trespass\n".repeat(20_001));
    let page = import(&mut c.volunteer, c.event, &[("long.csv", &long)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(problems(&page).iter().any(|(f, _, _, w)| f == "long.csv" && w.contains("rows. Split the list")), "{:?}", problems(&page));
    assert_eq!(c.store.matter_count(c.event).await.expect("count"), 0);

    // A list of a megabyte is read like any other (the site's own forms are smaller).
    let wide = format!("person,full_name,offence,notes\n{}", format!("1,Ann Lee,trespass,{}\n", "n".repeat(1000)).repeat(1000));
    let page = import(&mut c.volunteer, c.event, &[("wide.csv", &wide)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problems(&page).iter().any(|(f, r, c, w)| f == "wide.csv" && r == "1" && c == "notes" && w.contains("not one the import knows")),
        "{:?}",
        problems(&page)
    );

    // More than an import takes is refused with the import's own words and its form.
    let huge = "x".repeat(9 * 1024 * 1024);
    let page = import(&mut c.volunteer, c.event, &[("huge.csv", &huge)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("Import at most 8 MB at a time") && page.body.contains("name=\"files\""), "{}", page.body);
    assert_eq!(c.store.matter_count(c.event).await.expect("count"), 0);
}

async fn a_csv_its_json_rows_and_saved_answers_files_import_together(db: Db) {
    let mut c = clinic(&db).await;
    let json = r#"[
        {"person": 7, "full_name": "Ruth Pace", "offence": "disorderly conduct", "level": "misdemeanor", "court": "municipal",
         "county": "Lee", "city": "Tupelo", "case_number": "M-88", "arrest_date": "2021-05", "outcome": "dismissed", "disposition_date": "2021-09-01"}
    ]"#;
    let answers = serde_json::json!({
        "format": "expunge-ms/case@1",
        "petitioner": {"full_name": "Iris Cole"},
        "charges": [{"offence": "trespass", "court": {"kind": "justice", "county": "Hinds"}, "outcome": "dismissed", "disposition_date": "2020-01-10"}]
    })
    .to_string();
    // A spreadsheet's own header: capitals, spaces, and "Offense" as Americans spell it.
    let semicolons = "Person;Full Name;Offense;Court;County;Outcome\n9;Sam Ortiz;loitering;justice;Hinds;dropped\n";
    let page = import(
        &mut c.volunteer,
        c.event,
        &[("day.csv", GOOD_CSV), ("more.json", json), ("iris.json", &answers), ("excel.csv", semicolons)],
    )
    .await;
    // The answer is a redirect to the event's list, so reloading it imports nothing again.
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), format!("/clinic/events/{}?imported=5", c.event));
    let page = c.volunteer.get(page.location()).await;
    assert!(page.body.contains("5 people were imported"), "{}", page.body);
    for name in ["Loretta Banks", "Marcus Odom", "Ruth Pace", "Iris Cole", "Sam Ortiz"] {
        assert!(page.body.contains(name), "{name} is listed");
    }
    assert_eq!(c.store.matter_count(c.event).await.expect("count"), 5);

    // The same list again (a form sent twice, a second volunteer) imports no one twice,
    // and neither does a person twice in one import (the name's case and spaces aside).
    let again = import(&mut c.volunteer, c.event, &[("day.csv", GOOD_CSV)]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let found = problems(&again);
    for (row, name) in [("2", "Loretta Banks"), ("4", "Marcus Odom")] {
        assert!(
            found.iter().any(|(f, r, col, w)| f == "day.csv"
                && r == row
                && col == "full_name"
                && w.contains(&format!("{name} is in this event already"))),
            "{found:?}"
        );
    }
    let twice = "person,full_name,date_of_birth,offence,court,county,outcome\n1,Nia  Shaw,1/2/1990,trespass,justice,Hinds,dismissed\n\
                 2,nia shaw,1/2/1990,loitering,justice,Hinds,dismissed\n3,Nia Shaw,3/4/1985,loitering,justice,Hinds,dismissed\n";
    let found = problems(&import(&mut c.volunteer, c.event, &[("twice.csv", twice)]).await);
    assert_eq!(found.len(), 1, "the second Nia Shaw; the third is born another day: {found:?}");
    assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("3", "full_name"));
    assert_eq!(c.store.matter_count(c.event).await.expect("count"), 5);
    let list = c.store.matters_of(c.event, 50, 0).await.expect("list");
    let loretta = list.iter().find(|m| m.name.as_deref() == Some("Loretta Banks")).expect("Loretta");
    let m = c.store.matter(loretta.id).await.expect("read").expect("there");
    assert_eq!(m.case.charges.len(), 2, "two rows, one person");
    assert_eq!(m.case.petitioner.date_of_birth, NaiveDate::from_ymd_opt(1980, 4, 2));
    assert_eq!(serde_json::to_value(m.case.history.pending_charges).expect("json"), "no", "a question about the person");
    let outcome = serde_json::to_value(m.case.charges[1].outcome).expect("json");
    assert_eq!(outcome, "nolle_prosequi", "'nolle prosequi' is read as the choice it names");
    assert!(m.rules_version.is_some() && m.answers.is_some(), "assessed at once");
    let marcus = list.iter().find(|m| m.name.as_deref() == Some("Marcus Odom")).expect("Marcus");
    assert_eq!(marcus.status, Status::NeedsReview, "an unsure outcome waits for a lawyer");
    let entries = c.store.audit_entries(500, None).await.expect("audit");
    assert_eq!(entries.iter().filter(|e| e.action == Action::ImportAnswers && e.event_id == Some(c.event)).count(), 5);

    let template = c.volunteer.get("/clinic/import/template.csv").await;
    assert_eq!(template.status, StatusCode::OK);
    assert!(template.body.starts_with("person,full_name,"), "{}", template.body);
}

async fn only_the_events_staff_may_import(db: Db) {
    let mut c = clinic(&db).await;
    for b in [&mut c.admin, &mut c.outsider] {
        assert_eq!(b.get(&format!("/clinic/events/{}/import", c.event)).await.status, StatusCode::FORBIDDEN);
    }
    let empty = import(&mut c.volunteer, c.event, &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Choose at least one file."));
}

on_both!(
    an_import_with_mistakes_in_several_rows_imports_no_one_and_lists_every_mistake,
    a_csv_its_json_rows_and_saved_answers_files_import_together,
    only_the_events_staff_may_import,
);

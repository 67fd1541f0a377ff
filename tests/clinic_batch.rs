//! Batch papers in clinic mode, on SQLite and on PostgreSQL: 50 people across 6 courts
//! printed in one job, read back as text: each person's papers complete behind a cover
//! sheet, the stack sorted by court, a person with two courts in both stacks; the zip
//! with one PDF per person; those who cannot print left out and listed with the reason;
//! the job's progress shown by a second server on the same database; a volunteer of
//! another event refused; the audit log's lines.

mod clinic_common;

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use axum::http::{StatusCode, header};
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::case::Case;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::batches::{JobState, KEEP, STALLED, StartError};
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::review::Review;
use expunge_ms::clinic::store::users::Role;

const FIRST: [&str; 10] = ["Ava", "Marcus", "Lucía", "Tobias", "Keisha", "Dwayne", "Ruth", "Nguyễn", "Omar", "Priscilla"];
const LAST: [&str; 5] = ["Whitfield", "Baptiste", "Okafor", "Delacroix", "Yarbrough"];

/// The six courts, as the case format gives them and as the papers name them.
fn courts() -> [(serde_json::Value, &'static str, &'static str); 6] {
    use serde_json::json;
    [
        (json!({"kind": "county", "county": "Forrest"}), "the County Court of Forrest County", "IN THE COUNTY COURT OF FORREST COUNTY"),
        (json!({"kind": "county", "county": "Hinds"}), "the County Court of Hinds County", "IN THE COUNTY COURT OF HINDS COUNTY"),
        (json!({"kind": "justice", "county": "Lamar"}), "the Justice Court of Lamar County", "IN THE JUSTICE COURT OF LAMAR COUNTY"),
        (json!({"kind": "justice", "county": "Jones"}), "the Justice Court of Jones County", "IN THE JUSTICE COURT OF JONES COUNTY"),
        (
            json!({"kind": "municipal", "city": "Jackson", "county": "Hinds"}),
            "the Municipal Court of the City of Jackson",
            "IN THE MUNICIPAL COURT OF THE CITY OF JACKSON",
        ),
        (json!({"kind": "county", "county": "Rankin"}), "the County Court of Rankin County", "IN THE COUNTY COURT OF RANKIN COUNTY"),
    ]
}

/// A person expected in the papers: their name and, for each court, its case number.
struct Person {
    name: String,
    charges: Vec<(usize, String)>,
}

/// A dismissed shoplifting charge in `court`, every fact the papers need answered.
fn charge(court: &serde_json::Value, number: &str) -> serde_json::Value {
    serde_json::json!({
        "offence": "shoplifting", "level": "misdemeanor", "court": court, "case_number": number,
        "arrest_date": "2022-03-04", "arresting_agency": "Hattiesburg Police Department",
        "outcome": "dismissed", "disposition_date": "2022-09-14"
    })
}

fn case_of(name: &str, charges: Vec<serde_json::Value>) -> Case {
    let json = serde_json::json!({
        "petitioner": { "full_name": name, "date_of_birth": "1988-02-09", "address": "45 Pine Street, Hattiesburg, MS 39401", "phone": "601-555-0199" },
        "history": { "pending_charges": "no" },
        "charges": charges,
    });
    expunge_ms::case::parse_case(&json.to_string(), expunge_ms::clock::today_in_mississippi()).expect("the case parses")
}

/// 50 people, one court each in turn; every tenth from the fourth on also has a charge
/// in the next court.
fn people() -> Vec<Person> {
    (0..50)
        .map(|i| {
            let name = format!("{} {}", FIRST[i % 10], LAST[i / 10]);
            let mut charges = vec![(i % 6, format!("CR-{i:03}-A"))];
            if i % 10 == 3 {
                charges.push(((i + 1) % 6, format!("CR-{i:03}-B")));
            }
            Person { name, charges }
        })
        .collect()
}

struct Clinic {
    store: Store,
    event: i64,
    /// The admin's account, to make matters straight in the store.
    admin: i64,
    volunteer: Browser,
    outsider: Browser,
    /// The same clinic served by a second server on the same database.
    second: axum::Router,
}

async fn clinic(db: &Db) -> Clinic {
    let store = db.store.clone();
    let web = app(store.clone());
    let admin = account(&store, "admin", Role::Admin, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let new = |name| NewEvent { name, held_on, county: "Forrest", retention_days: 30 };
    let event = store.create_event(&new("Restoration day"), admin, 1).await.expect("event");
    let other = store.create_event(&new("Another clinic"), admin, 1).await.expect("event");
    let mut browsers = Vec::new();
    for (name, at) in [("vol_in", event), ("vol_out", other)] {
        let id = account(&store, name, Role::Volunteer, None).await;
        store.assign_staff(at, id).await.expect("assign");
        let mut b = Browser::new(&web);
        assert_eq!(b.sign_in(name, PASSWORD, None).await.location(), "/clinic", "{name} signs in");
        browsers.push(b);
    }
    let second = Store::open(&db.address, db.key.clone()).await.expect("a second server's store");
    let outsider = browsers.pop().expect("two");
    let volunteer = browsers.pop().expect("two");
    Clinic { store, event, admin, volunteer, outsider, second: app(second) }
}

/// The text of a PDF, page by page, each with its runs of spaces made one.
fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let mut child =
        Command::new("pdftotext").args(["-", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("pdftotext (poppler-utils)");
    child.stdin.take().expect("stdin").write_all(pdf).expect("written");
    let out = child.wait_with_output().expect("pdftotext ran");
    assert!(out.status.success(), "the PDF reads");
    let text = String::from_utf8(out.stdout).expect("text");
    let mut pages: Vec<String> = text.split('\u{c}').map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    pages.retain(|p| !p.is_empty());
    pages
}

/// The text between `from` and `to` in `page`.
fn between<'a>(page: &'a str, from: &str, to: &str) -> &'a str {
    let start = page.find(from).map(|i| i + from.len()).unwrap_or_else(|| panic!("no {from:?} in {page}"));
    let end = page[start..].find(to).map_or(page.len(), |i| start + i);
    page[start..end].trim()
}

/// Waits for the job at `path` to end; the page of a running job reloads itself.
async fn finished(b: &mut Browser, path: &str) -> Page {
    for _ in 0..1200 {
        let page = b.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        if !page.body.contains("http-equiv=\"refresh\"") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the print job did not end")
}

async fn batch_papers_for_fifty_people_across_six_courts(db: Db) {
    let mut c = clinic(&db).await;
    let courts = courts();
    let people = people();
    let mut ids = Vec::new();
    for p in &people {
        let charges = p.charges.iter().map(|(court, number)| charge(&courts[*court].0, number)).collect();
        ids.push(c.store.create_matter(c.event, &case_of(&p.name, charges), c.admin, 1).await.expect("matter"));
    }
    // Three who cannot print: a review pending, a question the papers need, nothing to file.
    let waiting =
        c.store.create_matter(c.event, &case_of("Wendell Review", vec![charge(&courts[0].0, "CR-900")]), c.admin, 1).await.expect("m");
    let flagged = Review { flag: Some("Says there is a second arrest".into()), ..Review::default() };
    c.store.save_review(waiting, 1, &flagged, Status::NeedsReview, 2).await.expect("flagged");
    let text = std::fs::read_to_string("tests/packets/a-first-misdemeanor-conviction-in-county-court.json").expect("fixture");
    let text = text.replace(r#""prior_misdemeanor_expunction": "no", "#, "").replace("Jordan", "Quincy Unanswered");
    let unanswered = expunge_ms::case::parse_case(&text, expunge_ms::clock::today_in_mississippi()).expect("case");
    let unanswered = c.store.create_matter(c.event, &unanswered, c.admin, 1).await.expect("m");
    let nothing = c
        .store
        .create_matter(
            c.event,
            &case_of("Nadia Nothing", vec![serde_json::json!({"offence": "murder", "level": "felony", "outcome": "convicted"})]),
            c.admin,
            1,
        )
        .await
        .expect("m");
    // And one whose questions are not finished: a felony conviction, nothing asked yet.
    let open = case_of("Oscar Open", vec![serde_json::json!({"offence": "false pretenses", "level": "felony", "outcome": "convicted"})]);
    let open = c.store.create_matter(c.event, &open, c.admin, 1).await.expect("m");

    // A volunteer of another event can neither start nor see it.
    let csrf = c.outsider.csrf("/clinic").await;
    let refused = c.outsider.post(&format!("/clinic/events/{}/batches", c.event), &[("csrf", &csrf), ("which", "everyone")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let form = c.volunteer.get(&format!("/clinic/events/{}", c.event)).await;
    assert!(form.body.contains("Print papers for this event") && form.body.contains("form=\"batch\""), "{}", form.body);
    let started = c.volunteer.post(&format!("/clinic/events/{}/batches", c.event), &[("csrf", &form.csrf()), ("which", "everyone")]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let path = started.location().to_string();
    let job: i64 = path.rsplit('/').next().and_then(|id| id.parse().ok()).expect("the job's address");

    // The progress page, from the other server: it reloads itself and counts people.
    let mut other = c.volunteer.clone();
    other.app = c.second.clone();
    let running = other.get(&path).await;
    assert_eq!(running.status, StatusCode::OK);
    if running.body.contains("http-equiv=\"refresh\"") {
        assert!(running.body.contains("of 54 people done"), "{}", running.body);
        let again =
            c.volunteer.post(&format!("/clinic/events/{}/batches", c.event), &[("csrf", &form.csrf()), ("which", "everyone")]).await;
        assert_eq!(again.status, StatusCode::CONFLICT, "one job at a time for an event: {}", again.body);
    }
    assert_eq!(c.outsider.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(c.outsider.get(&format!("{path}/stack.pdf")).await.status, StatusCode::FORBIDDEN);

    let done = finished(&mut other, &path).await;
    assert!(done.body.contains("Done: papers for 50 people."), "{}", done.body);
    for (name, why) in [
        ("Wendell Review", "A lawyer must sign off this matter first."),
        ("Quincy Unanswered", "The papers&#x27; questions are not all answered yet."),
        ("Nadia Nothing", "No charge can be filed now."),
        ("Oscar Open", "The questions are not finished"),
    ] {
        let row = done.body.split(name).nth(1).and_then(|rest| rest.split("</tr>").next()).unwrap_or_else(|| panic!("{name} listed"));
        assert!(row.contains(why) || row.contains(&why.replace("&#x27;", "'")), "{name}: {row}");
    }

    for (file, kind) in [("stack.pdf", "application/pdf"), ("people.zip", "application/zip")] {
        let (status, headers, bytes) = c.volunteer.get_raw(&format!("{path}/{file}")).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        assert_eq!(headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()), Some(kind));
        if file == "stack.pdf" {
            check_stack(&pdf_pages(&bytes), &people, &courts);
        } else {
            check_zip(&bytes, &people, &courts);
        }
    }

    audited(&c, &ids, &[waiting, unanswered, nothing, open]).await;
    ticked_ones_only(&mut c, &ids).await;
    assert_eq!(c.store.batch(job, expunge_ms::clock::now_unix()).await.expect("read").expect("kept").state, JobState::Done);
}

/// Every matter printed is marked so and has its line; the job and the downloads too;
/// those left out have none.
async fn audited(c: &Clinic, ids: &[i64], left_out: &[i64]) {
    let entries = c.store.audit_entries(2000, None).await.expect("audit");
    let vol = entries.iter().find(|e| e.action == Action::PrintBatch).and_then(|e| e.user_id).expect("the job's own line");
    assert_eq!(entries.iter().filter(|e| e.action == Action::PrintBatch && e.event_id == Some(c.event)).count(), 1);
    for &id in ids {
        let printed = entries.iter().filter(|e| e.action == Action::Print && e.matter_id == Some(id) && e.user_id == Some(vol)).count();
        assert_eq!(printed, 1, "one print line for matter {id}");
        let downloads = entries.iter().filter(|e| e.action == Action::DownloadBatch && e.matter_id == Some(id)).count();
        assert_eq!(downloads, 2, "each download of a file with matter {id} in it");
        assert_eq!(c.store.matter(id).await.expect("read").expect("there").status, Status::PapersPrinted);
    }
    for &id in left_out {
        assert!(!entries.iter().any(|e| e.action == Action::Print && e.matter_id == Some(id)), "matter {id} was not printed");
        assert_ne!(c.store.matter(id).await.expect("read").expect("there").status, Status::PapersPrinted);
    }
}

/// The ticked ones only (another event's matter ticked is ignored), even if printed
/// before; none ticked is refused.
async fn ticked_ones_only(c: &mut Clinic, ids: &[i64]) {
    let form = c.volunteer.get(&format!("/clinic/events/{}", c.event)).await;
    let stranger = c
        .store
        .create_matter(
            c.store.events().await.expect("events")[0].id,
            &case_of("Zed Stranger", vec![charge(&courts()[0].0, "CR-999")]),
            c.admin,
            1,
        )
        .await;
    let (a, b, s) = (ids[0].to_string(), ids[7].to_string(), stranger.expect("matter").to_string());
    let fields = [("csrf", form.csrf()), ("which", "ticked".into()), ("matter", a), ("matter", b), ("matter", s)];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let started = c.volunteer.post(&format!("/clinic/events/{}/batches", c.event), &fields).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let done = finished(&mut c.volunteer, started.location()).await;
    assert!(done.body.contains("Done: papers for 2 people.") && done.body.contains("No one was left out."), "{}", done.body);
    let none = c.volunteer.post(&format!("/clinic/events/{}/batches", c.event), &[("csrf", &form.csrf()), ("which", "ticked")]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.body.contains("Tick at least one person"), "{}", none.body);
}

/// The stack: a list at the head of each court's stack, courts in the order of their
/// names, people in the order of theirs, each behind a cover sheet for that court,
/// with their papers for that court complete and no other court's.
fn check_stack(pages: &[String], people: &[Person], courts: &[(serde_json::Value, &str, &str); 6]) {
    let mut sections: Vec<(String, String, String)> = Vec::new();
    let mut lists: Vec<String> = Vec::new();
    for page in pages {
        if page.starts_with("Stack for ") {
            lists.push(between(page, "Stack for ", " Papers for ").to_string());
        } else if page.starts_with("Cover sheet ") {
            // The fee as the papers say it for the route: every charge here was dismissed.
            assert!(page.contains("not settled whether it applies to a case that ended without a conviction"), "{page}");
            let name = between(page, "Papers for ", " For the ").to_string();
            let court = format!("the {}", between(page, " For the ", " Clinic: "));
            sections.push((court, name, page.clone()));
        } else {
            let last = sections.last_mut().expect("every page after a cover sheet");
            last.2.push(' ');
            last.2.push_str(page);
        }
    }
    let mut sorted = lists.clone();
    sorted.sort_by_key(|c| c.to_lowercase());
    assert_eq!(lists, sorted, "the stacks go in the order of the courts' names");
    assert_eq!(lists.len(), 6, "one stack for each court: {lists:?}");
    let order: Vec<(String, String)> = sections.iter().map(|(c, n, _)| (c.to_lowercase(), n.to_lowercase())).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "court by court, then by name");
    let expected: usize = people.iter().map(|p| p.charges.len()).sum();
    assert_eq!(sections.len(), expected, "a cover sheet for each person in each of their courts");
    for p in people {
        for (court, number) in &p.charges {
            let (_, display, caption) = &courts[*court];
            let (_, _, text) =
                sections.iter().find(|(c, n, _)| c == display && *n == p.name).unwrap_or_else(|| panic!("{} in {display}", p.name));
            for needed in [
                p.name.as_str(),
                number,
                "PETITION FOR EXPUNGEMENT",
                "ORDER OF EXPUNGEMENT",
                "How to file your expungement papers",
                caption,
            ] {
                assert!(text.contains(needed), "{}'s papers for {display} have {needed:?}", p.name);
            }
            for (_, _, other) in courts.iter().filter(|(_, _, other)| other != caption) {
                assert!(!text.contains(other), "{}'s papers for {display} hold no papers of {other}", p.name);
            }
            if p.charges.len() > 1 {
                assert!(text.contains("also has papers for"), "the cover sheet names the other court: {text}");
            }
        }
    }
}

/// The zip: one PDF per person, named after them, with a cover sheet and their papers
/// for every court.
fn check_zip(bytes: &[u8], people: &[Person], courts: &[(serde_json::Value, &str, &str); 6]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut names: Vec<String> = zip.file_names().map(|n| n.expect("a name").into_owned()).collect();
    names.sort();
    let mut expected: Vec<String> = people.iter().map(|p| format!("{}.pdf", p.name)).collect();
    expected.sort();
    assert_eq!(names, expected, "one PDF per person, named after them");
    for p in people {
        let mut pdf = Vec::new();
        zip.by_name(&format!("{}.pdf", p.name)).expect("their file").read_to_end(&mut pdf).expect("read");
        let text = pdf_pages(&pdf).join(" ");
        assert!(text.starts_with("Cover sheet"), "{}", p.name);
        assert_eq!(text.matches("PETITION FOR EXPUNGEMENT").count(), p.charges.len(), "{}: a petition for each court", p.name);
        for (court, number) in &p.charges {
            for needed in [p.name.as_str(), number.as_str(), courts[*court].2] {
                assert!(text.contains(needed), "{}'s PDF has {needed:?}", p.name);
            }
        }
    }
}

async fn one_job_runs_for_an_event_and_old_jobs_are_deleted(db: Db) {
    let mut c = clinic(&db).await;
    let (store, event) = (&c.store, c.event);
    let first = store.start_batch(event, c.admin, 3, 1000).await.expect("started");
    match store.start_batch(event, c.admin, 3, 1001).await {
        Err(StartError::Busy(running)) => assert_eq!(running, first),
        other => panic!("a second job while one runs: {other:?}"),
    }
    store.batch_progress(first, 2, 1010).await.expect("progress");
    let job = store.batch(first, 1011).await.expect("read").expect("there");
    assert_eq!((job.state, job.done, job.total), (JobState::Running, 2, 3));
    // Its server stopped: the job no longer moves, reads as failed, and lets a new one start.
    assert_eq!(store.batch(first, 1010 + STALLED + 1).await.expect("read").expect("there").state, JobState::Failed);
    let second = store.start_batch(event, c.admin, 3, 1010 + STALLED + 1).await.expect("a new job once the old one stalled");
    store.finish_batch(second, c.admin, event, &[("stack", b"%PDF-")], &[], &[], 1500).await.expect("finished");
    assert_eq!(store.batch_file(second, "stack").await.expect("read").as_deref(), Some(&b"%PDF-"[..]));
    assert_eq!(store.purge_batches(1000 + KEEP - 1, &[]).await.expect("purge"), 0, "kept for a day");
    assert_eq!(store.purge_batches(1011 + STALLED + KEEP, &[]).await.expect("purge"), 2, "then deleted, files and all");
    assert!(store.batch(second, 0).await.expect("read").is_none());
    assert!(store.batch_file(second, "stack").await.expect("read").is_none());
    let third = store.start_batch(event, c.admin, 1, 5000).await.expect("started");
    assert_eq!(store.purge_batches(5001, &[event]).await.expect("purge"), 1, "and with the event's matters");
    assert!(store.batch(third, 5001).await.expect("read").is_none());

    // A running job's page, from another server: it reloads itself and counts people.
    let now = expunge_ms::clock::now_unix();
    let live = store.start_batch(event, c.admin, 7, now).await.expect("started");
    let mut other = c.volunteer.clone();
    other.app = c.second.clone();
    let path = format!("/clinic/batches/{live}");
    let page = other.get(&path).await;
    assert!(page.body.contains("<meta http-equiv=\"refresh\" content=\"3\">"), "{}", page.body);
    assert!(page.body.contains("Drawing papers: 0 of 7 people done."), "{}", page.body);
    store.batch_progress(live, 4, now).await.expect("progress");
    assert!(other.get(&path).await.body.contains("4 of 7 people done"));
    let form = c.volunteer.get(&format!("/clinic/events/{event}")).await;
    assert!(form.body.contains("drawing, 4 of 7 people done"), "the event's page lists the job: {}", form.body);
    let busy = c.volunteer.post(&format!("/clinic/events/{event}/batches"), &[("csrf", &form.csrf()), ("which", "everyone")]).await;
    assert_eq!(busy.status, StatusCode::UNPROCESSABLE_ENTITY, "no one is waiting for papers: {}", busy.body);
    c.store.create_matter(event, &case_of("Ann Waiting", vec![charge(&courts()[0].0, "CR-1")]), c.admin, 1).await.expect("m");
    let busy = c.volunteer.post(&format!("/clinic/events/{event}/batches"), &[("csrf", &form.csrf()), ("which", "everyone")]).await;
    assert_eq!(busy.status, StatusCode::CONFLICT, "one job at a time: {}", busy.body);
    assert!(busy.body.contains(&path), "with a link to the running one");
    store.fail_batch(live, now).await.expect("failed");
    let failed = other.get(&path).await;
    assert!(!failed.body.contains("http-equiv") && failed.body.contains("could not be drawn"), "{}", failed.body);
    assert!(other.get(&format!("{path}/stack.pdf")).await.status == StatusCode::NOT_FOUND, "no files of a failed job");
}

on_both!(batch_papers_for_fifty_people_across_six_courts, one_job_runs_for_an_event_and_old_jobs_are_deleted);

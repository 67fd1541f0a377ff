//! Intake and review in clinic mode, on SQLite and on PostgreSQL: a volunteer walks
//! the public questionnaire's screens with every step saved to the matter; two people
//! on one matter never overwrite each other; a matter with an unsure answer waits for
//! a lawyer, who settles the answer, holds a charge and signs off; the papers then
//! leave the held charge out; a volunteer's request for review reopens it.

mod clinic_common;

use axum::http::{StatusCode, header};
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::case::{Case, Petitioner};
use expunge_ms::clinic::accounts::new_totp_secret;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::users::Role;

/// The step's token the form carries (the matter's version).
fn token(page: &Page) -> String {
    let at = page.body.find("name=\"state\" value=\"").map(|i| i + 20).unwrap_or_else(|| panic!("no step in {}", page.body));
    page.body[at..].split('"').next().unwrap_or_default().to_string()
}

/// The kind of step a page shows.
fn step(page: &Page) -> String {
    let at = page.body.find("data-step=\"").map(|i| i + 11).unwrap_or_else(|| panic!("no step in {}", page.body));
    page.body[at..].split('"').next().unwrap_or_default().to_string()
}

struct Clinic {
    store: Store,
    event: i64,
    /// The admin's account, to make matters straight in the store.
    admin: i64,
    volunteer: Browser,
    second_volunteer: Browser,
    attorney: Browser,
}

async fn clinic(db: &Db) -> Clinic {
    let store = db.store.clone();
    let app = app(store.clone());
    let admin = account(&store, "admin", Role::Admin, None).await;
    let secret = new_totp_secret();
    account(&store, "attorney", Role::Attorney, Some(&secret)).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Restoration day", held_on, county: "Hinds", retention_days: 30 }, admin, 1)
        .await
        .expect("event");
    let mut browsers = Vec::new();
    for name in ["vol_a", "vol_b"] {
        let id = account(&store, name, Role::Volunteer, None).await;
        store.assign_staff(event, id).await.expect("assign");
        let mut b = Browser::new(&app);
        assert_eq!(b.sign_in(name, PASSWORD, None).await.location(), "/clinic", "{name} signs in");
        browsers.push(b);
    }
    let mut attorney = Browser::new(&app);
    assert_eq!(attorney.sign_in("attorney", PASSWORD, Some(&secret)).await.location(), "/clinic");
    let second_volunteer = browsers.pop().expect("two");
    let volunteer = browsers.pop().expect("two");
    Clinic { store, event, admin, volunteer, second_volunteer, attorney }
}

/// Posts a step of matter `m`'s questionnaire from `page` with `fields`.
async fn post_step(b: &mut Browser, m: i64, page: &Page, fields: &[(&str, &str)]) -> Page {
    let (csrf, state) = (page.csrf(), token(page));
    let mut all = vec![("csrf", csrf.as_str()), ("state", state.as_str())];
    all.extend_from_slice(fields);
    b.post(&format!("/clinic/matters/{m}/check"), &all).await
}

async fn every_step_is_saved_and_two_editors_never_overwrite(db: Db) {
    let mut c = clinic(&db).await;
    let case =
        Case { petitioner: Petitioner { full_name: Some("Marisol Quintanilla".into()), ..Petitioner::default() }, ..Case::default() };
    let m = c.store.create_matter(c.event, &case, c.admin, 1).await.expect("matter");

    let start = c.volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    assert_eq!((start.status, step(&start).as_str()), (StatusCode::OK, "start"), "{}", start.body);
    assert!(start.body.contains(&format!("action=\"/clinic/matters/{m}/check\"")), "the form posts under the matter");
    assert!(!start.body.contains("check/load"), "no file to load in a matter");
    assert!(!start.body.contains("keeps none of your answers") && start.body.contains("saved to this matter"), "it says what is kept");
    let court = post_step(&mut c.volunteer, m, &start, &[("go", "next")]).await;
    assert_eq!(step(&court), "court", "{}", court.body);

    // Continue without answering: the error is beside the field, and nothing is saved.
    let saved = c.store.matter(m).await.expect("read").expect("there");
    let refused = post_step(&mut c.volunteer, m, &court, &[("go", "next")]).await;
    assert_eq!(step(&refused), "court");
    assert!(refused.body.contains("class=\"error\""), "{}", refused.body);
    assert_eq!(c.store.matter(m).await.expect("read").expect("there").version, saved.version, "a refused step saves nothing");

    // Both volunteers open the same step; the first to go on wins, the second is told.
    let theirs = c.second_volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    assert_eq!(step(&theirs), "court");
    let details = post_step(&mut c.volunteer, m, &refused, &[("go", "next"), ("court_kind", "justice")]).await;
    assert_eq!(details.status, StatusCode::OK);
    assert_ne!(step(&details), "court", "{}", details.body);
    let late = post_step(&mut c.second_volunteer, m, &theirs, &[("go", "next"), ("court_kind", "municipal")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("Someone else saved this matter"), "{}", late.body);
    let kept = c.store.matter(m).await.expect("read").expect("there");
    let answers = kept.answers.expect("answers saved");
    assert_eq!(answers.case.charges.len(), 1);
    let charge = serde_json::to_value(&kept.case.charges[0]).expect("json");
    assert_eq!(charge["court"]["kind"], "justice", "the first save stands");
    assert_eq!(kept.case.petitioner.full_name.as_deref(), Some("Marisol Quintanilla"), "the name is kept");

    // A new sign-in (or a restarted server) opens the matter where it was left.
    let again = c.second_volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    assert_eq!(step(&again), step(&details), "the step saved is the step shown");
    let entries = c.store.audit_entries(200, None).await.expect("audit");
    assert!(entries.iter().filter(|e| e.action == Action::SaveAnswers && e.matter_id == Some(m)).count() >= 2);
}

/// The case of five charges in two courts, with "not sure" about open charges: every
/// charge then needs a lawyer.
fn unsure_case() -> String {
    let text = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").expect("fixture");
    let mut case: serde_json::Value = serde_json::from_str(&text).expect("json");
    case["history"]["pending_charges"] = "unsure".into();
    case.to_string()
}

async fn a_lawyer_settles_an_unsure_answer_holds_a_charge_and_signs_off(db: Db) {
    let mut c = clinic(&db).await;
    let form = c.volunteer.get(&format!("/clinic/events/{}", c.event)).await;
    let made =
        c.volunteer.post_multipart(&format!("/clinic/events/{}/matters", c.event), &[("csrf", &form.csrf())], Some(&unsure_case())).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let m: i64 = made.location().rsplit('/').next().and_then(|id| id.parse().ok()).expect("the matter's address");
    let matter = c.store.matter(m).await.expect("read").expect("there");
    assert_eq!(matter.status, Status::NeedsReview, "an unsure answer that decides sends it to review at once");
    assert!(matter.rules_version.is_some(), "the assessment is kept with its rules' version");

    // The volunteer cannot print before a lawyer signs off.
    let page = c.volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    let refused = c.volunteer.post(&format!("/clinic/matters/{m}/check/packet"), &[("csrf", &page.csrf()), ("state", &token(&page))]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("A lawyer must sign off this matter"), "{}", refused.body);

    // The attorney finds it in the queue, and settles the answer in the questionnaire.
    let queue = c.attorney.get("/clinic/review").await;
    assert!(queue.body.contains("Jordan") || queue.body.contains(&format!("/clinic/matters/{m}")), "{}", queue.body);
    let page = c.attorney.get(&format!("/clinic/matters/{m}/check")).await;
    let question = post_step(&mut c.attorney, m, &page, &[("go", "open:fact:-:history.pending_charges")]).await;
    assert!(question.body.contains("name=\"history.pending_charges\""), "{}", question.body);
    let answered = post_step(&mut c.attorney, m, &question, &[("go", "next"), ("history.pending_charges", "no")]).await;
    assert_eq!(answered.status, StatusCode::OK, "{}", answered.body);
    let matter = c.store.matter(m).await.expect("read").expect("there");
    assert!(!matter.review.needed, "with the answer settled, no charge needs a lawyer");

    // Sign-off: a hold needs a reason and the sign-off a bar number, each said beside its field.
    let page = c.attorney.get(&format!("/clinic/matters/{m}")).await;
    let version = matter.version.to_string();
    let mut fields = vec![("csrf", page.csrf()), ("version", version.clone()), ("decision_4", "hold".into())];
    let bad = c.attorney.post(&format!("/clinic/matters/{m}/sign-off"), &pairs(&fields)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Give a reason to hold this charge") && bad.body.contains("Give your bar number"), "{}", bad.body);
    assert!(bad.body.contains("value=\"hold\" checked"), "the choice made is kept: {}", bad.body);
    fields.push(("reason_4", "Waiting for the court's file".into()));
    fields.push(("bar_number", "MSB 104233".into()));
    let signed = c.attorney.post(&format!("/clinic/matters/{m}/sign-off"), &pairs(&fields)).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    let matter = c.store.matter(m).await.expect("read").expect("there");
    let sign_off = matter.review.sign_off.clone().expect("signed");
    assert_eq!((sign_off.name.as_str(), sign_off.bar_number.as_str()), ("attorney", "MSB 104233"));
    assert_eq!(matter.status, Status::Ready);
    assert_eq!(matter.review.withheld(), vec![4]);
    let shown = c.volunteer.get(&format!("/clinic/matters/{m}")).await;
    assert!(shown.body.contains("Signed off by attorney, bar number MSB 104233"), "{}", shown.body);
    assert!(
        shown.body.contains("Held by the lawyer: Waiting for the court&#x27;s file")
            || shown.body.contains("Held by the lawyer: Waiting for the court's file")
    );

    // The papers leave the held charge (disorderly conduct, JC-2023-0458) out.
    let page = c.volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    let papers = post_step(&mut c.volunteer, m, &page, &[("go", "open:papers")]).await;
    assert_eq!(step(&papers), "papers", "{}", papers.body);
    assert!(papers.body.contains("JC-2023-0457"), "the petit larceny is filed: {}", papers.body);
    assert!(!papers.body.contains("JC-2023-0458"), "the held charge is not");
    let pdf = c.volunteer.post(&format!("/clinic/matters/{m}/check/packet"), &[("csrf", &papers.csrf()), ("state", &token(&papers))]).await;
    assert_eq!(pdf.status, StatusCode::OK, "{}", pdf.body);
    assert_eq!(pdf.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()), Some("application/pdf"));
    let matter = c.store.matter(m).await.expect("read").expect("there");
    assert_eq!(matter.status, Status::PapersPrinted);
    let entries = c.store.audit_entries(200, None).await.expect("audit");
    for action in [Action::ImportAnswers, Action::SignOff, Action::Print, Action::SaveAnswers] {
        assert!(entries.iter().any(|e| e.action == action && e.matter_id == Some(m)), "{action:?} is in the audit log");
    }
}

fn pairs<'a>(fields: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn a_volunteers_request_puts_a_matter_in_the_queue_until_signed_off(db: Db) {
    let mut c = clinic(&db).await;
    let case = Case { petitioner: Petitioner { full_name: Some("Tobias Wrenfield".into()), ..Petitioner::default() }, ..Case::default() };
    let m = c.store.create_matter(c.event, &case, c.admin, 1).await.expect("matter");
    let flag = |page: &Page, reason: &str| {
        let version = page.body.split("name=\"version\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_string();
        (page.csrf(), version, reason.to_string())
    };
    let page = c.volunteer.get(&format!("/clinic/matters/{m}")).await;
    let (csrf, version, reason) = flag(&page, "");
    let empty = c
        .volunteer
        .post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &csrf), ("version", &version), ("action", "raise"), ("reason", &reason)])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Say in a few words why a lawyer should look"), "{}", empty.body);

    let (csrf, version, reason) = flag(&page, "Says a charge from another state may be open");
    let raised = c
        .volunteer
        .post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &csrf), ("version", &version), ("action", "raise"), ("reason", &reason)])
        .await;
    assert_eq!(raised.status, StatusCode::SEE_OTHER, "{}", raised.body);
    let queue = c.attorney.get("/clinic/review").await;
    assert!(queue.body.contains("Tobias Wrenfield") && queue.body.contains("Review asked for"), "{}", queue.body);
    assert_eq!(c.store.matter(m).await.expect("read").expect("there").status, Status::NeedsReview);

    // Signed off: out of the queue. Asked again: back in it, the sign-off gone.
    let page = c.attorney.get(&format!("/clinic/matters/{m}")).await;
    let version = c.store.matter(m).await.expect("read").expect("there").version.to_string();
    let signed = c
        .attorney
        .post(&format!("/clinic/matters/{m}/sign-off"), &[("csrf", &page.csrf()), ("version", &version), ("bar_number", "MSB 7")])
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    assert!(c.attorney.get("/clinic/review").await.body.contains("No matter is waiting"));
    let page = c.volunteer.get(&format!("/clinic/matters/{m}")).await;
    let (csrf, version, reason) = flag(&page, "They remembered a second arrest");
    c.volunteer
        .post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &csrf), ("version", &version), ("action", "raise"), ("reason", &reason)])
        .await;
    let matter = c.store.matter(m).await.expect("read").expect("there");
    assert!(matter.review.sign_off.is_none() && matter.review.pending());

    // A stale form (the matter saved since it was drawn) changes nothing.
    let stale =
        c.volunteer.post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &csrf), ("version", &version), ("action", "clear")]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(c.store.matter(m).await.expect("read").expect("there").review.flag.is_some());

    // Only a lawyer ends a request: a volunteer's page offers no way to, and the form is refused.
    let page = c.volunteer.get(&format!("/clinic/matters/{m}")).await;
    assert!(!page.body.contains("End the request"), "{}", page.body);
    let (csrf, version, _) = flag(&page, "");
    let refused =
        c.volunteer.post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &csrf), ("version", &version), ("action", "clear")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let page = c.attorney.get(&format!("/clinic/matters/{m}")).await;
    assert!(page.body.contains("End the request for review"), "{}", page.body);
    let ended =
        c.attorney.post(&format!("/clinic/matters/{m}/flag"), &[("csrf", &page.csrf()), ("version", &version), ("action", "clear")]).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.body);
    assert!(c.store.matter(m).await.expect("read").expect("there").review.flag.is_none());
}

on_both!(
    every_step_is_saved_and_two_editors_never_overwrite,
    a_lawyer_settles_an_unsure_answer_holds_a_charge_and_signs_off,
    a_volunteers_request_puts_a_matter_in_the_queue_until_signed_off,
);

//! Fast entry in clinic mode, on SQLite and on PostgreSQL: a volunteer types a
//! person's four charges from a background check in one table (court and dates carried
//! down from the row above), then answers only the questions the table leaves open,
//! and reaches the results in fewer than 10 screens. A table with mistakes saves
//! nothing, shows each problem beside its cell and keeps every typed value.

mod clinic_common;

use axum::http::StatusCode;
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::case::{Case, CourtKind, Outcome, Petitioner};
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;

struct Clinic {
    store: Store,
    volunteer: Browser,
    matter: i64,
}

async fn clinic(db: &Db, name: &str) -> Clinic {
    let store = db.store.clone();
    let app = app(store.clone());
    let admin = account(&store, "admin", Role::Admin, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let event = store
        .create_event(&NewEvent { name: "Record clearing day", held_on, county: "Hinds", retention_days: 30 }, admin, 1)
        .await
        .expect("event");
    let id = account(&store, "vol", Role::Volunteer, None).await;
    store.assign_staff(event, id).await.expect("assign");
    let mut volunteer = Browser::new(&app);
    assert_eq!(volunteer.sign_in("vol", PASSWORD, None).await.location(), "/clinic");
    let case = Case { petitioner: Petitioner { full_name: Some(name.into()), ..Petitioner::default() }, ..Case::default() };
    let matter = store.create_matter(event, &case, admin, 1).await.expect("matter");
    Clinic { store, volunteer, matter }
}

/// The value of the hidden field `name` in a page.
fn hidden(page: &Page, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = page.body.find(&marker).map(|i| i + marker.len()).unwrap_or_else(|| panic!("no {name} in {}", page.body));
    page.body[at..].split('"').next().unwrap_or_default().to_string()
}

/// The kind of questionnaire step a page shows.
fn step(page: &Page) -> String {
    let at = page.body.find("data-step=\"").map(|i| i + 11).unwrap_or_else(|| panic!("no step in {}", page.body));
    page.body[at..].split('"').next().unwrap_or_default().to_string()
}

/// The four charges of one background check, as a volunteer types them: the second
/// row leaves its court and dates to the row above.
fn four_charges(version: &str, csrf: &str) -> Vec<(String, String)> {
    let mut form = vec![("csrf".to_string(), csrf.to_string()), ("version".into(), version.into()), ("rows".into(), "6".into())];
    let rows: [&[(&str, &str)]; 4] = [
        &[
            ("offence", "simple assault"),
            ("level", "misdemeanor"),
            ("court_kind", "justice"),
            ("county", "Hinds"),
            ("case_number", "J-2018-114"),
            ("arrest_date", "5/2/2018"),
            ("arresting_agency", "Hinds County Sheriff's Office"),
            ("outcome", "dismissed"),
            ("disposition_date", "9/10/2018"),
        ],
        &[("offence", "disorderly conduct"), ("level", "misdemeanor"), ("case_number", "J-2018-114"), ("outcome", "dismissed")],
        &[
            ("offence", "petit larceny"),
            ("level", "misdemeanor"),
            ("court_kind", "county"),
            ("county", "Rankin"),
            ("case_number", "CO-2015-77"),
            ("arrest_date", "2015-11"),
            ("arresting_agency", "Pearl Police Department"),
            ("outcome", "convicted"),
            ("disposition_date", "3/1/2016"),
        ],
        &[
            ("offence", "false pretenses"),
            ("statute", "97-19-39"),
            ("level", "felony"),
            ("court_kind", "circuit"),
            ("county", "Madison"),
            ("case_number", "CR-2009-301"),
            ("arrest_date", "2009"),
            ("arresting_agency", "Canton Police Department"),
            ("outcome", "convicted"),
            ("disposition_date", "6/15/2010"),
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        form.extend(row.iter().map(|(k, v)| (format!("r{r}-{k}"), v.to_string())));
    }
    form
}

/// What a person with this record answers to each question the screens ask.
fn answer(name: &str, choices: &[String]) -> Option<String> {
    let base = name.trim_end_matches("--day").trim_end_matches("--month").trim_end_matches("--year");
    let date = |part: &str| match part {
        "--day" => "1",
        "--month" => "6",
        _ => "2012",
    };
    if base != name {
        return Some(date(&name[base.len()..]).to_string());
    }
    let yes = ["charge.sentence_completed", "charge.fines_costs_paid"];
    let pick = if yes.contains(&name) { "yes" } else { "no" };
    if choices.iter().any(|c| c == pick) {
        return Some(pick.to_string());
    }
    choices.first().cloned()
}

/// The fields a questionnaire screen asks, with the values each radio group offers.
fn questions(page: &Page) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for piece in page.body.split('<').filter(|p| p.starts_with("input") || p.starts_with("select") || p.starts_with("textarea")) {
        let attr = |a: &str| {
            let marker = format!(" {a}=\"");
            piece.find(&marker).map(|i| piece[i + marker.len()..].split('"').next().unwrap_or_default().to_string())
        };
        let (Some(name), kind) = (attr("name"), attr("type").unwrap_or_default()) else { continue };
        if kind == "hidden" || kind == "submit" || name == "go" {
            continue;
        }
        let value = attr("value").unwrap_or_default();
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value),
            None => out.push((name, if kind == "radio" { vec![value] } else { Vec::new() })),
        }
    }
    out
}

async fn four_charges_from_a_background_check_take_fewer_than_ten_screens(db: Db) {
    let mut c = clinic(&db, "Dolores Whitfield").await;
    let m = c.matter;
    let table = c.volunteer.get(&format!("/clinic/matters/{m}/entry")).await;
    assert_eq!(table.status, StatusCode::OK, "{}", table.body);
    assert!(table.body.contains("name=\"r5-offence\""), "six empty rows to start with");
    let mut screens = 1;
    let form = four_charges(&hidden(&table, "version"), &table.csrf());
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &fields).await;
    assert_eq!((saved.status, saved.location()), (StatusCode::SEE_OTHER, format!("/clinic/matters/{m}/check").as_str()), "{}", saved.body);

    let matter = c.store.matter(m).await.expect("read").expect("there");
    let charges = &matter.case.charges;
    assert_eq!(charges.len(), 4);
    assert_eq!(charges[1].court.kind, Some(CourtKind::Justice), "the court carried down");
    assert_eq!(charges[1].court.county.as_deref(), Some("Hinds"));
    assert_eq!(charges[1].arrest_date, charges[0].arrest_date, "the arrest date carried down");
    assert_eq!(charges[1].disposition_date, charges[0].disposition_date, "the disposition date carried down");
    assert_eq!(charges[1].case_number.as_deref(), Some("J-2018-114"), "the case number as typed");
    assert_eq!(charges[3].outcome, Some(Outcome::Convicted));
    assert_eq!(matter.case.petitioner.full_name.as_deref(), Some("Dolores Whitfield"), "the name is kept");

    let mut page = c.volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    let mut seen = Vec::new();
    let mut pressed_empty = false;
    while step(&page) != "results" {
        screens += 1;
        assert!(screens < 30, "the journey does not end: {seen:?}");
        let kind = step(&page);
        let asked = questions(&page);
        if asked.len() > 1 && !pressed_empty {
            // Continue pressed without an answer: the summary names each question.
            pressed_empty = true;
            let fields = [("csrf", page.csrf()), ("state", hidden(&page, "state")), ("go", "next".to_string())];
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let refused = c.volunteer.post(&format!("/clinic/matters/{m}/check"), &pairs).await;
            let summary =
                refused.body.split("class=\"error-summary\"").nth(1).unwrap_or_default().split("</ul>").next().unwrap_or_default();
            assert!(summary.matches("<li>").count() > 1 && summary.contains('?'), "each question is named: {summary}");
            assert_eq!(hidden(&refused, "state"), hidden(&page, "state"), "nothing was saved");
        }
        if kind == "review" {
            // The felony's code section, typed in the table, is one row: not also a question's.
            assert_eq!(page.body.matches("97-19-39").count(), 1, "{}", page.body);
        }
        let mut fields =
            vec![("csrf".to_string(), page.csrf()), ("state".to_string(), hidden(&page, "state")), ("go".into(), "next".into())];
        for (name, choices) in asked {
            if let Some(value) = answer(&name, &choices) {
                fields.push((name, value));
            }
        }
        seen.push(format!("{kind}: {:?}", fields.iter().skip(3).map(|(k, _)| k.as_str()).collect::<Vec<_>>()));
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let next = c.volunteer.post(&format!("/clinic/matters/{m}/check"), &pairs).await;
        assert_eq!(next.status, StatusCode::OK, "{}", next.body);
        assert!(!next.body.contains("class=\"error\""), "a screen refused its answers after {seen:?}: {}", next.body);
        page = next;
    }
    assert!(pressed_empty, "a step of several questions was pressed without answers");
    screens += 1;
    eprintln!("four charges: {screens} screens: the table, {seen:#?}, the results");
    assert!(screens < 10, "four charges took {screens} screens: table, {seen:#?}, results");
    let done = c.store.matter(m).await.expect("read").expect("there");
    assert_eq!(done.case.charges.len(), 4, "no charge was lost on the way");
    assert!(done.rules_version.is_some(), "the matter was assessed");
}

async fn a_table_with_mistakes_saves_nothing_and_keeps_every_typed_value(db: Db) {
    let mut c = clinic(&db, "Tomás Ibarra").await;
    let m = c.matter;
    let table = c.volunteer.get(&format!("/clinic/matters/{m}/entry")).await;
    let version = hidden(&table, "version");
    let csrf = table.csrf();
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("rows", "6"),
        ("r0-offence", "trespass"),
        ("r0-court_kind", "justice"),
        ("r0-county", "Atlantis"),
        ("r0-arrest_date", "13/45/2019"),
        ("r1-county", "Hinds"),
        ("r2-offence", "loitering"),
        ("r2-court_kind", "municipal"),
        ("r2-county", "Hinds"),
        ("r2-outcome", "dismissed"),
        ("r2-disposition_date", "2031"),
    ];
    let refused = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    for id in ["r0-county", "r0-arrest_date", "r1-offence", "r2-city", "r2-disposition_date"] {
        assert!(refused.body.contains(&format!("id=\"{id}-error\"")), "an error beside {id}: {}", refused.body);
        assert!(refused.body.contains(&format!("href=\"#{id}\"")), "the summary links to {id}");
    }
    assert!(refused.body.contains("Type a real date, like 3/14/2021"), "a date as the table types it");
    assert!(refused.body.contains("Type the name of a Mississippi county"), "a county as the table types it");
    for typed in ["value=\"Atlantis\"", "value=\"13/45/2019\"", "value=\"loitering\"", "value=\"2031\""] {
        assert!(refused.body.contains(typed), "{typed} is kept");
    }
    let same = c.store.matter(m).await.expect("read").expect("there");
    assert!(same.case.charges.is_empty() && same.answers.is_none(), "nothing was saved");

    // A date carried down that does not fit the row's own: the problem names the value
    // it took, beside the empty box, which stays empty.
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("rows", "6"),
        ("r0-offence", "trespass"),
        ("r0-court_kind", "justice"),
        ("r0-county", "Hinds"),
        ("r0-arrest_date", "5/1/2015"),
        ("r0-outcome", "dismissed"),
        ("r0-disposition_date", "5/20/2015"),
        ("r1-offence", "burglary"),
        ("r1-arrest_date", "2016-05"),
        ("r1-outcome", "dismissed"),
    ];
    let refused = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    let error = refused.body.split("id=\"r1-disposition_date-error\"").nth(1).unwrap_or_else(|| panic!("{}", refused.body));
    let error: String = error.chars().take(300).collect();
    assert!(error.contains("cannot end before the arrest") && error.contains("5/20/2015"), "{error}");
    assert!(refused.body.contains("name=\"r1-disposition_date\" type=\"text\" value=\"\""), "the box stays as typed");
    assert!(refused.body.contains("name=\"r1-county\" type=\"text\" value=\"\""), "a county carried down stays out of its box");
    assert!(c.store.matter(m).await.expect("read").expect("there").case.charges.is_empty(), "nothing was saved");

    // An empty table is not a record: it asks for a charge.
    let empty = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &[("csrf", &csrf), ("version", &version), ("rows", "6")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Type at least one charge."));

    // "Add more rows" keeps what was typed and saves nothing.
    let more = c
        .volunteer
        .post(
            &format!("/clinic/matters/{m}/entry"),
            &[("csrf", &csrf), ("version", &version), ("rows", "6"), ("r0-offence", "trespass"), ("go", "more")],
        )
        .await;
    assert_eq!(more.status, StatusCode::OK);
    assert!(more.body.contains("name=\"r11-offence\"") && more.body.contains("value=\"trespass\""));
    assert_eq!(c.store.matter(m).await.expect("read").expect("there").version, same.version);
}

async fn the_table_edits_the_saved_charges_and_a_stale_table_is_refused(db: Db) {
    let mut c = clinic(&db, "Ada Pruitt").await;
    let m = c.matter;
    let table = c.volunteer.get(&format!("/clinic/matters/{m}/entry")).await;
    let (version, csrf) = (hidden(&table, "version"), table.csrf());
    let first = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("rows", "6"),
        ("r0-offence", "trespass"),
        ("r0-court_kind", "justice"),
        ("r0-county", "Hinds"),
        ("r1-offence", "loitering"),
        ("r1-outcome", "dismissed"),
    ];
    let saved = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &first).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // The table again shows the saved charges; emptying a row removes its charge.
    let again = c.volunteer.get(&format!("/clinic/matters/{m}/entry")).await;
    assert!(again.body.contains("value=\"trespass\"") && again.body.contains("value=\"loitering\""));
    let now = hidden(&again, "version");
    assert_ne!(now, version);
    let second = [
        ("csrf", csrf.as_str()),
        ("version", now.as_str()),
        ("rows", "6"),
        ("r1-offence", "loitering"),
        ("r1-court_kind", "justice"),
        ("r1-county", "Hinds"),
    ];
    let saved = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &second).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let matter = c.store.matter(m).await.expect("read").expect("there");
    assert_eq!(matter.case.charges.len(), 1);
    assert_eq!(matter.case.charges[0].offence.as_deref(), Some("loitering"));
    assert_eq!(matter.case.charges[0].outcome, None, "an emptied cell clears its answer");

    // A table drawn before someone else saved is not saved; what was typed comes back.
    let stale = c.volunteer.post(&format!("/clinic/matters/{m}/entry"), &first).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("Someone else saved this matter") && stale.body.contains("value=\"trespass\""), "{}", stale.body);
    assert_eq!(c.store.matter(m).await.expect("read").expect("there").case.charges.len(), 1);
}

/// Answers saved before the table checked dates together (a case that ends before its
/// arrest) are never replaced by an empty start: the step says what does not fit, and
/// saves nothing.
async fn answers_that_do_not_fit_together_are_kept_and_named(db: Db) {
    let mut c = clinic(&db, "Rhea Quist").await;
    let first = c.store.matter(c.matter).await.expect("read").expect("there");
    let case: Case = serde_json::from_str(
        r#"{"petitioner":{"full_name":"Rhea Quist"},"history":{"pending_charges":"no"},"charges":[{"offence":"trespass","level":"misdemeanor",
            "court":{"kind":"justice","county":"Hinds"},"arrest_date":"2016-05-01","outcome":"dismissed","disposition_date":"2015-05-20"}]}"#,
    )
    .expect("a case");
    let m = c.store.create_matter(first.event_id, &case, first.created_by, 1).await.expect("matter");
    let page = c.volunteer.get(&format!("/clinic/matters/{m}/check")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = hidden(&page, "state");
    for go in ["next", "back", "open:review"] {
        let fields = [("csrf", page.csrf()), ("state", version.clone()), ("go", go.to_string())];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = c.volunteer.post(&format!("/clinic/matters/{m}/check"), &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{go}");
        assert!(refused.body.contains("do not fit together") && refused.body.contains("cannot end before the arrest"), "{go}");
        assert!(!refused.body.contains("we started again"), "{go}");
    }
    let kept = c.store.matter(m).await.expect("read").expect("there");
    assert_eq!((kept.case.charges.len(), kept.version), (1, 1), "nothing was saved over it");
}

on_both!(
    answers_that_do_not_fit_together_are_kept_and_named,
    four_charges_from_a_background_check_take_fewer_than_ten_screens,
    a_table_with_mistakes_saves_nothing_and_keeps_every_typed_value,
    the_table_edits_the_saved_charges_and_a_stale_table_is_refused,
);

//! What the tracking tests share: matters screened from the packet fixtures, as a
//! volunteer's intake would save them (the case, its assessment, the review).

use chrono::NaiveDate;
use expunge_ms::case::Case;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::review::Review;
use expunge_ms::questionnaire::state::State;

/// The case of `tests/packets/{name}.json`, with `person` as its name.
pub fn fixture(name: &str, person: &str) -> Case {
    let text = std::fs::read_to_string(format!("tests/packets/{name}.json")).expect("fixture");
    let mut case = expunge_ms::case::parse_case(&text, expunge_ms::clock::today_in_mississippi()).expect("the fixture parses");
    case.petitioner.full_name = Some(person.to_string());
    case
}

/// A matter at `event` with `case`, started at `now` and saved with the assessment of
/// `today`, as a step of the questionnaire saves it.
pub async fn screened(store: &Store, event: i64, case: &Case, by: i64, now: i64, today: NaiveDate) -> i64 {
    let rules = expunge_ms::rules::embedded().expect("rules");
    let id = store.create_matter(event, case, by, now).await.expect("matter");
    let assessment = expunge_ms::engine::assess(&rules, case, today);
    let state = State { case: case.clone(), ..State::default() };
    store.save_answers(id, 1, &state, &assessment, &Review::default(), Status::Intake, now).await.expect("answers");
    id
}

/// Seconds since 1970 at noon (UTC) on a day.
pub fn noon(y: i32, m: u32, d: u32) -> i64 {
    NaiveDate::from_ymd_opt(y, m, d).expect("day").and_hms_opt(12, 0, 0).expect("noon").and_utc().timestamp()
}

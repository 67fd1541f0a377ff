//! Intake: the public questionnaire's own screens, with the answers kept in the
//! matter instead of the page. Every step is saved when the volunteer goes on.
//!
//! The form carries the matter's version instead of the answers ([`MatterAnswers`]).
//! A step posted from an older version (someone else saved in between) is not saved:
//! the step comes back as it is saved now, with a message. Nothing is overwritten.
//!
//! - `GET /clinic/matters/{id}/check`: the step the matter was left at.
//! - `POST /clinic/matters/{id}/check`: a step's form; saves it, answers the next step.
//! - `POST …/check/packet`: the papers as a PDF (once a pending review is signed off).
//! - `POST …/check/save`: the answers as the public site's saved answers file.
//! - `POST …/check/calendar`: a calendar file for the dates on the results.

use std::sync::Mutex;

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

use super::access::Viewer;
use super::export::download;
use super::matters::open_matter;
use super::{ClinicState, checked_fields, page};
use crate::clinic::store::StoreError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::Matter;
use crate::clinic::store::review::Review;
use crate::clock::{now_unix, today_in_mississippi};
use crate::engine::{Assessment, Outcome};
use crate::questionnaire::answers::{AnswerStore, InPage, Unreadable};
use crate::questionnaire::state::State as Answers;
use crate::questionnaire::{self, Form, Mount, Questionnaire, Screen};

/// A matter's answers as the questionnaire's store: the form carries the version they
/// were read at; a step that changes them is carried as the next version.
pub struct MatterAnswers {
    current: Answers,
    version: i64,
    kept: Mutex<Option<Answers>>,
}

impl MatterAnswers {
    fn new(current: Answers, version: i64) -> MatterAnswers {
        MatterAnswers { current, version, kept: Mutex::new(None) }
    }

    /// The answers the last screen drawn carries, if they differ from the matter's.
    fn changed(&self) -> Option<Answers> {
        self.kept.lock().ok()?.clone().filter(|kept| *kept != self.current)
    }
}

impl AnswerStore for MatterAnswers {
    fn read(&self, carried: &str) -> Result<Answers, Unreadable> {
        if carried == self.version.to_string() { Ok(self.current.clone()) } else { Err(Unreadable) }
    }

    fn keep(&self, state: &Answers) -> String {
        if let Ok(mut kept) = self.kept.lock() {
            *kept = Some(state.clone());
        }
        let version = if *state == self.current { self.version } else { self.version + 1 };
        version.to_string()
    }
}

/// Where the matter's questionnaire stands: as it was left, or, the first time, its
/// case from the start (or, for answers loaded from a file, from the first question
/// still open).
fn answers_of(q: &Questionnaire<'_>, m: &Matter) -> Answers {
    match &m.answers {
        Some(answers) => answers.clone(),
        None if m.case.charges.is_empty() => Answers { case: m.case.clone(), ..Answers::default() },
        None => q.begin(m.case.clone()),
    }
}

/// The matter's answers now (see `answers_of`).
pub(super) fn answers_now(state: &ClinicState, m: &Matter) -> Answers {
    with_questionnaire(state, m, &InPage, |q| answers_of(q, m))
}

/// The matter's answers as the questionnaire's store, at the matter's version.
fn stored(state: &ClinicState, m: &Matter) -> MatterAnswers {
    MatterAnswers::new(answers_now(state, m), m.version)
}

/// Runs `f` with the questionnaire over the answers in `store`, leaving the charges
/// the matter's sign-off withheld off the papers.
pub(super) fn with_questionnaire<T>(
    state: &ClinicState,
    m: &Matter,
    store: &dyn AnswerStore,
    f: impl FnOnce(&Questionnaire<'_>) -> T,
) -> T {
    let withheld = m.review.withheld();
    let q = Questionnaire {
        rules: &state.rules,
        papers: &state.rules,
        words: &state.words,
        today: today_in_mississippi(),
        answers: store,
        withheld: &withheld,
    };
    f(&q)
}

/// The screen for the matter as it is saved, for a page drawn without a post.
pub fn current_screen(state: &ClinicState, m: &Matter, message: Option<&str>) -> Screen {
    let store = stored(state, m);
    with_questionnaire(state, m, &store, |q| q.resume(&store.current, message))
}

/// The page around a step: the questionnaire's form, posting under the matter.
fn draw(state: &ClinicState, viewer: &Viewer, m: &Matter, mut screen: Screen, status: StatusCode) -> Response {
    let w = &state.words.clinic;
    // The public screens say nothing is kept; here every step is.
    if screen.kind == "start" {
        screen.lead = vec![w.intake_start.to_string()];
    }
    if screen.kind == "person" {
        let public = state.words.person.lead.as_str();
        for line in screen.lead.iter_mut().filter(|l| l.as_str() == public) {
            *line = w.intake_person_lead.to_string();
        }
    }
    let owner = Owner::new();
    let mut res = owner.with(|| {
        provide_context(Mount { base: format!("/clinic/matters/{}", m.id), csrf: viewer.session.csrf.clone() });
        let title = screen.heading.clone();
        let name = m.case.petitioner.full_name.clone().unwrap_or_else(|| w.no_name.to_string());
        let body = view! {
            <p class="step-context"><a href=format!("/clinic/matters/{}", m.id)>{w.back_to_matter.to_string()}</a>" · "{name}</p>
            {questionnaire::draw(screen, &state.words)}
        };
        page::render(state, &title, Some(viewer), body)
    });
    *res.status_mut() = status;
    res
}

/// Reads a step's form (one field more than a step sends, and the form token) and
/// checks its form token; the token is not a step's field, so it is left out.
async fn step_form(state: &ClinicState, viewer: &Viewer, body: Body) -> Result<Form, Response> {
    let form = checked_fields(state, viewer, body, questionnaire::MAX_FIELDS + 2).await?;
    Ok(form.into_iter().filter(|(k, _)| k != "csrf").collect())
}

/// Whether the form was drawn from the matter's version now: if not, someone else
/// saved in between and the step is not used.
fn is_current(form: &Form, m: &Matter) -> bool {
    form.iter().any(|(k, v)| k == "state" && *v == m.version.to_string())
}

/// The review after the answers changed from those assessed as `before` to those
/// assessed as `after`: whether one is needed follows the new assessment. A sign-off
/// stands while every charge's result stays what the lawyer reviewed (a new address,
/// or an answer the papers need that changes no result); when a result changes, the
/// sign-off and its decisions end and the matter goes back to the queue, saying why.
pub fn review_after(m: &Matter, before: &Assessment, after: &Assessment, reopened: &str) -> Review {
    let mut review = m.review.clone();
    review.needed = after.charges.iter().any(|c| c.outcome == Outcome::NeedsAttorneyReview);
    if review.sign_off.is_some() && results(before) != results(after) {
        review.sign_off = None;
        review.decisions.clear();
        review.flag = Some(reopened.to_string());
    }
    review
}

/// What a lawyer's review rests on: each charge, its result and its route.
fn results(a: &Assessment) -> Vec<(usize, &str, Outcome, Option<crate::rules::RouteId>)> {
    a.charges.iter().map(|c| (c.charge, c.name.as_str(), c.outcome, c.route.as_ref().map(|r| r.id))).collect()
}

/// Saves the matter's answers changed from `before` to `after` over the version read,
/// with their assessment and the review and status that follow; returns the new version.
pub(super) async fn save_changed(state: &ClinicState, m: &Matter, before: &Answers, after: &Answers, now: i64) -> Result<i64, StoreError> {
    let today = today_in_mississippi();
    let assessment = crate::engine::assess(&state.rules, &after.case, today);
    let earlier = crate::engine::assess(&state.rules, &before.case, today);
    let review = review_after(m, &earlier, &assessment, state.words.clinic.reopened.as_str());
    let status = review.status_from(m.status);
    state.store.save_answers(m.id, m.version, after, &assessment, &review, status, now).await
}

/// Whether `after` removes a charge of a matter with a court outcome recorded: the
/// outcomes are kept by the charges' places, which a removal would move.
fn removes_charges(m: &Matter, before: &Answers, after: &Answers) -> bool {
    !m.outcomes.is_empty() && after.case.charges.len() < before.case.charges.len()
}

/// Saves an imported matter's answers at once, so its assessment, and a review it
/// needs, are known before anyone opens the questionnaire.
pub async fn save_imported(state: &ClinicState, id: i64, now: i64) -> Result<(), StoreError> {
    let Some(m) = state.store.matter(id).await? else { return Err(StoreError::NotFound) };
    let answers = answers_now(state, &m);
    let assessment = crate::engine::assess(&state.rules, &answers.case, today_in_mississippi());
    let review = review_after(&m, &assessment, &assessment, state.words.clinic.reopened.as_str());
    let status = review.status_from(m.status);
    state.store.save_answers(id, m.version, &answers, &assessment, &review, status, now).await.map(|_| ())
}

/// The matter `id` opened by someone who may work on it, with the audit line of their
/// view written; or the answer to send.
pub(super) async fn open_viewed(state: &ClinicState, headers: &axum::http::HeaderMap, id: i64) -> Result<(Viewer, Matter), Response> {
    let (viewer, matter) = open_matter(state, headers, id, None).await?;
    match state.store.audit(Some(viewer.user.id), Action::ViewMatter, Some(id), Some(matter.event_id), now_unix()).await {
        Ok(()) => Ok((viewer, matter)),
        Err(e) => Err(page::fault(state, Some(&viewer), &e)),
    }
}

/// GET /clinic/matters/{id}/check
pub async fn show(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter) = match open_viewed(&state, req.headers(), id).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let screen = current_screen(&state, &matter, None);
    draw(&state, &viewer, &matter, screen, StatusCode::OK)
}

/// POST /clinic/matters/{id}/check: the next step, with this one saved.
pub async fn step(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let (viewer, matter) = match open_matter(&state, &parts.headers, id, None).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let form = match step_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    if !is_current(&form, &matter) {
        let screen = current_screen(&state, &matter, Some(state.words.clinic.intake_stale.as_str()));
        return draw(&state, &viewer, &matter, screen, StatusCode::CONFLICT);
    }
    let store = stored(&state, &matter);
    let before = &store.current;
    // Answers the questionnaire cannot read (answers that do not fit together) would
    // start it again from nothing: the step is refused instead, and nothing is lost.
    let today = today_in_mississippi();
    if crate::questionnaire::state::read(&store, &matter.version.to_string(), today).is_err() {
        let problems = crate::case::check(&before.case, today).into_iter().map(|e| e.message).collect::<Vec<_>>().join(" ");
        let message = state.words.clinic.intake_unfit.fill(&[("problem", problems)]);
        let screen = current_screen(&state, &matter, Some(message.as_str()));
        return draw(&state, &viewer, &matter, screen, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (screen, changed) = with_questionnaire(&state, &matter, &store, |q| (q.advance(&form), store.changed()));
    let Some(after) = changed else {
        return draw(&state, &viewer, &matter, screen, StatusCode::OK);
    };
    if removes_charges(&matter, before, &after) {
        let screen = current_screen(&state, &matter, Some(state.words.clinic.outcomes_keep_charges.as_str()));
        return draw(&state, &viewer, &matter, screen, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let now = now_unix();
    match save_changed(&state, &matter, before, &after, now).await {
        Ok(_) => match state.store.audit(Some(viewer.user.id), Action::SaveAnswers, Some(id), Some(matter.event_id), now).await {
            Ok(()) => draw(&state, &viewer, &matter, screen, StatusCode::OK),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(StoreError::Stale) => {
            // Saved by someone else between reading and saving: show what is saved now.
            match state.store.matter(id).await {
                Ok(Some(now_saved)) => {
                    let screen = current_screen(&state, &now_saved, Some(state.words.clinic.intake_stale.as_str()));
                    draw(&state, &viewer, &now_saved, screen, StatusCode::CONFLICT)
                }
                Ok(None) => page::not_found(&state, Some(&viewer)),
                Err(e) => page::fault(&state, Some(&viewer), &e),
            }
        }
        Err(StoreError::NotFound) => page::not_found(&state, Some(&viewer)),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// The matter and its checked form for a download from a step, or the answer to send.
async fn download_form(state: &ClinicState, id: i64, req: Request) -> Result<(Viewer, Matter, Form), Response> {
    let (parts, body) = req.into_parts();
    let (viewer, matter) = open_matter(state, &parts.headers, id, None).await?;
    let form = step_form(state, &viewer, body).await?;
    if !is_current(&form, &matter) {
        let screen = current_screen(state, &matter, Some(state.words.clinic.intake_stale.as_str()));
        return Err(draw(state, &viewer, &matter, screen, StatusCode::CONFLICT));
    }
    Ok((viewer, matter, form))
}

/// Why a matter's papers are not drawn.
#[derive(Debug)]
pub enum NoPapers {
    /// A lawyer's review is pending: nothing prints until it is signed off.
    ReviewPending,
    /// Nothing can be filed now, and some charges wait for answers to the questions:
    /// the questionnaire is not finished.
    QuestionsOpen,
    /// `packet::prepare` refused: nothing to file, answers the papers still need, or
    /// papers that did not verify.
    Refused(crate::packet::Refused),
}

/// A matter's papers, drawn for printing.
pub struct Papers {
    pub packet: crate::packet::VerifiedPacket,
    /// The next date after `today` from which one of the matter's charges may be
    /// cleared: the reminder's date once these papers are printed.
    pub next: Option<chrono::NaiveDate>,
}

/// The matter's papers, as its print button and a batch print draw them: its answers
/// now, without the charges the lawyer withheld, prepared for filing on `today`;
/// refused while a review is pending. CPU work of a few milliseconds: run it on the
/// blocking pool.
pub fn matter_papers(state: &ClinicState, m: &Matter, today: chrono::NaiveDate) -> Result<Papers, NoPapers> {
    if m.review.pending() {
        return Err(NoPapers::ReviewPending);
    }
    let answers = answers_now(state, m);
    let assessment = crate::engine::assess(&state.rules, &answers.case, today);
    let next = crate::clinic::store::reminders::next_eligible(&assessment);
    let (filing, _) = crate::questionnaire::filing_case(&answers.case, &m.review.withheld());
    let packet = crate::packet::prepare(&state.rules, &filing, today).map_err(|refused| match refused {
        crate::packet::Refused::NothingToFile { .. } if assessment.charges.iter().any(|c| c.outcome == Outcome::NeedsMoreInformation) => {
            NoPapers::QuestionsOpen
        }
        other => NoPapers::Refused(other),
    })?;
    Ok(Papers { packet, next })
}

/// POST /clinic/matters/{id}/check/packet: the papers, without the charges the lawyer
/// withheld; refused while a review is pending.
pub async fn packet(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, _) = match download_form(&state, id, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words;
    if matter.review.pending() {
        let screen = current_screen(&state, &matter, Some(w.clinic.papers_wait.as_str()));
        return draw(&state, &viewer, &matter, screen, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let today = today_in_mississippi();
    let (drawing, m) = (state.clone(), matter.clone());
    let drawn = tokio::task::spawn_blocking(move || matter_papers(&drawing, &m, today).map(|p| (p.packet.pdf(), p.next))).await;
    let message = match drawn {
        Ok(Ok((pdf, next))) => {
            let now = now_unix();
            let logged = async {
                state.store.audit(Some(viewer.user.id), Action::Print, Some(id), Some(matter.event_id), now).await?;
                state.store.mark_printed(id, now, next).await
            };
            return match logged.await {
                Ok(()) => download(pdf, "application/pdf", "expungement-papers.pdf"),
                Err(e) => page::fault(&state, Some(&viewer), &e),
            };
        }
        Ok(Err(NoPapers::ReviewPending)) => &w.clinic.papers_wait,
        Ok(Err(NoPapers::QuestionsOpen)) => &w.clinic.papers_questions_open,
        Ok(Err(NoPapers::Refused(crate::packet::Refused::NothingToFile { .. }))) => &w.papers.nothing_drawn,
        Ok(Err(NoPapers::Refused(crate::packet::Refused::MissingFacts(_)))) => &w.papers.missing_facts,
        Ok(Err(NoPapers::Refused(crate::packet::Refused::DidNotVerify(_)))) | Err(_) => &w.papers.failed,
    };
    let screen = current_screen(&state, &matter, Some(message.as_str()));
    draw(&state, &viewer, &matter, screen, StatusCode::UNPROCESSABLE_ENTITY)
}

/// POST /clinic/matters/{id}/check/save: the answers as a saved answers file (an export).
pub async fn save(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match download_form(&state, id, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let store = stored(&state, &matter);
    let Some(file) = with_questionnaire(&state, &matter, &store, |q| q.saved_file(&form)) else {
        return page::stale_form(&state, Some(&viewer));
    };
    match state.store.audit(Some(viewer.user.id), Action::Export, Some(id), Some(matter.event_id), now_unix()).await {
        Ok(()) => download(file.into_bytes(), "application/json; charset=utf-8", "expungement-answers.json"),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// POST /clinic/matters/{id}/check/calendar: a calendar file for the results' dates.
pub async fn calendar(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match download_form(&state, id, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let store = stored(&state, &matter);
    let made = with_questionnaire(&state, &matter, &store, |q| q.calendar(&form, None, crate::clock::now()));
    match made {
        Ok(file) => match state.store.audit(Some(viewer.user.id), Action::Export, Some(id), Some(matter.event_id), now_unix()).await {
            Ok(()) => download(file.text.into_bytes(), "text/calendar; charset=utf-8", "expungement-dates.ics"),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(_) => {
            let screen = current_screen(&state, &matter, Some(state.words.calendar.no_date.as_str()));
            draw(&state, &viewer, &matter, screen, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clinic::store::matters::Status;
    use crate::clinic::store::review::SignOff;

    fn signed_matter(case: &crate::case::Case) -> Matter {
        let sign_off = SignOff { by: 1, at: 2, name: "A. Lawyer".into(), bar_number: "MSB 1".into() };
        Matter {
            id: 1,
            event_id: 1,
            status: Status::Ready,
            case: case.clone(),
            notes: String::new(),
            version: 3,
            hold: None,
            created_by: 1,
            updated_at: 2,
            answers: None,
            rules_version: None,
            review: Review {
                needed: false,
                flag: None,
                sign_off: Some(sign_off),
                decisions: vec![crate::clinic::store::review::Decision {
                    charge: 0,
                    choice: crate::clinic::store::review::Choice::Hold,
                    reason: "r".into(),
                }],
            },
            outcomes: Vec::new(),
        }
    }

    #[test]
    fn a_sign_off_stands_while_no_result_changes_and_a_changed_result_goes_back_to_the_queue() {
        let (Ok(rules), Ok(text)) = (crate::rules::embedded(), std::fs::read_to_string("tests/packets/one-now-one-later.json")) else {
            panic!("the rules and the fixture load")
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        let Ok(before) = crate::case::parse_case(&text, today) else { panic!("the fixture parses") };
        let m = signed_matter(&before);
        let assessed = crate::engine::assess(&rules, &before, today);
        let mut moved = before.clone();
        moved.petitioner.phone = Some("662-555-0100".into());
        moved.petitioner.date_of_birth = chrono::NaiveDate::from_ymd_opt(1990, 1, 2);
        moved.charges[1].case_number = Some("24-CR-0211".into());
        let review = review_after(&m, &assessed, &crate::engine::assess(&rules, &moved, today), "again");
        assert!(review.sign_off.is_some() && review.flag.is_none(), "details the papers need do not undo a lawyer's review");
        assert_eq!(review.withheld(), vec![0], "and the charge the lawyer held stays held");
        let mut changed = before.clone();
        changed.history.pending_charges = Some(crate::case::Answer::Unsure);
        let review = review_after(&m, &assessed, &crate::engine::assess(&rules, &changed, today), "again");
        assert!(review.sign_off.is_none() && review.decisions.is_empty(), "a changed result needs a new review");
        assert_eq!(review.flag.as_deref(), Some("again"), "and says why it is back in the queue");
        assert!(review.pending());
        assert_eq!(review.status_from(Status::Ready), Status::NeedsReview);
    }
}

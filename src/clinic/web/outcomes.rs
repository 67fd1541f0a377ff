//! What the court did with each petition, on the matter's page: a form per petition
//! (filed, hearing, granted, denied with the reason, withdrawn). Errors are shown
//! beside their fields with everything typed kept; a save moves the matter's status
//! and writes an audit line.
//!
//! - `POST /clinic/matters/{id}/outcome`: one petition's outcome, saved over the
//!   matter's version.
//!
//! The petitions are those with an outcome recorded (their charges stay together),
//! then the ones the papers would file today for the other charges
//! (`packet::build`, without the charges a lawyer withheld): see `store::outcomes`.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;

use super::access::Viewer;
use super::matters::{Shown, matter_form, matter_page};
use super::{ClinicState, Form, field, page};
use crate::clinic::store::StoreError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::Matter;
use crate::clinic::store::outcomes::{PetitionOutcome, key_of, status_after};
use crate::clock::{now_unix, today_in_mississippi};

/// The longest reason for a denial, in letters.
const REASON: usize = 500;

/// The date fields of the form, in the order shown.
const DATES: [&str; 5] = ["filed_on", "hearing_on", "granted_on", "denied_on", "withdrawn_on"];

/// A petition of the matter, and what the court did with it if that was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Petition {
    pub charges: Vec<usize>,
    pub court: String,
    pub court_kind: Option<String>,
    pub county: Option<String>,
    pub recorded: Option<PetitionOutcome>,
}

/// The matter's petitions on `today`: those with an outcome recorded, then those the
/// papers would file for the other charges; in the order of their first charge.
pub fn petitions(state: &ClinicState, m: &Matter, today: NaiveDate) -> Vec<Petition> {
    let mut all: Vec<Petition> = m
        .outcomes
        .iter()
        .map(|o| Petition {
            charges: o.charges.clone(),
            court: o.court.clone(),
            court_kind: o.court_kind.clone(),
            county: o.county.clone(),
            recorded: Some(o.clone()),
        })
        .collect();
    let covered: Vec<usize> = all.iter().flat_map(|p| p.charges.iter().copied()).collect();
    if !m.case.charges.is_empty() {
        let withheld = m.review.withheld();
        let (filing, kept) = crate::questionnaire::filing_case(&m.case, &withheld);
        let a = crate::engine::assess(&state.rules, &filing, today);
        let papers = crate::packet::build(&state.rules, &filing, &a);
        for f in &papers.filings {
            let mut charges: Vec<usize> =
                f.charges.iter().filter_map(|c| kept.get(c.index).copied()).filter(|i| !covered.contains(i)).collect();
            charges.sort_unstable();
            if charges.is_empty() {
                continue;
            }
            let court = f.charges.first().and_then(|c| a.charges.get(c.index)).and_then(|c| c.filing.as_ref());
            all.push(Petition {
                charges,
                court: f.court.clone(),
                court_kind: court.and_then(|c| c.court_kind).map(|k| k.key().to_string()),
                county: court.and_then(|c| c.county.clone()),
                recorded: None,
            });
        }
    }
    all.sort_by(|a, b| a.charges.cmp(&b.charges));
    all
}

/// A refused outcome form: its petition, what was typed, and each field's error.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub key: String,
    pub fields: Form,
    pub errors: Vec<(&'static str, String)>,
}

impl Typed {
    fn error(&self, name: &str) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == name).map(|(_, e)| e.clone())
    }
}

/// Reads a petition's outcome from its form, or says what is wrong with each field.
/// Days the court acted on may not be after `today` (a hearing may be).
pub fn read(
    state: &ClinicState,
    form: &Form,
    petition: &Petition,
    today: NaiveDate,
) -> Result<PetitionOutcome, Vec<(&'static str, String)>> {
    let w = &state.words.clinic;
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let mut dates: Vec<Option<NaiveDate>> = Vec::new();
    for name in DATES {
        let typed = field(form, name);
        let date = NaiveDate::parse_from_str(typed, "%Y-%m-%d").ok().filter(|d| (1950..=2100).contains(&chrono::Datelike::year(d)));
        if date.is_none() && !typed.is_empty() {
            errors.push((name, w.outcome_date_error.to_string()));
        } else if date.is_some_and(|d| d > today) && name != "hearing_on" {
            errors.push((name, w.outcome_future_error.to_string()));
        }
        dates.push(date);
    }
    let [filed, hearing, granted, denied, withdrawn] = [dates[0], dates[1], dates[2], dates[3], dates[4]];
    let mut add = |name: &'static str, error: String| {
        if !errors.iter().any(|(f, _)| *f == name) {
            errors.push((name, error));
        }
    };
    match filed {
        None if hearing.or(granted).or(denied).or(withdrawn).is_some() => add("filed_on", w.outcome_needs_filed_error.to_string()),
        Some(filed) => {
            for (name, date) in [("hearing_on", hearing), ("granted_on", granted), ("denied_on", denied), ("withdrawn_on", withdrawn)] {
                if date.is_some_and(|d| d < filed) {
                    add(name, w.outcome_before_filed_error.to_string());
                }
            }
        }
        None => {}
    }
    if granted.is_some() && denied.is_some() {
        add("denied_on", w.outcome_both_error.to_string());
    }
    let reason = form.iter().find(|(k, _)| k == "denied_reason").map_or("", |(_, v)| v.trim());
    let unfit = reason.chars().count() > REASON || reason.chars().any(|c| c.is_control() && c != '\n' && c != '\r');
    if unfit || (denied.is_some() && reason.is_empty()) {
        add("denied_reason", w.outcome_reason_error.to_string());
    } else if denied.is_none() && !reason.is_empty() && field(form, "denied_on").is_empty() {
        add("denied_reason", w.outcome_reason_needs_denial.to_string());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PetitionOutcome {
        charges: petition.charges.clone(),
        court: petition.court.clone(),
        court_kind: petition.court_kind.clone(),
        county: petition.county.clone(),
        filed_on: filed,
        hearing_on: hearing,
        granted_on: granted,
        denied_on: denied,
        denied_reason: reason.to_string(),
        withdrawn_on: withdrawn,
        updated_by: 0,
        updated_at: 0,
    })
}

/// The words of one date field's label.
fn label(state: &ClinicState, name: &str) -> String {
    let w = &state.words.clinic;
    match name {
        "filed_on" => w.outcome_filed_on.to_string(),
        "hearing_on" => w.outcome_hearing_on.to_string(),
        "granted_on" => w.outcome_granted_on.to_string(),
        "denied_on" => w.outcome_denied_on.to_string(),
        _ => w.outcome_withdrawn_on.to_string(),
    }
}

/// A field of a petition's form: its label, error and value (as typed, or as saved).
fn date_field(state: &ClinicState, n: usize, name: &'static str, value: String, error: Option<String>) -> impl IntoView + use<> {
    let id = format!("{name}-{n}");
    let has_error = error.is_some();
    let described = has_error.then(|| format!("{id}-error"));
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id.clone()>{label(state, name)}</label>
            {page::field_error(state, &id, error)}
            <input id=id name=name type="date" value=value aria-describedby=described/>
        </div>
    }
}

/// A court's name as a heading: "The Circuit Court of Hinds County".
fn capitalised(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}

/// The section on the matter's page: a form for each petition.
pub fn section(state: &ClinicState, viewer: &Viewer, m: &Matter, typed: &Typed) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let petitions = petitions(state, m, today_in_mississippi());
    let forms = petitions
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let key = key_of(&p.charges);
            let mine = (typed.key == key).then_some(typed);
            let saved = p.recorded.clone().unwrap_or_default();
            let saved_date = |name: &str| {
                let d = match name {
                    "filed_on" => saved.filed_on,
                    "hearing_on" => saved.hearing_on,
                    "granted_on" => saved.granted_on,
                    "denied_on" => saved.denied_on,
                    _ => saved.withdrawn_on,
                };
                d.map(|d| d.to_string()).unwrap_or_default()
            };
            let value = |name: &str| mine.map_or_else(|| saved_date(name), |t| field(&t.fields, name).to_string());
            let error = |name: &str| mine.and_then(|t| t.error(name));
            let dates = DATES.iter().map(|name| date_field(state, n, name, value(name), error(name))).collect_view();
            let reason = mine.map_or_else(|| saved.denied_reason.clone(), |t| field(&t.fields, "denied_reason").to_string());
            let reason_error = error("denied_reason");
            let has_reason_error = reason_error.is_some();
            let reason_id = format!("denied_reason-{n}");
            let described = if has_reason_error { format!("{reason_id}-hint {reason_id}-error") } else { format!("{reason_id}-hint") };
            let charges = p
                .charges
                .iter()
                .map(|&i| {
                    let name = m.case.charges.get(i).and_then(|c| c.offence.clone()).unwrap_or_default();
                    format!("{}. {name}", i + 1)
                })
                .collect::<Vec<_>>()
                .join(", ");
            // The answer to the form opens at its petition (a form keeps its address's anchor).
            view! {
                <section class="petition" id=format!("petition-{n}")>
                    <h3>{capitalised(&p.court)}</h3>
                    <p>{w.outcome_charges.fill(&[("charges", charges)])}</p>
                    <form method="post" action=format!("/clinic/matters/{}/outcome#petition-{n}", m.id)>
                        {page::csrf_field(viewer)}
                        <input type="hidden" name="version" value=m.version.to_string()/>
                        <input type="hidden" name="petition" value=key/>
                        <div class="dates">{dates}</div>
                        <div class="field" class:has-error=has_reason_error>
                            <label for=reason_id.clone()>{w.outcome_denied_reason.to_string()}</label>
                            <p class="help" id=format!("{reason_id}-hint")>{w.outcome_denied_reason_hint.to_string()}</p>
                            {page::field_error(state, &reason_id, reason_error)}
                            <textarea id=reason_id.clone() name="denied_reason" rows="2" aria-describedby=described>{reason}</textarea>
                        </div>
                        <button type="submit" class="button">{w.outcome_save.to_string()}</button>
                    </form>
                </section>
            }
        })
        .collect_view();
    view! {
        <h2 id="outcomes">{w.outcomes_heading.to_string()}</h2>
        {if petitions.is_empty() {
            view! { <p>{w.outcomes_none.to_string()}</p> }.into_any()
        } else {
            view! { <p>{w.outcomes_lead.to_string()}</p>{forms} }.into_any()
        }}
    }
}

/// POST /clinic/matters/{id}/outcome: what the court did with one petition.
pub async fn save(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match matter_form(&state, id, None, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let today = today_in_mississippi();
    let key = field(&form, "petition").to_string();
    let kept: Form = form.iter().filter(|(k, _)| k != "csrf").cloned().collect();
    let refused = |status: StatusCode, message: String, errors: Vec<(&'static str, String)>| {
        let outcome = Typed { key: key.clone(), fields: kept.clone(), errors };
        matter_page(&state, &viewer, &matter, Shown { message: Some((status, message)), outcome, ..Shown::default() })
    };
    let Some(petition) = petitions(&state, &matter, today).into_iter().find(|p| key_of(&p.charges) == key) else {
        return refused(StatusCode::CONFLICT, w.outcome_gone.to_string(), Vec::new());
    };
    let outcome = match read(&state, &form, &petition, today) {
        Ok(outcome) => PetitionOutcome { updated_by: viewer.user.id, ..outcome },
        Err(errors) => return refused(StatusCode::UNPROCESSABLE_ENTITY, w.outcome_errors.to_string(), errors),
    };
    let mut all: Vec<PetitionOutcome> = matter.outcomes.iter().filter(|o| o.charges != outcome.charges).cloned().collect();
    if !outcome.is_empty() {
        all.push(outcome.clone());
    }
    let status = status_after(matter.status, &all);
    let version = field(&form, "version").parse::<i64>().unwrap_or_default();
    let now = now_unix();
    match state.store.save_outcome(id, version, &outcome, status, now).await {
        Ok(_) => match state.store.audit(Some(viewer.user.id), Action::RecordOutcome, Some(id), Some(matter.event_id), now).await {
            Ok(()) => page::redirect(&format!("/clinic/matters/{id}#outcomes")),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(StoreError::Stale) => refused(StatusCode::CONFLICT, w.stale_save.to_string(), Vec::new()),
        Err(StoreError::NotFound) => page::not_found(&state, Some(&viewer)),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

//! The lawyer's review: what the questions found for each charge, a volunteer's
//! request for review, the attorney's decision on each charge and sign-off (drawn on
//! the matter's page), and the queue of matters waiting for one.
//!
//! - `POST /clinic/matters/{id}/flag`: ask for a review (with why), or take it back.
//! - `POST /clinic/matters/{id}/sign-off`: an attorney's decisions and sign-off.
//! - `GET /clinic/review`: the queue, for attorneys.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

use super::access::{self, Need, Viewer};
use super::matters::{Shown, matter_form, matter_page};
use super::{ClinicState, field, page};
use crate::clinic::store::StoreError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::Matter;
use crate::clinic::store::review::{Choice, Decision, Review, SignOff};
use crate::clinic::store::users::Role;
use crate::clock::{now_unix, today_in_mississippi};

/// The longest reason or request, in letters.
const REASON: usize = 500;
/// Matters shown on one page of the queue.
const PAGE: i64 = 50;

/// What was typed in the review's forms and refused, shown again with the errors.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub flag: Option<String>,
    /// Each charge's choice and reason as posted.
    pub decisions: Vec<(Choice, String)>,
    /// The charges whose reason is missing or too long.
    pub reason_errors: Vec<usize>,
    pub bar: Option<String>,
    pub bar_error: bool,
}

fn choice_name(state: &ClinicState, c: Choice) -> String {
    let w = &state.words.clinic;
    match c {
        Choice::File => w.choice_file.to_string(),
        Choice::Hold => w.choice_hold.to_string(),
        Choice::AdviseAgainst => w.choice_advise_against.to_string(),
    }
}

fn when(at: i64) -> String {
    crate::clock::in_mississippi(at).format("%B %-d, %Y").to_string()
}

/// The questionnaire's findings and the review, for the matter's page.
pub fn section(state: &ClinicState, viewer: &Viewer, m: &Matter, typed: &Typed) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let a = crate::engine::assess(&state.rules, &m.case, today_in_mississippi());
    let decided = |i: usize| m.review.sign_off.as_ref().and_then(|_| m.review.decisions.iter().find(|d| d.charge == i));
    let findings = a
        .charges
        .iter()
        .map(|c| {
            let legend = w.decision_legend.fill(&[("n", (c.charge + 1).to_string()), ("name", c.name.clone())]);
            let number = m.case.charges.get(c.charge).and_then(|ch| ch.case_number.clone()).map(|n| format!(" ({n})"));
            let decision = decided(c.charge).and_then(|d| match d.choice {
                Choice::File => None,
                Choice::Hold => Some(w.decision_held.fill(&[("reason", d.reason.clone())])),
                Choice::AdviseAgainst => Some(w.decision_advised_against.fill(&[("reason", d.reason.clone())])),
            });
            view! { <li><strong>{legend}{number}</strong>" "{c.headline.to_string()}{decision.map(|d| view! { <br/><em>{d}</em> })}</li> }
        })
        .collect_view();
    let started = m.answers.is_some() || !m.case.charges.is_empty();
    let intake = view! {
        <p class="actions">
            <a class="button" href=format!("/clinic/matters/{}/entry", m.id)>{w.entry_open.to_string()}</a>" "
            <a class="button secondary" href=format!("/clinic/matters/{}/check", m.id)>
                {if m.answers.is_some() { w.intake_continue.to_string() } else { w.intake_open.to_string() }}
            </a>
        </p>
    };
    let status_line = match (&m.review.sign_off, m.review.pending()) {
        (Some(s), _) => w.review_signed.fill(&[("name", s.name.clone()), ("bar", s.bar_number.clone()), ("date", when(s.at))]),
        (None, true) => w.review_waiting.to_string(),
        (None, false) => w.review_not_needed.to_string(),
    };
    let flag_line = m.review.flag.clone().map(|f| view! { <p>{w.flag_on.fill(&[("reason", f)])}</p> });
    let flag_form = flag_form(state, viewer, m, typed);
    let sign_off = (viewer.user.role == Role::Attorney && !m.case.charges.is_empty()).then(|| sign_off_form(state, viewer, m, typed));
    view! {
        <h2>{w.intake_heading.to_string()}</h2>
        <p>{w.intake_lead.to_string()}</p>
        {intake}
        {if started { view! { <ul>{findings}</ul> }.into_any() } else { view! { <p>{w.no_answers.to_string()}</p> }.into_any() }}
        {started.then(|| view! { <p class="small">{w.rules_version.fill(&[("version", a.rules_version.clone())])}</p> })}
        <h2>{w.review_heading.to_string()}</h2>
        <p>{status_line}</p>
        {flag_line}
        {flag_form}
        {sign_off}
    }
}

fn flag_form(state: &ClinicState, viewer: &Viewer, m: &Matter, typed: &Typed) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let action = format!("/clinic/matters/{}/flag", m.id);
    let version = m.version.to_string();
    if m.review.flag.is_some() {
        // Only a lawyer ends a request: it may say a result changed after a sign-off.
        if viewer.user.role != Role::Attorney {
            return ().into_any();
        }
        return view! {
            <form method="post" action=action>
                {page::csrf_field(viewer)}
                <input type="hidden" name="version" value=version/>
                <input type="hidden" name="action" value="clear"/>
                <button type="submit" class="button secondary">{w.flag_clear.to_string()}</button>
            </form>
        }
        .into_any();
    }
    let error = typed.flag.is_some().then(|| w.flag_error.to_string());
    let has_error = error.is_some();
    view! {
        <form method="post" action=action>
            {page::csrf_field(viewer)}
            <input type="hidden" name="version" value=version/>
            <input type="hidden" name="action" value="raise"/>
            <div class="field" class:has-error=has_error>
                <label for="flag">{w.flag_label.to_string()}</label>
                {error.map(|e| view! { <p class="error" id="flag-error">{e}</p> })}
                <textarea id="flag" name="reason" rows="3" aria-describedby=has_error.then_some("flag-error")>{typed.flag.clone().unwrap_or_default()}</textarea>
            </div>
            <button type="submit" class="button secondary">{w.flag_submit.to_string()}</button>
        </form>
    }
    .into_any()
}

fn sign_off_form(state: &ClinicState, viewer: &Viewer, m: &Matter, typed: &Typed) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let charges = m
        .case
        .charges
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let saved = m.review.decisions.iter().find(|d| d.charge == i).map(|d| (d.choice, d.reason.clone()));
            let (chosen, reason) = typed.decisions.get(i).cloned().or(saved).unwrap_or((Choice::File, String::new()));
            let error = typed.reason_errors.contains(&i).then(|| w.decision_reason_error.to_string());
            let has_error = error.is_some();
            let name = c.offence.clone().unwrap_or_default();
            let options = <Choice as strum::VariantArray>::VARIANTS
                .iter()
                .map(|choice| {
                    let id = format!("decision-{i}-{}", choice.key());
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name=format!("decision_{i}") value=choice.key() checked=*choice == chosen/>
                            <label for=id>{choice_name(state, *choice)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field" class:has-error=has_error>
                    <legend>{w.decision_legend.fill(&[("n", (i + 1).to_string()), ("name", name)])}</legend>
                    {options}
                    <label for=format!("reason-{i}")>{w.decision_reason.to_string()}</label>
                    {error.map(|e| view! { <p class="error" id=format!("reason-{i}-error")>{e}</p> })}
                    <input type="text" id=format!("reason-{i}") name=format!("reason_{i}") value=reason autocomplete="off"
                        aria-describedby=has_error.then(|| format!("reason-{i}-error"))/>
                </fieldset>
            }
        })
        .collect_view();
    let bar = typed.bar.clone().or_else(|| viewer.user.bar_number.clone()).unwrap_or_default();
    let bar_error = typed.bar_error.then(|| w.sign_off_bar_error.to_string());
    let has_bar_error = bar_error.is_some();
    view! {
        <form method="post" action=format!("/clinic/matters/{}/sign-off", m.id)>
            {page::csrf_field(viewer)}
            <input type="hidden" name="version" value=m.version.to_string()/>
            <p>{w.sign_off_lead.to_string()}</p>
            {charges}
            <div class="field" class:has-error=has_bar_error>
                <label for="bar">{w.sign_off_bar.to_string()}</label>
                {bar_error.map(|e| view! { <p class="error" id="bar-error">{e}</p> })}
                <input type="text" id="bar" name="bar_number" value=bar autocomplete="off"
                    aria-describedby=has_bar_error.then_some("bar-error")/>
            </div>
            <button type="submit" class="button">{w.sign_off_submit.to_string()}</button>
        </form>
    }
}

/// The matter's page again with the review's form refused, or after a stale save.
fn refused(state: &ClinicState, viewer: &Viewer, m: &Matter, status: StatusCode, message: Option<String>, typed: Typed) -> Response {
    let shown = Shown { message: message.map(|e| (status, e)), review: typed, ..Shown::default() };
    let mut res = matter_page(state, viewer, m, shown);
    *res.status_mut() = status;
    res
}

/// Saves `review` over the version the form was drawn from, with its audit line.
async fn save(state: &ClinicState, viewer: &Viewer, m: &Matter, version: i64, review: Review, action: Action, typed: Typed) -> Response {
    let now = now_unix();
    let status = review.status_from(m.status);
    match state.store.save_review(m.id, version, &review, status, now).await {
        Ok(_) => match state.store.audit(Some(viewer.user.id), action, Some(m.id), Some(m.event_id), now).await {
            Ok(()) => page::redirect(&format!("/clinic/matters/{}", m.id)),
            Err(e) => page::fault(state, Some(viewer), &e),
        },
        Err(StoreError::Stale) => refused(state, viewer, m, StatusCode::CONFLICT, Some(state.words.clinic.stale_save.to_string()), typed),
        Err(StoreError::NotFound) => page::not_found(state, Some(viewer)),
        Err(e) => page::fault(state, Some(viewer), &e),
    }
}

/// POST /clinic/matters/{id}/flag
pub async fn flag(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match matter_form(&state, id, None, req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let version = field(&form, "version").parse::<i64>().unwrap_or_default();
    let mut review = matter.review.clone();
    let action = if field(&form, "action") == "clear" {
        if version != matter.version {
            let stale = Some(state.words.clinic.stale_save.to_string());
            return refused(&state, &viewer, &matter, StatusCode::CONFLICT, stale, Typed::default());
        }
        // Only a lawyer ends a request for review: one may say a result changed after
        // a sign-off, and ending it would let the papers print unreviewed.
        if viewer.user.role != Role::Attorney {
            return page::forbidden(&state, Some(&viewer));
        }
        review.flag = None;
        Action::ClearFlag
    } else {
        let reason = field(&form, "reason");
        if reason.is_empty() || reason.chars().count() > REASON {
            let typed = Typed { flag: Some(reason.to_string()), ..Typed::default() };
            return refused(&state, &viewer, &matter, StatusCode::UNPROCESSABLE_ENTITY, None, typed);
        }
        review.flag = Some(reason.to_string());
        // A new request reopens a review already signed off.
        review.sign_off = None;
        review.decisions.clear();
        Action::Flag
    };
    save(&state, &viewer, &matter, version, review, action, Typed::default()).await
}

/// POST /clinic/matters/{id}/sign-off: a decision for every charge, a reason for each
/// hold or advice against, and the attorney's bar number.
pub async fn sign_off(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter, form) = match matter_form(&state, id, Some(Need::Attorney), req).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let version = field(&form, "version").parse::<i64>().unwrap_or_default();
    let mut typed = Typed::default();
    let mut decisions = Vec::new();
    for i in 0..matter.case.charges.len() {
        let choice = field(&form, &format!("decision_{i}")).parse::<Choice>().unwrap_or(Choice::File);
        let reason = field(&form, &format!("reason_{i}")).to_string();
        let needs_reason = choice != Choice::File && reason.is_empty();
        if needs_reason || reason.chars().count() > REASON || reason.chars().any(char::is_control) {
            typed.reason_errors.push(i);
        }
        typed.decisions.push((choice, reason.clone()));
        decisions.push(Decision { charge: i, choice, reason });
    }
    let bar = field(&form, "bar_number").to_string();
    typed.bar_error = bar.is_empty() || bar.chars().count() > 30 || bar.chars().any(char::is_control);
    typed.bar = Some(bar.clone());
    if typed.bar_error || !typed.reason_errors.is_empty() {
        return refused(&state, &viewer, &matter, StatusCode::UNPROCESSABLE_ENTITY, None, typed);
    }
    let mut review = matter.review.clone();
    review.sign_off = Some(SignOff { by: viewer.user.id, at: now_unix(), name: viewer.user.display_name.clone(), bar_number: bar });
    review.decisions = decisions;
    save(&state, &viewer, &matter, version, review, Action::SignOff, typed).await
}

/// GET /clinic/review: the matters waiting for an attorney.
pub async fn queue(State(state): State<ClinicState>, req: Request) -> Response {
    let now = now_unix();
    let viewer = match access::gate_for(&state, req.headers(), now, Need::Attorney).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let page_no = super::matters::page_number(&req);
    let (waiting, count) = match tokio::try_join!(
        state.store.queue(PAGE, page_no * PAGE),
        state.store.queue_count(),
        state.store.audit(Some(viewer.user.id), Action::ReadQueue, None, None, now),
    ) {
        Ok((waiting, count, ())) => (waiting, count),
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    let rows = waiting
        .into_iter()
        .map(|m| {
            let name = m.name.unwrap_or_else(|| w.no_name.to_string());
            let why = if m.flagged { w.queue_flagged.to_string() } else { w.queue_needed.to_string() };
            view! { <tr><td><a href=format!("/clinic/matters/{}", m.id)>{name}</a></td><td>{why}</td></tr> }
        })
        .collect_view();
    let more = super::matters::pager(&state, "/clinic/review", page_no, PAGE, count);
    let body = view! {
        <h1>{w.queue_heading.to_string()}</h1>
        <p>{w.queue_lead.to_string()}</p>
        {if count == 0 {
            view! { <p>{w.queue_empty.to_string()}</p> }.into_any()
        } else {
            view! {
                <table>
                    <thead><tr><th>{w.matter_person.to_string()}</th><th>{w.queue_why.to_string()}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any()
        }}
        {more}
    };
    page::render(&state, w.queue_heading.as_str(), Some(&viewer), body)
}

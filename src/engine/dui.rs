//! A first DUI conviction.
//!
//! Miss. Code Ann. § 63-11-30(13)(a): a person convicted of a first-offence DUI who
//! did not hold a commercial driver's license or commercial learning permit may
//! petition the circuit court of the county of conviction [five] years after
//! completing all terms of the sentence, if the person (i) completed all terms,
//! (ii) did not refuse a blood or breath test, (iii) tested below .16% where results
//! are available, (iv) has no other DUI conviction and none pending, (v) gives the
//! court a justification, and (vi) never had a DUI nonadjudication or expunction.
//! (13)(b): only one such expunction. A felony DUI is excluded by § 99-19-71(2)(a)(iv)
//! and, for aggravated DUI, by § 97-3-2(1)(a).

use chrono::NaiveDate;

use super::dates::{add_years, earliest_filing};
use super::eval::{Eval, RouteResult};
use super::person::Person;
use crate::case::{Answer, Level};
use crate::rules::{FactKey, ReasonId, RouteId, RuleBook};

pub(crate) fn first_dui(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let history = &p.case.history;
    let mut e = Eval::new(rules, RouteId::FirstDui, i);
    if p.level(i) == Some(Level::Felony) {
        e.bar(ReasonId::DuiFelony, &[]);
        return e.finish(as_of, None);
    }
    e.note(ReasonId::DuiNotMisdemeanorLaw, &[]);

    let facts = charge.dui_facts.clone().unwrap_or_default();
    if e.yes(FactKey::ChargeDuiFactsCdl, facts.cdl) == Some(true) {
        e.bar(ReasonId::DuiCdl, &[]);
    }
    if e.yes(FactKey::ChargeDuiFactsRefusedTest, facts.refused_test) == Some(true) {
        e.bar(ReasonId::DuiRefused, &[]);
    }
    let tested = facts.bac_tested.or(facts.bac.map(|_| Answer::Yes));
    if e.yes(FactKey::ChargeDuiFactsBacTested, tested) == Some(true)
        && let Some(bac) = e.need(FactKey::ChargeDuiFactsBac, facts.bac)
        && let Some(limit) = rules.params.dui_bac_limit_percent.at(as_of)
        && bac >= limit.value
    {
        e.bar(ReasonId::DuiBacHigh, &[("bac", format!("{bac:.2}")), ("limit", format!("{:.2}", limit.value))]);
    }
    if e.yes(FactKey::HistoryOtherDuiConvictions, p.other_dui_conviction(i)) == Some(true) {
        e.bar(ReasonId::DuiOtherConviction, &[]);
    }
    if e.yes(FactKey::HistoryPendingDui, p.pending_dui(i)) == Some(true) {
        e.bar(ReasonId::DuiPending, &[]);
    }
    if e.yes(FactKey::HistoryPriorDuiRelief, history.prior_dui_relief) == Some(true) {
        e.bar(ReasonId::DuiPriorRelief, &[]);
    }

    let param = &rules.params.dui_waiting_years;
    let completed = charge.sentence_completed.or(charge.sentence_completion_date.map(|_| Answer::Yes));
    let mut eligible_from = None;
    match e.yes(FactKey::ChargeSentenceCompleted, completed) {
        Some(false) => {
            let years = param.at(as_of).map(|p| p.value).unwrap_or_default();
            e.bar(ReasonId::DuiNotCompleted, &[("years", years.to_string())]);
        }
        Some(true) => {
            if let Some(given) = e.need(FactKey::ChargeSentenceCompletionDate, charge.sentence_completion_date)
                && let done = given.day()
                && let Some((date, period)) = earliest_filing(param, done, as_of, add_years)
            {
                // Waited: the date the time ran out; still waiting: the first filing date.
                let shown = if date > as_of { date } else { add_years(done, period.value) };
                let values =
                    [("completed", rules.meta.at_when(given)), ("years", period.value.to_string()), ("date", rules.meta.long_date(shown))];
                e.support(if date > as_of { ReasonId::DuiWait } else { ReasonId::DuiWaited }, &values);
                eligible_from = Some(date);
            }
        }
        None => {}
    }
    p.check_pending(&mut e, ReasonId::PendingCharges);
    e.note(ReasonId::DuiCircuitCourt, &[]);
    e.finish(as_of, eligible_from)
}

//! Cases that ended without a conviction.
//!
//! Miss. Code Ann. § 99-19-71(4) (twin: § 99-15-26(5)): "a justice, county, circuit or
//! municipal court shall expunge the record of any case in which an arrest was made,
//! the person arrested was released and the case was dismissed or the charges were
//! dropped or there was no disposition of such case, or the person was found not
//! guilty at trial."
//!
//! Miss. Code Ann. § 99-15-59: a person arrested, cited or held for a misdemeanor and
//! "not formally charged or prosecuted ... within twelve (12) months of arrest, or upon
//! dismissal of the charge, may apply" to have it expunged.

use chrono::NaiveDate;

use crate::case::When;

use super::dates::{add_months, add_years, earliest_filing};
use super::eval::{Eval, RouteResult};
use super::person::Person;
use crate::case::{Answer, Level, Outcome as CaseOutcome};
use crate::rules::{FactKey, ReasonId, RouteId, RuleBook};

/// Route A for a case that ended in dismissal, dropped charges, nolle prosequi, a
/// no-bill, an acquittal or no disposition.
pub(crate) fn ended(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let mut e = Eval::new(rules, RouteId::NonConviction, i);
    let reason = match charge.outcome {
        Some(CaseOutcome::Dismissed) => ReasonId::EndedDismissed,
        Some(CaseOutcome::Dropped) => ReasonId::EndedDropped,
        Some(CaseOutcome::NolleProsequi) => ReasonId::EndedNolleProsequi,
        Some(CaseOutcome::NoBill) => ReasonId::EndedNoBill,
        Some(CaseOutcome::Acquitted) => ReasonId::EndedAcquitted,
        _ => ReasonId::EndedNoDisposition,
    };
    e.support(reason, &[]);
    e.support(ReasonId::NoWaitingPeriod, &[]);
    convicted_in_same_case(&mut e, p, i);
    notes(&mut e, p, i);
    e.finish(as_of, Some(as_of))
}

/// § 99-19-71(4) speaks of "the case" being dismissed. Whether one charge dismissed in
/// a case that ended in a conviction on another is covered is not settled, so a
/// lawyer should look at it.
fn convicted_in_same_case(e: &mut Eval, p: &Person, i: usize) {
    let convicted: Vec<String> = p.other_convictions(i).filter(|&j| p.same_incident(i, j)).map(|j| p.names[j].clone()).collect();
    if let Some(other) = convicted.first() {
        e.refer(ReasonId::DismissedInConvictedCase, &[("other", other.clone())]);
    }
}

/// Route B as an alternative for a dismissed misdemeanor.
pub(crate) fn misdemeanor_dismissed(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::new(rules, RouteId::ArrestNotCharged, i);
    e.support(ReasonId::DismissedMisdemeanor, &[]);
    convicted_in_same_case(&mut e, p, i);
    p.check_pending(&mut e, ReasonId::PendingOpenCase);
    e.finish(as_of, Some(as_of))
}

/// An arrest that never led to a formal charge: route A for a felony arrest (no
/// disposition), route B for a misdemeanor arrest after the waiting time.
pub(crate) fn not_charged(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    match p.level(i) {
        Some(Level::Felony) => {
            let mut e = Eval::new(rules, RouteId::NonConviction, i);
            e.support(ReasonId::EndedNeverIndicted, &[]);
            never_indicted_recently(&mut e, rules, charge.arrest_date, as_of);
            notes(&mut e, p, i);
            e.finish(as_of, Some(as_of))
        }
        Some(Level::Misdemeanor) => {
            let mut e = Eval::new(rules, RouteId::ArrestNotCharged, i);
            let Some(arrest) = e.need(FactKey::ChargeArrestDate, charge.arrest_date) else {
                return e.finish(as_of, None);
            };
            let Some((date, period)) = earliest_filing(&rules.params.misdemeanor_arrest_uncharged_months, arrest.day(), as_of, add_months)
            else {
                return e.finish(as_of, None);
            };
            let values =
                [("arrest_date", rules.meta.at_when(arrest)), ("months", period.value.to_string()), ("date", rules.meta.long_date(date))];
            if date > as_of {
                e.support(ReasonId::UnchargedWait, &values);
            } else {
                e.support(ReasonId::UnchargedWaited, &values);
            }
            p.check_pending(&mut e, ReasonId::PendingOpenCase);
            e.finish(as_of, Some(date))
        }
        Some(Level::Unsure) => {
            let mut e = Eval::new(rules, RouteId::ArrestNotCharged, i);
            e.unsure(FactKey::ChargeLevel);
            e.finish(as_of, None)
        }
        None => {
            let mut e = Eval::without_route(rules, i);
            e.missing(FactKey::ChargeLevel);
            e.finish(as_of, None)
        }
    }
}

/// A felony arrest never indicted: the law sets no waiting time, but the State may
/// still indict for a while, so a recent arrest goes to a lawyer (the arrest date is
/// asked to tell).
fn never_indicted_recently(e: &mut Eval, rules: &RuleBook, arrest: Option<When>, as_of: NaiveDate) {
    let Some(arrest) = e.need(FactKey::ChargeArrestDate, arrest) else { return };
    let Some(period) = rules.params.felony_never_indicted_review_years.at(as_of) else { return };
    let until = add_years(arrest.day(), period.value);
    if until > as_of {
        let mut reason =
            e.reason(ReasonId::NeverIndictedRecent, &[("arrest_date", rules.meta.at_when(arrest)), ("years", period.value.to_string())]);
        reason.citation = period.citation.as_str().into();
        reason.certainty = period.certainty;
        e.refer_reason(reason);
    } else {
        e.support(ReasonId::NoWaitingPeriod, &[]);
    }
}

fn notes(e: &mut Eval, p: &Person, i: usize) {
    if p.level(i) == Some(Level::Felony) || p.case.history.prior_felony_expunction == Some(Answer::Yes) {
        e.note(ReasonId::FelonyAllowanceNotUsed, &[]);
    }
    p.check_pending(e, ReasonId::PendingOpenCase);
}

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

use super::dates::{add_months, earliest_filing, long};
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
    notes(&mut e, p, i);
    e.finish(as_of, Some(as_of))
}

/// Route B as an alternative for a dismissed misdemeanor.
pub(crate) fn misdemeanor_dismissed(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::new(rules, RouteId::ArrestNotCharged, i);
    e.support(ReasonId::DismissedMisdemeanor, &[]);
    p.check_pending(&mut e, ReasonId::PendingOpenCase);
    e.finish(as_of, Some(as_of))
}

/// An arrest that never led to a formal charge: route A for a felony arrest (no
/// disposition), route B for a misdemeanor arrest after the waiting time.
pub(crate) fn not_charged(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    match charge.level {
        Some(Level::Felony) => {
            let mut e = Eval::new(rules, RouteId::NonConviction, i);
            e.support(ReasonId::EndedNeverIndicted, &[]);
            e.support(ReasonId::NoWaitingPeriod, &[]);
            notes(&mut e, p, i);
            e.finish(as_of, Some(as_of))
        }
        Some(Level::Misdemeanor) => {
            let mut e = Eval::new(rules, RouteId::ArrestNotCharged, i);
            let Some(arrest) = e.need(FactKey::ChargeArrestDate, charge.arrest_date) else {
                return e.finish(as_of, None);
            };
            let Some((date, period)) = earliest_filing(&rules.params.misdemeanor_arrest_uncharged_months, arrest, as_of, add_months) else {
                return e.finish(as_of, None);
            };
            let values = [("arrest_date", long(arrest)), ("months", period.value.to_string()), ("date", long(date))];
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

fn notes(e: &mut Eval, p: &Person, i: usize) {
    let charge = &p.case.charges[i];
    if charge.level == Some(Level::Felony) || p.case.history.prior_felony_expunction == Some(Answer::Yes) {
        e.note(ReasonId::FelonyAllowanceNotUsed, &[]);
    }
    p.check_pending(e, ReasonId::PendingOpenCase);
}

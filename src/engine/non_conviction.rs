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
use crate::rules::RuleBook;

/// Route A for a case that ended in dismissal, dropped charges, nolle prosequi, a
/// no-bill, an acquittal or no disposition.
pub(crate) fn ended(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let mut e = Eval::new(rules, "non_conviction", i);
    let reason = match charge.outcome {
        Some(CaseOutcome::Dismissed) => "ended_dismissed",
        Some(CaseOutcome::Dropped) => "ended_dropped",
        Some(CaseOutcome::NolleProsequi) => "ended_nolle_prosequi",
        Some(CaseOutcome::NoBill) => "ended_no_bill",
        Some(CaseOutcome::Acquitted) => "ended_acquitted",
        _ => "ended_no_disposition",
    };
    e.support(reason, &[]);
    e.support("no_waiting_period", &[]);
    notes(&mut e, p, i);
    e.finish(as_of, Some(as_of))
}

/// Route B as an alternative for a dismissed misdemeanor.
pub(crate) fn misdemeanor_dismissed(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::new(rules, "arrest_not_charged", i);
    e.support("dismissed_misdemeanor", &[]);
    p.check_pending(&mut e, "pending_open_case");
    e.finish(as_of, Some(as_of))
}

/// An arrest that never led to a formal charge: route A for a felony arrest (no
/// disposition), route B for a misdemeanor arrest after the waiting time.
pub(crate) fn not_charged(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    match charge.level {
        Some(Level::Felony) => {
            let mut e = Eval::new(rules, "non_conviction", i);
            e.support("ended_never_indicted", &[]);
            e.support("no_waiting_period", &[]);
            notes(&mut e, p, i);
            e.finish(as_of, Some(as_of))
        }
        Some(Level::Misdemeanor) => {
            let mut e = Eval::new(rules, "arrest_not_charged", i);
            let Some(arrest) = e.need("charge.arrest_date", charge.arrest_date) else {
                return e.finish(as_of, None);
            };
            let Some((date, period)) = earliest_filing(&rules.params.misdemeanor_arrest_uncharged_months, arrest, as_of, add_months) else {
                return e.finish(as_of, None);
            };
            let values = [("arrest_date", long(arrest)), ("months", period.value.to_string()), ("date", long(date))];
            if date > as_of {
                e.support("uncharged_wait", &values);
            } else {
                e.support("uncharged_waited", &values);
            }
            p.check_pending(&mut e, "pending_open_case");
            e.finish(as_of, Some(date))
        }
        Some(Level::Unsure) => {
            let mut e = Eval::new(rules, "arrest_not_charged", i);
            e.unsure("charge.level");
            e.finish(as_of, None)
        }
        None => {
            let mut e = Eval::without_route(rules, i);
            e.missing("charge.level");
            e.finish(as_of, None)
        }
    }
}

fn notes(e: &mut Eval, p: &Person, i: usize) {
    let charge = &p.case.charges[i];
    if charge.level == Some(Level::Felony) || p.case.history.prior_felony_expunction == Some(Answer::Yes) {
        e.note("felony_allowance_not_used", &[]);
    }
    p.check_pending(e, "pending_open_case");
}

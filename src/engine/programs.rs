//! Programs that end without a conviction.
//!
//! - Nonadjudication, Miss. Code Ann. § 99-15-26(4)-(5): on successful completion the
//!   court dismisses the case; "upon the filing of a petition therefor, the court
//!   shall expunge the record". Not available for DUI (§ 99-15-26(1)(d)).
//! - Pretrial intervention, § 99-15-123(1), (3): a noncriminal disposition, then "the
//!   court shall expunge the record" on petition.
//! - Intervention courts, § 9-23-23: completion means dismissal, or, if sentenced at
//!   the plea, that the conviction "will result in ... being expunged"; "no
//!   expunction of any implied consent violation shall be allowed".
//! - Drug conditional discharge, § 41-29-150(d): after discharge and dismissal the
//!   court "shall" enter an expunction order after a hearing; once per person.

use chrono::NaiveDate;

use super::eval::{Eval, RouteResult};
use super::person::Person;
use super::program_route;
use crate::case::{Answer, ProgramKind, ProgramStatus};
use crate::rules::{FactKey, ReasonId, RuleBook};

pub(crate) fn program(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let program = charge.program.clone().unwrap_or_default();
    let Some((kind, route)) = program.kind.and_then(|k| Some((k, program_route(k)?))) else {
        let mut e = Eval::without_route(rules, i);
        match program.kind {
            Some(_) => e.unsure(FactKey::ChargeProgramKind),
            None => e.missing(FactKey::ChargeProgramKind),
        }
        return e.finish(as_of, None);
    };
    let mut e = Eval::new(rules, route, i);
    let citation = rules.route(route).citation.clone();
    let with_route_citation = |e: &Eval, id: ReasonId| {
        let mut r = e.reason(id, &[]);
        r.citation = citation.clone();
        r
    };
    match program.status {
        Some(ProgramStatus::Completed) => {}
        Some(ProgramStatus::InProgress) => {
            let r = with_route_citation(&e, ReasonId::ProgramNotDone);
            e.bar_reason(r);
        }
        Some(ProgramStatus::Revoked) => {
            let r = with_route_citation(&e, ReasonId::ProgramRevoked);
            e.bar_reason(r);
        }
        Some(ProgramStatus::Unsure) => e.unsure(FactKey::ChargeProgramStatus),
        None => e.missing(FactKey::ChargeProgramStatus),
    }
    let dui = p.dui(i) == Some(Answer::Yes);
    // Nonadjudication and intervention courts exclude DUI, so "not sure" decides.
    if p.dui(i) == Some(Answer::Unsure) && matches!(kind, ProgramKind::Nonadjudication | ProgramKind::InterventionCourt) {
        e.unsure(FactKey::ChargeDui);
    }
    match kind {
        ProgramKind::Nonadjudication if dui => e.refer(ReasonId::NonadjudicationDui, &[]),
        ProgramKind::Nonadjudication => e.support(ReasonId::NonadjudicationDone, &[]),
        ProgramKind::PretrialIntervention => e.support(ReasonId::PtiDone, &[]),
        ProgramKind::InterventionCourt if dui => e.bar(ReasonId::InterventionDui, &[]),
        // The two endings of § 9-23-23 lead to different papers, so the answer decides.
        ProgramKind::InterventionCourt => match e.yes(FactKey::ChargeProgramSentencedAtPlea, program.sentenced_at_plea) {
            Some(true) => e.support(ReasonId::InterventionSentenced, &[]),
            Some(false) => e.support(ReasonId::InterventionDismissed, &[]),
            None => {}
        },
        ProgramKind::ConditionalDischarge => e.support(ReasonId::DischargeDone, &[]),
        ProgramKind::DuiNonadjudication | ProgramKind::Unsure => unreachable!("handled above and by referral::gate"),
    }
    p.check_pending(&mut e, ReasonId::PendingOpenCase);
    e.finish(as_of, Some(as_of))
}

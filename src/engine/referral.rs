//! Situations outside the adult expungement routes, decided before any route is
//! tried: youth, federal and other-state courts, identity theft, trafficking
//! survivors (Miss. Code Ann. § 97-3-54.6(6)), cases still open or "passed to the
//! file", DUI nonadjudication (§ 63-11-30(14)), and answers too uncertain to pick a
//! route.

use chrono::NaiveDate;

use super::eval::{Eval, RouteResult};
use super::person::Person;
use crate::case::{Answer, CourtKind, Level, Outcome as CaseOutcome, ProgramKind};
use crate::rules::{Classification, RuleBook};

/// The referral or bar that overrides every route for charge `i`, if any.
pub(crate) fn gate(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Option<RouteResult> {
    let charge = &p.case.charges[i];
    match charge.court.kind {
        Some(CourtKind::Youth) => return Some(one(rules, i, as_of, "youth_court", Kind::Refer, "youth_court", &[])),
        Some(CourtKind::Federal) => return Some(one(rules, i, as_of, "federal", Kind::Bar, "federal_court", &[])),
        Some(CourtKind::OtherState) => {
            let state = charge.court.state.clone().unwrap_or_else(|| "another state".into());
            return Some(one(rules, i, as_of, "other_state", Kind::Bar, "other_state_court", &[("state", state)]));
        }
        _ => {}
    }
    match charge.identity_theft {
        Some(Answer::Yes) => return Some(one(rules, i, as_of, "identity_theft", Kind::Refer, "identity_theft", &[])),
        Some(Answer::Unsure) => {
            let mut e = Eval::new(rules, "identity_theft", i);
            e.unsure("charge.identity_theft");
            return Some(e.finish(as_of, None));
        }
        _ => {}
    }
    match charge.outcome {
        Some(CaseOutcome::Pending) => return Some(one(rules, i, as_of, "non_conviction", Kind::Bar, "case_pending", &[])),
        Some(CaseOutcome::PassedToFile) => return Some(one(rules, i, as_of, "passed_to_file", Kind::Refer, "passed_to_file", &[])),
        Some(CaseOutcome::Unsure) => {
            let mut e = Eval::without_route(rules, i);
            e.refer("outcome_unsure", &[]);
            return Some(e.finish(as_of, None));
        }
        Some(CaseOutcome::Program) if charge.program.as_ref().and_then(|p| p.kind) == Some(ProgramKind::DuiNonadjudication) => {
            return Some(one(rules, i, as_of, "dui_nonadjudication", Kind::Refer, "dui_nonadjudication", &[]));
        }
        Some(CaseOutcome::Convicted) => match charge.trafficking_related {
            Some(Answer::Yes) => {
                let mut e = Eval::new(rules, "trafficking_survivor", i);
                e.refer("trafficking", &[]);
                let violent = charge.level == Some(Level::Felony)
                    && matches!(rules.classify_felony(&p.ids[i], as_of), Classification::Excluded { violence_item: Some(_), .. });
                if violent {
                    e.refer("trafficking_violent", &[]);
                }
                return Some(e.finish(as_of, None));
            }
            Some(Answer::Unsure) => {
                let mut e = Eval::new(rules, "trafficking_survivor", i);
                e.unsure("charge.trafficking_related");
                return Some(e.finish(as_of, None));
            }
            _ => {}
        },
        _ => {}
    }
    None
}

/// No outcome given: the first thing to ask.
pub(crate) fn missing_outcome(rules: &RuleBook, _p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::without_route(rules, i);
    e.missing("charge.outcome");
    e.finish(as_of, None)
}

/// A conviction whose level (felony or misdemeanor) is unknown or unsure.
pub(crate) fn level_unknown(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::without_route(rules, i);
    match p.case.charges[i].level {
        Some(Level::Unsure) => e.unsure("charge.level"),
        _ => e.missing("charge.level"),
    }
    e.finish(as_of, None)
}

enum Kind {
    Bar,
    Refer,
}

fn one(
    rules: &RuleBook,
    i: usize,
    as_of: NaiveDate,
    route: &'static str,
    kind: Kind,
    reason: &'static str,
    values: &[(&str, String)],
) -> RouteResult {
    let mut e = Eval::new(rules, route, i);
    match kind {
        Kind::Bar => e.bar(reason, values),
        Kind::Refer => e.refer(reason, values),
    }
    e.finish(as_of, None)
}

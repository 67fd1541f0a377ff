//! Situations outside the adult expungement routes, decided before any route is
//! tried: youth, federal and other-state courts, identity theft, trafficking
//! survivors (Miss. Code Ann. § 97-3-54.6(6)), cases still open or "passed to the
//! file", DUI nonadjudication (§ 63-11-30(14)), and answers too uncertain to pick a
//! route.

use chrono::NaiveDate;

use super::eval::{Eval, RouteResult};
use super::person::Person;
use crate::case::{Answer, CourtKind, Level, Outcome as CaseOutcome, ProgramKind};
use crate::rules::{Classification, FactKey, ReasonId, RouteId, RuleBook};

/// The referral or bar that overrides every route for charge `i`, if any.
pub(crate) fn gate(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Option<RouteResult> {
    let charge = &p.case.charges[i];
    match charge.court.kind {
        Some(CourtKind::Youth) => return Some(one(rules, i, as_of, RouteId::YouthCourt, Kind::Refer, ReasonId::YouthCourt, &[])),
        Some(CourtKind::Federal) => return Some(one(rules, i, as_of, RouteId::Federal, Kind::Bar, ReasonId::FederalCourt, &[])),
        Some(CourtKind::OtherState) => {
            let state = charge.court.state.clone().unwrap_or_else(|| rules.meta.words.another_state.clone());
            return Some(one(rules, i, as_of, RouteId::OtherState, Kind::Bar, ReasonId::OtherStateCourt, &[("state", state)]));
        }
        _ => {}
    }
    match charge.identity_theft {
        Some(Answer::Yes) => return Some(one(rules, i, as_of, RouteId::IdentityTheft, Kind::Refer, ReasonId::IdentityTheft, &[])),
        Some(Answer::Unsure) => {
            let mut e = Eval::new(rules, RouteId::IdentityTheft, i);
            e.unsure(FactKey::ChargeIdentityTheft);
            return Some(e.finish(as_of, None));
        }
        _ => {}
    }
    // A level the person gave that the law contradicts: asked about, not overridden.
    if let Some((offence, level)) = p.level_contradicted(i) {
        let words = &rules.meta.words;
        let name = |l: Level| if l == Level::Felony { &words.felony } else { &words.misdemeanor }.clone();
        let given = charge.level.map(name).unwrap_or_default();
        let mut e = Eval::without_route(rules, i);
        e.refer(ReasonId::LevelContradicts, &[("offence", offence), ("given", given), ("level", name(level))]);
        return Some(e.finish(as_of, None));
    }
    match charge.outcome {
        Some(CaseOutcome::Pending) => return Some(one(rules, i, as_of, RouteId::NonConviction, Kind::Bar, ReasonId::CasePending, &[])),
        Some(CaseOutcome::PassedToFile) => {
            return Some(one(rules, i, as_of, RouteId::PassedToFile, Kind::Refer, ReasonId::PassedToFile, &[]));
        }
        Some(CaseOutcome::Unsure) => {
            let mut e = Eval::without_route(rules, i);
            e.refer(ReasonId::OutcomeUnsure, &[]);
            return Some(e.finish(as_of, None));
        }
        Some(CaseOutcome::Program) if charge.program.as_ref().and_then(|p| p.kind) == Some(ProgramKind::DuiNonadjudication) => {
            return Some(one(rules, i, as_of, RouteId::DuiNonadjudication, Kind::Refer, ReasonId::DuiNonadjudication, &[]));
        }
        Some(CaseOutcome::Convicted) => match charge.trafficking_related {
            Some(Answer::Yes) => {
                let mut e = Eval::new(rules, RouteId::TraffickingSurvivor, i);
                e.refer(ReasonId::Trafficking, &[]);
                let violent = p.level(i) == Some(Level::Felony)
                    && matches!(rules.classify_felony(&p.ids[i], as_of), Classification::Excluded { violence_item: Some(_), .. });
                if violent {
                    e.refer(ReasonId::TraffickingViolent, &[]);
                }
                return Some(e.finish(as_of, None));
            }
            Some(Answer::Unsure) => {
                let mut e = Eval::new(rules, RouteId::TraffickingSurvivor, i);
                e.unsure(FactKey::ChargeTraffickingRelated);
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
    e.missing(FactKey::ChargeOutcome);
    e.finish(as_of, None)
}

/// A conviction whose level (felony or misdemeanor) is unknown or unsure.
pub(crate) fn level_unknown(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut e = Eval::without_route(rules, i);
    match p.case.charges[i].level {
        Some(Level::Unsure) => e.unsure(FactKey::ChargeLevel),
        _ => e.missing(FactKey::ChargeLevel),
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
    route: RouteId,
    kind: Kind,
    reason: ReasonId,
    values: &[(&str, String)],
) -> RouteResult {
    let mut e = Eval::new(rules, route, i);
    match kind {
        Kind::Bar => e.bar(reason, values),
        Kind::Refer => e.refer(reason, values),
    }
    e.finish(as_of, None)
}

//! Misdemeanor convictions.
//!
//! Miss. Code Ann. § 99-19-71(1): "Any person who has been convicted of a misdemeanor
//! that is not a traffic violation, and who is a first offender, may petition the
//! justice, county, circuit or municipal court in which the conviction was had for an
//! order to expunge any such conviction from all public records." An expunged
//! conviction still counts for first-offender status (§ 99-19-71(3)); no public
//! official may use it for a conviction related to official duties (§ 99-19-71(5)).
//!
//! Miss. Code Ann. §§ 9-11-15(3), 21-23-7(6): a justice or municipal court may expunge
//! any or all misdemeanors in that court on prior notice to the prosecutor and a
//! showing of rehabilitation, good conduct for two years since the last conviction in
//! any court, and that society's best interest is served.
//!
//! Miss. Code Ann. § 67-3-70(6): an underage alcohol charge under § 67-3-70(1) or (2)
//! may be expunged one year after dismissal, or after the sentence is served and the
//! fine paid; the court "shall" enter the order.

use chrono::NaiveDate;

use super::dates::{add_years, earliest_filing};
use super::eval::{Eval, RouteResult};
use super::person::Person;
use crate::case::{Answer, CourtKind};
use crate::rules::{FactKey, ReasonId, RouteId, RuleBook, Traffic};

/// Route C: a first misdemeanor conviction.
pub(crate) fn first_offender(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let mut e = Eval::new(rules, RouteId::MisdemeanorFirstOffender, i);

    traffic(&mut e, rules, p, i);

    let mut other_conviction = false;
    for j in p.other_convictions(i).filter(|&j| !p.is_traffic_ticket(j)) {
        let other = p.names[j].clone();
        if p.same_incident(i, j) {
            e.refer(ReasonId::SameOccurrenceMisdemeanors, &[("other", other)]);
        } else if !other_conviction {
            e.bar(ReasonId::NotFirstOffenderCharge, &[("other", other)]);
            other_conviction = true;
        }
    }
    if e.yes(FactKey::HistoryOtherConvictions, p.case.history.other_convictions) == Some(true) && !other_conviction {
        e.bar(ReasonId::NotFirstOffenderHistory, &[]);
        other_conviction = true;
    }
    // An expunged conviction still counts (§ 99-19-71(3)): "not sure" about an earlier
    // expungement of either kind decides, so it goes to a lawyer.
    for (key, answer, bar) in [
        (FactKey::HistoryPriorFelonyExpunction, p.case.history.prior_felony_expunction, ReasonId::NotFirstOffenderFelonyExpunged),
        (FactKey::HistoryPriorMisdemeanorExpunction, p.case.history.prior_misdemeanor_expunction, ReasonId::NotFirstOffenderExpunged),
    ] {
        match answer {
            Some(Answer::Yes) if !other_conviction => {
                e.bar(bar, &[]);
                other_conviction = true;
            }
            Some(Answer::Unsure) => e.unsure(key),
            _ => {}
        }
    }
    // Only a court the person named is ever stated; an unsure court is tried as a
    // justice or municipal court by `court_unknown`.
    let court = match charge.court.kind {
        Some(CourtKind::County) => Some(rules.meta.words.county_court.clone()),
        Some(CourtKind::Circuit) => Some(rules.meta.words.circuit_court.clone()),
        _ => None,
    };
    if let Some(court) = court.filter(|_| other_conviction) {
        e.note(ReasonId::OnlyJusticeMunicipal, &[("court", court.to_string())]);
    }

    fines_and_pending(&mut e, p, i);
    public_official(&mut e, charge.public_official_duty_related);
    e.support(ReasonId::FirstOffender, &[]);
    e.finish(as_of, Some(as_of))
}

/// § 99-19-71(1) leaves out traffic violations. The person's answer decides; without
/// one, the catalogue; a section of a traffic title the catalogue does not name may
/// not be a driving offence at all, so a lawyer should say.
fn traffic(e: &mut Eval, rules: &RuleBook, p: &Person, i: usize) {
    let charge = &p.case.charges[i];
    match (charge.traffic, rules.is_traffic(&p.ids[i])) {
        (Some(answer), _) => {
            if e.yes(FactKey::ChargeTraffic, Some(answer)) == Some(true) {
                e.bar(ReasonId::TrafficOffence, &[]);
            }
        }
        (None, Some(Traffic::Driving)) => e.bar(ReasonId::TrafficOffence, &[]),
        (None, Some(Traffic::NotTraffic)) => {}
        (None, Some(Traffic::TitleUnlisted)) => {
            let section = p.ids[i].section.as_ref().map(ToString::to_string).unwrap_or_default();
            e.refer(ReasonId::TrafficTitleUnlisted, &[("section", section)]);
        }
        (None, None) => e.missing(FactKey::ChargeTraffic),
    }
}

/// Route D: any or all misdemeanors in one justice or municipal court.
pub(crate) fn justice_municipal(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let mut e = Eval::new(rules, RouteId::JusticeMunicipalMisdemeanors, i);
    fines_and_pending(&mut e, p, i);

    // The last conviction in any court: this charge, the other convictions listed,
    // and the person's answer about convictions not listed.
    let mut last = e.need(FactKey::ChargeDispositionDate, charge.disposition_date);
    let mut dates_known = last.is_some();
    for j in p.other_convictions(i) {
        match p.case.charges[j].disposition_date {
            Some(d) => last = last.max(Some(d)),
            None if p.case.history.last_conviction_date.is_none() => {
                e.missing(FactKey::HistoryLastConvictionDate);
                dates_known = false;
            }
            None => {}
        }
    }
    match e.yes(FactKey::HistoryOtherConvictions, p.case.history.other_convictions) {
        Some(true) => match e.need(FactKey::HistoryLastConvictionDate, p.case.history.last_conviction_date) {
            Some(d) => last = last.max(Some(d)),
            None => dates_known = false,
        },
        Some(false) => {}
        None => dates_known = false,
    }
    if let Some(d) = p.case.history.last_conviction_date {
        last = last.max(Some(d));
    }

    if p.is_traffic_ticket(i) || p.dui(i) == Some(Answer::Yes) {
        e.note(ReasonId::DrivingRecordUnchanged, &[]);
    }
    let court = super::court_name(rules, charge);
    let eligible_from = match last {
        Some(last) if dates_known => {
            let found = earliest_filing(&rules.params.good_conduct_years, last.day(), as_of, add_years);
            if let Some((date, period)) = found {
                let values = [
                    ("last_date", rules.meta.at_when(last)),
                    ("years", period.value.to_string()),
                    ("date", rules.meta.long_date(date)),
                    ("court", court),
                ];
                e.support(if date > as_of { ReasonId::GoodConductWait } else { ReasonId::GoodConductMet }, &values);
            }
            found.map(|(date, _)| date)
        }
        _ => None,
    };
    e.finish(as_of, eligible_from)
}

/// Route D when the person is not sure which court had the case, or has not said:
/// only a justice or municipal court can use it, so where it would help, the kind of
/// court decides. Not sure goes to a lawyer (with what each kind of court would
/// mean); not answered is asked.
pub(crate) fn court_unknown(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let mut r = justice_municipal(rules, p, i, as_of);
    if !matches!(r.outcome, super::Outcome::Eligible | super::Outcome::EligibleAfter { .. }) {
        return r;
    }
    let mut e = Eval::new(rules, RouteId::JusticeMunicipalMisdemeanors, i);
    match p.case.charges[i].court.kind {
        Some(CourtKind::Unsure) => {
            e.refer(ReasonId::CourtKindDecides, &[]);
            e.unsure(FactKey::ChargeCourtKind);
        }
        _ => e.missing(FactKey::ChargeCourtKind),
    }
    let decided = e.finish(as_of, None);
    r.outcome = decided.outcome;
    r.reasons = decided.reasons;
    r.missing = decided.missing;
    r.unsure = decided.unsure;
    r
}

/// Route L: an underage alcohol conviction.
pub(crate) fn underage_alcohol(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let mut e = Eval::new(rules, RouteId::UnderageAlcohol, i);
    let Some(since) = e.need(FactKey::ChargeSentenceCompletionDate, charge.sentence_completion_date) else {
        return e.finish(as_of, None);
    };
    let found = earliest_filing(&rules.params.underage_alcohol_waiting_years, since.day(), as_of, add_years);
    if let Some((date, period)) = found {
        let values = [
            ("years", period.value.to_string()),
            ("event", rules.meta.words.underage_event.clone()),
            ("since", rules.meta.long_when(since)),
            ("date", rules.meta.long_date(date)),
        ];
        e.support(if date > as_of { ReasonId::UnderageWait } else { ReasonId::UnderageWaited }, &values);
    }
    e.finish(as_of, found.map(|(date, _)| date))
}

/// § 99-19-71(5): no expungement under § 99-19-71 of a conviction related to a public
/// official's duties. Asked only when it can decide the result: once nothing else bars
/// the route. Call it after the route's other checks.
pub(crate) fn public_official(e: &mut Eval, answer: Option<Answer>) {
    if answer.is_none() && e.is_barred() {
        return;
    }
    if e.yes(FactKey::ChargePublicOfficialDutyRelated, answer) == Some(true) {
        e.bar(ReasonId::PublicOfficial, &[]);
    }
}

/// Unpaid fines and open charges: both send a misdemeanor petition to a lawyer.
/// The misdemeanor laws do not require payment, so an unanswered fines question only
/// adds a note.
fn fines_and_pending(e: &mut Eval, p: &Person, i: usize) {
    match p.case.charges[i].fines_costs_paid {
        Some(Answer::No) => e.refer(ReasonId::MisdemeanorFinesUnpaid, &[]),
        Some(Answer::Unsure) => e.unsure(FactKey::ChargeFinesCostsPaid),
        Some(Answer::Yes) => {}
        None => e.note(ReasonId::ZeroBalanceExpected, &[]),
    }
    p.check_pending(e, ReasonId::PendingCharges);
}

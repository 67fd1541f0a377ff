//! One felony conviction.
//!
//! Miss. Code Ann. § 99-19-71(2)(a): a person "convicted of a felony and who has paid
//! all criminal fines and costs of court imposed in the sentence of conviction may
//! petition the court in which the conviction was had for an order to expunge one (1)
//! conviction from all public records [N] years after the successful completion of all
//! terms and conditions of the sentence", unless the felony is in the excluded list.
//! "A person is eligible for only one (1) felony expunction under this paragraph";
//! convictions from "a common nucleus of operative facts" count as one.
//! § 99-19-71(2)(b): ten days' written notice to the district attorney before any
//! hearing; the court may grant the petition if it finds the person rehabilitated.

use chrono::NaiveDate;

use crate::case::When;

use super::dates::{add_years, earliest_filing};
use super::eval::{Eval, RouteResult};
use super::misdemeanor::public_official;
use super::person::Person;
use super::{Outcome, Reason};
use crate::case::Answer;
use crate::rules::text::capitalise;
use crate::rules::{Classification, FactKey, ReasonId, RouteId, RuleBook};

pub(crate) const ROUTE: RouteId = RouteId::Felony;

/// Route E for charge `i`, before the one-felony rule is applied across charges.
pub(crate) fn felony(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> RouteResult {
    let charge = &p.case.charges[i];
    let history = &p.case.history;
    let mut e = Eval::new(rules, ROUTE, i);

    offence(&mut e, rules, p, i, as_of);

    // § 97-3-2(2): a judge may designate any felony a crime of violence in the
    // sentencing order. Asked unless the offence itself already decides.
    if (charge.cov_designated.is_some() || !e.is_barred()) && e.yes(FactKey::ChargeCovDesignated, charge.cov_designated) == Some(true) {
        e.bar(ReasonId::FelonyCovDesignated, &[]);
    }

    if e.yes(FactKey::HistoryPriorFelonyExpunction, history.prior_felony_expunction) == Some(true) {
        let old_law_until = rules.route(ROUTE).earlier_law_until;
        match (history.prior_felony_expunction_date, old_law_until) {
            (Some(date), Some(until)) if date <= until => e.refer(ReasonId::FelonyPriorOldLaw, &[("date", rules.meta.long_date(date))]),
            _ => e.bar(ReasonId::FelonyPriorUsed, &[]),
        }
    }

    if e.yes(FactKey::ChargeFinesCostsPaid, charge.fines_costs_paid) == Some(false) {
        e.bar(ReasonId::FelonyFinesUnpaid, &[]);
    }

    let completed = charge.sentence_completed.or(charge.sentence_completion_date.map(|_| Answer::Yes));
    let mut eligible_from = None;
    match e.yes(FactKey::ChargeSentenceCompleted, completed) {
        Some(false) => match charge.expected_completion_date {
            Some(expected) => {
                let date = earliest_filing(&rules.params.felony_waiting_years, expected, as_of.max(expected), add_years).map(|(d, _)| d);
                match date {
                    Some(date) => e.bar(
                        ReasonId::FelonyNotCompletedExpected,
                        &[("expected", rules.meta.long_date(expected)), ("date", rules.meta.long_date(date))],
                    ),
                    None => e.bar(ReasonId::FelonyNotCompleted, &[]),
                }
            }
            None => e.bar(ReasonId::FelonyNotCompleted, &[]),
        },
        Some(true) => {
            if let Some(done) = e.need(FactKey::ChargeSentenceCompletionDate, charge.sentence_completion_date) {
                eligible_from = waiting_period(&mut e, rules, done, as_of);
            }
        }
        None => {}
    }

    p.check_pending(&mut e, ReasonId::PendingCharges);
    public_official(&mut e, charge.public_official_duty_related);
    e.finish(as_of, eligible_from)
}

/// Whether the offence is on the excluded list, for a petition filed on `as_of`.
fn offence(e: &mut Eval, rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) {
    let charge = &p.case.charges[i];
    let id = &p.ids[i];
    if charge.offence.is_none() && charge.statute.is_none() {
        e.missing(FactKey::ChargeOffence);
        return;
    }
    let known = rules.offence_of(id);
    let name = known.map(|o| o.name.clone()).or(charge.offence.clone()).unwrap_or_else(|| rules.meta.words.this_crime.clone());
    // Say what the charge was read as, so the person can check it against the papers.
    let section = id
        .section
        .as_ref()
        .map(ToString::to_string)
        .or_else(|| known.and_then(|o| o.sections.first()).map(|s| crate::rules::format_section(s)));
    if let (Some(section), Some(_)) = (section, known) {
        e.note(ReasonId::OffenceMatched, &[("offence", name.clone()), ("section", section)]);
    }
    match rules.classify_felony(id, as_of) {
        Classification::Excluded { exclusion, violence_item } => {
            let ex = &rules.exclusions[exclusion];
            let reason = Reason {
                rule: format!("exclusion.{}", ex.id).into(),
                citation: ex.citation.as_str().into(),
                certainty: ex.certainty,
                explanation: ex.explanation.as_str().into(),
            };
            e.bar_reason(reason);
            if let Some(item) = violence_item.map(|i| &rules.violence.item[i]) {
                let mut note = e.reason(ReasonId::ViolenceItem, &[("offence", item.name.clone()), ("item", item.key.get_ref().clone())]);
                note.citation = format!("{}({})", rules.violence.citation, item.key).into();
                note.certainty = rules.violence.certainty;
                e.note_reason(note);
            }
        }
        Classification::NotExcluded => e.support(ReasonId::FelonyNotExcluded, &[("offence", capitalise(&name))]),
        Classification::Review(text) => e.refer(ReasonId::FelonyOffenceReview, &[("explanation", text)]),
        Classification::Rebuttable(offence) => e.refer(ReasonId::FelonyRebuttable, &[("offence", offence)]),
        Classification::NameAmbiguous(offence) => e.refer(ReasonId::FelonyNameAmbiguous, &[("offence", offence)]),
        Classification::SubsectionNeeded { section, example } => {
            e.refer(ReasonId::FelonySubsectionNeeded, &[("section", section), ("example", example)])
        }
        // Every exclusion and every § 97-3-2(1) item is defined by code section, so an
        // exact section on none of the lists is answerable; the designation and the
        // public-official bar are asked.
        Classification::Unknown => match &id.section {
            Some(section) => e.support(ReasonId::FelonySectionNotListed, &[("section", section.to_string())]),
            None => {
                let typed = charge.offence.clone().or(charge.statute.clone()).unwrap_or_default();
                e.refer(ReasonId::FelonyOffenceUnknown, &[("offence", typed)]);
                e.missing(FactKey::ChargeStatute);
            }
        },
    }
}

/// The felony waiting period, from the period in force on each possible filing date.
fn waiting_period(e: &mut Eval, rules: &RuleBook, given: When, as_of: NaiveDate) -> Option<NaiveDate> {
    let done = given.day();
    let param = &rules.params.felony_waiting_years;
    let (date, period) = earliest_filing(param, done, as_of, add_years)?;
    let values = [
        ("completed", rules.meta.at_when(given)),
        ("years", period.value.to_string()),
        ("date", rules.meta.long_date(add_years(done, period.value))),
    ];
    let mut reason = if date > as_of {
        e.reason(ReasonId::FelonyWait, &[("completed", rules.meta.at_when(given)), ("date", rules.meta.long_date(date))])
    } else {
        e.reason(ReasonId::FelonyWaited, &values)
    };
    reason.citation = period.citation.as_str().into();
    reason.certainty = period.certainty;
    e.support_reason(reason);
    // The waiting time in force when the sentence ended was different.
    if param.at(done).is_some_and(|then| then.value != period.value) {
        e.note(ReasonId::FelonyLawChanged, &[]);
    }
    Some(date)
}

/// The one-felony rule across charges. Felonies from one incident count as one
/// conviction and one expungement, so they are filed together: on one date, when all
/// may be filed, and only if none of them is barred or unsettled. Felonies from
/// different incidents that could each be expunged force a choice.
///
/// `on(i, date)` is charge `i`'s felony result for a petition filed on `date`: the
/// incident's one date must hold for every charge under that date's law.
pub(crate) fn across_charges(
    rules: &RuleBook,
    p: &Person,
    results: &mut [Vec<RouteResult>],
    as_of: NaiveDate,
    on: &dyn Fn(usize, NaiveDate) -> Option<Outcome>,
) {
    let felony_of = |results: &[Vec<RouteResult>], i: usize| results[i].iter().position(|r| r.route == Some(ROUTE));
    let felonies: Vec<(usize, usize)> = (0..results.len()).filter_map(|i| Some((i, felony_of(results, i)?))).collect();
    let incidents = incidents(p, &felonies.iter().map(|&(i, _)| i).collect::<Vec<_>>());

    for incident in &incidents {
        if incident.len() < 2 {
            continue;
        }
        // Each charge of the incident with its felony result's place and outcome, as
        // they stood before this rule.
        let before: Vec<(usize, usize, Outcome)> =
            incident.iter().filter_map(|&i| felonies.iter().find(|&&(j, _)| j == i).map(|&(_, k)| (i, k, results[i][k].outcome))).collect();
        let names = |keep: &dyn Fn(Outcome) -> bool, but: usize| -> String {
            join(rules, &before.iter().filter(|&&(j, _, o)| j != but && keep(o)).map(|&(j, _, _)| p.names[j].clone()).collect::<Vec<_>>())
        };
        let blocked = |o: Outcome| matches!(o, Outcome::NotEligible | Outcome::NeedsAttorneyReview);
        let waiting = |o: Outcome| o == Outcome::NeedsMoreInformation;
        let mut any_blocked = before.iter().any(|&(_, _, o)| blocked(o));
        let any_waiting = before.iter().any(|&(_, _, o)| waiting(o));
        let date = before
            .iter()
            .filter_map(|&(_, _, o)| match o {
                Outcome::EligibleAfter { eligible_date } => Some(eligible_date),
                Outcome::Eligible => Some(as_of),
                _ => None,
            })
            .max();
        // On the one date, every charge must still be open under that day's law.
        if let Some(date) = date.filter(|&d| d > as_of && !any_blocked && !any_waiting) {
            any_blocked = before.iter().any(|&(j, _, _)| on(j, date) != Some(Outcome::Eligible));
        }
        for &(i, k, outcome) in &before {
            if !matches!(outcome, Outcome::Eligible | Outcome::EligibleAfter { .. }) {
                continue;
            }
            let e = Eval::new(rules, ROUTE, i);
            let r = &mut results[i][k];
            if !any_blocked {
                r.notes.push(e.reason(ReasonId::FelonySameOccurrence, &[("others", names(&|_| true, i))]));
            }
            if any_blocked {
                r.refer(e.reason(ReasonId::FelonyIncidentUnsettled, &[("others", names(&|_| true, i))]));
            } else if any_waiting {
                r.outcome = Outcome::NeedsMoreInformation;
                r.reasons = vec![e.reason(ReasonId::FelonyIncidentWaiting, &[("others", names(&waiting, i))])];
            } else if let Some(date) = date.filter(|&d| d > as_of && outcome != (Outcome::EligibleAfter { eligible_date: d })) {
                r.outcome = Outcome::EligibleAfter { eligible_date: date };
                r.reasons.push(
                    e.reason(ReasonId::FelonyIncidentOneDate, &[("others", names(&|_| true, i)), ("date", rules.meta.long_date(date))]),
                );
            }
        }
    }

    // Incidents with a felony that is not barred: more than one means choosing.
    let maybe = |r: &RouteResult| r.outcome != Outcome::NotEligible;
    let open: Vec<&Vec<usize>> =
        incidents.iter().filter(|inc| inc.iter().any(|&i| felony_of(results, i).is_some_and(|k| maybe(&results[i][k])))).collect();
    if open.len() < 2 {
        return;
    }
    for incident in &open {
        let others: Vec<String> = open
            .iter()
            .filter(|o| !std::ptr::eq(**o, *incident))
            .flat_map(|o| o.iter().copied())
            .filter(|&j| felony_of(results, j).is_some_and(|k| maybe(&results[j][k])))
            .map(|j| p.names[j].clone())
            .collect();
        for &i in incident.iter() {
            let Some(k) = felony_of(results, i) else { continue };
            if maybe(&results[i][k]) {
                let reason = Eval::new(rules, ROUTE, i).reason(ReasonId::FelonyChooseOne, &[("others", join(rules, &others))]);
                results[i][k].refer(reason);
            }
        }
    }
}

/// The charges `list` grouped by incident (`Person::same_incident`, taken as linking
/// charges transitively), in the order of their first charge.
fn incidents(p: &Person, list: &[usize]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &i in list {
        let joined: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].iter().any(|&j| p.same_incident(i, j))).collect();
        match joined.split_first() {
            None => groups.push(vec![i]),
            Some((&first, rest)) => {
                for &g in rest.iter().rev() {
                    let moved = groups.remove(g);
                    groups[first].extend(moved);
                }
                groups[first].push(i);
                groups[first].sort_unstable();
            }
        }
    }
    groups
}

/// "A, B and C", with the rules' word for "and".
fn join(rules: &RuleBook, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), rules.meta.words.and),
    }
}

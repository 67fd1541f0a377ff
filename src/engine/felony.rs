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

use super::dates::{add_years, earliest_filing, long};
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

    public_official(&mut e, charge.public_official_duty_related);
    offence(&mut e, rules, p, i, as_of);

    match charge.cov_designated {
        Some(Answer::Yes) => e.bar(ReasonId::FelonyCovDesignated, &[]),
        Some(Answer::Unsure) => e.unsure(FactKey::ChargeCovDesignated),
        Some(Answer::No) => {}
        None if !e.is_barred() => e.note(ReasonId::CovNotAnswered, &[]),
        None => {}
    }

    if e.yes(FactKey::HistoryPriorFelonyExpunction, history.prior_felony_expunction) == Some(true) {
        let old_law_until = rules.route(ROUTE).earlier_law_until;
        match (history.prior_felony_expunction_date, old_law_until) {
            (Some(date), Some(until)) if date <= until => e.refer(ReasonId::FelonyPriorOldLaw, &[("date", long(date))]),
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
                    Some(date) => e.bar(ReasonId::FelonyNotCompletedExpected, &[("expected", long(expected)), ("date", long(date))]),
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
    let name = known.map(|o| o.name.clone()).or(charge.offence.clone()).unwrap_or_else(|| "This crime".into());
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
        Classification::Unknown => {
            let typed = charge.offence.clone().or(charge.statute.clone()).unwrap_or_default();
            e.refer(ReasonId::FelonyOffenceUnknown, &[("offence", typed)]);
        }
    }
}

/// The felony waiting period, from the period in force on each possible filing date.
fn waiting_period(e: &mut Eval, rules: &RuleBook, done: NaiveDate, as_of: NaiveDate) -> Option<NaiveDate> {
    let param = &rules.params.felony_waiting_years;
    let (date, period) = earliest_filing(param, done, as_of, add_years)?;
    let values = [("completed", long(done)), ("years", period.value.to_string()), ("date", long(add_years(done, period.value)))];
    let mut reason = if date > as_of {
        e.reason(ReasonId::FelonyWait, &[("completed", long(done)), ("date", long(date))])
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

/// The one-felony rule across charges: felonies from different incidents that could
/// each be expunged force a choice; felonies from one incident count as one.
pub(crate) fn across_charges(rules: &RuleBook, p: &Person, results: &mut [Vec<RouteResult>]) {
    let felony_of = |results: &[Vec<RouteResult>], i: usize| results[i].iter().position(|r| r.route == Some(ROUTE));
    let open: Vec<usize> =
        (0..results.len()).filter(|&i| felony_of(results, i).is_some_and(|k| results[i][k].outcome != Outcome::NotEligible)).collect();
    let group = |i: usize| p.case.charges[i].occurrence.clone().unwrap_or_else(|| format!("#{i}"));
    let mut groups: Vec<String> = open.iter().map(|&i| group(i)).collect();
    groups.sort();
    groups.dedup();

    for &i in &open {
        let name = |j: usize| p.names[j].clone();
        let same: Vec<String> = open.iter().copied().filter(|&j| j != i && group(j) == group(i)).map(name).collect();
        let others: Vec<String> = open.iter().copied().filter(|&j| group(j) != group(i)).map(name).collect();
        let k = felony_of(results, i).expect("open charges have a felony result");
        let e = Eval::new(rules, ROUTE, i);
        if groups.len() > 1 {
            let reason = e.reason(ReasonId::FelonyChooseOne, &[("others", join(&others))]);
            results[i][k].refer(reason);
        }
        if !same.is_empty() {
            let note = e.reason(ReasonId::FelonySameOccurrence, &[("others", join(&same))]);
            results[i][k].notes.push(note);
        }
    }
}

fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

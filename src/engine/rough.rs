//! Dates given only as a month or a year.
//!
//! The case is assessed twice: with every rough date on its first possible day, and on
//! its last. Where both answers agree, the day does not matter and the answer stands.
//! Where both say the person may file but from different dates, the later date is
//! given (it holds whatever the day was), with what an earlier day would change: with
//! one rough date, the last day on which the person could file now. Where the day
//! decides more than when (a bar, a lawyer, more questions), the exact day is asked
//! for: the charge needs more information, and the rough dates are its missing facts.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::case::{Bound, Case, When};
use crate::rules::{FactKey, ReasonId, RuleBook};

use super::{Assessment, ChargeAssessment, FactRef, Outcome, Reason};

/// Assesses a case with rough dates (see the module note); `exact` assesses a case
/// whose dates are read as days.
pub(super) fn assess(rules: &RuleBook, case: &Case, as_of: NaiveDate, exact: &dyn Fn(&Case) -> Assessment) -> Assessment {
    let rough = case.rough_dates();
    let early = exact(&case.pinned(Bound::First, as_of));
    let mut late = exact(&case.pinned(Bound::Last, as_of));
    for (i, (a, sooner)) in late.charges.iter_mut().zip(&early.charges).enumerate() {
        if a.outcome == sooner.outcome {
            continue;
        }
        // The rough dates of this charge and of the person's history, as given; of
        // those, the ones that change the answer alone, when any does.
        let own: Vec<&(Option<usize>, FactKey, When)> = rough.iter().filter(|(c, _, _)| c.is_none_or(|c| c == i)).collect();
        let alone: Vec<&(Option<usize>, FactKey, When)> = own
            .iter()
            .copied()
            .filter(|(c, key, when)| {
                let day = when.pinned(Bound::Last, as_of).day();
                exact(&case.pinned(Bound::First, as_of).with_day(*c, *key, day)).charges.get(i).is_some_and(|x| x.outcome != sooner.outcome)
            })
            .collect();
        let own = if alone.is_empty() { own } else { alone };
        let dates = named(rules, if own.is_empty() { rough.iter().collect() } else { own.clone() });
        // Both readings may file, the later reading later: the usual case, since an
        // earlier day never makes a wait longer. Anything else needs the day.
        let later = match (sooner.outcome, a.outcome) {
            (Outcome::Eligible, Outcome::EligibleAfter { .. }) => true,
            (Outcome::EligibleAfter { eligible_date: first }, Outcome::EligibleAfter { eligible_date: last }) => last > first,
            _ => false,
        };
        if later {
            let reason = match (sooner.outcome, own.as_slice()) {
                (Outcome::EligibleAfter { eligible_date }, _) => {
                    reason(rules, a, ReasonId::RoughDateSooner, &[("dates", dates), ("date", rules.meta.long_date(eligible_date))])
                }
                (_, [(charge, key, when)]) => {
                    let last_now = last_day_now(case, *charge, *key, *when, as_of, i, exact);
                    let about = rules.fact(*key).about.clone();
                    let values = [("about", about), ("when", rules.meta.long_when(*when)), ("boundary", rules.meta.long_date(last_now))];
                    reason(rules, a, ReasonId::RoughDateNow, &values)
                }
                _ => reason(rules, a, ReasonId::RoughDateMaybeNow, &[("dates", dates)]),
            };
            a.reasons.insert(0, reason);
        } else {
            let values = [("dates", dates), ("sooner", sooner.headline.to_string()), ("later", a.headline.to_string())];
            let decides = reason(rules, a, ReasonId::RoughDateDecides, &values);
            a.missing_facts = own.iter().map(|(c, key, _)| fact(rules, *c, *key)).collect();
            a.outcome = if a.missing_facts.is_empty() { Outcome::NeedsAttorneyReview } else { Outcome::NeedsMoreInformation };
            a.headline = super::headline(rules, a.outcome, false);
            a.reasons = vec![decides];
            a.unsure_facts.clear();
            a.filing = None;
            a.alternatives.clear();
        }
    }
    late.summary = super::summary(&late.charges);
    late
}

/// The last day the one rough date may have been for charge `i` to be open now:
/// searched by halves between its first and last days (an earlier day never makes
/// the wait longer).
fn last_day_now(
    case: &Case,
    charge: Option<usize>,
    key: FactKey,
    when: When,
    as_of: NaiveDate,
    i: usize,
    exact: &dyn Fn(&Case) -> Assessment,
) -> NaiveDate {
    let open = |day: NaiveDate| {
        let pinned = case.pinned(Bound::First, as_of).with_day(charge, key, day);
        exact(&pinned).charges.get(i).is_some_and(|c| c.outcome == Outcome::Eligible)
    };
    let (mut lo, mut hi) = (when.pinned(Bound::First, as_of).day(), when.pinned(Bound::Last, as_of).day());
    // `lo` is open (the early reading was); find the last open day.
    while lo < hi {
        let mid = lo + chrono::Duration::days((hi - lo).num_days().div_euclid(2) + 1);
        if open(mid) { lo = mid } else { hi = mid.pred_opt().unwrap_or(lo) }
    }
    lo
}

/// "the date the case ended (March 2021) and the date you finished your sentence (2022)".
fn named(rules: &RuleBook, dates: Vec<&(Option<usize>, FactKey, When)>) -> String {
    let names: Vec<String> =
        dates.iter().map(|(_, key, when)| format!("{} ({})", rules.fact(*key).about, rules.meta.long_when(*when))).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), rules.meta.words.and),
    }
}

/// A reason about the rough dates, cited to the charge's route where it has one.
fn reason(rules: &RuleBook, a: &ChargeAssessment, id: ReasonId, values: &[(&str, String)]) -> Reason {
    let def = rules.reason(id);
    let (citation, certainty) = match &a.route {
        Some(r) => (r.citation.clone(), r.certainty),
        None => (def.citation.clone(), def.certainty),
    };
    Reason { rule: Cow::Borrowed(id.into()), citation, certainty, explanation: crate::rules::text::fill(&def.text, values).into() }
}

fn fact(rules: &RuleBook, charge: Option<usize>, key: FactKey) -> FactRef {
    let def = rules.fact(key);
    let field = match (key.as_str().split_once('.'), charge) {
        (Some(("charge", rest)), Some(i)) => format!("charges[{i}].{rest}"),
        _ => key.to_string(),
    };
    FactRef { field, fact: key, question: def.question.clone(), help: def.help.clone() }
}

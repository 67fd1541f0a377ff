//! What a button does and which step comes next. The order: the start, then for each
//! charge its court, the place, the charge's details and the follow-up questions the
//! engine asks about it; the list of charges (add, change, remove); the questions
//! about the person the engine still needs; a review of every answer; the results.

use super::Questionnaire;
use super::model::Screen;
use super::screens::is_stop;
use super::state::{State, Step};
use crate::case::facts::{self, FactKey};
use crate::case::{Case, Charge};
use crate::engine::{self, Assessment};
use crate::rules::{Classification, RouteId};
use strum::VariantArray;

impl Questionnaire<'_> {
    /// The engine's answer for the case, as of today.
    pub(super) fn assess(&self, case: &Case) -> Assessment {
        engine::assess(self.rules, case, self.today)
    }

    /// Does what the button `go` asks, with the form's answers, and gives the next screen.
    pub(super) fn go(&self, mut state: State, go: &str, form: &super::Form) -> Screen {
        // On "Start over?", Continue (or Enter) keeps the answers.
        let go = if state.at == Step::StartOver && go == "next" { "back" } else { go };
        match go {
            // Nothing to lose yet: start again at once.
            "restart" if state.case.charges.is_empty() => return self.start(&State::default(), None),
            "restart" if state.at == Step::StartOver => return self.screen(&state, Vec::new(), None),
            "restart" => return self.move_to(state, Step::StartOver),
            "restart_confirmed" => return self.start(&State::default(), None),
            "back" => {
                state.go_back();
                return self.screen(&state, Vec::new(), None);
            }
            // The same step again, as in another language: nothing of the form is saved.
            "same" => return self.screen(&state, Vec::new(), None),
            "add" | "add_same_court" => return self.add_charge(state, go == "add_same_court"),
            "done_charges" => {
                state.entering = None;
                let next = self.next_missing(&state, &self.assess(&state.case)).unwrap_or(Step::Review);
                return self.move_to(state, next);
            }
            "skip" => return self.skip(state, form),
            _ => {}
        }
        if let Some(i) = go.strip_prefix("remove:").and_then(|i| i.parse::<usize>().ok()) {
            if i < state.case.charges.len() {
                state.remove_charge(i);
            }
            state.at = Step::Charges;
            return self.screen(&state, Vec::new(), None);
        }
        if let Some(i) = go.strip_prefix("edit:").and_then(|i| i.parse::<usize>().ok())
            && i < state.case.charges.len()
        {
            state.entering = Some(i);
            return self.move_to(state, Step::Court(i));
        }
        if let Some(step) = Step::parse(go) {
            let Some(step) = step.filter(|step| step.fits(state.case.charges.len())) else {
                return self.screen(&state, Vec::new(), None);
            };
            state.entering = None;
            return self.move_to(state, step);
        }
        self.save_and_go_on(state, form)
    }

    /// "next": saves this screen's answers, then moves on.
    fn save_and_go_on(&self, mut state: State, form: &super::Form) -> Screen {
        let before = state.at.charge().map(|i| self.assess(&state.case).charges.get(i).and_then(|c| c.route.as_ref().map(|r| r.id)));
        let (errors, kept) = self.apply(&mut state, form);
        if !errors.is_empty() {
            return self.screen(&state, errors, Some(kept));
        }
        if let Some(asking) = self.offence_choice(&mut state, form, &kept) {
            return asking;
        }
        if state.at == Step::Start && state.case.charges.is_empty() {
            state.case.charges.push(Charge::default());
            state.entering = Some(0);
            return self.move_to(state, Step::Court(0));
        }
        let next = self.after(&state, before.flatten());
        self.move_to(state, next)
    }

    /// "I don't know" on a question screen: the answers given are saved, and a date or
    /// code section left empty is passed over.
    fn skip(&self, mut state: State, form: &super::Form) -> Screen {
        let Step::Fact(charge, ..) = state.at else { return self.screen(&state, Vec::new(), None) };
        let before = charge.map(|i| self.assess(&state.case).charges.get(i).and_then(|c| c.route.as_ref().map(|r| r.id)));
        let (errors, kept) = self.apply_or_skip(&mut state, form, true);
        if !errors.is_empty() {
            return self.screen(&state, errors, Some(kept));
        }
        let next = self.after(&state, before.flatten());
        self.move_to(state, next)
    }

    /// A new charge, from another court or, with `same_court`, from the last one's.
    fn add_charge(&self, mut state: State, same_court: bool) -> Screen {
        if state.case.charges.len() >= crate::case::MAX_CHARGES {
            let message = self.words.charges.too_many.fill(&[("max", crate::case::MAX_CHARGES.to_string())]);
            return self.screen(&state, vec![("charges".into(), message)], None);
        }
        let mut charge = Charge::default();
        let last = state.case.charges.last().filter(|_| same_court);
        if let Some(last) = last {
            // Charges from one court are often from one case and one arrest: the
            // details come filled in, to change if this charge differs.
            charge.court = last.court.clone();
            charge.case_number = last.case_number.clone();
            charge.arrest_date = last.arrest_date;
            charge.arresting_agency = last.arresting_agency.clone();
        }
        let same = last.is_some();
        state.case.charges.push(charge);
        let i = state.case.charges.len() - 1;
        state.entering = Some(i);
        self.move_to(state, if same { Step::Details(i) } else { Step::Court(i) })
    }

    fn move_to(&self, mut state: State, next: Step) -> Screen {
        state.move_to(next);
        self.screen(&state, Vec::new(), None)
    }

    /// The step after the current one, once its answers are saved. `before` is the
    /// route of the current charge before the answers changed.
    fn after(&self, state: &State, before: Option<RouteId>) -> Step {
        let a = self.assess(&state.case);
        if let Some(i) = state.at.charge()
            && !matches!(state.at, Step::Stop(_))
            && let Some(c) = a.charges.get(i)
            && is_stop(c)
            && c.route.as_ref().map(|r| r.id) != before
        {
            return Step::Stop(i);
        }
        match &state.at {
            Step::Start => {
                if state.case.charges.is_empty() {
                    Step::Court(0)
                } else {
                    Step::Charges
                }
            }
            // The court screen asks the place too.
            Step::Court(i) | Step::Place(i) if state.case.charges[*i].offence.is_none() => Step::Details(*i),
            Step::Charges => self.next_missing(state, &a).unwrap_or(Step::Review),
            Step::Review | Step::Results => Step::Results,
            // Answers the papers still need (a new one can follow an answer, such as
            // the test result after "tested") are asked on the details step again.
            Step::Person | Step::Papers => {
                if state.at == Step::Person && !self.papers_missing(&state.case).is_empty() {
                    Step::Person
                } else {
                    Step::Papers
                }
            }
            _ => self.next_missing(state, &a).unwrap_or(if state.entering.is_some() { Step::Charges } else { Step::Review }),
        }
    }

    /// The next question the rules still need, with the related questions asked on the
    /// same screen. While a charge is being entered, only that charge's questions;
    /// otherwise the person's, then every charge's.
    pub(super) fn next_missing(&self, state: &State, a: &Assessment) -> Option<Step> {
        if let Some(i) = state.entering {
            return self.next_for_charge(state, a, i);
        }
        if let Some(&k) = needed(state, a, None).first() {
            return Some(self.with_page(state, a, None, k));
        }
        (0..state.case.charges.len()).find_map(|i| self.next_for_charge(state, a, i))
    }

    /// The next question charge `i` still needs, if any.
    fn next_for_charge(&self, state: &State, a: &Assessment, i: usize) -> Option<Step> {
        let charge = &state.case.charges[i];
        if charge.court.kind.is_none() {
            return Some(Step::Court(i));
        }
        if charge.offence.is_none() {
            return Some(Step::Details(i));
        }
        // A name the offence list does not know: the code section is asked at once, so
        // the person hears it on the next screen, with what happens without one.
        if charge.statute.is_none() && !state.skipped.contains(&(Some(i), FactKey::ChargeStatute)) {
            let id = self.rules.identify(None, charge.offence.as_deref());
            if id.offence.is_none() && id.section.is_none() && self.rules.classify_felony(&id, self.today) == Classification::Unknown {
                return Some(Step::Fact(Some(i), FactKey::ChargeStatute, Vec::new()));
            }
        }
        needed(state, a, Some(i)).first().map(|&k| match k {
            FactKey::ChargeCourtKind => Step::Court(i),
            FactKey::ChargeOffence => Step::Details(i),
            _ => self.with_page(state, a, Some(i), k),
        })
    }

    /// The question `key` with the rest of its page: every other question of the page
    /// the rules need now, and each question that follows one of them (a date after
    /// "yes") when that answer would make the rules need it.
    fn with_page(&self, state: &State, a: &Assessment, charge: Option<usize>, key: FactKey) -> Step {
        let Some(page) = self.rules.fact(key).page.as_deref() else { return Step::Fact(charge, key, Vec::new()) };
        let on_page = |k: FactKey| self.rules.fact(k).page.as_deref() == Some(page);
        let mut with: Vec<FactKey> = needed(state, a, charge).into_iter().filter(|&k| k != key && on_page(k)).collect();
        let follow_ups: Vec<FactKey> =
            FactKey::VARIANTS.iter().copied().filter(|&k| on_page(k) && k != key && !with.contains(&k)).collect();
        for k in follow_ups {
            let Some((parent, answer)) = &self.rules.fact(k).follows else { continue };
            let asked = *parent == key || with.contains(parent);
            if asked && unanswered(state, charge, k) && self.needed_after(state, charge, *parent, answer, k) {
                with.push(k);
            }
        }
        with.sort();
        Step::Fact(charge, key, with)
    }

    /// Whether the rules would need `then` once `parent` is answered `answer`.
    fn needed_after(&self, state: &State, charge: Option<usize>, parent: FactKey, answer: &str, then: FactKey) -> bool {
        let mut case = state.case.clone();
        if facts::set(&mut case, charge, parent, answer, self.today).is_err() {
            return false;
        }
        let a = self.assess(&case);
        let mut missing =
            a.charges.iter().enumerate().filter(|(i, _)| charge.is_none_or(|c| c == *i)).flat_map(|(_, c)| c.missing_facts.iter());
        missing.any(|f| f.fact == then)
    }
}

/// Whether the question `key` (about charge `charge`, or the person) is still open:
/// not answered, and not passed over with "I don't know".
fn unanswered(state: &State, charge: Option<usize>, key: FactKey) -> bool {
    facts::get(&state.case, charge, key).is_none() && !state.skipped.contains(&(charge, key))
}

/// The questions the rules still need about charge `i`, or with `None` about the
/// person (for any charge), in the order they are asked.
fn needed(state: &State, a: &Assessment, charge: Option<usize>) -> Vec<FactKey> {
    let mut keys: Vec<FactKey> = match charge {
        None => a.charges.iter().flat_map(|c| c.missing_facts.iter()).map(|f| f.fact).filter(|k| !k.about_charge()).collect(),
        Some(i) => {
            let c = &state.case.charges[i];
            let mut keys: Vec<FactKey> = a.charges[i].missing_facts.iter().map(|f| f.fact).filter(|k| k.about_charge()).collect();
            // Asked of every conviction: the engine takes no answer as "no".
            if (c.is_conviction() || c.outcome == Some(crate::case::Outcome::Program)) && c.trafficking_related.is_none() {
                keys.push(FactKey::ChargeTraffickingRelated);
            }
            keys
        }
    };
    keys.sort();
    keys.dedup();
    // A date given as a month or a year is listed again only when its day decides.
    keys.retain(|&k| unanswered(state, charge, k) || (is_rough(state, charge, k) && !state.skipped.contains(&(charge, k))));
    keys
}

/// Whether the answer to `key` is a date given without its day.
fn is_rough(state: &State, charge: Option<usize>, key: FactKey) -> bool {
    facts::get(&state.case, charge, key).and_then(|v| facts::parse_when(&v).ok()).is_some_and(|w| !w.is_exact())
}

impl Questionnaire<'_> {
    /// Whether the date `key` was given without its day and the answer depends on
    /// the day: then the day is asked for.
    pub(super) fn needs_day(&self, state: &State, charge: Option<usize>, key: FactKey) -> bool {
        is_rough(state, charge, key)
            && self
                .assess(&state.case)
                .charges
                .iter()
                .enumerate()
                .any(|(i, c)| charge.is_none_or(|n| n == i) && c.missing_facts.iter().any(|f| f.fact == key))
    }
}

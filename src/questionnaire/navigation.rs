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
use crate::rules::RouteId;

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
            "add" | "add_same_court" => return self.add_charge(state, go == "add_same_court"),
            "done_charges" => {
                state.entering = None;
                let next = self.next_missing(&state, &self.assess(&state.case)).unwrap_or(Step::Review);
                return self.move_to(state, next);
            }
            "skip" => {
                if let Step::Fact(charge, key) = &state.at {
                    let skipped = (*charge, *key);
                    if !state.skipped.contains(&skipped) {
                        state.skipped.push(skipped);
                    }
                    let _ = facts::set(&mut state.case, *charge, *key, "", self.today);
                }
                let next = self.after(&state, None);
                return self.move_to(state, next);
            }
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

    /// The next question the rules still need. While a charge is being entered, only
    /// that charge's questions; otherwise the person's, then every charge's.
    pub(super) fn next_missing(&self, state: &State, a: &Assessment) -> Option<Step> {
        if let Some(i) = state.entering {
            return next_for_charge(state, a, i);
        }
        let mut person: Vec<FactKey> = a
            .charges
            .iter()
            .flat_map(|c| c.missing_facts.iter())
            .map(|f| f.fact)
            .filter(|k| !k.about_charge())
            .filter(|&k| facts::get(&state.case, None, k).is_none() && !state.skipped.contains(&(None, k)))
            .collect();
        person.sort();
        if let Some(&k) = person.first() {
            return Some(Step::Fact(None, k));
        }
        (0..state.case.charges.len()).find_map(|i| next_for_charge(state, a, i))
    }
}

/// The next question charge `i` still needs, if any.
fn next_for_charge(state: &State, a: &Assessment, i: usize) -> Option<Step> {
    let charge = &state.case.charges[i];
    if charge.court.kind.is_none() {
        return Some(Step::Court(i));
    }
    if charge.offence.is_none() {
        return Some(Step::Details(i));
    }
    let mut keys: Vec<FactKey> = a.charges[i].missing_facts.iter().map(|f| f.fact).filter(|k| k.about_charge()).collect();
    // Asked of every conviction: the engine takes no answer as "no".
    if (charge.is_conviction() || charge.outcome == Some(crate::case::Outcome::Program)) && charge.trafficking_related.is_none() {
        keys.push(FactKey::ChargeTraffickingRelated);
    }
    keys.sort();
    keys.into_iter().find(|&k| facts::get(&state.case, Some(i), k).is_none() && !state.skipped.contains(&(Some(i), k))).map(|k| match k {
        FactKey::ChargeCourtKind => Step::Court(i),
        FactKey::ChargeOffence => Step::Details(i),
        _ => Step::Fact(Some(i), k),
    })
}

//! The screen for each step: one function per kind of step, each filling in a blank
//! screen with its heading, words, fields and buttons. Every word comes from the
//! words file (`rules/text/`) or, for the engine's questions, from the rules.

mod charge;
mod charges;
mod fact;
mod papers;

use super::Questionnaire;
use super::apply::{Errors, Typed};
use super::model::*;
use super::state::{State, Step};
use crate::case::facts::{self, FactKey, FactKind};
use crate::engine::{self, ChargeAssessment};
use crate::rules::RouteKind;

impl Questionnaire<'_> {
    /// Draws the screen for `state.at`. `kept` holds values typed on a form that had
    /// errors, shown again instead of the saved answers.
    pub(super) fn screen(&self, state: &State, errors: Errors, kept: Option<Typed>) -> Screen {
        let mut s = Screen {
            state: self.answers.keep(state),
            kind: String::new(),
            context: None,
            heading: String::new(),
            lead: Vec::new(),
            heading_is_question: false,
            errors: Vec::new(),
            fields: Vec::new(),
            body: Body::None,
            actions: vec![self.next_button(self.words.common.next.as_str())],
            back: !state.trail.is_empty(),
            can_save: !state.case.charges.is_empty(),
        };
        match &state.at {
            Step::Start => {
                // A message for the whole step (a clinic's: "someone else saved") stays.
                let mut s = self.start(state, None);
                show_errors(&mut s, errors, Typed::default());
                return s;
            }
            // The place is asked with the court (a step kept for answers carried from before).
            Step::Court(i) | Step::Place(i) => self.court(&mut s, state, *i),
            Step::Details(i) => self.details(&mut s, state, *i),
            Step::Fact(charge, key, with) => self.fact(&mut s, state, *charge, *key, with),
            Step::Stop(i) => self.stop(&mut s, state, *i),
            Step::Charges => self.charges(&mut s, state),
            Step::Review => self.review(&mut s, state),
            Step::Results => self.results(&mut s, state),
            Step::Person => self.person(&mut s, state),
            Step::Papers => self.papers(&mut s, state),
            Step::StartOver => self.start_over(&mut s, state),
        }
        show_errors(&mut s, errors, kept.unwrap_or_default());
        s
    }

    /// The first screen: what the questions are about, and loading saved answers.
    pub(super) fn start(&self, state: &State, message: Option<String>) -> Screen {
        let w = &self.words.start;
        Screen {
            state: self.answers.keep(&State { at: Step::Start, ..state.clone() }),
            kind: "start".into(),
            context: None,
            heading: w.heading.to_string(),
            lead: w.lead.iter().map(ToString::to_string).collect(),
            heading_is_question: false,
            errors: message.iter().map(|m| ErrorLink { field_id: "saved-file".into(), message: m.clone() }).collect(),
            fields: Vec::new(),
            body: Body::Start { loaded_error: message },
            actions: vec![self.next_button(w.button.as_str())],
            back: false,
            can_save: false,
        }
    }

    /// "Start over?": asks before every answer is cleared.
    fn start_over(&self, s: &mut Screen, state: &State) {
        let w = &self.words.start_over;
        s.kind = "start_over".into();
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.of(state.case.charges.len()));
        s.lead.push(w.save_first.to_string());
        s.actions = vec![
            action("back", w.keep.as_str(), ActionStyle::Primary),
            action("restart_confirmed", w.clear.as_str(), ActionStyle::Warning),
        ];
        s.back = false;
    }

    /// Above the heading: which charge a step is about, e.g. "Charge 2 of 3: petit larceny".
    fn charge_context(&self, state: &State, i: usize) -> Option<String> {
        let w = &self.words.common;
        let name = state.case.charges[i].offence.clone().unwrap_or_else(|| w.new_charge.to_string());
        Some(w.charge_context.fill(&[("n", (i + 1).to_string()), ("count", state.case.charges.len().to_string()), ("name", name)]))
    }

    /// The main button, which saves the answers and goes on.
    fn next_button(&self, label: &str) -> Action {
        action("next", label, ActionStyle::Primary)
    }

    /// The answers to a yes-or-no question.
    pub(super) fn yes_no(&self) -> Vec<Choice> {
        let w = &self.words.common;
        [("yes", &w.yes), ("no", &w.no), ("unsure", &w.unsure)]
            .into_iter()
            .map(|(v, l)| Choice { value: v.into(), label: l.to_string(), hint: None })
            .collect()
    }

    /// The answers to a question with its own choices, from the rules.
    pub(super) fn options(&self, key: FactKey) -> Vec<Choice> {
        self.rules
            .fact(key)
            .options
            .iter()
            .map(|o| Choice { value: o.value.clone(), label: o.label.clone(), hint: o.hint.clone() })
            .collect()
    }

    /// The label of a fact's answer, as the person picked it.
    pub(super) fn answer_label(&self, key: FactKey, value: &str) -> String {
        match facts::kind(key) {
            Some(FactKind::Choice(_)) => {
                self.options(key).into_iter().find(|c| c.value == value).map_or_else(|| value.to_string(), |c| c.label)
            }
            Some(FactKind::Date) => facts::parse_when(value).map_or_else(|_| value.to_string(), |d| self.rules.meta.long_when(d)),
            Some(FactKind::Answer) => self.yes_no().into_iter().find(|c| c.value == value).map_or_else(|| value.to_string(), |c| c.label),
            _ => value.to_string(),
        }
    }
}

/// A button.
pub(super) fn action(go: &str, label: &str, style: ActionStyle) -> Action {
    Action { go: go.into(), label: label.into(), style }
}

/// Errors: the summary links to each field (naming its question when there are
/// several, so "Choose an answer" twice says which); the typed values come back.
fn show_errors(s: &mut Screen, errors: Errors, kept: Typed) {
    let several = s.fields.iter().filter(|f| errors.iter().any(|(k, _)| *k == f.name)).count() > 1;
    for field in &mut s.fields {
        if let Some((_, v)) = kept.iter().find(|(k, _)| *k == field.name) {
            field.value = v.clone();
        }
        if let Some((_, m)) = errors.iter().find(|(k, _)| *k == field.name) {
            field.error = Some(m.clone());
            let label = field.label.trim();
            let summary = if !several || label.is_empty() {
                m.clone()
            } else if label.ends_with('?') {
                format!("{label} {m}")
            } else {
                format!("{label}: {m}")
            };
            s.errors.push(ErrorLink { field_id: field.id(), message: summary });
        }
    }
    for (name, message) in &errors {
        if !s.fields.iter().any(|f| &f.name == name) {
            s.errors.push(ErrorLink { field_id: "step-heading".into(), message: message.clone() });
        }
    }
}

/// A result that belongs somewhere other than an expungement petition: shown at once.
pub(super) fn is_stop(c: &ChargeAssessment) -> bool {
    c.route.as_ref().is_some_and(|r| r.kind == RouteKind::Referral) && c.outcome != engine::Outcome::NeedsMoreInformation
}

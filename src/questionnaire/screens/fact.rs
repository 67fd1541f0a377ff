//! The engine's questions: one on its own screen, or the related questions of a page
//! (`[page.<name>]` in `rules/ms/facts.toml`) together, each with its own field and
//! its own error.

use super::action;
use crate::case::facts::{self, FactKey, FactKind};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::apply::shown;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;

impl Questionnaire<'_> {
    /// The question `key`, about a charge or the person, with the questions `with`
    /// asked on the same screen.
    pub(super) fn fact(&self, s: &mut Screen, state: &State, charge: Option<usize>, key: FactKey, with: &[FactKey]) {
        let shown = shown(key, with);
        s.kind = "fact".into();
        s.context = match charge {
            Some(i) => self.charge_context(state, i),
            None => Some(self.words.common.about_you.to_string()),
        };
        let page = self.rules.fact(key).page.as_ref().and_then(|p| self.rules.pages.get(p));
        match page.filter(|_| shown.len() > 1) {
            Some(page) => {
                s.heading = page.heading.clone();
                s.lead.extend(page.lead.clone());
            }
            None => {
                s.heading = self.rules.fact(key).question.clone();
                s.heading_is_question = true;
            }
        }
        for &k in &shown {
            s.fields.push(self.fact_field(state, charge, k, &shown));
        }
        // Questions with no "I'm not sure" answer can be passed over.
        let kinds: Vec<Option<FactKind>> = shown.iter().map(|&k| facts::kind(k)).collect();
        if kinds.contains(&Some(FactKind::Date)) {
            s.actions.push(action("skip", self.words.fact.skip_date.as_str(), ActionStyle::Secondary));
        } else if kinds.contains(&Some(FactKind::Section)) {
            s.actions.push(action("skip", self.words.fact.skip_section.as_str(), ActionStyle::Secondary));
        }
    }

    /// One question's field, named by its key ("charge.fines_costs_paid"), showing the
    /// saved answer or nothing. A question under another one on the screen says which
    /// answer it follows, and is needed only after that answer.
    fn fact_field(&self, state: &State, charge: Option<usize>, key: FactKey, shown: &[FactKey]) -> Field {
        let fact = self.rules.fact(key);
        let input = match facts::kind(key) {
            Some(FactKind::Date) => Input::Date { rough: !self.needs_day(state, charge, key) },
            Some(FactKind::Bac) => Input::Decimal,
            Some(FactKind::Choice(_)) => Input::Radio(self.options(key)),
            Some(FactKind::Section) => Input::Text { suggestions: Vec::new(), autocomplete: Some("off".into()) },
            _ => Input::Radio(self.yes_no()),
        };
        let follows = fact.follows.as_ref().filter(|(parent, _)| shown.contains(parent));
        let help = match follows {
            Some((parent, answer)) => {
                let only_if = self.words.fact.only_if.fill(&[("answer", self.answer_label(*parent, answer))]);
                format!("{only_if} {}", fact.help)
            }
            None if self.needs_day(state, charge, key) => format!("{} {}", self.words.fact.day_needed, fact.help),
            None => fact.help.clone(),
        };
        Field {
            name: key.as_str().into(),
            label: fact.question.clone(),
            help: Some(help),
            input,
            value: facts::get(&state.case, charge, key).unwrap_or_default(),
            error: None,
            required: follows.is_none(),
        }
    }
}

//! "Check your answers": every answer given, grouped by charge and then the person's,
//! each with a button to change it.

use strum::VariantArray;

use super::Questionnaire;
use super::model::*;
use super::state::{State, Step};
use crate::case::facts::{self, FactKey};
use crate::engine;

impl Questionnaire<'_> {
    /// The review screen.
    pub(super) fn review(&self, s: &mut Screen, state: &State) {
        let w = &self.words.review;
        s.kind = "review".into();
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.to_string());
        s.body = Body::Review(self.review_groups(state));
        s.actions = vec![Action { go: "open:results".into(), label: w.see_results.to_string(), style: ActionStyle::Primary }];
    }

    /// One group for each charge, then one for the person if they answered anything.
    fn review_groups(&self, state: &State) -> Vec<ReviewGroup> {
        let w = &self.words.review;
        let case = &state.case;
        let mut groups = Vec::new();
        for (i, c) in case.charges.iter().enumerate() {
            let mut rows = vec![
                self.row(w.court.as_str(), Some(engine::court_name(self.rules, c)), Step::Court(i)),
                self.row(w.charge.as_str(), c.offence.clone(), Step::Details(i)),
                self.row(w.statute.as_str(), c.statute.clone(), Step::Details(i)),
                self.row(w.case_number.as_str(), c.case_number.clone(), Step::Details(i)),
                self.row(w.arrest_date.as_str(), c.arrest_date.map(|d| self.rules.meta.long_when(d)), Step::Details(i)),
                self.row(w.agency.as_str(), c.arresting_agency.clone(), Step::Details(i)),
            ];
            for &key in FactKey::VARIANTS.iter().filter(|k| k.about_charge()) {
                // Shown in the rows above already.
                if matches!(key, FactKey::ChargeCourtKind | FactKey::ChargeOffence | FactKey::ChargeStatute | FactKey::ChargeArrestDate) {
                    continue;
                }
                rows.extend(self.fact_row(state, Some(i), key));
            }
            let title = self.words.common.charge_title.fill(&[("n", (i + 1).to_string()), ("name", c.offence.clone().unwrap_or_default())]);
            groups.push(ReviewGroup { title, rows });
        }
        let rows: Vec<ReviewRow> =
            FactKey::VARIANTS.iter().filter(|k| !k.about_charge()).filter_map(|&key| self.fact_row(state, None, key)).collect();
        if !rows.is_empty() {
            groups.push(ReviewGroup { title: self.words.common.about_you.to_string(), rows });
        }
        groups
    }

    /// The row of a question answered, or skipped with "I don't know".
    fn fact_row(&self, state: &State, charge: Option<usize>, key: FactKey) -> Option<ReviewRow> {
        let question = &self.rules.fact(key).question;
        let value = match facts::get(&state.case, charge, key) {
            Some(v) => self.answer_label(key, &v),
            None if state.skipped.contains(&(charge, key)) => self.words.common.dont_know.to_string(),
            None => return None,
        };
        Some(self.row(question, Some(value), Step::Fact(charge, key, Vec::new())))
    }

    /// A row: the label, the answer (or "Not given"), and the step that changes it.
    fn row(&self, label: &str, value: Option<String>, step: Step) -> ReviewRow {
        ReviewRow { label: label.into(), value: value.unwrap_or_else(|| self.words.common.not_given.to_string()), change: Some(step.go()) }
    }
}

//! The list of charges: add, change, remove.

use super::action;
use crate::case::Charge;
use crate::case::facts::FactKey;
use crate::engine;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;

impl Questionnaire<'_> {
    /// Every charge listed so far, with buttons to add another or go on.
    pub(super) fn charges(&self, s: &mut Screen, state: &State) {
        let w = &self.words.charges;
        let n = state.case.charges.len();
        s.kind = "charges".into();
        s.heading = w.heading.of(n);
        s.lead.push(w.lead.to_string());
        s.body = Body::Charges(
            state
                .case
                .charges
                .iter()
                .enumerate()
                .map(|(i, c)| ChargeRow {
                    index: i,
                    title: c.offence.clone().unwrap_or_else(|| w.not_finished.to_string()),
                    details: self.charge_details(c),
                })
                .collect(),
        );
        s.actions = vec![
            action("done_charges", w.done.as_str(), ActionStyle::Primary),
            action("add_same_court", w.add_same_court.as_str(), ActionStyle::Secondary),
            action("add", w.add_other_court.as_str(), ActionStyle::Secondary),
        ];
        if n == 0 {
            s.heading = w.none.to_string();
            s.actions = vec![action("add", w.add_first.as_str(), ActionStyle::Primary)];
        }
    }

    /// A charge's court, case number and outcome, one line each.
    fn charge_details(&self, c: &Charge) -> Vec<String> {
        let mut out = vec![engine::court_name(self.rules, c)];
        if let Some(n) = &c.case_number {
            out.push(self.words.charges.case_number.fill(&[("number", n.clone())]));
        }
        if let Some(o) = c.outcome.and_then(|o| serde_json::to_value(o).ok()).and_then(|v| v.as_str().map(str::to_string)) {
            out.push(self.answer_label(FactKey::ChargeOutcome, &o));
        }
        out
    }
}

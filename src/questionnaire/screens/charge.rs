//! The steps about one charge: its court, the court's place, the charge's details,
//! and the stop that says at once when a charge belongs somewhere other than an
//! expungement petition. The engine's questions are in `fact.rs`.

use super::action;
use crate::case::CourtKind;
use crate::case::facts::{self, FactKey};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;
use crate::rules::RouteId;

/// A free-text field.
fn text_field(name: &str, label: &str, help: &str, value: &Option<String>, required: bool, suggestions: Vec<String>) -> Field {
    Field {
        name: name.into(),
        label: label.into(),
        help: (!help.is_empty()).then(|| help.to_string()),
        input: Input::Text { suggestions, autocomplete: None },
        value: value.clone().unwrap_or_default(),
        error: None,
        required,
    }
}

impl Questionnaire<'_> {
    /// "What kind of court had the case?", from the rules.
    pub(super) fn court(&self, s: &mut Screen, state: &State, i: usize) {
        s.kind = "court".into();
        s.context = self.charge_context(state, i);
        let fact = self.rules.fact(FactKey::ChargeCourtKind);
        s.heading = fact.question.clone();
        s.heading_is_question = true;
        s.fields.push(Field {
            name: "court_kind".into(),
            label: fact.question.clone(),
            help: Some(fact.help.clone()),
            input: Input::Radio(self.options(FactKey::ChargeCourtKind)),
            value: facts::get(&state.case, Some(i), FactKey::ChargeCourtKind).unwrap_or_default(),
            error: None,
            required: true,
        });
    }

    /// The court's county, and a city court's city.
    pub(super) fn place(&self, s: &mut Screen, state: &State, i: usize) {
        let w = &self.words.place;
        let court = &state.case.charges[i].court;
        s.kind = "place".into();
        s.context = self.charge_context(state, i);
        s.heading = w.heading.to_string();
        let mut counties = vec![Choice { value: String::new(), label: self.words.common.unsure.to_string(), hint: None }];
        counties.extend(self.rules.counties.iter().map(|c| Choice { value: c.clone(), label: c.clone(), hint: None }));
        s.fields.push(Field {
            name: "county".into(),
            label: w.county_label.to_string(),
            help: Some(w.county_help.to_string()),
            input: Input::Select(counties),
            value: court.county.clone().unwrap_or_default(),
            error: None,
            required: false,
        });
        if court.kind == Some(CourtKind::Municipal) {
            s.fields.push(Field {
                name: "city".into(),
                label: w.city_label.to_string(),
                help: Some(w.city_help.to_string()),
                input: Input::Text { suggestions: Vec::new(), autocomplete: None },
                value: court.city.clone().unwrap_or_default(),
                error: None,
                required: true,
            });
        }
    }

    /// The charge's name, code section, case number, arrest date and agency.
    pub(super) fn details(&self, s: &mut Screen, state: &State, i: usize) {
        let w = &self.words.details;
        let c = &state.case.charges[i];
        s.kind = "details".into();
        s.context = self.charge_context(state, i);
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.to_string());
        let copied = c.case_number.is_some() || c.arrest_date.is_some() || c.arresting_agency.is_some();
        if copied && c.offence.as_deref().is_none_or(str::is_empty) && i > 0 {
            s.lead.push(w.copied.to_string());
        }
        let mut names: Vec<String> = self.rules.offences.offence.iter().map(|o| o.name.to_string()).collect();
        names.sort();
        names.dedup();
        s.fields.push(text_field("offence", w.offence_label.as_str(), w.offence_help.as_str(), &c.offence, true, names));
        s.fields.push(text_field("statute", w.statute_label.as_str(), w.statute_help.as_str(), &c.statute, false, Vec::new()));
        s.fields.push(text_field(
            "case_number",
            w.case_number_label.as_str(),
            w.case_number_help.as_str(),
            &c.case_number,
            false,
            Vec::new(),
        ));
        s.fields.push(Field {
            name: "arrest_date".into(),
            label: w.arrest_date_label.to_string(),
            help: Some(w.arrest_date_help.to_string()),
            input: Input::Date,
            value: facts::get(&state.case, Some(i), FactKey::ChargeArrestDate).unwrap_or_default(),
            error: None,
            required: false,
        });
        s.fields.push(text_field(
            "arresting_agency",
            w.agency_label.as_str(),
            w.agency_help.as_str(),
            &c.arresting_agency,
            false,
            Vec::new(),
        ));
    }

    /// This charge goes somewhere other than an expungement petition: its card, now.
    pub(super) fn stop(&self, s: &mut Screen, state: &State, i: usize) {
        let w = &self.words.stop;
        let a = self.assess(&state.case);
        let assessed = &a.charges[i];
        let card = self.card(&state.case, assessed);
        let trafficking = assessed.route.as_ref().is_some_and(|route| route.id == RouteId::TraffickingSurvivor);
        s.kind = "stop".into();
        s.context = self.charge_context(state, i);
        s.heading = card.headline.clone();
        s.body = Body::Stop { card, hotline: trafficking.then(|| self.rules.help.trafficking.text.clone()) };
        s.lead.push(w.lead.to_string());
        s.actions = vec![
            self.next_button(self.words.common.next.as_str()),
            action(&format!("open:court:{i}"), w.change.as_str(), ActionStyle::Secondary),
            action(&format!("remove:{i}"), w.remove.as_str(), ActionStyle::Warning),
        ];
    }
}

//! The court papers: the person's details they need, then the papers as they will
//! print, with the download.

use super::action;
use crate::case::Case;
use crate::engine::{self, Assessment};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;

impl Questionnaire<'_> {
    /// The person's details for the papers, and missing case numbers.
    pub(super) fn person(&self, s: &mut Screen, state: &State) {
        let w = &self.words.person;
        let a = self.assess(&state.case);
        s.kind = "person".into();
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.to_string());
        s.fields = self.person_fields(&state.case, &a);
        s.actions = vec![self.next_button(w.button.as_str())];
    }

    /// The papers as they will print, or why there are none.
    pub(super) fn papers(&self, s: &mut Screen, state: &State) {
        let w = &self.words.papers;
        s.kind = "papers".into();
        s.heading = w.heading.to_string();
        s.actions = vec![
            action("open:person", w.change_details.as_str(), ActionStyle::Secondary),
            action("open:results", w.back_to_results.as_str(), ActionStyle::Secondary),
        ];
        match crate::packet::prepare(self.rules, &state.case, self.today) {
            Ok(papers) => {
                s.lead.push(w.lead.to_string());
                s.body = Body::Papers { html: papers.html() };
            }
            Err(crate::packet::Refused::NothingToFile { .. }) => s.lead.push(w.nothing_to_file.to_string()),
            Err(crate::packet::Refused::DidNotVerify(_)) => s.lead.push(w.did_not_check.to_string()),
        }
    }

    /// The details the papers need: name, other names, birth date, address, phone,
    /// email, and the case number of each charge in the papers that has none.
    fn person_fields(&self, case: &Case, a: &Assessment) -> Vec<Field> {
        let w = &self.words.person;
        let p = &case.petitioner;
        let text = |name: &str, label: &str, help: &str, value: Option<String>, required: bool, autocomplete: &str| Field {
            name: name.into(),
            label: label.into(),
            help: (!help.is_empty()).then(|| help.to_string()),
            input: Input::Text { suggestions: Vec::new(), autocomplete: Some(autocomplete.into()) },
            value: value.unwrap_or_default(),
            error: None,
            required,
        };
        let mut fields = vec![
            text("full_name", w.full_name_label.as_str(), w.full_name_help.as_str(), p.full_name.clone(), true, "name"),
            text(
                "other_names",
                w.other_names_label.as_str(),
                w.other_names_help.as_str(),
                (!p.other_names.is_empty()).then(|| p.other_names.join("; ")),
                false,
                "off",
            ),
            Field {
                name: "date_of_birth".into(),
                label: w.birth_date_label.to_string(),
                help: Some(w.birth_date_help.to_string()),
                input: Input::Date,
                value: p.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
                error: None,
                required: false,
            },
            text("address", w.address_label.as_str(), w.address_help.as_str(), p.address.clone(), false, "street-address"),
            text("phone", w.phone_label.as_str(), "", p.phone.clone(), false, "tel"),
            text("email", w.email_label.as_str(), "", p.email.clone(), false, "email"),
        ];
        for c in a.charges.iter().filter(|c| c.outcome == engine::Outcome::Eligible) {
            if case.charges[c.charge].case_number.is_none() {
                let label = w.case_number_label.fill(&[("n", (c.charge + 1).to_string()), ("name", c.name.clone())]);
                fields.push(text(&format!("case_number_{}", c.charge), &label, w.case_number_help.as_str(), None, false, "off"));
            }
        }
        fields
    }
}

//! The steps about one charge: its court, the court's place, the charge's details,
//! and the stop that says at once when a charge belongs somewhere other than an
//! expungement petition. The engine's questions are in `fact.rs`.

use super::action;
use crate::case::facts::{self, FactKey};
use crate::questionnaire::Form;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::apply::Typed;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;
use crate::questionnaire::state::Step;
use crate::rules::names::{self, Understood};
use crate::rules::{RouteId, Section};

/// The form name of the choice among offences near a typed name.
const MATCH: &str = "offence_match";
/// Its answer "It is not in the list".
const NOT_LISTED: &str = "none";

/// "shoplifting" as "Shoplifting".
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

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
    /// The court: its kind (from the rules), its county, and a city court's city, on
    /// one screen. The city box is always there, needed only for a municipal court, so
    /// the screen works the same without JavaScript.
    pub(super) fn court(&self, s: &mut Screen, state: &State, i: usize) {
        let w = &self.words.place;
        s.kind = "court".into();
        s.context = self.charge_context(state, i);
        let fact = self.rules.fact(FactKey::ChargeCourtKind);
        s.heading = fact.question.clone();
        s.fields.push(Field {
            name: "court_kind".into(),
            label: w.court_label.to_string(),
            help: Some(fact.help.clone()),
            input: Input::Radio(self.options(FactKey::ChargeCourtKind)),
            value: facts::get(&state.case, Some(i), FactKey::ChargeCourtKind).unwrap_or_default(),
            error: None,
            required: true,
        });
        let court = &state.case.charges[i].court;
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
        s.fields.push(Field {
            name: "city".into(),
            label: w.city_label.to_string(),
            help: Some(w.city_help.to_string()),
            input: Input::Text { suggestions: Vec::new(), autocomplete: None },
            value: court.city.clone().unwrap_or_default(),
            error: None,
            required: false,
        });
    }

    /// The charge's name, code section, case number, arrest date and agency.
    /// A name the catalogue does not know exactly comes back with the nearest offences
    /// to choose from.
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
        if let Some(name) = c.offence.as_deref() {
            self.offence_match(s, c.statute.as_deref(), name);
        }
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
            input: Input::Date { rough: true },
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

    /// What the typed name was understood as, when it is not one offence's exact name:
    /// the nearest offences, and "It is not in the list", which says what comes next.
    /// Drawn again after a Continue (with nothing chosen), or when the charge is opened
    /// again (with the answer given then).
    fn offence_match(&self, s: &mut Screen, statute: Option<&str>, name: &str) {
        let w = &self.words.details;
        let (Understood::Choose(list), number) = self.rules.understand(statute, name) else { return };
        let mut choices: Vec<Choice> = list
            .iter()
            .map(|&j| {
                let o = &self.rules.offences.offence[j];
                Choice {
                    value: o.id.get_ref().clone(),
                    label: self.offence_label(j, number),
                    hint: o.sections.is_empty().then(|| w.match_general_hint.to_string()),
                }
            })
            .collect();
        // Opened again: the offence whose name it now is, or "not in the list".
        let chosen = match self.rules.names_exact(name) {
            Some(j) if list.contains(&j) => self.rules.offences.offence[j].id.get_ref().clone(),
            _ => NOT_LISTED.to_string(),
        };
        choices.push(Choice { value: NOT_LISTED.into(), label: w.not_listed.to_string(), hint: Some(w.not_listed_hint.to_string()) });
        let label = match list.len() {
            0 => w.match_none.fill(&[("name", name.to_string())]),
            1 => w.match_one.to_string(),
            _ => w.match_several.to_string(),
        };
        s.lead.push(w.match_lead.fill(&[("name", name.to_string())]));
        let at = s.fields.iter().position(|f| f.name == "offence").map_or(s.fields.len(), |p| p + 1);
        s.fields.insert(
            at,
            Field {
                name: MATCH.into(),
                label,
                help: Some(w.match_help.to_string()),
                input: Input::Radio(choices),
                value: chosen,
                error: None,
                required: true,
            },
        );
    }

    /// An offence's name as offered: "Shoplifting, § 97-23-93 (3rd offense)".
    fn offence_label(&self, j: usize, number: Option<u8>) -> String {
        let o = &self.rules.offences.offence[j];
        let mut label = capitalised(&o.name);
        let sections: Vec<String> = o.sections.iter().filter_map(|s| Section::parse(s)).map(|s| s.to_string()).collect();
        if !sections.is_empty() && !o.name.contains('§') {
            label = format!("{label}, {}", sections.join(", "));
        }
        if let Some(n) = number.filter(|_| !names::has_ordinal(&o.name)) {
            label = format!("{label} {}", self.words.details.match_number.fill(&[("number", n.to_string())]));
        }
        label
    }

    /// After Continue on the charge's details: when the name is not one offence's
    /// exact name, the person's choice among the nearest. A chosen offence's name
    /// replaces the typed one (with the offence number typed); "not in the list" keeps
    /// it. With no choice yet (or one from before the name changed), the same screen
    /// again, everything typed kept, with the choices.
    pub(in crate::questionnaire) fn offence_choice(&self, state: &mut State, form: &Form, kept: &Typed) -> Option<Screen> {
        let Step::Details(i) = state.at else { return None };
        let c = &state.case.charges[i];
        let name = c.offence.clone()?;
        let (Understood::Choose(list), number) = self.rules.understand(c.statute.as_deref(), &name) else { return None };
        let picked = form.iter().find(|(k, _)| k == MATCH).map(|(_, v)| v.as_str()).unwrap_or("");
        if picked == NOT_LISTED {
            return None;
        }
        if let Some(&j) = list.iter().find(|&&j| self.rules.offences.offence[j].id.get_ref() == picked) {
            let o = &self.rules.offences.offence[j];
            let suffix = number.filter(|_| !names::has_ordinal(&o.name)).map(|n| format!(" ({} offense)", names::ordinal_short(n)));
            state.case.charges[i].offence = Some(format!("{}{}", o.name, suffix.unwrap_or_default()));
            return None;
        }
        let mut kept = kept.clone();
        kept.retain(|(k, _)| k != MATCH);
        kept.push((MATCH.into(), String::new()));
        Some(self.screen(state, Vec::new(), Some(kept)))
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

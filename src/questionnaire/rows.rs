//! Charges and people typed as rows of a table (the clinic's fast entry and its
//! import), checked by the same code as the questionnaire's own screens: a row's
//! court is checked as the court screen checks it, its details as the details screen
//! does, and a person's details as the papers step does. So a value refused on a
//! screen is refused in a row, with the same plain message.

use super::state::{State, Step};
use super::{Form, Questionnaire};
use crate::case::facts::{self, FactKey};
use crate::case::{Case, Charge};

/// A row's problems: the field's name and its message.
pub type RowErrors = Vec<(String, String)>;

/// The fields of a charge's row, as the questionnaire's screens name them.
pub const CHARGE_FIELDS: [&str; 11] = [
    "offence",
    "statute",
    "level",
    "court_kind",
    "county",
    "city",
    "case_number",
    "arrest_date",
    "arresting_agency",
    "outcome",
    "disposition_date",
];

/// The fields of a person's details, as the papers step names them.
pub const PERSON_FIELDS: [&str; 6] = ["full_name", "other_names", "date_of_birth", "address", "phone", "email"];

/// The questions about the person (not one charge) a list may answer, by column.
pub const HISTORY_FIELDS: [(&str, FactKey); 4] = [
    ("pending_charges", FactKey::HistoryPendingCharges),
    ("other_convictions", FactKey::HistoryOtherConvictions),
    ("prior_misdemeanor_expunction", FactKey::HistoryPriorMisdemeanorExpunction),
    ("prior_felony_expunction", FactKey::HistoryPriorFelonyExpunction),
];

/// The facts a charge's row gives that no screen of the charge's own asks with it.
const ROW_FACTS: [(&str, FactKey); 3] =
    [("level", FactKey::ChargeLevel), ("outcome", FactKey::ChargeOutcome), ("disposition_date", FactKey::ChargeDispositionDate)];

impl Questionnaire<'_> {
    /// Puts a row's cells into charge `i` of `case` (a new charge when `i` is the
    /// number of charges). Every field of the row is set from its cell, an empty cell
    /// clearing it; the charge's other answers are kept. On any problem the case is
    /// left as it was and every problem comes back, by field.
    pub fn enter_charge(&self, case: &mut Case, i: usize, cells: &Form) -> RowErrors {
        let mut state = State { case: case.clone(), ..State::default() };
        if i == state.case.charges.len() {
            state.case.charges.push(Charge::default());
        }
        if i >= state.case.charges.len() {
            return vec![(String::new(), String::new())];
        }
        let mut errors = RowErrors::new();
        for step in [Step::Court(i), Step::Details(i)] {
            state.at = step;
            errors.extend(self.apply(&mut state, cells).0);
        }
        let get = |name: &str| cells.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
        for (name, key) in ROW_FACTS {
            if let Err(e) = facts::set(&mut state.case, Some(i), key, get(name), self.today) {
                errors.push((name.to_string(), self.words.rejected(&e)));
            }
        }
        if errors.is_empty() {
            // What the screens check one at a time, checked together as a saved case is:
            // a case that ends before its arrest, or an arrest before the person's birth.
            errors = charge_problems(&state.case, i, self.today);
        }
        if errors.is_empty() {
            *case = state.case;
        }
        self.in_table_words(errors)
    }

    /// The screens' words for a date's or a county's form, as a row types them: one box
    /// ("3/14/2021", not three), a county's name (no list to choose from in a file).
    fn in_table_words(&self, errors: RowErrors) -> RowErrors {
        let e = &self.words.errors;
        let date_form = [e.date.as_str(), e.year.as_str(), e.day_without_month.as_str(), e.no_year.as_str()];
        let c = &self.words.clinic;
        errors
            .into_iter()
            .map(|(field, message)| {
                let message = if field.ends_with("_date") && date_form.contains(&message.as_str()) {
                    c.entry_date_error.to_string()
                } else if field == "county" && message == self.words.place.county_unknown.as_str() {
                    c.entry_county_error.to_string()
                } else {
                    message
                };
                (field, message)
            })
            .collect()
    }

    /// Puts a person's details into `case`, checked as the papers step checks them
    /// (a name is needed). The statements the papers ask for are kept, and the
    /// charges' answers the papers still need are not asked here.
    pub fn enter_person(&self, case: &mut Case, cells: &Form) -> RowErrors {
        let alone = Case { petitioner: case.petitioner.clone(), ..Case::default() };
        let mut state = State { case: alone, at: Step::Person, ..State::default() };
        let kept = [
            ("rehabilitation", case.petitioner.rehabilitation.clone()),
            ("dui_justification", case.petitioner.dui_justification.clone()),
            ("cannot_pay_fee", case.petitioner.cannot_pay_fee.and_then(|a| serde_json::to_value(a).ok()?.as_str().map(str::to_string))),
        ];
        let mut form: Form = cells.iter().filter(|(k, _)| PERSON_FIELDS.contains(&k.as_str())).cloned().collect();
        form.extend(kept.into_iter().filter_map(|(k, v)| Some((k.to_string(), v?))));
        let (errors, _) = self.apply(&mut state, &form);
        if errors.is_empty() {
            case.petitioner = state.case.petitioner;
        }
        errors
    }

    /// Puts a person's answers to the questions about them (`HISTORY_FIELDS`: yes, no
    /// or unsure, in any case) into `case`; every problem comes back, by field.
    pub fn enter_history(&self, case: &mut Case, cells: &Form) -> RowErrors {
        let mut errors = RowErrors::new();
        for (name, key) in HISTORY_FIELDS {
            let Some((_, raw)) = cells.iter().find(|(k, _)| k == name) else { continue };
            if let Err(e) = facts::set(case, None, key, &raw.trim().to_lowercase(), self.today) {
                errors.push((name.to_string(), self.words.rejected(&e)));
            }
        }
        errors
    }
}

/// The problems the case's own check (`case::check`, which every saved case passes)
/// finds in charge `i`, by the row's field; a problem with a field the row does not
/// show is the row's own.
fn charge_problems(case: &Case, i: usize, today: chrono::NaiveDate) -> RowErrors {
    let prefix = format!("charges[{i}].");
    crate::case::check(case, today)
        .into_iter()
        .filter_map(|e| {
            let field = e.field.strip_prefix(&prefix)?;
            let field = field.strip_prefix("court.").unwrap_or(field);
            let field = if CHARGE_FIELDS.contains(&field) { field.to_string() } else { String::new() };
            Some((field, e.message))
        })
        .collect()
}

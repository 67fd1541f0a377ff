//! A step's answers put into the case, with every typed text checked. On a problem
//! the case is left as it was, and the typed values come back to be shown again.

use super::state::{State, Step};
use super::words::Words;
use super::{Form, Questionnaire, value};
use crate::case::facts::{self, FactKey, FactKind};
use crate::case::{Answer, Case, CourtKind};

/// A field's problem, by field name.
pub(super) type Errors = Vec<(String, String)>;

/// The values typed on a form, by field name, to show again beside its errors.
pub(super) type Typed = Vec<(String, String)>;

impl Questionnaire<'_> {
    /// Saves the current screen's answers into the case. On a problem, the case is
    /// left as it was and the typed values come back to be shown again.
    pub(super) fn apply(&self, state: &mut State, form: &Form) -> (Errors, Typed) {
        let w = self.words;
        let mut errors = Errors::new();
        let mut case = state.case.clone();
        let get = |name: &str| value(form, name).unwrap_or("").trim().to_string();
        let kept: Typed = form.iter().filter(|(k, _)| k != "state" && k != "go").cloned().collect();
        let set = |case: &mut Case, charge: Option<usize>, key: FactKey, name: &str, errors: &mut Errors| {
            if let Err(e) = facts::set(case, charge, key, &get(name), self.today) {
                errors.push((name.to_string(), e.0));
            }
        };
        match state.at.clone() {
            // The court's kind and place, on one screen.
            Step::Court(i) | Step::Place(i) => {
                if get("court_kind").is_empty() {
                    errors.push(("court_kind".into(), w.common.court_required.to_string()));
                }
                set(&mut case, Some(i), FactKey::ChargeCourtKind, "court_kind", &mut errors);
                if case.charges[i].court.kind.is_some() {
                    self.apply_place(&mut case, i, &get, &mut errors);
                }
            }
            Step::Details(i) => {
                let c = &mut case.charges[i];
                for (name, max, slot) in [
                    ("offence", 200, &mut c.offence),
                    ("statute", 60, &mut c.statute),
                    ("case_number", 60, &mut c.case_number),
                    ("arresting_agency", 150, &mut c.arresting_agency),
                ] {
                    match text(w, &get(name), max) {
                        Ok(v) => *slot = v,
                        Err(m) => errors.push((name.into(), m)),
                    }
                }
                if c.offence.is_none() && !errors.iter().any(|(n, _)| n == "offence") {
                    errors.push(("offence".into(), w.details.offence_required.to_string()));
                }
                set(&mut case, Some(i), FactKey::ChargeArrestDate, "arrest_date", &mut errors);
            }
            Step::Fact(charge, key) => {
                if get("value").is_empty() {
                    let message = match facts::kind(key) {
                        Some(FactKind::Date) => &w.fact.date_required,
                        Some(FactKind::Bac) => &w.fact.bac_required,
                        Some(FactKind::Section) => &w.fact.section_required,
                        _ => &w.fact.answer_required,
                    };
                    errors.push(("value".into(), message.to_string()));
                } else {
                    set(&mut case, charge, key, "value", &mut errors);
                    state.skipped.retain(|s| s != &(charge, key));
                }
            }
            Step::Person => self.apply_person(&mut case, &get, &mut errors),
            Step::Start | Step::Stop(_) | Step::Charges | Step::Review | Step::Results | Step::Papers | Step::StartOver => {}
        }
        if errors.is_empty() {
            state.case = case;
        }
        (errors, kept)
    }

    /// Saves where charge `i`'s court was: its county, and a city court's city.
    fn apply_place(&self, case: &mut Case, i: usize, get: &dyn Fn(&str) -> String, errors: &mut Errors) {
        let w = self.words;
        let county = get("county");
        let c = &mut case.charges[i];
        if county.is_empty() {
            c.court.county = None;
        } else if let Some(name) = self.rules.counties.iter().find(|n| n.eq_ignore_ascii_case(&county)) {
            c.court.county = Some(name.clone());
        } else {
            errors.push(("county".into(), w.place.county_unknown.to_string()));
        }
        let city = get("city");
        if c.court.kind == Some(CourtKind::Municipal) {
            match text(w, &city, 60) {
                Ok(city) => c.court.city = city,
                Err(m) => errors.push(("city".into(), m)),
            }
            if c.court.city.is_none() && !errors.iter().any(|(n, _)| n == "city") {
                errors.push(("city".into(), w.place.city_required.to_string()));
            }
        } else {
            c.court.city = None;
        }
    }

    /// Saves the person's details for the papers; every problem is reported.
    fn apply_person(&self, case: &mut Case, get: &dyn Fn(&str) -> String, errors: &mut Errors) {
        use validator::ValidateEmail;
        let w = self.words;
        let mut field = |name: &str, max: usize| match text(w, &get(name), max) {
            Ok(v) => v,
            Err(m) => {
                errors.push((name.into(), m));
                None
            }
        };
        let full_name = field("full_name", 120);
        let other = field("other_names", 300);
        let address = field("address", 200);
        let phone = field("phone", 30);
        let email = field("email", 254);
        // The person's own words come from a box of several lines: the papers print
        // them as one paragraph.
        let mut paragraph =
            |name: &str| match text(w, &get(name).split_whitespace().collect::<Vec<_>>().join(" "), crate::case::STATEMENT_MAX) {
                Ok(v) => v,
                Err(m) => {
                    errors.push((name.into(), m));
                    None
                }
            };
        let rehabilitation = paragraph("rehabilitation");
        let dui_justification = paragraph("dui_justification");
        if full_name.is_none() && !errors.iter().any(|(n, _)| n == "full_name") {
            errors.push(("full_name".into(), w.person.full_name_required.to_string()));
        }
        if let Some(p) = &phone
            && (p.chars().filter(char::is_ascii_digit).count() < 7 || !p.chars().all(|c| c.is_ascii_digit() || " -()+.".contains(c)))
        {
            errors.push(("phone".into(), w.person.phone_invalid.to_string()));
        }
        if let Some(e) = &email
            && !e.validate_email()
        {
            errors.push(("email".into(), w.person.email_invalid.to_string()));
        }
        let dob = get("date_of_birth");
        let date_of_birth = if dob.is_empty() {
            None
        } else {
            match facts::parse_date(&dob) {
                Ok(d) if d < self.today => Some(d),
                Ok(_) => {
                    errors.push(("date_of_birth".into(), w.person.birth_date_future.to_string()));
                    None
                }
                Err(e) => {
                    errors.push(("date_of_birth".into(), e.0));
                    None
                }
            }
        };
        let p = &mut case.petitioner;
        p.full_name = full_name;
        p.other_names =
            other.map(|o| o.split(';').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()).unwrap_or_default();
        p.date_of_birth = date_of_birth;
        p.address = address;
        p.phone = phone;
        p.email = email;
        let p = &mut case.petitioner;
        p.rehabilitation = rehabilitation;
        p.dui_justification = dui_justification;
        match get("cannot_pay_fee").as_str() {
            "" => p.cannot_pay_fee = None,
            "yes" => p.cannot_pay_fee = Some(Answer::Yes),
            "no" => p.cannot_pay_fee = Some(Answer::No),
            "unsure" => p.cannot_pay_fee = Some(Answer::Unsure),
            _ => errors.push(("cannot_pay_fee".into(), w.fact.answer_required.to_string())),
        }
        self.apply_missing(case, get, errors);
        for i in 0..case.charges.len() {
            let name = format!("case_number_{i}");
            let raw = get(&name);
            if !raw.is_empty() {
                match text(w, &raw, 60) {
                    Ok(v) => case.charges[i].case_number = v,
                    Err(m) => errors.push((name, m)),
                }
            }
        }
    }
}

impl Questionnaire<'_> {
    /// Saves the answers the papers needed, asked on the details step: each one the
    /// papers still need must be answered.
    fn apply_missing(&self, case: &mut Case, get: &dyn Fn(&str) -> String, errors: &mut Errors) {
        let needed: Vec<(Option<usize>, FactKey)> = self
            .papers_missing(case)
            .iter()
            .map(|f| (f.field.strip_prefix("charges[").and_then(|r| r.split_once(']')).and_then(|(n, _)| n.parse().ok()), f.fact))
            .collect();
        for (charge, key) in needed {
            let name = missing_name(charge, key);
            let raw = get(&name);
            if raw.is_empty() {
                errors.push((name, self.words.fact.answer_required.to_string()));
            } else if let Err(e) = facts::set(case, charge, key, &raw, self.today) {
                errors.push((name, e.0));
            }
        }
    }
}

/// The form name of a fact the papers need, asked on the details step:
/// "fact.0.charge.cov_designated" for charge 0, "fact.-.history.pending_charges" for
/// the person.
pub(in crate::questionnaire) fn missing_name(charge: Option<usize>, key: FactKey) -> String {
    format!("fact.{}.{key}", charge.map_or("-".to_string(), |i| i.to_string()))
}

/// A typed text, trimmed and composed, if the papers can print it and it fits.
fn text(w: &Words, raw: &str, max: usize) -> Result<Option<String>, String> {
    let raw = crate::case::text::composed(raw.trim());
    if raw.chars().count() > max {
        return Err(w.common.too_long.fill(&[("max", max.to_string())]));
    }
    if let Some(problem) = crate::case::text::problem(&raw) {
        return Err(problem);
    }
    Ok((!raw.is_empty()).then_some(raw))
}

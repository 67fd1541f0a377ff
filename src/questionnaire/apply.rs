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
        self.apply_or_skip(state, form, false)
    }

    /// Like `apply`; with `skipping` ("I don't know"), a date or code section left
    /// empty is passed over rather than asked again.
    pub(super) fn apply_or_skip(&self, state: &mut State, form: &Form, skipping: bool) -> (Errors, Typed) {
        let w = self.words;
        let mut errors = Errors::new();
        let mut case = state.case.clone();
        let skipped_before = state.skipped.clone();
        let get = |name: &str| value(form, name).unwrap_or("").trim().to_string();
        let kept: Typed = form.iter().filter(|(k, _)| k != "state" && k != "go").cloned().collect();
        let set = |case: &mut Case, charge: Option<usize>, key: FactKey, name: &str, errors: &mut Errors| {
            if let Err(e) = facts::set(case, charge, key, &get(name), self.today) {
                errors.push((name.to_string(), self.words.rejected(&e)));
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
            Step::Fact(charge, key, with) => {
                let shown = shown(key, &with);
                self.apply_facts(&mut case, state, charge, &shown, &get, &mut errors, skipping);
            }
            Step::Person => self.apply_person(&mut case, &get, &mut errors),
            Step::Start | Step::Stop(_) | Step::Charges | Step::Review | Step::Results | Step::Papers | Step::StartOver => {}
        }
        if errors.is_empty() {
            state.case = case;
        } else {
            state.skipped = skipped_before;
        }
        (errors, kept)
    }

    /// Saves the answers to the questions on one screen, each checked by itself: a
    /// question under another one (a date after "yes") is saved, and needed, only when
    /// that answer was given on the screen.
    #[allow(clippy::too_many_arguments)]
    fn apply_facts(
        &self,
        case: &mut Case,
        state: &mut State,
        charge: Option<usize>,
        shown: &[FactKey],
        get: &dyn Fn(&str) -> String,
        errors: &mut Errors,
        skipping: bool,
    ) {
        let w = self.words;
        for &key in shown {
            let name = key.as_str();
            if let Some((parent, answer)) = &self.rules.fact(key).follows
                && shown.contains(parent)
                && get(parent.as_str()) != *answer
            {
                continue;
            }
            let raw = get(name);
            let kind = facts::kind(key);
            let rough = kind == Some(FactKind::Date) && facts::parse_when(&raw).is_ok_and(|w| !w.is_exact());
            if rough && self.needs_day(state, charge, key) {
                // The answer depends on the day: asked for, or passed over with "I
                // don't know the date", which keeps the month or year given.
                if skipping {
                    if !state.skipped.contains(&(charge, key)) {
                        state.skipped.push((charge, key));
                    }
                    let _ = facts::set(case, charge, key, &raw, self.today);
                } else {
                    errors.push((name.to_string(), w.errors.day_needed.to_string()));
                }
                continue;
            }
            if raw.is_empty() {
                if skipping && matches!(kind, Some(FactKind::Date | FactKind::Section)) {
                    if !state.skipped.contains(&(charge, key)) {
                        state.skipped.push((charge, key));
                    }
                    let _ = facts::set(case, charge, key, "", self.today);
                    continue;
                }
                let message = match kind {
                    Some(FactKind::Date) => &w.fact.date_required,
                    Some(FactKind::Bac) => &w.fact.bac_required,
                    Some(FactKind::Section) => &w.fact.section_required,
                    _ => &w.fact.answer_required,
                };
                errors.push((name.to_string(), message.to_string()));
            } else if let Err(e) = facts::set(case, charge, key, &raw, self.today) {
                errors.push((name.to_string(), self.words.rejected(&e)));
            } else {
                state.skipped.retain(|s| s != &(charge, key));
            }
        }
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
                    errors.push(("date_of_birth".into(), self.words.rejected(&e)));
                    None
                }
            }
        };
        let other_names: Vec<String> =
            other.map(|o| o.split(';').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()).unwrap_or_default();
        // Each name as the case format holds it (see `case::validate`).
        if other_names.iter().any(|n| n.chars().count() > crate::case::NAME_MAX) {
            errors.push(("other_names".into(), w.person.other_names_too_long.fill(&[("max", crate::case::NAME_MAX.to_string())])));
        } else if other_names.len() > crate::case::MAX_OTHER_NAMES {
            errors.push(("other_names".into(), w.person.other_names_too_many.to_string()));
        }
        let p = &mut case.petitioner;
        p.full_name = full_name;
        p.other_names = other_names;
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
            } else if facts::kind(key) == Some(FactKind::Date) && facts::parse_when(&raw).is_ok_and(|w| !w.is_exact()) {
                // The papers state exact days: a month or a year is not enough here.
                errors.push((name, self.words.errors.exact_day.to_string()));
            } else if let Err(e) = facts::set(case, charge, key, &raw, self.today) {
                errors.push((name, self.words.rejected(&e)));
            }
        }
    }
}

/// The questions a question screen shows: `key` and the related ones asked with it,
/// in the order they are asked.
pub(in crate::questionnaire) fn shown(key: FactKey, with: &[FactKey]) -> Vec<FactKey> {
    let mut all: Vec<FactKey> = std::iter::once(key).chain(with.iter().copied()).collect();
    all.sort();
    all.dedup();
    all
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
    if let Some(problem) = crate::case::text::unprintable(&raw) {
        return Err(w.unprintable(&problem));
    }
    Ok((!raw.is_empty()).then_some(raw))
}

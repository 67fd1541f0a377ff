//! One fact of a case, read and written by its key in `rules/ms/facts.toml`
//! ("charge.outcome", "history.pending_charges"): how the questionnaire asks the
//! engine's questions one at a time. Values travel as the strings a form posts.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Answer, Case, Charge, DuiFacts, Program};

/// How a fact is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    /// Yes, no or "I'm not sure".
    Answer,
    /// One of a fixed list; the values are the case format's names.
    Choice(&'static [&'static str]),
    Date,
    /// A breath or blood alcohol result, 0 to 1.
    Bac,
}

/// The facts answered by picking one of a list, with every value the case format
/// accepts. `rules/ms/facts.toml` must label each one (checked at load).
pub const CHOICES: &[(&str, &[&str])] = &[
    (
        "charge.outcome",
        &[
            "dismissed",
            "dropped",
            "nolle_prosequi",
            "no_bill",
            "acquitted",
            "not_charged",
            "no_disposition",
            "passed_to_file",
            "pending",
            "convicted",
            "program",
            "unsure",
        ],
    ),
    ("charge.level", &["felony", "misdemeanor", "unsure"]),
    ("charge.court.kind", &["circuit", "county", "justice", "municipal", "youth", "federal", "other_state", "unsure"]),
    (
        "charge.program.kind",
        &["nonadjudication", "pretrial_intervention", "intervention_court", "conditional_discharge", "dui_nonadjudication", "unsure"],
    ),
    ("charge.program.status", &["completed", "in_progress", "revoked", "unsure"]),
];

/// How the fact with this key is answered; `None` for a key the case format does not have.
pub fn kind(key: &str) -> Option<FactKind> {
    if let Some((_, values)) = CHOICES.iter().find(|(k, _)| *k == key) {
        return Some(FactKind::Choice(values));
    }
    Some(match key {
        "charge.arrest_date"
        | "charge.disposition_date"
        | "charge.sentence_completion_date"
        | "history.last_conviction_date"
        | "history.prior_felony_expunction_date" => FactKind::Date,
        "charge.dui_facts.bac" => FactKind::Bac,
        "charge.sentence_completed"
        | "charge.fines_costs_paid"
        | "charge.cov_designated"
        | "charge.traffic"
        | "charge.dui"
        | "charge.dui_facts.cdl"
        | "charge.dui_facts.refused_test"
        | "charge.dui_facts.bac_tested"
        | "charge.trafficking_related"
        | "charge.identity_theft"
        | "charge.public_official_duty_related"
        | "history.pending_charges"
        | "history.other_convictions"
        | "history.prior_felony_expunction"
        | "history.prior_misdemeanor_expunction"
        | "history.other_dui_convictions"
        | "history.pending_dui"
        | "history.prior_dui_relief" => FactKind::Answer,
        _ => return None,
    })
}

/// The current answer to a fact, as a form would post it; `None` when unanswered.
/// `charge` is the charge's position for `charge.*` keys.
pub fn get(case: &Case, charge: Option<usize>, key: &str) -> Option<String> {
    let c = charge.and_then(|i| case.charges.get(i));
    let h = &case.history;
    match key {
        "charge.outcome" => name(&c?.outcome),
        "charge.level" => name(&c?.level),
        "charge.court.kind" => name(&c?.court.kind),
        "charge.offence" => c?.offence.clone(),
        "charge.arrest_date" => date(c?.arrest_date),
        "charge.disposition_date" => date(c?.disposition_date),
        "charge.sentence_completed" => name(&c?.sentence_completed),
        "charge.sentence_completion_date" => date(c?.sentence_completion_date),
        "charge.fines_costs_paid" => name(&c?.fines_costs_paid),
        "charge.cov_designated" => name(&c?.cov_designated),
        "charge.traffic" => name(&c?.traffic),
        "charge.dui" => name(&c?.dui),
        "charge.program.kind" => name(&c?.program.as_ref()?.kind),
        "charge.program.status" => name(&c?.program.as_ref()?.status),
        "charge.dui_facts.cdl" => name(&c?.dui_facts.as_ref()?.cdl),
        "charge.dui_facts.refused_test" => name(&c?.dui_facts.as_ref()?.refused_test),
        "charge.dui_facts.bac_tested" => name(&c?.dui_facts.as_ref()?.bac_tested),
        "charge.dui_facts.bac" => c?.dui_facts.as_ref()?.bac.map(|b| b.to_string()),
        "charge.trafficking_related" => name(&c?.trafficking_related),
        "charge.identity_theft" => name(&c?.identity_theft),
        "charge.public_official_duty_related" => name(&c?.public_official_duty_related),
        "history.pending_charges" => name(&h.pending_charges),
        "history.other_convictions" => name(&h.other_convictions),
        "history.last_conviction_date" => date(h.last_conviction_date),
        "history.prior_felony_expunction" => name(&h.prior_felony_expunction),
        "history.prior_felony_expunction_date" => date(h.prior_felony_expunction_date),
        "history.prior_misdemeanor_expunction" => name(&h.prior_misdemeanor_expunction),
        "history.other_dui_convictions" => name(&h.other_dui_convictions),
        "history.pending_dui" => name(&h.pending_dui),
        "history.prior_dui_relief" => name(&h.prior_dui_relief),
        _ => None,
    }
}

/// Why a posted value was not accepted, in plain words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected(pub String);

/// Sets a fact from the value a form posted. An empty value clears it. Dates after
/// `today` are refused.
pub fn set(case: &mut Case, charge: Option<usize>, key: &str, raw: &str, today: NaiveDate) -> Result<(), Rejected> {
    let raw = raw.trim();
    let h = &mut case.history;
    if let Some(field) = key.strip_prefix("history.") {
        match field {
            "pending_charges" => h.pending_charges = answer(raw)?,
            "other_convictions" => h.other_convictions = answer(raw)?,
            "last_conviction_date" => h.last_conviction_date = past_date(raw, today)?,
            "prior_felony_expunction" => h.prior_felony_expunction = answer(raw)?,
            "prior_felony_expunction_date" => h.prior_felony_expunction_date = past_date(raw, today)?,
            "prior_misdemeanor_expunction" => h.prior_misdemeanor_expunction = answer(raw)?,
            "other_dui_convictions" => h.other_dui_convictions = answer(raw)?,
            "pending_dui" => h.pending_dui = answer(raw)?,
            "prior_dui_relief" => h.prior_dui_relief = answer(raw)?,
            _ => return Err(unknown(key)),
        }
        return Ok(());
    }
    let c: &mut Charge = charge.and_then(|i| case.charges.get_mut(i)).ok_or_else(|| unknown(key))?;
    match key {
        "charge.outcome" => c.outcome = choice(raw)?,
        "charge.level" => c.level = choice(raw)?,
        "charge.court.kind" => c.court.kind = choice(raw)?,
        "charge.offence" => c.offence = text(raw),
        "charge.arrest_date" => c.arrest_date = past_date(raw, today)?,
        "charge.disposition_date" => c.disposition_date = past_date(raw, today)?,
        "charge.sentence_completed" => c.sentence_completed = answer(raw)?,
        "charge.sentence_completion_date" => c.sentence_completion_date = past_date(raw, today)?,
        "charge.fines_costs_paid" => c.fines_costs_paid = answer(raw)?,
        "charge.cov_designated" => c.cov_designated = answer(raw)?,
        "charge.traffic" => c.traffic = answer(raw)?,
        "charge.dui" => c.dui = answer(raw)?,
        "charge.program.kind" => c.program.get_or_insert_with(Program::default).kind = choice(raw)?,
        "charge.program.status" => c.program.get_or_insert_with(Program::default).status = choice(raw)?,
        "charge.dui_facts.cdl" => c.dui_facts.get_or_insert_with(DuiFacts::default).cdl = answer(raw)?,
        "charge.dui_facts.refused_test" => c.dui_facts.get_or_insert_with(DuiFacts::default).refused_test = answer(raw)?,
        "charge.dui_facts.bac_tested" => c.dui_facts.get_or_insert_with(DuiFacts::default).bac_tested = answer(raw)?,
        "charge.dui_facts.bac" => c.dui_facts.get_or_insert_with(DuiFacts::default).bac = bac(raw)?,
        "charge.trafficking_related" => c.trafficking_related = answer(raw)?,
        "charge.identity_theft" => c.identity_theft = answer(raw)?,
        "charge.public_official_duty_related" => c.public_official_duty_related = answer(raw)?,
        _ => return Err(unknown(key)),
    }
    Ok(())
}

fn unknown(key: &str) -> Rejected {
    Rejected(format!("This form asked about \"{key}\", which this site does not know. Please start again."))
}

fn name<T: Serialize>(value: &Option<T>) -> Option<String> {
    serde_json::to_value(value.as_ref()?).ok()?.as_str().map(str::to_string)
}

fn date(value: Option<NaiveDate>) -> Option<String> {
    value.map(|d| d.format("%Y-%m-%d").to_string())
}

fn text(raw: &str) -> Option<String> {
    (!raw.is_empty()).then(|| raw.to_string())
}

fn choice<T: DeserializeOwned>(raw: &str) -> Result<Option<T>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    serde_json::from_value(serde_json::Value::String(raw.to_string())).map(Some).map_err(|_| Rejected("Choose one of the answers.".into()))
}

fn answer(raw: &str) -> Result<Option<Answer>, Rejected> {
    choice(raw)
}

fn bac(raw: &str) -> Result<Option<f64>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    let bad = || Rejected("Enter the test result as a number, like 0.09.".into());
    let value: f64 = raw.trim_end_matches('%').trim().parse().map_err(|_| bad())?;
    if !(0.0..=1.0).contains(&value) {
        return Err(bad());
    }
    Ok(Some(value))
}

/// A date as a person may type it: 2021-03-14 (what date pickers send), 3/14/2021
/// or 3-14-2021. Two-digit years are refused: "21" could be 1921 or 2021.
pub fn parse_date(raw: &str) -> Result<NaiveDate, Rejected> {
    let raw = raw.trim();
    let bad = || Rejected("Enter a real date, like 3/14/2021.".into());
    let parts: Vec<&str> = raw.split(['/', '-', '.']).map(str::trim).collect();
    // 2021-03-14, as a date picker sends it (read by hand: the browser's bundle carries
    // no date-format parser).
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && raw.contains('-')
    {
        let number = |s: &str| -> Option<u32> { if s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None } };
        return match (number(y), number(m), number(d)) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad),
            _ => Err(bad()),
        };
    }
    let [m, d, y] = parts.as_slice() else { return Err(bad()) };
    if y.len() != 4 {
        return Err(Rejected("Enter the year with four digits, like 2021.".into()));
    }
    let (m, d, y) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?, y.parse().map_err(|_| bad())?);
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)
}

fn past_date(raw: &str, today: NaiveDate) -> Result<Option<NaiveDate>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    let d = parse_date(raw)?;
    if d > today {
        return Err(Rejected("This date is in the future. Enter a date on or before today.".into()));
    }
    if d.year() < 1900 {
        return Err(Rejected("Enter a date after 1900.".into()));
    }
    Ok(Some(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn every_engine_fact_can_be_read_and_written() {
        for key in crate::engine::contract::FACTS {
            let kind = kind(key);
            assert!(kind.is_some() || *key == "charge.offence", "{key} has no kind");
            let value = match kind {
                Some(FactKind::Answer) => "yes",
                Some(FactKind::Choice(values)) => values[0],
                Some(FactKind::Date) => "2020-01-02",
                Some(FactKind::Bac) => "0.09",
                None => "petit larceny",
            };
            let mut case = Case { charges: vec![Charge::default()], ..Case::default() };
            let charge = key.starts_with("charge.").then_some(0);
            set(&mut case, charge, key, value, today()).unwrap_or_else(|e| panic!("{key}: {e:?}"));
            assert_eq!(get(&case, charge, key).as_deref(), Some(value), "{key}");
            set(&mut case, charge, key, "", today()).unwrap();
            assert_eq!(get(&case, charge, key), None, "{key} clears");
        }
    }

    #[test]
    fn dates_are_read_the_ways_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2021, 3, 14).unwrap();
        assert_eq!(parse_date("2021-03-14"), Ok(d));
        assert_eq!(parse_date("3/14/2021"), Ok(d));
        assert_eq!(parse_date(" 03-14-2021 "), Ok(d));
        assert!(parse_date("3/14/21").unwrap_err().0.contains("four digits"));
        assert!(parse_date("2/30/2021").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn bad_values_are_refused_and_change_nothing() {
        let mut case = Case { charges: vec![Charge::default()], ..Case::default() };
        assert!(set(&mut case, Some(0), "charge.outcome", "maybe", today()).is_err());
        assert!(set(&mut case, Some(0), "charge.disposition_date", "2030-01-01", today()).unwrap_err().0.contains("future"));
        assert!(set(&mut case, Some(0), "charge.dui_facts.bac", "9", today()).is_err());
        assert!(set(&mut case, Some(3), "charge.outcome", "dismissed", today()).is_err());
        assert_eq!(case.charges[0], Charge::default());
    }
}

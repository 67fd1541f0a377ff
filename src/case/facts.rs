//! One fact of a case, read and written by its key in `rules/ms/facts.toml`
//! ("charge.outcome", "history.pending_charges"): how the questionnaire asks the
//! engine's questions one at a time. Values travel as the strings a form posts.

use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumCount, EnumString, IntoStaticStr, VariantArray};

use super::when::{Unreadable, When};
use super::{Answer, Case, Charge, DuiFacts, Program};

/// A fact the engine may ask about, named as in `rules/ms/facts.toml`, where each has
/// its question (checked both ways at load). The order is the order questions are
/// asked in. The string form is the key: "charge.outcome".
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    EnumString,
    IntoStaticStr,
    Display,
    VariantArray,
    EnumCount,
    Serialize,
    Deserialize,
)]
#[serde(try_from = "String", into = "&'static str")]
pub enum FactKey {
    #[strum(serialize = "charge.outcome")]
    ChargeOutcome,
    #[strum(serialize = "charge.level")]
    ChargeLevel,
    #[strum(serialize = "charge.court.kind")]
    ChargeCourtKind,
    #[strum(serialize = "charge.offence")]
    ChargeOffence,
    #[strum(serialize = "charge.statute")]
    ChargeStatute,
    #[strum(serialize = "charge.arrest_date")]
    ChargeArrestDate,
    #[strum(serialize = "charge.disposition_date")]
    ChargeDispositionDate,
    #[strum(serialize = "charge.sentence_completed")]
    ChargeSentenceCompleted,
    #[strum(serialize = "charge.sentence_completion_date")]
    ChargeSentenceCompletionDate,
    #[strum(serialize = "charge.fines_costs_paid")]
    ChargeFinesCostsPaid,
    #[strum(serialize = "charge.cov_designated")]
    ChargeCovDesignated,
    #[strum(serialize = "charge.traffic")]
    ChargeTraffic,
    #[strum(serialize = "charge.dui")]
    ChargeDui,
    #[strum(serialize = "charge.program.kind")]
    ChargeProgramKind,
    #[strum(serialize = "charge.program.status")]
    ChargeProgramStatus,
    #[strum(serialize = "charge.program.sentenced_at_plea")]
    ChargeProgramSentencedAtPlea,
    #[strum(serialize = "charge.dui_facts.cdl")]
    ChargeDuiFactsCdl,
    #[strum(serialize = "charge.dui_facts.refused_test")]
    ChargeDuiFactsRefusedTest,
    #[strum(serialize = "charge.dui_facts.bac_tested")]
    ChargeDuiFactsBacTested,
    #[strum(serialize = "charge.dui_facts.bac")]
    ChargeDuiFactsBac,
    #[strum(serialize = "charge.trafficking_related")]
    ChargeTraffickingRelated,
    #[strum(serialize = "charge.identity_theft")]
    ChargeIdentityTheft,
    #[strum(serialize = "charge.public_official_duty_related")]
    ChargePublicOfficialDutyRelated,
    #[strum(serialize = "history.pending_charges")]
    HistoryPendingCharges,
    #[strum(serialize = "history.other_convictions")]
    HistoryOtherConvictions,
    #[strum(serialize = "history.last_conviction_date")]
    HistoryLastConvictionDate,
    #[strum(serialize = "history.prior_felony_expunction")]
    HistoryPriorFelonyExpunction,
    #[strum(serialize = "history.prior_misdemeanor_expunction")]
    HistoryPriorMisdemeanorExpunction,
    #[strum(serialize = "history.other_dui_convictions")]
    HistoryOtherDuiConvictions,
    #[strum(serialize = "history.pending_dui")]
    HistoryPendingDui,
    #[strum(serialize = "history.prior_dui_relief")]
    HistoryPriorDuiRelief,
}

impl FactKey {
    /// The key as the rule files and the JSON write it: "charge.outcome".
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// A fact about one charge ("charge.*") rather than about the person ("history.*").
    pub fn about_charge(self) -> bool {
        self.as_str().starts_with("charge.")
    }
}

impl TryFrom<String> for FactKey {
    type Error = strum::ParseError;

    fn try_from(key: String) -> Result<FactKey, Self::Error> {
        key.parse()
    }
}

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
    /// A code section, typed as on the papers ("97-17-41").
    Section,
}

/// How the fact is answered; `None` for the offence, which is typed with the charge's
/// details rather than asked on its own. A `Choice` lists every value the case format
/// accepts; `rules/ms/facts.toml` must label each one (checked at load).
pub fn kind(key: FactKey) -> Option<FactKind> {
    use FactKey as K;
    Some(match key {
        K::ChargeOutcome => FactKind::Choice(&[
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
        ]),
        K::ChargeLevel => FactKind::Choice(&["felony", "misdemeanor", "unsure"]),
        K::ChargeCourtKind => FactKind::Choice(&["circuit", "county", "justice", "municipal", "youth", "federal", "other_state", "unsure"]),
        K::ChargeProgramKind => FactKind::Choice(&[
            "nonadjudication",
            "pretrial_intervention",
            "intervention_court",
            "conditional_discharge",
            "dui_nonadjudication",
            "unsure",
        ]),
        K::ChargeProgramStatus => FactKind::Choice(&["completed", "in_progress", "revoked", "unsure"]),
        K::ChargeArrestDate | K::ChargeDispositionDate | K::ChargeSentenceCompletionDate | K::HistoryLastConvictionDate => FactKind::Date,
        K::ChargeDuiFactsBac => FactKind::Bac,
        K::ChargeStatute => FactKind::Section,
        K::ChargeSentenceCompleted
        | K::ChargeProgramSentencedAtPlea
        | K::ChargeFinesCostsPaid
        | K::ChargeCovDesignated
        | K::ChargeTraffic
        | K::ChargeDui
        | K::ChargeDuiFactsCdl
        | K::ChargeDuiFactsRefusedTest
        | K::ChargeDuiFactsBacTested
        | K::ChargeTraffickingRelated
        | K::ChargeIdentityTheft
        | K::ChargePublicOfficialDutyRelated
        | K::HistoryPendingCharges
        | K::HistoryOtherConvictions
        | K::HistoryPriorFelonyExpunction
        | K::HistoryPriorMisdemeanorExpunction
        | K::HistoryOtherDuiConvictions
        | K::HistoryPendingDui
        | K::HistoryPriorDuiRelief => FactKind::Answer,
        K::ChargeOffence => return None,
    })
}

/// The values of a fact answered from a list, or none.
pub fn choices(key: FactKey) -> &'static [&'static str] {
    match kind(key) {
        Some(FactKind::Choice(values)) => values,
        _ => &[],
    }
}

/// The current answer to a fact, as a form would post it; `None` when unanswered.
/// `charge` is the charge's position for `charge.*` keys.
pub fn get(case: &Case, charge: Option<usize>, key: FactKey) -> Option<String> {
    use FactKey as K;
    let c = charge.and_then(|i| case.charges.get(i));
    let h = &case.history;
    match key {
        K::ChargeOutcome => name(&c?.outcome),
        K::ChargeLevel => name(&c?.level),
        K::ChargeCourtKind => name(&c?.court.kind),
        K::ChargeOffence => c?.offence.clone(),
        K::ChargeStatute => c?.statute.clone(),
        K::ChargeArrestDate => date(c?.arrest_date),
        K::ChargeDispositionDate => date(c?.disposition_date),
        K::ChargeSentenceCompleted => name(&c?.sentence_completed),
        K::ChargeSentenceCompletionDate => date(c?.sentence_completion_date),
        K::ChargeFinesCostsPaid => name(&c?.fines_costs_paid),
        K::ChargeCovDesignated => name(&c?.cov_designated),
        K::ChargeTraffic => name(&c?.traffic),
        K::ChargeDui => name(&c?.dui),
        K::ChargeProgramKind => name(&c?.program.as_ref()?.kind),
        K::ChargeProgramStatus => name(&c?.program.as_ref()?.status),
        K::ChargeProgramSentencedAtPlea => name(&c?.program.as_ref()?.sentenced_at_plea),
        K::ChargeDuiFactsCdl => name(&c?.dui_facts.as_ref()?.cdl),
        K::ChargeDuiFactsRefusedTest => name(&c?.dui_facts.as_ref()?.refused_test),
        K::ChargeDuiFactsBacTested => name(&c?.dui_facts.as_ref()?.bac_tested),
        K::ChargeDuiFactsBac => c?.dui_facts.as_ref()?.bac.map(|b| b.to_string()),
        K::ChargeTraffickingRelated => name(&c?.trafficking_related),
        K::ChargeIdentityTheft => name(&c?.identity_theft),
        K::ChargePublicOfficialDutyRelated => name(&c?.public_official_duty_related),
        K::HistoryPendingCharges => name(&h.pending_charges),
        K::HistoryOtherConvictions => name(&h.other_convictions),
        K::HistoryLastConvictionDate => date(h.last_conviction_date),
        K::HistoryPriorFelonyExpunction => name(&h.prior_felony_expunction),
        K::HistoryPriorMisdemeanorExpunction => name(&h.prior_misdemeanor_expunction),
        K::HistoryOtherDuiConvictions => name(&h.other_dui_convictions),
        K::HistoryPendingDui => name(&h.pending_dui),
        K::HistoryPriorDuiRelief => name(&h.prior_dui_relief),
    }
}

/// Why a posted value was not accepted. The questionnaire says it in the person's
/// language (`rules/text/*/site.ftl`, group `errors`, named by `key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    /// The form asked about a fact this site does not know.
    UnknownFact,
    Choose,
    SectionTooLong,
    SectionShape,
    Unprintable(super::text::Unprintable),
    Bac,
    Date,
    Year,
    /// A day given in the date boxes without its month.
    DayWithoutMonth,
    /// A day or month given in the date boxes without the year.
    NoYear,
    Future,
    TooOld,
}

impl Rejected {
    /// The name of its message in the `errors` group.
    pub fn key(&self) -> &'static str {
        match self {
            Rejected::UnknownFact => "unknown_fact",
            Rejected::Choose => "choose",
            Rejected::SectionTooLong => "section_too_long",
            Rejected::SectionShape => "section_shape",
            Rejected::Unprintable(u) => u.key(),
            Rejected::Bac => "bac",
            Rejected::Date => "date",
            Rejected::Year => "year",
            Rejected::DayWithoutMonth => "day_without_month",
            Rejected::NoYear => "no_year",
            Rejected::Future => "future",
            Rejected::TooOld => "too_old",
        }
    }
}

/// Sets a fact from the value a form posted. An empty value clears it. Dates after
/// `today` are refused.
pub fn set(case: &mut Case, charge: Option<usize>, key: FactKey, raw: &str, today: NaiveDate) -> Result<(), Rejected> {
    use FactKey as K;
    let raw = raw.trim();
    let h = &mut case.history;
    match key {
        K::HistoryPendingCharges => h.pending_charges = answer(raw)?,
        K::HistoryOtherConvictions => h.other_convictions = answer(raw)?,
        K::HistoryLastConvictionDate => h.last_conviction_date = past_when(raw, today)?,
        K::HistoryPriorFelonyExpunction => h.prior_felony_expunction = answer(raw)?,
        K::HistoryPriorMisdemeanorExpunction => h.prior_misdemeanor_expunction = answer(raw)?,
        K::HistoryOtherDuiConvictions => h.other_dui_convictions = answer(raw)?,
        K::HistoryPendingDui => h.pending_dui = answer(raw)?,
        K::HistoryPriorDuiRelief => h.prior_dui_relief = answer(raw)?,
        _ => {
            let c = charge.and_then(|i| case.charges.get_mut(i)).ok_or_else(|| unknown(key))?;
            set_charge(c, key, raw, today)?;
        }
    }
    Ok(())
}

/// Sets a fact about one charge (see `set`).
fn set_charge(c: &mut Charge, key: FactKey, raw: &str, today: NaiveDate) -> Result<(), Rejected> {
    use FactKey as K;
    match key {
        K::ChargeOutcome => c.outcome = choice(raw)?,
        K::ChargeLevel => c.level = choice(raw)?,
        K::ChargeCourtKind => c.court.kind = choice(raw)?,
        K::ChargeOffence => c.offence = text(raw),
        K::ChargeStatute => c.statute = section(raw)?,
        K::ChargeArrestDate => c.arrest_date = past_when(raw, today)?,
        K::ChargeDispositionDate => c.disposition_date = past_when(raw, today)?,
        K::ChargeSentenceCompleted => c.sentence_completed = answer(raw)?,
        K::ChargeSentenceCompletionDate => c.sentence_completion_date = past_when(raw, today)?,
        K::ChargeFinesCostsPaid => c.fines_costs_paid = answer(raw)?,
        K::ChargeCovDesignated => c.cov_designated = answer(raw)?,
        K::ChargeTraffic => c.traffic = answer(raw)?,
        K::ChargeDui => c.dui = answer(raw)?,
        K::ChargeProgramKind => c.program.get_or_insert_with(Program::default).kind = choice(raw)?,
        K::ChargeProgramStatus => c.program.get_or_insert_with(Program::default).status = choice(raw)?,
        K::ChargeProgramSentencedAtPlea => c.program.get_or_insert_with(Program::default).sentenced_at_plea = answer(raw)?,
        K::ChargeDuiFactsCdl => c.dui_facts.get_or_insert_with(DuiFacts::default).cdl = answer(raw)?,
        K::ChargeDuiFactsRefusedTest => c.dui_facts.get_or_insert_with(DuiFacts::default).refused_test = answer(raw)?,
        K::ChargeDuiFactsBacTested => c.dui_facts.get_or_insert_with(DuiFacts::default).bac_tested = answer(raw)?,
        K::ChargeDuiFactsBac => c.dui_facts.get_or_insert_with(DuiFacts::default).bac = bac(raw)?,
        K::ChargeTraffickingRelated => c.trafficking_related = answer(raw)?,
        K::ChargeIdentityTheft => c.identity_theft = answer(raw)?,
        K::ChargePublicOfficialDutyRelated => c.public_official_duty_related = answer(raw)?,
        _ => return Err(unknown(key)),
    }
    Ok(())
}

fn unknown(_key: FactKey) -> Rejected {
    Rejected::UnknownFact
}

fn name<T: Serialize>(value: &Option<T>) -> Option<String> {
    serde_json::to_value(value.as_ref()?).ok()?.as_str().map(str::to_string)
}

fn date(value: Option<When>) -> Option<String> {
    value.map(|d| d.to_string())
}

fn text(raw: &str) -> Option<String> {
    (!raw.is_empty()).then(|| raw.to_string())
}

fn choice<T: DeserializeOwned>(raw: &str) -> Result<Option<T>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    serde_json::from_value(serde_json::Value::String(raw.to_string())).map(Some).map_err(|_| Rejected::Choose)
}

/// A code section as typed: it must hold a number like 97-17-41, fit the case format
/// and print on the papers.
fn section(raw: &str) -> Result<Option<String>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    let raw = super::text::composed(raw);
    if raw.chars().count() > 60 {
        return Err(Rejected::SectionTooLong);
    }
    if let Some(problem) = super::text::unprintable(&raw) {
        return Err(Rejected::Unprintable(problem));
    }
    if super::section::Section::parse(&raw).is_none() {
        return Err(Rejected::SectionShape);
    }
    Ok(Some(raw))
}

fn answer(raw: &str) -> Result<Option<Answer>, Rejected> {
    choice(raw)
}

fn bac(raw: &str) -> Result<Option<f64>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    let bad = || Rejected::Bac;
    let value: f64 = raw.trim_end_matches('%').trim().parse().map_err(|_| bad())?;
    if !(0.0..=1.0).contains(&value) {
        return Err(bad());
    }
    Ok(Some(value))
}

/// A day as a person may type it: 2021-03-14 (what date pickers send), 3/14/2021
/// or 3-14-2021. Two-digit years are refused: "21" could be 1921 or 2021.
pub fn parse_date(raw: &str) -> Result<NaiveDate, Rejected> {
    match parse_when(raw)? {
        w if w.is_exact() => Ok(w.day()),
        _ => Err(Rejected::Date),
    }
}

/// A date as a person may give it: a day (as `parse_date` reads it), or only a month
/// and year ("2021-03"), or only a year, typed or from the three date boxes.
pub fn parse_when(raw: &str) -> Result<When, Rejected> {
    When::parse(raw).map_err(|e| match e {
        Unreadable::Shape => Rejected::Date,
        Unreadable::Year => Rejected::Year,
        Unreadable::DayWithoutMonth => Rejected::DayWithoutMonth,
        Unreadable::NoYear => Rejected::NoYear,
    })
}

/// A date that has passed: its first possible day is not after `today`.
fn past_when(raw: &str, today: NaiveDate) -> Result<Option<When>, Rejected> {
    if raw.is_empty() {
        return Ok(None);
    }
    let w = parse_when(raw)?;
    if w.first() > today {
        return Err(Rejected::Future);
    }
    if w.first().year() < 1900 {
        return Err(Rejected::TooOld);
    }
    Ok(Some(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn every_engine_fact_can_be_read_and_written() {
        for &key in FactKey::VARIANTS {
            let kind = kind(key);
            assert!(kind.is_some() || key == FactKey::ChargeOffence, "{key} has no kind");
            let value = match kind {
                Some(FactKind::Answer) => "yes",
                Some(FactKind::Choice(values)) => values[0],
                Some(FactKind::Date) => "2020-01-02",
                Some(FactKind::Bac) => "0.09",
                Some(FactKind::Section) => "97-17-41",
                None => "petit larceny",
            };
            let mut case = Case { charges: vec![Charge::default()], ..Case::default() };
            let charge = key.about_charge().then_some(0);
            set(&mut case, charge, key, value, today()).unwrap_or_else(|e| panic!("{key}: {e:?}"));
            assert_eq!(get(&case, charge, key).as_deref(), Some(value), "{key}");
            set(&mut case, charge, key, "", today()).unwrap();
            assert_eq!(get(&case, charge, key), None, "{key} clears");
        }
    }

    #[test]
    fn a_code_section_must_hold_a_section_number() {
        let mut case = Case { charges: vec![Charge::default()], ..Case::default() };
        assert!(set(&mut case, Some(0), FactKey::ChargeStatute, "grand larceny", today()).is_err());
        set(&mut case, Some(0), FactKey::ChargeStatute, "§ 41-29-139(c)", today()).unwrap();
        assert_eq!(case.charges[0].statute.as_deref(), Some("§ 41-29-139(c)"));
    }

    #[test]
    fn dates_are_read_the_ways_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2021, 3, 14).unwrap();
        assert_eq!(parse_date("2021-03-14"), Ok(d));
        assert_eq!(parse_date("3/14/2021"), Ok(d));
        assert_eq!(parse_date(" 03-14-2021 "), Ok(d));
        assert_eq!(parse_date("3/14/21"), Err(Rejected::Year));
        assert!(parse_date("2/30/2021").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn bad_values_are_refused_and_change_nothing() {
        let mut case = Case { charges: vec![Charge::default()], ..Case::default() };
        assert!(set(&mut case, Some(0), FactKey::ChargeOutcome, "maybe", today()).is_err());
        assert_eq!(set(&mut case, Some(0), FactKey::ChargeDispositionDate, "2030-01-01", today()), Err(Rejected::Future));
        assert!(set(&mut case, Some(0), FactKey::ChargeDuiFactsBac, "9", today()).is_err());
        assert!(set(&mut case, Some(3), FactKey::ChargeOutcome, "dismissed", today()).is_err());
        assert_eq!(case.charges[0], Charge::default());
    }
}

//! `parameters.toml`: the numbers of the law (waiting periods, notice, the BAC limit,
//! the fee), each as dated periods, and their checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::Certainty;
use super::load::FileReport;

/// One dated value of a parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period<T> {
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "super::load::opt_date::deserialize")]
    pub until: Option<NaiveDate>,
    pub value: T,
    pub citation: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub source_note: Option<String>,
    pub certainty: Certainty,
    #[serde(default)]
    pub verify_before_launch: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl<T> Period<T> {
    /// This period applies to a petition filed on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// A parameter that changes over time.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param<T> {
    pub description: String,
    pub unit: String,
    /// With their places in the file, for the checks.
    periods: Spanned<Vec<Spanned<Period<T>>>>,
}

impl<T> Param<T> {
    /// The periods in date order, each starting the day after the one before ends
    /// (checked at load).
    pub fn periods(&self) -> impl Iterator<Item = &Period<T>> {
        self.periods.get_ref().iter().map(Spanned::get_ref)
    }

    /// The period in force on `date`, if any.
    pub fn at(&self, date: NaiveDate) -> Option<&Period<T>> {
        self.periods().find(|p| p.covers(date))
    }
}

/// The § 99-19-72 fee and its split.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: u32,
    pub shares: Vec<FeeShare>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeeShare {
    pub to: String,
    pub amount: u32,
}

/// `parameters.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    pub felony_waiting_years: Param<u32>,
    pub dui_waiting_years: Param<u32>,
    pub misdemeanor_arrest_uncharged_months: Param<u32>,
    pub felony_never_indicted_review_years: Param<u32>,
    pub underage_alcohol_waiting_years: Param<u32>,
    pub good_conduct_years: Param<u32>,
    pub felony_notice_days: Param<u32>,
    pub dui_bac_limit_percent: Param<f64>,
    pub filing_fee: Param<Fee>,
}

/// Every parameter has periods with a citation and a source that run from
/// `covers_from` (rulebook.toml) to an open end with no gap or overlap; the fee's
/// shares add up to it; the BAC limit is a percentage.
pub(super) fn check(r: &mut FileReport, p: &Parameters, covers_from: NaiveDate) {
    check_param(r, "felony_waiting_years", &p.felony_waiting_years, covers_from);
    check_param(r, "dui_waiting_years", &p.dui_waiting_years, covers_from);
    check_param(r, "misdemeanor_arrest_uncharged_months", &p.misdemeanor_arrest_uncharged_months, covers_from);
    check_param(r, "felony_never_indicted_review_years", &p.felony_never_indicted_review_years, covers_from);
    check_param(r, "underage_alcohol_waiting_years", &p.underage_alcohol_waiting_years, covers_from);
    check_param(r, "good_conduct_years", &p.good_conduct_years, covers_from);
    check_param(r, "felony_notice_days", &p.felony_notice_days, covers_from);
    check_param(r, "dui_bac_limit_percent", &p.dui_bac_limit_percent, covers_from);
    check_param(r, "filing_fee", &p.filing_fee, covers_from);
    for period in p.filing_fee.periods.get_ref() {
        let fee = &period.get_ref().value;
        let total: u32 = fee.shares.iter().map(|s| s.amount).sum();
        if total != fee.amount {
            r.at(period, format!("filing_fee: the shares add up to {total}, not the fee of {}", fee.amount));
        }
    }
    for period in p.dui_bac_limit_percent.periods.get_ref() {
        if !(0.0..1.0).contains(&period.get_ref().value) {
            r.at(period, "dui_bac_limit_percent: a percentage such as 0.16 is expected");
        }
    }
}

fn check_param<T>(r: &mut FileReport, name: &str, param: &Param<T>, covers_from: NaiveDate) {
    let periods = param.periods.get_ref();
    if periods.is_empty() {
        r.at(&param.periods, format!("{name}: at least one period is needed"));
        return;
    }
    for (i, spanned) in periods.iter().enumerate() {
        let period = spanned.get_ref();
        if period.citation.trim().is_empty() {
            r.at(spanned, format!("{name}: period {} has no citation", i + 1));
        }
        if period.source.is_none() && period.source_note.is_none() {
            r.at(spanned, format!("{name}: period {} needs a `source` URL or a `source_note` naming the source", i + 1));
        }
        if let Some(until) = period.until
            && until < period.from
        {
            r.at(spanned, format!("{name}: period {} ends ({until}) before it starts ({})", i + 1, period.from));
        }
        if i == 0 && period.from > covers_from {
            let message = format!(
                "{name}: the first period starts {}, after covers_from ({covers_from}) in rulebook.toml: that leaves a gap",
                period.from
            );
            r.at(spanned, message);
        }
        match (periods.get(i + 1), period.until) {
            (Some(_), None) => r.at(spanned, format!("{name}: period {} has no `until` but is not the last period", i + 1)),
            (Some(next), Some(until)) if next.get_ref().from <= until => {
                let message =
                    format!("{name}: period {} starts {} and overlaps the period before it (until {until})", i + 2, next.get_ref().from);
                r.at(next, message);
            }
            (Some(next), Some(until)) if until.succ_opt() != Some(next.get_ref().from) => {
                let from = next.get_ref().from;
                r.at(next, format!("{name}: gap between {until} and {from}: each period must start the day after the one before ends"));
            }
            (None, Some(_)) => {
                r.at(spanned, format!("{name}: the last period must have no `until`, so the rules answer for every later date"))
            }
            _ => {}
        }
    }
}

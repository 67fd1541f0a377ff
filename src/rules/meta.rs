//! `rulebook.toml`: what the rules are, the dates they answer for, and how far they
//! have been reviewed.

use chrono::NaiveDate;
use serde::Deserialize;

/// `rulebook.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub jurisdiction: String,
    pub title: String,
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub researched_on: NaiveDate,
    /// The earliest filing date these rules answer for.
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub covers_from: NaiveDate,
    pub review_status: String,
    /// Shown with every result: this is not legal advice, and where to get help.
    pub disclaimer: String,
    pub statute_link_template: String,
    pub words: EngineWords,
}

/// `[words]`: the words the engine puts into results and reasons.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngineWords {
    /// A date in words, with `{month}`, `{day}` and `{year}`.
    pub date: String,
    /// A month in words, with `{month}` and `{year}`: a date given without its day.
    pub month_year: String,
    /// A date inside a sentence, with `{date}`: an exact day, a month, a year.
    pub on_day: String,
    pub in_month: String,
    pub in_year: String,
    /// The months, January first.
    pub months: Vec<String>,
    pub eligible: String,
    pub eligible_judge: String,
    pub eligible_after: String,
    pub not_eligible: String,
    pub lawyer: String,
    pub more: String,
    pub this_crime: String,
    pub county_court: String,
    pub circuit_court: String,
    pub underage_event: String,
    pub another_state: String,
    /// The two levels of a crime, as a sentence names them: "a {level}".
    pub felony: String,
    pub misdemeanor: String,
    pub covers_from: String,
    pub latest: String,
    /// Between the last two of a list: "A, B and C".
    pub and: String,
}

impl Meta {
    /// A date in words, as the rules' language writes it: "March 1, 2028".
    pub fn long_date(&self, date: NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.words.months.get(date.month0() as usize).cloned().unwrap_or_default();
        super::text::fill(&self.words.date, &[("month", month), ("day", date.day().to_string()), ("year", date.year().to_string())])
    }

    /// A date as the person gave it, in words: "March 1, 2028", "March 2028" or "2028".
    pub fn long_when(&self, when: crate::case::When) -> String {
        use crate::case::Precision;
        use chrono::Datelike;
        let date = when.day();
        match when.precision() {
            Precision::Day => self.long_date(date),
            Precision::Month => {
                let month = self.words.months.get(date.month0() as usize).cloned().unwrap_or_default();
                super::text::fill(&self.words.month_year, &[("month", month), ("year", date.year().to_string())])
            }
            Precision::Year => date.year().to_string(),
        }
    }

    /// A date as the person gave it, with the word before it: "on March 1, 2028",
    /// "in March 2028" or "in 2028".
    pub fn at_when(&self, when: crate::case::When) -> String {
        use crate::case::Precision;
        let pattern = match when.precision() {
            Precision::Day => &self.words.on_day,
            Precision::Month => &self.words.in_month,
            Precision::Year => &self.words.in_year,
        };
        super::text::fill(pattern, &[("date", self.long_when(when))])
    }

    /// What is wrong with the words: twelve months, and each text's placeholders.
    pub fn problems(&self) -> Vec<String> {
        let w = &self.words;
        let mut out = Vec::new();
        if w.months.len() != 12 {
            out.push(format!("[words] months must list 12 months, not {}", w.months.len()));
        }
        let allowed: [(&str, &str, &[&str]); 8] = [
            ("on_day", &w.on_day, &["date"]),
            ("in_month", &w.in_month, &["date"]),
            ("in_year", &w.in_year, &["date"]),
            ("date", &w.date, &["month", "day", "year"]),
            ("month_year", &w.month_year, &["month", "year"]),
            ("eligible_after", &w.eligible_after, &["date"]),
            ("covers_from", &w.covers_from, &["date"]),
            ("latest", &w.latest, &["date"]),
        ];
        for (key, text, names) in allowed {
            let used = super::text::placeholders(text);
            if let Some(bad) = used.iter().find(|p| !names.contains(p)) {
                out.push(format!(
                    "[words] {key} has {{{bad}}}; it may use only {}",
                    names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
                ));
            }
            if let Some(missing) = names.iter().find(|n| !used.contains(n)) {
                out.push(format!("[words] {key} must say {{{missing}}}"));
            }
        }
        out
    }
}

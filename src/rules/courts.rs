//! `courts.toml`: how each kind of trial court is named, Mississippi's counties, and
//! their checks.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::load::FileReport;

/// How a trial court is named (`courts.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourtText {
    pub display: String,
    pub caption: String,
    pub prosecutor: String,
    pub place: Place,
}

/// What a court is named after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    County,
    City,
}

/// `[court.*]`: the words for each kind of Mississippi trial court.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Courts {
    circuit: Spanned<CourtText>,
    county: Spanned<CourtText>,
    justice: Spanned<CourtText>,
    municipal: Spanned<CourtText>,
}

impl Courts {
    /// The words for the court of this kind, as the case format names it ("circuit"),
    /// or `None` for youth, federal and other-state courts.
    pub fn get(&self, kind: &str) -> Option<&CourtText> {
        match kind {
            "circuit" => Some(self.circuit.get_ref()),
            "county" => Some(self.county.get_ref()),
            "justice" => Some(self.justice.get_ref()),
            "municipal" => Some(self.municipal.get_ref()),
            _ => None,
        }
    }
}

/// Words for a court the person has not named (`courts.toml`, `[unknown]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnknownCourt {
    pub display: String,
    pub prosecutor: String,
    pub circuit_display: String,
    pub circuit_prosecutor: String,
    /// Cited for "who gets a copy" where the court has no source of its own.
    pub practice_citation: String,
}

/// A district attorney's office's own expungement instructions (`[[prosecutor_source]]`),
/// cited for the courts of its counties.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProsecutorSource {
    pub office: String,
    pub counties: Vec<Spanned<String>>,
    pub source: Spanned<String>,
    pub checked: chrono::NaiveDate,
}

impl ProsecutorSource {
    /// How a result cites it: the office and the site, e.g. "… instructions (msdeltada.com)".
    pub fn citation(&self) -> String {
        let host = self.source.get_ref().trim_start_matches("https://").trim_start_matches("http://");
        let host = host.split('/').next().unwrap_or_default().trim_start_matches("www.");
        format!("{} ({host})", self.office)
    }

    /// Whether it speaks for `county`.
    pub fn covers(&self, county: &str) -> bool {
        self.counties.iter().any(|c| c.get_ref().eq_ignore_ascii_case(county))
    }
}

/// `courts.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CourtsFile {
    counties: Spanned<Vec<Spanned<String>>>,
    pub court: Courts,
    #[serde(default)]
    pub prosecutor_source: Vec<ProsecutorSource>,
    pub unknown: UnknownCourt,
}

/// Each court's words use only the placeholder of the place it is named after; the
/// counties are Mississippi's 82, each once. Returns the counties.
pub(super) fn check(r: &mut FileReport, file: &CourtsFile) -> Vec<String> {
    let courts = &file.court;
    for (kind, court) in
        [("circuit", &courts.circuit), ("county", &courts.county), ("justice", &courts.justice), ("municipal", &courts.municipal)]
    {
        let text = court.get_ref();
        let allowed: &[&str] = match text.place {
            Place::County => &["county"],
            Place::City => &["city"],
        };
        for words in [&text.display, &text.caption, &text.prosecutor] {
            r.placeholders(court.span(), &format!("court.{kind}"), words, allowed);
        }
    }
    let counties = file.counties.get_ref();
    if counties.len() != 82 {
        r.at(&file.counties, format!("counties lists {} names; Mississippi has 82 counties", counties.len()));
    }
    let mut seen = HashSet::new();
    for name in counties {
        if !seen.insert(name.get_ref().to_lowercase()) {
            r.at(name, format!("county \"{name}\" is listed twice"));
        }
    }
    for ps in &file.prosecutor_source {
        for county in &ps.counties {
            if !counties.iter().any(|c| c.get_ref() == county.get_ref()) {
                r.at(county, format!("\"{county}\" is not one of the counties listed above", county = county.get_ref()));
            }
        }
        let url = ps.source.get_ref();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
            r.at(&ps.source, format!("\"{url}\" is not a web address"));
        }
    }
    counties.iter().map(|name| name.get_ref().clone()).collect()
}

//! `offences.toml`: the offences the site recognises by code section or by name, and
//! their checks.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::catalogue::normalise_name;
use super::load::FileReport;
use super::{Certainty, Section};

/// `offences.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffenceFile {
    pub traffic_titles: Vec<String>,
    pub traffic_certainty: Certainty,
    pub offence: Vec<Offence>,
    /// Words read as others when a typed name is compared ("poss" as "possession").
    #[serde(default)]
    pub abbreviations: std::collections::BTreeMap<String, String>,
}

/// Whether an offence is a felony or a misdemeanor under its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffenceLevel {
    Felony,
    Misdemeanor,
    /// A felony or a misdemeanor by value, amount or offence number: `level_note` says
    /// how.
    Either,
}

/// One offence, with the sections and names it goes by.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offence {
    pub id: Spanned<String>,
    pub name: String,
    pub sections: Vec<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Felony, misdemeanor, or either (then `level_note` says what decides).
    pub level: OffenceLevel,
    /// What makes it a felony or a misdemeanor, in plain words; required for `either`.
    #[serde(default)]
    pub level_note: Option<String>,
    /// The statute, e.g. "Miss. Code Ann. § 97-17-41". Required (checked at load).
    #[serde(default)]
    pub citation: String,
    /// Where the section's text or a reliable summary can be read.
    #[serde(default)]
    pub source: Option<Spanned<String>>,
    /// The source named in words, where there is no address.
    #[serde(default)]
    pub source_note: Option<String>,
    /// How sure the entry's section, level and names are.
    pub certainty: Certainty,
    /// Why a lawyer must look at this offence; set only where the law is unclear.
    #[serde(default)]
    pub review: Option<String>,
    #[serde(default)]
    pub traffic: bool,
    #[serde(default)]
    pub dui: bool,
    #[serde(default)]
    pub underage_alcohol: bool,
    #[serde(default)]
    pub drug_possession: bool,
}

/// Each offence has a unique id, real code sections (or a `review` text saying why it
/// has none), names and aliases no other offence uses, a citation and a source, and a
/// note on what decides its level when it can be either.
pub(super) fn check(r: &mut FileReport, file: &OffenceFile) {
    for (short, long) in &file.abbreviations {
        if normalise_name(short) != *short || short.contains(' ') || normalise_name(long).is_empty() {
            let at = r.text().find("[abbreviations]").unwrap_or(0);
            r.at_span(at..at, format!("abbreviation \"{short}\" must be one lower-case word, read as a name (\"{long}\")"));
        }
    }
    let mut ids = HashSet::new();
    let mut names: HashMap<String, &str> = HashMap::new();
    for off in &file.offence {
        let id = &off.id;
        if !ids.insert(id.get_ref().as_str()) {
            r.at(id, format!("offence id \"{id}\" is used twice"));
        }
        for s in off.sections.iter().filter(|s| Section::parse(s).is_none()) {
            r.at(id, format!("offence \"{id}\": \"{s}\" is not a code section"));
        }
        if off.sections.is_empty() && off.review.is_none() {
            r.at(id, format!("offence \"{id}\" has no sections, so it needs a `review` text"));
        }
        if off.review.as_deref().is_some_and(|text| text.trim().is_empty()) {
            r.at(id, format!("offence \"{id}\": `review` is empty"));
        }
        check_sources(r, off);
        for name in std::iter::once(&off.name).chain(&off.aliases) {
            let key = normalise_name(name);
            if key.is_empty() {
                r.at(id, format!("offence \"{id}\" has an empty name or alias"));
            } else if let Some(other) = names.insert(key, id.get_ref())
                && other != id.get_ref()
            {
                r.at(id, format!("the name \"{name}\" is used by both \"{other}\" and \"{id}\""));
            }
        }
    }
}

/// The entry's citation, its source, and its level note.
fn check_sources(r: &mut FileReport, off: &Offence) {
    let id = &off.id;
    if off.citation.trim().is_empty() {
        r.at(id, format!("offence \"{id}\" needs a `citation`"));
    }
    match &off.source {
        Some(url) => {
            let text = url.get_ref();
            if !text.starts_with("https://") && !text.starts_with("http://") || text.contains(char::is_whitespace) {
                r.at(url, format!("offence \"{id}\": \"{text}\" is not a web address"));
            }
        }
        None if off.source_note.as_deref().is_none_or(|n| n.trim().is_empty()) => {
            r.at(id, format!("offence \"{id}\" needs a `source` URL or a `source_note`"));
        }
        None => {}
    }
    let note = off.level_note.as_deref().map(str::trim);
    if off.level == OffenceLevel::Either && note.is_none_or(str::is_empty) {
        r.at(id, format!("offence \"{id}\" can be a felony or a misdemeanor, so it needs a `level_note` saying what decides"));
    }
    if note.is_some_and(str::is_empty) {
        r.at(id, format!("offence \"{id}\": `level_note` is empty"));
    }
}

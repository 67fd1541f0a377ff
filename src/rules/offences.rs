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
/// has none), and names and aliases no other offence uses.
pub(super) fn check(r: &mut FileReport, file: &OffenceFile) {
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

//! `crimes_of_violence.toml`: the § 97-3-2 list behind exclusion item (i), and its
//! checks.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::load::FileReport;
use super::{Certainty, Section};

/// `crimes_of_violence.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolenceList {
    pub citation: String,
    pub source: String,
    pub certainty: Certainty,
    pub item: Vec<ViolenceItem>,
}

/// One item of § 97-3-2(1).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolenceItem {
    /// The item's letter, e.g. "j" for § 97-3-2(1)(j).
    pub key: Spanned<String>,
    pub name: String,
    pub sections: Vec<String>,
    #[serde(default)]
    pub rebuttable: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// Each item has a unique key and real code sections.
pub(super) fn check(r: &mut FileReport, list: &ViolenceList) {
    let mut seen = HashSet::new();
    for item in &list.item {
        let key = &item.key;
        if !seen.insert(key.get_ref().as_str()) {
            r.at(key, format!("item key \"{key}\" is used twice"));
        }
        if item.sections.is_empty() {
            r.at(key, format!("item \"{key}\" lists no sections"));
        }
        for s in item.sections.iter().filter(|s| Section::parse(s).is_none()) {
            r.at(key, format!("item \"{key}\": \"{s}\" is not a code section"));
        }
    }
}

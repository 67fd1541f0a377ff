//! `exclusions.toml`: the felonies § 99-19-71(2)(a) excludes from expungement, and
//! their checks.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Deserialize;
use strum::VariantArray;
use toml::Spanned;

use super::load::FileReport;
use super::{ById, Certainty, ExclusionId, Section};

/// One item of § 99-19-71(2)(a).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    pub id: Spanned<String>,
    pub item: String,
    pub name: String,
    pub citation: String,
    #[serde(default)]
    pub source: Option<String>,
    pub certainty: Certainty,
    #[serde(default)]
    pub verify_before_launch: bool,
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "super::load::opt_date::deserialize")]
    pub until: Option<NaiveDate>,
    pub sections: Vec<String>,
    pub explanation: String,
}

impl Exclusion {
    /// The exclusion applies to a petition filed on `date`.
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// `exclusions.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExclusionsFile {
    pub exclusion: Spanned<Vec<Exclusion>>,
}

/// Each exclusion has a unique id, a citation, a source, an explanation and real code
/// sections; the engine's own (`ExclusionId`) are all there. Returns where each of
/// those is in the list.
pub(super) fn check(r: &mut FileReport, file: &ExclusionsFile) -> Option<ById<ExclusionId, usize>> {
    let exclusions = file.exclusion.get_ref();
    let mut seen = HashSet::new();
    for ex in exclusions {
        let id = &ex.id;
        if !seen.insert(id.get_ref().as_str()) {
            r.at(id, format!("exclusion id \"{id}\" is used twice"));
        }
        if ex.citation.trim().is_empty() || ex.explanation.trim().is_empty() {
            r.at(id, format!("exclusion \"{id}\" needs a citation and an explanation"));
        }
        if ex.source.is_none() {
            r.at(id, format!("exclusion \"{id}\" needs a source"));
        }
        if let Some(until) = ex.until
            && until < ex.from
        {
            r.at(id, format!("exclusion \"{id}\" ends before it starts"));
        }
        for s in ex.sections.iter().filter(|s| Section::parse(s).is_none()) {
            r.at(id, format!("exclusion \"{id}\": \"{s}\" is not a code section like 97-3-7(2)"));
        }
    }
    for id in ExclusionId::VARIANTS.iter().filter(|id| !seen.contains(id.as_str())) {
        r.at(&file.exclusion, format!("the engine needs an exclusion with id \"{id}\""));
    }
    ById::build(|id: ExclusionId| exclusions.iter().position(|e| e.id.get_ref() == id.as_str()))
}

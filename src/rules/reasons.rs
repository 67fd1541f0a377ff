//! `reasons.toml`: the words of every reason the engine gives, and their checks.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use strum::VariantArray;
use toml::Spanned;

use super::load::FileReport;
use super::{ById, Certainty, ReasonId};

/// A reason's words and the law behind it (`reasons.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonDef {
    pub text: Arc<str>,
    pub citation: Arc<str>,
    pub certainty: Certainty,
}

/// `reasons.toml`: `[reason.<id>]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReasonsFile {
    reason: Spanned<BTreeMap<Spanned<String>, ReasonDef>>,
}

/// The reasons are exactly the engine's (`ReasonId`), each with a citation and using
/// only the placeholders the engine fills in it. Returns them in the order of their ids.
pub(super) fn check(r: &mut FileReport, file: ReasonsFile) -> Option<ById<ReasonId, ReasonDef>> {
    let reasons = file.reason.get_ref();
    for &id in ReasonId::VARIANTS {
        let Some((key, def)) = reasons.get_key_value(id.as_str()) else {
            r.at(&file.reason, format!("the engine needs a reason [reason.{id}]"));
            continue;
        };
        r.placeholders(key.span(), &format!("reason.{id}"), &def.text, id.placeholders());
        if def.citation.trim().is_empty() {
            r.at(key, format!("reason.{id} has no citation"));
        }
    }
    for key in reasons.keys().filter(|key| key.get_ref().parse::<ReasonId>().is_err()) {
        r.at(key, format!("reason.{key} is not used by the engine"));
    }
    let mut reasons = file.reason.into_inner();
    ById::build(|id: ReasonId| reasons.remove(id.as_str()))
}

//! `facts.toml`: the question, help and answers for every fact the engine may ask
//! about, and their checks.

use std::collections::BTreeMap;

use serde::Deserialize;
use strum::VariantArray;
use toml::Spanned;

use super::load::FileReport;
use super::{ById, FactKey};
use crate::case::facts::choices;

/// A question the engine may need answered (`facts.toml`).
#[derive(Debug, Clone)]
pub struct FactDef {
    pub question: String,
    pub help: String,
    pub about: String,
    /// The answers to pick from, for facts answered from a list (see
    /// `case::facts::kind`), in the order they are shown.
    pub options: Vec<FactOption>,
}

/// One answer to pick from.
#[derive(Debug, Clone)]
pub struct FactOption {
    /// The value in the case format, e.g. "nolle_prosequi".
    pub value: String,
    pub label: String,
    /// A short explanation under the label.
    pub hint: Option<String>,
}

/// `facts.toml`: `[fact."<key>"]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FactsFile {
    fact: Spanned<BTreeMap<Spanned<String>, FactEntry>>,
}

/// A `[fact."<key>"]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactEntry {
    question: String,
    help: String,
    about: String,
    #[serde(default)]
    options: Vec<OptionEntry>,
}

/// An answer as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionEntry {
    value: Spanned<String>,
    label: String,
    #[serde(default)]
    hint: Option<String>,
}

/// The facts are exactly the engine's (`FactKey`), and a fact answered from a list has
/// an option for every value the case format accepts, and no other. Returns them in the
/// order of their keys.
pub(super) fn check(r: &mut FileReport, file: FactsFile) -> Option<ById<FactKey, FactDef>> {
    let facts = file.fact.get_ref();
    for key in FactKey::VARIANTS.iter().filter(|key| !facts.contains_key(key.as_str())) {
        r.at(&file.fact, format!("the engine may ask about \"{key}\", but there is no [fact.\"{key}\"]"));
    }
    for (key, fact) in facts {
        let Ok(known) = key.get_ref().parse::<FactKey>() else {
            r.at(key, format!("fact \"{key}\" is not one the engine asks about"));
            continue;
        };
        let wanted = choices(known);
        for value in wanted.iter().filter(|v| !fact.options.iter().any(|o| o.value.get_ref() == *v)) {
            r.at(key, format!("fact \"{key}\" needs an option with value = \"{value}\""));
        }
        for value in fact.options.iter().map(|o| &o.value).filter(|v| !wanted.contains(&v.get_ref().as_str())) {
            r.at(value, format!("fact \"{key}\" has an option \"{value}\" the case format does not know"));
        }
    }
    let mut facts = file.fact.into_inner();
    ById::build(|key: FactKey| facts.remove(key.as_str()).map(FactEntry::into_def))
}

impl FactEntry {
    /// The fact as the engine and the questionnaire use it.
    fn into_def(self) -> FactDef {
        let options = self.options.into_iter().map(|o| FactOption { value: o.value.into_inner(), label: o.label, hint: o.hint }).collect();
        FactDef { question: self.question, help: self.help, about: self.about, options }
    }
}

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
    /// The screen the question shares with related ones (`[page.<name>]`): every
    /// question of a page the engine still needs is asked together.
    pub page: Option<String>,
    /// Asked on its page only with another question whose answer opens it, e.g. the
    /// date a sentence was finished, after "yes" to "Have you finished it?".
    pub follows: Option<(FactKey, String)>,
}

/// A screen of related questions (`[page.<name>]` in `facts.toml`).
#[derive(Debug, Clone)]
pub struct PageDef {
    pub heading: String,
    /// A line under the heading, if any.
    pub lead: Option<String>,
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
    #[serde(default)]
    page: BTreeMap<Spanned<String>, PageEntry>,
}

/// A `[page.<name>]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageEntry {
    heading: String,
    #[serde(default)]
    lead: Option<String>,
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
    #[serde(default)]
    page: Option<Spanned<String>>,
    /// The question whose answer opens this one on the same page, and that answer.
    #[serde(default)]
    asked_after: Option<Spanned<String>>,
    #[serde(default)]
    asked_if: Option<String>,
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
/// order of their keys, and the pages that group them.
pub(super) fn check(r: &mut FileReport, file: FactsFile) -> Option<(ById<FactKey, FactDef>, BTreeMap<String, PageDef>)> {
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
        check_page(r, &file.page, facts, key, fact);
    }
    for name in file.page.keys().filter(|name| !facts.values().any(|f| f.page.as_ref().is_some_and(|p| p.get_ref() == name.get_ref()))) {
        r.at(name, format!("page \"{name}\" has no question"));
    }
    let pages = file
        .page
        .into_iter()
        .map(|(name, p)| (name.into_inner(), PageDef { heading: p.heading, lead: p.lead.filter(|l| !l.trim().is_empty()) }))
        .collect();
    let mut facts = file.fact.into_inner();
    Some((ById::build(|key: FactKey| facts.remove(key.as_str()).map(FactEntry::into_def))?, pages))
}

/// A fact's page is a `[page.<name>]`, and a question it follows is on the same page,
/// is answered from a list or yes/no, and `asked_if` is one of its answers.
fn check_page(
    r: &mut FileReport,
    pages: &BTreeMap<Spanned<String>, PageEntry>,
    facts: &BTreeMap<Spanned<String>, FactEntry>,
    key: &Spanned<String>,
    fact: &FactEntry,
) {
    if let Some(page) = &fact.page
        && !pages.keys().any(|p| p.get_ref() == page.get_ref())
    {
        r.at(page, format!("fact \"{key}\" is on page \"{page}\", but there is no [page.{page}]"));
    }
    match (&fact.asked_after, &fact.asked_if) {
        (None, None) => {}
        (Some(after), Some(answer)) => {
            let parent = facts.iter().find(|(k, _)| k.get_ref() == after.get_ref());
            let same_page = |p: &FactEntry| p.page.as_ref().map(Spanned::get_ref) == fact.page.as_ref().map(Spanned::get_ref);
            match (parent, after.get_ref().parse::<FactKey>()) {
                (Some((_, p)), Ok(parent_key)) if same_page(p) && fact.page.is_some() => {
                    let answers: &[&str] = match crate::case::facts::kind(parent_key) {
                        Some(crate::case::facts::FactKind::Answer) => &["yes", "no", "unsure"],
                        _ => choices(parent_key),
                    };
                    if !answers.contains(&answer.as_str()) {
                        r.at(after, format!("fact \"{key}\": \"{after}\" has no answer \"{answer}\""));
                    }
                }
                _ => r.at(after, format!("fact \"{key}\" is asked after \"{after}\", which must be a question on the same page")),
            }
        }
        _ => r.at(key, format!("fact \"{key}\" needs both `asked_after` and `asked_if`, or neither")),
    }
}

impl FactEntry {
    /// The fact as the engine and the questionnaire use it.
    fn into_def(self) -> FactDef {
        let options = self.options.into_iter().map(|o| FactOption { value: o.value.into_inner(), label: o.label, hint: o.hint }).collect();
        let follows = match (self.asked_after, self.asked_if) {
            (Some(after), Some(answer)) => after.get_ref().parse().ok().map(|key| (key, answer)),
            _ => None,
        };
        FactDef { question: self.question, help: self.help, about: self.about, options, page: self.page.map(Spanned::into_inner), follows }
    }
}

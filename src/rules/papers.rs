//! `papers.toml`: the wording of the court papers (filing instructions, petition and
//! order), and its checks.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use strum::VariantArray;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::load::FileReport;
use super::text::placeholders;
use super::{FactKey, RouteId, RouteKind};
use crate::case::facts::choices;

/// The wording of the court papers (`papers.toml`): reviewed legal drafting, filled in
/// by the packet builder.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Papers {
    /// The date of the law this wording follows.
    pub follows_law_of: String,
    pub verify_before_launch: bool,
    pub note: String,
    pub parties: PaperParties,
    pub charge: PaperCharge,
    pub petition: PaperPetition,
    /// Guidance for the person's own statements, by kind.
    pub own_words: PaperOwnWords,
    pub signature: PaperSignature,
    pub order: PaperOrder,
    pub agencies: PaperAgencies,
    /// The exhibits as the petition names them, by document id (documents.toml).
    pub exhibit_names: BTreeMap<String, String>,
    pub identification: PaperIdentification,
    pub pauper: PaperPauper,
    /// Per assessed route's id: the statements of the petition and the findings of the
    /// order (see `Papers::wording`).
    route: Spanned<BTreeMap<Spanned<String>, PaperRoute>>,
    pub instructions: PaperInstructions,
}

impl Papers {
    /// The petition's statements and the order's findings for a route; every assessed
    /// route has them (checked at load), a referral none.
    pub fn wording(&self, route: RouteId) -> Option<&PaperRoute> {
        self.route.get_ref().get(route.as_str())
    }
}

/// The words of the filing instructions that come first in the packet.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperInstructions {
    pub title: String,
    /// The foot of each page of the instructions: "Page {n} of {total}". The court
    /// papers are always numbered in English.
    pub page: String,
    pub prepared: String,
    pub disclaimer: String,
    pub papers_for: String,
    #[serde(rename = "where")]
    pub where_: String,
    pub copies: String,
    pub fee: String,
    pub bring: String,
    pub serve: String,
    pub next: String,
    pub checklist: String,
    pub checklist_items: Vec<String>,
    pub left_out: String,
    pub no_court: String,
    pub left_out_intro: String,
    pub agencies_title: String,
    pub agencies_intro: String,
    /// Who the papers were prepared for when no name was given.
    pub you: String,
    /// A charge left out, before why: `{n}` and `{offence}`.
    pub left_out_item: String,
    /// "What is in this packet": each paper explained, in the site's language.
    pub contents: String,
    pub contents_intro: String,
    pub paper_petition: String,
    pub paper_order: String,
    pub paper_identification: String,
    pub paper_pauper: String,
}

/// The caption's parties and the words for the charges.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperParties {
    pub petitioner: String,
    pub respondent_name: String,
    pub respondent: String,
    pub versus: String,
    pub cause: String,
    pub cause_blank: String,
    pub in_re: String,
    pub in_re_for: String,
    pub one_case: String,
    pub many_cases: String,
    pub original_case: String,
    pub original_case_unnumbered: String,
    /// What {charges} becomes for one charge and for several.
    pub one_charge: String,
    pub many_charges: String,
    pub one_charge_named: String,
    pub many_charges_named: String,
}

/// How each charge is described in a petition and its order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperCharge {
    pub offence: String,
    pub arrested_for: String,
    pub statute: String,
    pub case_number: String,
    pub case_number_elsewhere: String,
    pub case_elsewhere: String,
    pub arrest: String,
    pub arrested_on: String,
    pub agency: String,
    pub end: String,
    pub dismissed: String,
    pub dropped: String,
    pub no_bill: String,
    pub not_charged: String,
    pub nolle_prosequi: String,
    pub not_guilty: String,
    pub no_disposition: String,
    pub remanded: String,
    pub convicted: String,
    pub program: String,
    pub program_unknown: String,
    /// By program kind, as the case format names it ("nonadjudication", ...): see
    /// `PaperCharge::program_name`.
    program_names: Spanned<BTreeMap<Spanned<String>, String>>,
    pub sentence: String,
    pub no_date: String,
}

impl PaperCharge {
    /// The name of a kind of program, as the case format names the kind; every kind
    /// has one (checked at load).
    pub fn program_name(&self, kind: &str) -> Option<&String> {
        self.program_names.get_ref().get(kind)
    }
}

/// The Petition for Expungement.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperPetition {
    pub title: String,
    pub opening: String,
    pub jurisdiction: String,
    pub jurisdiction_new: String,
    pub birth: String,
    pub other_names: String,
    pub basis: String,
    pub exhibits: String,
    pub exhibit: String,
    pub prayer: String,
    pub prayer_court_records: String,
    pub prayer_effect: String,
    pub respectfully: String,
    pub pro_se: String,
    pub certificate_title: String,
    pub certificate: String,
    pub certificate_methods: Vec<String>,
    pub certificate_address: String,
    pub verification_title: String,
    pub verification: String,
    pub verification_lines: Vec<String>,
}

/// The labels under signature lines.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperSignature {
    pub signature: String,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub date: String,
}

/// The proposed Order of Expungement.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperOrder {
    pub title: String,
    pub opening: String,
    pub jurisdiction: String,
    pub charges_intro: String,
    pub charges_intro_new: String,
    pub ordered_intro: String,
    pub ordered_agencies: String,
    pub ordered_court_records: String,
    pub clerk: String,
    pub clerk_court_records: String,
    pub so_ordered: String,
    pub judge: String,
    pub approved: String,
    pub approved_by: String,
    pub prepared_by: String,
}

/// The agencies an order is sent to.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperAgencies {
    pub mcic: String,
    pub court_records: String,
    pub detention: String,
    pub mcic_identifiers: String,
}

/// The confidential identification sheet for the clerk and the Mississippi Criminal
/// Information Center: blanks filled by hand.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperIdentification {
    pub title: String,
    pub subtitle: String,
    pub keep_out: String,
    pub about: String,
    /// The person's identifiers, one blank each, in order: the name, other names and
    /// date of birth are printed when known.
    pub fields: Vec<String>,
    pub arrest: String,
}

/// The optional pauper's affidavit (§ 11-53-17).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperPauper {
    pub title: String,
    pub subtitle: String,
    pub warning: String,
    pub oath: String,
    pub lines: Vec<String>,
}

/// The person's own statements in a petition.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperOwnWords {
    pub rehabilitation: OwnWords,
    pub dui_justification: OwnWords,
}

impl PaperOwnWords {
    pub fn get(&self, kind: OwnWordsKind) -> &OwnWords {
        match kind {
            OwnWordsKind::Rehabilitation => &self.rehabilitation,
            OwnWordsKind::DuiJustification => &self.dui_justification,
        }
    }
}

/// One kind of the person's own statement: how it is introduced, and the guidance
/// above the lines to write it by hand when it was not given.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OwnWords {
    pub intro: String,
    pub guidance: String,
    pub lines: u32,
}

/// Which of the person's own statements a route's petition carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnWordsKind {
    /// What the person has done since (§ 99-19-71(2)(b); §§ 9-11-15(3), 21-23-7(6)).
    Rehabilitation,
    /// Why a first DUI should be expunged (§ 63-11-30(13)(a)(v)).
    DuiJustification,
}

/// Whose records an order reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Records {
    /// Every agency holding records of the charge.
    All,
    /// The court's own public records only (§§ 9-11-15(3), 21-23-7(6)).
    Court,
}

/// What the papers do when a fact a sentence rests on is not answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unanswered {
    /// The papers are not drawn until it is answered.
    #[default]
    Ask,
    /// The sentence is left out.
    LeaveOut,
}

/// What the papers do when a fact is answered other than the sentence needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Otherwise {
    /// The papers do not verify: the engine should not have found the charge eligible.
    #[default]
    Refuse,
    /// The sentence is left out: another sentence says what is true.
    LeaveOut,
}

/// A sentence of a petition or a finding of an order, and the answers it states.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    /// "fact.key=answer" or "fact.key" (any answer): checked at load.
    #[serde(default)]
    rests_on: Vec<Spanned<String>>,
    #[serde(default)]
    pub unanswered: Unanswered,
    #[serde(default)]
    pub otherwise: Otherwise,
    /// Blank lines after the sentence, for the judge to write in.
    #[serde(default)]
    pub write_in: u32,
}

/// One fact a sentence states, and the answer it needs (`None`: any answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rest {
    pub fact: FactKey,
    pub answer: Option<String>,
}

impl Statement {
    /// The facts the sentence rests on (every one parses: checked at load).
    pub fn rests_on(&self) -> Vec<Rest> {
        self.rests_on.iter().filter_map(|r| parse_rest(r.get_ref()).ok()).collect()
    }
}

/// "charge.fines_costs_paid=yes" or "charge.sentence_completion_date", checked against
/// the facts and the answers each accepts.
pub fn parse_rest(text: &str) -> Result<Rest, String> {
    use crate::case::facts::{FactKind, kind};
    let (key, answer) = match text.split_once('=') {
        Some((k, a)) => (k.trim(), Some(a.trim().to_string())),
        None => (text.trim(), None),
    };
    let fact: FactKey = key.parse().map_err(|_| format!("`{key}` is not a fact in facts.toml"))?;
    if let Some(a) = &answer {
        let allowed: &[&str] = match kind(fact) {
            Some(FactKind::Answer) => &["yes", "no", "unsure"],
            Some(FactKind::Choice(values)) => values,
            _ => return Err(format!("`{key}` is a date, number or text: name it without an answer")),
        };
        if !allowed.contains(&a.as_str()) {
            return Err(format!("`{a}` is not an answer to `{key}`; the answers are {}", allowed.join(", ")));
        }
    }
    Ok(Rest { fact, answer })
}

/// One route's statements in the petition and findings in the order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperRoute {
    pub subtitle: String,
    /// The petition's jurisdiction paragraph when it opens a new file.
    #[serde(default)]
    pub jurisdiction: Option<String>,
    pub records: Records,
    /// Document ids (documents.toml), lettered in the petition.
    exhibits: Vec<Spanned<String>>,
    #[serde(default)]
    pub own_words: Option<OwnWordsKind>,
    /// The order's effect in the route's own statute; none where it gives none.
    #[serde(default)]
    pub effect: Option<String>,
    #[serde(default)]
    pub effect_citation: Option<String>,
    /// Further decrees of the order.
    #[serde(default)]
    pub directions: Vec<String>,
    pub statements: Vec<Statement>,
    pub findings: Vec<Statement>,
}

impl PaperRoute {
    /// The exhibits' document ids, in order.
    pub fn exhibits(&self) -> impl Iterator<Item = &str> {
        self.exhibits.iter().map(|e| e.get_ref().as_str())
    }
}

/// The placeholders the packet builder fills.
const FILLED: &[&str] = &[
    "petitioner",
    "court",
    "prosecutor",
    "days",
    "citation",
    "charges",
    "agencies",
    "county",
    "offences",
    "offence",
    "statute",
    "case_number",
    "arrest_date",
    "agency",
    "date",
    "program",
    "date_of_birth",
    "other_names",
    "rules_version",
    "cases",
    "was_were",
    "birth_year",
    "original_court",
    "bac",
    "letter",
    "name",
    "n",
    "total",
];

/// Every text uses only the placeholders the packet builder fills; every kind of
/// program has a name; every assessed route, and no other, has its wording; every
/// fact a sentence rests on is a fact with that answer; every exhibit is a document.
pub(super) fn check(r: &mut FileReport, papers: &Papers, documents: &BTreeMap<String, std::sync::Arc<super::documents::DocumentDef>>) {
    check_placeholders(r);
    let kinds = choices(FactKey::ChargeProgramKind);
    let names = &papers.charge.program_names;
    for kind in kinds.iter().filter(|kind| **kind != "unsure" && !names.get_ref().contains_key(**kind)) {
        r.at(names, format!("[charge.program_names]: no name for the program `{kind}`"));
    }
    for kind in names.get_ref().keys().filter(|kind| !kinds.contains(&kind.get_ref().as_str())) {
        r.at(kind, format!("[charge.program_names]: `{kind}` is not a kind of program; they are {}", kinds.join(", ")));
    }
    let wording = &papers.route;
    for id in RouteId::VARIANTS.iter().filter(|id| id.kind() == RouteKind::Assessed && !wording.get_ref().contains_key(id.as_str())) {
        r.at(wording, format!("no wording for the route `{id}`: add [route.{id}]"));
    }
    for (id, route) in wording.get_ref() {
        if !id.get_ref().parse::<RouteId>().is_ok_and(|id| id.kind() == RouteKind::Assessed) {
            r.at(id, format!("[route.{id}]: no assessed route has this id in routes.toml"));
        }
        if route.statements.is_empty() || route.findings.is_empty() {
            r.at(id, format!("[route.{id}]: statements and findings are both needed"));
        }
        if route.effect.is_some() != route.effect_citation.is_some() {
            r.at(id, format!("[route.{id}]: `effect` and `effect_citation` go together"));
        }
        for rest in route.statements.iter().chain(&route.findings).flat_map(|s| &s.rests_on) {
            if let Err(problem) = parse_rest(rest.get_ref()) {
                r.at(rest, format!("[route.{id}] rests_on: {problem}"));
            }
        }
        for exhibit in route.exhibits.iter().filter(|e| !documents.contains_key(e.get_ref())) {
            r.at(exhibit, format!("[route.{id}] exhibits: `{exhibit}` is not a document in documents.toml"));
        }
        for exhibit in route.exhibits.iter().filter(|e| !papers.exhibit_names.contains_key(e.get_ref())) {
            r.at(exhibit, format!("[route.{id}] exhibits: `{exhibit}` has no name in [exhibit_names]"));
        }
    }
}

/// Every text of the file, whatever table it is in (a new field is checked too), read
/// from the parser's tree with its span.
fn check_placeholders(r: &mut FileReport) {
    fn strings<'t>(value: &'t Spanned<DeValue<'_>>, out: &mut Vec<(&'t str, Range<usize>)>) {
        match value.get_ref() {
            DeValue::String(text) => out.push((text, value.span())),
            DeValue::Array(items) => items.iter().for_each(|item| strings(item, out)),
            DeValue::Table(table) => table.values().for_each(|item| strings(item, out)),
            _ => {}
        }
    }
    let Ok(doc) = DeTable::parse(r.text()) else { return };
    let mut texts = Vec::new();
    doc.get_ref().values().for_each(|value| strings(value, &mut texts));
    for (text, span) in texts {
        for name in placeholders(text).into_iter().filter(|name| !FILLED.contains(name)) {
            r.at_span(span.clone(), format!("unknown placeholder {{{name}}}; the packet fills {}", FILLED.join(", ")));
        }
    }
}

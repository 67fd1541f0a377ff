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
    pub signature: PaperSignature,
    pub order: PaperOrder,
    pub agencies: PaperAgencies,
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
    pub arrest: String,
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
    pub fines: String,
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
    pub birth: String,
    pub other_names: String,
    pub basis: String,
    pub prayer: String,
    pub respectfully: String,
    pub pro_se: String,
    pub certificate_title: String,
    pub certificate: String,
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
    pub ordered_intro: String,
    pub ordered_agencies: String,
    pub restoration: String,
    pub restoration_citation: String,
    pub clerk: String,
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
}

/// One route's statements in the petition and findings in the order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperRoute {
    pub subtitle: String,
    pub statements: Vec<String>,
    pub findings: Vec<String>,
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
];

/// Every text uses only the placeholders the packet builder fills; every kind of
/// program has a name; every assessed route, and no other, has its wording.
pub(super) fn check(r: &mut FileReport, papers: &Papers) {
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

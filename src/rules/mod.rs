//! Reads `rules/ms/` into typed values and checks it, so that bad rules stop the
//! program at start-up with the file and the line.
//!
//! The rules are embedded in the binary at build time and can be replaced from a
//! directory. This module owns the shape of the rule files; what the law means is in
//! the files themselves, and how it is applied is in `engine`.

mod catalogue;
pub mod ids;
mod load;
mod section;
pub mod text;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use catalogue::{Classification, Identified};
pub use ids::{ById, ExclusionId, FactKey, ReasonId, RouteId};
pub use load::{RulesError, embedded, load_dir, load_files};
pub use section::{Section, format_section};

/// How well a rule is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The statute or bill text itself was read.
    Primary,
    /// A reliable secondary source.
    Secondary,
    /// Our own reading; a lawyer should confirm.
    Inferred,
}

impl Certainty {
    pub fn label(self) -> &'static str {
        match self {
            Certainty::Primary => "from the statute's text",
            Certainty::Secondary => "from a reliable secondary source",
            Certainty::Inferred => "our reading; a lawyer should confirm",
        }
    }
}

/// The whole rule set, checked and ready for the engine.
#[derive(Debug, Clone)]
pub struct RuleBook {
    /// Identifies this rule set in every output: "ms-" and the start of the SHA-256
    /// of every rule file's name and bytes.
    pub version: String,
    pub meta: Meta,
    pub params: Parameters,
    pub exclusions: Vec<Exclusion>,
    pub violence: ViolenceList,
    pub offences: OffenceFile,
    /// Every route, in the order of `RouteId`.
    pub routes: ById<RouteId, Route>,
    pub fees: FeeTexts,
    pub notices: NoticeTexts,
    pub reasons: ById<ReasonId, ReasonDef>,
    pub facts: ById<FactKey, FactDef>,
    pub courts: Courts,
    pub unknown_court: UnknownCourt,
    /// Mississippi's 82 counties, for the questionnaire's list.
    pub counties: Vec<String>,
    pub documents: BTreeMap<String, Arc<DocumentDef>>,
    pub learn: Vec<LearnPage>,
    pub help: HelpFile,
    pub papers: Papers,
    pub(crate) index: catalogue::Index,
    /// The position in `exclusions` of each exclusion the engine names.
    pub(crate) named_exclusions: ById<ExclusionId, usize>,
}

impl RuleBook {
    /// The route with this id. The loader has checked that the rules define every
    /// route the engine knows, so this is a plain index.
    pub fn route(&self, id: RouteId) -> &Route {
        &self.routes[id]
    }

    /// The reason with this id (checked at load, like `route`).
    pub fn reason(&self, id: ReasonId) -> &ReasonDef {
        &self.reasons[id]
    }

    /// The fact with this key (checked at load, like `route`).
    pub fn fact(&self, key: FactKey) -> &FactDef {
        &self.facts[key]
    }

    /// The exclusion with this id (checked at load, like `route`).
    pub fn exclusion(&self, id: ExclusionId) -> &Exclusion {
        &self.exclusions[self.named_exclusions[id]]
    }

    /// The text of a Mississippi trial court, or `None` for youth, federal and
    /// other-state courts.
    pub fn court(&self, key: &str) -> Option<&CourtText> {
        match key {
            "circuit" => Some(&self.courts.circuit),
            "county" => Some(&self.courts.county),
            "justice" => Some(&self.courts.justice),
            "municipal" => Some(&self.courts.municipal),
            _ => None,
        }
    }
}

/// `rulebook.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub jurisdiction: String,
    pub title: String,
    #[serde(deserialize_with = "load::date::deserialize")]
    pub researched_on: NaiveDate,
    /// The earliest filing date these rules answer for.
    #[serde(deserialize_with = "load::date::deserialize")]
    pub covers_from: NaiveDate,
    pub review_status: String,
    /// Shown with every result: this is not legal advice, and where to get help.
    pub disclaimer: String,
    pub statute_link_template: String,
}

/// One dated value of a parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period<T> {
    #[serde(deserialize_with = "load::date::deserialize")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "load::opt_date::deserialize")]
    pub until: Option<NaiveDate>,
    pub value: T,
    pub citation: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub source_note: Option<String>,
    pub certainty: Certainty,
    #[serde(default)]
    pub verify_before_launch: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl<T> Period<T> {
    /// This period applies to a petition filed on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// A parameter that changes over time.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param<T> {
    pub description: String,
    pub unit: String,
    pub periods: Vec<Period<T>>,
}

impl<T> Param<T> {
    /// The period in force on `date`, if any.
    pub fn at(&self, date: NaiveDate) -> Option<&Period<T>> {
        self.periods.iter().find(|p| p.covers(date))
    }
}

/// The § 99-19-72 fee and its split.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: u32,
    pub shares: Vec<FeeShare>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeeShare {
    pub to: String,
    pub amount: u32,
}

/// `parameters.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    pub felony_waiting_years: Param<u32>,
    pub dui_waiting_years: Param<u32>,
    pub misdemeanor_arrest_uncharged_months: Param<u32>,
    pub underage_alcohol_waiting_years: Param<u32>,
    pub good_conduct_years: Param<u32>,
    pub felony_notice_days: Param<u32>,
    pub dui_bac_limit_percent: Param<f64>,
    pub filing_fee: Param<Fee>,
}

/// One item of § 99-19-71(2)(a).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    pub id: String,
    pub item: String,
    pub name: String,
    pub citation: String,
    #[serde(default)]
    pub source: Option<String>,
    pub certainty: Certainty,
    #[serde(default)]
    pub verify_before_launch: bool,
    #[serde(deserialize_with = "load::date::deserialize")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "load::opt_date::deserialize")]
    pub until: Option<NaiveDate>,
    pub sections: Vec<String>,
    pub explanation: String,
}

impl Exclusion {
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// `crimes_of_violence.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolenceList {
    pub citation: String,
    pub source: String,
    pub certainty: Certainty,
    pub item: Vec<ViolenceItem>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolenceItem {
    pub key: String,
    pub name: String,
    pub sections: Vec<String>,
    #[serde(default)]
    pub rebuttable: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// `offences.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffenceFile {
    pub traffic_titles: Vec<String>,
    pub traffic_certainty: Certainty,
    pub offence: Vec<Offence>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offence {
    pub id: String,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    Assessed,
    Referral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CourtDecides {
    /// "shall expunge"
    Must,
    /// The court has discretion.
    May,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileIn {
    SameCourt,
    CircuitCourtOfCounty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    Statutory,
    Unclear,
    NoneStated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    FelonyDa,
    PriorNotice,
    CopyByPractice,
}

/// One route to relief (`routes.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: Arc<str>,
    pub letter: String,
    pub kind: RouteKind,
    pub name: Arc<str>,
    pub citation: Arc<str>,
    #[serde(default)]
    pub also: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub source_note: Option<String>,
    pub certainty: Certainty,
    #[serde(default)]
    pub verify_before_launch: bool,
    #[serde(default)]
    pub court_decides: Option<CourtDecides>,
    #[serde(default)]
    pub file_in: Option<FileIn>,
    #[serde(default)]
    pub fee: Option<FeeKind>,
    #[serde(default)]
    pub notice: Option<NoticeKind>,
    #[serde(default)]
    pub bring: Vec<String>,
    pub explanation: String,
    /// For a referral: the words that head its card, in place of the outcome's.
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub open_questions: Vec<String>,
    #[serde(default, deserialize_with = "load::opt_date::deserialize")]
    pub earlier_law_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeText {
    pub explain: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeTexts {
    pub statutory: FeeText,
    pub unclear: FeeText,
    pub none_stated: FeeText,
}

impl FeeTexts {
    pub fn get(&self, kind: FeeKind) -> &FeeText {
        match kind {
            FeeKind::Statutory => &self.statutory,
            FeeKind::Unclear => &self.unclear,
            FeeKind::NoneStated => &self.none_stated,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeText {
    pub explain: String,
    pub citation: String,
    pub certainty: Certainty,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeTexts {
    pub felony_da: NoticeText,
    pub prior_notice: NoticeText,
    pub copy_by_practice: NoticeText,
}

impl NoticeTexts {
    pub fn get(&self, kind: NoticeKind) -> &NoticeText {
        match kind {
            NoticeKind::FelonyDa => &self.felony_da,
            NoticeKind::PriorNotice => &self.prior_notice,
            NoticeKind::CopyByPractice => &self.copy_by_practice,
        }
    }
}

/// A reason's words and the law behind it (`reasons.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonDef {
    pub text: Arc<str>,
    pub citation: Arc<str>,
    pub certainty: Certainty,
}

/// A question the engine may need answered (`facts.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    pub question: String,
    pub help: String,
    pub about: String,
    /// The answers to pick from, for facts answered from a list (see
    /// `case::facts::kind`), in the order they are shown.
    #[serde(default)]
    pub options: Vec<FactOption>,
}

/// One answer to pick from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactOption {
    /// The value in the case format, e.g. "nolle_prosequi".
    pub value: String,
    pub label: String,
    /// A short explanation under the label.
    #[serde(default)]
    pub hint: Option<String>,
}

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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Courts {
    pub circuit: CourtText,
    pub county: CourtText,
    pub justice: CourtText,
    pub municipal: CourtText,
}

/// Words for a court the person has not named (`courts.toml`, `[unknown]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnknownCourt {
    pub display: String,
    pub prosecutor: String,
    pub circuit_display: String,
    pub circuit_prosecutor: String,
}

/// A "Learn" page (`learn.toml`).
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
    pub route: BTreeMap<String, PaperRoute>,
    pub instructions: PaperInstructions,
}

impl Papers {
    /// The petition's statements and the order's findings for a route; every assessed
    /// route has them (checked at load), a referral none.
    pub fn wording(&self, route: RouteId) -> Option<&PaperRoute> {
        self.route.get(route.as_str())
    }
}

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
    /// By program kind, as the case format names it ("nonadjudication", ...).
    pub program_names: BTreeMap<String, String>,
    pub sentence: String,
    pub fines: String,
    pub no_date: String,
}

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

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperAgencies {
    pub mcic: String,
    pub court_records: String,
    pub detention: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperRoute {
    pub subtitle: String,
    pub statements: Vec<String>,
    pub findings: Vec<String>,
}

/// Where to get legal help (`help.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    pub org: Vec<HelpOrg>,
    pub clinics: HelpClinics,
    pub trafficking: HelpNote,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpNote {
    pub text: String,
    pub source: String,
    pub checked: chrono::NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpOrg {
    pub name: String,
    pub does: String,
    #[serde(default)]
    pub website: Option<String>,
    pub source: String,
    pub checked: chrono::NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpClinics {
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnPage {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Append the papers of documents.toml after the sections.
    #[serde(default)]
    pub list_documents: bool,
    pub sections: Vec<LearnSection>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub citation: String,
}

/// A paper to bring (`documents.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentDef {
    pub name: String,
    pub explain: String,
}

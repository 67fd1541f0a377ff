//! `routes.toml`: every route to relief with its procedure, the words for fees and
//! notices, and their checks, including that the routes are exactly the engine's.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::VariantArray;
use toml::Spanned;

use super::load::FileReport;
use super::{ById, Certainty, DocumentDef, RouteId};

/// Whether the engine assesses a route or sends the person to a lawyer or another process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    Assessed,
    Referral,
}

/// Whether the court must grant a petition that meets the law, or may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CourtDecides {
    /// "shall expunge"
    Must,
    /// The court has discretion.
    May,
}

/// Where the petition is filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileIn {
    SameCourt,
    CircuitCourtOfCounty,
}

/// Whether the § 99-19-72 filing fee applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// § 99-19-72 applies: a § 99-19-71 petition in circuit court.
    Statutory,
    /// Disputed whether § 99-19-72 reaches this kind of petition.
    Unclear,
    /// A § 99-19-71 petition outside circuit court: § 99-19-72 names the circuit clerk.
    UnclearCourt,
    NoneStated,
}

/// Who is told of the petition, and how.
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
    /// The id as written; `RouteId` is the typed one, and the book keeps the routes
    /// in its order.
    pub id: Spanned<String>,
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
    #[serde(default, deserialize_with = "super::load::opt_date::deserialize")]
    pub earlier_law_until: Option<NaiveDate>,
    /// A route whose statute differs by court: the citation for each kind of court
    /// (`justice`, `municipal`), used on that court's results and papers.
    #[serde(default)]
    pub court_citation: BTreeMap<String, Arc<str>>,
}

impl Route {
    /// The route's statute for a case in a court of `kind` (its key in courts.toml).
    pub fn citation_in(&self, kind: Option<&str>) -> &Arc<str> {
        kind.and_then(|k| self.court_citation.get(k)).unwrap_or(&self.citation)
    }
}

/// What a kind of fee means for the person.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeText {
    pub explain: String,
}

/// `[fee.*]`: the words for each kind of fee.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeTexts {
    statutory: Spanned<FeeText>,
    unclear: Spanned<FeeText>,
    unclear_court: Spanned<FeeText>,
    none_stated: Spanned<FeeText>,
}

impl FeeTexts {
    pub fn get(&self, kind: FeeKind) -> &FeeText {
        match kind {
            FeeKind::Statutory => self.statutory.get_ref(),
            FeeKind::Unclear => self.unclear.get_ref(),
            FeeKind::UnclearCourt => self.unclear_court.get_ref(),
            FeeKind::NoneStated => self.none_stated.get_ref(),
        }
    }
}

/// Who is given notice, and the law that says so.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeText {
    pub explain: String,
    pub citation: String,
    pub certainty: Certainty,
}

/// `[notice.*]`: the words for each kind of notice.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeTexts {
    felony_da: Spanned<NoticeText>,
    prior_notice: Spanned<NoticeText>,
    copy_by_practice: Spanned<NoticeText>,
}

impl NoticeTexts {
    pub fn get(&self, kind: NoticeKind) -> &NoticeText {
        match kind {
            NoticeKind::FelonyDa => self.felony_da.get_ref(),
            NoticeKind::PriorNotice => self.prior_notice.get_ref(),
            NoticeKind::CopyByPractice => self.copy_by_practice.get_ref(),
        }
    }
}

/// `routes.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoutesFile {
    fee: FeeTexts,
    notice: NoticeTexts,
    route: Spanned<Vec<Route>>,
}

/// Each route has a unique id, a citation, an explanation, a source, the procedure its
/// kind needs and documents that `documents.toml` defines; the routes are exactly the
/// engine's (`RouteId`), each of its kind; the fee and notice words use only the
/// placeholders the engine fills. Returns the routes in the order of their ids, and the
/// fee and notice words.
pub(super) fn check(
    r: &mut FileReport,
    file: RoutesFile,
    documents: &BTreeMap<String, Arc<DocumentDef>>,
) -> Option<(ById<RouteId, Route>, FeeTexts, NoticeTexts)> {
    let mut seen = HashSet::new();
    for route in file.route.get_ref() {
        if !seen.insert(route.id.get_ref().as_str()) {
            r.at(&route.id, format!("route id \"{}\" is used twice", route.id));
        }
        check_route(r, route, documents);
    }
    for &id in RouteId::VARIANTS {
        match file.route.get_ref().iter().find(|route| route.id.get_ref() == id.as_str()) {
            None => r.at(&file.route, format!("the engine needs a route with id \"{id}\"")),
            Some(route) if route.kind != id.kind() => {
                r.at(&route.id, format!("route \"{id}\" must have kind = \"{:?}\"", id.kind()).to_lowercase())
            }
            Some(_) => {}
        }
    }
    for route in file.route.get_ref().iter().filter(|route| route.id.get_ref().parse::<RouteId>().is_err()) {
        r.at(&route.id, format!("route \"{}\" is not one the engine knows", route.id));
    }
    let (fee, notice) = (&file.fee, &file.notice);
    let texts = [
        ("[fee.statutory]", fee.statutory.span(), &fee.statutory.get_ref().explain, &["amount"][..]),
        ("[fee.unclear]", fee.unclear.span(), &fee.unclear.get_ref().explain, &["amount"][..]),
        ("[fee.none_stated]", fee.none_stated.span(), &fee.none_stated.get_ref().explain, &[][..]),
        ("[notice.felony_da]", notice.felony_da.span(), &notice.felony_da.get_ref().explain, &["prosecutor", "days"][..]),
        ("[notice.prior_notice]", notice.prior_notice.span(), &notice.prior_notice.get_ref().explain, &["prosecutor"][..]),
        ("[notice.copy_by_practice]", notice.copy_by_practice.span(), &notice.copy_by_practice.get_ref().explain, &["prosecutor"][..]),
    ];
    for (table, span, text, allowed) in texts {
        r.placeholders(span, table, text, allowed);
    }
    let mut routes: Vec<Option<Route>> = file.route.into_inner().into_iter().map(Some).collect();
    let by_id = ById::build(|id: RouteId| {
        routes.iter_mut().find(|slot| slot.as_ref().is_some_and(|route| route.id.get_ref() == id.as_str()))?.take()
    })?;
    Some((by_id, file.fee, file.notice))
}

/// One route's own fields.
fn check_route(r: &mut FileReport, route: &Route, documents: &BTreeMap<String, Arc<DocumentDef>>) {
    for (court, citation) in &route.court_citation {
        if !["circuit", "county", "justice", "municipal"].contains(&court.as_str()) || citation.trim().is_empty() {
            r.at(&route.id, format!("route \"{}\": court_citation.{court} must name a trial court and a citation", route.id));
        }
    }
    let id = &route.id;
    if route.citation.trim().is_empty() || route.explanation.trim().is_empty() {
        r.at(id, format!("route \"{id}\" needs a citation and an explanation"));
    }
    if route.source.is_none() && route.source_note.is_none() {
        r.at(id, format!("route \"{id}\" needs a `source` URL or a `source_note`"));
    }
    let procedure = [route.court_decides.is_some(), route.file_in.is_some(), route.fee.is_some(), route.notice.is_some()];
    match route.kind {
        RouteKind::Assessed if procedure.contains(&false) => {
            r.at(id, format!("route \"{id}\" is assessed, so it needs court_decides, file_in, fee and notice"))
        }
        RouteKind::Referral if procedure.contains(&true) || !route.bring.is_empty() => {
            r.at(id, format!("route \"{id}\" is a referral: court_decides, file_in, fee, notice and bring do not apply"))
        }
        _ => {}
    }
    for doc in route.bring.iter().filter(|doc| !documents.contains_key(*doc)) {
        r.at(id, format!("route \"{id}\" lists document \"{doc}\", which documents.toml does not define"));
    }
}

//! The eligibility engine: for each charge on a record, whether it may be expunged
//! now, from which date, not at all, or only with a lawyer's help, and why.
//!
//! `assess` is pure: it reads no clock, no file and no network. Each route to relief
//! has its own module, opening with the statute it applies; the numbers and words
//! come from the rule book. Person-level rules (one felony in a lifetime, first
//! offender, pending charges, same incident) are decided across all charges here.

pub mod dates;
mod dui;
mod eval;
mod felony;
mod misdemeanor;
mod non_conviction;
mod person;
mod programs;
mod referral;
mod rough;

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{Case, CourtKind, Level, Outcome as CaseOutcome, ProgramKind};
use crate::rules::{Certainty, CourtDecides, DocumentDef, FactKey, FeeKind, FileIn, RouteId, RouteKind, RuleBook};
use eval::RouteResult;
use person::Person;

/// The result for one charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// May ask the court now.
    Eligible,
    /// May ask the court from this date, if nothing else changes.
    EligibleAfter { eligible_date: NaiveDate },
    /// The law does not allow it (now): the reasons say why.
    NotEligible,
    /// The law is unsettled for these facts, or a deciding answer was "unsure".
    NeedsAttorneyReview,
    /// A deciding fact has not been answered yet: see `missing_facts`.
    NeedsMoreInformation,
}

impl Outcome {
    /// Lower is better for the person: used to choose among routes.
    fn rank(self) -> (u8, Option<NaiveDate>) {
        match self {
            Outcome::Eligible => (0, None),
            Outcome::EligibleAfter { eligible_date } => (1, Some(eligible_date)),
            Outcome::NeedsAttorneyReview => (2, None),
            Outcome::NeedsMoreInformation => (3, None),
            Outcome::NotEligible => (4, None),
        }
    }

    /// The machine name, as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Eligible => "eligible",
            Outcome::EligibleAfter { .. } => "eligible_after",
            Outcome::NotEligible => "not_eligible",
            Outcome::NeedsAttorneyReview => "needs_attorney_review",
            Outcome::NeedsMoreInformation => "needs_more_information",
        }
    }
}

/// One reason for a result: which rule, the law behind it, how sure we are, and
/// what it means in plain words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: Cow<'static, str>,
    pub citation: Arc<str>,
    pub certainty: Certainty,
    pub explanation: Arc<str>,
}

/// A fact the engine needs or that was answered "unsure".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactRef {
    /// Where the answer goes in the case format, e.g. "charges[0].fines_costs_paid".
    pub field: String,
    /// The key in rules/ms/facts.toml, e.g. "charge.fines_costs_paid".
    pub fact: FactKey,
    pub question: String,
    pub help: String,
}

/// The route to relief behind a result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RouteRef {
    pub id: RouteId,
    pub name: Arc<str>,
    pub citation: Arc<str>,
    pub certainty: Certainty,
    pub kind: RouteKind,
}

/// Where and how to file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Filing {
    /// The court in plain words, e.g. "the Circuit Court of Hinds County".
    pub court: String,
    pub court_kind: Option<CourtKind>,
    pub county: Option<String>,
    pub city: Option<String>,
    /// The caption for court papers, when the court is known.
    pub caption: Option<String>,
    pub fee: FeeInfo,
    pub notice: NoticeInfo,
    pub bring: Vec<Arc<DocumentDef>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeeInfo {
    pub kind: FeeKind,
    /// The statutory fee in dollars, where the law sets one that may apply.
    pub amount: Option<u32>,
    pub explanation: Arc<str>,
    pub citation: Arc<str>,
}

/// The fee of a kind of petition filed on `on`, in words, with the law behind it.
fn fee_info(rules: &RuleBook, on: NaiveDate, kind: FeeKind, route_citation: &Arc<str>) -> FeeInfo {
    use crate::rules::text::fill;
    let period = rules.params.filing_fee.at(on);
    let amount = period.map(|p| p.value.amount);
    let applies = kind != FeeKind::NoneStated;
    FeeInfo {
        kind,
        amount: if applies { amount } else { None },
        explanation: fill(&rules.fees.get(kind).explain, &[("amount", amount.unwrap_or_default().to_string())]).into(),
        citation: match period {
            Some(p) if applies => p.citation.as_str().into(),
            _ => route_citation.clone(),
        },
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeInfo {
    /// Who receives notice or a copy.
    pub to: String,
    pub days_before_hearing: Option<u32>,
    pub explanation: String,
    pub citation: String,
    pub certainty: Certainty,
}

/// Another route that also applies, with its own result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    pub route: RouteRef,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
}

/// The result for one charge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChargeAssessment {
    /// The charge's position in the case, from 0.
    pub charge: usize,
    pub name: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// One sentence in plain words.
    pub headline: Cow<'static, str>,
    /// `None` while the facts do not yet say which route applies.
    pub route: Option<RouteRef>,
    /// The court decides ("may be eligible") rather than having to grant it.
    pub discretionary: bool,
    pub reasons: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub missing_facts: Vec<FactRef>,
    pub unsure_facts: Vec<FactRef>,
    /// Where and how to file, for a charge that may be expunged now or later.
    pub filing: Option<Filing>,
    pub alternatives: Vec<Alternative>,
}

/// How many charges got each outcome.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub eligible: usize,
    pub eligible_after: usize,
    pub not_eligible: usize,
    pub needs_attorney_review: usize,
    pub needs_more_information: usize,
}

/// The result for a whole case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub rules_version: String,
    pub as_of: NaiveDate,
    pub charges: Vec<ChargeAssessment>,
    pub summary: Summary,
    pub disclaimer: String,
}

/// Assesses every charge of `case` for a petition filed on `as_of`. A date given only
/// as a month or a year is read on its first and its last possible day (`rough`).
pub fn assess(rules: &RuleBook, case: &Case, as_of: NaiveDate) -> Assessment {
    if case.rough_dates().is_empty() {
        assess_days(rules, case, as_of)
    } else {
        rough::assess(rules, case, as_of, &|c| assess_days(rules, c, as_of))
    }
}

/// `assess`, reading every date as the day it holds.
fn assess_days(rules: &RuleBook, case: &Case, as_of: NaiveDate) -> Assessment {
    let person = Person::new(rules, case);
    let mut results: Vec<Vec<RouteResult>> = (0..case.charges.len()).map(|i| on_filing_dates(rules, &person, i, as_of)).collect();
    let felony_on = |i: usize, date: NaiveDate| {
        candidates(rules, &person, i, date).into_iter().find(|r| r.route == Some(RouteId::Felony)).map(|r| r.outcome)
    };
    felony::across_charges(rules, &person, &mut results, as_of, &felony_on);

    let charges: Vec<ChargeAssessment> = results
        .into_iter()
        .enumerate()
        .map(|(i, mut routes)| {
            // The best route for the person first; ties keep the rule order.
            routes.sort_by_key(|r| (r.outcome.rank(), !r.must));
            let best = routes.remove(0);
            present(rules, &person, i, best, routes, as_of)
        })
        .collect();
    let summary = summary(&charges);

    Assessment { rules_version: rules.version.clone(), as_of, charges, summary, disclaimer: rules.meta.disclaimer.clone() }
}

/// Parses, checks and assesses a case given as JSON: what the CLI and the API run.
/// `as_of` must fall within the dates the rules cover.
pub fn assess_json(rules: &RuleBook, json: &str, as_of: NaiveDate) -> Result<Assessment, Vec<crate::case::FieldError>> {
    let case = read_case(rules, json, as_of)?;
    Ok(assess(rules, &case, as_of))
}

/// Parses and checks a case given as JSON for a filing on `as_of`, which must fall
/// within the dates the rules cover: what the CLI and the API read before they assess
/// or draw papers.
pub fn read_case(rules: &RuleBook, json: &str, as_of: NaiveDate) -> Result<crate::case::Case, Vec<crate::case::FieldError>> {
    check_as_of(rules, as_of).map_err(|e| vec![e])?;
    crate::case::parse_case(json, as_of)
}

/// A filing date the rules can answer for: from the date they cover, and not beyond
/// the latest date the case format allows.
pub fn check_as_of(rules: &RuleBook, as_of: NaiveDate) -> Result<(), crate::case::FieldError> {
    let problem = if as_of < rules.meta.covers_from {
        crate::rules::text::fill(&rules.meta.words.covers_from, &[("date", rules.meta.long_date(rules.meta.covers_from))])
    } else if as_of > crate::case::LATEST {
        crate::rules::text::fill(&rules.meta.words.latest, &[("date", rules.meta.long_date(crate::case::LATEST))])
    } else {
        return Ok(());
    };
    Err(crate::case::FieldError { field: "as_of".into(), message: problem })
}

/// Every route for charge `i`, each read with the law of the date its result speaks
/// about: a route that may be filed from a later date is checked again as of that
/// date (exclusions, waiting periods and every other dated rule), until it holds.
fn on_filing_dates(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Vec<RouteResult> {
    let mut routes = candidates(rules, p, i, as_of);
    for r in &mut routes {
        // Each pass moves the date forward to a later change of the law; there are few.
        for _ in 0..8 {
            let Outcome::EligibleAfter { eligible_date } = r.outcome else { break };
            let Some(then) = candidates(rules, p, i, eligible_date).into_iter().find(|t| t.route == r.route) else { break };
            match then.outcome {
                Outcome::Eligible => break,
                Outcome::EligibleAfter { eligible_date: later } if later > eligible_date => {
                    r.outcome = then.outcome;
                    r.reasons = then.reasons;
                }
                _ => {
                    // Not open on the first day it could be filed: that day's law decides.
                    let mut then = then;
                    let note = eval::Eval::without_route(rules, i)
                        .reason(crate::rules::ReasonId::LawOnFilingDate, &[("date", rules.meta.long_date(eligible_date))]);
                    then.notes.push(note);
                    *r = then;
                    break;
                }
            }
        }
    }
    routes
}

/// Every route that could apply to charge `i`, each with its own result. Situations
/// outside the adult expungement law come back alone.
fn candidates(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Vec<RouteResult> {
    if let Some(referral) = referral::gate(rules, p, i, as_of) {
        return vec![referral];
    }
    let charge = &p.case.charges[i];
    let Some(outcome) = charge.outcome else {
        return vec![referral::missing_outcome(rules, p, i, as_of)];
    };
    match outcome {
        CaseOutcome::Dismissed
        | CaseOutcome::Dropped
        | CaseOutcome::NolleProsequi
        | CaseOutcome::NoBill
        | CaseOutcome::Acquitted
        | CaseOutcome::NoDisposition => {
            let mut routes = vec![non_conviction::ended(rules, p, i, as_of)];
            if p.level(i) == Some(Level::Misdemeanor)
                && matches!(outcome, CaseOutcome::Dismissed | CaseOutcome::Dropped | CaseOutcome::NolleProsequi)
            {
                routes.push(non_conviction::misdemeanor_dismissed(rules, p, i, as_of));
            }
            routes
        }
        CaseOutcome::NotCharged => vec![non_conviction::not_charged(rules, p, i, as_of)],
        CaseOutcome::Convicted => conviction_routes(rules, p, i, as_of),
        CaseOutcome::Program => vec![programs::program(rules, p, i, as_of)],
        CaseOutcome::Pending | CaseOutcome::PassedToFile | CaseOutcome::Unsure => {
            unreachable!("referral::gate handles pending, passed-to-file and unsure outcomes")
        }
    }
}

fn conviction_routes(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Vec<RouteResult> {
    let charge = &p.case.charges[i];
    let dui = p.dui(i);
    match p.level(i) {
        // Whether it was a DUI decides the route: not sure goes to a lawyer.
        Some(Level::Felony | Level::Misdemeanor) if dui == Some(crate::case::Answer::Unsure) => {
            let mut e = eval::Eval::without_route(rules, i);
            e.unsure(FactKey::ChargeDui);
            vec![e.finish(as_of, None)]
        }
        Some(Level::Felony) if dui == Some(crate::case::Answer::Yes) => vec![dui::first_dui(rules, p, i, as_of)],
        Some(Level::Felony) => vec![felony::felony(rules, p, i, as_of)],
        Some(Level::Misdemeanor) if dui == Some(crate::case::Answer::Yes) => vec![dui::first_dui(rules, p, i, as_of)],
        Some(Level::Misdemeanor) => {
            let mut routes = vec![misdemeanor::first_offender(rules, p, i, as_of)];
            match charge.court.kind {
                Some(CourtKind::Justice | CourtKind::Municipal) => routes.push(misdemeanor::justice_municipal(rules, p, i, as_of)),
                Some(CourtKind::Unsure) | None => routes.push(misdemeanor::court_unknown(rules, p, i, as_of)),
                _ => {}
            }
            if p.underage_alcohol(i) {
                routes.push(misdemeanor::underage_alcohol(rules, p, i, as_of));
            }
            routes
        }
        Some(Level::Unsure) => either_level(rules, p, i, as_of),
        None => vec![referral::level_unknown(rules, p, i, as_of)],
    }
}

/// Not sure whether a conviction was a felony or a misdemeanor: it is checked both
/// ways. What either way still needs is asked first. When both ways give the same
/// result (barred, a lawyer, or the same route and date), that result stands, with a
/// note saying so; when they differ, the level decides and a lawyer should help.
fn either_level(rules: &RuleBook, p: &Person, i: usize, as_of: NaiveDate) -> Vec<RouteResult> {
    let best = |level: Level| {
        let mut routes = conviction_routes(rules, &p.with_level(i, level), i, as_of);
        routes.sort_by_key(|r| (r.outcome.rank(), !r.must));
        routes.into_iter().next()
    };
    let (Some(felony), Some(misdemeanor)) = (best(Level::Felony), best(Level::Misdemeanor)) else {
        return vec![referral::level_unknown(rules, p, i, as_of)];
    };
    let mut e = eval::Eval::without_route(rules, i);
    e.unsure(FactKey::ChargeLevel);
    let unsure = e.finish(as_of, None);
    let waiting = |r: &RouteResult| r.outcome == Outcome::NeedsMoreInformation;
    if waiting(&felony) || waiting(&misdemeanor) {
        let mut e = eval::Eval::without_route(rules, i);
        for f in felony.missing.iter().chain(&misdemeanor.missing) {
            e.missing(f.fact);
        }
        let mut r = e.finish(as_of, None);
        r.unsure = unsure.unsure;
        return vec![r];
    }
    let agree = felony.outcome == misdemeanor.outcome
        && (matches!(felony.outcome, Outcome::NotEligible | Outcome::NeedsAttorneyReview) || felony.route == misdemeanor.route);
    if !agree {
        return vec![referral::level_unknown(rules, p, i, as_of)];
    }
    let mut r = felony;
    r.notes.push(eval::Eval::without_route(rules, i).reason(crate::rules::ReasonId::LevelEitherWay, &[]));
    for f in unsure.unsure {
        if !r.unsure.contains(&f) {
            r.unsure.push(f);
        }
    }
    vec![r]
}

fn present(rules: &RuleBook, p: &Person, i: usize, best: RouteResult, others: Vec<RouteResult>, as_of: NaiveDate) -> ChargeAssessment {
    let discretionary = best.route.is_some_and(|id| rules.route(id).court_decides == Some(CourtDecides::May));
    let referral = best.route.map(|id| rules.route(id)).filter(|r| r.kind == RouteKind::Referral);
    let headline = match referral.and_then(|r| r.headline.clone()) {
        Some(words) => Cow::Owned(words),
        None => headline(rules, best.outcome, discretionary),
    };
    // Where and how to file, with the fee and notice in force on the filing date.
    let filing = match (best.outcome, best.route) {
        (Outcome::Eligible, Some(route)) => Some(filing(rules, p, i, route, as_of)),
        (Outcome::EligibleAfter { eligible_date }, Some(route)) => Some(filing(rules, p, i, route, eligible_date)),
        _ => None,
    };
    let court = p.case.charges[i].court.kind;
    let alternatives = others
        .into_iter()
        .filter_map(|r| Some(Alternative { route: route_ref(rules, r.route?, court), outcome: r.outcome, reasons: r.reasons }))
        .collect();
    ChargeAssessment {
        charge: i,
        name: p.names[i].clone(),
        outcome: best.outcome,
        headline,
        route: best.route.map(|id| route_ref(rules, id, court)),
        discretionary,
        reasons: best.reasons,
        notes: best.notes,
        missing_facts: best.missing,
        unsure_facts: best.unsure,
        filing,
        alternatives,
    }
}

/// Whether charge `i` was a felony or a misdemeanor: the answer, or the offence
/// catalogue's level when the offence is always one or the other.
pub fn level_of(rules: &RuleBook, case: &crate::case::Case, i: usize) -> Option<crate::case::Level> {
    (i < case.charges.len()).then(|| person::Person::new(rules, case).level(i)).flatten()
}

fn headline(rules: &RuleBook, outcome: Outcome, discretionary: bool) -> Cow<'static, str> {
    let w = &rules.meta.words;
    match outcome {
        Outcome::Eligible if discretionary => w.eligible_judge.clone().into(),
        Outcome::Eligible => w.eligible.clone().into(),
        Outcome::EligibleAfter { eligible_date } => {
            crate::rules::text::fill(&w.eligible_after, &[("date", rules.meta.long_date(eligible_date))]).into()
        }
        Outcome::NotEligible => w.not_eligible.clone().into(),
        Outcome::NeedsAttorneyReview => w.lawyer.clone().into(),
        Outcome::NeedsMoreInformation => w.more.clone().into(),
    }
}

/// How many charges got each outcome.
fn summary(charges: &[ChargeAssessment]) -> Summary {
    let mut s = Summary::default();
    for c in charges {
        match c.outcome {
            Outcome::Eligible => s.eligible += 1,
            Outcome::EligibleAfter { .. } => s.eligible_after += 1,
            Outcome::NotEligible => s.not_eligible += 1,
            Outcome::NeedsAttorneyReview => s.needs_attorney_review += 1,
            Outcome::NeedsMoreInformation => s.needs_more_information += 1,
        }
    }
    s
}

/// The route, with its statute for the charge's court where that differs by court.
fn route_ref(rules: &RuleBook, id: RouteId, court: Option<CourtKind>) -> RouteRef {
    let r = rules.route(id);
    let citation = r.citation_in(court.map(CourtKind::key)).clone();
    RouteRef { id, name: r.name.clone(), citation, certainty: r.certainty, kind: r.kind }
}

/// Where and how to file a petition on `on`.
fn filing(rules: &RuleBook, p: &Person, i: usize, route_id: RouteId, on: NaiveDate) -> Filing {
    use crate::rules::text::fill;
    let charge = &p.case.charges[i];
    let route = rules.route(route_id);
    let county = charge.court.county.clone();
    let city = charge.court.city.clone();
    let kind = match route.file_in {
        Some(FileIn::CircuitCourtOfCounty) => Some(CourtKind::Circuit),
        _ => match (charge.court.kind, charge.outcome, p.level(i)) {
            // A felony arrest never indicted, or a no-bill, is filed in circuit court.
            (None | Some(CourtKind::Unsure), Some(CaseOutcome::NoBill | CaseOutcome::NotCharged), Some(Level::Felony)) => {
                Some(CourtKind::Circuit)
            }
            (kind, _, _) => kind,
        },
    };
    let (court, caption, prosecutor) = match court_words(rules, kind, &charge.court) {
        Some(words) => (words.display, Some(words.caption), words.prosecutor),
        None if route.file_in == Some(FileIn::CircuitCourtOfCounty) => {
            (rules.unknown_court.circuit_display.clone(), None, rules.unknown_court.circuit_prosecutor.clone())
        }
        None => (rules.unknown_court.display.clone(), None, rules.unknown_court.prosecutor.clone()),
    };

    // § 99-19-72 has the circuit clerk collect the fee: settled only in circuit court.
    let fee_kind = match (route.fee.unwrap_or(FeeKind::NoneStated), kind) {
        (FeeKind::Statutory, Some(CourtKind::Circuit)) => FeeKind::Statutory,
        (FeeKind::Statutory, _) => FeeKind::UnclearCourt,
        (other, _) => other,
    };
    let fee = fee_info(rules, on, fee_kind, &route.citation);

    let notice_kind = route.notice.unwrap_or(crate::rules::NoticeKind::CopyByPractice);
    let notice_text = rules.notices.get(notice_kind);
    let days = match notice_kind {
        crate::rules::NoticeKind::FelonyDa => rules.params.felony_notice_days.at(on).map(|p| p.value),
        _ => None,
    };
    let citation = match notice_kind {
        // A practice, not a statute: cite this court's own prosecutor's page, never
        // another district's.
        crate::rules::NoticeKind::CopyByPractice => practice_citation(rules, kind, county.as_deref()),
        _ => notice_text.citation.clone(),
    };
    let notice = NoticeInfo {
        to: prosecutor.clone(),
        days_before_hearing: days,
        explanation: fill(&notice_text.explain, &[("prosecutor", prosecutor), ("days", days.unwrap_or_default().to_string())]),
        citation,
        certainty: notice_text.certainty,
    };
    let bring = route.bring.iter().filter_map(|d| rules.documents.get(d).cloned()).collect();
    Filing { court, court_kind: kind, county, city, caption, fee, notice, bring }
}

/// Where "who gets a copy" comes from for a court of `kind` in `county`: the district
/// attorney's own instructions for a circuit or county court of a county they cover,
/// else the general words, which name no district.
fn practice_citation(rules: &RuleBook, kind: Option<CourtKind>, county: Option<&str>) -> String {
    let district_attorney_court = matches!(kind, Some(CourtKind::Circuit | CourtKind::County));
    county
        .filter(|_| district_attorney_court)
        .and_then(|c| rules.prosecutor_sources.iter().find(|s| s.covers(c)))
        .map_or_else(|| rules.unknown_court.practice_citation.clone(), crate::rules::ProsecutorSource::citation)
}

/// A Mississippi trial court's name, caption and prosecutor, filled in from courts.toml.
struct CourtWords {
    display: String,
    caption: String,
    prosecutor: String,
}

/// The words for a court of `kind` at the charge's county or city; `None` when the
/// kind, or the place the court is named after, is not known.
fn court_words(rules: &RuleBook, kind: Option<CourtKind>, court: &crate::case::Court) -> Option<CourtWords> {
    use crate::rules::text::fill;
    let text = rules.court(kind?.key())?;
    let place = match text.place {
        crate::rules::Place::County => ("county", court.county.clone()?),
        crate::rules::Place::City => ("city", court.city.clone()?),
    };
    let values = [place];
    Some(CourtWords {
        display: fill(&text.display, &values),
        caption: fill(&text.caption, &values),
        prosecutor: fill(&text.prosecutor, &values),
    })
}

/// The court of a charge in plain words, capitalised to start a sentence
/// ("The Municipal Court of the City of Jackson").
pub(crate) fn court_name(rules: &RuleBook, charge: &crate::case::Charge) -> String {
    let display = court_words(rules, charge.court.kind, &charge.court).map_or_else(|| rules.unknown_court.display.clone(), |w| w.display);
    crate::rules::text::capitalise(&display)
}

/// Which route a program kind leads to; `None` when the person is not sure which
/// program it was.
pub(crate) fn program_route(kind: ProgramKind) -> Option<RouteId> {
    match kind {
        ProgramKind::Nonadjudication => Some(RouteId::Nonadjudication),
        ProgramKind::PretrialIntervention => Some(RouteId::PretrialIntervention),
        ProgramKind::InterventionCourt => Some(RouteId::InterventionCourt),
        ProgramKind::ConditionalDischarge => Some(RouteId::ConditionalDischarge),
        ProgramKind::DuiNonadjudication => Some(RouteId::DuiNonadjudication),
        ProgramKind::Unsure => None,
    }
}

//! The bookkeeping of one route's check: deciding reasons, notes, missing and unsure
//! facts, and the outcome they add up to.
//!
//! Precedence, strongest first: a bar (not eligible) > a reason to see a lawyer >
//! a missing answer > eligible (now, or from a date).

use chrono::NaiveDate;

use super::{FactRef, Outcome, Reason};
use crate::case::Answer;
use crate::rules::text::fill;
use crate::rules::{CourtDecides, FactKey, ReasonId, RouteId, RuleBook};

/// One route's result for one charge.
#[derive(Debug, Clone)]
pub(crate) struct RouteResult {
    /// `None` when the facts do not yet say which route applies.
    pub route: Option<RouteId>,
    /// The route's court "shall" grant it (ranks above a discretionary route).
    pub must: bool,
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub missing: Vec<FactRef>,
    pub unsure: Vec<FactRef>,
}

impl RouteResult {
    /// Turns an eligible result into a lawyer referral for a reason found across
    /// charges (such as having to choose one felony).
    pub fn refer(&mut self, reason: Reason) {
        if matches!(self.outcome, Outcome::Eligible | Outcome::EligibleAfter { .. } | Outcome::NeedsMoreInformation) {
            self.outcome = Outcome::NeedsAttorneyReview;
            self.reasons = vec![reason];
        } else if self.outcome == Outcome::NeedsAttorneyReview {
            self.reasons.push(reason);
        }
    }
}

pub(crate) struct Eval<'r> {
    rules: &'r RuleBook,
    route: Option<RouteId>,
    /// The charge's position, for field paths such as "charges[3].level".
    charge: usize,
    bars: Vec<Reason>,
    referrals: Vec<Reason>,
    supports: Vec<Reason>,
    notes: Vec<Reason>,
    missing: Vec<FactRef>,
    unsure: Vec<FactRef>,
}

impl<'r> Eval<'r> {
    pub fn new(rules: &'r RuleBook, route: RouteId, charge: usize) -> Eval<'r> {
        Eval::with_route(rules, Some(route), charge)
    }

    /// A check that has not settled on a route yet (the deciding facts are missing).
    pub fn without_route(rules: &'r RuleBook, charge: usize) -> Eval<'r> {
        Eval::with_route(rules, None, charge)
    }

    fn with_route(rules: &'r RuleBook, route: Option<RouteId>, charge: usize) -> Eval<'r> {
        Eval {
            rules,
            route,
            charge,
            bars: Vec::new(),
            referrals: Vec::new(),
            supports: Vec::new(),
            notes: Vec::new(),
            missing: Vec::new(),
            unsure: Vec::new(),
        }
    }

    /// A reason from reasons.toml with its placeholders filled.
    pub fn reason(&self, id: ReasonId, values: &[(&str, String)]) -> Reason {
        let def = self.rules.reason(id);
        let explanation = if values.is_empty() { def.text.clone() } else { fill(&def.text, values).into() };
        Reason { rule: id.as_str().into(), citation: def.citation.clone(), certainty: def.certainty, explanation }
    }

    /// A bar: the law does not allow this route.
    pub fn bar(&mut self, id: ReasonId, values: &[(&str, String)]) {
        let r = self.reason(id, values);
        self.bars.push(r);
    }

    pub fn bar_reason(&mut self, reason: Reason) {
        self.bars.push(reason);
    }

    /// A reason this needs a lawyer.
    pub fn refer(&mut self, id: ReasonId, values: &[(&str, String)]) {
        let r = self.reason(id, values);
        self.referrals.push(r);
    }

    /// A reason this needs a lawyer, built by the caller.
    pub fn refer_reason(&mut self, reason: Reason) {
        self.referrals.push(reason);
    }

    /// A reason the route applies.
    pub fn support(&mut self, id: ReasonId, values: &[(&str, String)]) {
        let r = self.reason(id, values);
        self.supports.push(r);
    }

    pub fn support_reason(&mut self, reason: Reason) {
        self.supports.push(reason);
    }

    /// A note built by the caller.
    pub fn note_reason(&mut self, reason: Reason) {
        self.notes.push(reason);
    }

    /// Something worth knowing that does not change the outcome.
    pub fn note(&mut self, id: ReasonId, values: &[(&str, String)]) {
        let r = self.reason(id, values);
        self.notes.push(r);
    }

    fn fact(&self, key: FactKey) -> FactRef {
        let def = self.rules.fact(key);
        let field = match key.as_str().split_once('.') {
            Some(("charge", rest)) => format!("charges[{}].{rest}", self.charge),
            _ => key.to_string(),
        };
        FactRef { field, fact: key, question: def.question.clone(), help: def.help.clone() }
    }

    /// Records that `key` has not been answered.
    pub fn missing(&mut self, key: FactKey) {
        let f = self.fact(key);
        if !self.missing.contains(&f) {
            self.missing.push(f);
        }
    }

    /// Records that `key` was answered "unsure": a lawyer must help.
    pub fn unsure(&mut self, key: FactKey) {
        let f = self.fact(key);
        if self.unsure.contains(&f) {
            return;
        }
        let about = self.rules.fact(key).about.clone();
        let mut r = self.reason(ReasonId::FactUnsure, &[("about", about)]);
        if let Some(route) = self.route.map(|id| self.rules.route(id)) {
            r.citation = route.citation.clone();
            r.certainty = route.certainty;
        }
        self.referrals.push(r);
        self.unsure.push(f);
    }

    /// A yes/no fact: `Some(true)` for yes, `Some(false)` for no, `None` (recorded)
    /// for missing or unsure.
    pub fn yes(&mut self, key: FactKey, answer: Option<Answer>) -> Option<bool> {
        match answer {
            Some(Answer::Yes) => Some(true),
            Some(Answer::No) => Some(false),
            Some(Answer::Unsure) => {
                self.unsure(key);
                None
            }
            None => {
                self.missing(key);
                None
            }
        }
    }

    /// A fact that must be given: the value, or `None` (recorded as missing).
    pub fn need<T>(&mut self, key: FactKey, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.missing(key);
        }
        value
    }

    pub fn is_barred(&self) -> bool {
        !self.bars.is_empty()
    }

    /// The outcome, given the first date the route allows filing (if the checks that
    /// lead to a date were all met).
    pub fn finish(self, as_of: NaiveDate, eligible_from: Option<NaiveDate>) -> RouteResult {
        let (outcome, reasons) = if !self.bars.is_empty() {
            (Outcome::NotEligible, self.bars)
        } else if !self.referrals.is_empty() {
            (Outcome::NeedsAttorneyReview, self.referrals)
        } else if !self.missing.is_empty() {
            (Outcome::NeedsMoreInformation, self.supports)
        } else {
            match eligible_from {
                Some(date) if date > as_of => (Outcome::EligibleAfter { eligible_date: date }, self.supports),
                Some(_) => (Outcome::Eligible, self.supports),
                // No date and nothing missing means the route's own check ended
                // without a result, which only a programming error can cause.
                None => (Outcome::NeedsAttorneyReview, vec![self_reason_no_route(self.rules)]),
            }
        };
        let must = self.route.is_some_and(|id| self.rules.route(id).court_decides == Some(CourtDecides::Must));
        // A route the law bars needs no more answers: none is asked.
        let missing = if outcome == Outcome::NotEligible { Vec::new() } else { self.missing };
        RouteResult { route: self.route, must, outcome, reasons, notes: self.notes, missing, unsure: self.unsure }
    }
}

fn self_reason_no_route(rules: &RuleBook) -> Reason {
    let def = rules.reason(ReasonId::NoRoute);
    Reason {
        rule: ReasonId::NoRoute.as_str().into(),
        citation: def.citation.clone(),
        certainty: def.certainty,
        explanation: def.text.clone(),
    }
}

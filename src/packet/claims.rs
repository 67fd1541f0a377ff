//! Which sentences of the papers may be drawn: each statement and finding of
//! `papers.toml` rests on answers, and is drawn only when every one holds in the case.
//! A needed sentence whose answer is missing is asked for (`Packet::missing`); one
//! answered against it is a verify failure (`Packet::unbacked`).

use crate::case::Case;
use crate::case::facts::{self, FactKey};
use crate::rules::papers::{Otherwise, Rest, Statement, Unanswered};

use super::model::Claim;

/// What the papers learnt about a sentence.
#[derive(Debug, Default)]
pub(super) struct Ledger {
    pub missing: Vec<Claim>,
    pub unbacked: Vec<Claim>,
}

impl Ledger {
    /// The claims of `statement` for the charges `charges` of one route, when every
    /// one holds in the case; `None` when the sentence is not drawn, after noting any
    /// answer missing or answered against it.
    pub fn check(&mut self, case: &Case, statement: &Statement, charges: &[usize]) -> Option<Vec<Claim>> {
        let claims = expand(&statement.rests_on(), charges);
        let mut unanswered = Vec::new();
        let mut against = Vec::new();
        for claim in &claims {
            match facts::get(case, claim.charge, claim.fact) {
                None => unanswered.push(claim.clone()),
                Some(value) if claim.answer.as_ref().is_some_and(|a| *a != value) => against.push(claim.clone()),
                Some(_) => {}
            }
        }
        if !against.is_empty() {
            if statement.otherwise == Otherwise::Refuse {
                add(&mut self.unbacked, against);
            }
            return None;
        }
        if !unanswered.is_empty() {
            if statement.unanswered == Unanswered::Ask {
                add(&mut self.missing, unanswered);
            }
            return None;
        }
        Some(claims)
    }
}

/// Each fact of `rests` as a claim: a charge fact once per charge, a fact about the
/// person once.
fn expand(rests: &[Rest], charges: &[usize]) -> Vec<Claim> {
    let mut out = Vec::new();
    for r in rests {
        if r.fact.about_charge() {
            out.extend(charges.iter().map(|&i| Claim { charge: Some(i), fact: r.fact, answer: r.answer.clone() }));
        } else {
            out.push(Claim { charge: None, fact: r.fact, answer: r.answer.clone() });
        }
    }
    out
}

fn add(list: &mut Vec<Claim>, claims: Vec<Claim>) {
    for c in claims {
        if !list.contains(&c) {
            list.push(c);
        }
    }
}

/// A claim that the charge's fact has exactly its current answer.
pub(super) fn answered(case: &Case, charge: usize, fact: FactKey) -> Option<Claim> {
    facts::get(case, Some(charge), fact).map(|value| Claim { charge: Some(charge), fact, answer: Some(value) })
}

/// Whether `claim` holds in `case`: its fact is answered, with the answer it needs.
pub fn holds(case: &Case, claim: &Claim) -> bool {
    match facts::get(case, claim.charge, claim.fact) {
        Some(value) => claim.answer.as_ref().is_none_or(|a| *a == value),
        None => false,
    }
}

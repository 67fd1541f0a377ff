//! The one way from a case to papers ready to render: assess the case on the filing
//! date, build the papers (`build`), verify them against the assessment (`verify`).
//! The CLI, the API and the questionnaire all call `prepare`; the result draws itself
//! as a PDF (`pdf`) or as HTML (`html`). Pure: the filing date is given, never read
//! from the clock.

use std::fmt;

use chrono::NaiveDate;

use crate::case::Case;
use crate::engine::{self, Assessment, FactRef};
use crate::rules::RuleBook;

use super::model::{Claim, LeftOut, Packet};
use super::verify::Mismatch;

/// Papers that were built and verified, with at least one petition: ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedPacket {
    packet: Packet,
}

/// The stage that refused to give papers.
#[derive(Debug, Clone, PartialEq)]
pub enum Refused {
    /// No charge may be expunged now, so there is nothing to file; `left_out` says why
    /// for each charge.
    NothingToFile { left_out: Vec<LeftOut> },
    /// The papers did not verify: a petition and its order disagree, a charge is
    /// missing or placed twice, or a needed sentence was answered against. A bug; the
    /// papers must not be given out.
    DidNotVerify(Mismatch),
    /// A sentence the papers need rests on facts not answered yet: each one, with
    /// where it goes in the case and its question. Nothing is drawn until they are.
    MissingFacts(Vec<FactRef>),
}

/// Assesses `case` for a petition filed on `as_of`, builds its papers and verifies them.
pub fn prepare(rules: &RuleBook, case: &Case, as_of: NaiveDate) -> Result<VerifiedPacket, Refused> {
    let assessment = engine::assess(rules, case, as_of);
    let packet = super::build(rules, case, &assessment);
    let mut missing = missing_facts(rules, &packet.missing);
    for f in rough_dates(rules, case, &packet) {
        if !missing.contains(&f) {
            missing.push(f);
        }
    }
    let verified = VerifiedPacket::new(packet, &assessment);
    match verified {
        Ok(_) if !missing.is_empty() => Err(Refused::MissingFacts(missing)),
        other => other,
    }
}

/// As `prepare`, with the filing instructions in the language of `words`: the rules
/// with their words translated (the same law). The court papers stay in English, as
/// the courts require; only the instructions page, which explains each paper, is in
/// the person's language.
pub fn prepare_in(rules: &RuleBook, words: &RuleBook, case: &Case, as_of: NaiveDate) -> Result<VerifiedPacket, Refused> {
    let mut verified = prepare(rules, case, as_of)?;
    if !std::ptr::eq(rules, words) {
        let assessment = engine::assess(words, case, as_of);
        let mut translated = super::build(words, case, &assessment);
        // The agencies as the English order names them, so each can be found on it.
        for (t, english) in translated.filings.iter_mut().zip(&verified.packet.filings) {
            t.agencies.clone_from(&english.agencies);
        }
        let petitioner = case.petitioner.full_name.clone().unwrap_or_default();
        verified.packet.instructions =
            super::sheets::instructions(words, &assessment, &petitioner, &translated.filings, &translated.left_out);
        verified.packet.instructions_page = translated.instructions_page;
    }
    Ok(verified)
}

/// The dates of the charges filed that were given only as a month or a year: the
/// papers state exact days, so each is asked again.
fn rough_dates(rules: &RuleBook, case: &Case, packet: &Packet) -> Vec<FactRef> {
    let filed: Vec<usize> = packet.filings.iter().flat_map(|f| f.charges.iter().map(|c| c.index)).collect();
    let claims: Vec<Claim> = case
        .rough_dates()
        .into_iter()
        .filter(|(charge, _, _)| charge.is_some_and(|i| filed.contains(&i)))
        .map(|(charge, fact, _)| Claim { charge, fact, answer: None })
        .collect();
    missing_facts(rules, &claims)
}

/// Each missing fact once, as the engine names a fact it needs.
fn missing_facts(rules: &RuleBook, claims: &[Claim]) -> Vec<FactRef> {
    let mut out: Vec<FactRef> = Vec::new();
    for c in claims {
        let def = rules.fact(c.fact);
        let field = match (c.fact.as_str().split_once('.'), c.charge) {
            (Some(("charge", rest)), Some(i)) => format!("charges[{i}].{rest}"),
            _ => c.fact.to_string(),
        };
        let fact = FactRef { field, fact: c.fact, question: def.question.clone(), help: def.help.clone() };
        if !out.contains(&fact) {
            out.push(fact);
        }
    }
    out
}

impl VerifiedPacket {
    /// Verifies built papers against the assessment they were built from, then checks
    /// that there is something to file.
    fn new(packet: Packet, assessment: &Assessment) -> Result<VerifiedPacket, Refused> {
        super::verify(&packet, assessment).map_err(Refused::DidNotVerify)?;
        if packet.filings.is_empty() {
            return Err(Refused::NothingToFile { left_out: packet.left_out });
        }
        Ok(VerifiedPacket { packet })
    }

    /// The papers' model: the petitions, orders, instructions and the charges left out.
    pub fn packet(&self) -> &Packet {
        &self.packet
    }

    /// The papers as a PDF.
    pub fn pdf(&self) -> Vec<u8> {
        super::pdf::render(&self.packet)
    }

    /// The papers as HTML, for the questionnaire's review step.
    pub fn html(&self) -> String {
        super::html::render(&self.packet)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NothingToFile { .. } => f.write_str("no charge may be expunged now, so there are no papers to file"),
            Refused::DidNotVerify(_) => f.write_str("the papers did not verify"),
            Refused::MissingFacts(facts) => write!(f, "the papers need {} more answer(s) before they can be drawn", facts.len()),
        }
    }
}

impl std::error::Error for Refused {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Refused::NothingToFile { .. } | Refused::MissingFacts(_) => None,
            Refused::DidNotVerify(mismatch) => Some(mismatch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::model::Block;

    const TWO_COURTS: &str = include_str!("../../tests/packets/five-charges-in-two-courts.json");
    const NOTHING_NOW: &str = r#"{"charges":[{"offence":"murder","level":"felony","outcome":"convicted"}]}"#;

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    /// The rules, the case and its assessment, as `prepare` makes them.
    fn assessed(json: &str) -> (RuleBook, Case, Assessment) {
        let rules = crate::rules::embedded().unwrap();
        let case = crate::case::parse_case(json, as_of()).unwrap();
        let assessment = engine::assess(&rules, &case, as_of());
        (rules, case, assessment)
    }

    #[test]
    fn charges_to_expunge_now_give_verified_papers_that_draw_as_pdf_and_html() {
        let (rules, case, _) = assessed(TWO_COURTS);
        let papers = prepare(&rules, &case, as_of()).expect("papers");
        assert_eq!(papers.packet().filings.len(), 3, "Hinds \"shall\", Hinds \"may\", Rankin");
        assert!(papers.pdf().starts_with(b"%PDF-"));
        let papers_drawn = papers.html().matches("<article aria-label=").count();
        assert_eq!(papers_drawn, 10, "instructions, and a petition, an order and an identification sheet for each");
    }

    #[test]
    fn nothing_to_expunge_now_is_refused_with_each_charge_and_why() {
        let (rules, case, _) = assessed(NOTHING_NOW);
        match prepare(&rules, &case, as_of()) {
            Err(Refused::NothingToFile { left_out }) => {
                assert_eq!(left_out.len(), 1);
                assert_eq!(left_out[0].offence, "murder");
                assert!(!left_out[0].why.is_empty());
            }
            other => panic!("expected nothing to file, got {other:?}"),
        }
    }

    #[test]
    fn papers_that_need_an_unanswered_fact_are_refused_with_its_field_and_question() {
        // The engine needs no answer about an earlier misdemeanor expunction; the
        // petition's "not had a conviction expunged before" does.
        let json = include_str!("../../tests/packets/a-first-misdemeanor-conviction-in-county-court.json");
        let (rules, case, _) = assessed(&json.replace(r#""prior_misdemeanor_expunction": "no", "#, ""));
        match prepare(&rules, &case, as_of()) {
            Err(Refused::MissingFacts(facts)) => {
                assert_eq!(facts.len(), 1);
                assert_eq!(facts[0].field, "history.prior_misdemeanor_expunction");
                assert_eq!(facts[0].question, rules.fact(crate::rules::FactKey::HistoryPriorMisdemeanorExpunction).question);
            }
            other => panic!("expected missing facts, got {other:?}"),
        }
    }

    #[test]
    fn a_needed_sentence_answered_against_does_not_verify() {
        let (rules, case, assessment) = assessed(TWO_COURTS);
        let mut packet = super::super::build(&rules, &case, &assessment);
        packet.unbacked.push(Claim { charge: Some(2), fact: crate::rules::FactKey::ChargeFinesCostsPaid, answer: Some("yes".into()) });
        assert!(matches!(VerifiedPacket::new(packet, &assessment), Err(Refused::DidNotVerify(_))));
    }

    #[test]
    fn papers_that_do_not_verify_are_refused() {
        let (rules, case, assessment) = assessed(TWO_COURTS);
        let mut packet = super::super::build(&rules, &case, &assessment);
        let order = &mut packet.filings[1].order;
        let item = order.blocks.iter().position(|b| matches!(b, Block::Item(_))).unwrap();
        order.blocks.remove(item);
        let refused = VerifiedPacket::new(packet, &assessment).unwrap_err();
        assert!(matches!(refused, Refused::DidNotVerify(_)), "{refused:?}");
        assert_eq!(refused.to_string(), "the papers did not verify");
        let why = std::error::Error::source(&refused).expect("the mismatch").to_string();
        assert!(why.starts_with("the packet does not hold together: the order for"), "{why}");
    }

    #[test]
    fn papers_that_do_not_verify_are_refused_even_with_nothing_to_file() {
        let (rules, case, assessment) = assessed(NOTHING_NOW);
        let mut packet = super::super::build(&rules, &case, &assessment);
        packet.left_out.clear();
        let refused = VerifiedPacket::new(packet, &assessment).unwrap_err();
        assert!(matches!(refused, Refused::DidNotVerify(_)), "a charge in no petition and not left out: {refused:?}");
    }
}

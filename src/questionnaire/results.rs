//! The results: a summary of outcomes with their counts, and a card for each charge
//! that says what the law may allow, why, and how to file.

use super::Questionnaire;
use super::model::*;
use super::state::State;
use crate::case::Case;
use crate::engine::{self, Assessment, ChargeAssessment};
use crate::rules::Certainty;

impl Questionnaire<'_> {
    /// The results screen, with "Get my court papers" when a charge may be expunged now.
    pub(super) fn results(&self, s: &mut Screen, state: &State) {
        let w = &self.words.results;
        let a = self.assess(&state.case);
        s.kind = "results".into();
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.to_string());
        let any_now = a.charges.iter().any(|c| c.outcome == engine::Outcome::Eligible);
        let papers = any_now.then(|| Action { go: "open:person".into(), label: w.get_papers.to_string(), style: ActionStyle::Primary });
        s.body = Body::Results(self.summary(&state.case, &a, papers.clone()));
        s.actions = vec![Action { go: "open:review".into(), label: w.change_answers.to_string(), style: ActionStyle::Secondary }];
        if let Some(papers) = papers {
            s.actions.insert(0, papers);
        }
    }

    /// "In short", one line for each charge with its result, and the cards.
    fn summary(&self, case: &Case, a: &Assessment, papers: Option<Action>) -> Results {
        let w = &self.words.results.summary;
        let summary = a
            .charges
            .iter()
            .map(|c| SummaryLine {
                anchor: anchor(c.charge),
                name: c.name.clone(),
                result: match c.outcome {
                    engine::Outcome::Eligible => w.eligible.to_string(),
                    engine::Outcome::EligibleAfter { eligible_date } => {
                        w.eligible_after.fill(&[("date", self.rules.meta.long_date(eligible_date))])
                    }
                    engine::Outcome::NeedsAttorneyReview => w.needs_attorney_review.to_string(),
                    engine::Outcome::NeedsMoreInformation => w.needs_more_information.to_string(),
                    engine::Outcome::NotEligible => w.not_eligible.to_string(),
                },
                outcome: c.outcome.name().to_string(),
            })
            .collect();
        Results {
            as_of: self.rules.meta.long_date(a.as_of),
            rules_version: a.rules_version.clone(),
            disclaimer: a.disclaimer.clone(),
            summary,
            papers,
            cards: a.charges.iter().map(|c| self.card(case, c)).collect(),
        }
    }

    /// The card of one charge.
    pub(super) fn card(&self, case: &Case, c: &ChargeAssessment) -> Card {
        let w = &self.words.card;
        let charge = &case.charges[c.charge];
        let link = c.route.as_ref().map(|r| format!("/how-it-works#route-{}", r.id));
        let about = |f: crate::case::facts::FactKey| vec![("about", self.rules.fact(f).about.clone())];
        let mut to_find_out: Vec<String> = c.missing_facts.iter().map(|f| w.still_need.fill(&about(f.fact))).collect();
        to_find_out.extend(c.unsure_facts.iter().map(|f| w.not_sure.fill(&about(f.fact))));
        Card {
            anchor: anchor(c.charge),
            title: self.words.common.charge_title.fill(&[("n", (c.charge + 1).to_string()), ("name", c.name.to_string())]),
            court: engine::court_name(self.rules, charge),
            outcome: c.outcome.name().to_string(),
            headline: c.headline.to_string(),
            route: c.route.as_ref().map(|r| cited(&r.name, &r.citation, r.certainty, link.clone())),
            reasons: c.reasons.iter().map(|r| cited(&r.explanation, &r.citation, r.certainty, link.clone())).collect(),
            notes: c.notes.iter().map(|r| cited(&r.explanation, &r.citation, r.certainty, link.clone())).collect(),
            to_find_out,
            filing: c.filing.as_ref().map(|f| FilingView {
                court: crate::rules::text::capitalise(&f.court),
                fee: Cited { text: f.fee.explanation.to_string(), citation: f.fee.citation.to_string(), link: None, certainty: None },
                notice: cited(&f.notice.explanation, &f.notice.citation, f.notice.certainty, None),
                bring: f.bring.iter().map(|d| (d.name.clone(), d.explain.clone())).collect(),
            }),
            alternatives: c
                .alternatives
                .iter()
                .filter(|alt| matches!(alt.outcome, engine::Outcome::Eligible | engine::Outcome::EligibleAfter { .. }))
                .map(|alt| w.also_applies.fill(&[("route", alt.route.name.to_string()), ("citation", alt.route.citation.to_string())]))
                .collect(),
        }
    }
}

/// A sentence with the law behind it, and how sure the point is when it is less than
/// settled.
fn cited(text: &str, citation: &str, certainty: Certainty, link: Option<String>) -> Cited {
    Cited {
        text: text.to_string(),
        citation: citation.to_string(),
        link,
        certainty: (certainty != Certainty::Primary).then(|| certainty.label().to_string()),
    }
}

/// The id of charge `i`'s card: "charge-1" for the first.
fn anchor(i: usize) -> String {
    format!("charge-{}", i + 1)
}

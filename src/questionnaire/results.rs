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
                    engine::Outcome::NotEligible if for_now(c) => w.not_yet.to_string(),
                    engine::Outcome::NotEligible => w.not_eligible.to_string(),
                },
                outcome: c.outcome.name().to_string(),
            })
            .collect();
        // What to bring, once: in the order of the cards, each paper once.
        let mut bring: Vec<(String, String)> = Vec::new();
        for d in a.charges.iter().filter_map(|c| c.filing.as_ref()).flat_map(|f| &f.bring) {
            if !bring.iter().any(|(name, _)| *name == d.name) {
                bring.push((d.name.clone(), d.explain.clone()));
            }
        }
        let cw = &self.words.calendar;
        let offered = super::calendar::offered(a);
        let mut calendar: Vec<Action> = offered
            .iter()
            .map(|&(i, date)| Action {
                go: super::calendar::go_one(i),
                label: cw.add.fill(&[("date", self.rules.meta.long_date(date))]),
                style: ActionStyle::Secondary,
            })
            .collect();
        if offered.len() > 1 {
            let label = cw.add_all.fill(&[("n", offered.len().to_string())]);
            calendar.push(Action { go: super::calendar::go_all(), label, style: ActionStyle::Secondary });
        }
        Results {
            bring,
            calendar,
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
        let cannot = (c.outcome == engine::Outcome::NotEligible && !for_now(c)).then(|| {
            let convicted = charge.outcome == Some(crate::case::Outcome::Convicted);
            OtherRelief {
                pardon: convicted,
                firearms: convicted && engine::level_of(self.rules, case, c.charge) == Some(crate::case::Level::Felony),
            }
        });
        let mut to_find_out: Vec<String> = c.missing_facts.iter().map(|f| w.still_need.fill(&about(f.fact))).collect();
        to_find_out.extend(c.unsure_facts.iter().map(|f| w.not_sure.fill(&about(f.fact))));
        if cannot.is_some() {
            // No to-do list for a charge that cannot be cleared.
            to_find_out.clear();
        }
        Card {
            anchor: anchor(c.charge),
            title: self.words.common.charge_title.fill(&[("n", (c.charge + 1).to_string()), ("name", c.name.to_string())]),
            court: engine::court_name(self.rules, charge),
            outcome: c.outcome.name().to_string(),
            headline: if cannot.is_some() { w.cannot_headline.to_string() } else { c.headline.to_string() },
            route: c.route.as_ref().map(|r| cited(&r.name, &r.citation, r.certainty, link.clone())),
            depends: c.reasons.iter().find(|r| r.rule.starts_with("rough_date")).map(|r| r.explanation.to_string()),
            reasons: c
                .reasons
                .iter()
                .filter(|r| !r.rule.starts_with("rough_date"))
                .map(|r| cited(&r.explanation, &r.citation, r.certainty, link.clone()))
                .collect(),
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
            cannot,
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
        certainty: match certainty {
            Certainty::Primary => None,
            Certainty::Secondary => Some("secondary".into()),
            Certainty::Inferred => Some("inferred".into()),
        },
    }
}

/// The reasons that bar a charge only for now: a sentence, program or case not yet
/// finished, or fines not yet paid. A charge barred by one of these is "not yet", not
/// "cannot be cleared".
const FOR_NOW: &[&str] = &[
    "case_pending",
    "felony_fines_unpaid",
    "felony_not_completed",
    "felony_not_completed_expected",
    "dui_not_completed",
    "dui_pending",
    "program_not_done",
    "program_revoked",
    "uncharged_wait",
];

/// Whether a charge that may not be expunged is barred only for now.
fn for_now(c: &ChargeAssessment) -> bool {
    c.reasons.iter().any(|r| FOR_NOW.contains(&r.rule.as_ref()))
}

/// The id of charge `i`'s card: "charge-1" for the first.
fn anchor(i: usize) -> String {
    format!("charge-{}", i + 1)
}

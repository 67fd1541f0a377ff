//! The court papers: the person's details they need, then the papers as they will
//! print, with the download.

use super::action;
use crate::case::Case;
use crate::case::facts::{self, FactKind};
use crate::engine::{self, Assessment, FactRef};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::*;
use crate::questionnaire::state::State;
use crate::rules::papers::OwnWordsKind;

impl Questionnaire<'_> {
    /// The person's details for the papers, and missing case numbers.
    pub(super) fn person(&self, s: &mut Screen, state: &State) {
        let w = &self.words.person;
        let a = self.assess(&state.case);
        s.kind = "person".into();
        s.heading = w.heading.to_string();
        s.lead.push(w.lead.to_string());
        s.fields = self.person_fields(&state.case, &a);
        let missing = self.papers_missing(&state.case);
        if !missing.is_empty() {
            s.lead.push(w.facts_needed.to_string());
        }
        s.fields.extend(missing.iter().map(|f| self.missing_field(&state.case, f)));
        s.actions = vec![self.next_button(w.button.as_str())];
    }

    /// The papers as they will print, or why there are none.
    pub(super) fn papers(&self, s: &mut Screen, state: &State) {
        let w = &self.words.papers;
        s.kind = "papers".into();
        s.heading = w.heading.to_string();
        s.actions = vec![
            action("open:person", w.change_details.as_str(), ActionStyle::Secondary),
            action("open:results", w.back_to_results.as_str(), ActionStyle::Secondary),
        ];
        match crate::packet::prepare_in(self.papers, self.rules, &self.filing(&state.case).0, self.today) {
            Ok(papers) => {
                s.lead.push(w.lead.to_string());
                s.body = Body::Papers { html: papers.html() };
            }
            Err(crate::packet::Refused::NothingToFile { .. }) => s.lead.push(w.nothing_to_file.to_string()),
            Err(crate::packet::Refused::MissingFacts(_)) => {
                s.lead.push(w.missing_facts.to_string());
                s.actions.insert(0, action("open:person", w.answer_questions.as_str(), ActionStyle::Primary));
            }
            Err(crate::packet::Refused::DidNotVerify(_)) => s.lead.push(w.did_not_check.to_string()),
        }
    }

    /// The details the papers need: name, other names, birth date, address, phone,
    /// email, and the case number of each charge in the papers that has none.
    fn person_fields(&self, case: &Case, a: &Assessment) -> Vec<Field> {
        let w = &self.words.person;
        let p = &case.petitioner;
        let text = |name: &str, label: &str, help: &str, value: Option<String>, required: bool, autocomplete: &str| Field {
            name: name.into(),
            label: label.into(),
            help: (!help.is_empty()).then(|| help.to_string()),
            input: Input::Text { suggestions: Vec::new(), autocomplete: Some(autocomplete.into()) },
            value: value.unwrap_or_default(),
            error: None,
            required,
        };
        let mut fields = vec![
            text("full_name", w.full_name_label.as_str(), w.full_name_help.as_str(), p.full_name.clone(), true, "name"),
            text(
                "other_names",
                w.other_names_label.as_str(),
                w.other_names_help.as_str(),
                (!p.other_names.is_empty()).then(|| p.other_names.join("; ")),
                false,
                "off",
            ),
            Field {
                name: "date_of_birth".into(),
                label: w.birth_date_label.to_string(),
                help: Some(w.birth_date_help.to_string()),
                input: Input::Date { rough: false },
                value: p.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
                error: None,
                required: false,
            },
            text("address", w.address_label.as_str(), w.address_help.as_str(), p.address.clone(), false, "street-address"),
            text("phone", w.phone_label.as_str(), "", p.phone.clone(), false, "tel"),
            text("email", w.email_label.as_str(), "", p.email.clone(), false, "email"),
        ];
        fields.push(Field {
            name: "cannot_pay_fee".into(),
            label: w.cannot_pay_label.to_string(),
            help: Some(w.cannot_pay_help.to_string()),
            input: Input::Radio(self.yes_no()),
            value: facts_name(&p.cannot_pay_fee),
            error: None,
            required: false,
        });
        let kinds: Vec<OwnWordsKind> = a
            .charges
            .iter()
            .filter(|c| c.outcome == engine::Outcome::Eligible && !self.withheld.contains(&c.charge))
            .filter_map(|c| c.route.as_ref().and_then(|r| self.rules.papers.wording(r.id)).and_then(|w| w.own_words))
            .collect();
        let own = [
            (OwnWordsKind::Rehabilitation, "rehabilitation", &w.rehabilitation_label, &w.rehabilitation_help, &p.rehabilitation),
            (
                OwnWordsKind::DuiJustification,
                "dui_justification",
                &w.dui_justification_label,
                &w.dui_justification_help,
                &p.dui_justification,
            ),
        ];
        for (kind, name, label, help, value) in own {
            if kinds.contains(&kind) {
                let mut field = text(name, label.as_str(), help.as_str(), value.clone(), false, "off");
                field.input = Input::Paragraph { max: crate::case::STATEMENT_MAX };
                fields.push(field);
            }
        }
        for c in a.charges.iter().filter(|c| c.outcome == engine::Outcome::Eligible && !self.withheld.contains(&c.charge)) {
            if case.charges[c.charge].case_number.is_none() {
                let label = w.case_number_label.fill(&[("n", (c.charge + 1).to_string()), ("name", c.name.clone())]);
                fields.push(text(&format!("case_number_{}", c.charge), &label, w.case_number_help.as_str(), None, false, "off"));
            }
        }
        fields
    }

    /// The facts the papers still need, as `packet::prepare` reports them.
    /// Without the charges a lawyer withheld, each named by its place in `case`.
    pub(in crate::questionnaire) fn papers_missing(&self, case: &Case) -> Vec<FactRef> {
        let (filed, places) = self.filing(case);
        match crate::packet::prepare_in(self.papers, self.rules, &filed, self.today) {
            Err(crate::packet::Refused::MissingFacts(facts)) => facts
                .into_iter()
                .map(|mut f| {
                    let place = charge_of(&f.field).and_then(|j| places.get(j).map(|&i| (j, i)));
                    if let Some((j, i)) = place {
                        f.field = f.field.replacen(&format!("charges[{j}]"), &format!("charges[{i}]"), 1);
                    }
                    f
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// One fact the papers need, asked on the details step; its name says which
    /// charge ("fact.0.charge.cov_designated") or the person ("fact.-.history...").
    fn missing_field(&self, case: &Case, f: &FactRef) -> Field {
        let charge = charge_of(&f.field);
        let input = match facts::kind(f.fact) {
            // The papers state exact days.
            Some(FactKind::Date) => Input::Date { rough: false },
            Some(FactKind::Bac) => Input::Decimal,
            Some(FactKind::Choice(_)) => Input::Radio(self.options(f.fact)),
            _ => Input::Radio(self.yes_no()),
        };
        // The question in the page's language (the papers report it in English).
        let def = self.rules.fact(f.fact);
        let label = match charge {
            Some(i) => {
                let name = case.charges[i].offence.clone().unwrap_or_default();
                format!("{} {}", self.words.person.about_charge.fill(&[("n", (i + 1).to_string()), ("name", name)]), def.question)
            }
            None => def.question.clone(),
        };
        Field {
            name: crate::questionnaire::apply::missing_name(charge, f.fact),
            label,
            help: Some(def.help.clone()),
            input,
            value: facts::get(case, charge, f.fact).unwrap_or_default(),
            error: None,
            required: true,
        }
    }
}

/// The charge a fact's field names ("charges[2].fines_costs_paid" is charge 2).
fn charge_of(field: &str) -> Option<usize> {
    field.strip_prefix("charges[")?.split_once(']')?.0.parse().ok()
}

/// An answer as a form posts it, or nothing.
fn facts_name(answer: &Option<crate::case::Answer>) -> String {
    let name = answer.map(|a| match a {
        crate::case::Answer::Yes => "yes",
        crate::case::Answer::No => "no",
        crate::case::Answer::Unsure => "unsure",
    });
    name.unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use crate::questionnaire::state::{State, Step};
    use crate::questionnaire::{Form, Questionnaire};

    /// A first misdemeanor that may be expunged now, whose petition says the person
    /// has had no conviction expunged before: an answer the engine does not need.
    const MISDEMEANOR: &str = include_str!("../../../tests/packets/a-first-misdemeanor-conviction-in-county-court.json");
    const FELONY: &str = include_str!("../../../tests/packets/a-felony-conviction-with-the-persons-own-statement.json");

    #[test]
    fn the_details_step_asks_what_the_papers_need_and_the_papers_follow_once_it_is_answered() {
        let rules = crate::rules::embedded().unwrap();
        let words = crate::questionnaire::words::Words::embedded(crate::rules::Lang::En).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let q = Questionnaire::in_page(&rules, &words, today);
        let case = crate::case::parse_case(&MISDEMEANOR.replace(r#""prior_misdemeanor_expunction": "no", "#, ""), today).unwrap();
        let mut state = State { case, at: Step::Papers, ..State::default() };

        let papers = q.screen(&state, Vec::new(), None);
        assert!(papers.lead.iter().any(|l| l.as_str() == words.papers.missing_facts.as_str()), "{:?}", papers.lead);
        assert_eq!(papers.actions[0].go, "open:person", "the first button asks the questions");

        state.at = Step::Person;
        let person = q.screen(&state, Vec::new(), None);
        let names: Vec<&str> = person.fields.iter().map(|f| f.name.as_str()).collect();
        assert!(names.contains(&"fact.-.history.prior_misdemeanor_expunction") && names.contains(&"cannot_pay_fee"), "{names:?}");
        assert!(!names.contains(&"rehabilitation"), "no statement of their own for this route: {names:?}");

        let form = |extra: &[(&str, &str)]| -> Form {
            let mut f: Form = vec![("full_name".into(), "Jordan Lee Carter".into())];
            f.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            f
        };
        let (errors, _) = q.apply(&mut state, &form(&[]));
        assert!(errors.iter().any(|(n, _)| n == "fact.-.history.prior_misdemeanor_expunction"), "an unanswered fact: {errors:?}");
        let (errors, _) = q.apply(&mut state, &form(&[("fact.-.history.prior_misdemeanor_expunction", "no"), ("cannot_pay_fee", "yes")]));
        assert!(errors.is_empty(), "{errors:?}");
        let papers = crate::packet::prepare(&rules, &state.case, today).expect("the papers are drawn now");
        assert!(papers.packet().filings[0].pauper.is_some());

        let felony = State { case: crate::case::parse_case(FELONY, today).unwrap(), at: Step::Person, ..State::default() };
        let person = q.screen(&felony, Vec::new(), None);
        let own = person.fields.iter().find(|f| f.name == "rehabilitation").expect("a felony asks for the person's own statement");
        assert!(own.value.starts_with("Since 2019 I have worked"), "{}", own.value);
        assert!(matches!(own.input, crate::questionnaire::model::Input::Paragraph { .. }), "a box of several lines");

        // Lines typed in the box print as one paragraph.
        let mut felony = felony;
        let (errors, _) = q.apply(
            &mut felony,
            &form(&[("full_name", "Jordan Lee Carter"), ("rehabilitation", "I work full time.\r\nI finished school.")]),
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(felony.case.petitioner.rehabilitation.as_deref(), Some("I work full time. I finished school."));
    }
}

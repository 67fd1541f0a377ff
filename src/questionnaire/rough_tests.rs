//! Dates given as a month or a year, as a person answers them: the day is asked for
//! only when it decides the answer, "I don't know the date" keeps what was given, and
//! the papers ask for the exact day of every date they print.

use chrono::NaiveDate;

use super::Questionnaire;
use super::model::Input;
use super::state::{State, Step};
use super::words::Words;
use crate::case::facts::FactKey;
use crate::engine::Outcome;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn form(fields: &[(&str, &str)]) -> super::Form {
    super::joined_dates(&fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

/// A felony arrest, never indicted, in `arrest` (as the case format writes it).
fn arrested(arrest: &str) -> State {
    let json = format!(
        r#"{{"history":{{"pending_charges":"no"}},"charges":[{{"offence":"burglary","level":"felony","outcome":"not_charged","arrest_date":"{arrest}","court":{{"kind":"circuit","county":"Hinds"}}}}]}}"#
    );
    State { case: crate::case::parse_case(&json, today()).unwrap(), ..State::default() }
}

#[test]
fn the_three_boxes_are_read_as_one_date_and_a_month_or_a_year_is_enough_to_go_on() {
    let (rules, words) = (crate::rules::embedded().unwrap(), Words::embedded(crate::rules::Lang::En).unwrap());
    let q = Questionnaire::in_page(&rules, &words, today());
    let mut state = arrested("2024-01-01");
    state.at = Step::Fact(Some(0), FactKey::ChargeArrestDate, Vec::new());
    let screen = q.screen(&state, Vec::new(), None);
    assert!(matches!(screen.fields[0].input, Input::Date { rough: true }), "a month or a year is allowed here");
    let date = "charge.arrest_date";
    for (boxes, saved) in [(("", "3", "2019"), "2019-03"), (("", "", "2019"), "2019"), (("4", "3", "2019"), "2019-03-04")] {
        let posted =
            form(&[("charge.arrest_date--day", boxes.0), ("charge.arrest_date--month", boxes.1), ("charge.arrest_date--year", boxes.2)]);
        let (errors, _) = q.apply(&mut state, &posted);
        assert!(errors.is_empty(), "{boxes:?}: {errors:?}");
        assert_eq!(state.case.charges[0].arrest_date.map(|d| d.to_string()).as_deref(), Some(saved));
    }
    let bad = form(&[("charge.arrest_date--day", "4"), ("charge.arrest_date--month", ""), ("charge.arrest_date--year", "2019")]);
    let (errors, typed) = q.apply(&mut state, &bad);
    assert_eq!(errors, vec![(date.to_string(), words.errors.day_without_month.to_string())]);
    assert!(typed.contains(&(date.to_string(), "2019--4".to_string())), "the boxes come back as typed: {typed:?}");
}

#[test]
fn when_the_day_decides_it_is_asked_for_and_i_dont_know_keeps_the_year() {
    let (rules, words) = (crate::rules::embedded().unwrap(), Words::embedded(crate::rules::Lang::En).unwrap());
    let q = Questionnaire::in_page(&rules, &words, today());
    let mut state = arrested("2024");
    // Early in 2024 the arrest is over two years old; late in 2024 it is not.
    let a = q.assess(&state.case);
    assert_eq!(a.charges[0].outcome, Outcome::NeedsMoreInformation);
    let next = q.next_missing(&state, &a).expect("the day is asked for");
    assert!(matches!(next, Step::Fact(Some(0), FactKey::ChargeArrestDate, _)), "{next:?}");
    state.at = next;
    let screen = q.screen(&state, Vec::new(), None);
    let field = &screen.fields[0];
    assert!(matches!(field.input, Input::Date { rough: false }), "the day is needed now");
    assert!(field.help.as_deref().is_some_and(|h| h.starts_with(words.fact.day_needed.as_str())), "{:?}", field.help);
    assert_eq!(field.value, "2024", "what was given is shown");

    let again = form(&[("charge.arrest_date--day", ""), ("charge.arrest_date--month", ""), ("charge.arrest_date--year", "2024")]);
    let (errors, _) = q.apply(&mut state.clone(), &again);
    assert_eq!(errors, vec![("charge.arrest_date".to_string(), words.errors.day_needed.to_string())]);

    let mut skipped = state.clone();
    let (errors, _) = q.apply_or_skip(&mut skipped, &again, true);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(skipped.case.charges[0].arrest_date.map(|d| d.to_string()).as_deref(), Some("2024"), "the year is kept");
    assert!(q.next_missing(&skipped, &q.assess(&skipped.case)).is_none(), "and not asked again");

    let exact = form(&[("charge.arrest_date--day", "2"), ("charge.arrest_date--month", "1"), ("charge.arrest_date--year", "2024")]);
    let (errors, _) = q.apply(&mut state, &exact);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(q.assess(&state.case).charges[0].outcome, Outcome::Eligible, "January 2, 2024 is over two years ago");
}

#[test]
fn the_papers_ask_for_the_exact_day_of_a_date_given_as_a_month() {
    let (rules, words) = (crate::rules::embedded().unwrap(), Words::embedded(crate::rules::Lang::En).unwrap());
    let q = Questionnaire::in_page(&rules, &words, today());
    let mut state = arrested("2019-03");
    assert_eq!(q.assess(&state.case).charges[0].outcome, Outcome::Eligible, "any day of March 2019 is long enough ago");
    let missing = q.papers_missing(&state.case);
    assert!(missing.iter().any(|f| f.field == "charges[0].arrest_date"), "{missing:?}");
    state.at = Step::Person;
    let screen = q.screen(&state, Vec::new(), None);
    let name = "fact.0.charge.arrest_date";
    let field = screen.fields.iter().find(|f| f.name == name).expect("asked with the person's details");
    assert!(matches!(field.input, Input::Date { rough: false }));
    let details = |day: &str| {
        form(&[
            ("full_name", "Jordan Lee Carter"),
            ("fact.0.charge.arrest_date--day", day),
            ("fact.0.charge.arrest_date--month", "3"),
            ("fact.0.charge.arrest_date--year", "2019"),
        ])
    };
    let (errors, _) = q.apply(&mut state.clone(), &details(""));
    assert!(errors.contains(&(name.to_string(), words.errors.exact_day.to_string())), "{errors:?}");
    let (errors, _) = q.apply(&mut state, &details("9"));
    assert!(errors.iter().all(|(n, _)| n != name), "{errors:?}");
    assert!(q.papers_missing(&state.case).iter().all(|f| f.field != "charges[0].arrest_date"));
}

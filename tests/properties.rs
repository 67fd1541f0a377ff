//! Properties of the engine over generated cases (with dates given as a day, a month
//! or a year): it never panics, an "eligible from D"
//! result is "eligible" when assessed on D, and the answer does not depend on anything
//! but the case and the date.

use chrono::{Days, NaiveDate};
use expunge_ms::case::{
    Answer, Case, Charge, Court, CourtKind, DuiFacts, History, Level, Outcome, Program, ProgramKind, ProgramStatus, When, parse_case,
};
use expunge_ms::engine::{Outcome as Result, assess};
use proptest::prelude::*;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..12_000).prop_map(|d| as_of().checked_sub_days(Days::new(d)).unwrap())
}

/// A date as a person gives it: a day, or only its month, or only its year.
fn when() -> impl Strategy<Value = When> {
    use chrono::Datelike;
    (date(), 0u8..3).prop_map(|(d, shape)| match shape {
        0 => When::day_of(d),
        1 => When::month_of(d.year(), d.month()).unwrap(),
        _ => When::year_of(d.year()).unwrap(),
    })
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop::option::of(prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unsure)])
}

fn outcome() -> impl Strategy<Value = Option<Outcome>> {
    prop::option::of(prop::sample::select(vec![
        Outcome::Dismissed,
        Outcome::Dropped,
        Outcome::NolleProsequi,
        Outcome::NoBill,
        Outcome::Acquitted,
        Outcome::NotCharged,
        Outcome::NoDisposition,
        Outcome::PassedToFile,
        Outcome::Pending,
        Outcome::Convicted,
        Outcome::Program,
        Outcome::Unsure,
    ]))
}

fn court() -> impl Strategy<Value = Court> {
    (
        prop::option::of(prop::sample::select(vec![
            CourtKind::Circuit,
            CourtKind::County,
            CourtKind::Justice,
            CourtKind::Municipal,
            CourtKind::Youth,
            CourtKind::Federal,
            CourtKind::OtherState,
            CourtKind::Unsure,
        ])),
        prop::option::of(Just("Hinds".to_string())),
        prop::option::of(Just("Jackson".to_string())),
    )
        .prop_map(|(kind, county, city)| Court { kind, county, city, state: None })
}

fn statute() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::sample::select(vec![
        "97-17-41",
        "97-3-79",
        "97-3-7",
        "97-3-7(2)(a)",
        "41-29-139(c)",
        "41-29-139(a)",
        "41-29-139",
        "63-11-30",
        "63-11-30(2)(c)",
        "67-3-70(1)",
        "97-29-51",
        "97-17-3",
        "97-99-99",
        "97-23-93",
        "97-3-65",
        "97-1-7",
        "97-1-7(2)",
        "63-1-69",
        "63-21-59",
    ]))
    .prop_map(|s| s.map(str::to_string))
}

prop_compose! {
    fn charge()(
        statute in statute(),
        offence in prop::option::of(prop::sample::select(vec!["grand larceny", "armed robbery", "burglary", "dui", "unheard of crime"])),
        level in prop::option::of(prop::sample::select(vec![Level::Felony, Level::Misdemeanor, Level::Unsure])),
        court in court(),
        outcome in outcome(),
        dates in (prop::option::of(when()), prop::option::of(when()), prop::option::of(when())),
        program in prop::option::of((
            prop::option::of(prop::sample::select(vec![ProgramKind::Nonadjudication, ProgramKind::PretrialIntervention, ProgramKind::InterventionCourt, ProgramKind::ConditionalDischarge, ProgramKind::DuiNonadjudication, ProgramKind::Unsure])),
            prop::option::of(prop::sample::select(vec![ProgramStatus::Completed, ProgramStatus::InProgress, ProgramStatus::Revoked, ProgramStatus::Unsure])),
            answer(),
        )),
        facts in (answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer()),
        dui in prop::option::of((answer(), answer(), answer(), prop::option::of((0u32..40).prop_map(|n| f64::from(n) / 100.0)))),
        occurrence in prop::option::of(prop::sample::select(vec!["A", "B"])),
        case_number in prop::option::of(prop::sample::select(vec!["19-CR-1", "19-CR-2"])),
        expected in prop::option::of((0u64..2000).prop_map(|d| as_of().checked_add_days(Days::new(d)).unwrap())),
    ) -> Charge {
        let (a, b, c) = dates;
        let mut ds = [a, b, c];
        ds.sort();
        let completed = facts.1.filter(|x| *x != Answer::No).or(facts.1);
        Charge {
            statute,
            offence: offence.map(str::to_string),
            level,
            court,
            outcome,
            arrest_date: ds[0],
            disposition_date: ds[1],
            sentence_completion_date: if completed == Some(Answer::No) { None } else { ds[2] },
            sentence_completed: completed,
            expected_completion_date: expected,
            program: program.map(|(kind, status, sentenced_at_plea)| Program { kind, status, sentenced_at_plea }),
            fines_costs_paid: facts.0,
            cov_designated: facts.2,
            traffic: facts.3,
            dui: facts.4,
            trafficking_related: facts.5,
            identity_theft: facts.6,
            public_official_duty_related: facts.7,
            dui_facts: dui.map(|(cdl, refused_test, bac_tested, bac)| DuiFacts { cdl, refused_test, bac_tested, bac }),
            occurrence: occurrence.map(str::to_string),
            case_number: case_number.map(str::to_string),
            ..Charge::default()
        }
    }
}

prop_compose! {
    fn case()(
        charges in prop::collection::vec(charge(), 1..8),
        h in (answer(), answer(), answer(), answer(), answer(), answer(), answer()),
        last in prop::option::of(when()),
        prior_date in prop::option::of(date()),
    ) -> Case {
        Case {
            charges,
            history: History {
                pending_charges: h.0,
                other_convictions: h.1,
                prior_felony_expunction: h.2,
                other_dui_convictions: h.3,
                pending_dui: h.4,
                prior_dui_relief: h.5,
                prior_misdemeanor_expunction: h.6,
                last_conviction_date: last,
                prior_felony_expunction_date: prior_date,
            },
            ..Case::default()
        }
    }
}

prop_compose! {
    /// A felony conviction with every answer that could let it be expunged, and a
    /// statute from a list that includes offences excluded only from July 1, 2026.
    fn hopeful_felony()(
        statute in prop::sample::select(vec!["97-29-51", "97-17-41", "97-19-39", "97-23-93", "41-29-139(c)", "97-1-7", "97-3-79"]),
        done in date(),
        incident in prop::option::of(prop::sample::select(vec!["A", "B"])),
    ) -> Charge {
        Charge {
            statute: Some(statute.to_string()),
            level: Some(Level::Felony),
            court: Court { kind: Some(CourtKind::Circuit), county: Some("Hinds".into()), city: None, state: None },
            outcome: Some(Outcome::Convicted),
            disposition_date: done.checked_sub_days(Days::new(400)).map(When::day_of),
            sentence_completed: Some(Answer::Yes),
            sentence_completion_date: Some(When::day_of(done)),
            fines_costs_paid: Some(Answer::Yes),
            cov_designated: Some(Answer::No),
            public_official_duty_related: Some(Answer::No),
            trafficking_related: Some(Answer::No),
            occurrence: incident.map(str::to_string),
            ..Charge::default()
        }
    }
}

prop_compose! {
    fn hopeful_case()(charges in prop::collection::vec(hopeful_felony(), 1..4)) -> Case {
        Case {
            charges,
            history: History { pending_charges: Some(Answer::No), prior_felony_expunction: Some(Answer::No), ..History::default() },
            ..Case::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn assessing_any_case_never_panics_and_covers_every_charge(case in case()) {
        let rules = expunge_ms::rules::embedded().unwrap();
        let a = assess(&rules, &case, as_of());
        prop_assert_eq!(a.charges.len(), case.charges.len());
        for c in &a.charges {
            prop_assert!(!c.reasons.is_empty() || !c.missing_facts.is_empty(), "every result has a reason or a question: {:?}", c);
            if matches!(c.outcome, Result::Eligible | Result::EligibleAfter { .. }) {
                prop_assert!(c.filing.is_some());
            }
        }
    }

    #[test]
    fn eligible_after_a_date_means_eligible_on_that_date(case in case()) {
        let rules = expunge_ms::rules::embedded().unwrap();
        let now = assess(&rules, &case, as_of());
        for c in &now.charges {
            if let Result::EligibleAfter { eligible_date } = c.outcome {
                prop_assert!(eligible_date > as_of());
                let then = assess(&rules, &case, eligible_date);
                prop_assert_eq!(then.charges[c.charge].outcome, Result::Eligible, "charge {} on {}", c.charge, eligible_date);
            }
        }
    }

    /// The same, for cases assessed on dates before and around July 1, 2026, when the
    /// felony wait fell from five years to three and two felonies became excluded: a
    /// result that names a later date must hold under that date's law.
    #[test]
    fn eligible_after_a_date_holds_under_the_law_of_that_date(case in prop_oneof![case(), hopeful_case()], back in 0u64..900) {
        let rules = expunge_ms::rules::embedded().unwrap();
        let case = shifted(case, back);
        let on = as_of().checked_sub_days(Days::new(back)).unwrap();
        let now = assess(&rules, &case, on);
        for c in &now.charges {
            if let Result::EligibleAfter { eligible_date } = c.outcome {
                prop_assert!(eligible_date > on);
                let then = assess(&rules, &case, eligible_date);
                prop_assert_eq!(then.charges[c.charge].outcome, Result::Eligible, "charge {} assessed {} for {}", c.charge, on, eligible_date);
            }
        }
    }

    #[test]
    fn the_same_case_and_date_give_the_same_answer(case in case()) {
        let rules = expunge_ms::rules::embedded().unwrap();
        prop_assert_eq!(assess(&rules, &case, as_of()), assess(&rules, &case, as_of()));
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = parse_case(&text, as_of());
    }

    #[test]
    fn a_saved_case_reads_back_the_same(case in case()) {
        let json = serde_json::to_string(&case).unwrap();
        let back: Case = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, case);
    }
}

/// The case with every date moved `days` earlier, as if it were assessed that much sooner.
fn shifted(mut case: Case, days: u64) -> Case {
    use chrono::Datelike;
    use expunge_ms::case::Precision;
    let back = |d: &mut Option<NaiveDate>| *d = d.and_then(|d| d.checked_sub_days(Days::new(days)));
    // A month or a year stays a month or a year: the one its day falls in, moved.
    let back_when = |w: &mut Option<When>| {
        *w = w.and_then(|w| {
            let d = w.day().checked_sub_days(Days::new(days))?;
            match w.precision() {
                Precision::Day => Some(When::day_of(d)),
                Precision::Month => When::month_of(d.year(), d.month()),
                Precision::Year => When::year_of(d.year()),
            }
        })
    };
    for c in &mut case.charges {
        back_when(&mut c.arrest_date);
        back_when(&mut c.disposition_date);
        back_when(&mut c.sentence_completion_date);
        back(&mut c.expected_completion_date);
    }
    back_when(&mut case.history.last_conviction_date);
    back(&mut case.history.prior_felony_expunction_date);
    case
}

/// Every paragraph of the papers drawn for `case`, with the answers it states.
fn drawn_claims(p: &expunge_ms::packet::Packet) -> Vec<(String, expunge_ms::packet::model::Claim)> {
    use expunge_ms::packet::model::Block;
    let mut out = Vec::new();
    for f in &p.filings {
        for doc in f.documents() {
            for b in &doc.blocks {
                if let Block::Para { text, rests_on, .. } = b {
                    out.extend(rests_on.iter().map(|c| (text.clone(), c.clone())));
                }
            }
        }
    }
    out
}

/// The cases of `tests/packets/`, one for every route.
fn packet_cases() -> Vec<Case> {
    let mut names: Vec<_> = std::fs::read_dir("tests/packets").unwrap().flatten().map(|e| e.path()).collect();
    names.sort();
    names
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| parse_case(&std::fs::read_to_string(p).unwrap(), as_of()).unwrap())
        .collect()
}

prop_compose! {
    /// A case whose papers are drawn (one of `tests/packets/`), with a few answers
    /// cleared or changed to yes, no, "not sure" or another choice: every way a
    /// sentence's answers can be missing or answered against.
    fn papers_case()(
        pick in 0usize..1000,
        edits in prop::collection::vec((0usize..<expunge_ms::case::facts::FactKey as strum::EnumCount>::COUNT, 0usize..8, any::<bool>()), 0..5),
    ) -> Case {
        use expunge_ms::case::facts::{self, FactKey, FactKind};
        use strum::VariantArray;
        let cases = packet_cases();
        let mut case = cases[pick % cases.len()].clone();
        for (k, op, about_person) in edits {
            let key = FactKey::VARIANTS[k];
            let raw = match facts::kind(key) {
                Some(FactKind::Answer) => ["", "yes", "no", "unsure"].get(op).copied(),
                Some(FactKind::Choice(values)) => if op == 0 { Some("") } else { values.get(op - 1).copied() },
                _ => (op == 0).then_some(""),
            };
            let charge = (key.about_charge() && !about_person).then_some(0).or(key.about_charge().then_some(case.charges.len() - 1));
            if let Some(raw) = raw {
                let _ = facts::set(&mut case, charge, key, raw, as_of());
            }
        }
        case
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The sworn petition states nothing the person did not answer: every paragraph of
    /// every paper drawn for a case rests only on answers that hold in that case, a
    /// needed sentence answered against stops the papers, and one not answered makes
    /// `prepare` ask for it instead of drawing, as it does for a date the papers need
    /// to the day. Over generated cases, and over every
    /// route's packet case with answers cleared or changed.
    #[test]
    fn every_drawn_sentence_rests_on_answers_that_hold_in_the_case(
        case in prop_oneof![case(), papers_case()],
        cannot_pay in answer(),
    ) {
        use expunge_ms::packet::{self, Refused, claims::holds};
        let rules = expunge_ms::rules::embedded().unwrap();
        let mut case = case;
        case.petitioner.full_name = Some("Sam Doe".into());
        case.petitioner.cannot_pay_fee = cannot_pay;
        let a = assess(&rules, &case, as_of());
        let p = packet::build(&rules, &case, &a);
        for (text, claim) in drawn_claims(&p) {
            prop_assert!(holds(&case, &claim), "\"{}\" rests on {:?}, which does not hold", text, claim);
        }
        for claim in &p.missing {
            prop_assert!(!holds(&case, claim), "{:?} is asked for but answered", claim);
        }
        if !p.unbacked.is_empty() {
            prop_assert!(packet::verify(&p, &a).is_err(), "a needed sentence answered against: {:?}", p.unbacked);
        }
        // The papers print exact days: a date of a charge filed given as a month or a
        // year is asked for again.
        let filed: Vec<usize> = p.filings.iter().flat_map(|f| f.charges.iter().map(|c| c.index)).collect();
        let rough = case.rough_dates().iter().any(|(c, _, _)| c.is_some_and(|i| filed.contains(&i)));
        match packet::prepare(&rules, &case, as_of()) {
            Err(Refused::MissingFacts(facts)) => prop_assert!(!facts.is_empty() && (!p.missing.is_empty() || rough)),
            Ok(_) => prop_assert!(p.missing.is_empty() && p.unbacked.is_empty() && !rough),
            Err(_) => {}
        }
    }
}

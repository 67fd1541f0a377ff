//! Benchmarks: assessing a 10-charge case, and loading and checking the rules.
//! Run: `cargo bench --bench engine`. Figures are in README.md.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use expunge_ms::case::parse_case;
use expunge_ms::engine::assess;
use expunge_ms::rules;

/// Ten charges across the routes: dismissals, felonies, misdemeanors, a DUI, a program.
const TEN_CHARGES: &str = r#"{
  "history": {"pending_charges": "no", "other_convictions": "no", "prior_felony_expunction": "no",
              "other_dui_convictions": "no", "pending_dui": "no", "prior_dui_relief": "no"},
  "charges": [
    {"offence": "grand larceny", "statute": "97-17-41", "level": "felony", "court": {"kind": "circuit", "county": "Hinds"},
     "outcome": "convicted", "fines_costs_paid": "yes", "sentence_completion_date": "2022-01-10", "cov_designated": "no", "occurrence": "A"},
    {"offence": "burglary of a business", "statute": "97-17-33", "level": "felony", "court": {"kind": "circuit", "county": "Hinds"},
     "outcome": "convicted", "fines_costs_paid": "yes", "sentence_completion_date": "2022-01-10", "cov_designated": "no", "occurrence": "A"},
    {"offence": "armed robbery", "level": "felony", "court": {"kind": "circuit", "county": "Rankin"}, "outcome": "convicted",
     "fines_costs_paid": "yes", "sentence_completion_date": "2015-01-01"},
    {"offence": "disorderly conduct", "level": "misdemeanor", "court": {"kind": "municipal", "city": "Jackson", "county": "Hinds"},
     "outcome": "dismissed", "disposition_date": "2021-02-02"},
    {"offence": "trespass", "level": "misdemeanor", "court": {"kind": "justice", "county": "Hinds"}, "outcome": "not_charged",
     "arrest_date": "2025-06-01"},
    {"statute": "41-29-139(c)", "level": "felony", "court": {"kind": "circuit", "county": "Hinds"}, "outcome": "nolle_prosequi",
     "disposition_date": "2020-11-30"},
    {"statute": "63-11-30", "level": "misdemeanor", "court": {"kind": "municipal", "city": "Ridgeland", "county": "Madison"},
     "outcome": "convicted", "sentence_completion_date": "2021-05-10", "dui_facts": {"cdl": "no", "refused_test": "no", "bac": 0.09}},
    {"statute": "97-23-93", "level": "felony", "court": {"kind": "circuit", "county": "Lee"}, "outcome": "program",
     "program": {"kind": "nonadjudication", "status": "completed"}},
    {"statute": "97-3-7(1)", "level": "misdemeanor", "court": {"kind": "county", "county": "Hinds"}, "outcome": "convicted",
     "fines_costs_paid": "yes", "traffic": "no"},
    {"statute": "67-3-70(1)", "level": "misdemeanor", "court": {"kind": "justice", "county": "Lafayette"}, "outcome": "convicted",
     "fines_costs_paid": "yes", "sentence_completion_date": "2025-01-15"}
  ]
}"#;

fn benches(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let book = rules::embedded().expect("rules load");
    let case = parse_case(TEN_CHARGES, as_of).expect("the bench case checks");
    assert_eq!(case.charges.len(), 10);

    c.bench_function("assess a 10-charge case", |b| b.iter(|| assess(black_box(&book), black_box(&case), black_box(as_of))));
    c.bench_function("parse, check and assess a 10-charge case from JSON", |b| {
        b.iter(|| {
            let case = parse_case(black_box(TEN_CHARGES), as_of).unwrap();
            assess(&book, &case, as_of)
        })
    });
    c.bench_function("load and check the rules", |b| b.iter(|| rules::embedded().unwrap()));
}

criterion_group!(engine, benches);
criterion_main!(engine);

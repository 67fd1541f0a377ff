//! Benchmark: the petition packet for 5 charges in 2 courts (tests/packets/
//! five-charges-in-two-courts.json), from the assessed case to PDF bytes.
//! Run: `cargo bench --bench packet`. Figures are in README.md.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use expunge_ms::{case, engine, packet, rules};

fn bench(c: &mut Criterion) {
    let rules = rules::embedded().unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let json = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").unwrap();
    let case = case::parse_case(&json, as_of).unwrap();
    let assessment = engine::assess(&rules, &case, as_of);
    let built = packet::build(&rules, &case, &assessment);
    // Parse the embedded fonts once, as the server does at its first packet.
    black_box(packet::pdf::render(&built));

    c.bench_function("build and check the packet (5 charges, 2 courts)", |b| {
        b.iter(|| {
            let p = packet::build(black_box(&rules), black_box(&case), black_box(&assessment));
            packet::verify(&p, &assessment).unwrap();
            p
        })
    });
    c.bench_function("draw the packet as a PDF (5 charges, 2 courts)", |b| b.iter(|| packet::pdf::render(black_box(&built))));
    c.bench_function("case to PDF: assess, build, check, draw", |b| {
        b.iter(|| packet::prepare(&rules, black_box(&case), as_of).unwrap().pdf())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Fuzzing on stable Rust, in CI, for a fixed budget: generated input, shaped like
//! what reaches the server but bent every way, through the case parser and validator,
//! the assessment, the papers (model, check and PDF), and the questionnaire's form
//! handling. Whatever comes in, the answer is a result or errors in words: never a
//! panic. The budget is `FUZZ_CASES` generated inputs a target (default 1,500);
//! proptest keeps any input that fails in `tests/fuzz.proptest-regressions` and tries
//! it first on every later run.
//!
//! The inputs found by hand in issue 9 are kept as named tests in `tests/hardening.rs`
//! and `tests/cli.rs`.

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use expunge_ms::questionnaire::Questionnaire;
use expunge_ms::questionnaire::words::Words;
use expunge_ms::rules::RuleBook;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

fn rules() -> &'static Arc<RuleBook> {
    static RULES: OnceLock<Arc<RuleBook>> = OnceLock::new();
    RULES.get_or_init(|| Arc::new(expunge_ms::rules::embedded().expect("the built-in rules load")))
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::embedded(expunge_ms::rules::Lang::En).expect("the built-in words load"))
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn budget() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1500)
}

/// A small deterministic generator: proptest gives the seed (and keeps a failing
/// one), this turns it into a case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values that have broken things, or could: control characters, letters the papers
/// cannot print, long runs without a space, dates at the calendar's ends, wrong types.
fn nasty(rng: &mut Rng) -> Value {
    let long = "W".repeat(1 + rng.below(400));
    rng.pick(&[
        json!("\u{0}"),
        json!("a\u{1b}[31mb"),
        json!("two\nlines\r"),
        json!("約翰 李 Jordan"),
        json!("محمد 😀"),
        json!("zero\u{200b}width"),
        json!(long),
        json!(""),
        json!("   "),
        json!("+262140-01-01"),
        json!("-0001-01-01"),
        json!("2026-02-30"),
        json!("1899-12-31"),
        json!("2199-12-31"),
        json!(1e308),
        json!(-1),
        json!(u64::MAX),
        json!(0.5),
        json!(true),
        json!(null),
        json!([]),
        json!({}),
        json!({ "unknown": 1 }),
        json!("unsure"),
    ])
    .clone()
}

/// Plausible text for a field of the case format.
fn text_for(name: &str) -> &'static [&'static str] {
    match name {
        "offence" => &[
            "petit larceny",
            "grand larceny",
            "DUI first offense",
            "simple assault",
            "trespass",
            "possession of marijuana",
            "murder",
            "false pretenses",
            "shop lifting",
            "burglary",
            "prostitution",
        ],
        "statute" => &["97-17-41", "§ 97-3-2(1)", "41-29-139(c)", "97-17-43", "63-11-30", "97-3-7"],
        "county" => &["Hinds", "Rankin", "Madison", "Harrison", "Lee", "Nowhere"],
        "city" => &["Jackson", "Pearl", "Tupelo"],
        "state" => &["Alabama", "Louisiana"],
        "full_name" | "other_names" => &["Jordan Q. Example", "Zoë Nguyễn", "Łukasz O'Brien-Smith"],
        "address" => &["12 Oak St, Jackson, MS 39201"],
        "phone" => &["601-555-0142", "(662) 555-0100"],
        "email" => &["zoe@example.org"],
        "case_number" => &["24-CR-118", "JC-2023-0457", "CR-77"],
        "arresting_agency" | "detention_facility" => &["Jackson Police Department", "Hinds County Sheriff's Office"],
        _ => &["night of May 1", "2019 larceny", "first"],
    }
}

/// A value for a node of the case format's own schema: valid, most of the time.
fn valid(defs: &Value, node: &Value, name: &str, rng: &mut Rng, depth: usize) -> Value {
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        let key = target.rsplit('/').next().unwrap_or_default();
        return valid(defs, &defs[key], name, rng, depth);
    }
    if let Some(Value::Array(values)) = node.get("enum") {
        // "no" half the time: most people have nothing pending, so more cases go far.
        if values.contains(&json!("no")) && rng.chance(50) {
            return json!("no");
        }
        return rng.pick(values).clone();
    }
    if let Some(value) = node.get("const") {
        return value.clone();
    }
    for alternatives in ["oneOf", "anyOf"] {
        if let Some(Value::Array(options)) = node.get(alternatives) {
            let real: Vec<&Value> = options.iter().filter(|o| o.get("type") != Some(&json!("null"))).collect();
            if !real.is_empty() {
                return valid(defs, real[rng.below(real.len())], name, rng, depth);
            }
        }
    }
    let kind = match node.get("type") {
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).find(|k| *k != "null").unwrap_or("null"),
        Some(Value::String(kind)) => kind.as_str(),
        _ => "null",
    };
    match kind {
        "object" if depth < 4 => {
            let mut map = Map::new();
            if let Some(Value::Object(props)) = node.get("properties") {
                for (key, sub) in props {
                    // A finished date only for a sentence not said to be unfinished.
                    let contradicts = key == "sentence_completion_date" && map.get("sentence_completed") == Some(&json!("no"));
                    if !contradicts && (key == "charges" || rng.chance(60)) {
                        map.insert(key.clone(), valid(defs, sub, key, rng, depth + 1));
                    }
                }
            }
            Value::Object(map)
        }
        "array" => {
            let n = if name == "charges" { 1 + rng.below(5) } else { rng.below(3) };
            let items = node.get("items").cloned().unwrap_or(json!({ "type": "string" }));
            Value::Array((0..n).map(|_| valid(defs, &items, name, rng, depth + 1)).collect())
        }
        "string" if name.contains("date") => {
            // Years in the order a record's dates come, so most cases check.
            let (from, span) = match name {
                "date_of_birth" => (1960, 20),
                "arrest_date" | "prior_felony_expunction_date" => (1995, 10),
                "disposition_date" | "last_conviction_date" => (2006, 8),
                "expected_completion_date" => (2027, 5),
                _ => (2014, 12),
            };
            let day = NaiveDate::from_ymd_opt(from, 1, 1).unwrap() + chrono::Days::new(rng.below(span * 365) as u64);
            json!(day.to_string())
        }
        "string" if name == "format" => json!("expunge-ms/case@1"),
        "string" => json!(*rng.pick(text_for(name))),
        "number" | "integer" => json!(*rng.pick(&[0.02, 0.08, 0.12, 0.16, 0.3])),
        "boolean" => json!(rng.chance(50)),
        _ => Value::Null,
    }
}

/// Bends a valid value: now and then a leaf becomes a nasty one, a field goes, or a
/// field the format does not have comes in.
fn bend(value: &mut Value, rng: &mut Rng, rate: u64) {
    match value {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                if rng.chance(rate / 2) {
                    map.remove(&key);
                } else if let Some(v) = map.get_mut(&key) {
                    bend(v, rng, rate);
                }
            }
            if rng.chance(rate / 4) {
                map.insert("surprise".into(), nasty(rng));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| bend(v, rng, rate)),
        leaf => {
            if rng.chance(rate) {
                *leaf = nasty(rng);
            }
        }
    }
}

/// A case as JSON from `seed`: valid from the case format's schema, then bent at
/// `rate` percent of its leaves.
fn case_value(seed: u64, rate: u64) -> Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    let schema = SCHEMA.get_or_init(expunge_ms::case::json_schema);
    let mut rng = Rng(seed | 1);
    let mut case = valid(&schema["$defs"], schema, "", &mut rng, 0);
    bend(&mut case, &mut rng, rate);
    case
}

fn case_json() -> impl Strategy<Value = String> {
    (any::<u64>(), prop::sample::select(vec![0u64, 2, 5, 15])).prop_map(|(seed, rate)| case_value(seed, rate).to_string())
}

/// Text that has broken things: control characters, letters the papers cannot print,
/// long runs without a space, dates at the calendar's ends, the case format's words.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "yes",
            "no",
            "unsure",
            "felony",
            "misdemeanor",
            "convicted",
            "dismissed",
            "program",
            "circuit",
            "justice",
            "municipal",
            "federal",
            "Hinds",
            "Jackson",
            "petit larceny",
            "DUI first offense",
            "97-17-41",
            "§ 97-3-2(1)",
            "2024-03-12",
            "1899-12-31",
            "2199-12-31",
            "+262140-01-01",
            "-0001-01-01",
            "2026-02-30",
            "0.09",
            "1e308",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9 §.()'-]{0,40}",
        "\\PC{0,20}",
        prop::collection::vec(prop::sample::select(vec!['\0', '\u{1b}', '\n', '\r', '\u{7}', '約', 'م', '😀', '\u{200b}', 'ễ']), 0..8)
            .prop_map(|cs| cs.into_iter().collect()),
        (1usize..400).prop_map(|n| "W".repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: budget(), ..ProptestConfig::default() })]

    /// A case from outside: parsed and checked, then assessed, then its papers built,
    /// checked and drawn. Every step answers; none panics.
    #[test]
    fn any_case_gets_an_answer_and_papers_or_errors_in_words(json in case_json(), days in 0u64..40_000) {
        let rules = rules();
        let as_of = as_of().checked_add_days(chrono::Days::new(days)).unwrap_or(as_of());
        match expunge_ms::engine::read_case(rules, &json, as_of) {
            Err(errors) => {
                for e in errors {
                    prop_assert!(!e.message.is_empty());
                    prop_assert!(!e.message.contains("expected struct") && !e.message.contains("invalid length"), "{}", e.message);
                }
            }
            Ok(case) => {
                let assessment = expunge_ms::engine::assess(rules, &case, as_of);
                let _ = serde_json::to_string(&assessment).expect("an assessment serialises");
                let _ = expunge_ms::cli::text(&assessment);
                if let Ok(papers) = expunge_ms::packet::prepare(rules, &case, as_of) {
                    prop_assert!(papers.pdf().starts_with(b"%PDF"));
                    prop_assert!(papers.html().starts_with("<article aria-label="));
                }
            }
        }
    }
}

/// A hidden state as the questionnaire writes it, bent: steps, trails and skipped
/// questions from a list that mixes real and unknown ones.
fn state_json() -> impl Strategy<Value = String> {
    let step = prop_oneof![
        Just(json!("start")),
        Just(json!("charges")),
        Just(json!("review")),
        Just(json!("results")),
        Just(json!("person")),
        Just(json!("papers")),
        Just(json!("start_over")),
        (0usize..2).prop_map(|i| json!({ "court": i })),
        (0usize..2).prop_map(|i| json!({ "place": i })),
        (0usize..2).prop_map(|i| json!({ "details": i })),
        (0usize..2).prop_map(|i| json!({ "stop": i })),
        (
            0usize..2,
            prop::sample::select(vec![
                "charge.outcome",
                "charge.level",
                "charge.dui_facts.bac",
                "charge.disposition_date",
                "history.pending_charges",
                "history.last_conviction_date",
                "nope",
                "charge.offence"
            ]),
            prop::bool::weighted(0.1)
        )
            // The right scope for the question, but now and then the wrong one.
            .prop_map(|(i, k, flip)| json!({ "fact": [(k.starts_with("charge.") != flip).then_some(i), k] })),
    ];
    let rate = prop::sample::select(vec![0u64, 0, 0, 5]);
    (any::<u64>(), rate, step.clone(), prop::collection::vec(step, 0..3), prop::option::weighted(0.2, 0usize..2)).prop_map(
        |(seed, rate, at, trail, entering)| {
            // A case that checks, most of the time: the questionnaire only ever writes those.
            let case = case_value(seed, rate);
            json!({ "case": case, "at": at, "trail": trail, "entering": entering, "skipped": [] }).to_string()
        },
    )
}

fn go() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "next",
            "back",
            "add",
            "add_same_court",
            "done_charges",
            "skip",
            "restart",
            "restart_confirmed",
            "open:results",
            "open:papers",
            "open:person",
            "open:review",
            "open:fact:0:charge.level",
            "open:fact:-:nope",
            "open:fact:9:charge.level",
            "remove:0",
            "remove:99",
            "edit:0",
            "edit:18446744073709551616",
            "open:court:1",
        ])
        .prop_map(str::to_string),
        "[a-z:0-9._-]{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: budget(), ..ProptestConfig::default() })]

    /// A questionnaire form from outside: whatever its state, button and fields, the
    /// answer is a screen.
    #[test]
    fn any_questionnaire_form_gets_a_screen(
        state in state_json(),
        go in go(),
        fields in prop::collection::vec((prop::sample::select(vec!["value", "court_kind", "county", "city", "offence", "statute", "case_number", "arrest_date", "arresting_agency", "full_name", "other_names", "date_of_birth", "address", "phone", "email", "case_number_0", "x"]), nasty_text()), 0..8),
    ) {
        let mut form = vec![("state".to_string(), state), ("go".to_string(), go)];
        form.extend(fields.into_iter().map(|(k, v)| (k.to_string(), v)));
        let q = Questionnaire::in_page(rules(), words(), as_of());
        let screen = q.advance(&form);
        prop_assert!(!screen.heading.is_empty());
        // What the screen carries back reads again.
        let again = q.advance(&vec![("state".to_string(), screen.state.clone()), ("go".to_string(), "back".to_string())]);
        prop_assert!(!again.heading.is_empty());
        prop_assert!(
            !again.errors.iter().any(|e| e.message.contains("We could not read your answers")),
            "the answers a screen carries must read back: {}", screen.state
        );
    }
}

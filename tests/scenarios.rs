//! Runs every scenario file under tests/scenarios/ through the engine, one test per
//! file, named by the file. A scenario is one fact pattern with its expected outcome
//! and the statute; the file name is its title in lower case.
//!
//! Also checks, for every "eligible from a date" result, that assessing the same case
//! on that date gives "eligible".

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use expunge_ms::engine::{Assessment, Outcome, assess_json};
use expunge_ms::rules::{self, RuleBook};
use libtest_mimic::{Arguments, Failed, Trial};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: String,
    #[serde(default)]
    source: Option<String>,
    facts: String,
    law: String,
    as_of: String,
    expect: Vec<Expect>,
    case: toml::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// 1 for the first charge.
    charge: usize,
    outcome: String,
    #[serde(default)]
    route: Option<String>,
    #[serde(default)]
    eligible_date: Option<String>,
    /// A rule id that must be among the reasons (e.g. "felony_waited").
    #[serde(default)]
    reason: Option<String>,
    /// Words one of the reasons must say (e.g. "on or before November 23, 2023").
    #[serde(default)]
    explains: Option<String>,
    /// A rule id that must be among the notes (e.g. "driving_record_unchanged").
    #[serde(default)]
    note: Option<String>,
    /// The kind of fee the filing states: "statutory" (settled), "unclear",
    /// "unclear_court" or "none_stated".
    #[serde(default)]
    fee: Option<String>,
    /// Words the court to file in must contain (e.g. "Circuit Court of Madison County").
    #[serde(default)]
    file_in: Option<String>,
    /// Fields that must be reported as missing (e.g. "charges[0].fines_costs_paid").
    #[serde(default)]
    missing: Vec<String>,
    /// Fields that must be reported as answered "unsure".
    #[serde(default)]
    unsure: Vec<String>,
    /// No question is left to ask: the result stands whatever the other answers are.
    #[serde(default)]
    nothing_missing: bool,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("tests/scenarios exists").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().replace(['§', '\''], "").chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn run(rules: &RuleBook, path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let sc: Scenario = toml::from_str(&text).map_err(|e| format!("bad scenario file: {e}"))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if slug(&sc.title) != stem {
        return Err(format!("the file name should be the title: {}.toml", slug(&sc.title)).into());
    }
    if sc.facts.trim().is_empty() || sc.law.trim().is_empty() || sc.expect.is_empty() {
        return Err("a scenario needs facts, the law and at least one expectation".into());
    }
    let _ = sc.source;
    let as_of: NaiveDate = sc.as_of.parse().map_err(|_| "as_of must be a date like 2026-11-23")?;
    let json = serde_json::to_string(&sc.case).map_err(|e| e.to_string())?;
    let assessment = assess_json(rules, &json, as_of).map_err(|errors| format!("the case does not check: {errors:?}"))?;
    let mut problems = Vec::new();
    for e in &sc.expect {
        let Some(got) = assessment.charges.get(e.charge.wrapping_sub(1)) else {
            problems.push(format!("charge {} does not exist", e.charge));
            continue;
        };
        let label = format!("charge {} ({})", e.charge, got.name);
        if got.outcome.name() != e.outcome {
            problems.push(format!(
                "{label}: expected {}, got {} because: {}",
                e.outcome,
                got.outcome.name(),
                reasons(&assessment, e.charge - 1)
            ));
        }
        if let Some(route) = &e.route {
            let actual = got.route.as_ref().map(|r| r.id.as_str()).unwrap_or("(none)");
            if actual != route {
                problems.push(format!("{label}: expected route {route}, got {actual}"));
            }
        }
        match (&e.eligible_date, got.outcome) {
            (Some(want), Outcome::EligibleAfter { eligible_date }) if want != &eligible_date.to_string() => {
                problems.push(format!("{label}: expected eligible from {want}, got {eligible_date}"))
            }
            (Some(want), Outcome::Eligible | Outcome::NotEligible | Outcome::NeedsAttorneyReview | Outcome::NeedsMoreInformation) => {
                problems.push(format!("{label}: expected eligible from {want}, got {}", got.outcome.name()))
            }
            _ => {}
        }
        said(e, &assessment, &label, &mut problems);
        if let Some(fee) = &e.fee {
            let got_fee = got.filing.as_ref().map(|f| serde_json::to_value(f.fee.kind).unwrap_or_default());
            match got_fee.as_ref().and_then(|v| v.as_str()) {
                Some(kind) if kind == fee => {}
                other => problems.push(format!("{label}: expected fee {fee}, got {other:?}")),
            }
        }
        if let Some(court) = &e.file_in {
            match &got.filing {
                Some(f) if f.court.contains(court.as_str()) => {}
                Some(f) => problems.push(format!("{label}: expected to file in {court}, got {}", f.court)),
                None => problems.push(format!("{label}: expected to file in {court}, but there is no filing information")),
            }
        }
        for field in &e.missing {
            if !got.missing_facts.iter().any(|f| &f.field == field) {
                let got: Vec<&str> = got.missing_facts.iter().map(|f| f.field.as_str()).collect();
                problems.push(format!("{label}: expected {field} among the missing facts {got:?}"));
            }
        }
        if e.nothing_missing && !got.missing_facts.is_empty() {
            let got: Vec<&str> = got.missing_facts.iter().map(|f| f.field.as_str()).collect();
            problems.push(format!("{label}: expected no missing facts, got {got:?}"));
        }
        for field in &e.unsure {
            if !got.unsure_facts.iter().any(|f| &f.field == field) {
                let got: Vec<&str> = got.unsure_facts.iter().map(|f| f.field.as_str()).collect();
                problems.push(format!("{label}: expected {field} among the unsure facts {got:?}"));
            }
        }
    }
    // An "eligible from D" result must be "eligible" when assessed on D.
    for c in &assessment.charges {
        if let Outcome::EligibleAfter { eligible_date } = c.outcome {
            let later = assess_json(rules, &json, eligible_date).map_err(|e| format!("{e:?}"))?;
            if later.charges[c.charge].outcome != Outcome::Eligible {
                problems.push(format!(
                    "charge {}: eligible from {eligible_date}, but on that date: {}",
                    c.charge + 1,
                    later.charges[c.charge].outcome.name()
                ));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

/// The reasons, notes and words the scenario expects for its charge.
fn said(e: &Expect, assessment: &Assessment, label: &str, problems: &mut Vec<String>) {
    let got = &assessment.charges[e.charge - 1];
    if let Some(reason) = &e.reason
        && !got.reasons.iter().any(|r| &r.rule == reason)
    {
        problems.push(format!("{label}: expected reason {reason} among: {}", reasons(assessment, e.charge - 1)));
    }
    if let Some(note) = &e.note
        && !got.notes.iter().any(|r| &r.rule == note)
    {
        let notes = got.notes.iter().map(|r| &*r.rule).collect::<Vec<_>>().join(", ");
        problems.push(format!("{label}: expected note {note} among: {notes}"));
    }
    if let Some(words) = &e.explains
        && !got.reasons.iter().any(|r| r.explanation.contains(words.as_str()))
    {
        problems.push(format!("{label}: expected a reason saying \"{words}\" among: {}", reasons(assessment, e.charge - 1)));
    }
}

fn reasons(a: &Assessment, i: usize) -> String {
    a.charges[i].reasons.iter().map(|r| &*r.rule).collect::<Vec<_>>().join(", ")
}

fn main() {
    let args = Arguments::from_args();
    let rules = Arc::new(rules::embedded().expect("the embedded rules load"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    let trials = paths
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap_or(&path).with_extension("").display().to_string();
            let rules = rules.clone();
            Trial::test(name, move || run(&rules, &path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

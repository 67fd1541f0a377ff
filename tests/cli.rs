//! The command line, as clinics and the unseen-scenario runner use it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_expunge-ms"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

const CASE: &str = r#"{"history":{"pending_charges":"no","prior_felony_expunction":"no"},
 "charges":[{"statute":"97-17-41","level":"felony","court":{"kind":"circuit","county":"Hinds"},"outcome":"convicted",
 "fines_costs_paid":"yes","sentence_completion_date":"2025-02-01","cov_designated":"no","public_official_duty_related":"no"}]}"#;

#[test]
fn assess_reads_a_file_and_prints_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.json");
    std::fs::write(&path, CASE).unwrap();
    let out = run(&["assess", path.to_str().unwrap(), "--as-of", "2026-11-23"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["charges"][0]["outcome"], "eligible_after");
    assert_eq!(v["charges"][0]["eligible_date"], "2028-02-01");
}

#[test]
fn assess_reads_standard_input_and_prints_text() {
    let out = run(&["assess", "-", "--as-of", "2026-11-23", "--format", "text"], Some(CASE));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[eligible_after 2028-02-01]"), "{text}");
    assert!(text.contains("starting on February 1, 2028"), "{text}");
    assert!(text.contains("not legal advice"));
}

#[test]
fn bad_input_exits_2_with_every_error_on_stderr() {
    let out = run(&["assess", "-", "--as-of", "2026-11-23"], Some(r#"{"charges":[{"level":"capital","offence":""}]}"#));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("charges[0].level"), "{err}");
}

#[test]
fn a_missing_file_exits_2() {
    let out = run(&["assess", "/no/such/case.json"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn schema_prints_the_json_schema() {
    let out = run(&["schema"], None);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Mississippi expungement case");
}

#[test]
fn rules_check_reports_the_version_or_the_file_and_line() {
    let out = run(&["rules", "check"], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok: ms-"));

    let dir = tempfile::tempdir().unwrap();
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/ms");
    for entry in std::fs::read_dir(src).unwrap().flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    let routes = dir.path().join("routes.toml");
    let text = std::fs::read_to_string(&routes).unwrap().replacen("kind = \"assessed\"", "kind = \"maybe\"", 1);
    std::fs::write(&routes, text).unwrap();
    let out = run(&["rules", "check", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("routes.toml:") && err.contains("maybe"), "{err}");
}

#[test]
fn the_server_refuses_to_start_with_bad_rules() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().args(["--rules", dir.path().to_str().unwrap(), "serve", "--addr", "127.0.0.1:0"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("rulebook.toml"));
}

#[test]
fn the_readme_example_case_checks_and_gives_what_the_readme_says() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("### A complete example").expect("the README has the example");
    let json_start = readme[start..].find("```json\n").unwrap() + start + "```json\n".len();
    let json_end = readme[json_start..].find("```").unwrap() + json_start;
    let out = run(&["assess", "-", "--as-of", "2026-11-23"], Some(&readme[json_start..json_end]));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let routes: Vec<(&str, &str)> =
        v["charges"].as_array().unwrap().iter().map(|c| (c["outcome"].as_str().unwrap(), c["route"]["id"].as_str().unwrap())).collect();
    assert_eq!(routes, [("eligible", "felony"), ("eligible", "non_conviction"), ("eligible", "arrest_not_charged")]);
}

#[test]
fn packet_writes_the_pdf_and_lists_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("packet.pdf");
    let out = run(&["packet", "tests/packets/one-now-one-later.json", "-o", out_path.to_str().unwrap(), "--as-of", "2026-11-24"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&out_path).unwrap().starts_with(b"%PDF-"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not in the packet: charge 2 (false pretenses)"), "{stderr}");
    assert!(stderr.contains("March 1, 2028"), "{stderr}");
}

#[test]
fn packet_that_needs_unanswered_facts_writes_nothing_exits_2_and_names_each_fact() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("packet.pdf");
    let case = std::fs::read_to_string("tests/packets/a-first-misdemeanor-conviction-in-county-court.json").unwrap();
    let case = case.replace(r#""prior_misdemeanor_expunction": "no", "#, "");
    let out = run(&["packet", "-", "-o", out_path.to_str().unwrap(), "--as-of", "2026-11-24"], Some(&case));
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!out_path.exists(), "nothing is drawn");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("The papers need 1 more answer(s)"), "{stderr}");
    assert!(stderr.contains("history.prior_misdemeanor_expunction: "), "the field and its question: {stderr}");
}

#[test]
fn packet_with_nothing_to_file_now_writes_nothing_and_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("packet.pdf");
    let out = run(&["packet", "-", "-o", out_path.to_str().unwrap(), "--as-of", "2026-11-23"], Some(CASE));
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!out_path.exists());
    assert!(String::from_utf8_lossy(&out.stderr).contains("No charge may be expunged now"));
}

#[test]
fn a_far_future_filing_date_or_completion_date_is_refused_in_words_never_a_crash() {
    for args in [["assess", "-", "--as-of", "+262140-01-01"], ["packet", "-", "--as-of", "+262140-01-01"]] {
        let out = run(&args, Some(CASE));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("as_of"), "{args:?}");
    }
    let case =
        r#"{"charges":[{"outcome":"convicted","level":"felony","sentence_completed":"no","expected_completion_date":"+262140-01-01"}]}"#;
    let out = run(&["assess", "-", "--as-of", "2026-11-23"], Some(case));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected_completion_date"));
}

#[test]
fn terminal_escapes_in_a_case_never_reach_the_terminal() {
    let case = "{\"charges\":[{\"offence\":\"trespass\\u001b[2J\",\"outcome\":\"dismissed\"}]}";
    let out = run(&["assess", "-", "--as-of", "2026-11-23", "--format", "text"], Some(case));
    assert_eq!(out.status.code(), Some(2), "refused");
    assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b), "no escape printed");
}

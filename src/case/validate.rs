//! Reading a case from JSON and checking it: every problem becomes a `FieldError`
//! with the field's path and a plain message. Nothing here panics on any input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use super::{Case, Charge, FORMAT, When};

/// The most charges one case may hold. A record with more is better screened with a
/// lawyer or split into several cases.
pub const MAX_CHARGES: usize = 50;

/// The earliest date any fact may carry.
pub const EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date");

/// The latest date anything may carry: an expected completion date, or the filing
/// date asked for. Far beyond any real case, and far inside what date arithmetic can
/// reach, so adding a waiting period to any date that passes never overflows.
pub const LATEST: NaiveDate = NaiveDate::from_ymd_opt(2199, 12, 31).expect("a valid date");

/// A problem with one field, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Where the problem is, e.g. "charges[2].arrest_date"; empty for the whole file.
    pub field: String,
    pub message: String,
}

impl FieldError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), message: message.into() }
    }
}

/// Parses and checks a case. `as_of` is the date the case is assessed for: no fact
/// may be dated after it (except an expected completion date).
pub fn parse_case(json: &str, as_of: NaiveDate) -> Result<Case, Vec<FieldError>> {
    if !json.trim_start().starts_with('{') {
        return Err(vec![FieldError::new("", "A case is a JSON object, written { ... }. The case format is described at /api/v1/schema.")]);
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let case: Case = match serde_path_to_error::deserialize(&mut de) {
        Ok(case) => case,
        Err(err) => {
            let field = err.path().to_string();
            let field = if field == "." { String::new() } else { field };
            return Err(vec![FieldError::new(field, serde_message(err.inner()))]);
        }
    };
    if let Err(e) = de.end() {
        return Err(vec![FieldError::new("", format!("There is extra text after the case, at line {}.", e.line()))]);
    }
    let errors = check(&case, as_of);
    if errors.is_empty() { Ok(case) } else { Err(errors) }
}

/// Every problem with an already-parsed case.
pub fn check(case: &Case, as_of: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Err(e) = case.validate() {
        flatten("", &e, &mut errors);
    }
    if let Some(format) = &case.format
        && format != FORMAT
    {
        errors.push(FieldError::new("format", format!("This file is not a saved case from this site (expected \"{FORMAT}\").")));
    }
    if case.charges.is_empty() {
        errors.push(FieldError::new("charges", "Add at least one charge."));
    }
    if case.charges.len() > MAX_CHARGES {
        errors.push(FieldError::new(
            "charges",
            format!("This case has {} charges. One case can hold at most {MAX_CHARGES}; split the record into smaller cases, or get help from a lawyer.", case.charges.len()),
        ));
    }
    for (i, name) in case.petitioner.other_names.iter().enumerate() {
        text_field(&format!("petitioner.other_names[{i}]"), name, super::NAME_MAX, &mut errors);
    }
    date_field("petitioner.date_of_birth", case.petitioner.date_of_birth, as_of, &mut errors);
    date_field("history.last_conviction_date", case.history.last_conviction_date.map(When::first), as_of, &mut errors);
    date_field("history.prior_felony_expunction_date", case.history.prior_felony_expunction_date, as_of, &mut errors);
    for (i, charge) in case.charges.iter().enumerate().take(MAX_CHARGES) {
        charge_dates(i, charge, as_of, &mut errors);
        blank_fields(i, charge, &mut errors);
    }
    if let Some(dob) = case.petitioner.date_of_birth {
        for (i, c) in case.charges.iter().enumerate() {
            if c.arrest_date.is_some_and(|a| a.last() < dob) {
                errors.push(FieldError::new(
                    format!("charges[{i}].arrest_date"),
                    "The arrest date is before your date of birth. Check both dates.",
                ));
            }
        }
    }
    errors
}

fn charge_dates(i: usize, c: &Charge, as_of: NaiveDate, errors: &mut Vec<FieldError>) {
    let path = |f: &str| format!("charges[{i}].{f}");
    date_field(&path("arrest_date"), c.arrest_date.map(When::first), as_of, errors);
    date_field(&path("disposition_date"), c.disposition_date.map(When::first), as_of, errors);
    date_field(&path("sentence_completion_date"), c.sentence_completion_date.map(When::first), as_of, errors);
    match c.expected_completion_date {
        Some(d) if d < EARLIEST => {
            errors.push(FieldError::new(path("expected_completion_date"), "This date is too far in the past. Check the year."))
        }
        Some(d) if d > LATEST => {
            errors.push(FieldError::new(path("expected_completion_date"), "This date is too far in the future. Check the year."))
        }
        _ => {}
    }
    if let (Some(arrest), Some(end)) = (c.arrest_date, c.disposition_date)
        && end.last() < arrest.first()
    {
        errors.push(FieldError::new(path("disposition_date"), "The case cannot end before the arrest. Check both dates."));
    }
    if let (Some(end), Some(done)) = (c.disposition_date, c.sentence_completion_date)
        && done.last() < end.first()
    {
        errors.push(FieldError::new(
            path("sentence_completion_date"),
            "The sentence cannot be finished before the case ended. Check both dates.",
        ));
    }
    if c.sentence_completed == Some(super::Answer::No) && c.sentence_completion_date.is_some() {
        errors.push(FieldError::new(
            path("sentence_completion_date"),
            "You said the sentence is not finished, but gave a date it was finished. Change one of the two.",
        ));
    }
}

fn date_field(field: &str, date: Option<NaiveDate>, as_of: NaiveDate, errors: &mut Vec<FieldError>) {
    match date {
        Some(d) if d > as_of => errors
            .push(FieldError::new(field, format!("This date is in the future (after {}). Check the year.", as_of.format("%B %-d, %Y")))),
        Some(d) if d < EARLIEST => errors.push(FieldError::new(field, "This date is too far in the past. Check the year.")),
        _ => {}
    }
}

fn blank_fields(i: usize, c: &Charge, errors: &mut Vec<FieldError>) {
    let fields: [(&str, &Option<String>); 8] = [
        ("label", &c.label),
        ("offence", &c.offence),
        ("statute", &c.statute),
        ("case_number", &c.case_number),
        ("arresting_agency", &c.arresting_agency),
        ("detention_facility", &c.detention_facility),
        ("court.county", &c.court.county),
        ("court.city", &c.court.city),
    ];
    for (name, value) in fields {
        if let Some(v) = value
            && v.trim().is_empty()
            && !v.is_empty()
        {
            errors.push(FieldError::new(format!("charges[{i}].{name}"), "This is only spaces. Write something, or leave it out."));
        }
    }
}

fn text_field(field: &str, value: &str, max: usize, errors: &mut Vec<FieldError>) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, "This is empty. Write something, or leave it out."));
    } else if value.chars().count() > max {
        errors.push(FieldError::new(field, format!("This is too long. Keep it under {max} characters.")));
    }
}

/// Turns validator's nested errors into a flat list with paths.
fn flatten(prefix: &str, errors: &ValidationErrors, out: &mut Vec<FieldError>) {
    let mut fields: Vec<_> = errors.errors().iter().collect();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    for (field, kind) in fields {
        let path = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    out.push(FieldError::new(path.clone(), plain(e)));
                }
            }
            ValidationErrorsKind::Struct(inner) => flatten(&path, inner, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    flatten(&format!("{path}[{i}]"), inner, out);
                }
            }
        }
    }
}

fn plain(e: &validator::ValidationError) -> String {
    let max = e.params.get("max").and_then(|v| v.as_u64());
    let min = e.params.get("min").and_then(|v| v.as_u64());
    let len = e.params.get("value").and_then(|v| v.as_str()).map(|s| s.chars().count());
    if e.code == "printable" {
        return e.message.as_deref().unwrap_or("This has characters the court papers cannot print.").to_string();
    }
    match e.message.as_deref() {
        Some("text") if len == Some(0) => "This is empty. Write something, or leave it out.".into(),
        Some("text") => format!("This is too long. Keep it under {} characters.", max.unwrap_or_default()),
        Some("phone") => format!("Enter a phone number with {} to {} characters.", min.unwrap_or(7), max.unwrap_or(30)),
        Some("email") => "This does not look like an email address. It should look like name@example.com.".into(),
        Some("bac") => "Enter the test result as a number like 0.08.".into(),
        Some("too_many_names") => "List at most 10 other names.".into(),
        _ => "This answer is not valid.".into(),
    }
}

/// serde's message, made plain for the common cases.
fn serde_message(e: &serde_json::Error) -> String {
    let raw = e.to_string();
    let at = format!(" (line {}, column {})", e.line(), e.column());
    let core = raw.split(" at line ").next().unwrap_or(&raw);
    if e.is_syntax() || e.is_eof() {
        return format!("This is not a valid case file: the JSON is damaged{at}.");
    }
    if let Some(rest) = core.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected.replace("one of ", "");
        return format!("{value} is not one of the allowed answers: {expected}.").replace('`', "\"");
    }
    if let Some(rest) = core.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest);
        return format!("There is no field called {name} here.").replace('`', "\"");
    }
    if let Some(rest) = core.strip_prefix("missing field ") {
        return format!("The field {rest} is required.").replace('`', "\"");
    }
    if core.contains("premature end of input")
        || core.contains("input contains invalid characters")
        || core.contains("input is out of range")
        || core.contains("trailing input")
        || core.contains("input is not enough")
    {
        return "Use a real date written like 2024-03-15.".into();
    }
    // A date that may be given as a month or a year (`When`).
    if core.contains("is not a date written like") {
        return "Use a real date written like 2024-03-15, or 2024-03 or 2024 when that is all you know.".into();
    }
    if let Some(rest) = core.strip_prefix("invalid type: ").or_else(|| core.strip_prefix("invalid value: ")) {
        let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
        return format!("This value is the wrong kind here: it should be {}{at}.", plain_kind(expected));
    }
    if let Some(rest) = core.strip_prefix("invalid length ") {
        let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
        return format!("This has the wrong number of parts: it should be {}{at}.", plain_kind(expected));
    }
    // Anything else serde says is in its own words: give ours, and where to look.
    format!("This value cannot be read here{at}. The case format is described at /api/v1/schema.")
}

/// What serde expected, in words a person reads: "a list", "a number", "an object".
fn plain_kind(expected: &str) -> &'static str {
    let e = expected.trim_start_matches("a ").trim_start_matches("an ");
    if e.starts_with("struct") || e.starts_with("map") || e.contains("object") {
        "an object, written { ... }"
    } else if e.starts_with("sequence") || e.starts_with("tuple") || e.contains("list") {
        "a list, written [ ... ]"
    } else if e.starts_with("string") || e.starts_with("str") || e.contains("date") || e.starts_with("variant") {
        "text in quotes"
    } else if e.starts_with("bool") {
        "true or false"
    } else if e.starts_with('u') || e.starts_with('i') || e.starts_with('f') || e.contains("number") || e.contains("integer") {
        "a number"
    } else {
        "as the case format describes it (see /api/v1/schema)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of() -> NaiveDate {
        "2026-11-23".parse().unwrap()
    }

    fn errors(json: &str) -> Vec<FieldError> {
        parse_case(json, as_of()).expect_err("should be rejected")
    }

    #[test]
    fn an_unknown_answer_names_the_field_and_the_choices() {
        let e = errors(r#"{"charges":[{"outcome":"forgiven"}]}"#);
        assert_eq!(e[0].field, "charges[0].outcome");
        assert!(e[0].message.contains("dismissed"), "{}", e[0].message);
    }

    #[test]
    fn an_impossible_date_is_rejected_in_plain_words() {
        let e = errors(r#"{"charges":[{"arrest_date":"2023-02-30"}]}"#);
        assert_eq!(e[0].field, "charges[0].arrest_date");
        assert_eq!(e[0].message, "Use a real date written like 2024-03-15, or 2024-03 or 2024 when that is all you know.");
        let e = errors(r#"{"petitioner":{"date_of_birth":"1990-02-30"}}"#);
        assert_eq!(e[0].message, "Use a real date written like 2024-03-15.", "a date of birth is always a day");
    }

    #[test]
    fn a_date_after_as_of_is_in_the_future() {
        let e = errors(r#"{"charges":[{"outcome":"dismissed","disposition_date":"2027-01-01"}]}"#);
        assert_eq!(e[0].field, "charges[0].disposition_date");
        assert!(e[0].message.contains("future"));
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let e = errors(r#"{"charges":[{"offence":"","arrest_date":"2020-05-01","disposition_date":"2019-01-01","case_number":"   "}]}"#);
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert!(fields.contains(&"charges[0].offence"), "{fields:?}");
        assert!(fields.contains(&"charges[0].disposition_date"), "{fields:?}");
        assert!(fields.contains(&"charges[0].case_number"), "{fields:?}");
    }

    #[test]
    fn too_many_charges_are_refused_with_the_cap() {
        let charges = vec![r#"{"outcome":"dismissed"}"#; MAX_CHARGES + 1].join(",");
        let e = errors(&format!(r#"{{"charges":[{charges}]}}"#));
        assert!(e.iter().any(|e| e.field == "charges" && e.message.contains("at most 50")));
    }

    #[test]
    fn damaged_json_is_reported_without_a_panic() {
        let e = errors(r#"{"charges":[{"outcome":"dismis"#);
        assert!(e[0].message.contains("damaged"));
    }

    #[test]
    fn unknown_fields_are_named() {
        let e = errors(r#"{"charges":[{"colour":"red"}]}"#);
        assert_eq!(e[0].field, "charges[0].colour");
        assert!(e[0].message.contains("colour"));
    }

    #[test]
    fn a_foreign_format_tag_is_refused() {
        let e = errors(r#"{"format":"other/app@2","charges":[{"outcome":"dismissed"}]}"#);
        assert_eq!(e[0].field, "format");
    }

    #[test]
    fn a_long_text_gets_the_limit() {
        let long = "x".repeat(201);
        let e = errors(&format!(r#"{{"charges":[{{"offence":"{long}"}}]}}"#));
        assert!(e[0].message.contains("under 200"), "{}", e[0].message);
    }
}

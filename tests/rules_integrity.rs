//! The rule files load, and every kind of mistake in them stops loading with the file
//! and the line.

use std::path::Path;

use expunge_ms::rules::{self, RulesError, load_dir};

fn rules_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/ms"))
}

/// A copy of rules/ms with one file changed by `edit`.
fn broken(file: &str, edit: impl Fn(&str) -> String) -> Vec<RulesError> {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(rules_dir()).unwrap().flatten() {
        let name = entry.file_name();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let text = if name.to_string_lossy() == file { edit(&text) } else { text };
        std::fs::write(dir.path().join(&name), text).unwrap();
    }
    load_dir(dir.path()).expect_err("the broken rules must not load")
}

fn assert_reported(errors: &[RulesError], file: &str, line: usize, words: &str) {
    assert!(
        errors.iter().any(|e| e.file.ends_with(file) && e.line == Some(line) && e.message.contains(words)),
        "expected {file}:{line} \"{words}\" in {errors:#?}"
    );
}

fn line_of(file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(rules_dir().join(file)).unwrap();
    text[..text.find(needle).expect("needle in file")].matches('\n').count() + 1
}

#[test]
fn the_embedded_rules_load_and_have_a_version() {
    let book = rules::embedded().expect("embedded rules load");
    assert!(book.version.starts_with("ms-") && book.version.len() == 15, "{}", book.version);
}

#[test]
fn the_rules_directory_loads_with_the_same_version_as_the_embedded_rules() {
    let from_dir = load_dir(rules_dir()).expect("rules/ms loads");
    assert_eq!(from_dir.version, rules::embedded().unwrap().version);
}

#[test]
fn an_unknown_key_names_the_file_and_line() {
    let errors = broken("routes.toml", |t| t.replacen("letter = \"A\"", "letter = \"A\"\ncolour = \"red\"", 1));
    assert_reported(&errors, "routes.toml", line_of("routes.toml", "letter = \"A\"") + 1, "colour");
}

#[test]
fn overlapping_periods_are_refused() {
    let errors = broken("parameters.toml", |t| t.replacen("from = 2026-07-01\nvalue = 3", "from = 2026-06-30\nvalue = 3", 1));
    let line = line_of("parameters.toml", "[[felony_waiting_years.periods]]\nfrom = 2026-07-01");
    assert_reported(&errors, "parameters.toml", line, "overlaps");
}

#[test]
fn a_gap_between_periods_is_refused() {
    let errors = broken("parameters.toml", |t| t.replacen("from = 2026-07-01\nvalue = 3", "from = 2026-07-02\nvalue = 3", 1));
    let line = line_of("parameters.toml", "[[felony_waiting_years.periods]]\nfrom = 2026-07-01");
    assert_reported(&errors, "parameters.toml", line, "gap");
}

#[test]
fn a_period_starting_after_covers_from_is_refused() {
    let errors = broken("parameters.toml", |t| {
        t.replacen("[[dui_waiting_years.periods]]\nfrom = 2019-07-01", "[[dui_waiting_years.periods]]\nfrom = 2020-01-01", 1)
    });
    assert_reported(&errors, "parameters.toml", line_of("parameters.toml", "[[dui_waiting_years.periods]]"), "covers_from");
}

#[test]
fn a_missing_citation_is_refused() {
    let errors = broken("parameters.toml", |t| t.replacen("citation = \"Miss. Code Ann. § 63-11-30(13)(a)\"\n", "", 1));
    assert!(
        errors.iter().any(|e| e.file.ends_with("parameters.toml") && e.line.is_some() && e.message.contains("citation")),
        "{errors:#?}"
    );
}

#[test]
fn a_document_that_does_not_exist_is_a_dangling_reference() {
    let errors = broken("routes.toml", |t| t.replacen("bring = [\"charging_document\"", "bring = [\"birth_certificate\"", 1));
    assert_reported(&errors, "routes.toml", line_of("routes.toml", "id = \"non_conviction\""), "birth_certificate");
}

#[test]
fn a_reason_the_engine_needs_cannot_be_removed() {
    let errors = broken("reasons.toml", |t| t.replace("[reason.felony_waited]", "[reason.felony_waited_renamed]"));
    assert!(errors.iter().any(|e| e.message.contains("reason [reason.felony_waited]")), "{errors:#?}");
    assert_reported(&errors, "reasons.toml", line_of("reasons.toml", "[reason.felony_waited]"), "not used by the engine");
}

#[test]
fn an_unknown_placeholder_is_refused() {
    let errors = broken("reasons.toml", |t| t.replacen("passed on {date}", "passed on {when}", 1));
    assert_reported(&errors, "reasons.toml", line_of("reasons.toml", "[reason.felony_waited]"), "{when}");
}

#[test]
fn a_malformed_code_section_is_refused() {
    let errors = broken("exclusions.toml", |t| t.replacen("sections = [\"97-9-113\"]", "sections = [\"97-9\"]", 1));
    assert_reported(&errors, "exclusions.toml", line_of("exclusions.toml", "id = \"witness_intimidation\""), "not a code section");
}

#[test]
fn one_name_cannot_mean_two_offences() {
    let errors = broken("offences.toml", |t| {
        t.replacen("aliases = [\"felony larceny\", \"grand theft\"", "aliases = [\"felony larceny\", \"shoplifting\", \"grand theft\"", 1)
    });
    assert!(errors.iter().any(|e| e.message.contains("\"shoplifting\" is used by both")), "{errors:#?}");
}

#[test]
fn an_offence_without_a_citation_or_a_source_is_refused_at_its_line() {
    let id = "id = \"petit_larceny\"";
    let errors = broken("offences.toml", |t| {
        t.replacen("citation = \"Miss. Code Ann. § 97-17-43\"\n", "", 1).replacen(
            "source = \"https://law.justia.com/codes/mississippi/title-97/chapter-17/section-97-17-43/\"\n",
            "",
            1,
        )
    });
    assert_reported(&errors, "offences.toml", line_of("offences.toml", id), "needs a `citation`");
    assert_reported(&errors, "offences.toml", line_of("offences.toml", id), "needs a `source` URL or a `source_note`");
}

#[test]
fn an_offence_that_can_be_either_level_needs_a_level_note() {
    let errors = broken("offences.toml", |t| t.replacen("level_note = \"Felony if the damage is $1,000 or more.\"\n", "", 1));
    assert_reported(&errors, "offences.toml", line_of("offences.toml", "id = \"malicious_mischief\""), "needs a `level_note`");
}

#[test]
fn an_offence_source_must_be_a_web_address() {
    let from = "source = \"https://law.justia.com/codes/mississippi/title-97/chapter-17/section-97-17-43/\"";
    let errors = broken("offences.toml", |t| t.replacen(from, "source = \"law.justia.com\"", 1));
    assert_reported(&errors, "offences.toml", line_of("offences.toml", from), "is not a web address");
}

/// The catalogue never decides exclusion: no entry names a part of a section that an
/// exclusion list names as a whole (that would make the part look unlisted), unless the
/// list names that part too or the entry sends it to a lawyer.
#[test]
fn no_offence_entry_names_a_part_of_a_listed_section() {
    let book = rules::embedded().unwrap();
    let listed: Vec<rules::Section> = book
        .exclusions
        .iter()
        .flat_map(|e| e.sections.iter())
        .chain(book.violence.item.iter().flat_map(|i| i.sections.iter()))
        .filter_map(|s| rules::Section::parse(s))
        .collect();
    for off in book.offences.offence.iter().filter(|o| o.review.is_none()) {
        for s in off.sections.iter().filter_map(|s| rules::Section::parse(s)) {
            let inside = listed.iter().any(|l| s.within(l) && s != *l);
            let named = listed.contains(&s);
            assert!(!inside || named, "offence \"{}\": {s} is part of a listed section", off.id.get_ref());
        }
    }
}

#[test]
fn every_offence_has_a_level_and_a_source() {
    let book = rules::embedded().unwrap();
    assert!(book.offences.offence.len() >= 100, "{}", book.offences.offence.len());
    for off in &book.offences.offence {
        assert!(!off.citation.is_empty() && (off.source.is_some() || off.source_note.is_some()), "{}", off.id.get_ref());
        if off.level == rules::OffenceLevel::Either {
            assert!(off.level_note.is_some(), "{}", off.id.get_ref());
        }
    }
}

#[test]
fn fee_shares_must_add_up_to_the_fee() {
    let errors = broken("parameters.toml", |t| t.replacen("amount = 40", "amount = 45", 1));
    assert!(errors.iter().any(|e| e.message.contains("add up to 155")), "{errors:#?}");
}

#[test]
fn a_syntax_error_names_its_line() {
    let errors = broken("facts.toml", |t| t.replacen("[fact.\"charge.level\"]", "[fact.\"charge.level\"", 1));
    assert_reported(&errors, "facts.toml", line_of("facts.toml", "[fact.\"charge.level\"]"), "");
}

#[test]
fn an_id_written_without_spaces_is_reported_at_its_own_line() {
    let errors = broken("routes.toml", |t| t.replacen("id = \"federal\"", "id=\"federl\"", 1));
    assert_reported(&errors, "routes.toml", line_of("routes.toml", "id = \"federal\""), "route \"federl\" is not one the engine knows");
    assert_reported(&errors, "routes.toml", line_of("routes.toml", "[[route]]"), "the engine needs a route with id \"federal\"");

    let errors = broken("exclusions.toml", |t| {
        t.replacen("id = \"witness_intimidation\"", "id=\"witness_intimidation\"", 1).replacen(
            "sections = [\"97-9-113\"]",
            "sections = [\"97-9\"]",
            1,
        )
    });
    assert_reported(&errors, "exclusions.toml", line_of("exclusions.toml", "id = \"witness_intimidation\""), "not a code section");
}

#[test]
fn an_error_deep_in_a_file_is_reported_at_its_exact_line() {
    // The same address is both the website and the source: the line of the wrong one.
    let errors = broken("help.toml", |t| t.replacen("source = \"https://www.msbar.org\"", "source = \"www.msbar.org\"", 1));
    assert_reported(
        &errors,
        "help.toml",
        line_of("help.toml", "source = \"https://www.msbar.org\""),
        "\"www.msbar.org\" is not a web address",
    );

    let errors = broken("facts.toml", |t| t.replacen("value = \"revoked\"", "value = \"revokd\"", 1));
    assert_reported(
        &errors,
        "facts.toml",
        line_of("facts.toml", "value = \"revoked\""),
        "an option \"revokd\" the case format does not know",
    );

    // The last of two identical sentences, near the end of the file.
    let sentence = "\"Expungement is proper under {citation}.\"";
    let text = std::fs::read_to_string(rules_dir().join("papers.toml")).unwrap();
    let at = text.rfind(sentence).unwrap();
    let errors =
        broken("papers.toml", |t| format!("{}\"Expungement is proper under {{citaton}}.\"{}", &t[..at], &t[at + sentence.len()..]));
    assert_reported(&errors, "papers.toml", text[..at].matches('\n').count() + 1, "unknown placeholder {citaton}");
}

#[test]
fn a_missing_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let errors = load_dir(dir.path()).expect_err("empty directory");
    assert!(errors.iter().any(|e| e.file.ends_with("rulebook.toml") && e.message.contains("cannot read")));
}

#[test]
fn an_extra_rule_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(rules_dir()).unwrap().flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.path().join("extra.toml"), "x = 1\n").unwrap();
    let errors = load_dir(dir.path()).expect_err("extra file");
    assert!(errors.iter().any(|e| e.file.ends_with("extra.toml")));
}

#[test]
fn every_assessed_route_names_its_procedure_and_every_route_has_a_source() {
    let book = rules::embedded().unwrap();
    for route in &book.routes {
        assert!(route.source.is_some() || route.source_note.is_some(), "{}", route.id);
        if route.kind == rules::RouteKind::Assessed {
            assert!(!route.bring.is_empty(), "{} lists nothing to bring", route.id);
        }
    }
}

#[test]
fn the_published_json_schema_matches_the_case_types() {
    let published: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/case.schema.json")).unwrap()).unwrap();
    assert_eq!(published, expunge_ms::case::json_schema(), "run: cargo run -- schema > public/case.schema.json");
}

#[test]
fn a_help_phone_number_that_is_not_one_is_refused_at_its_line() {
    let errors = broken("help.toml", |t| t.replacen("phone = \"601-960-9577\"", "phone = \"960-9577\"", 1));
    assert_reported(&errors, "help.toml", line_of("help.toml", "phone = \"601-960-9577\""), "\"960-9577\" is not a phone number");
}

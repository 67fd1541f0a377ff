//! The words of the screens (`rules/text/<language>/site.ftl`, Project Fluent): every
//! word the screens use must be in the English file and no other, every translation
//! must have exactly the English messages with the same `{ $name }`s, and a mistake
//! names the file and the line.

use std::sync::Arc;

use expunge_ms::questionnaire::words::Words;
use expunge_ms::rules::Lang;
use expunge_ms::rules::messages::Messages;

const ENGLISH: &str = include_str!("../rules/text/en/site.ftl");
const SPANISH: &str = include_str!("../rules/text/es/site.ftl");
const FILE: &str = "rules/text/en/site.ftl";

fn parse(text: &str) -> Result<Words, Vec<expunge_ms::rules::RulesError>> {
    let messages = Messages::parse(Lang::En, FILE, text)?;
    Words::from_messages(Arc::new(messages)).map_err(|e| vec![e])
}

#[test]
fn the_words_load_in_every_language() {
    for lang in Lang::ALL {
        let words = Words::embedded(lang);
        assert!(words.is_ok(), "{lang}: {:?}", words.err());
    }
}

#[test]
fn a_missing_word_is_an_error_naming_the_file_and_the_word() {
    let text = ENGLISH.replace("review-see_results = See my results\n", "");
    assert_ne!(text, ENGLISH, "the line to take out is in the file");
    let e = parse(&text).expect_err("a missing word is refused").remove(0);
    assert_eq!(e.file, FILE);
    assert!(e.message.contains("review-see_results"), "{e}");
}

#[test]
fn an_extra_word_is_an_error_naming_the_file_and_line() {
    let text = ENGLISH.replace("results-in_short = In short\n", "results-in_short = In short\nresults-in_long = In long\n");
    assert_ne!(text, ENGLISH, "the line to add after is in the file");
    let e = parse(&text).expect_err("an extra word is refused").remove(0);
    assert!(e.message.contains("results-in_long"), "{e}");
    let line = text.lines().position(|l| l.starts_with("results-in_long")).expect("the added line") + 1;
    assert_eq!(e.line, Some(line), "{e}");
    assert!(e.to_string().starts_with(&format!("{FILE}:{line}: ")), "{e}");
}

#[test]
fn an_unknown_placeholder_is_an_error_naming_the_file_and_line() {
    let text = ENGLISH.replace("Case number { $number }", "Case number { $cause }");
    assert_ne!(text, ENGLISH);
    let e = parse(&text).expect_err("an unknown placeholder is refused").remove(0);
    assert!(e.message.contains("$cause") && e.message.contains("$number"), "{e}");
    let line = text.lines().position(|l| l.contains("$cause")).expect("the changed line") + 1;
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn a_translation_missing_a_word_or_with_one_too_many_is_refused_with_the_line() {
    let en = Messages::parse(Lang::En, FILE, ENGLISH).unwrap();
    let spanish_line = SPANISH.lines().find(|l| l.starts_with("frame-back =")).expect("frame-back is translated");
    let missing = SPANISH.replace(&format!("{spanish_line}\n"), "");
    let es = Messages::parse(Lang::Es, "rules/text/es/site.ftl", &missing).unwrap();
    let errors: Vec<String> = es.compare(&en).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.contains("`frame-back` is missing")), "{errors:?}");
    let extra = format!("{SPANISH}\nframe-backk = Atrás\n");
    let es = Messages::parse(Lang::Es, "rules/text/es/site.ftl", &extra).unwrap();
    let line = extra.lines().count();
    let errors: Vec<String> = es.compare(&en).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.starts_with(&format!("rules/text/es/site.ftl:{line}:")) && e.contains("frame-backk")), "{errors:?}");
}

#[test]
fn a_translation_must_fill_in_the_same_names() {
    let en = Messages::parse(Lang::En, FILE, ENGLISH).unwrap();
    let text = SPANISH.replacen("{ $max }", "{ $maximo }", 1);
    assert_ne!(text, SPANISH);
    let es = Messages::parse(Lang::Es, "rules/text/es/site.ftl", &text).unwrap();
    let errors: Vec<String> = es.compare(&en).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.contains("{ $max }")), "{errors:?}");
}

#[test]
fn the_spanish_rules_name_a_contradicted_level_in_spanish() {
    let sources = expunge_ms::rules::embedded_sources().unwrap();
    let spanish = expunge_ms::rules::translate::load_in(&sources, Lang::Es).unwrap();
    let case = r#"{"charges":[{"offence":"grand larceny","level":"misdemeanor","outcome":"convicted","court":{"kind":"circuit","county":"Hinds"}}]}"#;
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let a = expunge_ms::engine::assess_json(&spanish, case, as_of).unwrap();
    let reasons: Vec<&str> = a.charges[0].reasons.iter().map(|r| &*r.explanation).collect();
    let reason = reasons.iter().find(|r| r.contains("grand larceny")).unwrap_or_else(|| panic!("{reasons:?}"));
    assert!(reason.contains("era un delito menor (misdemeanor)"), "{reason}");
    assert!(reason.contains("es un delito grave (felony)"), "{reason}");
}

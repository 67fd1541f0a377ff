//! The questionnaire's words file (`rules/text/en.toml`): every key the screens use
//! must be in it and no other, and a mistake names the file and the line.

use expunge_ms::questionnaire::words::Words;

const ENGLISH: &str = include_str!("../rules/text/en.toml");

#[test]
fn the_english_words_load() {
    let words = Words::parse("rules/text/en.toml", ENGLISH);
    assert!(words.is_ok(), "{:?}", words.err());
}

#[test]
fn a_missing_key_is_an_error_naming_the_file_and_line() {
    let text = ENGLISH.replace("see_results = \"See my results\"\n", "");
    assert_ne!(text, ENGLISH, "the line to take out is in the file");
    let e = Words::parse("rules/text/en.toml", &text).expect_err("a missing key is refused");
    assert_eq!(e.file, "rules/text/en.toml");
    assert!(e.message.contains("see_results"), "{e}");
    let review = ENGLISH.lines().position(|l| l == "[review]").expect("a [review] table") + 1;
    assert_eq!(e.line, Some(review), "the line of the table that lacks it: {e}");
    assert!(e.to_string().starts_with(&format!("rules/text/en.toml:{review}: ")), "{e}");
}

#[test]
fn an_extra_key_is_an_error_naming_the_file_and_line() {
    let text = ENGLISH.replace("in_short = \"In short\"\n", "in_short = \"In short\"\nin_long = \"In long\"\n");
    assert_ne!(text, ENGLISH, "the line to add after is in the file");
    let e = Words::parse("rules/text/en.toml", &text).expect_err("an extra key is refused");
    assert_eq!(e.file, "rules/text/en.toml");
    assert!(e.message.contains("in_long"), "{e}");
    let line = text.lines().position(|l| l.starts_with("in_long")).expect("the added line") + 1;
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn an_unknown_placeholder_is_an_error_naming_the_file_and_line() {
    let text = ENGLISH.replace("Case number {number}", "Case number {cause}");
    assert_ne!(text, ENGLISH);
    let e = Words::parse("rules/text/en.toml", &text).expect_err("an unknown placeholder is refused");
    assert!(e.message.contains("{cause}") && e.message.contains("{number}"), "{e}");
    let line = text.lines().position(|l| l.contains("{cause}")).expect("the changed line") + 1;
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn a_language_without_a_file_is_an_error() {
    let e = Words::embedded("xx").expect_err("no such file");
    assert_eq!(e.file, "rules/text/xx.toml");
}

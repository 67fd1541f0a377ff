//! Plain words: every question, hint, option, error message, reason and exclusion
//! explanation a person reads, in English, is at grade 8 or below (Flesch–Kincaid,
//! measured on the whole text, with names of statutes, courts and offences put aside:
//! see `readability/mod.rs` for how each is counted).
//!
//! Measured: in `rules/ms/facts.toml` each question, `help`, option `label` and `hint`,
//! and `about` as it is shown ("You were not sure {about}."); every `text` in
//! `rules/ms/reasons.toml`; every `explanation` in `rules/ms/exclusions.toml`; and every
//! message in `rules/text/en/site.ftl` (the screens' and pages' words, error messages
//! among them).
//!
//! Short texts: a grade needs words to stand on. A text under [`MIN_WORDS`] words (a
//! label such as "Circuit court" or "Nolle prosequi (\"nol pros\")") is measured and
//! listed when the test is run with `--nocapture`, but is not failed: one long word in
//! three gives a grade above 20 whatever the word. Such a label must be explained by the
//! hint beside it, which is measured. A test below checks the exemption stays small.

mod readability;

use readability::{Grade, grade, grade_naming};
use toml::Value;

/// The highest grade allowed.
const MAX_GRADE: f64 = 8.0;
/// Texts with fewer words than this are not failed (see the module's doc).
const MIN_WORDS: usize = 4;

struct Text {
    key: String,
    text: String,
    /// Offence names in this text, put aside like the names in `readability::NAMES`.
    names: Vec<String>,
}

fn load(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    toml::from_str(&text).expect(path)
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn facts(out: &mut Vec<Text>) {
    let file = load("rules/ms/facts.toml");
    let facts = file.get("fact").and_then(Value::as_table).expect("[fact] tables");
    for (name, fact) in facts {
        let at = |field: &str| format!("facts.toml fact.\"{name}\".{field}");
        for field in ["question", "help"] {
            if let Some(t) = str_of(fact, field) {
                out.push(Text { key: at(field), text: t.to_string(), names: vec![] });
            }
        }
        if let Some(t) = str_of(fact, "about") {
            out.push(Text { key: at("about"), text: format!("You were not sure {t}."), names: vec![] });
        }
        for option in fact.get("options").and_then(Value::as_array).into_iter().flatten() {
            let value = str_of(option, "value").unwrap_or("?");
            for field in ["label", "hint"] {
                if let Some(t) = str_of(option, field) {
                    out.push(Text { key: at(&format!("options[{value}].{field}")), text: t.to_string(), names: vec![] });
                }
            }
        }
    }
}

fn reasons(out: &mut Vec<Text>) {
    let file = load("rules/ms/reasons.toml");
    let reasons = file.get("reason").and_then(Value::as_table).expect("[reason] tables");
    for (name, reason) in reasons {
        let text = str_of(reason, "text").expect("every reason has a text");
        out.push(Text { key: format!("reasons.toml reason.{name}.text"), text: text.to_string(), names: vec![] });
    }
    let file = load("rules/ms/exclusions.toml");
    for exclusion in file.get("exclusion").and_then(Value::as_array).expect("[[exclusion]]") {
        let id = str_of(exclusion, "id").unwrap_or("?");
        let name = str_of(exclusion, "name").unwrap_or_default().to_string();
        if let Some(t) = str_of(exclusion, "explanation") {
            out.push(Text { key: format!("exclusions.toml exclusion[{id}].explanation"), text: t.to_string(), names: vec![name] });
        }
    }
}

/// The screens' words (`rules/text/en/site.ftl`), each message with its `{ $name }`s
/// left as `{name}`, as the other files write them.
fn site_words(out: &mut Vec<Text>) {
    use expunge_ms::rules::Lang;
    use expunge_ms::rules::messages::Messages;
    let text = std::fs::read_to_string("rules/text/en/site.ftl").expect("rules/text/en/site.ftl");
    let messages = Messages::parse(Lang::En, "rules/text/en/site.ftl", &text).expect("the English words parse");
    for id in messages.ids() {
        let values: Vec<(&str, String)> = messages.vars(id).into_iter().map(|v| (v, format!("{{{v}}}"))).collect();
        let text = messages.format(id, &values).unwrap_or_default();
        out.push(Text { key: format!("site.ftl {id}"), text, names: vec![] });
    }
}

fn every_text() -> Vec<Text> {
    let mut out = Vec::new();
    facts(&mut out);
    reasons(&mut out);
    site_words(&mut out);
    out
}

fn graded() -> Vec<(Text, Grade)> {
    every_text()
        .into_iter()
        .map(|t| {
            let names: Vec<&str> = t.names.iter().map(String::as_str).collect();
            let g = grade_naming(&t.text, &names);
            (t, g)
        })
        .collect()
}

#[test]
fn every_text_a_person_reads_is_at_grade_8_or_below() {
    let all = graded();
    let mut over: Vec<String> = Vec::new();
    for (t, g) in &all {
        let short = g.words < MIN_WORDS;
        println!("{:6.1}{} {} ({} words, {} sentences)", g.grade, if short { " short" } else { "" }, t.key, g.words, g.sentences);
        if !short && g.grade > MAX_GRADE {
            over.push(format!("{}: grade {:.1}: {}", t.key, g.grade, t.text));
        }
    }
    assert!(over.is_empty(), "{} texts are above grade {MAX_GRADE}:\n{}", over.len(), over.join("\n"));
}

#[test]
fn the_texts_are_found() {
    let all = every_text();
    for key in [
        "facts.toml fact.\"charge.outcome\".question",
        "facts.toml fact.\"charge.outcome\".options[nolle_prosequi].hint",
        "reasons.toml reason.felony_waited.text",
        "exclusions.toml exclusion[crime_of_violence].explanation",
        "site.ftl fact-answer_required",
        "site.ftl start-lead",
        "site.ftl errors-date",
    ] {
        assert!(all.iter().any(|t| t.key == key), "{key} is measured");
    }
    assert!(all.len() > 300, "{} texts", all.len());
}

#[test]
fn few_texts_are_too_short_to_grade() {
    // The exemption is for labels. If most texts were exempt, the test above would
    // say little: sentences (questions, hints, reasons, errors) are all graded.
    let all = graded();
    let short: Vec<&str> = all.iter().filter(|(_, g)| g.words < MIN_WORDS).map(|(t, _)| t.key.as_str()).collect();
    for (t, g) in &all {
        // "{explanation}" is filled with an exclusion's explanation, graded on its own.
        let only_placeholder = t.text.starts_with('{') && t.text.ends_with('}') && t.text.matches('{').count() == 1;
        let is_sentence =
            !only_placeholder && (t.key.ends_with(".question") || t.key.ends_with(".help") || t.key.starts_with("reasons.toml"));
        assert!(!is_sentence || g.words >= MIN_WORDS, "{} is a sentence yet too short to grade: {}", t.key, t.text);
    }
    assert!(short.len() * 2 < all.len(), "{} of {} texts are too short to grade", short.len(), all.len());
}

/// For writers: `READ_TEXT="Some words." cargo test --test reading_grade grade_of_a_text -- --ignored --nocapture`
/// prints the grade of a text before it goes into a file.
#[test]
#[ignore = "a tool for writers; reads READ_TEXT"]
fn grade_of_a_text() {
    let text = std::env::var("READ_TEXT").unwrap_or_default();
    for line in text.split('|') {
        println!("{:?}  {line}", grade(line));
    }
}

#[test]
fn a_hard_text_would_fail() {
    let g = grade("The prosecutor's nolle prosequi constitutes a discontinuance of prosecution notwithstanding subsequent indictment.");
    assert!(g.words >= MIN_WORDS && g.grade > MAX_GRADE, "{g:?}");
}

//! The rules in another language: the same files, with each text a person reads
//! replaced by its translation from `rules/text/<language>/rules.ftl`.
//!
//! The law stays in one place. The English rule files hold every value and every
//! English word; a translation holds only words, one Fluent message for each text,
//! named by the text's place in its file: `facts-fact-charge_outcome-question` is the
//! `question` of `[fact."charge.outcome"]` in `facts.toml`. A table in a list is
//! named by its `id`, `value`, `slug` or `key` when it has one, or else by its place,
//! counted from one. The rules in a language are read by the same loader with the same
//! checks; a missing or extra message, or a `{ $name }` the English text does not
//! have, stops the program with the file and the line.
//!
//! Which texts are words is set here, by the name of their key: the petition and the
//! order stay in English (the courts require it), so only the filing instructions of
//! `papers.toml` are translated.

use include_dir::{Dir, include_dir};

use super::load::{Source, Sources};
use super::messages::{Lang, Messages};
use super::text::placeholders;
use super::{RuleBook, RulesError};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules/text");

/// The keys whose texts a person reads, in each rule file.
fn is_words(file: &str, path: &[String]) -> bool {
    // A numbered text of a list is words when its list's key is: `paragraphs-2`.
    let Some(key) = path.iter().rev().map(String::as_str).find(|s| !s.chars().all(|c| c.is_ascii_digit())) else { return false };
    match file {
        "rulebook.toml" => matches!(key, "disclaimer" | "review_status") || path.first().is_some_and(|p| p == "words"),
        "exclusions.toml" | "crimes_of_violence.toml" => matches!(key, "name" | "explanation"),
        "routes.toml" => matches!(key, "name" | "explanation" | "headline" | "explain"),
        "reasons.toml" => key == "text",
        "facts.toml" => matches!(key, "question" | "help" | "about" | "label" | "hint" | "heading" | "lead"),
        // What each number is, and where the filing fee goes ("How this works").
        "parameters.toml" => matches!(key, "description" | "to"),
        "courts.toml" => {
            matches!(key, "display" | "prosecutor" | "circuit_display" | "circuit_prosecutor" | "practice_citation" | "office")
        }
        "documents.toml" => matches!(key, "name" | "explain"),
        "learn.toml" => matches!(key, "title" | "summary" | "heading" | "paragraphs"),
        "help.toml" => matches!(key, "does" | "text" | "hours" | "label"),
        "papers.toml" => path.first().is_some_and(|p| p == "instructions") && key != "records",
        _ => false,
    }
}

/// One text a person reads, in the English rule files.
#[derive(Debug, Clone)]
pub struct Words {
    /// Its message id.
    pub id: String,
    /// The rule file it is in, e.g. "facts.toml".
    pub file: &'static str,
    /// The English.
    pub english: String,
}

/// Every text a person reads in the rule files, in file order.
pub fn words(sources: &Sources) -> Result<Vec<Words>, Vec<RulesError>> {
    let mut out = Vec::new();
    for src in sources.all() {
        let table = parse(src)?;
        let stem = src.name.trim_end_matches(".toml");
        walk_table(&table, &mut Vec::new(), &mut |path, text| {
            if is_words(src.name, path) {
                out.push(Words { id: format!("{}-{}", segment(stem), path.join("-")), file: src.name, english: text.to_string() });
            }
        });
    }
    Ok(out)
}

/// The English texts as a Fluent file: the source a translator works from
/// (`expunge-ms texts`).
pub fn english_source(sources: &Sources) -> Result<String, Vec<RulesError>> {
    let mut out = String::from("# The words of the rule files, to translate. Made by `expunge-ms texts`; the English is in rules/ms/.\n");
    let mut file = "";
    for w in words(sources)? {
        if w.file != file {
            file = w.file;
            out.push_str(&format!("\n## {file}\n"));
        }
        out.push_str(&format!("{} = {}\n", w.id, to_fluent(&w.english)));
    }
    Ok(out)
}

/// The rules in `lang`: the English rules for English; otherwise the same files with
/// their words translated, checked by the same loader. Their version is the English
/// rules' version: the law is the same.
pub fn load_in(sources: &Sources, lang: Lang) -> Result<RuleBook, Vec<RulesError>> {
    if lang == Lang::En {
        return super::load(sources);
    }
    let name = format!("{}/rules.ftl", lang.code());
    let text = EMBEDDED.get_file(&name).and_then(|f| f.contents_utf8()).unwrap_or_default();
    let messages = Messages::parse(lang, &format!("rules/text/{name}"), text)?;
    let translated = translate(sources, &messages)?;
    let mut book = super::load(&translated)?;
    // The version of the English files, without reading them into rules a second time.
    book.version = sources.version();
    Ok(book)
}

/// The sources with every text a person reads replaced by its message.
fn translate(sources: &Sources, messages: &Messages) -> Result<Sources, Vec<RulesError>> {
    let mut errors = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    let mut translated = sources.clone();
    for src in translated.all_mut() {
        let mut table = parse(src)?;
        let stem = segment(src.name.trim_end_matches(".toml"));
        replace_table(&mut table, &mut Vec::new(), &mut |path, english| {
            if !is_words(src.name, path) {
                return None;
            }
            let id = format!("{stem}-{}", path.join("-"));
            let wanted: Vec<&str> = placeholders(english);
            let error = |line, message| RulesError { file: messages.file.clone(), line, message };
            if !messages.has(&id) {
                errors.push(error(None, format!("`{id}` is missing: the translation of {}: {english}", src.name)));
                return None;
            }
            let mut vars = messages.vars(&id);
            vars.sort_unstable();
            let mut expected = wanted.clone();
            expected.sort_unstable();
            expected.dedup();
            if vars != expected {
                let names = expected.iter().map(|n| format!("{{ ${n} }}")).collect::<Vec<_>>().join(", ");
                errors.push(error(messages.line(&id), format!("`{id}` must use exactly these names: {names}")));
            }
            used.insert(id.clone());
            // The rule files' own placeholders, `{name}`, are filled in later.
            let values: Vec<(&str, String)> = wanted.iter().map(|n| (*n, format!("{{{n}}}"))).collect();
            messages.format(&id, &values)
        });
        src.text = toml::to_string(&table).map_err(|e| vec![RulesError { file: src.shown.clone(), line: None, message: e.to_string() }])?;
        src.shown = format!("{} ({})", src.shown, messages.file);
    }
    for id in messages.ids().filter(|id| !used.contains(*id)) {
        errors.push(RulesError {
            file: messages.file.clone(),
            line: messages.line(id),
            message: format!("`{id}` is not a text of the rules"),
        });
    }
    if errors.is_empty() { Ok(translated) } else { Err(errors) }
}

fn parse(src: &Source) -> Result<toml::Table, Vec<RulesError>> {
    toml::from_str(&src.text).map_err(|e| vec![RulesError { file: src.shown.clone(), line: None, message: e.message().to_string() }])
}

/// A part of a message id: letters, digits and `_` only.
fn segment(part: &str) -> String {
    part.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

/// The name of the `i`-th table of a list: its id, value, slug or key, or its number.
fn item_name(value: &toml::Value, i: usize) -> String {
    let named = value.as_table().and_then(|t| ["id", "value", "slug", "key"].iter().find_map(|k| t.get(*k)?.as_str()));
    named.map(segment).unwrap_or_else(|| (i + 1).to_string())
}

fn walk_table(table: &toml::Table, path: &mut Vec<String>, f: &mut impl FnMut(&[String], &str)) {
    for (key, value) in table {
        path.push(segment(key));
        walk_value(value, path, f);
        path.pop();
    }
}

fn walk_value(value: &toml::Value, path: &mut Vec<String>, f: &mut impl FnMut(&[String], &str)) {
    match value {
        toml::Value::String(s) => f(path, s),
        toml::Value::Table(t) => walk_table(t, path, f),
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(if item.is_str() { (i + 1).to_string() } else { item_name(item, i) });
                walk_value(item, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

fn replace_table(table: &mut toml::Table, path: &mut Vec<String>, f: &mut impl FnMut(&[String], &str) -> Option<String>) {
    for (key, value) in table.iter_mut() {
        path.push(segment(key));
        replace_value(value, path, f);
        path.pop();
    }
}

fn replace_value(value: &mut toml::Value, path: &mut Vec<String>, f: &mut impl FnMut(&[String], &str) -> Option<String>) {
    match value {
        toml::Value::String(s) => {
            if let Some(new) = f(path, s) {
                *s = new;
            }
        }
        toml::Value::Table(t) => replace_table(t, path, f),
        toml::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let name = if item.is_str() { (i + 1).to_string() } else { item_name(item, i) };
                path.push(name);
                replace_value(item, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

/// An English text written as a Fluent message's value.
fn to_fluent(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let close = after.find('}').filter(|_| after.starts_with('{'));
        match close.map(|c| &after[1..c]).filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')) {
            Some(name) => {
                out.push_str(&format!("{{ ${name} }}"));
                rest = &after[name.len() + 2..];
            }
            None => {
                out.push_str(&format!("{{\"{}\"}}", &after[..1]));
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    if let Some(tail) = out.strip_prefix(' ') {
        out = format!("{{\" \"}}{tail}");
    }
    if let Some(head) = out.strip_suffix(' ') {
        out = format!("{head}{{\" \"}}");
    }
    if out.starts_with(['[', '*', '.']) {
        out = format!("{{\"{}\"}}{}", &out[..1], &out[1..]);
    }
    out.replace('\n', "\n    ")
}

//! Words in Project Fluent's format (`.ftl`), read with the `fluent` crates: one file
//! of messages per language, each message named by an id such as `frame-back`.
//!
//! Fluent is made for translators: a message is plain text with `{ $name }` for what
//! the site fills in, plural forms are chosen by the language's own rules
//! (`{ $n -> [one] … *[other] … }`), comments say where a text appears, and
//! translation tools read the files as they are. A file is checked at load: a syntax
//! error, and (against the English file) a missing or extra message or a different
//! set of `{ $name }`s, stops the program with the file and the line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::RulesError;

/// The languages of the site. English is the source; every other language must have
/// exactly its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's code, as in `lang="es"` and `rules/text/es/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// What the site's addresses start with in this language: nothing for English,
    /// `/es` for Spanish.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
        }
    }

    /// The language's name in itself, for the link that switches to it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language of a path, and the path as it would be in English: `/es/check` is
    /// Spanish and `/check`; `/es` is Spanish and `/`.
    pub fn of_path(path: &str) -> (Lang, &str) {
        match path.strip_prefix("/es") {
            Some("") => (Lang::Es, "/"),
            Some(rest) if rest.starts_with('/') => (Lang::Es, rest),
            _ => (Lang::En, path),
        }
    }

    /// The address of the English `path` in this language.
    pub fn path(self, path: &str) -> String {
        match (self, path) {
            (Lang::En, _) => path.to_string(),
            (_, "/") => self.prefix().to_string(),
            _ => format!("{}{path}", self.prefix()),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One message's place in its file and the `{ $name }`s it uses.
#[derive(Debug, Clone)]
struct Entry {
    line: usize,
    vars: BTreeSet<String>,
}

/// One language's messages from one `.ftl` file.
pub struct Messages {
    pub lang: Lang,
    /// The file, as it is named in errors.
    pub file: String,
    bundle: FluentBundle<FluentResource>,
    entries: BTreeMap<String, Entry>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).field("file", &self.file).field("messages", &self.entries.len()).finish()
    }
}

impl Messages {
    /// Reads the messages of `text`; `file` names it in errors.
    pub fn parse(lang: Lang, file: &str, text: &str) -> Result<Messages, Vec<RulesError>> {
        let error = |line, message: String| RulesError { file: file.to_string(), line, message };
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                return Err(errors
                    .iter()
                    .map(|e| error(Some(line_at(text, e.pos.start)), format!("not a Fluent message: {}", e.kind)))
                    .collect());
            }
        };
        let mut entries = BTreeMap::new();
        let mut problems = Vec::new();
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    let line = line_of(text, m.id.name);
                    if m.value.is_none() {
                        problems.push(error(Some(line), format!("`{}` has no text", m.id.name)));
                    }
                    let mut vars = BTreeSet::new();
                    m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).for_each(|p| pattern_vars(p, &mut vars));
                    if entries.insert(m.id.name.to_string(), Entry { line, vars }).is_some() {
                        problems.push(error(Some(line), format!("`{}` is given twice", m.id.name)));
                    }
                }
                ast::Entry::Term(t) => problems.push(error(Some(line_of(text, t.id.name)), "terms (-name) are not used here".into())),
                _ => {}
            }
        }
        let mut bundle = FluentBundle::new_concurrent(vec![lang.code().parse().expect("a language code is a language identifier")]);
        // The words go into HTML and PDFs, which order the text themselves.
        bundle.set_use_isolating(false);
        // NUMBER(), for ordinals: "3rd" in English.
        if let Err(e) = bundle.add_builtins() {
            problems.push(error(None, e.to_string()));
        }
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.into_iter().map(|e| error(None, e.to_string())));
        }
        if problems.is_empty() { Ok(Messages { lang, file: file.to_string(), bundle, entries }) } else { Err(problems) }
    }

    /// Every message id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Whether the file has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// The line of the message `id`.
    pub fn line(&self, id: &str) -> Option<usize> {
        self.entries.get(id).map(|e| e.line)
    }

    /// The `{ $name }`s the message `id` uses.
    pub fn vars(&self, id: &str) -> Vec<&str> {
        self.entries.get(id).map(|e| e.vars.iter().map(String::as_str).collect()).unwrap_or_default()
    }

    /// The message `id` with its `{ $name }`s filled in. A value that is a whole
    /// number is given as a number, so plural forms follow it. Lines the file wrapped
    /// are joined; a blank line (a new paragraph) is kept as "\n\n". `None` only for an
    /// id the file does not have.
    pub fn format(&self, id: &str, values: &[(&str, String)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut args = FluentArgs::new();
        for (name, value) in values {
            match value.parse::<i64>() {
                Ok(n) if !value.starts_with('0') || value == "0" => args.set(*name, FluentValue::from(n)),
                _ => args.set(*name, FluentValue::from(value.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(unwrap_lines(&text))
    }

    /// What is wrong with this language's file against the source language's: every
    /// message missing or extra, and every message whose `{ $name }`s differ.
    pub fn compare(&self, source: &Messages) -> Vec<RulesError> {
        let mut errors = Vec::new();
        for (id, entry) in &source.entries {
            match self.entries.get(id) {
                None => errors.push(RulesError {
                    file: self.file.clone(),
                    line: None,
                    message: format!("`{id}` is missing (it is at {}:{})", source.file, entry.line),
                }),
                Some(own) if own.vars != entry.vars => errors.push(RulesError {
                    file: self.file.clone(),
                    line: Some(own.line),
                    message: format!("`{id}` must use exactly {}, as {} does", names(&entry.vars), source.file),
                }),
                Some(_) => {}
            }
        }
        for (id, own) in &self.entries {
            if !source.entries.contains_key(id) {
                errors.push(RulesError {
                    file: self.file.clone(),
                    line: Some(own.line),
                    message: format!("`{id}` is not a message of {}; remove it or check its name", source.file),
                });
            }
        }
        errors
    }
}

/// The `{ $name }`s of a set, for a message.
fn names(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() { "no { $name }".to_string() } else { vars.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(", ") }
}

/// Text as a person reads it: the lines of a wrapped paragraph joined by a space,
/// paragraphs kept apart by one blank line.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n").map(|p| p.replace('\n', " ")).collect::<Vec<_>>().join("\n\n")
}

/// Every variable a pattern refers to, in selectors and in every variant.
fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            variants.iter().for_each(|v| pattern_vars(&v.value, vars));
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, vars));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, vars));
        }
        _ => {}
    }
}

/// The line (from 1) of byte `at` in `text`.
fn line_at(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// The line where the message `id` starts.
fn line_of(text: &str, id: &str) -> usize {
    text.lines().position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))).map(|i| i + 1).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str =
        "a = Hello { $name }\nb = { $n ->\n    [one] { $n } charge\n   *[other] { $n } charges\n}\nc =\n    One\n    line.\n\n    Two.\n";

    #[test]
    fn messages_are_filled_with_plural_forms_and_paragraphs() {
        let m = Messages::parse(Lang::En, "en.ftl", EN).unwrap();
        assert_eq!(m.format("a", &[("name", "Ana".into())]).as_deref(), Some("Hello Ana"));
        assert_eq!(m.format("b", &[("n", "1".into())]).as_deref(), Some("1 charge"));
        assert_eq!(m.format("b", &[("n", "3".into())]).as_deref(), Some("3 charges"));
        assert_eq!(m.format("c", &[]).as_deref(), Some("One line.\n\nTwo."));
        assert_eq!(m.vars("b"), vec!["n"]);
        assert_eq!(m.line("c"), Some(6));
    }

    #[test]
    fn a_translation_must_have_every_message_with_the_same_names() {
        let en = Messages::parse(Lang::En, "en.ftl", EN).unwrap();
        let es = Messages::parse(Lang::Es, "es.ftl", "a = Hola { $nombre }\nc = Uno.\nd = Extra\n").unwrap();
        let errors: Vec<String> = es.compare(&en).iter().map(ToString::to_string).collect();
        assert!(errors.iter().any(|e| e.starts_with("es.ftl:1:") && e.contains("{ $name }")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("`b` is missing")), "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("es.ftl:3:") && e.contains("`d`")), "{errors:?}");
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let Err(errors) = Messages::parse(Lang::En, "en.ftl", "a = fine\nb without an equals sign\nc = fine\n") else {
            panic!("bad Fluent loads")
        };
        assert_eq!(errors[0].line, Some(2), "{errors:?}");
    }

    #[test]
    fn paths_carry_the_language() {
        assert_eq!(Lang::of_path("/es/check"), (Lang::Es, "/check"));
        assert_eq!(Lang::of_path("/es"), (Lang::Es, "/"));
        assert_eq!(Lang::of_path("/establish"), (Lang::En, "/establish"));
        assert_eq!(Lang::Es.path("/"), "/es");
        assert_eq!(Lang::Es.path("/learn/cost"), "/es/learn/cost");
        assert_eq!(Lang::En.path("/help"), "/help");
    }
}

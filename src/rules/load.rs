//! Reading the rule files by name, parsing them and running each file's checks. Every
//! problem is reported with the file and the line of the span the TOML parser gives.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::courts::CourtsFile;
use super::documents::DocumentsFile;
use super::exclusions::ExclusionsFile;
use super::facts::FactsFile;
use super::help::HelpSource;
use super::learn::LearnFile;
use super::reasons::ReasonsFile;
use super::routes::RoutesFile;
use super::text::placeholders;
use super::{Meta, OffenceFile, Papers, Parameters, RuleBook, ViolenceList};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules/ms");

/// A problem in the rules, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesError {
    /// The file, as `rules/ms/NAME` for embedded rules or the path read.
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for RulesError {}

/// One rule file as read.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// Its name in `rules/ms/`, e.g. "routes.toml".
    pub name: &'static str,
    /// The name its problems are reported under: `rules/ms/NAME` for the built-in
    /// rules, or the path read.
    pub shown: String,
    pub text: String,
}

/// Every rule file, each under its own name.
#[derive(Debug, Clone)]
pub struct Sources {
    pub rulebook: Source,
    pub parameters: Source,
    pub exclusions: Source,
    pub violence: Source,
    pub offences: Source,
    pub routes: Source,
    pub reasons: Source,
    pub facts: Source,
    pub courts: Source,
    pub documents: Source,
    pub learn: Source,
    pub help: Source,
    pub papers: Source,
}

impl Sources {
    /// Reads every rule file with `read`, which is given each file's name; every file
    /// that cannot be read is reported.
    pub fn read(mut read: impl FnMut(&'static str) -> Result<Source, RulesError>) -> Result<Sources, Vec<RulesError>> {
        let mut errors = Vec::new();
        let mut file = |name| {
            read(name).unwrap_or_else(|e| {
                errors.push(e);
                Source::default()
            })
        };
        let sources = Sources {
            rulebook: file("rulebook.toml"),
            parameters: file("parameters.toml"),
            exclusions: file("exclusions.toml"),
            violence: file("crimes_of_violence.toml"),
            offences: file("offences.toml"),
            routes: file("routes.toml"),
            reasons: file("reasons.toml"),
            facts: file("facts.toml"),
            courts: file("courts.toml"),
            documents: file("documents.toml"),
            learn: file("learn.toml"),
            help: file("help.toml"),
            papers: file("papers.toml"),
        };
        if errors.is_empty() { Ok(sources) } else { Err(errors) }
    }

    /// Every file, to change, in the order `read` reads them.
    pub(super) fn all_mut(&mut self) -> [&mut Source; 13] {
        [
            &mut self.rulebook,
            &mut self.parameters,
            &mut self.exclusions,
            &mut self.violence,
            &mut self.offences,
            &mut self.routes,
            &mut self.reasons,
            &mut self.facts,
            &mut self.courts,
            &mut self.documents,
            &mut self.learn,
            &mut self.help,
            &mut self.papers,
        ]
    }

    /// Every file, in the order `read` reads them.
    pub(super) fn all(&self) -> [&Source; 13] {
        [
            &self.rulebook,
            &self.parameters,
            &self.exclusions,
            &self.violence,
            &self.offences,
            &self.routes,
            &self.reasons,
            &self.facts,
            &self.courts,
            &self.documents,
            &self.learn,
            &self.help,
            &self.papers,
        ]
    }

    /// Identifies the rule set in every output: "ms-" and the start of the SHA-256 of
    /// every rule file's name and bytes.
    pub(super) fn version(&self) -> String {
        let mut hash = Sha256::new();
        for file in self.all() {
            hash.update(file.name.as_bytes());
            hash.update([0]);
            hash.update(file.text.as_bytes());
            hash.update([0]);
        }
        let digest = hash.finalize();
        let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        format!("ms-{hex}")
    }
}

/// The rules built into this binary.
pub fn embedded() -> Result<RuleBook, Vec<RulesError>> {
    load(&embedded_sources()?)
}

/// The rule files built into this binary.
pub fn embedded_sources() -> Result<Sources, Vec<RulesError>> {
    Sources::read(|name| {
        let text = EMBEDDED.get_file(name).and_then(|f| f.contents_utf8()).unwrap_or_default();
        Ok(Source { name, shown: format!("rules/ms/{name}"), text: text.to_string() })
    })
}

/// Rules read from a directory that holds the same files as `rules/ms/`, and no other
/// `.toml` file.
pub fn load_dir(dir: &Path) -> Result<RuleBook, Vec<RulesError>> {
    load(&dir_sources(dir)?)
}

/// The rule files of a directory that holds the same files as `rules/ms/`, and no
/// other `.toml` file.
pub fn dir_sources(dir: &Path) -> Result<Sources, Vec<RulesError>> {
    let mut names = Vec::new();
    let sources = Sources::read(|name| {
        names.push(name);
        let path = dir.join(name);
        let shown = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Source { name, shown, text }),
            Err(e) => Err(RulesError { file: shown, line: None, message: format!("cannot read this file: {e}") }),
        }
    });
    let mut errors = sources.as_ref().err().cloned().unwrap_or_default();
    errors.extend(unexpected_files(dir, &names));
    match sources {
        Ok(sources) if errors.is_empty() => Ok(sources),
        _ => Err(errors),
    }
}

/// `.toml` files in `dir` that are not rule files, and a directory that cannot be read.
fn unexpected_files(dir: &Path, names: &[&str]) -> Vec<RulesError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return vec![RulesError { file: dir.display().to_string(), line: None, message: format!("cannot read this directory: {e}") }];
        }
    };
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().to_string();
            name.ends_with(".toml") && !names.contains(&name.as_str())
        })
        .map(|entry| RulesError {
            file: entry.path().display().to_string(),
            line: None,
            message: format!("unexpected rule file; the rule files are: {}", names.join(", ")),
        })
        .collect()
}

/// Every rule file read into its types, before the checks.
struct Parsed {
    meta: Meta,
    params: Parameters,
    exclusions: ExclusionsFile,
    violence: ViolenceList,
    offences: OffenceFile,
    routes: RoutesFile,
    reasons: ReasonsFile,
    facts: FactsFile,
    courts: CourtsFile,
    documents: DocumentsFile,
    learn: LearnFile,
    help: HelpSource,
    papers: Papers,
}

/// Checks the rule files and builds the rule book, or reports every problem found.
/// A file that does not parse stops the checks; every file is parsed first.
pub fn load(files: &Sources) -> Result<RuleBook, Vec<RulesError>> {
    let mut report = Report::default();
    let parsed = (
        report.parse(&files.rulebook),
        report.parse(&files.parameters),
        report.parse(&files.exclusions),
        report.parse(&files.violence),
        report.parse(&files.offences),
        report.parse(&files.routes),
        report.parse(&files.reasons),
        report.parse(&files.facts),
        report.parse(&files.courts),
        report.parse(&files.documents),
        report.parse(&files.learn),
        report.parse(&files.help),
        report.parse(&files.papers),
    );
    let (
        Some(meta),
        Some(params),
        Some(exclusions),
        Some(violence),
        Some(offences),
        Some(routes),
        Some(reasons),
        Some(facts),
        Some(courts),
        Some(documents),
        Some(learn),
        Some(help),
        Some(papers),
    ) = parsed
    else {
        return Err(report.errors);
    };
    let parsed = Parsed { meta, params, exclusions, violence, offences, routes, reasons, facts, courts, documents, learn, help, papers };
    match check(&mut report, files, parsed) {
        Some(book) if report.errors.is_empty() => Ok(book),
        _ => Err(report.errors),
    }
}

/// Runs every file's checks and puts the rule book together; `None` only when a check
/// has reported why.
fn check(report: &mut Report, files: &Sources, p: Parsed) -> Option<RuleBook> {
    super::params::check(&mut report.file(&files.parameters), &p.params, p.meta.covers_from);
    for message in p.meta.problems() {
        let line = files.rulebook.text.lines().position(|l| l.trim() == "[words]").map(|i| i + 1);
        report.errors.push(RulesError { file: files.rulebook.shown.clone(), line, message });
    }
    let named_exclusions = super::exclusions::check(&mut report.file(&files.exclusions), &p.exclusions);
    super::violence::check(&mut report.file(&files.violence), &p.violence);
    super::offences::check(&mut report.file(&files.offences), &p.offences);
    let routes = super::routes::check(&mut report.file(&files.routes), p.routes, &p.documents.document);
    let reasons = super::reasons::check(&mut report.file(&files.reasons), p.reasons);
    let facts = super::facts::check(&mut report.file(&files.facts), p.facts);
    let counties = super::courts::check(&mut report.file(&files.courts), &p.courts);
    let learn = super::learn::check(&mut report.file(&files.learn), p.learn);
    let help = super::help::check(&mut report.file(&files.help), p.help);
    super::papers::check(&mut report.file(&files.papers), &p.papers, &p.documents.document);

    let exclusions = p.exclusions.exclusion.into_inner();
    let (named_exclusions, (routes, fees, notices), reasons, (facts, pages)) = (named_exclusions?, routes?, reasons?, facts?);
    Some(RuleBook {
        index: super::catalogue::Index::build(&p.offences, &exclusions, &p.violence),
        named_exclusions,
        version: files.version(),
        meta: p.meta,
        params: p.params,
        exclusions,
        violence: p.violence,
        offences: p.offences,
        routes,
        fees,
        notices,
        reasons,
        facts,
        pages,
        courts: p.courts.court,
        prosecutor_sources: p.courts.prosecutor_source,
        unknown_court: p.courts.unknown,
        counties,
        documents: p.documents.document,
        learn,
        help,
        papers: p.papers,
    })
}

/// The problems found so far, in every rule file.
#[derive(Default)]
struct Report {
    errors: Vec<RulesError>,
}

impl Report {
    /// Reads a rule file into its types; a syntax error, an unknown key or a value of
    /// the wrong type is reported at the line the parser gives.
    fn parse<T: DeserializeOwned>(&mut self, src: &Source) -> Option<T> {
        match toml::from_str::<T>(&src.text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|s| line_at(&src.text, s.start));
                self.errors.push(RulesError { file: src.shown.clone(), line, message: e.message().to_string() });
                None
            }
        }
    }

    /// The checks' view of one file.
    fn file<'a>(&'a mut self, src: &'a Source) -> FileReport<'a> {
        FileReport { src, errors: &mut self.errors }
    }
}

/// Reports problems in one rule file, each at the line of a span the parser gave.
pub(super) struct FileReport<'a> {
    src: &'a Source,
    errors: &'a mut Vec<RulesError>,
}

impl<'a> FileReport<'a> {
    /// A problem with `place`, a value read with its span.
    pub fn at<T>(&mut self, place: &Spanned<T>, message: impl Into<String>) {
        self.at_span(place.span(), message);
    }

    /// A problem at the bytes `span` of the file.
    pub fn at_span(&mut self, span: Range<usize>, message: impl Into<String>) {
        let line = line_at(&self.src.text, span.start);
        self.errors.push(RulesError { file: self.src.shown.clone(), line: Some(line), message: message.into() });
    }

    /// The file's text, for a check that walks its parsed tree.
    pub fn text(&self) -> &'a str {
        let src: &'a Source = self.src;
        &src.text
    }

    /// Reports each placeholder in `text` that is not in `allowed`, at `span`.
    pub fn placeholders(&mut self, span: Range<usize>, what: &str, text: &str, allowed: &[&str]) {
        for name in placeholders(text) {
            if !allowed.contains(&name) {
                let list = if allowed.is_empty() { "none".to_string() } else { allowed.join(", ") };
                self.at_span(span.clone(), format!("{what}: unknown placeholder {{{name}}}; this text can use: {list}"));
            }
        }
    }
}

/// The line of a byte offset, counting from 1.
fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// TOML dates (`2019-07-01`, unquoted) as `NaiveDate`.
pub(crate) mod date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                .ok_or_else(|| serde::de::Error::custom("not a real calendar date")),
            _ => Err(serde::de::Error::custom("expected a date like 2019-07-01, without a time")),
        }
    }
}

/// Optional TOML dates.
pub(crate) mod opt_date {
    use chrono::NaiveDate;
    use serde::Deserializer;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::date::deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_is_read_once_by_its_name() {
        let mut names = Vec::new();
        let sources = Sources::read(|name| {
            names.push(name);
            Ok(Source { name, ..Source::default() })
        })
        .unwrap();
        let read: Vec<&str> = sources.all().iter().map(|s| s.name).collect();
        assert_eq!(read, names);
        let dir: Vec<String> = EMBEDDED.files().map(|f| f.path().display().to_string()).filter(|n| n.ends_with(".toml")).collect();
        assert_eq!(dir.len(), names.len(), "{dir:?}");
        assert!(dir.iter().all(|n| names.contains(&n.as_str())), "{dir:?}");
    }

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }
}

//! Loading the rule files and checking them. Every problem is reported with the file
//! and, where it can be found, the line.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use strum::VariantArray;

use super::text::placeholders;
use super::*;
use crate::case::facts;

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules/ms");

/// The rule files, in the order they are read. Each must be present; no other
/// `.toml` file may be.
pub const FILES: &[&str] = &[
    "rulebook.toml",
    "parameters.toml",
    "exclusions.toml",
    "crimes_of_violence.toml",
    "offences.toml",
    "routes.toml",
    "reasons.toml",
    "facts.toml",
    "courts.toml",
    "documents.toml",
    "learn.toml",
    "help.toml",
    "papers.toml",
];

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

/// The rules built into this binary.
pub fn embedded() -> Result<RuleBook, Vec<RulesError>> {
    let files: Vec<(String, String)> = FILES
        .iter()
        .map(|name| {
            let text = EMBEDDED.get_file(name).and_then(|f| f.contents_utf8()).unwrap_or_default();
            (format!("rules/ms/{name}"), text.to_string())
        })
        .collect();
    load_files(&files)
}

/// Rules read from a directory that holds the same files as `rules/ms/`.
pub fn load_dir(dir: &Path) -> Result<RuleBook, Vec<RulesError>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for name in FILES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(e) => {
                errors.push(RulesError { file: path.display().to_string(), line: None, message: format!("cannot read this file: {e}") })
            }
        }
    }
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().to_string();
                if name.ends_with(".toml") && !FILES.contains(&name.as_str()) {
                    errors.push(RulesError {
                        file: entry.path().display().to_string(),
                        line: None,
                        message: format!("unexpected rule file; the rule files are: {}", FILES.join(", ")),
                    });
                }
            }
        }
        Err(e) => {
            errors.push(RulesError { file: dir.display().to_string(), line: None, message: format!("cannot read this directory: {e}") })
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    load_files(&files)
}

/// Rules from (file name, text) pairs in the order of [`FILES`].
pub fn load_files(files: &[(String, String)]) -> Result<RuleBook, Vec<RulesError>> {
    if files.len() != FILES.len() {
        return Err(vec![RulesError { file: "rules".into(), line: None, message: format!("expected the files {}", FILES.join(", ")) }]);
    }
    let version = version(files);
    let mut cx = Checker { errors: Vec::new() };
    let src = |i: usize| Src { file: &files[i].0, text: &files[i].1 };

    let meta: Option<Meta> = cx.parse(src(0));
    let params: Option<Parameters> = cx.parse(src(1));
    let exclusions: Option<ExclusionsFile> = cx.parse(src(2));
    let violence: Option<ViolenceList> = cx.parse(src(3));
    let offences: Option<OffenceFile> = cx.parse(src(4));
    let routes: Option<RoutesFile> = cx.parse(src(5));
    let reasons: Option<ReasonsFile> = cx.parse(src(6));
    let facts: Option<FactsFile> = cx.parse(src(7));
    let courts: Option<CourtsFile> = cx.parse(src(8));
    let documents: Option<DocumentsFile> = cx.parse(src(9));
    let learn: Option<LearnFile> = cx.parse(src(10));
    let help: Option<HelpFile> = cx.parse(src(11));
    let papers: Option<Papers> = cx.parse(src(12));

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
    ) = (meta, params, exclusions, violence, offences, routes, reasons, facts, courts, documents, learn, help, papers)
    else {
        return Err(cx.errors);
    };

    cx.check_params(src(1), &params, meta.covers_from);
    let named_exclusions = cx.check_exclusions(src(2), &exclusions.exclusion);
    cx.check_violence(src(3), &violence);
    cx.check_offences(src(4), &offences);
    let by_route = cx.check_routes(src(5), &routes, &documents.document);
    let by_reason = cx.check_reasons(src(6), &reasons.reason);
    let by_fact = cx.check_facts(src(7), &facts.fact);
    cx.check_courts(src(8), &courts.court);
    cx.check_counties(src(8), &courts.counties);
    cx.check_learn(src(10), &learn.page);
    cx.check_help(src(11), &help);
    cx.check_papers(src(12), &papers, &routes.route);
    // Each table is `None` only when its check reported why.
    let (Some(named_exclusions), Some(routes_by_id), Some(reasons_by_id), Some(facts_by_id)) =
        (named_exclusions, by_route, by_reason, by_fact)
    else {
        return Err(cx.errors);
    };
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }

    let index = super::catalogue::Index::build(&offences, &exclusions.exclusion, &violence);
    Ok(RuleBook {
        index,
        named_exclusions,
        version,
        meta,
        params,
        exclusions: exclusions.exclusion,
        violence,
        offences,
        routes: routes_by_id,
        fees: routes.fee,
        notices: routes.notice,
        reasons: reasons_by_id,
        facts: facts_by_id,
        courts: courts.court,
        unknown_court: courts.unknown,
        counties: courts.counties,
        documents: documents.document,
        learn: learn.page,
        help,
        papers,
    })
}

fn version(files: &[(String, String)]) -> String {
    let mut hash = Sha256::new();
    for (name, text) in files {
        let short = name.rsplit(['/', '\\']).next().unwrap_or(name);
        hash.update(short.as_bytes());
        hash.update([0]);
        hash.update(text.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("ms-{hex}")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExclusionsFile {
    exclusion: Vec<Exclusion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutesFile {
    fee: FeeTexts,
    notice: NoticeTexts,
    route: Vec<Route>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReasonsFile {
    reason: BTreeMap<String, ReasonDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    fact: BTreeMap<String, FactDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourtsFile {
    counties: Vec<String>,
    court: Courts,
    unknown: UnknownCourt,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LearnFile {
    page: Vec<LearnPage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    document: BTreeMap<String, Arc<DocumentDef>>,
}

#[derive(Clone, Copy)]
struct Src<'a> {
    file: &'a str,
    text: &'a str,
}

impl Src<'_> {
    /// The line of the first occurrence of `needle`, or of its `nth` occurrence.
    fn line_of(&self, needle: &str, nth: usize) -> Option<usize> {
        let (pos, _) = self.text.match_indices(needle).nth(nth)?;
        Some(line_at(self.text, pos))
    }
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

struct Checker {
    errors: Vec<RulesError>,
}

impl Checker {
    /// Every route that can be granted has its wording, and every text uses only the
    /// placeholders the packet builder fills.
    fn check_papers(&mut self, src: Src<'_>, papers: &Papers, routes: &[Route]) {
        const FILLED: &[&str] = &[
            "petitioner",
            "court",
            "prosecutor",
            "days",
            "citation",
            "charges",
            "agencies",
            "county",
            "offences",
            "offence",
            "statute",
            "case_number",
            "arrest_date",
            "agency",
            "date",
            "program",
            "date_of_birth",
            "other_names",
            "rules_version",
        ];
        // Every text of the file, whatever table it is in: a new field is checked too.
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
                serde_json::Value::Object(map) => map.values().for_each(|i| strings(i, out)),
                _ => {}
            }
        }
        let mut texts = Vec::new();
        strings(&serde_json::to_value(papers).unwrap_or_default(), &mut texts);
        for text in &texts {
            for name in super::text::placeholders(text) {
                if !FILLED.contains(&name) {
                    let line = src.line_of(&format!("{{{name}}}"), 0);
                    self.err(src, line, format!("unknown placeholder {{{name}}}; the packet fills {}", FILLED.join(", ")));
                }
            }
        }
        // A name for every kind of program the case format knows, and for no other.
        let kinds = facts::choices(FactKey::ChargeProgramKind);
        for kind in kinds.iter().filter(|k| **k != "unsure") {
            if !papers.charge.program_names.contains_key(*kind) {
                let line = src.line_of("[charge.program_names]", 0);
                self.err(src, line, format!("[charge.program_names]: no name for the program `{kind}`"));
            }
        }
        for kind in papers.charge.program_names.keys() {
            if !kinds.contains(&kind.as_str()) {
                let line = src.line_of(&format!("\n{kind} ="), 0).map(|l| l + 1);
                self.err(src, line, format!("[charge.program_names]: `{kind}` is not a kind of program; they are {}", kinds.join(", ")));
            }
        }
        for route in routes.iter().filter(|r| r.kind == RouteKind::Assessed) {
            if !papers.route.contains_key(&*route.id) {
                let line = src.line_of("[route.", 0);
                self.err(src, line, format!("no wording for the route `{}`: add [route.{}]", route.id, route.id));
            }
        }
        for (id, r) in &papers.route {
            let line = src.line_of(&format!("[route.{id}]"), 0);
            if !routes.iter().any(|route| &*route.id == id && route.kind == RouteKind::Assessed) {
                self.err(src, line, format!("[route.{id}]: no assessed route has this id in routes.toml"));
            }
            if r.statements.is_empty() || r.findings.is_empty() {
                self.err(src, line, format!("[route.{id}]: statements and findings are both needed"));
            }
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, src: Src<'_>) -> Option<T> {
        match toml::from_str::<T>(src.text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|s| line_at(src.text, s.start));
                self.errors.push(RulesError { file: src.file.to_string(), line, message: e.message().to_string() });
                None
            }
        }
    }

    fn err(&mut self, src: Src<'_>, line: Option<usize>, message: impl Into<String>) {
        self.errors.push(RulesError { file: src.file.to_string(), line, message: message.into() });
    }

    fn check_params(&mut self, src: Src<'_>, p: &Parameters, covers_from: NaiveDate) {
        self.check_param(src, "felony_waiting_years", &p.felony_waiting_years, covers_from);
        self.check_param(src, "dui_waiting_years", &p.dui_waiting_years, covers_from);
        self.check_param(src, "misdemeanor_arrest_uncharged_months", &p.misdemeanor_arrest_uncharged_months, covers_from);
        self.check_param(src, "underage_alcohol_waiting_years", &p.underage_alcohol_waiting_years, covers_from);
        self.check_param(src, "good_conduct_years", &p.good_conduct_years, covers_from);
        self.check_param(src, "felony_notice_days", &p.felony_notice_days, covers_from);
        self.check_param(src, "dui_bac_limit_percent", &p.dui_bac_limit_percent, covers_from);
        self.check_param(src, "filing_fee", &p.filing_fee, covers_from);
        for period in &p.filing_fee.periods {
            let total: u32 = period.value.shares.iter().map(|s| s.amount).sum();
            if total != period.value.amount {
                let line = src.line_of("[filing_fee.periods.value]", 0);
                self.err(src, line, format!("filing_fee: the shares add up to {total}, not the fee of {}", period.value.amount));
            }
        }
        for period in &p.dui_bac_limit_percent.periods {
            if !(0.0..1.0).contains(&period.value) {
                let line = src.line_of("[[dui_bac_limit_percent.periods]]", 0);
                self.err(src, line, "dui_bac_limit_percent: a percentage such as 0.16 is expected");
            }
        }
    }

    fn check_param<T>(&mut self, src: Src<'_>, name: &str, param: &Param<T>, covers_from: NaiveDate) {
        let header = format!("[[{name}.periods]]");
        let head_line = src.line_of(&format!("[{name}]"), 0);
        if param.periods.is_empty() {
            self.err(src, head_line, format!("{name}: at least one period is needed"));
            return;
        }
        for (i, period) in param.periods.iter().enumerate() {
            let line = src.line_of(&header, i).or(head_line);
            if period.citation.trim().is_empty() {
                self.err(src, line, format!("{name}: period {} has no citation", i + 1));
            }
            if period.source.is_none() && period.source_note.is_none() {
                self.err(src, line, format!("{name}: period {} needs a `source` URL or a `source_note` naming the source", i + 1));
            }
            if let Some(until) = period.until
                && until < period.from
            {
                self.err(src, line, format!("{name}: period {} ends ({until}) before it starts ({})", i + 1, period.from));
            }
            if i == 0 && period.from > covers_from {
                self.err(
                    src,
                    line,
                    format!(
                        "{name}: the first period starts {}, after covers_from ({covers_from}) in rulebook.toml: that leaves a gap",
                        period.from
                    ),
                );
            }
            if let Some(next) = param.periods.get(i + 1) {
                let next_line = src.line_of(&header, i + 1).or(head_line);
                match period.until {
                    None => self.err(src, line, format!("{name}: period {} has no `until` but is not the last period", i + 1)),
                    Some(until) if next.from <= until => self.err(
                        src,
                        next_line,
                        format!("{name}: period {} starts {} and overlaps the period before it (until {until})", i + 2, next.from),
                    ),
                    Some(until) if until.succ_opt() != Some(next.from) => self.err(
                        src,
                        next_line,
                        format!("{name}: gap between {until} and {}: each period must start the day after the one before ends", next.from),
                    ),
                    Some(_) => {}
                }
            } else if period.until.is_some() {
                self.err(src, line, format!("{name}: the last period must have no `until`, so the rules answer for every later date"));
            }
        }
    }

    /// Returns where each exclusion the engine names is.
    fn check_exclusions(&mut self, src: Src<'_>, exclusions: &[Exclusion]) -> Option<ById<ExclusionId, usize>> {
        let mut seen = HashSet::new();
        for ex in exclusions {
            let line = src.line_of(&format!("id = \"{}\"", ex.id), 0);
            if !seen.insert(ex.id.as_str()) {
                self.err(src, line, format!("exclusion id \"{}\" is used twice", ex.id));
            }
            if ex.citation.trim().is_empty() || ex.explanation.trim().is_empty() {
                self.err(src, line, format!("exclusion \"{}\" needs a citation and an explanation", ex.id));
            }
            if ex.source.is_none() {
                self.err(src, line, format!("exclusion \"{}\" needs a source", ex.id));
            }
            if let Some(until) = ex.until
                && until < ex.from
            {
                self.err(src, line, format!("exclusion \"{}\" ends before it starts", ex.id));
            }
            for s in &ex.sections {
                if Section::parse(s).is_none() {
                    self.err(src, line, format!("exclusion \"{}\": \"{s}\" is not a code section like 97-3-7(2)", ex.id));
                }
            }
        }
        for id in ExclusionId::VARIANTS {
            if !seen.contains(id.as_str()) {
                self.err(src, None, format!("the engine needs an exclusion with id \"{id}\""));
            }
        }
        ById::build(|id: ExclusionId| exclusions.iter().position(|e| e.id == id.as_str()))
    }

    fn check_violence(&mut self, src: Src<'_>, list: &ViolenceList) {
        let mut seen = HashSet::new();
        for item in &list.item {
            let line = src.line_of(&format!("key = \"{}\"", item.key), 0);
            if !seen.insert(item.key.as_str()) {
                self.err(src, line, format!("item key \"{}\" is used twice", item.key));
            }
            if item.sections.is_empty() {
                self.err(src, line, format!("item \"{}\" lists no sections", item.key));
            }
            for s in &item.sections {
                if Section::parse(s).is_none() {
                    self.err(src, line, format!("item \"{}\": \"{s}\" is not a code section", item.key));
                }
            }
        }
    }

    fn check_offences(&mut self, src: Src<'_>, file: &OffenceFile) {
        let mut ids = HashSet::new();
        let mut names: HashMap<String, &str> = HashMap::new();
        for off in &file.offence {
            let line = src.line_of(&format!("id = \"{}\"", off.id), 0);
            if !ids.insert(off.id.as_str()) {
                self.err(src, line, format!("offence id \"{}\" is used twice", off.id));
            }
            for s in &off.sections {
                if Section::parse(s).is_none() {
                    self.err(src, line, format!("offence \"{}\": \"{s}\" is not a code section", off.id));
                }
            }
            if off.sections.is_empty() && off.review.is_none() {
                self.err(src, line, format!("offence \"{}\" has no sections, so it needs a `review` text", off.id));
            }
            if off.review.as_deref().is_some_and(|r| r.trim().is_empty()) {
                self.err(src, line, format!("offence \"{}\": `review` is empty", off.id));
            }
            for name in std::iter::once(&off.name).chain(&off.aliases) {
                let key = super::catalogue::normalise_name(name);
                if key.is_empty() {
                    self.err(src, line, format!("offence \"{}\" has an empty name or alias", off.id));
                } else if let Some(other) = names.insert(key, &off.id)
                    && other != off.id
                {
                    self.err(src, line, format!("the name \"{name}\" is used by both \"{other}\" and \"{}\"", off.id));
                }
            }
        }
    }

    /// Returns the routes in the order of their ids.
    fn check_routes(
        &mut self,
        src: Src<'_>,
        file: &RoutesFile,
        documents: &BTreeMap<String, Arc<DocumentDef>>,
    ) -> Option<ById<RouteId, Route>> {
        let mut seen = HashSet::new();
        for route in &file.route {
            let line = src.line_of(&format!("id = \"{}\"", route.id), 0);
            if !seen.insert(&*route.id) {
                self.err(src, line, format!("route id \"{}\" is used twice", route.id));
            }
            if route.citation.trim().is_empty() || route.explanation.trim().is_empty() {
                self.err(src, line, format!("route \"{}\" needs a citation and an explanation", route.id));
            }
            if route.source.is_none() && route.source_note.is_none() {
                self.err(src, line, format!("route \"{}\" needs a `source` URL or a `source_note`", route.id));
            }
            let procedure = [route.court_decides.is_some(), route.file_in.is_some(), route.fee.is_some(), route.notice.is_some()];
            match route.kind {
                RouteKind::Assessed if procedure.contains(&false) => {
                    self.err(src, line, format!("route \"{}\" is assessed, so it needs court_decides, file_in, fee and notice", route.id))
                }
                RouteKind::Referral if procedure.contains(&true) || !route.bring.is_empty() => self.err(
                    src,
                    line,
                    format!("route \"{}\" is a referral: court_decides, file_in, fee, notice and bring do not apply", route.id),
                ),
                _ => {}
            }
            for doc in &route.bring {
                if !documents.contains_key(doc) {
                    self.err(src, line, format!("route \"{}\" lists document \"{doc}\", which documents.toml does not define", route.id));
                }
            }
        }
        for &id in RouteId::VARIANTS {
            let kind = id.kind();
            match file.route.iter().find(|r| &*r.id == id.as_str()) {
                None => self.err(src, None, format!("the engine needs a route with id \"{id}\"")),
                Some(r) if r.kind != kind => self.err(
                    src,
                    src.line_of(&format!("id = \"{id}\""), 0),
                    format!("route \"{id}\" must have kind = \"{kind:?}\"").to_lowercase(),
                ),
                Some(_) => {}
            }
        }
        for id in &seen {
            if id.parse::<RouteId>().is_err() {
                self.err(src, src.line_of(&format!("id = \"{id}\""), 0), format!("route \"{id}\" is not one the engine knows"));
            }
        }
        let texts = [
            ("[fee.statutory]", &file.fee.statutory.explain, &["amount"][..]),
            ("[fee.unclear]", &file.fee.unclear.explain, &["amount"][..]),
            ("[fee.none_stated]", &file.fee.none_stated.explain, &[][..]),
            ("[notice.felony_da]", &file.notice.felony_da.explain, &["prosecutor", "days"][..]),
            ("[notice.prior_notice]", &file.notice.prior_notice.explain, &["prosecutor"][..]),
            ("[notice.copy_by_practice]", &file.notice.copy_by_practice.explain, &["prosecutor"][..]),
        ];
        for (table, text, allowed) in texts {
            self.check_placeholders(src, src.line_of(table, 0), table, text, allowed);
        }
        ById::build(|id: RouteId| file.route.iter().find(|r| &*r.id == id.as_str()).cloned())
    }

    fn check_placeholders(&mut self, src: Src<'_>, line: Option<usize>, what: &str, text: &str, allowed: &[&str]) {
        for name in placeholders(text) {
            if !allowed.contains(&name) {
                let list = if allowed.is_empty() { "none".to_string() } else { allowed.join(", ") };
                self.err(src, line, format!("{what}: unknown placeholder {{{name}}}; this text can use: {list}"));
            }
        }
    }

    /// Returns the reasons in the order of their ids.
    fn check_reasons(&mut self, src: Src<'_>, reasons: &BTreeMap<String, ReasonDef>) -> Option<ById<ReasonId, ReasonDef>> {
        for &id in ReasonId::VARIANTS {
            if !reasons.contains_key(id.as_str()) {
                self.err(src, None, format!("the engine needs a reason [reason.{id}]"));
            }
            if let Some(def) = reasons.get(id.as_str()) {
                let line = src.line_of(&format!("[reason.{id}]"), 0);
                self.check_placeholders(src, line, &format!("reason.{id}"), &def.text, id.placeholders());
                if def.citation.trim().is_empty() {
                    self.err(src, line, format!("reason.{id} has no citation"));
                }
            }
        }
        for id in reasons.keys() {
            if id.parse::<ReasonId>().is_err() {
                self.err(src, src.line_of(&format!("[reason.{id}]"), 0), format!("reason.{id} is not used by the engine"));
            }
        }
        ById::build(|id: ReasonId| reasons.get(id.as_str()).cloned())
    }

    /// Returns the facts in the order of their keys.
    fn check_facts(&mut self, src: Src<'_>, facts: &BTreeMap<String, FactDef>) -> Option<ById<FactKey, FactDef>> {
        for key in FactKey::VARIANTS {
            if !facts.contains_key(key.as_str()) {
                self.err(src, None, format!("the engine may ask about \"{key}\", but there is no [fact.\"{key}\"]"));
            }
        }
        for (key, fact) in facts {
            let line = src.line_of(&format!("[fact.\"{key}\"]"), 0);
            let Ok(known) = key.parse::<FactKey>() else {
                self.err(src, line, format!("fact \"{key}\" is not one the engine asks about"));
                continue;
            };
            let wanted = facts::choices(known);
            let given: Vec<&str> = fact.options.iter().map(|o| o.value.as_str()).collect();
            for value in wanted.iter().filter(|v| !given.contains(v)) {
                self.err(src, line, format!("fact \"{key}\" needs an option with value = \"{value}\""));
            }
            for value in given.iter().filter(|v| !wanted.contains(v)) {
                let line = src.line_of(&format!("value = \"{value}\""), 0).or(line);
                self.err(src, line, format!("fact \"{key}\" has an option \"{value}\" the case format does not know"));
            }
        }
        ById::build(|key: FactKey| facts.get(key.as_str()).cloned())
    }

    fn check_help(&mut self, src: Src<'_>, help: &HelpFile) {
        for org in &help.org {
            let line = src.line_of(&format!("name = \"{}\"", org.name), 0);
            for url in [Some(&org.source), org.website.as_ref()].into_iter().flatten() {
                if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
                    self.err(src, src.line_of(url, 0).or(line), format!("\"{url}\" is not a web address"));
                }
            }
        }
    }

    fn check_counties(&mut self, src: Src<'_>, counties: &[String]) {
        let line = src.line_of("counties", 0);
        if counties.len() != 82 {
            self.err(src, line, format!("counties lists {} names; Mississippi has 82 counties", counties.len()));
        }
        let mut seen = HashSet::new();
        for name in counties {
            if !seen.insert(name.to_lowercase()) {
                self.err(src, src.line_of(&format!("\"{name}\""), 0).or(line), format!("county \"{name}\" is listed twice"));
            }
        }
    }

    fn check_learn(&mut self, src: Src<'_>, pages: &[LearnPage]) {
        let mut seen = HashSet::new();
        for page in pages {
            let line = src.line_of(&format!("slug = \"{}\"", page.slug), 0);
            if !seen.insert(page.slug.as_str()) {
                self.err(src, line, format!("page slug \"{}\" is used twice", page.slug));
            }
            if page.slug.is_empty() || !page.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                self.err(src, line, format!("page slug \"{}\" must be lower-case letters, digits and hyphens", page.slug));
            }
            if page.sections.is_empty() {
                self.err(src, line, format!("page \"{}\" has no sections", page.slug));
            }
            for section in &page.sections {
                if section.citation.trim().is_empty()
                    || section.paragraphs.iter().any(|p| p.trim().is_empty())
                    || section.paragraphs.is_empty()
                {
                    self.err(
                        src,
                        line,
                        format!("page \"{}\", section \"{}\": every section needs text and a citation", page.slug, section.heading),
                    );
                }
            }
        }
    }

    fn check_courts(&mut self, src: Src<'_>, courts: &Courts) {
        for (key, court) in
            [("circuit", &courts.circuit), ("county", &courts.county), ("justice", &courts.justice), ("municipal", &courts.municipal)]
        {
            let line = src.line_of(&format!("[court.{key}]"), 0);
            let allowed: &[&str] = match court.place {
                Place::County => &["county"],
                Place::City => &["city"],
            };
            for text in [&court.display, &court.caption, &court.prosecutor] {
                self.check_placeholders(src, line, &format!("court.{key}"), text, allowed);
            }
        }
    }
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

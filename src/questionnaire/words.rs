//! The words of the site's screens, read from `rules/text/<language>/site.ftl`
//! (Project Fluent; see `rules::messages`). One field per text, named in the file by
//! its group and its word (`frame-back` is `frame.back`): a missing or extra message is
//! a load error naming the file and line, and a misspelt field in Rust does not compile.
//!
//! A text may hold `{ $name }`s such as `{ $n }`; each text's type says which ones, and
//! any other is a load error. The question texts themselves are in
//! `rules/ms/facts.toml`, with the law's other words.

use std::fmt;
use std::marker::PhantomData;

use include_dir::{Dir, include_dir};
use serde::{Deserialize, Deserializer};

use std::cell::RefCell;
use std::sync::Arc;

pub use super::clinic_words::ClinicWords;
pub use super::site_words::*;
use crate::rules::RulesError;
use crate::rules::messages::{Lang, Messages};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules/text");

/// The placeholders a text may hold.
pub trait Slots {
    const NAMES: &'static [&'static str];
}

macro_rules! slots {
    ($($(#[$doc:meta])* $name:ident: [$($slot:literal),*];)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {}
        impl Slots for $name {
            const NAMES: &'static [&'static str] = &[$($slot),*];
        }
    )*};
}

pub(super) use slots;

slots! {
    /// No placeholder.
    Plain: [];
    /// A count.
    Count: ["n"];
    /// The screen's heading.
    Heading: ["heading"];
    /// The most allowed.
    Max: ["max"];
    /// What was wrong.
    Problem: ["problem"];
    /// A case number.
    Number: ["number"];
    /// A name as typed.
    Name: ["name"];
    /// A charge's number and name.
    ChargeName: ["n", "name"];
    /// A charge's number, how many charges there are, and the charge's name.
    ChargeOfCount: ["n", "count", "name"];
    /// The filing date and the rules' version.
    DateVersion: ["date", "version"];
    /// A date.
    Date: ["date"];
    /// How sure a point is.
    /// What a fact is about, e.g. "whether the charge was dismissed".
    About: ["about"];
    /// A route's name and its law.
    RouteCitation: ["route", "citation"];
    /// An answer, as the person reads it.
    AnswerLabel: ["answer"];
}

/// One text from the words file, with the placeholders `S` allows.
#[derive(Clone)]
pub struct Text<S = Plain> {
    /// The text with nothing filled in: what a text without placeholders says.
    plain: String,
    id: String,
    messages: Arc<Messages>,
    slots: PhantomData<S>,
}

impl<S> PartialEq for Text<S> {
    fn eq(&self, other: &Self) -> bool {
        self.plain == other.plain
    }
}

impl<S> Eq for Text<S> {}

impl<S> Text<S> {
    /// The text as written (for a text without placeholders).
    pub fn as_str(&self) -> &str {
        &self.plain
    }

    /// The text with each placeholder filled in; plural forms follow a number.
    pub fn fill(&self, values: &[(&str, String)]) -> String {
        self.messages.format(&self.id, values).unwrap_or_else(|| self.plain.clone())
    }
}

impl<S> fmt::Display for Text<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain)
    }
}

impl<S> fmt::Debug for Text<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.plain, f)
    }
}

thread_local! {
    /// The messages being read into `Words`: a `Text` is read from its message's id.
    static READING: RefCell<Option<Arc<Messages>>> = const { RefCell::new(None) };
}

impl<'de, S: Slots> Deserialize<'de> for Text<S> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        let Some(messages) = READING.with(|r| r.borrow().clone()) else {
            return Err(serde::de::Error::custom("words are read only from a messages file"));
        };
        if let Some(unknown) = messages.vars(&id).into_iter().find(|p| !S::NAMES.contains(p)) {
            let allowed = if S::NAMES.is_empty() {
                "none".to_string()
            } else {
                S::NAMES.iter().map(|n| format!("{{ ${n} }}")).collect::<Vec<_>>().join(", ")
            };
            return Err(serde::de::Error::custom(format!("unknown placeholder {{ ${unknown} }}; this text may use: {allowed}")));
        }
        let plain = messages.format(&id, &[]).unwrap_or_default();
        Ok(Text { plain, id, messages, slots: PhantomData })
    }
}

/// Every word the questionnaire's screens show, one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub site: SiteWords,
    pub home: HomeWords,
    pub learn: LearnWords,
    pub how: HowWords,
    pub privacy: PrivacyWords,
    pub not_found: NotFoundWords,
    pub help: HelpWords,
    pub errors: ErrorWords,
    pub fault: FaultWords,
    pub page: PageWords,
    pub frame: FrameWords,
    pub common: CommonWords,
    pub start: StartWords,
    pub load: LoadWords,
    pub place: PlaceWords,
    pub details: DetailsWords,
    pub fact: FactWords,
    pub stop: StopWords,
    pub charges: ChargesWords,
    pub review: ReviewWords,
    pub results: ResultsWords,
    pub card: CardWords,
    pub person: PersonWords,
    pub papers: PapersWords,
    pub start_over: StartOverWords,
    pub calendar: CalendarWords,
    /// Clinic mode's pages.
    pub clinic: ClinicWords,
}

/// The page around the questionnaire.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageWords {
    /// The browser's title for a screen.
    pub title: Text<Heading>,
    /// Before the title and before each field's error, for screen readers.
    pub error_prefix: Text,
    pub cannot_start_heading: Text,
    pub cannot_start: Text,
}

/// The parts drawn around every screen: the error summary, the tools, the buttons
/// beside each row.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameWords {
    pub offline: Text,
    pub problem: Text,
    pub back: Text,
    pub save: Text,
    pub print: Text,
    pub start_over: Text,
    pub back_hint: Text,
    pub optional: Text,
    pub change: Text,
    pub remove: Text,
    /// Read by screen readers after "Change" and "Remove".
    pub which_charge: Text<Count>,
    pub free_help: Text,
    pub free_help_link: Text,
}

/// Words used on many screens.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonWords {
    pub next: Text,
    pub yes: Text,
    pub no: Text,
    pub unsure: Text,
    pub dont_know: Text,
    pub not_given: Text,
    pub about_you: Text,
    pub new_charge: Text,
    pub charge_context: Text<ChargeOfCount>,
    pub charge_title: Text<ChargeName>,
    pub too_long: Text<Max>,
    pub unreadable: Text,
    pub form_too_big: Text,
    pub court_required: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartWords {
    pub heading: Text,
    pub lead: Paragraphs,
    pub button: Text,
}

/// Loading a saved answers file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadWords {
    pub heading: Text,
    pub lead: Text,
    pub label: Text,
    pub button: Text,
    pub not_saved_file: Text,
    pub damaged: Text<Problem>,
    pub too_large: Text,
    pub choose_file: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceWords {
    pub heading: Text,
    pub county_label: Text,
    pub county_help: Text,
    pub county_unknown: Text,
    pub city_label: Text,
    pub city_help: Text,
    pub city_required: Text,
    /// The court, its county and its city on one screen.
    pub court_label: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailsWords {
    pub heading: Text,
    pub lead: Text,
    pub copied: Text,
    pub offence_label: Text,
    pub offence_help: Text,
    pub offence_required: Text,
    pub statute_label: Text,
    pub statute_help: Text,
    pub case_number_label: Text,
    pub case_number_help: Text,
    pub arrest_date_label: Text,
    pub arrest_date_help: Text,
    pub agency_label: Text,
    pub agency_help: Text,
    /// What the typed name was understood as: the nearest offences to choose from.
    pub match_lead: Text<Name>,
    pub match_one: Text,
    pub match_several: Text,
    pub match_none: Text<Name>,
    pub match_help: Text,
    pub match_general_hint: Text,
    pub match_number: Text<Number>,
    pub not_listed: Text,
    pub not_listed_hint: Text,
}

/// One of the engine's questions (the question itself is in `rules/ms/facts.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactWords {
    pub date_required: Text,
    pub bac_required: Text,
    pub answer_required: Text,
    pub section_required: Text,
    pub skip_date: Text,
    pub skip_section: Text,
    /// The three boxes of a date, and what to type in them.
    pub month: Text,
    pub day: Text,
    pub year: Text,
    pub date_hint: Text,
    /// The hint where a month and year, or a year, is enough.
    pub date_hint_rough: Text,
    /// Before the help of a date given without its day, when the answer depends on it.
    pub day_needed: Text,
    /// Above a question asked only after a given answer to the one before it.
    pub only_if: Text<AnswerLabel>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopWords {
    pub lead: Text,
    pub change: Text,
    pub remove: Text,
}

/// The list of charges.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChargesWords {
    pub heading: Counted,
    pub none: Text,
    pub lead: Text,
    pub not_finished: Text,
    pub case_number: Text<Number>,
    pub done: Text,
    pub add_same_court: Text,
    pub add_other_court: Text,
    pub add_first: Text,
    pub too_many: Text<Max>,
}

/// "Check your answers", and the labels of its rows.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewWords {
    pub heading: Text,
    pub lead: Text,
    pub see_results: Text,
    pub court: Text,
    pub charge: Text,
    pub statute: Text,
    pub case_number: Text,
    pub arrest_date: Text,
    pub agency: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsWords {
    pub heading: Text,
    pub lead: Text,
    pub get_papers: Text,
    pub change_answers: Text,
    pub in_short: Text,
    pub checked: Text<DateVersion>,
    pub next_heading: Text,
    pub next_steps: Text,
    pub after_you_file: Text,
    pub bring_heading: Text,
    pub bring_lead: Text,
    pub summary: SummaryWords,
}

/// The result in a few words, on each charge's line of "In short".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryWords {
    pub eligible: Text,
    pub eligible_after: Text<Date>,
    pub needs_attorney_review: Text,
    pub needs_more_information: Text,
    pub not_eligible: Text,
    pub not_yet: Text,
}

/// The result card of one charge.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardWords {
    pub route: Text,
    pub why: Text,
    pub good_to_know: Text,
    pub find_out: Text,
    pub still_need: Text<About>,
    pub not_sure: Text<About>,
    pub if_you_file: Text,
    pub where_to_file: Text,
    pub fee: Text,
    pub who_gets_copy: Text,
    pub what_to_bring: Text,
    pub other_ways: Text,
    pub also_applies: Text<RouteCitation>,
    /// A charge the law does not allow to be expunged (not one that must wait).
    pub cannot_headline: Text,
    pub else_heading: Text,
    pub else_help: Text,
    pub else_help_link: Text,
    pub else_pardon: Text,
    pub else_firearms: Text,
    /// The footnote that says how sure the marked reasons are.
    pub notes_heading: Text,
    pub how_sure_secondary: Text,
    pub how_sure_inferred: Text,
}

/// The person's details for the papers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonWords {
    pub heading: Text,
    pub lead: Text,
    pub button: Text,
    pub full_name_label: Text,
    pub full_name_help: Text,
    pub full_name_required: Text,
    /// Each other name is one name: at most `{max}` characters, at most 10 names.
    pub other_names_too_long: Text<Max>,
    pub other_names_too_many: Text,
    pub other_names_label: Text,
    pub other_names_help: Text,
    pub birth_date_label: Text,
    pub birth_date_help: Text,
    pub birth_date_future: Text,
    pub address_label: Text,
    pub address_help: Text,
    pub phone_label: Text,
    pub phone_invalid: Text,
    pub email_label: Text,
    pub email_invalid: Text,
    pub case_number_label: Text<ChargeName>,
    pub case_number_help: Text,
    pub cannot_pay_label: Text,
    pub cannot_pay_help: Text,
    pub rehabilitation_label: Text,
    pub rehabilitation_help: Text,
    pub dui_justification_label: Text,
    pub dui_justification_help: Text,
    /// Above the questions the papers still need.
    pub facts_needed: Text,
    /// Before a question about one charge.
    pub about_charge: Text<ChargeName>,
}

/// "Review your papers", and why papers were not drawn.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PapersWords {
    pub heading: Text,
    pub lead: Text,
    pub change_details: Text,
    pub back_to_results: Text,
    pub download: Text,
    pub nothing_to_file: Text,
    pub did_not_check: Text,
    /// The papers need answers the person has not given: they are asked on the
    /// details step.
    pub missing_facts: Text,
    pub answer_questions: Text,
    pub nothing_drawn: Text,
    pub too_large: Text,
    pub busy: Text,
    pub failed: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartOverWords {
    pub heading: Text,
    pub lead: Counted,
    pub save_first: Text,
    pub keep: Text,
    pub clear: Text,
}

impl Words {
    /// The words built into this binary for `lang`, checked (and, for a translation,
    /// checked against the English).
    pub fn embedded(lang: Lang) -> Result<Words, Vec<RulesError>> {
        let read = |lang: Lang| {
            let name = format!("{}/site.ftl", lang.code());
            let text = EMBEDDED.get_file(&name).and_then(|f| f.contents_utf8()).unwrap_or_default();
            Messages::parse(lang, &format!("rules/text/{name}"), text)
        };
        let messages = read(lang)?;
        if lang != Lang::En {
            let errors = messages.compare(&read(Lang::En)?);
            if !errors.is_empty() {
                return Err(errors);
            }
        }
        Words::from_messages(Arc::new(messages)).map_err(|e| vec![e])
    }

    /// The words of a messages file: one message for each word, named by its place in
    /// `Words` (`frame-back` is `frame.back`). A missing or extra message is an error.
    pub fn from_messages(messages: Arc<Messages>) -> Result<Words, RulesError> {
        let mut tree = serde_json::Map::new();
        for id in messages.ids() {
            let mut parts: Vec<&str> = id.split('-').collect();
            let Some(last) = parts.pop() else { continue };
            let mut node = &mut tree;
            for part in parts {
                let next = node.entry(part.to_string()).or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
                let Some(map) = next.as_object_mut() else {
                    return Err(RulesError {
                        file: messages.file.clone(),
                        line: messages.line(id),
                        message: format!("`{id}` is inside a word, not a group"),
                    });
                };
                node = map;
            }
            node.insert(last.to_string(), serde_json::Value::String(id.to_string()));
        }
        READING.with(|r| *r.borrow_mut() = Some(messages.clone()));
        let read = serde_path_to_error::deserialize::<_, Words>(serde_json::Value::Object(tree));
        READING.with(|r| *r.borrow_mut() = None);
        read.map_err(|e| {
            let group = e.path().iter().map(ToString::to_string).filter(|p| p != "?").collect::<Vec<_>>().join("-");
            let inner = e.into_inner().to_string();
            let named = |prefix: &str| {
                let field = inner.strip_prefix(prefix)?.split('`').next()?;
                // The path ends with an unknown field's name already, not a missing one's.
                Some(if group.is_empty() || group.ends_with(&format!("-{field}")) || group == field {
                    if group.is_empty() { field.to_string() } else { group.clone() }
                } else {
                    format!("{group}-{field}")
                })
            };
            let (line, message) = if let Some(id) = named("unknown field `") {
                (messages.line(&id), format!("`{id}` is not a word the site uses; remove it or check its name"))
            } else if let Some(id) = named("missing field `") {
                (None, format!("`{id}` is missing"))
            } else {
                (messages.line(&group), format!("`{group}`: {inner}"))
            };
            RulesError { file: messages.file.clone(), line, message }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> String {
        EMBEDDED.get_file("en/site.ftl").and_then(|f| f.contents_utf8()).unwrap_or_default().to_string()
    }

    fn words_of(text: &str) -> Result<Words, RulesError> {
        let messages = Messages::parse(Lang::En, "site.ftl", text).map_err(|mut e| e.remove(0))?;
        Words::from_messages(Arc::new(messages))
    }

    #[test]
    fn the_words_of_every_language_load() {
        for lang in Lang::ALL {
            let words = Words::embedded(lang);
            assert!(words.is_ok(), "{lang}: {words:?}");
        }
    }

    #[test]
    fn a_count_picks_its_form() {
        let Ok(words) = Words::embedded(Lang::En) else { return };
        assert_eq!(words.charges.heading.of(1), "You have listed 1 charge");
        assert_eq!(words.charges.heading.of(3), "You have listed 3 charges");
    }

    #[test]
    fn an_unknown_placeholder_is_an_error() {
        let text = english();
        let bad = text.replacen("{ $max } charges", "{ $most } charges", 1);
        assert_ne!(bad, text);
        let Err(e) = words_of(&bad) else { panic!("an unknown placeholder loads") };
        assert!(e.message.contains("$most"), "{e}");
    }

    #[test]
    fn a_missing_or_extra_word_is_an_error_with_its_name() {
        let text = english();
        let missing = text.lines().filter(|l| !l.starts_with("frame-back =")).collect::<Vec<_>>().join("\n");
        let Err(e) = words_of(&missing) else { panic!("a missing word loads") };
        assert!(e.message.contains("frame-back"), "{e}");
        let extra = format!("{text}\nframe-backk = Back\n");
        let Err(e) = words_of(&extra) else { panic!("an extra word loads") };
        assert!(e.message.contains("frame-backk") && e.line.is_some(), "{e}");
    }
}

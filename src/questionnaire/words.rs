//! The words of the questionnaire's screens, read from `rules/text/<language>.toml`
//! (English: `en.toml`). One field per text: a missing or extra key in the file is a
//! load error naming the file and line, and a misspelt key in Rust does not compile.
//!
//! A text may hold placeholders such as `{n}`; each text's type says which ones, and
//! any other placeholder is a load error. The question texts themselves are in
//! `rules/ms/facts.toml`, with the law's other words.

use std::fmt;
use std::marker::PhantomData;

use include_dir::{Dir, include_dir};
use serde::{Deserialize, Deserializer};

use crate::rules::RulesError;
use crate::rules::text::{fill, placeholders};

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
    Certainty: ["certainty"];
    /// What a fact is about, e.g. "whether the charge was dismissed".
    About: ["about"];
    /// A route's name and its law.
    RouteCitation: ["route", "citation"];
}

/// One text from the words file, with the placeholders `S` allows.
#[derive(Clone, PartialEq, Eq)]
pub struct Text<S = Plain>(String, PhantomData<S>);

impl<S> Text<S> {
    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(&self, values: &[(&str, String)]) -> String {
        fill(&self.0, values)
    }
}

impl<S> fmt::Display for Text<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<S> fmt::Debug for Text<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<'de, S: Slots> Deserialize<'de> for Text<S> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if let Some(unknown) = placeholders(&text).into_iter().find(|p| !S::NAMES.contains(p)) {
            let allowed = if S::NAMES.is_empty() {
                "none".to_string()
            } else {
                S::NAMES.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
            };
            return Err(serde::de::Error::custom(format!("unknown placeholder {{{unknown}}}; this text may use: {allowed}")));
        }
        Ok(Text(text, PhantomData))
    }
}

/// A line that says a count, in its form for one and for more.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counted {
    pub one: Text<Count>,
    pub many: Text<Count>,
}

impl Counted {
    /// The line for `n`.
    pub fn of(&self, n: usize) -> String {
        let text = if n == 1 { &self.one } else { &self.many };
        text.fill(&[("n", n.to_string())])
    }
}

/// Every word the questionnaire's screens show, one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
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
    pub lead: Vec<Text>,
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
    pub how_sure: Text<Certainty>,
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
    /// The words built into this binary for `language` (`"en"`), checked.
    pub fn embedded(language: &str) -> Result<Words, RulesError> {
        let name = format!("{language}.toml");
        let file = format!("rules/text/{name}");
        match EMBEDDED.get_file(&name).and_then(|f| f.contents_utf8()) {
            Some(text) => Words::parse(&file, text),
            None => Err(RulesError { file, line: None, message: "there is no words file for this language".into() }),
        }
    }

    /// Words from the text of a words file; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Words, RulesError> {
        toml::from_str(text).map_err(|e| RulesError {
            file: file.to_string(),
            line: e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
            message: e.message().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_load() {
        let words = Words::embedded("en");
        assert!(words.is_ok(), "{words:?}");
    }

    #[test]
    fn a_count_picks_its_form() {
        let Ok(words) = Words::embedded("en") else { return };
        assert_eq!(words.charges.heading.of(1), "You have listed 1 charge");
        assert_eq!(words.charges.heading.of(3), "You have listed 3 charges");
    }

    #[test]
    fn an_unknown_placeholder_is_an_error() {
        let Some(text) = EMBEDDED.get_file("en.toml").and_then(|f| f.contents_utf8()) else { return };
        let bad = text.replacen("{max} charges", "{most} charges", 1);
        assert_ne!(bad, text);
        let Err(e) = Words::parse("en.toml", &bad) else { panic!("an unknown placeholder loads") };
        assert!(e.message.contains("{most}"), "{e}");
        assert!(e.line.is_some(), "{e}");
    }
}

//! The words of the site around the questionnaire: the header and footer, and the
//! fixed pages (home, Learn, How this works, Privacy, not found). Read with the
//! questionnaire's words from `rules/text/<language>/site.ftl`; see `words`.

use serde::Deserialize;

use super::words::{Count, Date, Slots, Text, Words};

super::words::slots! {
    /// A page's own title.
    Titled: ["title"];
    /// A citation.
    Citation: ["citation"];
    /// A span of dates.
    Dates: ["from", "until"];
    /// When the research was done and the first filing date the rules answer for.
    Researched: ["date", "from"];
    /// An amount and who gets it.
    Share: ["amount", "to"];
    /// An amount and its shares.
    Amount: ["amount", "shares"];
    /// A number of something.
    Value: ["value"];
    /// Marks that cannot be printed.
    Characters: ["characters"];
    /// A date and where to check again.
    DateSite: ["date", "site"];
}

/// The calendar file for a date a charge may be cleared from, and its buttons. The
/// file's words name no charge, offence, court or case (see `questionnaire::calendar`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarWords {
    /// The button for one date.
    pub add: Text<Date>,
    /// The button for every date at once, when there are several.
    pub add_all: Text<Count>,
    /// The event's title.
    pub summary: Text,
    /// The event's notes: the date and where to check again.
    pub description: Text<DateSite>,
    /// The reminder the day before.
    pub reminder: Text,
    /// Asked for a charge that has no such date (a form not sent from the results).
    pub no_date: Text,
}

/// Around every page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteWords {
    pub name: Text,
    pub description: Text,
    pub skip: Text,
    pub nav_label: Text,
    pub nav_check: Text,
    pub nav_learn: Text,
    pub nav_help: Text,
    pub nav_how: Text,
    pub nav_privacy: Text,
    pub language_label: Text,
    /// Shown on the pages of a translation until a native speaker has reviewed it.
    pub review_notice: Text,
    pub footer_advice: Text,
    pub footer_free: Text,
    pub rules_missing: Text,
    /// A page's title in the browser: "{title}: Clear My Record Mississippi".
    pub title: Text<Titled>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeWords {
    pub title: Text,
    pub heading: Text,
    pub lead: Paragraphs,
    pub start: Text,
    pub need_heading: Text,
    pub need_papers: Text,
    pub need_time: Text,
    pub promise_heading: Text,
    pub promise_free: Text,
    pub promise_private: Text,
    pub promise_advice: Text,
    pub promise_help_link: Text,
    pub learn_link: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnWords {
    pub title: Text,
    pub heading: Text,
    pub lead: Text,
    pub ways_heading: Text,
    pub how_link: Text,
    pub version: Text,
    pub check: Text,
    pub law: Text,
    pub papers_heading: Text,
    pub disclaimer: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HowWords {
    pub title: Text,
    pub heading: Text,
    pub lead: Paragraphs,
    /// Said on a translated page: the research notes below are in English.
    pub notes_in_english: Text,
    pub sure: Text,
    pub primary: Text,
    pub secondary: Text,
    pub inferred: Text,
    pub verify: Text,
    pub status_heading: Text,
    pub researched: Text<Researched>,
    pub version: Text,
    pub every_result: Text,
    pub routes_heading: Text,
    pub referral: Text,
    pub must: Text,
    pub may: Text,
    pub bring: Text,
    pub source: Text,
    pub open_questions: Text,
    pub times_heading: Text,
    pub times_lead: Text,
    pub filed_from: Text<Date>,
    pub filed_between: Text<Dates>,
    pub years: Text<Value>,
    pub months: Text<Value>,
    pub days: Text<Value>,
    pub below: Text<Value>,
    pub fee: Text<Amount>,
    pub share: Text<Share>,
    pub excluded_heading: Text,
    pub excluded_lead: Text,
    pub violence_heading: Text,
    pub violence_lead: Text<Citation>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacyWords {
    pub title: Text,
    pub heading: Text,
    pub lead: Text,
    pub keep_heading: Text,
    pub keep: Paragraphs,
    pub papers_heading: Text,
    pub papers: Text,
    pub saving_heading: Text,
    pub saving: Paragraphs,
    pub log_heading: Text,
    pub log: Text,
    pub log_after: Text,
    pub others_heading: Text,
    pub others: Text,
    pub device_heading: Text,
    pub device: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotFoundWords {
    pub title: Text,
    pub heading: Text,
    pub home: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpWords {
    pub title: Text,
    pub heading: Text,
    pub lead: Text,
    pub website: Text,
    pub clinics_heading: Text,
    pub danger_heading: Text,
    pub clerk_heading: Text,
    pub clerk: Text,
    pub sources: Text,
    pub phone: Text,
    pub address: Text,
    pub source: Text,
    pub checked: Text<Date>,
}

/// Messages beside a field whose answer cannot be used.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorWords {
    pub unknown_fact: Text,
    pub choose: Text,
    pub required: Text,
    pub section_too_long: Text,
    pub section_shape: Text,
    pub bac: Text,
    pub date: Text,
    pub year: Text,
    pub day_without_month: Text,
    pub no_year: Text,
    /// A month or a year given where the papers need the exact day.
    pub exact_day: Text,
    /// A month or a year given again where the answer depends on the day.
    pub day_needed: Text,
    pub future: Text,
    pub too_old: Text,
    pub cannot_print: Text<Characters>,
    pub hidden_character: Text,
}

/// A short page of its own, for when the site cannot answer a request.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultWords {
    pub title: Text<super::words::Heading>,
    pub too_large_heading: Text,
    pub too_large: Text,
    pub slow_heading: Text,
    pub slow: Text,
    pub busy_heading: Text,
    pub busy: Text,
    pub ours_heading: Text,
    pub ours: Text,
    pub go_back: Text,
    pub help_link: Text,
}

/// A line that says a count: the message picks the form for the number
/// (`{ $n -> [one] … *[other] … }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Counted(Text<Count>);

impl Counted {
    /// The line for `n`.
    pub fn of(&self, n: usize) -> String {
        self.0.fill(&[("n", n.to_string())])
    }
}

/// Paragraphs: one message whose paragraphs are kept apart by a blank line.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Paragraphs(Text);

impl Paragraphs {
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.as_str().split("\n\n")
    }
}

impl Words {
    /// Why an answer was not accepted, in these words.
    pub fn rejected(&self, r: &crate::case::facts::Rejected) -> String {
        use crate::case::facts::Rejected as R;
        let e = &self.errors;
        match r {
            R::UnknownFact => e.unknown_fact.to_string(),
            R::Choose => e.choose.to_string(),
            R::SectionTooLong => e.section_too_long.to_string(),
            R::SectionShape => e.section_shape.to_string(),
            R::Unprintable(u) => self.unprintable(u),
            R::Bac => e.bac.to_string(),
            R::Date => e.date.to_string(),
            R::Year => e.year.to_string(),
            R::DayWithoutMonth => e.day_without_month.to_string(),
            R::NoYear => e.no_year.to_string(),
            R::Future => e.future.to_string(),
            R::TooOld => e.too_old.to_string(),
        }
    }

    /// What keeps a text off the papers, in these words.
    pub fn unprintable(&self, u: &crate::case::text::Unprintable) -> String {
        match u {
            crate::case::text::Unprintable::Characters(list) => self.errors.cannot_print.fill(&[("characters", list.clone())]),
            crate::case::text::Unprintable::Hidden => self.errors.hidden_character.to_string(),
        }
    }
}

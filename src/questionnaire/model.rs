//! What one screen of the questionnaire shows, worked out on the server and drawn the
//! same way by the server and the browser. Nothing in here decides anything.

use serde::{Deserialize, Serialize};

/// One screen: a question (or a small group), the list of charges, the review, the
/// results, or a stop that sends the person to help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Screen {
    /// The answers so far and where the person is, sent back with every form.
    pub state: String,
    /// A short name of this kind of screen, for tests and styles ("court", "fact").
    pub kind: String,
    /// Above the heading: which charge this is about, e.g. "Charge 2: petit larceny".
    pub context: Option<String>,
    pub heading: String,
    /// Paragraphs under the heading.
    pub lead: Vec<String>,
    /// The heading is the question of the only field, drawn as its legend.
    pub heading_is_question: bool,
    pub errors: Vec<ErrorLink>,
    pub fields: Vec<Field>,
    pub body: Body,
    pub actions: Vec<Action>,
    /// Offer "Back".
    pub back: bool,
    /// There are answers worth saving.
    pub can_save: bool,
}

/// A line of the error summary, linking to its field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorLink {
    pub field_id: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// The form name; the element id is `f-` and the name.
    pub name: String,
    pub label: String,
    pub help: Option<String>,
    pub input: Input,
    pub value: String,
    pub error: Option<String>,
    pub required: bool,
}

impl Field {
    pub fn id(&self) -> String {
        format!("f-{}", self.name.replace(['.', '[', ']'], "-"))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Input {
    Radio(Vec<Choice>),
    Select(Vec<Choice>),
    /// Free text; `suggestions` become a list the browser offers while typing.
    Text {
        suggestions: Vec<String>,
        autocomplete: Option<String>,
    },
    /// Month, day and year boxes; `rough` lets the day, or the day and month, be left
    /// empty when that is all the person knows.
    Date {
        rough: bool,
    },
    Decimal,
    /// Several lines of the person's own words, up to `max` characters.
    Paragraph {
        max: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A button. `go` says what it does, e.g. "next", "add", "remove:2".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub go: String,
    pub label: String,
    pub style: ActionStyle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStyle {
    Primary,
    Secondary,
    Warning,
}

/// What a screen shows besides its fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum Body {
    None,
    /// The start: what you need, and loading saved answers.
    Start {
        loaded_error: Option<String>,
    },
    Charges(Vec<ChargeRow>),
    Review(Vec<ReviewGroup>),
    /// The papers as they will print, to read before downloading them: HTML drawn on
    /// the server from the same document model as the PDF (the browser only shows it).
    Papers {
        html: String,
    },
    /// A result that sends this charge elsewhere, shown as soon as it is known:
    /// the charge's card, and the trafficking hotline when it applies.
    Stop {
        card: Card,
        hotline: Option<String>,
    },
    Results(Results),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChargeRow {
    pub index: usize,
    pub title: String,
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewGroup {
    pub title: String,
    pub rows: Vec<ReviewRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewRow {
    pub label: String,
    pub value: String,
    /// The `go` of its "Change" button; `None` for a row that cannot be changed alone.
    pub change: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub as_of: String,
    pub rules_version: String,
    pub disclaimer: String,
    /// One line per charge: its name and its result in a few words, linking to its card.
    pub summary: Vec<SummaryLine>,
    /// A charge may be expunged now: the papers button goes at the top too.
    pub papers: Option<Action>,
    pub cards: Vec<Card>,
    /// The papers to bring, for every charge that may be filed, each listed once.
    pub bring: Vec<(String, String)>,
    /// A calendar file for each date a charge may be cleared from, and one for every
    /// date when there are several: downloads beside "Save my answers".
    pub calendar: Vec<Action>,
}

/// One charge's line of "In short".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryLine {
    /// The id of the charge's card, e.g. "charge-2".
    pub anchor: String,
    pub name: String,
    pub result: String,
    pub outcome: String,
}

/// The result for one charge, in words first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The card's id, e.g. "charge-2".
    pub anchor: String,
    pub title: String,
    pub court: String,
    /// "eligible", "eligible_after", "not_eligible", "needs_attorney_review",
    /// "needs_more_information": a style and a test hook.
    pub outcome: String,
    pub headline: String,
    /// What the exact day of a date given as a month or a year would change, shown
    /// under the headline rather than folded away with the reasons.
    pub depends: Option<String>,
    pub route: Option<Cited>,
    pub reasons: Vec<Cited>,
    pub notes: Vec<Cited>,
    /// What we still need to know, or what you were not sure about.
    pub to_find_out: Vec<String>,
    pub filing: Option<FilingView>,
    pub alternatives: Vec<String>,
    /// The law does not allow this charge to be expunged (not a bar that ends): no
    /// to-do list, but what else there is.
    pub cannot: Option<OtherRelief>,
}

/// What else exists for a charge that cannot be expunged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OtherRelief {
    /// A conviction: a pardon applies.
    pub pardon: bool,
    /// A felony conviction: a certificate of rehabilitation restores gun rights.
    pub firearms: bool,
}

/// A sentence with the law behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cited {
    pub text: String,
    pub citation: String,
    /// Where the law is explained on How this works, e.g. "/how-it-works#route-felony".
    pub link: Option<String>,
    /// `None` when the statute's text says so; else "secondary" or "inferred", marked
    /// and explained in the footnote.
    pub certainty: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FilingView {
    pub court: String,
    pub fee: Cited,
    pub notice: Cited,
    pub bring: Vec<(String, String)>,
}

/// A problem with a value as it is typed, for the message beside the field before the
/// form is sent: the name of its message, which the page carries in its language
/// (`data-msg-NAME`, drawn by `view::draw`). The server checks everything again.
pub fn problem(input: &Input, value: &str, required: bool) -> Option<&'static str> {
    let value = value.trim();
    if value.is_empty() {
        return required.then_some("required");
    }
    match input {
        Input::Date { rough: true } => crate::case::facts::parse_when(value).err().map(|e| e.key()),
        Input::Date { rough: false } => crate::case::facts::parse_date(value).err().map(|e| e.key()),
        Input::Decimal => match value.trim_end_matches('%').trim().parse::<f64>() {
            Ok(v) if (0.0..=1.0).contains(&v) => None,
            _ => Some("bac"),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_checked_as_the_server_would() {
        let (rough, exact) = (Input::Date { rough: true }, Input::Date { rough: false });
        assert_eq!(problem(&exact, "3/14/2021", true), None);
        assert!(problem(&exact, "14/3/2021", true).is_some());
        assert!(problem(&exact, "", true).is_some());
        assert_eq!(problem(&exact, "", false), None);
        assert_eq!(problem(&rough, "2021-3-", true), None);
        assert_eq!(problem(&exact, "2021-3-", true), Some("date"));
        assert_eq!(problem(&rough, "2021--14", true), Some("day_without_month"));
        assert!(problem(&Input::Decimal, "1.5", true).is_some());
        assert_eq!(problem(&Input::Decimal, "0.08", true), None);
    }
}

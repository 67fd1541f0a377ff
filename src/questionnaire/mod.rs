//! "Check your record": the questionnaire and its results.
//!
//! Every step is a real form that posts to `/check`, so the whole journey works with
//! JavaScript off; the server works out the next screen and keeps nothing. In the
//! browser, the small `Enhance` island sends the same form with `fetch`, puts the
//! server's next screen in place of the last one, moves focus to its heading or its
//! errors, and checks typed dates and numbers as they are typed.
//!
//! The parts, on the server: `state` (the steps, the answers carried, "Back"),
//! `answers` (where the answers live between steps), `navigation` (what a button
//! does and which step comes next), `apply` (a step's answers put into the case),
//! `screens` (one function per kind of step), `review`, `results`, `calendar` (the
//! calendar file for a date a charge may be cleared from), and `words` (every
//! word on the screens, from `rules/text/`). `model` is what a screen shows and `view`
//! its HTML; `enhance` is the browser's part.

pub mod model;

#[cfg(feature = "ssr")]
pub mod answers;
#[cfg(feature = "ssr")]
pub(crate) mod apply;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
mod clinic_words;
#[cfg(feature = "hydrate")]
mod enhance;
#[cfg(feature = "ssr")]
mod navigation;
#[cfg(feature = "ssr")]
mod results;
#[cfg(feature = "ssr")]
mod review;
#[cfg(all(test, feature = "ssr"))]
mod rough_tests;
#[cfg(feature = "ssr")]
pub mod rows;
#[cfg(feature = "ssr")]
mod screens;
#[cfg(feature = "ssr")]
mod site_words;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
mod view;
#[cfg(feature = "ssr")]
pub mod words;

use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::Title;

pub use model::*;
#[cfg(feature = "ssr")]
pub use view::{Mount, draw};
#[cfg(feature = "ssr")]
use {
    crate::case::{Case, FORMAT},
    crate::rules::RuleBook,
    answers::{AnswerStore, InPage},
    chrono::NaiveDate,
    state::{State, Step},
    std::sync::Arc,
    words::Words,
};

/// The screen the server worked out for a plain form post, for the page to draw.
#[derive(Debug, Clone)]
pub struct Posted(pub Screen);

/// Today's date, given by the server with each request (the questionnaire never reads
/// the clock itself).
#[derive(Debug, Clone, Copy)]
pub struct Today(pub chrono::NaiveDate);

/// A form as posted: every name and value, in order.
pub type Form = Vec<(String, String)>;

/// The most fields a step's form sends: the papers' details with a case number for
/// each of the most charges, and room to spare.
pub const MAX_FIELDS: usize = 100;

/// The longest value of any field but the answers so far: far more than the longest
/// answer (300 characters of four bytes each).
pub const MAX_VALUE: usize = 4096;

/// Whether a form is one no step of the questionnaire could have sent: too many
/// fields, or a value too long.
pub fn form_too_big(form: &Form) -> bool {
    form.len() > MAX_FIELDS || form.iter().any(|(k, v)| k.len() > 64 || (k != "state" && v.len() > MAX_VALUE))
}

/// The three boxes of a date ("charge.arrest_date--month", "--day", "--year") as one
/// field, in the order the form sent them: what `When::parse` reads.
#[cfg(feature = "ssr")]
pub fn joined_dates(form: &Form) -> Form {
    const BOXES: [&str; 3] = ["--month", "--day", "--year"];
    let part = |base: &str, suffix: &str| form.iter().find(|(k, _)| k.strip_suffix(suffix) == Some(base)).map_or("", |(_, v)| v.as_str());
    let mut out = Form::new();
    for (k, v) in form {
        match BOXES.iter().find_map(|s| k.strip_suffix(s)) {
            Some(base) if !out.iter().any(|(o, _)| o == base) => {
                let joined = crate::case::When::from_boxes(part(base, "--day"), part(base, "--month"), part(base, "--year"));
                out.push((base.to_string(), joined));
            }
            Some(_) => {}
            None => out.push((k.clone(), v.clone())),
        }
    }
    out
}

/// The value of the field `name`, if the form has it.
#[cfg(feature = "ssr")]
fn value<'a>(form: &'a Form, name: &str) -> Option<&'a str> {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The case the papers are drawn from: `case` without the charges a lawyer withheld,
/// with each remaining charge's place in `case`.
#[cfg(feature = "ssr")]
pub fn filing_case<'c>(case: &'c Case, withheld: &[usize]) -> (std::borrow::Cow<'c, Case>, Vec<usize>) {
    let kept: Vec<usize> = (0..case.charges.len()).filter(|i| !withheld.contains(i)).collect();
    if kept.len() == case.charges.len() {
        return (std::borrow::Cow::Borrowed(case), kept);
    }
    let mut filed = case.clone();
    filed.charges = kept.iter().map(|&i| case.charges[i].clone()).collect();
    (std::borrow::Cow::Owned(filed), kept)
}

/// The questionnaire for one request: the rules, the words, today's date, and where
/// the answers are kept between steps.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy)]
pub struct Questionnaire<'a> {
    /// The rules, with their words in the page's language.
    pub rules: &'a RuleBook,
    /// The English rules, for the court papers (always in English).
    pub papers: &'a RuleBook,
    pub words: &'a Words,
    pub today: NaiveDate,
    pub answers: &'a dyn AnswerStore,
    /// Charges a lawyer decided not to file now (clinic mode): left off the papers.
    pub withheld: &'a [usize],
}

#[cfg(feature = "ssr")]
impl<'a> Questionnaire<'a> {
    /// The public site's questionnaire: the answers travel in the page.
    pub fn in_page(rules: &'a RuleBook, words: &'a Words, today: NaiveDate) -> Questionnaire<'a> {
        Questionnaire { rules, papers: rules, words, today, answers: &InPage, withheld: &[] }
    }

    /// The same questionnaire, drawing the court papers with `english`: the English
    /// rules of the same law (for a page in another language).
    pub fn papers_in(self, english: &'a RuleBook) -> Questionnaire<'a> {
        Questionnaire { papers: english, ..self }
    }

    /// The answers the form carried, if it carried any.
    fn carried(&self, form: &Form) -> Option<Result<State, answers::Unreadable>> {
        value(form, "state").map(|carried| state::read(self.answers, carried, self.today))
    }

    /// The screen that answers a form post. An empty form gives the start screen.
    pub fn advance(&self, form: &Form) -> Screen {
        if form_too_big(form) {
            return self.again(form, self.words.common.form_too_big.as_str());
        }
        let form = &joined_dates(form);
        match self.carried(form) {
            None => self.start(&State::default(), None),
            Some(Err(_)) => self.start(&State::default(), Some(self.words.common.unreadable.to_string())),
            Some(Ok(state)) => self.go(state, value(form, "go").unwrap_or("next"), form),
        }
    }

    /// The step the form was sent from, again, with `message` at the top: nothing of
    /// the form is used but the answers so far, shown as they were.
    pub fn again(&self, form: &Form, message: &str) -> Screen {
        match self.carried(form) {
            Some(Ok(state)) => self.screen(&state, vec![(String::new(), message.to_string())], None),
            _ => self.start(&State::default(), None),
        }
    }

    /// The answers to begin with for a case that came whole (a loaded file, a clinic's
    /// imported matter): at the first question still open, or the review.
    pub fn begin(&self, case: Case) -> State {
        let mut state = State { case, ..State::default() };
        state.trail.push(Step::Start);
        state.at = self.next_missing(&state, &self.assess(&state.case)).unwrap_or(Step::Review);
        state
    }

    /// The screen for where `state` is, as it was left; `message`, if any, at the top.
    pub fn resume(&self, state: &State, message: Option<&str>) -> Screen {
        let errors = message.map(|m| vec![(String::new(), m.to_string())]).unwrap_or_default();
        self.screen(state, errors, None)
    }

    /// The case the papers are drawn from (see `filing_case`).
    pub fn filing<'c>(&self, case: &'c Case) -> (std::borrow::Cow<'c, Case>, Vec<usize>) {
        filing_case(case, self.withheld)
    }

    /// The screen after loading a saved answers file: the review, or the start screen
    /// with a plain message when the file cannot be used.
    pub fn load(&self, file: &[u8]) -> Screen {
        let w = &self.words.load;
        let Ok(text) = std::str::from_utf8(file) else {
            return self.start_with_message(w.not_saved_file.as_str());
        };
        let case = match crate::case::parse_case(text, self.today) {
            Ok(case) => case,
            Err(errors) => {
                let first = errors.first().map(|e| e.message.clone()).unwrap_or_default();
                let message = if text.contains(FORMAT) { w.damaged.fill(&[("problem", first)]) } else { w.not_saved_file.to_string() };
                return self.start_with_message(&message);
            }
        };
        let state = self.begin(case);
        self.screen(&state, Vec::new(), None)
    }

    /// The start screen with a message about a saved answers file.
    pub fn start_with_message(&self, message: &str) -> Screen {
        self.start(&State::default(), Some(message.to_string()))
    }

    /// The case carried by a questionnaire form, for drawing its papers.
    pub fn case_of(&self, form: &Form) -> Option<Case> {
        self.carried(form)?.ok().map(|s| s.case)
    }

    /// The answers as a file to save: the case format, with its format tag.
    pub fn saved_file(&self, form: &Form) -> Option<String> {
        let mut state = self.carried(form)?.ok()?;
        state.case.format = Some(FORMAT.to_string());
        serde_json::to_string_pretty(&state.case).ok()
    }
}

/// The questionnaire's page: drawn on the server with the screen a form post worked
/// out, or the start.
#[cfg(feature = "ssr")]
#[component]
pub fn CheckPage() -> impl IntoView {
    let Some(words) = use_context::<Arc<Words>>() else { return ().into_any() };
    let screen = match use_context::<Posted>() {
        Some(Posted(screen)) => Some(screen),
        None => use_context::<Arc<RuleBook>>()
            .zip(use_context::<Today>())
            .map(|(rules, Today(today))| Questionnaire::in_page(&rules, &words, today).advance(&Vec::new())),
    };
    let scripts = use_context::<LeptosOptions>().map(crate::app::island_scripts);
    match screen {
        Some(screen) => {
            let prefix = if screen.errors.is_empty() { String::new() } else { words.page.error_prefix.to_string() };
            let title = format!("{prefix}{}", words.page.title.fill(&[("heading", screen.heading.clone())]));
            view! {
                <Title text=title/>
                {scripts}
                <Enhance>{view::draw(screen, &words)}</Enhance>
            }
            .into_any()
        }
        None => view! {
            <h1>{words.page.cannot_start_heading.to_string()}</h1>
            <p>{words.page.cannot_start.to_string()}</p>
        }
        .into_any(),
    }
}

/// The questionnaire's one interactive part. The screen inside is the server's HTML,
/// never redrawn in the browser; with JavaScript, each next screen the server sends
/// replaces the last one whole, so no answer can carry over from one to the next.
#[island]
fn Enhance(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            enhance::attach(root.into());
        }
    });
    view! { <div class="questionnaire" node_ref=root>{children()}</div> }
}

//! Where the person is and what they have answered: the steps, the answers carried
//! from screen to screen, the trail "Back" follows, and the checks on answers that
//! come back from outside.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

use super::answers::{AnswerStore, Unreadable};
use crate::case::Case;
use crate::case::facts::{self, FactKey};

/// Where the person is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Start,
    Court(usize),
    Place(usize),
    Details(usize),
    /// One of the engine's questions: `charge` is `None` for a question about the
    /// person. The list holds the related questions asked on the same screen (its
    /// page in `rules/ms/facts.toml`), as they were when the screen was first shown.
    Fact(Option<usize>, FactKey, #[serde(default)] Vec<FactKey>),
    /// This charge goes somewhere other than an expungement petition: say why, now.
    Stop(usize),
    Charges,
    Review,
    Results,
    /// The person's own details for the court papers, and missing case numbers.
    Person,
    /// The papers as they will print, with the download.
    Papers,
    /// "Start over" asks before it clears every answer.
    StartOver,
}

impl Step {
    /// The `go` value of a button that opens this step ("court:2").
    pub fn go(&self) -> String {
        match self {
            Step::Start => "open:start".into(),
            Step::Court(i) => format!("open:court:{i}"),
            Step::Place(i) => format!("open:place:{i}"),
            Step::Details(i) => format!("open:details:{i}"),
            Step::Fact(Some(i), key, _) => format!("open:fact:{i}:{key}"),
            Step::Fact(None, key, _) => format!("open:fact:-:{key}"),
            Step::Stop(i) => format!("open:stop:{i}"),
            Step::Charges => "open:charges".into(),
            Step::Review => "open:review".into(),
            Step::Results => "open:results".into(),
            Step::Person => "open:person".into(),
            Step::Papers => "open:papers".into(),
            Step::StartOver => "open:start_over".into(),
        }
    }

    /// The step a `go` value opens; `Some(None)` for a question this site does not
    /// ask, which leaves the person where they are.
    pub(super) fn parse(go: &str) -> Option<Option<Step>> {
        let mut parts = go.strip_prefix("open:")?.splitn(3, ':');
        let kind = parts.next()?;
        let index = |p: Option<&str>| p.and_then(|s| s.parse::<usize>().ok());
        Some(Some(match kind {
            "start" => Step::Start,
            "court" => Step::Court(index(parts.next())?),
            "place" => Step::Place(index(parts.next())?),
            "details" => Step::Details(index(parts.next())?),
            "stop" => Step::Stop(index(parts.next())?),
            "fact" => {
                let who = parts.next()?;
                let key = parts.next()?;
                let charge = if who == "-" { None } else { Some(who.parse().ok()?) };
                return Some(key.parse().ok().map(|key| Step::Fact(charge, key, Vec::new())));
            }
            "charges" => Step::Charges,
            "review" => Step::Review,
            "results" => Step::Results,
            "person" => Step::Person,
            "papers" => Step::Papers,
            "start_over" => Step::StartOver,
            _ => return None,
        }))
    }

    /// The charge this step is about, if any.
    pub(super) fn charge(&self) -> Option<usize> {
        match self {
            Step::Court(i) | Step::Place(i) | Step::Details(i) | Step::Stop(i) | Step::Fact(Some(i), _, _) => Some(*i),
            _ => None,
        }
    }

    /// Whether this step can be shown for a case with `n` charges: about a charge
    /// that exists, and, for a question, one the questionnaire asks, about a charge
    /// when it is a charge's fact and about the person when it is theirs.
    pub(super) fn fits(&self, n: usize) -> bool {
        self.charge().is_none_or(|i| i < n)
            && match self {
                Step::Fact(charge, key, with) => {
                    asks(*charge, *key) && with.len() < FactKey::VARIANTS.len() && with.iter().all(|&k| asks(*charge, k) && k != *key)
                }
                _ => true,
            }
    }
}

/// Whether the questionnaire asks the fact `key`, about charge `charge` or the person.
fn asks(charge: Option<usize>, key: FactKey) -> bool {
    facts::kind(key).is_some() && key.about_charge() == charge.is_some()
}

/// Everything the form carries from screen to screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub case: Case,
    pub at: Step,
    /// The steps before this one, for "Back".
    #[serde(default)]
    pub trail: Vec<Step>,
    /// The charge being entered for the first time, walked through step by step.
    #[serde(default)]
    pub entering: Option<usize>,
    /// Questions answered "I don't know" that have no "unsure" answer (dates).
    #[serde(default)]
    pub skipped: Vec<(Option<usize>, FactKey)>,
}

/// The most steps "Back" remembers.
const TRAIL: usize = 200;

impl State {
    /// Moves to `next`, remembering this step for "Back".
    pub(super) fn move_to(&mut self, next: Step) {
        if self.at != next {
            let at = std::mem::replace(&mut self.at, next);
            self.trail.push(at);
            if self.trail.len() > TRAIL {
                self.trail.remove(0);
            }
        }
    }

    /// Goes back one step. Back at the list or the start, no charge is being entered.
    pub(super) fn go_back(&mut self) {
        self.at = self.trail.pop().unwrap_or_default();
        if self.at == Step::Charges || self.at == Step::Start {
            self.entering = None;
        }
    }

    /// Removes charge `i` and renumbers what pointed at later charges.
    pub fn remove_charge(&mut self, i: usize) {
        self.case.charges.remove(i);
        let shift = |c: usize| if c > i { c - 1 } else { c };
        self.skipped.retain(|(c, _)| *c != Some(i));
        for s in &mut self.skipped {
            s.0 = s.0.map(shift);
        }
        self.entering = None;
        // Steps about other charges would now point at the wrong one: "Back" starts afresh.
        self.trail = vec![Step::Start];
    }
}

/// The answers a form carried, read from `store` and checked: they come from outside,
/// so every step, question and list is checked before use.
pub fn read(store: &dyn AnswerStore, carried: &str, today: NaiveDate) -> Result<State, Unreadable> {
    let state = store.read(carried)?;
    let errors = crate::case::check(&state.case, today);
    // An empty case is fine mid-way (at the start, or after removing every charge).
    if errors.iter().any(|e| !(e.field == "charges" && state.case.charges.is_empty())) {
        return Err(Unreadable);
    }
    let n = state.case.charges.len();
    let fits = |s: &Step| s.fits(n);
    let skipped_fit = |(charge, key): &(Option<usize>, FactKey)| charge.is_none_or(|i| i < n) && asks(*charge, *key);
    if !fits(&state.at)
        || state.trail.len() > TRAIL
        || !state.trail.iter().all(fits)
        || state.entering.is_some_and(|i| i >= n)
        || state.skipped.len() > FactKey::VARIANTS.len() * (n + 1)
        || !state.skipped.iter().all(skipped_fit)
    {
        return Err(Unreadable);
    }
    Ok(state)
}

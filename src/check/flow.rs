//! The questionnaire's steps, on the server. Each form post carries every answer so
//! far (the `state` field); this module applies the posted fields, asks the engine
//! what it still needs, and builds the next screen. Nothing is kept between requests.
//!
//! The order: the start, then for each charge its court, the place, the charge's
//! details and the follow-up questions the engine asks about it; the list of charges
//! (add, change, remove); the questions about the person the engine still needs; a
//! review of every answer; the results.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

use super::model::*;
use crate::case::facts::{self, FactKind};
use crate::case::{Case, Charge, CourtKind, FORMAT};
use crate::engine::{self, Assessment, ChargeAssessment};
use crate::rules::{FactKey, RouteId, RouteKind, RuleBook};

/// Where the person is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Start,
    Court(usize),
    Place(usize),
    Details(usize),
    /// One of the engine's questions: `charge` is `None` for a question about the person.
    Fact(Option<usize>, FactKey),
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
            Step::Fact(Some(i), key) => format!("open:fact:{i}:{key}"),
            Step::Fact(None, key) => format!("open:fact:-:{key}"),
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
    fn parse(go: &str) -> Option<Option<Step>> {
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
                return Some(key.parse().ok().map(|key| Step::Fact(charge, key)));
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

    fn charge(&self) -> Option<usize> {
        match self {
            Step::Court(i) | Step::Place(i) | Step::Details(i) | Step::Stop(i) | Step::Fact(Some(i), _) => Some(*i),
            _ => None,
        }
    }

    /// Whether this step can be shown for a case with `n` charges: about a charge
    /// that exists, and, for a question, one the questionnaire asks, about a charge
    /// when it is a charge's fact and about the person when it is theirs.
    fn fits(&self, n: usize) -> bool {
        self.charge().is_none_or(|i| i < n)
            && match self {
                Step::Fact(charge, key) => asks(*charge, *key),
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

/// A form as posted: every name and value, in order.
pub type Form = Vec<(String, String)>;

fn value<'a>(form: &'a Form, name: &str) -> Option<&'a str> {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The most fields a step's form sends: the papers' details with a case number for
/// each of the most charges, and room to spare.
pub const MAX_FIELDS: usize = 100;

/// The longest value of any field but the answers so far: far more than the longest
/// answer (300 characters of four bytes each).
pub const MAX_VALUE: usize = 4096;

/// What is wrong with a form no step of the questionnaire could have sent: too many
/// fields, or a value too long.
pub fn form_problem(form: &Form) -> Option<&'static str> {
    if form.len() > MAX_FIELDS || form.iter().any(|(k, v)| k.len() > 64 || (k != "state" && v.len() > MAX_VALUE)) {
        Some(
            "This form had more in it than this step sends, so nothing from it was saved. Your earlier answers are kept. Please try this step again.",
        )
    } else {
        None
    }
}

/// The screen that answers a form post. An empty form gives the start screen.
pub fn advance(rules: &RuleBook, today: NaiveDate, form: &Form) -> Screen {
    if let Some(problem) = form_problem(form) {
        return again(rules, today, form, problem);
    }
    let state = match value(form, "state") {
        None => return start(rules, &State::default(), None),
        Some(text) => match read_state(text, today) {
            Ok(state) => state,
            Err(message) => return start(rules, &State::default(), Some(message)),
        },
    };
    let go = value(form, "go").unwrap_or("next");
    Flow { rules, today }.go(state, go, form)
}

/// The step the form was sent from, again, with `message` at the top: nothing of the
/// form is used but the answers so far, shown as they were.
pub fn again(rules: &RuleBook, today: NaiveDate, form: &Form, message: &str) -> Screen {
    match value(form, "state").map(|text| read_state(text, today)) {
        Some(Ok(state)) => Flow { rules, today }.screen(&state, vec![(String::new(), message.to_string())], None),
        _ => start(rules, &State::default(), None),
    }
}

/// The screen after loading a saved answers file: the review, or the start screen
/// with a plain message when the file cannot be used.
pub fn load(rules: &RuleBook, today: NaiveDate, file: &[u8]) -> Screen {
    let fail = |m: &str| start(rules, &State::default(), Some(m.to_string()));
    let Ok(text) = std::str::from_utf8(file) else {
        return fail("This file is not a saved answers file from this site. Choose the file you saved with \"Save my answers\".");
    };
    let case = match crate::case::parse_case(text, today) {
        Ok(case) => case,
        Err(errors) => {
            let first = errors.first().map(|e| e.message.as_str()).unwrap_or("");
            let message = if text.contains(FORMAT) {
                format!("This saved answers file is damaged, so we could not read it. ({first})")
            } else {
                "This file is not a saved answers file from this site. Choose the file you saved with \"Save my answers\".".to_string()
            };
            return fail(&message);
        }
    };
    let flow = Flow { rules, today };
    let mut state = State { case, ..State::default() };
    state.trail.push(Step::Start);
    state.at = flow.next_missing(&state, &flow.assess(&state.case)).unwrap_or(Step::Review);
    flow.screen(&state, Vec::new(), None)
}

/// The start screen with a message about a saved answers file.
pub fn start_with_message(rules: &RuleBook, message: &str) -> Screen {
    start(rules, &State::default(), Some(message.to_string()))
}

/// The case carried by a questionnaire form, for drawing its papers.
pub fn case_of(form: &Form, today: NaiveDate) -> Option<Case> {
    read_state(value(form, "state")?, today).ok().map(|s| s.case)
}

/// The answers as a file to save: the case format, with its format tag.
pub fn saved_file(form: &Form, today: NaiveDate) -> Option<String> {
    let mut state = read_state(value(form, "state")?, today).ok()?;
    state.case.format = Some(FORMAT.to_string());
    serde_json::to_string_pretty(&state.case).ok()
}

fn read_state(text: &str, today: NaiveDate) -> Result<State, String> {
    let broken = || "We could not read your answers, so we started again. If you saved your answers, you can load them below.".to_string();
    let state: State = serde_json::from_str(text).map_err(|_| broken())?;
    let errors = crate::case::check(&state.case, today);
    // An empty case is fine mid-way (at the start, or after removing every charge).
    if errors.iter().any(|e| !(e.field == "charges" && state.case.charges.is_empty())) {
        return Err(broken());
    }
    // The state comes from outside: every step, question and list is checked before use.
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
        return Err(broken());
    }
    Ok(state)
}

struct Flow<'a> {
    rules: &'a RuleBook,
    today: NaiveDate,
}

/// A field's problem, by field name.
type Errors = Vec<(String, String)>;

impl Flow<'_> {
    fn assess(&self, case: &Case) -> Assessment {
        engine::assess(self.rules, case, self.today)
    }

    fn go(&self, mut state: State, go: &str, form: &Form) -> Screen {
        // On "Start over?", Continue (or Enter) keeps the answers.
        let go = if state.at == Step::StartOver && go == "next" { "back" } else { go };
        match go {
            // Nothing to lose yet: start again at once.
            "restart" if state.case.charges.is_empty() => return start(self.rules, &State::default(), None),
            "restart" if state.at == Step::StartOver => return self.screen(&state, Vec::new(), None),
            "restart" => return self.move_to(state, Step::StartOver),
            "restart_confirmed" => return start(self.rules, &State::default(), None),
            "back" => {
                state.at = state.trail.pop().unwrap_or_default();
                if state.at == Step::Charges || state.at == Step::Start {
                    state.entering = None;
                }
                return self.screen(&state, Vec::new(), None);
            }
            "add" | "add_same_court" => {
                if state.case.charges.len() >= crate::case::MAX_CHARGES {
                    let message = format!(
                        "You can list up to {} charges here. For a longer record, talk to a lawyer or a legal aid clinic.",
                        crate::case::MAX_CHARGES
                    );
                    return self.screen(&state, vec![("charges".into(), message)], None);
                }
                let mut charge = Charge::default();
                let same = go == "add_same_court" && !state.case.charges.is_empty();
                if same {
                    let last = state.case.charges.last().expect("not empty");
                    // Charges from one court are often from one case and one arrest: the
                    // details come filled in, to change if this charge differs.
                    charge.court = last.court.clone();
                    charge.case_number = last.case_number.clone();
                    charge.arrest_date = last.arrest_date;
                    charge.arresting_agency = last.arresting_agency.clone();
                }
                state.case.charges.push(charge);
                let i = state.case.charges.len() - 1;
                state.entering = Some(i);
                return self.move_to(state, if same { Step::Details(i) } else { Step::Court(i) });
            }
            "done_charges" => {
                state.entering = None;
                let next = self.next_missing(&state, &self.assess(&state.case)).unwrap_or(Step::Review);
                return self.move_to(state, next);
            }
            "skip" => {
                if let Step::Fact(charge, key) = &state.at {
                    let skipped = (*charge, *key);
                    if !state.skipped.contains(&skipped) {
                        state.skipped.push(skipped);
                    }
                    let _ = facts::set(&mut state.case, *charge, *key, "", self.today);
                }
                let next = self.after(&state, None);
                return self.move_to(state, next);
            }
            _ => {}
        }
        if let Some(i) = go.strip_prefix("remove:").and_then(|i| i.parse::<usize>().ok()) {
            if i < state.case.charges.len() {
                remove_charge(&mut state, i);
            }
            state.at = Step::Charges;
            return self.screen(&state, Vec::new(), None);
        }
        if let Some(i) = go.strip_prefix("edit:").and_then(|i| i.parse::<usize>().ok())
            && i < state.case.charges.len()
        {
            state.entering = Some(i);
            return self.move_to(state, Step::Court(i));
        }
        if let Some(step) = Step::parse(go) {
            let Some(step) = step.filter(|step| step.fits(state.case.charges.len())) else {
                return self.screen(&state, Vec::new(), None);
            };
            state.entering = None;
            return self.move_to(state, step);
        }
        // "next": save this screen's answers, then move on.
        let before = state.at.charge().map(|i| self.assess(&state.case).charges.get(i).and_then(|c| c.route.as_ref().map(|r| r.id)));
        let (errors, kept) = self.apply(&mut state, form);
        if !errors.is_empty() {
            return self.screen(&state, errors, Some(kept));
        }
        if state.at == Step::Start && state.case.charges.is_empty() {
            state.case.charges.push(Charge::default());
            state.entering = Some(0);
            return self.move_to(state, Step::Court(0));
        }
        let next = self.after(&state, before.flatten());
        self.move_to(state, next)
    }

    fn move_to(&self, mut state: State, next: Step) -> Screen {
        if state.at != next {
            let at = std::mem::replace(&mut state.at, next);
            state.trail.push(at);
            if state.trail.len() > TRAIL {
                state.trail.remove(0);
            }
        }
        self.screen(&state, Vec::new(), None)
    }

    /// The step after the current one, once its answers are saved. `before` is the
    /// route of the current charge before the answers changed.
    fn after(&self, state: &State, before: Option<RouteId>) -> Step {
        let a = self.assess(&state.case);
        if let Some(i) = state.at.charge()
            && !matches!(state.at, Step::Stop(_))
            && let Some(c) = a.charges.get(i)
            && is_stop(c)
            && c.route.as_ref().map(|r| r.id) != before
        {
            return Step::Stop(i);
        }
        match &state.at {
            Step::Start => {
                if state.case.charges.is_empty() {
                    Step::Court(0)
                } else {
                    Step::Charges
                }
            }
            Step::Court(i) => Step::Place(*i),
            Step::Place(i) if state.case.charges[*i].offence.is_none() => Step::Details(*i),
            Step::Charges => self.next_missing(state, &a).unwrap_or(Step::Review),
            Step::Review | Step::Results => Step::Results,
            Step::Person | Step::Papers => Step::Papers,
            _ => self.next_missing(state, &a).unwrap_or(if state.entering.is_some() { Step::Charges } else { Step::Review }),
        }
    }

    /// The next question the rules still need. While a charge is being entered, only
    /// that charge's questions; otherwise the person's, then every charge's.
    fn next_missing(&self, state: &State, a: &Assessment) -> Option<Step> {
        let charge_step = |i: usize| -> Option<Step> {
            let charge = &state.case.charges[i];
            if charge.court.kind.is_none() {
                return Some(Step::Court(i));
            }
            if charge.offence.is_none() {
                return Some(Step::Details(i));
            }
            let mut keys: Vec<FactKey> = a.charges[i].missing_facts.iter().map(|f| f.fact).filter(|k| k.about_charge()).collect();
            // Asked of every conviction: the engine takes no answer as "no".
            if (charge.is_conviction() || charge.outcome == Some(crate::case::Outcome::Program)) && charge.trafficking_related.is_none() {
                keys.push(FactKey::ChargeTraffickingRelated);
            }
            keys.sort();
            keys.into_iter().find(|&k| facts::get(&state.case, Some(i), k).is_none() && !state.skipped.contains(&(Some(i), k))).map(|k| {
                match k {
                    FactKey::ChargeCourtKind => Step::Court(i),
                    FactKey::ChargeOffence => Step::Details(i),
                    _ => Step::Fact(Some(i), k),
                }
            })
        };
        if let Some(i) = state.entering {
            return charge_step(i);
        }
        let mut person: Vec<FactKey> = a
            .charges
            .iter()
            .flat_map(|c| c.missing_facts.iter())
            .map(|f| f.fact)
            .filter(|k| !k.about_charge())
            .filter(|&k| facts::get(&state.case, None, k).is_none() && !state.skipped.contains(&(None, k)))
            .collect();
        person.sort();
        if let Some(&k) = person.first() {
            return Some(Step::Fact(None, k));
        }
        (0..state.case.charges.len()).find_map(charge_step)
    }

    /// Saves the current screen's answers into the case. On a problem, the case is
    /// left as it was and the typed values come back to be shown again.
    fn apply(&self, state: &mut State, form: &Form) -> (Errors, Vec<(String, String)>) {
        let mut errors = Errors::new();
        let mut case = state.case.clone();
        let get = |name: &str| value(form, name).unwrap_or("").trim().to_string();
        let kept: Vec<(String, String)> = form.iter().filter(|(k, _)| k != "state" && k != "go").cloned().collect();
        let set = |case: &mut Case, charge: Option<usize>, key: FactKey, name: &str, errors: &mut Errors| {
            if let Err(e) = facts::set(case, charge, key, &get(name), self.today) {
                errors.push((name.to_string(), e.0));
            }
        };
        match state.at.clone() {
            Step::Court(i) => {
                if get("court_kind").is_empty() {
                    errors.push(("court_kind".into(), "Choose the kind of court, or \"I'm not sure\".".into()));
                }
                set(&mut case, Some(i), FactKey::ChargeCourtKind, "court_kind", &mut errors);
            }
            Step::Place(i) => {
                let county = get("county");
                let c = &mut case.charges[i];
                if county.is_empty() {
                    c.court.county = None;
                } else if let Some(name) = self.rules.counties.iter().find(|n| n.eq_ignore_ascii_case(&county)) {
                    c.court.county = Some(name.clone());
                } else {
                    errors.push(("county".into(), "Choose a county from the list.".into()));
                }
                let city = get("city");
                if c.court.kind == Some(CourtKind::Municipal) {
                    match text(&city, 60) {
                        Ok(city) => c.court.city = city,
                        Err(m) => errors.push(("city".into(), m)),
                    }
                    if c.court.city.is_none() && !errors.iter().any(|(n, _)| n == "city") {
                        errors.push(("city".into(), "Enter the city or town whose court had the case.".into()));
                    }
                } else {
                    c.court.city = None;
                }
            }
            Step::Details(i) => {
                let c = &mut case.charges[i];
                for (name, max, slot) in [
                    ("offence", 200, &mut c.offence),
                    ("statute", 60, &mut c.statute),
                    ("case_number", 60, &mut c.case_number),
                    ("arresting_agency", 150, &mut c.arresting_agency),
                ] {
                    match text(&get(name), max) {
                        Ok(v) => *slot = v,
                        Err(m) => errors.push((name.into(), m)),
                    }
                }
                if c.offence.is_none() && !errors.iter().any(|(n, _)| n == "offence") {
                    errors.push(("offence".into(), "Enter the charge's name, as your papers write it. For example: petit larceny.".into()));
                }
                set(&mut case, Some(i), FactKey::ChargeArrestDate, "arrest_date", &mut errors);
            }
            Step::Fact(charge, key) => {
                if get("value").is_empty() {
                    let message = match facts::kind(key) {
                        Some(FactKind::Date) => "Enter the date, or choose \"I don't know the date\".",
                        Some(FactKind::Bac) => "Enter the test result, like 0.09.",
                        _ => "Choose an answer. If you do not know, choose \"I'm not sure\".",
                    };
                    errors.push(("value".into(), message.into()));
                } else {
                    set(&mut case, charge, key, "value", &mut errors);
                    state.skipped.retain(|s| s != &(charge, key));
                }
            }
            Step::Person => self.apply_person(&mut case, &get, &mut errors),
            Step::Start | Step::Stop(_) | Step::Charges | Step::Review | Step::Results | Step::Papers | Step::StartOver => {}
        }
        if errors.is_empty() {
            state.case = case;
        }
        (errors, kept)
    }

    /// Saves the person's details for the papers; every problem is reported.
    fn apply_person(&self, case: &mut Case, get: &dyn Fn(&str) -> String, errors: &mut Errors) {
        use validator::ValidateEmail;
        let mut field = |name: &str, max: usize| match text(&get(name), max) {
            Ok(v) => v,
            Err(m) => {
                errors.push((name.into(), m));
                None
            }
        };
        let full_name = field("full_name", 120);
        let other = field("other_names", 300);
        let address = field("address", 200);
        let phone = field("phone", 30);
        let email = field("email", 254);
        if full_name.is_none() && !errors.iter().any(|(n, _)| n == "full_name") {
            errors.push(("full_name".into(), "Enter your full name. The court needs it on the papers.".into()));
        }
        if let Some(p) = &phone
            && (p.chars().filter(char::is_ascii_digit).count() < 7 || !p.chars().all(|c| c.is_ascii_digit() || " -()+.".contains(c)))
        {
            errors.push(("phone".into(), "Enter a phone number with its area code, like 601-555-0142.".into()));
        }
        if let Some(e) = &email
            && !e.validate_email()
        {
            errors.push(("email".into(), "Enter an email address like name@example.com, or leave it blank.".into()));
        }
        let dob = get("date_of_birth");
        let date_of_birth = if dob.is_empty() {
            None
        } else {
            match facts::parse_date(&dob) {
                Ok(d) if d < self.today => Some(d),
                Ok(_) => {
                    errors.push(("date_of_birth".into(), "This date is in the future. Enter your date of birth.".into()));
                    None
                }
                Err(e) => {
                    errors.push(("date_of_birth".into(), e.0));
                    None
                }
            }
        };
        let p = &mut case.petitioner;
        p.full_name = full_name;
        p.other_names =
            other.map(|o| o.split(';').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()).unwrap_or_default();
        p.date_of_birth = date_of_birth;
        p.address = address;
        p.phone = phone;
        p.email = email;
        for i in 0..case.charges.len() {
            let name = format!("case_number_{i}");
            let raw = get(&name);
            if !raw.is_empty() {
                match text(&raw, 60) {
                    Ok(v) => case.charges[i].case_number = v,
                    Err(m) => errors.push((name, m)),
                }
            }
        }
    }

    /// Draws the screen for `state.at`. `kept` holds values typed on a form that had
    /// errors, shown again instead of the saved answers.
    fn screen(&self, state: &State, errors: Errors, kept: Option<Vec<(String, String)>>) -> Screen {
        let state_json = serde_json::to_string(state).expect("the state is plain data");
        let n = state.case.charges.len();
        let charge_context = |i: usize| {
            let name = state.case.charges[i].offence.clone().unwrap_or_else(|| "a new charge".into());
            Some(format!("Charge {} of {n}: {name}", i + 1))
        };
        let mut s = Screen {
            state: state_json,
            kind: String::new(),
            context: None,
            heading: String::new(),
            lead: Vec::new(),
            heading_is_question: false,
            errors: Vec::new(),
            fields: Vec::new(),
            body: Body::None,
            actions: vec![next("Continue")],
            back: !state.trail.is_empty(),
            can_save: n > 0,
        };
        let r = self.rules;
        match &state.at {
            Step::Start => return start(r, state, None),
            Step::Court(i) => {
                s.kind = "court".into();
                s.context = charge_context(*i);
                let fact = r.fact(FactKey::ChargeCourtKind);
                s.heading = fact.question.clone();
                s.heading_is_question = true;
                s.fields.push(Field {
                    name: "court_kind".into(),
                    label: fact.question.clone(),
                    help: Some(fact.help.clone()),
                    input: Input::Radio(options(r, FactKey::ChargeCourtKind)),
                    value: facts::get(&state.case, Some(*i), FactKey::ChargeCourtKind).unwrap_or_default(),
                    error: None,
                    required: true,
                });
            }
            Step::Place(i) => {
                let court = &state.case.charges[*i].court;
                s.kind = "place".into();
                s.context = charge_context(*i);
                s.heading = "Where was the court?".into();
                let mut counties = vec![Choice { value: String::new(), label: "I'm not sure".into(), hint: None }];
                counties.extend(r.counties.iter().map(|c| Choice { value: c.clone(), label: c.clone(), hint: None }));
                s.fields.push(Field {
                    name: "county".into(),
                    label: "County".into(),
                    help: Some("The county is on the court papers. It is where the court sits, not where you live.".into()),
                    input: Input::Select(counties),
                    value: court.county.clone().unwrap_or_default(),
                    error: None,
                    required: false,
                });
                if court.kind == Some(CourtKind::Municipal) {
                    s.fields.push(Field {
                        name: "city".into(),
                        label: "City or town".into(),
                        help: Some("The city or town whose court had the case, for example Jackson.".into()),
                        input: Input::Text { suggestions: Vec::new(), autocomplete: None },
                        value: court.city.clone().unwrap_or_default(),
                        error: None,
                        required: true,
                    });
                }
            }
            Step::Details(i) => {
                let c = &state.case.charges[*i];
                s.kind = "details".into();
                s.context = charge_context(*i);
                s.heading = "About the charge".into();
                s.lead.push("Your charging paper, sentencing order or dismissal order has these details. Only the charge's name is needed now; the rest helps when you fill in court papers.".into());
                let copied = c.case_number.is_some() || c.arrest_date.is_some() || c.arresting_agency.is_some();
                if copied && c.offence.as_deref().is_none_or(str::is_empty) && *i > 0 {
                    s.lead.push("We filled in the case number, arrest date and agency from your last charge. Change them if this charge is different.".into());
                }
                let text_field =
                    |name: &str, label: &str, help: &str, value: &Option<String>, required: bool, suggestions: Vec<String>| Field {
                        name: name.into(),
                        label: label.into(),
                        help: (!help.is_empty()).then(|| help.to_string()),
                        input: Input::Text { suggestions, autocomplete: None },
                        value: value.clone().unwrap_or_default(),
                        error: None,
                        required,
                    };
                let mut names: Vec<String> = r.offences.offence.iter().map(|o| o.name.to_string()).collect();
                names.sort();
                names.dedup();
                s.fields.push(text_field(
                    "offence",
                    "What was the charge?",
                    "As your papers write it, for example \"petit larceny\" or \"possession of marijuana\".",
                    &c.offence,
                    true,
                    names,
                ));
                s.fields.push(text_field(
                    "statute",
                    "Code section (if you have it)",
                    "A number like 97-17-43. It tells us exactly which law it was.",
                    &c.statute,
                    false,
                    Vec::new(),
                ));
                s.fields.push(text_field(
                    "case_number",
                    "Case number (if you have it)",
                    "Also called the cause number or docket number.",
                    &c.case_number,
                    false,
                    Vec::new(),
                ));
                s.fields.push(Field {
                    name: "arrest_date".into(),
                    label: "Date of arrest (if you know it)".into(),
                    help: Some("The arrest record or booking sheet shows it.".into()),
                    input: Input::Date,
                    value: facts::get(&state.case, Some(*i), FactKey::ChargeArrestDate).unwrap_or_default(),
                    error: None,
                    required: false,
                });
                s.fields.push(text_field(
                    "arresting_agency",
                    "Who arrested you (if you know)",
                    "For example \"Jackson Police Department\" or \"Hinds County Sheriff's Office\".",
                    &c.arresting_agency,
                    false,
                    Vec::new(),
                ));
            }
            Step::Fact(charge, key) => {
                let key = *key;
                let fact = r.fact(key);
                s.kind = "fact".into();
                s.context = match charge {
                    Some(i) => charge_context(*i),
                    None => Some("About you".into()),
                };
                s.heading = fact.question.clone();
                s.heading_is_question = true;
                let kind = facts::kind(key);
                let input = match kind {
                    Some(FactKind::Date) => Input::Date,
                    Some(FactKind::Bac) => Input::Decimal,
                    Some(FactKind::Choice(_)) => Input::Radio(options(r, key)),
                    _ => Input::Radio(yes_no()),
                };
                s.fields.push(Field {
                    name: "value".into(),
                    label: fact.question.clone(),
                    help: Some(fact.help.clone()),
                    input,
                    value: facts::get(&state.case, *charge, key).unwrap_or_default(),
                    error: None,
                    required: true,
                });
                if kind == Some(FactKind::Date) {
                    s.actions.push(Action { go: "skip".into(), label: "I don't know the date".into(), style: ActionStyle::Secondary });
                }
            }
            Step::Stop(i) => {
                let a = self.assess(&state.case);
                let assessed = &a.charges[*i];
                let card = card(r, &state.case, assessed);
                let trafficking = assessed.route.as_ref().is_some_and(|route| route.id == RouteId::TraffickingSurvivor);
                s.kind = "stop".into();
                s.context = charge_context(*i);
                s.heading = card.headline.clone();
                s.body = Body::Stop { card, hotline: trafficking.then(|| r.help.trafficking.text.clone()) };
                s.lead.push("You can still check your other charges.".into());
                s.actions = vec![
                    next("Continue"),
                    Action { go: format!("open:court:{i}"), label: "Change this charge".into(), style: ActionStyle::Secondary },
                    Action { go: format!("remove:{i}"), label: "Remove this charge".into(), style: ActionStyle::Warning },
                ];
            }
            Step::Charges => {
                s.kind = "charges".into();
                s.heading = if n == 1 { "You have listed 1 charge".into() } else { format!("You have listed {n} charges") };
                s.lead.push(
                    "Add every arrest, charge or case on your record, even ones that were dismissed. Each charge gets its own answer."
                        .into(),
                );
                s.body = Body::Charges(
                    state
                        .case
                        .charges
                        .iter()
                        .enumerate()
                        .map(|(i, c)| ChargeRow {
                            index: i,
                            title: c.offence.clone().unwrap_or_else(|| "Charge not finished".into()),
                            details: charge_details(r, c),
                        })
                        .collect(),
                );
                s.actions = vec![
                    Action { go: "done_charges".into(), label: "I have listed every charge".into(), style: ActionStyle::Primary },
                    Action { go: "add_same_court".into(), label: "Add a charge from the same court".into(), style: ActionStyle::Secondary },
                    Action { go: "add".into(), label: "Add a charge from another court".into(), style: ActionStyle::Secondary },
                ];
                if n == 0 {
                    s.heading = "You have not listed any charges".into();
                    s.actions = vec![Action { go: "add".into(), label: "Add a charge".into(), style: ActionStyle::Primary }];
                }
            }
            Step::Review => {
                s.kind = "review".into();
                s.heading = "Check your answers".into();
                s.lead.push("Look over your answers. Use \"Change\" to fix anything. Then see your results.".into());
                s.body = Body::Review(review(r, state));
                s.actions = vec![Action { go: "open:results".into(), label: "See my results".into(), style: ActionStyle::Primary }];
            }
            Step::Results => {
                let a = self.assess(&state.case);
                s.kind = "results".into();
                s.heading = "Your results".into();
                s.lead.push("Here is what Mississippi law may allow for each charge, and why. This is not legal advice: a judge decides every petition.".into());
                let any_now = a.charges.iter().any(|c| c.outcome == engine::Outcome::Eligible);
                s.body = Body::Results(results(r, &state.case, &a));
                s.actions = vec![Action { go: "open:review".into(), label: "Change my answers".into(), style: ActionStyle::Secondary }];
                if any_now {
                    s.actions
                        .insert(0, Action { go: "open:person".into(), label: "Get my court papers".into(), style: ActionStyle::Primary });
                }
            }
            Step::Person => {
                let a = self.assess(&state.case);
                s.kind = "person".into();
                s.heading = "Your details for the court papers".into();
                s.lead.push("The papers need your name and a way for the court to reach you. We print what you type on your papers and keep none of it.".into());
                s.fields = person_fields(&state.case, &a);
                s.actions = vec![next("See my papers")];
            }
            Step::Papers => {
                let a = self.assess(&state.case);
                s.kind = "papers".into();
                s.heading = "Review your papers".into();
                s.actions = vec![
                    Action { go: "open:person".into(), label: "Change my details".into(), style: ActionStyle::Secondary },
                    Action { go: "open:results".into(), label: "Back to my results".into(), style: ActionStyle::Secondary },
                ];
                match crate::packet::build(r, &state.case, &a) {
                    Ok(p) if !p.filings.is_empty() => {
                        s.lead.push("Read every word before you download. These are the papers you will sign and file: the filing instructions first, then a petition and a proposed order for each court. If a fact is wrong, change your answers.".into());
                        s.body = Body::Papers { html: super::paper_html(&p) };
                    }
                    Ok(_) => s.lead.push("No charge may be expunged now, so there are no papers to draw. Your results give the dates and reasons.".into()),
                    Err(_) => s.lead.push("We could not draw your papers: they did not check out. This is our mistake. Please try again later, or ask a legal-aid clinic for help.".into()),
                }
            }
            Step::StartOver => {
                s.kind = "start_over".into();
                s.heading = "Start over?".into();
                s.lead.push(if n == 1 {
                    "This clears every answer you have given. You cannot get them back.".to_string()
                } else {
                    format!("This clears every answer you have given, for all {n} charges. You cannot get them back.")
                });
                s.lead.push("If you may want them later, press \"Save my answers\" first. It keeps a file on your own device.".into());
                s.actions = vec![
                    Action { go: "back".into(), label: "No, keep my answers".into(), style: ActionStyle::Primary },
                    Action { go: "restart_confirmed".into(), label: "Yes, clear my answers".into(), style: ActionStyle::Warning },
                ];
                s.back = false;
            }
        }
        // Errors: the summary links to each field; the typed values come back.
        let kept = kept.unwrap_or_default();
        for field in &mut s.fields {
            if let Some((_, v)) = kept.iter().find(|(k, _)| *k == field.name) {
                field.value = v.clone();
            }
            if let Some((_, m)) = errors.iter().find(|(k, _)| *k == field.name) {
                field.error = Some(m.clone());
                s.errors.push(ErrorLink { field_id: field.id(), message: m.clone() });
            }
        }
        for (name, message) in &errors {
            if !s.fields.iter().any(|f| &f.name == name) {
                s.errors.push(ErrorLink { field_id: "step-heading".into(), message: message.clone() });
            }
        }
        s
    }
}

/// The details the papers need: name, other names, birth date, address, phone, email,
/// and the case number of each charge in the papers that has none.
fn person_fields(case: &Case, a: &Assessment) -> Vec<Field> {
    let p = &case.petitioner;
    let text = |name: &str, label: &str, help: &str, value: Option<String>, required: bool, autocomplete: &str| Field {
        name: name.into(),
        label: label.into(),
        help: (!help.is_empty()).then(|| help.to_string()),
        input: Input::Text { suggestions: Vec::new(), autocomplete: Some(autocomplete.into()) },
        value: value.unwrap_or_default(),
        error: None,
        required,
    };
    let mut fields = vec![
        text("full_name", "Your full legal name", "As it should appear on the papers.", p.full_name.clone(), true, "name"),
        text(
            "other_names",
            "Other names you were arrested under (if any)",
            "For example a maiden name. Put a semicolon (;) between names.",
            (!p.other_names.is_empty()).then(|| p.other_names.join("; ")),
            false,
            "off",
        ),
        Field {
            name: "date_of_birth".into(),
            label: "Your date of birth (if you want it on the papers)".into(),
            help: Some("It helps the clerk and the agencies find the right record.".into()),
            input: Input::Date,
            value: p.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
            error: None,
            required: false,
        },
        text("address", "Your mailing address", "Where the court can send you mail.", p.address.clone(), false, "street-address"),
        text("phone", "Your phone number", "", p.phone.clone(), false, "tel"),
        text("email", "Your email address (if you have one)", "", p.email.clone(), false, "email"),
    ];
    for c in a.charges.iter().filter(|c| c.outcome == engine::Outcome::Eligible) {
        if case.charges[c.charge].case_number.is_none() {
            fields.push(text(
                &format!("case_number_{}", c.charge),
                &format!("Case number for charge {}: {} (if you have it)", c.charge + 1, c.name),
                "Also called the cause number. If you leave it blank, the papers have a line for the clerk to fill in.",
                None,
                false,
                "off",
            ));
        }
    }
    fields
}

fn next(label: &str) -> Action {
    Action { go: "next".into(), label: label.into(), style: ActionStyle::Primary }
}

/// A typed text, trimmed and composed, if the papers can print it and it fits.
fn text(raw: &str, max: usize) -> Result<Option<String>, String> {
    let raw = crate::case::text::composed(raw.trim());
    if raw.chars().count() > max {
        return Err(format!("This is too long. Use at most {max} characters."));
    }
    if let Some(problem) = crate::case::text::problem(&raw) {
        return Err(problem);
    }
    Ok((!raw.is_empty()).then_some(raw))
}

fn yes_no() -> Vec<Choice> {
    [("yes", "Yes"), ("no", "No"), ("unsure", "I'm not sure")]
        .into_iter()
        .map(|(v, l)| Choice { value: v.into(), label: l.into(), hint: None })
        .collect()
}

fn options(rules: &RuleBook, key: FactKey) -> Vec<Choice> {
    rules.fact(key).options.iter().map(|o| Choice { value: o.value.clone(), label: o.label.clone(), hint: o.hint.clone() }).collect()
}

/// The label of a fact's answer, as the person picked it.
fn answer_label(rules: &RuleBook, key: FactKey, value: &str) -> String {
    match facts::kind(key) {
        Some(FactKind::Choice(_)) => {
            options(rules, key).into_iter().find(|c| c.value == value).map_or_else(|| value.to_string(), |c| c.label)
        }
        Some(FactKind::Date) => NaiveDate::parse_from_str(value, "%Y-%m-%d").map_or_else(|_| value.to_string(), engine::dates::long),
        Some(FactKind::Answer) => yes_no().into_iter().find(|c| c.value == value).map_or_else(|| value.to_string(), |c| c.label),
        _ => value.to_string(),
    }
}

fn start(rules: &RuleBook, state: &State, message: Option<String>) -> Screen {
    let _ = rules;
    Screen {
        state: serde_json::to_string(&State { at: Step::Start, ..state.clone() }).expect("plain data"),
        kind: "start".into(),
        context: None,
        heading: "Check your record".into(),
        lead: vec![
            "We will ask about each arrest, charge or case on your record, one question at a time. Then you will see, charge by charge, whether you may be able to ask a court to expunge it.".into(),
            "It takes about 5 minutes for each charge. Papers from the court help: the charging paper, and the order that ended the case. If you do not have them, the court clerk can tell you what they say.".into(),
            "This site keeps none of your answers. They stay in this page until you close it. To come back later, use \"Save my answers\" to keep a file on your own device.".into(),
        ],
        heading_is_question: false,
        errors: message.iter().map(|m| ErrorLink { field_id: "saved-file".into(), message: m.clone() }).collect(),
        fields: Vec::new(),
        body: Body::Start { loaded_error: message },
        actions: vec![next("Start")],
        back: false,
        can_save: false,
    }
}

/// Removes charge `i` and renumbers what pointed at later charges.
fn remove_charge(state: &mut State, i: usize) {
    state.case.charges.remove(i);
    let shift = |c: usize| if c > i { c - 1 } else { c };
    state.skipped.retain(|(c, _)| *c != Some(i));
    for s in &mut state.skipped {
        s.0 = s.0.map(shift);
    }
    state.entering = None;
    // Steps about other charges would now point at the wrong one: "Back" starts afresh.
    state.trail = vec![Step::Start];
}

/// A result that belongs somewhere other than an expungement petition: shown at once.
fn is_stop(c: &ChargeAssessment) -> bool {
    c.route.as_ref().is_some_and(|r| r.kind == RouteKind::Referral) && c.outcome != engine::Outcome::NeedsMoreInformation
}

fn charge_details(rules: &RuleBook, c: &Charge) -> Vec<String> {
    let mut out = vec![engine::court_name(rules, c)];
    if let Some(n) = &c.case_number {
        out.push(format!("Case number {n}"));
    }
    if let Some(o) = c.outcome.and_then(|o| serde_json::to_value(o).ok()).and_then(|v| v.as_str().map(str::to_string)) {
        out.push(answer_label(rules, FactKey::ChargeOutcome, &o));
    }
    out
}

fn review(rules: &RuleBook, state: &State) -> Vec<ReviewGroup> {
    let case = &state.case;
    let mut groups = Vec::new();
    let row = |label: &str, value: Option<String>, step: Step| ReviewRow {
        label: label.into(),
        value: value.unwrap_or_else(|| "Not given".into()),
        change: Some(step.go()),
    };
    for (i, c) in case.charges.iter().enumerate() {
        let mut rows = vec![
            row("Court", Some(engine::court_name(rules, c)), Step::Court(i)),
            row("Charge", c.offence.clone(), Step::Details(i)),
            row("Code section", c.statute.clone(), Step::Details(i)),
            row("Case number", c.case_number.clone(), Step::Details(i)),
            row("Date of arrest", c.arrest_date.map(engine::dates::long), Step::Details(i)),
            row("Who arrested you", c.arresting_agency.clone(), Step::Details(i)),
        ];
        for &key in FactKey::VARIANTS.iter().filter(|k| k.about_charge()) {
            if matches!(key, FactKey::ChargeCourtKind | FactKey::ChargeOffence | FactKey::ChargeArrestDate) {
                continue;
            }
            let skipped = state.skipped.contains(&(Some(i), key));
            if let Some(v) = facts::get(case, Some(i), key) {
                rows.push(row(&rules.fact(key).question, Some(answer_label(rules, key, &v)), Step::Fact(Some(i), key)));
            } else if skipped {
                rows.push(row(&rules.fact(key).question, Some("I don't know".into()), Step::Fact(Some(i), key)));
            }
        }
        groups.push(ReviewGroup { title: format!("Charge {}: {}", i + 1, c.offence.clone().unwrap_or_default()), rows });
    }
    let mut rows = Vec::new();
    for &key in FactKey::VARIANTS.iter().filter(|k| !k.about_charge()) {
        if let Some(v) = facts::get(case, None, key) {
            rows.push(row(&rules.fact(key).question, Some(answer_label(rules, key, &v)), Step::Fact(None, key)));
        } else if state.skipped.contains(&(None, key)) {
            rows.push(row(&rules.fact(key).question, Some("I don't know".into()), Step::Fact(None, key)));
        }
    }
    if !rows.is_empty() {
        groups.push(ReviewGroup { title: "About you".into(), rows });
    }
    groups
}

fn results(rules: &RuleBook, case: &Case, a: &Assessment) -> Results {
    let s = &a.summary;
    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 charge {one}") } else { format!("{n} charges {many}") };
    let mut summary = Vec::new();
    for (n, one, many) in [
        (s.eligible, "may be expunged now.", "may be expunged now."),
        (s.eligible_after, "may be expunged later.", "may be expunged later."),
        (s.needs_attorney_review, "needs a lawyer's help.", "need a lawyer's help."),
        (s.needs_more_information, "needs more answers.", "need more answers."),
        (s.not_eligible, "cannot be expunged now.", "cannot be expunged now."),
    ] {
        if n > 0 {
            summary.push(plural(n, one, many));
        }
    }
    Results {
        as_of: engine::dates::long(a.as_of),
        rules_version: a.rules_version.clone(),
        disclaimer: a.disclaimer.clone(),
        summary,
        cards: a.charges.iter().map(|c| card(rules, case, c)).collect(),
    }
}

fn cited(text: &str, citation: &str, certainty: crate::rules::Certainty, link: Option<String>) -> Cited {
    Cited {
        text: text.to_string(),
        citation: citation.to_string(),
        link,
        certainty: (certainty != crate::rules::Certainty::Primary).then(|| certainty.label().to_string()),
    }
}

fn card(rules: &RuleBook, case: &Case, c: &ChargeAssessment) -> Card {
    let charge = &case.charges[c.charge];
    let link = c.route.as_ref().map(|r| format!("/how-it-works#route-{}", r.id));
    let mut to_find_out: Vec<String> =
        c.missing_facts.iter().map(|f| format!("We still need to know {}.", rules.fact(f.fact).about)).collect();
    to_find_out.extend(c.unsure_facts.iter().map(|f| format!("You were not sure {}.", rules.fact(f.fact).about)));
    Card {
        title: format!("Charge {}: {}", c.charge + 1, c.name),
        court: engine::court_name(rules, charge),
        outcome: c.outcome.name().to_string(),
        headline: c.headline.to_string(),
        route: c.route.as_ref().map(|r| cited(&r.name, &r.citation, r.certainty, link.clone())),
        reasons: c.reasons.iter().map(|r| cited(&r.explanation, &r.citation, r.certainty, link.clone())).collect(),
        notes: c.notes.iter().map(|r| cited(&r.explanation, &r.citation, r.certainty, link.clone())).collect(),
        to_find_out,
        filing: c.filing.as_ref().map(|f| FilingView {
            court: crate::rules::text::capitalise(&f.court),
            fee: Cited { text: f.fee.explanation.to_string(), citation: f.fee.citation.to_string(), link: None, certainty: None },
            notice: cited(&f.notice.explanation, &f.notice.citation, f.notice.certainty, None),
            bring: f.bring.iter().map(|d| (d.name.clone(), d.explain.clone())).collect(),
        }),
        alternatives: c
            .alternatives
            .iter()
            .filter(|alt| matches!(alt.outcome, engine::Outcome::Eligible | engine::Outcome::EligibleAfter { .. }))
            .map(|alt| format!("{} ({}) may also apply.", alt.route.name, alt.route.citation))
            .collect(),
    }
}

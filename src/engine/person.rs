//! Facts about the person, worked out once across all charges: open charges, other
//! convictions, other DUIs, and how each charge was recognised.

use crate::case::{Answer, Case, Level, Outcome as CaseOutcome};
use crate::rules::{FactKey, Identified, OffenceLevel, ReasonId, RuleBook, Traffic};

pub(crate) struct Person<'c> {
    rules: &'c RuleBook,
    pub case: &'c Case,
    /// How each charge was recognised in the offence catalogue.
    pub ids: Vec<Identified>,
    /// Whether each charge is a DUI, from the answer or the code section.
    dui: Vec<Option<Answer>>,
    /// Each charge's name in results.
    pub names: Vec<String>,
    /// Whether each charge is a felony or a misdemeanor: the person's answer, or else
    /// the offence catalogue's when the offence is always one or the other.
    levels: Vec<Option<Level>>,
}

impl<'c> Person<'c> {
    pub fn new(rules: &'c RuleBook, case: &'c Case) -> Person<'c> {
        let ids: Vec<Identified> = case.charges.iter().map(|c| rules.identify(c.statute.as_deref(), c.offence.as_deref())).collect();
        let dui = case
            .charges
            .iter()
            .zip(&ids)
            .map(|(c, id)| c.dui.or_else(|| rules.is_dui(id).map(|d| if d { Answer::Yes } else { Answer::No })))
            .collect();
        let names = case.charges.iter().zip(&ids).enumerate().map(|(i, (c, id))| name(i, c, id)).collect();
        let levels = case.charges.iter().zip(&ids).map(|(c, id)| c.level.or_else(|| catalogue_level(rules, id))).collect();
        Person { rules, case, ids, dui, names, levels }
    }

    /// The same person, with charge `i` taken as a felony or a misdemeanor: to check a
    /// charge both ways when the person is not sure which it was.
    pub fn with_level(&self, i: usize, level: Level) -> Person<'c> {
        let mut levels = self.levels.clone();
        levels[i] = Some(level);
        Person { rules: self.rules, case: self.case, ids: self.ids.clone(), dui: self.dui.clone(), names: self.names.clone(), levels }
    }

    /// Whether charge `i` was a felony or a misdemeanor, from the answer or the catalogue.
    pub fn level(&self, i: usize) -> Option<Level> {
        self.levels[i]
    }

    /// The catalogue's level of charge `i` when the person gave the other one: the
    /// offence, as the catalogue names it, and its level.
    pub fn level_contradicted(&self, i: usize) -> Option<(String, Level)> {
        let given = self.case.charges[i].level?;
        let known = catalogue_level(self.rules, &self.ids[i])?;
        let offence = self.rules.offence_of(&self.ids[i])?;
        (matches!(given, Level::Felony | Level::Misdemeanor) && given != known).then(|| (offence.name.to_string(), known))
    }

    /// Whether charge `i` is a DUI.
    pub fn dui(&self, i: usize) -> Option<Answer> {
        self.dui[i]
    }

    /// Whether charge `i` is an underage alcohol charge under § 67-3-70(1) or (2).
    pub fn underage_alcohol(&self, i: usize) -> bool {
        self.rules.offence_of(&self.ids[i]).is_some_and(|o| o.underage_alcohol)
    }

    /// Whether the person has a charge still open: a pending charge in this case
    /// answers it; otherwise the person's own answer.
    pub fn pending(&self) -> Option<Answer> {
        if self.case.charges.iter().any(|c| c.outcome == Some(CaseOutcome::Pending)) {
            return Some(Answer::Yes);
        }
        self.case.history.pending_charges
    }

    /// Open charges send every route to a lawyer (Johnson v. State): `reason` says why
    /// for this route. A missing answer is recorded; "unsure" goes to a lawyer too.
    pub fn check_pending(&self, e: &mut super::eval::Eval, reason: ReasonId) {
        if e.yes(FactKey::HistoryPendingCharges, self.pending()) == Some(true) {
            e.refer(reason, &[]);
        }
    }

    /// The other charges in this case that are convictions.
    pub fn other_convictions(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.case.charges.len()).filter(move |&j| j != i && self.case.charges[j].is_conviction())
    }

    /// Whether charges `i` and `j` arose from the same incident: the case says so
    /// (`occurrence`), or they share a case number in the same court.
    pub fn same_incident(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.case.charges[i], &self.case.charges[j]);
        if a.occurrence.is_some() && a.occurrence == b.occurrence {
            return true;
        }
        let number = |c: &crate::case::Charge| {
            c.case_number.as_deref().map(|n| n.chars().filter(|ch| ch.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>())
        };
        let (na, nb) = (number(a), number(b));
        na.as_deref().is_some_and(|n| !n.is_empty()) && na == nb && a.court == b.court
    }

    /// Whether charge `j` is a traffic ticket (a traffic offence that is not a DUI or a
    /// felony): the question about other convictions tells people not to count these,
    /// so a listed one does not count either.
    pub fn is_traffic_ticket(&self, j: usize) -> bool {
        let c = &self.case.charges[j];
        let traffic = match c.traffic {
            Some(answer) => answer == Answer::Yes,
            None => self.rules.is_traffic(&self.ids[j]) == Some(Traffic::Driving),
        };
        traffic && self.dui[j] != Some(Answer::Yes) && self.levels[j] != Some(Level::Felony)
    }

    /// Another DUI conviction, counting this case's other charges.
    pub fn other_dui_conviction(&self, i: usize) -> Option<Answer> {
        if self.other_convictions(i).any(|j| self.dui[j] == Some(Answer::Yes)) {
            return Some(Answer::Yes);
        }
        self.case.history.other_dui_convictions
    }

    /// An open DUI charge, counting this case's other charges.
    pub fn pending_dui(&self, i: usize) -> Option<Answer> {
        let open_dui = (0..self.case.charges.len())
            .any(|j| j != i && self.case.charges[j].outcome == Some(CaseOutcome::Pending) && self.dui[j] == Some(Answer::Yes));
        if open_dui {
            return Some(Answer::Yes);
        }
        self.case.history.pending_dui
    }
}

/// The level the catalogue gives the offence, when it is always a felony or always a
/// misdemeanor.
fn catalogue_level(rules: &RuleBook, id: &Identified) -> Option<Level> {
    match rules.offence_of(id)?.level {
        OffenceLevel::Felony => Some(Level::Felony),
        OffenceLevel::Misdemeanor => Some(Level::Misdemeanor),
        OffenceLevel::Either => None,
    }
}

/// A short name for a charge in results: its label, its offence and code section,
/// either of those, or its position.
fn name(i: usize, charge: &crate::case::Charge, id: &Identified) -> String {
    if let Some(label) = &charge.label {
        return label.clone();
    }
    let section = id.section.as_ref().map(ToString::to_string).or_else(|| charge.statute.as_ref().map(|s| s.trim().to_string()));
    match (&charge.offence, section) {
        (Some(offence), Some(section)) => format!("{offence} ({section})"),
        (Some(offence), None) => offence.clone(),
        (None, Some(section)) => section,
        (None, None) => format!("Charge {}", i + 1),
    }
}

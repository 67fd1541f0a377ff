//! One charge in the papers' words, the court that had it, and the agencies an order
//! is sent to.

use crate::case::facts::FactKey;
use crate::case::{Case, Charge, Outcome as CaseOutcome, ProgramStatus};
use crate::engine::{ChargeAssessment, dates};
use crate::rules::text::fill;
use crate::rules::{Papers, RuleBook};

use super::claims::answered;
use super::model::{Agency, Claim, Style};

/// The court that had the case, in plain words ("the Municipal Court of the City of
/// Jackson"), when its kind and place are known.
pub(super) fn original_court(rules: &RuleBook, charge: &Charge) -> Option<String> {
    let text = rules.court(charge.court.kind?.key())?;
    let place = match text.place {
        crate::rules::Place::County => ("county", charge.court.county.clone()?),
        crate::rules::Place::City => ("city", charge.court.city.clone()?),
    };
    Some(fill(&text.display, &[place]))
}

/// The charge's case number, trimmed, when it has one.
pub(super) fn case_number(charge: &Charge) -> Option<String> {
    charge.case_number.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string)
}

/// One charge's facts in the papers' words, with the answers they state; parts not
/// known are left out. In a new file the case is named with its own court.
pub(super) fn charge_text(rules: &RuleBook, case: &Case, i: usize, c: &ChargeAssessment, style: Style) -> (String, Vec<Claim>) {
    let (papers, charge) = (&rules.papers, &case.charges[i]);
    let w = &papers.charge;
    let mut claims: Vec<Claim> = answered(case, i, FactKey::ChargeOutcome).into_iter().collect();
    let opening = if charge.outcome == Some(CaseOutcome::NotCharged) { &w.arrested_for } else { &w.offence };
    let mut s = fill(opening, &[("offence", offence(charge, c))]);
    if let Some(statute) = charge.statute.as_ref().filter(|s| !s.trim().is_empty()) {
        s.push_str(&fill(&w.statute, &[("statute", statute.trim().to_string())]));
    }
    let elsewhere = (style == Style::NewFile).then(|| original_court(rules, charge)).flatten();
    match (case_number(charge), elsewhere) {
        (Some(n), None) => s.push_str(&fill(&w.case_number, &[("case_number", n)])),
        (Some(n), Some(court)) => s.push_str(&fill(&w.case_number_elsewhere, &[("case_number", n), ("original_court", court)])),
        (None, Some(court)) if charge.outcome != Some(CaseOutcome::NotCharged) => {
            s.push_str(&fill(&w.case_elsewhere, &[("original_court", court)]))
        }
        _ => {}
    }
    // Only exact days are printed: a rough date of a charge filed is asked again
    // (`pipeline::rough_dates`) before any paper is drawn.
    if let Some(d) = exact(charge.arrest_date) {
        claims.extend(answered(case, i, FactKey::ChargeArrestDate));
        let arrest = if charge.outcome == Some(CaseOutcome::NotCharged) { &w.arrested_on } else { &w.arrest };
        s.push_str(&fill(arrest, &[("arrest_date", dates::long(d))]));
        if let Some(agency) = charge.arresting_agency.as_ref().filter(|s| !s.trim().is_empty()) {
            s.push_str(&fill(&w.agency, &[("agency", agency.trim().to_string())]));
        }
    }
    s.push_str(&w.end);
    let date = match exact(charge.disposition_date) {
        Some(d) => {
            claims.extend(answered(case, i, FactKey::ChargeDispositionDate));
            dates::long(d)
        }
        None => w.no_date.clone(),
    };
    let ended = match charge.outcome {
        Some(CaseOutcome::Dismissed) => Some(fill(&w.dismissed, &[("date", date)])),
        Some(CaseOutcome::Dropped) => Some(fill(&w.dropped, &[("date", date)])),
        Some(CaseOutcome::NoBill) => Some(fill(&w.no_bill, &[("date", date)])),
        Some(CaseOutcome::NotCharged) => Some(w.not_charged.clone()),
        Some(CaseOutcome::NolleProsequi) => Some(fill(&w.nolle_prosequi, &[("date", date)])),
        Some(CaseOutcome::Acquitted) => Some(fill(&w.not_guilty, &[("date", date)])),
        Some(CaseOutcome::NoDisposition) => Some(w.no_disposition.clone()),
        Some(CaseOutcome::PassedToFile) => Some(fill(&w.remanded, &[("date", date)])),
        Some(CaseOutcome::Convicted) => Some(convicted(papers, case, i, date, &mut claims)),
        Some(CaseOutcome::Program) => program(papers, case, i, date, &mut claims),
        _ => None,
    };
    let s = match ended {
        Some(e) => format!("{s} {e}"),
        None => s,
    };
    (super::build::typeset(&s), claims)
}

/// The conviction and the sentence's completion, as answered.
fn convicted(papers: &Papers, case: &Case, i: usize, date: String, claims: &mut Vec<Claim>) -> String {
    let (w, charge) = (&papers.charge, &case.charges[i]);
    let mut t = fill(&w.convicted, &[("date", date)]);
    if let Some(done) = exact(charge.sentence_completion_date) {
        claims.extend(answered(case, i, FactKey::ChargeSentenceCompletionDate));
        t.push(' ');
        t.push_str(&fill(&w.sentence, &[("date", dates::long(done))]));
    }
    t
}

/// The program and its completion; what followed is the route's to say.
fn program(papers: &Papers, case: &Case, i: usize, date: String, claims: &mut Vec<Claim>) -> Option<String> {
    let w = &papers.charge;
    let program = case.charges[i].program.as_ref()?;
    if program.status != Some(ProgramStatus::Completed) {
        return None;
    }
    claims.extend(answered(case, i, FactKey::ChargeProgramStatus));
    let kind = crate::case::facts::get(case, Some(i), FactKey::ChargeProgramKind);
    let name = match kind.as_deref().and_then(|k| w.program_name(k)) {
        Some(name) => {
            claims.extend(answered(case, i, FactKey::ChargeProgramKind));
            name
        }
        None => &w.program_unknown,
    };
    Some(fill(&w.program, &[("program", name.clone()), ("date", date)]))
}

/// The charge as the person wrote it (the engine's name may add the code section).
pub(super) fn offence(charge: &Charge, c: &ChargeAssessment) -> String {
    charge.offence.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).unwrap_or_else(|| c.name.clone())
}

/// Who gets a certified copy: each arresting agency, the detention facility (or the
/// sheriff), the Mississippi Criminal Information Center, the court's own clerk, and
/// in a new file the clerk of the court that had the case.
pub(super) fn agencies(rules: &RuleBook, case: &Case, f: &super::build::Group, birth_year: &str) -> Vec<Agency> {
    let papers = &rules.papers;
    let mut out: Vec<Agency> = Vec::new();
    let mut add = |name: String, id: String| match out.iter_mut().find(|a| a.name == name) {
        Some(a) => {
            if !a.identifiers.contains(&id) {
                a.identifiers.push(id)
            }
        }
        None => out.push(Agency { name, identifiers: vec![id] }),
    };
    for &i in &f.indices {
        let c = &case.charges[i];
        let arrest = match (exact(c.arrest_date), case_number(c)) {
            (Some(d), Some(n)) => format!("arrest of {}, case {n}", dates::long(d)),
            (Some(d), None) => format!("arrest of {}", dates::long(d)),
            (None, Some(n)) => format!("case {n}"),
            (None, None) => format!("charge of {}", c.offence.clone().unwrap_or_default()),
        };
        if let Some(agency) = c.arresting_agency.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
            add(agency, arrest.clone());
        }
        let detention = match (c.detention_facility.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()), &f.county) {
            (Some(facility), _) => Some(facility),
            (None, Some(county)) => Some(fill(&papers.agencies.detention, &[("county", county.to_string())])),
            (None, None) => None,
        };
        if let Some(d) = detention {
            add(d, arrest);
        }
    }
    let petitioner = case.petitioner.full_name.clone().unwrap_or_else(|| "the Petitioner".into());
    add(
        papers.agencies.mcic.clone(),
        fill(&papers.agencies.mcic_identifiers, &[("petitioner", petitioner), ("birth_year", birth_year.into())]),
    );
    let clerk = fill(&papers.agencies.court_records, &[("court", f.court.clone())]);
    let cases = if f.cause_numbers.is_empty() {
        "the case numbers the clerk has".to_string()
    } else {
        format!("cases {}", f.cause_numbers.join(", "))
    };
    add(clerk, cases);
    if f.style == Style::NewFile {
        for &i in &f.indices {
            let c = &case.charges[i];
            if c.outcome == Some(CaseOutcome::NotCharged) {
                continue;
            }
            if let Some(court) = original_court(rules, c).filter(|court| *court != f.court) {
                let id = case_number(c).map(|n| format!("case {n}")).unwrap_or_else(|| "the case the clerk has".into());
                add(fill(&papers.agencies.court_records, &[("court", court)]), id);
            }
        }
    }
    out
}

/// A date the papers may print: an exact day, never a month or a year.
fn exact(date: Option<crate::case::When>) -> Option<chrono::NaiveDate> {
    date.filter(|d| d.is_exact()).map(crate::case::When::day)
}

//! `Case + Assessment -> Packet`: a petition and its matching order for each group of
//! charges that may be expunged now. A group is one court, one kind of caption (the
//! court's own case, or a new file) and one standard (the court "shall" or "may"): a
//! petition never mixes a mandatory and a discretionary route, nor a route that
//! reaches every agency's records with one that reaches only the court's own. The
//! words come from `rules/ms/papers.toml`; this module only chooses and fills them.

use crate::case::{Case, Charge, CourtKind, Outcome as CaseOutcome};
use crate::engine::{Assessment, ChargeAssessment, Outcome};
use crate::rules::papers::Records;
use crate::rules::{RouteId, RuleBook};

use super::charge::{agencies, case_number, charge_text, offence};
use super::claims::Ledger;
use super::model::{ChargeFacts, Filing, LeftOut, Packet, Style};
use super::words::Words;

/// A line to fill in by hand.
pub(super) const BLANK: &str = "____________________";

/// The charges of one petition and what they share.
pub(super) struct Group {
    pub caption: String,
    pub style: Style,
    pub must: bool,
    pub records: Records,
    pub indices: Vec<usize>,
    pub court: String,
    pub county: Option<String>,
    pub cause_numbers: Vec<String>,
}

/// Builds the packet: a petition, an order, an identification sheet (and, when the
/// person cannot pay, a pauper's affidavit) for each group, the charges left out and
/// the filing instructions. `verify` checks the result; `prepare` runs both.
pub fn build(rules: &RuleBook, case: &Case, a: &Assessment) -> Packet {
    let petitioner = case.petitioner.full_name.clone().unwrap_or_default();
    let mut groups: Vec<Group> = Vec::new();
    let mut left_out = Vec::new();
    for c in &a.charges {
        let filing = c.filing.as_ref().filter(|f| f.caption.is_some());
        let wording = c.route.as_ref().and_then(|r| rules.papers.wording(r.id));
        match (&c.outcome, filing, wording) {
            (Outcome::Eligible, Some(f), Some(w)) => {
                let caption = f.caption.clone().unwrap_or_default().to_uppercase();
                let style = style(&case.charges[c.charge], f.court_kind);
                let (must, records) = (!c.discretionary, w.records);
                match groups.iter_mut().find(|g| g.caption == caption && g.style == style && g.must == must && g.records == records) {
                    Some(g) => g.indices.push(c.charge),
                    None => groups.push(Group {
                        caption,
                        style,
                        must,
                        records,
                        indices: vec![c.charge],
                        court: f.court.clone(),
                        county: f.county.clone(),
                        cause_numbers: Vec::new(),
                    }),
                }
            }
            (Outcome::Eligible, _, _) => {
                left_out.push(LeftOut { index: c.charge, offence: c.name.clone(), why: rules.papers.instructions.no_court.clone() })
            }
            _ => left_out.push(LeftOut { index: c.charge, offence: c.name.clone(), why: c.headline.to_string() }),
        }
    }
    let mut ledger = Ledger::default();
    let filings: Vec<Filing> = groups
        .into_iter()
        .map(|mut g| {
            for &i in &g.indices {
                if let Some(n) = case_number(&case.charges[i])
                    && !g.cause_numbers.contains(&n)
                {
                    g.cause_numbers.push(n);
                }
            }
            filing(rules, case, a, &g, &mut ledger)
        })
        .collect();
    let instructions = super::sheets::instructions(rules, a, &petitioner, &filings, &left_out);
    let (mut missing, mut unbacked) = (ledger.missing, ledger.unbacked);
    missing.sort();
    unbacked.sort();
    let instructions_page = rules.papers.instructions.page.clone();
    Packet {
        prepared: a.as_of,
        rules_version: a.rules_version.clone(),
        petitioner,
        filings,
        left_out,
        instructions,
        instructions_page,
        missing,
        unbacked,
    }
}

/// A new file where the court filed in never had the case: a DUI from a municipal or
/// justice court filed in circuit court, an arrest never charged, a grand jury no-bill.
fn style(charge: &Charge, filed_in: Option<CourtKind>) -> Style {
    let never_in_court = matches!(charge.outcome, Some(CaseOutcome::NotCharged | CaseOutcome::NoBill));
    if never_in_court || charge.court.kind != filed_in { Style::NewFile } else { Style::SameCourt }
}

fn filing(rules: &RuleBook, case: &Case, a: &Assessment, g: &Group, ledger: &mut Ledger) -> Filing {
    let assessed: Vec<&ChargeAssessment> = g.indices.iter().map(|&i| &a.charges[i]).collect();
    let engine_filings: Vec<&crate::engine::Filing> = assessed.iter().filter_map(|c| c.filing.as_ref()).collect();
    let prosecutor = engine_filings.first().map(|f| f.notice.to.clone()).unwrap_or_default();
    let notice_days = engine_filings.iter().filter_map(|f| f.notice.days_before_hearing).max();
    let mut routes: Vec<(RouteId, String)> = Vec::new();
    // The route's citation is already the court's own statute where it differs by court.
    for c in &assessed {
        if let Some(r) = &c.route
            && !routes.iter().any(|(id, _)| *id == r.id)
        {
            routes.push((r.id, r.citation.to_string()));
        }
    }
    let charges: Vec<ChargeFacts> = assessed
        .iter()
        .map(|c| ChargeFacts {
            index: c.charge,
            offence: offence(&case.charges[c.charge], c),
            case_number: case.charges[c.charge].case_number.clone(),
            route: c.route.as_ref().map(|r| r.id.to_string()).unwrap_or_default(),
        })
        .collect();
    let birth_year = case.petitioner.date_of_birth.map(|d| chrono::Datelike::year(&d).to_string()).unwrap_or_else(|| "____".into());
    let agencies = if g.records == Records::Court { Vec::new() } else { agencies(rules, case, g, &birth_year) };
    let charge_texts = g.indices.iter().map(|&i| charge_text(rules, case, i, &a.charges[i], g.style)).collect();
    let words = Words::new(rules, case, g, assessed.clone(), routes, &prosecutor, notice_days, &agencies, charge_texts);
    let petition = words.petition(ledger);
    let order = words.order(ledger);
    let identification = super::sheets::identification(rules, case, g, &assessed);
    let pauper = (case.petitioner.cannot_pay_fee == Some(crate::case::Answer::Yes)).then(|| super::sheets::pauper(rules, &words));

    let mut fees: Vec<String> = Vec::new();
    for f in &engine_filings {
        let text = f.fee.explanation.to_string();
        if !fees.contains(&text) {
            fees.push(text);
        }
    }
    let notice =
        engine_filings.iter().max_by_key(|f| f.notice.days_before_hearing).map(|f| f.notice.explanation.clone()).unwrap_or_default();
    let mut bring: Vec<String> = Vec::new();
    let exhibits = words.exhibit_ids().into_iter().filter_map(|id| rules.documents.get(id));
    for d in engine_filings.iter().flat_map(|f| &f.bring).chain(exhibits) {
        let line = format!("{}: {}", d.name, d.explain);
        if !bring.contains(&line) {
            bring.push(line);
        }
    }
    Filing {
        court: g.court.clone(),
        caption: g.caption.clone(),
        cause_numbers: g.cause_numbers.clone(),
        style: g.style,
        must: g.must,
        charges,
        prosecutor,
        notice_days,
        agencies,
        fees,
        notice,
        bring,
        petition,
        order,
        identification,
        pauper,
    }
}

/// A section sign stays on the line of its number: "§ 99-19-71" never breaks.
pub fn typeset(text: &str) -> String {
    text.replace("§§ ", "§§\u{a0}").replace("§ ", "§\u{a0}")
}

/// "a", "a and b", "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

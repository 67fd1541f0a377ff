//! `Case + Assessment -> Packet`: one petition and one matching order per court, for
//! the charges that may be expunged now. The words come from `rules/ms/papers.toml`;
//! this module only chooses and fills them.

use crate::case::{Case, Charge, Outcome as CaseOutcome};
use crate::engine::{Assessment, ChargeAssessment, Outcome, dates};
use crate::rules::text::{capitalise, fill};
use crate::rules::{FactKey, Papers, RouteId, RuleBook};

use super::model::{Agency, Block, ChargeFacts, Document, Filing, LeftOut, Packet, SignLine};

/// A line to fill in by hand.
const BLANK: &str = "____________________";

/// Builds the packet: a petition and an order for each court, the charges left out and
/// the filing instructions. `verify` checks the result; `prepare` runs both.
pub fn build(rules: &RuleBook, case: &Case, a: &Assessment) -> Packet {
    let petitioner = case.petitioner.full_name.clone().unwrap_or_default();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut left_out = Vec::new();
    for c in &a.charges {
        let caption = c.filing.as_ref().and_then(|f| f.caption.clone());
        match (&c.outcome, caption, &c.route) {
            (Outcome::Eligible, Some(caption), Some(_)) => match groups.iter_mut().find(|(k, _)| *k == caption) {
                Some((_, list)) => list.push(c.charge),
                None => groups.push((caption, vec![c.charge])),
            },
            (Outcome::Eligible, _, _) => {
                left_out.push(LeftOut { index: c.charge, offence: c.name.clone(), why: rules.papers.instructions.no_court.clone() })
            }
            _ => left_out.push(LeftOut { index: c.charge, offence: c.name.clone(), why: c.headline.to_string() }),
        }
    }
    let filings: Vec<Filing> =
        groups.into_iter().map(|(caption, charges)| filing(rules, case, a, caption.to_uppercase(), &charges)).collect();
    let instructions = instructions(rules, a, &petitioner, &filings, &left_out);
    Packet { prepared: a.as_of, rules_version: a.rules_version.clone(), petitioner, filings, left_out, instructions }
}

fn filing(rules: &RuleBook, case: &Case, a: &Assessment, caption: String, indices: &[usize]) -> Filing {
    let papers = &rules.papers;
    let assessed: Vec<&ChargeAssessment> = indices.iter().map(|&i| &a.charges[i]).collect();
    let first = assessed[0].filing.as_ref().expect("an eligible charge has a filing");
    let court = first.court.clone();
    let prosecutor = first.notice.to.clone();
    let notice_days = assessed.iter().filter_map(|c| c.filing.as_ref().and_then(|f| f.notice.days_before_hearing)).max();
    let mut cause_numbers: Vec<String> = Vec::new();
    for &i in indices {
        if let Some(n) = case.charges[i].case_number.as_ref().map(|n| n.trim().to_string()).filter(|n| !n.is_empty())
            && !cause_numbers.contains(&n)
        {
            cause_numbers.push(n);
        }
    }
    let mut routes: Vec<(RouteId, String)> = Vec::new();
    for c in &assessed {
        let r = c.route.as_ref().expect("an eligible charge has a route");
        if !routes.iter().any(|(id, _)| *id == r.id) {
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
    let agencies = agencies(papers, case, &court, first.county.as_deref(), indices, &cause_numbers);
    let words = Words {
        papers,
        case,
        assessed: assessed.clone(),
        citations: routes.iter().map(|(_, c)| c.clone()).collect::<Vec<_>>().join("; "),
        routes,
        charges_word: if indices.len() == 1 { papers.parties.one_charge.clone() } else { papers.parties.many_charges.clone() },
        petitioner: case.petitioner.full_name.clone().unwrap_or_default(),
        court: court.clone(),
        prosecutor: prosecutor.clone(),
        notice_days,
        agency_list: join_and(&agencies.iter().map(|a| a.name.clone()).collect::<Vec<_>>()),
        county: first.county.clone().unwrap_or_default(),
    };
    let cause = if cause_numbers.is_empty() {
        format!("{} {BLANK}", papers.parties.cause)
    } else {
        format!("{} {}", papers.parties.cause, cause_numbers.join(", "))
    };
    let caption_block = Block::Caption {
        court: caption.clone(),
        left: vec![
            if words.petitioner.is_empty() { BLANK.into() } else { words.petitioner.to_uppercase() },
            papers.parties.petitioner.clone(),
            papers.parties.versus.clone(),
            papers.parties.respondent_name.clone(),
            papers.parties.respondent.clone(),
        ],
        cause,
    };
    let charge_texts: Vec<String> = indices.iter().map(|&i| charge_text(papers, case, i, &a.charges[i])).collect();
    let subtitle = words.subtitle();
    let petition = words.petition(caption_block.clone(), &subtitle, &charge_texts);
    let order = words.order(caption_block, &subtitle, &charge_texts);

    let fee = first.fee.explanation.to_string();
    let notice = assessed
        .iter()
        .filter_map(|c| c.filing.as_ref())
        .max_by_key(|f| f.notice.days_before_hearing)
        .map(|f| f.notice.explanation.clone())
        .unwrap_or_default();
    let mut bring: Vec<String> = Vec::new();
    for d in assessed.iter().filter_map(|c| c.filing.as_ref()).flat_map(|f| &f.bring) {
        let line = format!("{}: {}", d.name, d.explain);
        if !bring.contains(&line) {
            bring.push(line);
        }
    }
    Filing { court, caption, cause_numbers, charges, prosecutor, notice_days, agencies, fee, notice, bring, petition, order }
}

/// What one court's petition and order are filled from: its charges, their routes and
/// the values the words of `papers.toml` name.
struct Words<'a> {
    papers: &'a Papers,
    case: &'a Case,
    assessed: Vec<&'a ChargeAssessment>,
    /// Each route of the charges once, with its citation, in the charges' order.
    routes: Vec<(RouteId, String)>,
    /// Every route's citation, joined.
    citations: String,
    /// "this charge" or "these charges".
    charges_word: String,
    petitioner: String,
    court: String,
    prosecutor: String,
    notice_days: Option<u32>,
    agency_list: String,
    county: String,
}

impl Words<'_> {
    /// `text` filled, capitalised and typeset, for the charges in this court.
    fn say(&self, text: &str, citation: &str) -> String {
        self.fill(text, citation, &self.charges_word)
    }

    /// `text` filled for the charges of `route`: with more than one statute in a
    /// petition, each one's statements name its charges.
    fn say_for(&self, text: &str, route: RouteId, citation: &str) -> String {
        let named = self.named(route);
        self.fill(text, citation, named.as_deref().unwrap_or(&self.charges_word))
    }

    fn named(&self, route: RouteId) -> Option<String> {
        if self.routes.len() < 2 {
            return None;
        }
        let offences: Vec<String> = self
            .assessed
            .iter()
            .filter(|c| c.route.as_ref().is_some_and(|r| r.id == route))
            .map(|c| offence(&self.case.charges[c.charge], c))
            .collect();
        let parties = &self.papers.parties;
        let pattern = if offences.len() == 1 { &parties.one_charge_named } else { &parties.many_charges_named };
        Some(fill(pattern, &[("offences", join_and(&offences))]))
    }

    fn fill(&self, text: &str, citation: &str, charges: &str) -> String {
        let values = [
            ("petitioner", if self.petitioner.is_empty() { BLANK.into() } else { self.petitioner.clone() }),
            ("court", self.court.clone()),
            ("prosecutor", self.prosecutor.clone()),
            ("days", self.notice_days.map(|d| d.to_string()).unwrap_or_else(|| "the required number of".into())),
            ("citation", citation.to_string()),
            ("charges", charges.to_string()),
            ("agencies", self.agency_list.clone()),
            ("county", self.county.clone()),
        ];
        typeset(&capitalise(&fill(text, &values)))
    }

    /// The subtitle under each paper's title: every route's, in order.
    fn subtitle(&self) -> String {
        let route = |&(id, ref c): &(RouteId, String)| self.papers.wording(id).map(|r| self.say_for(&r.subtitle, id, c));
        self.routes.iter().filter_map(route).collect::<Vec<_>>().join(" ")
    }

    /// The Petition for Expungement.
    fn petition(&self, caption: Block, subtitle: &str, charge_texts: &[String]) -> Document {
        let (p, citations, person) = (&self.papers.petition, self.citations.as_str(), &self.case.petitioner);
        let mut paper = Paper::start(caption, &p.title, subtitle, self.say(&p.opening, citations));
        paper.numbered(self.say(&p.jurisdiction, citations));
        if let Some(dob) = person.date_of_birth {
            paper.numbered(fill(&p.birth, &[("date_of_birth", dates::long(dob))]));
        }
        if !person.other_names.is_empty() {
            paper.numbered(fill(&p.other_names, &[("other_names", join_and(&person.other_names))]));
        }
        for t in charge_texts {
            paper.numbered(t.clone());
        }
        for &(id, ref citation) in &self.routes {
            if let Some(r) = self.papers.wording(id) {
                for s in &r.statements {
                    paper.numbered(self.say_for(s, id, citation));
                }
            }
        }
        paper.numbered(self.say(&p.basis, citations));
        paper.blocks.push(Block::Para { number: None, text: self.say(&p.prayer, citations) });
        let sign = &self.papers.signature;
        paper.blocks.push(Block::Signature {
            intro: vec![p.respectfully.clone()],
            lines: vec![
                line(&format!("{} ({})", sign.signature, p.pro_se), &None),
                line(&sign.name, &person.full_name),
                line(&sign.address, &person.address),
                line(&sign.phone, &person.phone),
                line(&sign.email, &person.email),
                line(&sign.date, &None),
            ],
        });
        paper.blocks.push(Block::Heading(p.certificate_title.clone()));
        paper.blocks.push(Block::Signature {
            intro: vec![self.say(&p.certificate, citations)],
            lines: vec![line(&sign.signature, &None), line(&sign.date, &None)],
        });
        paper.blocks.push(Block::Heading(p.verification_title.clone()));
        paper.blocks.push(Block::Signature {
            intro: vec![self.say(&p.verification, citations)],
            lines: p.verification_lines.iter().map(|l| line(l, &None)).collect(),
        });
        Document { name: p.title.clone(), blocks: paper.blocks }
    }

    /// The proposed Order of Expungement, matching the petition.
    fn order(&self, caption: Block, subtitle: &str, charge_texts: &[String]) -> Document {
        let (o, citations, person) = (&self.papers.order, self.citations.as_str(), &self.case.petitioner);
        let mut paper = Paper::start(caption, &o.title, subtitle, self.say(&o.opening, citations));
        paper.numbered(self.say(&o.jurisdiction, citations));
        paper.numbered(self.say(&o.charges_intro, citations));
        for t in charge_texts {
            paper.blocks.push(Block::Item(t.clone()));
        }
        for &(id, ref citation) in &self.routes {
            if let Some(r) = self.papers.wording(id) {
                for f in &r.findings {
                    paper.numbered(self.say_for(f, id, citation));
                }
            }
        }
        for text in [&o.ordered_intro, &o.ordered_agencies] {
            paper.blocks.push(Block::Para { number: None, text: self.say(text, citations) });
        }
        paper.blocks.push(Block::Para { number: None, text: typeset(&format!("{} ({})", o.restoration, o.restoration_citation)) });
        paper.blocks.push(Block::Para { number: None, text: self.say(&o.clerk, citations) });
        paper.blocks.push(Block::Signature { intro: vec![o.so_ordered.clone()], lines: vec![line(&o.judge, &None)] });
        paper.blocks.push(Block::Signature { intro: vec![o.approved.clone()], lines: vec![line(&o.approved_by, &None)] });
        let sign = &self.papers.signature;
        paper.blocks.push(Block::Signature {
            intro: vec![o.prepared_by.clone()],
            lines: vec![line(&sign.name, &person.full_name), line(&sign.address, &person.address), line(&sign.phone, &person.phone)],
        });
        Document { name: o.title.clone(), blocks: paper.blocks }
    }
}

/// A line to sign or fill in, under `label`, with `value` printed on it when known.
fn line(label: &str, value: &Option<String>) -> SignLine {
    SignLine { label: label.to_string(), value: value.clone() }
}

/// The person's own page: where and how to file each set of papers, a checklist, what
/// happens next, the charges left out, and who gets certified copies.
fn instructions(rules: &RuleBook, a: &Assessment, petitioner: &str, filings: &[Filing], left_out: &[LeftOut]) -> Document {
    let w = &rules.papers.instructions;
    let who = if petitioner.is_empty() { "you".to_string() } else { petitioner.to_string() };
    let mut blocks = vec![
        Block::Title(w.title.clone()),
        Block::Subtitle(fill(
            &w.prepared,
            &[("date", dates::long(a.as_of)), ("petitioner", who), ("rules_version", a.rules_version.clone())],
        )),
        Block::Para { number: None, text: w.disclaimer.clone() },
    ];
    let next: Vec<String> = rules
        .learn
        .iter()
        .find(|p| p.slug == "after-you-file")
        .and_then(|p| p.sections.first())
        .map(|s| s.paragraphs.clone())
        .unwrap_or_default();
    for f in filings {
        let values = [("court", f.court.clone()), ("prosecutor", f.prosecutor.clone())];
        blocks.push(Block::Heading(capitalise(&fill(&w.papers_for, &values))));
        blocks.push(Block::Para { number: None, text: typeset(&capitalise(&fill(&w.where_, &values))) });
        blocks.push(Block::Para { number: None, text: typeset(&fill(&w.copies, &values)) });
        blocks.push(Block::Subheading(w.fee.clone()));
        blocks.push(Block::Para { number: None, text: typeset(&f.fee) });
        blocks.push(Block::Subheading(w.serve.clone()));
        blocks.push(Block::Para { number: None, text: typeset(&f.notice) });
        blocks.push(Block::Subheading(w.bring.clone()));
        blocks.extend(f.bring.iter().map(|b| Block::Item(b.clone())));
        blocks.push(Block::Subheading(w.checklist.clone()));
        blocks.extend(w.checklist_items.iter().map(|c| Block::Check(typeset(&fill(c, &values)))));
    }
    if !next.is_empty() {
        blocks.push(Block::Heading(w.next.clone()));
        blocks.extend(next.into_iter().map(|p| Block::Item(typeset(&p))));
    }
    if !left_out.is_empty() {
        blocks.push(Block::Heading(w.left_out.clone()));
        blocks.push(Block::Para { number: None, text: w.left_out_intro.clone() });
        blocks.extend(left_out.iter().map(|l| Block::Item(format!("Charge {} ({}): {}", l.index + 1, l.offence, l.why))));
    }
    for f in filings {
        blocks.push(Block::Heading(format!("{}: {}", w.agencies_title, f.court)));
        blocks.push(Block::Para { number: None, text: w.agencies_intro.clone() });
        blocks.extend(f.agencies.iter().map(|ag| Block::Item(format!("{}: {}", capitalise(&ag.name), ag.identifiers.join("; ")))));
    }
    Document { name: w.title.clone(), blocks }
}

/// A court paper being written: its blocks, and the last paragraph number used.
struct Paper {
    blocks: Vec<Block>,
    number: u32,
}

impl Paper {
    /// Caption, title, subtitle and the unnumbered opening paragraph.
    fn start(caption: Block, title: &str, subtitle: &str, opening: String) -> Self {
        let blocks =
            vec![caption, Block::Title(title.into()), Block::Subtitle(subtitle.into()), Block::Para { number: None, text: opening }];
        Paper { blocks, number: 0 }
    }

    fn numbered(&mut self, text: String) {
        self.number += 1;
        self.blocks.push(Block::Para { number: Some(self.number), text });
    }
}

/// One charge's facts in the papers' words; parts not known are left out.
fn charge_text(papers: &Papers, case: &Case, i: usize, c: &ChargeAssessment) -> String {
    let w = &papers.charge;
    let charge = &case.charges[i];
    let opening = if charge.outcome == Some(CaseOutcome::NotCharged) { &w.arrested_for } else { &w.offence };
    let mut s = fill(opening, &[("offence", offence(charge, c))]);
    if let Some(statute) = charge.statute.as_ref().filter(|s| !s.trim().is_empty()) {
        s.push_str(&fill(&w.statute, &[("statute", statute.trim().to_string())]));
    }
    if let Some(n) = charge.case_number.as_ref().filter(|s| !s.trim().is_empty()) {
        s.push_str(&fill(&w.case_number, &[("case_number", n.trim().to_string())]));
    }
    if let Some(d) = charge.arrest_date {
        s.push_str(&fill(&w.arrest, &[("arrest_date", dates::long(d))]));
        if let Some(agency) = charge.arresting_agency.as_ref().filter(|s| !s.trim().is_empty()) {
            s.push_str(&fill(&w.agency, &[("agency", agency.trim().to_string())]));
        }
    }
    s.push_str(&w.end);
    let s = typeset(&s);
    let date = charge.disposition_date.map(dates::long).unwrap_or_else(|| w.no_date.clone());
    let ended = match charge.outcome {
        Some(CaseOutcome::Dismissed) => Some(fill(&w.dismissed, &[("date", date)])),
        Some(CaseOutcome::Dropped) => Some(fill(&w.dropped, &[("date", date)])),
        Some(CaseOutcome::NoBill) => Some(fill(&w.no_bill, &[("date", date)])),
        Some(CaseOutcome::NotCharged) => Some(w.not_charged.clone()),
        Some(CaseOutcome::NolleProsequi) => Some(fill(&w.nolle_prosequi, &[("date", date)])),
        Some(CaseOutcome::Acquitted) => Some(fill(&w.not_guilty, &[("date", date)])),
        Some(CaseOutcome::NoDisposition) => Some(w.no_disposition.clone()),
        Some(CaseOutcome::PassedToFile) => Some(fill(&w.remanded, &[("date", date)])),
        Some(CaseOutcome::Convicted) => {
            let mut t = fill(&w.convicted, &[("date", date)]);
            if let Some(done) = charge.sentence_completion_date {
                t.push(' ');
                t.push_str(&fill(&w.sentence, &[("date", dates::long(done))]));
            }
            t.push(' ');
            t.push_str(&w.fines);
            Some(t)
        }
        Some(CaseOutcome::Program) => {
            let kind = crate::case::facts::get(case, Some(i), FactKey::ChargeProgramKind);
            let program = kind.and_then(|k| w.program_name(&k)).unwrap_or(&w.program_unknown);
            Some(fill(&w.program, &[("program", program.clone()), ("date", date)]))
        }
        _ => None,
    };
    match ended {
        Some(e) => format!("{s} {e}"),
        None => s,
    }
}

/// The charge as the person wrote it (the engine's name may add the code section).
fn offence(charge: &Charge, c: &ChargeAssessment) -> String {
    charge.offence.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).unwrap_or_else(|| c.name.clone())
}

/// Who gets a certified copy: each arresting agency, the detention facility (or the
/// sheriff), the Mississippi Criminal Information Center, and the court's own clerk.
fn agencies(papers: &Papers, case: &Case, court: &str, county: Option<&str>, indices: &[usize], causes: &[String]) -> Vec<Agency> {
    let mut out: Vec<Agency> = Vec::new();
    let mut add = |name: String, id: String| match out.iter_mut().find(|a| a.name == name) {
        Some(a) => {
            if !a.identifiers.contains(&id) {
                a.identifiers.push(id)
            }
        }
        None => out.push(Agency { name, identifiers: vec![id] }),
    };
    let person = {
        let p = &case.petitioner;
        let mut who = p.full_name.clone().unwrap_or_else(|| "the Petitioner".into());
        if let Some(dob) = p.date_of_birth {
            who.push_str(&format!(", born {}", dates::long(dob)));
        }
        who
    };
    for &i in indices {
        let c = &case.charges[i];
        let arrest = match (c.arrest_date, &c.case_number) {
            (Some(d), Some(n)) => format!("arrest of {}, case {}", dates::long(d), n.trim()),
            (Some(d), None) => format!("arrest of {}", dates::long(d)),
            (None, Some(n)) => format!("case {}", n.trim()),
            (None, None) => format!("charge of {}", c.offence.clone().unwrap_or_default()),
        };
        if let Some(agency) = c.arresting_agency.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
            add(agency, arrest.clone());
        }
        let detention = match (c.detention_facility.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()), county) {
            (Some(facility), _) => Some(facility),
            (None, Some(county)) => Some(fill(&papers.agencies.detention, &[("county", county.to_string())])),
            (None, None) => None,
        };
        if let Some(d) = detention {
            add(d, arrest);
        }
    }
    add(papers.agencies.mcic.clone(), person);
    let clerk = fill(&papers.agencies.court_records, &[("court", court.to_string())]);
    let cases = if causes.is_empty() { "the case numbers the clerk has".to_string() } else { format!("cases {}", causes.join(", ")) };
    add(clerk, cases);
    out
}

/// A section sign stays on the line of its number: "§ 99-19-71" never breaks.
fn typeset(text: &str) -> String {
    text.replace("§§ ", "§§\u{a0}").replace("§ ", "§\u{a0}")
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

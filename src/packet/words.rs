//! The petition and the proposed order of one group of charges, filled from
//! `papers.toml`: each statement and finding drawn only when the answers it rests on
//! hold (`claims`), each route's own effect and decrees.

use crate::case::Case;
use crate::case::Outcome as CaseOutcome;
use crate::engine::ChargeAssessment;
use crate::rules::papers::{OwnWordsKind, PaperRoute, Records, Statement};
use crate::rules::text::{capitalise, fill};
use crate::rules::{Papers, RouteId, RuleBook};

use super::build::{BLANK, Group, join_and, typeset};
use super::charge::{case_number, offence, original_court};
use super::claims::Ledger;
use super::model::{Agency, Block, Claim, Document, SignLine, Style};

/// What one petition and its order are filled from.
pub(super) struct Words<'a> {
    rules: &'a RuleBook,
    papers: &'a Papers,
    case: &'a Case,
    group: &'a Group,
    assessed: Vec<&'a ChargeAssessment>,
    /// Each route of the charges once, with its citation, in the charges' order.
    routes: Vec<(RouteId, String)>,
    citations: String,
    petitioner: String,
    prosecutor: String,
    notice_days: Option<u32>,
    agency_list: String,
    /// Each charge's paragraph and the answers it states.
    charge_texts: Vec<(String, Vec<Claim>)>,
}

impl<'a> Words<'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        rules: &'a RuleBook,
        case: &'a Case,
        group: &'a Group,
        assessed: Vec<&'a ChargeAssessment>,
        routes: Vec<(RouteId, String)>,
        prosecutor: &str,
        notice_days: Option<u32>,
        agencies: &[Agency],
        charge_texts: Vec<(String, Vec<Claim>)>,
    ) -> Words<'a> {
        Words {
            rules,
            papers: &rules.papers,
            case,
            group,
            assessed,
            citations: routes.iter().map(|(_, c)| c.clone()).collect::<Vec<_>>().join("; "),
            routes,
            petitioner: case.petitioner.full_name.clone().unwrap_or_default(),
            prosecutor: prosecutor.to_string(),
            notice_days,
            agency_list: join_and(&agencies.iter().map(|a| a.name.clone()).collect::<Vec<_>>()),
            charge_texts,
        }
    }

    pub fn court(&self) -> &str {
        &self.group.court
    }

    pub fn petitioner_or_blank(&self) -> String {
        if self.petitioner.is_empty() { BLANK.into() } else { self.petitioner.clone() }
    }

    fn wording(&self) -> impl Iterator<Item = (RouteId, &str, &'a PaperRoute)> + '_ {
        self.routes.iter().filter_map(|(id, c)| self.papers.wording(*id).map(|w| (*id, c.as_str(), w)))
    }

    /// The charges of `route` in this petition.
    fn charges_of(&self, route: RouteId) -> Vec<usize> {
        self.assessed.iter().filter(|c| c.route.as_ref().is_some_and(|r| r.id == route)).map(|c| c.charge).collect()
    }

    /// `text` filled for the charges in this petition.
    pub fn say(&self, text: &str, citation: &str) -> String {
        let p = &self.papers.parties;
        self.fill(text, citation, if self.group.indices.len() == 1 { &p.one_charge } else { &p.many_charges }, None)
    }

    /// `text` filled for the charges of `route`: with more than one statute in a
    /// petition, each one's statements name their charges.
    fn say_for(&self, text: &str, route: RouteId, citation: &str) -> String {
        let p = &self.papers.parties;
        let charges = self.charges_of(route);
        let named = (self.routes.len() > 1).then(|| {
            let offences: Vec<String> = charges.iter().map(|&i| offence(&self.case.charges[i], self.assessed_of(i))).collect();
            let pattern = if offences.len() == 1 { &p.one_charge_named } else { &p.many_charges_named };
            fill(pattern, &[("offences", join_and(&offences))])
        });
        let default = if self.group.indices.len() == 1 { &p.one_charge } else { &p.many_charges };
        self.fill(text, citation, named.as_deref().unwrap_or(default), charges.first().copied())
    }

    fn assessed_of(&self, i: usize) -> &ChargeAssessment {
        self.assessed.iter().find(|c| c.charge == i).copied().unwrap_or(self.assessed[0])
    }

    fn fill(&self, text: &str, citation: &str, charges: &str, first: Option<usize>) -> String {
        let p = &self.papers.parties;
        let cases =
            self.group.indices.iter().filter_map(|&i| case_number(&self.case.charges[i])).collect::<std::collections::BTreeSet<_>>().len();
        let bac = first.and_then(|i| self.case.charges[i].dui_facts.as_ref()?.bac).map(|b| b.to_string()).unwrap_or_default();
        let values = [
            ("petitioner", self.petitioner_or_blank()),
            ("court", self.group.court.clone()),
            ("prosecutor", self.prosecutor.clone()),
            ("days", self.notice_days.map(|d| d.to_string()).unwrap_or_else(|| "the required number of".into())),
            ("citation", citation.to_string()),
            ("charges", charges.to_string()),
            ("cases", if cases > 1 { p.many_cases.clone() } else { p.one_case.clone() }),
            ("was_were", if cases > 1 { "were".into() } else { "was".into() }),
            ("agencies", self.agency_list.clone()),
            ("county", self.group.county.clone().unwrap_or_default()),
            ("bac", bac),
        ];
        typeset(&capitalise(&fill(text, &values)))
    }

    /// The caption: the State against the petitioner in a court that had the case, or
    /// "In re" for a new file; the new cause number is left for the clerk.
    pub fn caption(&self) -> Block {
        let p = &self.papers.parties;
        let name = if self.petitioner.is_empty() { BLANK.into() } else { self.petitioner.to_uppercase() };
        let left = match self.group.style {
            Style::SameCourt => vec![p.respondent_name.clone(), String::new(), p.versus.clone(), name, p.petitioner.clone()],
            Style::NewFile => {
                vec![fill(&p.in_re, &[("petitioner", name)]), String::new(), p.in_re_for.clone(), String::new(), String::new()]
            }
        };
        Block::Caption { court: self.group.caption.clone(), left, cause: p.cause_blank.clone() }
    }

    /// "Original case: [court], No. [n]", once per case.
    fn originals(&self) -> Vec<Block> {
        let p = &self.papers.parties;
        let mut lines: Vec<String> = Vec::new();
        for &i in &self.group.indices {
            let charge = &self.case.charges[i];
            if charge.outcome == Some(CaseOutcome::NotCharged) {
                continue;
            }
            let court = match self.group.style {
                Style::SameCourt => Some(self.group.court.clone()),
                Style::NewFile => original_court(self.rules, charge),
            };
            let line = match (court, case_number(charge)) {
                (Some(court), Some(n)) => fill(&p.original_case, &[("original_court", court), ("case_number", n)]),
                (Some(court), None) => fill(&p.original_case_unnumbered, &[("original_court", court)]),
                (None, Some(n)) => fill(&p.original_case, &[("original_court", self.group.court.clone()), ("case_number", n)]),
                (None, None) => continue,
            };
            let line = capitalise(&line);
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        lines.into_iter().map(Block::Subtitle).collect()
    }

    fn start(&self, title: &str, opening: &str) -> Paper {
        let mut blocks = vec![self.caption()];
        blocks.extend(self.originals());
        blocks.push(Block::Title(title.into()));
        let subtitle: Vec<String> = self.wording().map(|(id, c, w)| self.say_for(&w.subtitle, id, c)).collect();
        blocks.push(Block::Subtitle(subtitle.join(" ")));
        blocks.push(para(None, self.say(opening, &self.citations), Vec::new()));
        Paper { blocks, number: 0 }
    }

    /// Each route's statements (or findings) whose answers hold.
    fn rested(&self, paper: &mut Paper, ledger: &mut Ledger, pick: fn(&PaperRoute) -> &Vec<Statement>) {
        for (id, citation, w) in self.wording() {
            let charges = self.charges_of(id);
            for s in pick(w) {
                if let Some(claims) = ledger.check(self.case, s, &charges) {
                    paper.numbered(self.say_for(&s.text, id, citation), claims);
                    if s.write_in > 0 {
                        paper.blocks.push(Block::WriteIn(s.write_in));
                    }
                }
            }
        }
    }

    /// The Petition for Expungement.
    pub fn petition(&self, ledger: &mut Ledger) -> Document {
        let (p, citations, person) = (&self.papers.petition, self.citations.as_str(), &self.case.petitioner);
        let mut paper = self.start(&p.title, &p.opening);
        let jurisdiction = match self.group.style {
            Style::SameCourt => &p.jurisdiction,
            Style::NewFile => self.wording().find_map(|(_, _, w)| w.jurisdiction.as_ref()).unwrap_or(&p.jurisdiction_new),
        };
        paper.numbered(self.say(jurisdiction, citations), Vec::new());
        if let Some(dob) = person.date_of_birth {
            paper.numbered(fill(&p.birth, &[("birth_year", chrono::Datelike::year(&dob).to_string())]), Vec::new());
        }
        if !person.other_names.is_empty() {
            paper.numbered(fill(&p.other_names, &[("other_names", join_and(&person.other_names))]), Vec::new());
        }
        for (text, claims) in &self.charge_texts {
            paper.numbered(text.clone(), claims.clone());
        }
        self.rested(&mut paper, ledger, |w| &w.statements);
        self.own_words(&mut paper);
        paper.numbered(self.say(&p.basis, citations), Vec::new());
        self.exhibits(&mut paper);
        let mut prayer = self.say(if self.group.records == Records::Court { &p.prayer_court_records } else { &p.prayer }, citations);
        if self.wording().any(|(_, _, w)| w.effect.is_some()) {
            prayer = format!("{prayer} {}", p.prayer_effect);
        }
        paper.blocks.push(para(None, prayer, Vec::new()));
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
        paper.blocks.push(para(None, self.say(&p.certificate, citations), Vec::new()));
        paper.blocks.extend(p.certificate_methods.iter().map(|m| Block::Check(m.clone())));
        paper.blocks.push(Block::Signature {
            intro: Vec::new(),
            lines: vec![line(&p.certificate_address, &None), line(&sign.date, &None), line(&sign.signature, &None)],
        });
        paper.blocks.push(Block::Heading(p.verification_title.clone()));
        paper.blocks.push(Block::Signature {
            intro: vec![self.say(&p.verification, citations)],
            lines: p.verification_lines.iter().map(|l| line(l, &None)).collect(),
        });
        Document { name: p.title.clone(), blocks: paper.blocks }
    }

    /// The person's own statement for each kind the routes ask for: as written, or
    /// the guidance and lines to write it by hand. Never words of ours.
    fn own_words(&self, paper: &mut Paper) {
        let mut kinds: Vec<OwnWordsKind> = Vec::new();
        for (_, _, w) in self.wording() {
            if let Some(k) = w.own_words.filter(|k| !kinds.contains(k)) {
                kinds.push(k);
            }
        }
        for kind in kinds {
            let words = self.papers.own_words.get(kind);
            let given = match kind {
                OwnWordsKind::Rehabilitation => &self.case.petitioner.rehabilitation,
                OwnWordsKind::DuiJustification => &self.case.petitioner.dui_justification,
            };
            match given.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(text) => paper.numbered(format!("{} {text}", words.intro), Vec::new()),
                None => {
                    paper.numbered(words.intro.clone(), Vec::new());
                    paper.blocks.push(para(None, words.guidance.clone(), Vec::new()));
                    paper.blocks.push(Block::WriteIn(words.lines));
                }
            }
        }
    }

    /// The exhibits every route asks for, in order, once each.
    pub fn exhibit_ids(&self) -> Vec<&'a str> {
        let mut ids: Vec<&str> = Vec::new();
        for (_, _, w) in self.wording() {
            for id in w.exhibits() {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// The exhibits, lettered A, B, C.
    fn exhibits(&self, paper: &mut Paper) {
        let p = &self.papers.petition;
        let items: Vec<Block> = self
            .exhibit_ids()
            .iter()
            .filter_map(|id| self.papers.exhibit_names.get(*id))
            .zip('A'..='Z')
            .map(|(name, letter)| Block::Item(fill(&p.exhibit, &[("letter", letter.to_string()), ("name", name.clone())])))
            .collect();
        if !items.is_empty() {
            paper.numbered(p.exhibits.clone(), Vec::new());
            paper.blocks.extend(items);
        }
    }

    /// The proposed Order of Expungement, matching the petition.
    pub fn order(&self, ledger: &mut Ledger) -> Document {
        let (o, citations, person) = (&self.papers.order, self.citations.as_str(), &self.case.petitioner);
        let mut paper = self.start(&o.title, &o.opening);
        paper.numbered(self.say(&o.jurisdiction, citations), Vec::new());
        let intro = if self.group.style == Style::SameCourt { &o.charges_intro } else { &o.charges_intro_new };
        paper.numbered(self.say(intro, citations), Vec::new());
        for (text, _) in &self.charge_texts {
            paper.blocks.push(Block::Item(text.clone()));
        }
        self.rested(&mut paper, ledger, |w| &w.findings);
        let court_only = self.group.records == Records::Court;
        let decrees: &[&String] = if court_only { &[&o.ordered_court_records] } else { &[&o.ordered_intro, &o.ordered_agencies] };
        for text in decrees {
            paper.blocks.push(para(None, self.say(text, citations), Vec::new()));
        }
        let mut effects: Vec<String> = Vec::new();
        for (_, route_citation, w) in self.wording() {
            if let (Some(effect), Some(citation)) = (&w.effect, &w.effect_citation) {
                let citation = fill(citation, &[("citation", route_citation.to_string())]);
                let text = typeset(&format!("{effect} ({citation})"));
                if !effects.contains(&text) {
                    effects.push(text);
                }
            }
        }
        paper.blocks.extend(effects.into_iter().map(|e| para(None, e, Vec::new())));
        for (id, citation, w) in self.wording() {
            paper.blocks.extend(w.directions.iter().map(|d| para(None, self.say_for(d, id, citation), Vec::new())));
        }
        paper.blocks.push(para(None, self.say(if court_only { &o.clerk_court_records } else { &o.clerk }, citations), Vec::new()));
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

/// A paragraph, numbered or not, with the answers it states.
pub(super) fn para(number: Option<u32>, text: String, rests_on: Vec<Claim>) -> Block {
    Block::Para { number, text, rests_on }
}

/// A line to sign or fill in, under `label`, with `value` printed on it when known.
pub(super) fn line(label: &str, value: &Option<String>) -> SignLine {
    SignLine { label: label.to_string(), value: value.clone() }
}

/// A court paper being written: its blocks, and the last paragraph number used.
struct Paper {
    blocks: Vec<Block>,
    number: u32,
}

impl Paper {
    fn numbered(&mut self, text: String, rests_on: Vec<Claim>) {
        self.number += 1;
        self.blocks.push(para(Some(self.number), text, rests_on));
    }
}

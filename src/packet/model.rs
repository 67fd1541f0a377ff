//! The packet as a document model, apart from how it is drawn: the same values become a
//! PDF (`pdf`) and can be shown as HTML. Snapshots of this model make every wording
//! change a reviewable diff.

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::facts::FactKey;

/// Everything drawn for one person on one date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Packet {
    pub prepared: NaiveDate,
    pub rules_version: String,
    pub petitioner: String,
    /// One per court: a petition and its matching order.
    pub filings: Vec<Filing>,
    /// Charges not in any petition, with why or from when.
    pub left_out: Vec<LeftOut>,
    /// Plain-words filing instructions, the checklist and who gets certified copies.
    pub instructions: Document,
    /// The foot of each page of the instructions, in their language ("Page {n} of
    /// {total}").
    pub instructions_page: String,
    /// Facts a needed sentence rests on that are not answered yet: the papers are not
    /// given out until they are (`Refused::MissingFacts`).
    pub missing: Vec<Claim>,
    /// Facts a needed sentence rests on that were answered against it ("no", "not
    /// sure"): the engine should not have found the charge eligible; `verify` refuses.
    pub unbacked: Vec<Claim>,
}

/// One answer a paragraph states: a fact of one charge (or of the person, when
/// `charge` is `None`) and the answer it needs (`None`: any answer, such as a date).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Claim {
    pub charge: Option<usize>,
    pub fact: FactKey,
    pub answer: Option<String>,
}

/// How a petition is captioned: in the case the court already had, or as a new file
/// where the court never had the case (papers-reference § 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    /// "STATE OF MISSISSIPPI v. NAME", the original cause numbers in the body.
    SameCourt,
    /// "IN RE: PETITION OF NAME FOR EXPUNCTION".
    NewFile,
}

/// A petition and its proposed order for one court.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Filing {
    /// "the Circuit Court of Hinds County".
    pub court: String,
    /// "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI".
    pub caption: String,
    /// Every case number of the charges, in order; empty when none was given. They
    /// are printed as the original cases; the new cause number is left for the clerk.
    pub cause_numbers: Vec<String>,
    pub style: Style,
    /// The court must grant it ("shall") rather than may: a petition never mixes them.
    pub must: bool,
    pub charges: Vec<ChargeFacts>,
    /// Who prosecutes in this court and is served.
    pub prosecutor: String,
    /// Days of notice before a hearing, where the law sets them.
    pub notice_days: Option<u32>,
    /// Each agency that gets a certified copy of the order.
    pub agencies: Vec<Agency>,
    /// The fee, in the engine's plain words: each different text among the charges.
    pub fees: Vec<String>,
    /// Who gets a copy and when, in the engine's plain words.
    pub notice: String,
    /// The papers to attach or bring.
    pub bring: Vec<String>,
    pub petition: Document,
    pub order: Document,
    /// The confidential identification sheet for the clerk and MCIC.
    pub identification: Document,
    /// The pauper's affidavit, when the person said they cannot pay the fee.
    pub pauper: Option<Document>,
}

impl Filing {
    /// The papers of this court in the order they are printed.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        [&self.petition, &self.order, &self.identification].into_iter().chain(self.pauper.as_ref())
    }
}

/// One charge as the papers state it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChargeFacts {
    /// The charge's position in the case, from 0.
    pub index: usize,
    pub offence: String,
    pub case_number: Option<String>,
    pub route: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agency {
    pub name: String,
    /// What the agency needs to find its records: case numbers, dates, names.
    pub identifiers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOut {
    pub index: usize,
    pub offence: String,
    /// The engine's headline for the charge: a date or a reason, in plain words.
    pub why: String,
}

/// A court paper: blocks drawn top to bottom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub name: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// The court line and the parties, with the cause number; never split.
    Caption { court: String, left: Vec<String>, cause: String },
    /// A centred bold title.
    Title(String),
    /// A centred line under the title.
    Subtitle(String),
    /// A numbered paragraph when `number` is set, a plain one otherwise, with the
    /// answers it states.
    Para { number: Option<u32>, text: String, rests_on: Vec<Claim> },
    /// Blank full-width lines to write on by hand.
    WriteIn(u32),
    /// A label and a line to fill in, with the value printed on it when known.
    Field { label: String, value: Option<String> },
    /// An indented line in a list (the charges of an order).
    Item(String),
    /// A bold heading inside a paper.
    Heading(String),
    /// A smaller bold heading, at the left.
    Subheading(String),
    /// A line with a box to tick.
    Check(String),
    /// Lines to sign or fill in by hand, drawn as blank rules with a label; never split.
    Signature { intro: Vec<String>, lines: Vec<SignLine> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignLine {
    /// What is printed under the line, e.g. "Signature".
    pub label: String,
    /// Printed on the line when known (a name, an address); blank to fill in by hand.
    pub value: Option<String>,
}

impl Document {
    /// All the words of the paper, in order: for checks and tests.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            match b {
                Block::Caption { court, left, cause } => {
                    out.push_str(court);
                    for l in left {
                        out.push('\n');
                        out.push_str(l);
                    }
                    out.push('\n');
                    out.push_str(cause);
                }
                Block::Title(t) | Block::Subtitle(t) | Block::Heading(t) | Block::Subheading(t) | Block::Item(t) => out.push_str(t),
                Block::Check(t) => {
                    out.push_str("[ ] ");
                    out.push_str(t);
                }
                Block::Para { number, text, .. } => {
                    if let Some(n) = number {
                        out.push_str(&format!("{n}. "));
                    }
                    out.push_str(text);
                }
                Block::WriteIn(n) => out.push_str(&vec!["____"; *n as usize].join("\n")),
                Block::Field { label, value } => {
                    out.push_str(label);
                    out.push_str(": ");
                    out.push_str(value.as_deref().unwrap_or("____"));
                }
                Block::Signature { intro, lines } => {
                    out.push_str(&intro.join("\n"));
                    for l in lines {
                        out.push('\n');
                        if let Some(v) = &l.value {
                            out.push_str(v);
                            out.push(' ');
                        }
                        out.push_str(&l.label);
                    }
                }
            }
            out.push('\n');
        }
        out
    }
}

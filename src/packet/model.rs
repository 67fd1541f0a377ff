//! The packet as a document model, apart from how it is drawn: the same values become a
//! PDF (`pdf`) and can be shown as HTML. Snapshots of this model make every wording
//! change a reviewable diff.

use chrono::NaiveDate;
use serde::Serialize;

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
}

/// A petition and its proposed order for one court.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Filing {
    /// "the Circuit Court of Hinds County".
    pub court: String,
    /// "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI".
    pub caption: String,
    /// Every case number of the charges, in order; empty when none was given.
    pub cause_numbers: Vec<String>,
    pub charges: Vec<ChargeFacts>,
    /// Who prosecutes in this court and is served.
    pub prosecutor: String,
    /// Days of notice before a hearing, where the law sets them.
    pub notice_days: Option<u32>,
    /// Each agency that gets a certified copy of the order.
    pub agencies: Vec<Agency>,
    /// The fee, in the engine's plain words.
    pub fee: String,
    /// Who gets a copy and when, in the engine's plain words.
    pub notice: String,
    /// The papers to attach or bring.
    pub bring: Vec<String>,
    pub petition: Document,
    pub order: Document,
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
    /// A numbered paragraph when `number` is set, a plain one otherwise.
    Para { number: Option<u32>, text: String },
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
                Block::Para { number, text } => {
                    if let Some(n) = number {
                        out.push_str(&format!("{n}. "));
                    }
                    out.push_str(text);
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

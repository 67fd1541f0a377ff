//! The papers' verification, run on every packet before it is drawn. A petition and
//! its order must name the same court, cause numbers, petitioner, charges and case
//! numbers, and every charge that may be expunged now must be in exactly one petition.
//! A mismatch is a bug: it stops the packet rather than hand a person papers a clerk
//! would send back.

use std::fmt;

use crate::engine::{Assessment, Outcome};

use super::model::{Block, Document, Packet};

/// What did not match, in words; it may name charges, so it is never logged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch(pub String);

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the packet does not hold together: {}", self.0)
    }
}

impl std::error::Error for Mismatch {}

/// Checks built papers against the assessment they were built from.
pub fn verify(packet: &Packet, a: &Assessment) -> Result<(), Mismatch> {
    if let Some(c) = packet.unbacked.first() {
        let whose = c.charge.map(|i| format!("charge {}", i + 1)).unwrap_or_else(|| "the person".into());
        return Err(Mismatch(format!("a needed sentence rests on {} of {whose}, answered otherwise", c.fact)));
    }
    let mut seen = vec![0usize; a.charges.len()];
    for f in &packet.filings {
        let (p, o) = (caption(&f.petition), caption(&f.order));
        if p.is_none() || p != o {
            return Err(Mismatch(format!("the petition and the order for {} have different captions", f.court)));
        }
        let Some((court, _, _)) = p else { continue };
        if court != f.caption {
            return Err(Mismatch(format!("the papers for {} are headed for another court", f.court)));
        }
        let (petition, order) = (f.petition.text(), f.order.text());
        let originals = |d: &Document| -> String {
            d.blocks.iter().filter_map(|b| if let Block::Subtitle(t) = b { Some(t.as_str()) } else { None }).collect::<Vec<_>>().join("\n")
        };
        let (p_originals, o_originals) = (originals(&f.petition), originals(&f.order));
        for n in &f.cause_numbers {
            if !p_originals.contains(n.as_str()) || !o_originals.contains(n.as_str()) {
                return Err(Mismatch(format!("cause number {n} is missing from the papers for {}", f.court)));
            }
        }

        let named = petition.contains(&packet.petitioner) && order.contains(&packet.petitioner);
        if !packet.petitioner.is_empty() && !named {
            return Err(Mismatch(format!("the petitioner's name is missing from the papers for {}", f.court)));
        }
        for c in &f.charges {
            if c.index >= seen.len() {
                return Err(Mismatch(format!("charge {} is not in the case", c.index + 1)));
            }
            seen[c.index] += 1;
            for (paper, text) in [("petition", &petition), ("order", &order)] {
                if !text.contains(&c.offence) {
                    return Err(Mismatch(format!("the {paper} for {} does not name the charge {}", f.court, c.offence)));
                }
                if let Some(n) = c.case_number.as_deref().map(str::trim).filter(|n| !n.is_empty())
                    && !text.contains(n)
                {
                    return Err(Mismatch(format!("the {paper} for {} does not give case number {n}", f.court)));
                }
            }
        }
        for agency in &f.agencies {
            if !order.contains(&agency.name) {
                return Err(Mismatch(format!("the order for {} does not direct {}", f.court, agency.name)));
            }
        }
    }
    for (i, c) in a.charges.iter().enumerate() {
        let eligible = c.outcome == Outcome::Eligible;
        let placed = seen[i] + packet.left_out.iter().filter(|l| l.index == i).count();
        let drawable = eligible && c.route.is_some() && c.filing.as_ref().and_then(|f| f.caption.as_ref()).is_some();
        if placed != 1 || (seen[i] == 1) != drawable {
            return Err(Mismatch(format!("charge {} ({}) is in {} petitions", i + 1, c.name, seen[i])));
        }
    }
    Ok(())
}

fn caption(d: &Document) -> Option<(String, Vec<String>, String)> {
    d.blocks.iter().find_map(|b| match b {
        Block::Caption { court, left, cause } => Some((court.clone(), left.clone(), cause.clone())),
        _ => None,
    })
}

//! The papers around the petition: the confidential identification sheet for the
//! clerk and MCIC, the optional pauper's affidavit, and the person's filing
//! instructions.

use crate::case::Case;
use crate::engine::{Assessment, ChargeAssessment, dates};
use crate::rules::RuleBook;
use crate::rules::text::{capitalise, fill};

use super::build::{Group, join_and, typeset};
use super::charge::offence;
use super::model::{Block, Document, Filing, LeftOut};
use super::words::{Words, line, para};

/// A separate page, never filed in the public file: the identifiers MCIC needs to
/// find the record, as blanks to fill in by hand (the site collects no Social
/// Security number). The name, other names and date of birth are printed when given.
pub(super) fn identification(rules: &RuleBook, case: &Case, g: &Group, assessed: &[&ChargeAssessment]) -> Document {
    let w = &rules.papers.identification;
    let p = &case.petitioner;
    let name = p.full_name.clone().unwrap_or_else(|| super::build::BLANK.into());
    let known = [p.full_name.clone(), (!p.other_names.is_empty()).then(|| join_and(&p.other_names)), p.date_of_birth.map(dates::long)];
    let mut blocks = vec![
        Block::Title(w.title.clone()),
        Block::Subtitle(w.subtitle.clone()),
        para(None, w.keep_out.clone(), Vec::new()),
        para(None, fill(&w.about, &[("petitioner", name), ("court", g.court.clone())]), Vec::new()),
    ];
    for (k, label) in w.fields.iter().enumerate() {
        blocks.push(Block::Field { label: label.clone(), value: known.get(k).cloned().flatten() });
    }
    for c in assessed {
        let label = fill(&w.arrest, &[("n", (c.charge + 1).to_string()), ("offence", offence(&case.charges[c.charge], c))]);
        blocks.push(para(None, label, Vec::new()));
        blocks.push(Block::WriteIn(1));
    }
    Document { name: w.title.clone(), blocks }
}

/// The pauper's affidavit (§ 11-53-17), under the petition's caption, headed by a
/// plain warning that the clerk may or may not accept it for this fee.
pub(super) fn pauper(rules: &RuleBook, words: &Words) -> Document {
    let w = &rules.papers.pauper;
    let mut blocks = vec![
        words.caption(),
        Block::Title(w.title.clone()),
        Block::Subtitle(typeset(&w.subtitle)),
        para(None, typeset(&w.warning), Vec::new()),
        para(
            None,
            typeset(&fill(&w.oath, &[("petitioner", words.petitioner_or_blank()), ("court", words.court().to_string())])),
            Vec::new(),
        ),
    ];
    blocks.push(Block::Signature { intro: Vec::new(), lines: w.lines.iter().map(|l| line(l, &None)).collect() });
    Document { name: w.title.clone(), blocks }
}

/// The person's own page: where and how to file each set of papers, a checklist, what
/// happens next, the charges left out, and who gets certified copies.
pub(super) fn instructions(rules: &RuleBook, a: &Assessment, petitioner: &str, filings: &[Filing], left_out: &[LeftOut]) -> Document {
    let w = &rules.papers.instructions;
    let who = if petitioner.is_empty() { w.you.clone() } else { petitioner.to_string() };
    let plain = |text: String| para(None, text, Vec::new());
    let mut blocks = vec![
        Block::Title(w.title.clone()),
        Block::Subtitle(fill(
            &w.prepared,
            &[("date", rules.meta.long_date(a.as_of)), ("petitioner", who), ("rules_version", a.rules_version.clone())],
        )),
        plain(w.disclaimer.clone()),
        Block::Heading(w.contents.clone()),
        plain(w.contents_intro.clone()),
        Block::Item(w.paper_petition.clone()),
        Block::Item(w.paper_order.clone()),
        Block::Item(w.paper_identification.clone()),
    ];
    if filings.iter().any(|f| f.pauper.is_some()) {
        blocks.push(Block::Item(w.paper_pauper.clone()));
    }
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
        blocks.push(plain(typeset(&capitalise(&fill(&w.where_, &values)))));
        blocks.push(plain(typeset(&fill(&w.copies, &values))));
        blocks.push(Block::Subheading(w.fee.clone()));
        blocks.extend(f.fees.iter().map(|fee| plain(typeset(fee))));
        blocks.push(Block::Subheading(w.serve.clone()));
        blocks.push(plain(typeset(&f.notice)));
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
        blocks.push(plain(w.left_out_intro.clone()));
        blocks.extend(left_out.iter().map(|l| {
            Block::Item(format!(
                "{}: {}",
                fill(&w.left_out_item, &[("n", (l.index + 1).to_string()), ("offence", l.offence.clone())]),
                l.why
            ))
        }));
    }
    for f in filings.iter().filter(|f| !f.agencies.is_empty()) {
        blocks.push(Block::Heading(format!("{}: {}", w.agencies_title, f.court)));
        blocks.push(plain(w.agencies_intro.clone()));
        blocks.extend(f.agencies.iter().map(|ag| Block::Item(format!("{}: {}", capitalise(&ag.name), ag.identifiers.join("; ")))));
    }
    Document { name: w.title.clone(), blocks }
}

//! The sheets a batch print adds around each person's papers, as the papers' own
//! document model (drawn by `packet::pdf`): the cover sheet on top of a person's papers
//! for one court (or for all their courts, in their own PDF), and the list at the head
//! of each court's stack. Printed in English, like the court papers.

use chrono::NaiveDate;

use crate::packet::build::join_and;
use crate::packet::model::{Block, Document, Filing};
use crate::questionnaire::words::ClinicWords;
use crate::rules::RuleBook;

/// What a cover sheet is about.
pub struct Cover<'a> {
    /// The person's name as the papers give it.
    pub name: &'a str,
    pub event: &'a str,
    pub prepared: NaiveDate,
    /// The courts it covers (one for a court's stack, all of them in the person's own
    /// PDF), each with its filings in the packet's order.
    pub courts: Vec<(&'a str, Vec<&'a Filing>)>,
    /// The person's other courts, whose papers are in other stacks.
    pub elsewhere: Vec<String>,
    /// Some charges are left out of the papers (the instructions say why).
    pub left_out: bool,
}

/// The case numbers of a filing, or words saying none was given.
pub fn cases(w: &ClinicWords, f: &Filing) -> String {
    if f.cause_numbers.is_empty() { w.cover_no_case_number.to_string() } else { f.cause_numbers.join(", ") }
}

/// A footer for `layout_numbered` ("… page {n} of {total}") from a text with those
/// placeholders.
pub fn footer<S>(text: &crate::questionnaire::words::Text<S>) -> String {
    text.fill(&[("n", "{n}".into()), ("total", "{total}".into())])
}

/// A person's cover sheet: who, what is in the packet for which court and cases,
/// where and when to file, what to bring, and lines for whoever files it.
pub fn cover(rules: &RuleBook, w: &ClinicWords, c: &Cover<'_>) -> Document {
    let plain = |text: String| Block::Para { number: None, text, rests_on: Vec::new() };
    // A date never breaks across lines.
    let date = rules.meta.long_date(c.prepared).replace(' ', "\u{a0}");
    let mut blocks = vec![
        Block::Title(w.cover_title.to_string()),
        Block::Heading(w.cover_name.fill(&[("name", c.name.to_string())])),
        Block::Subtitle(w.cover_event.fill(&[("event", c.event.to_string()), ("date", date.clone())])),
        Block::Subheading(w.cover_contents.to_string()),
        Block::Item(w.cover_instructions.fill(&[("name", c.name.to_string())])),
    ];
    for (court, filings) in &c.courts {
        if c.courts.len() > 1 {
            blocks.push(Block::Subheading(w.cover_court.fill(&[("court", court.to_string())])));
        }
        for f in filings {
            blocks.push(Block::Item(w.cover_petition.fill(&[("cases", cases(w, f))])));
            blocks.push(Block::Item(w.cover_order.to_string()));
            blocks.push(Block::Item(w.cover_identification.to_string()));
            if f.pauper.is_some() {
                blocks.push(Block::Item(w.cover_pauper.to_string()));
            }
        }
    }
    if c.courts.len() == 1 {
        // A court's stack: the court stands out under the title.
        blocks.insert(2, Block::Heading(w.cover_court.fill(&[("court", c.courts[0].0.to_string())])));
    }
    if !c.elsewhere.is_empty() {
        let values = [("name", c.name.to_string()), ("courts", join_and(&c.elsewhere)), ("n", c.elsewhere.len().to_string())];
        blocks.push(plain(w.cover_other_courts.fill(&values)));
    }
    blocks.push(Block::Subheading(w.cover_where.to_string()));
    blocks.push(plain(match c.courts.as_slice() {
        [(court, _)] => w.cover_where_text.fill(&[("court", court.to_string()), ("date", date)]),
        _ => w.cover_where_each.fill(&[("date", date)]),
    }));
    blocks.push(Block::Subheading(w.cover_bring.to_string()));
    blocks.push(Block::Check(w.cover_bring_id.to_string()));
    // The fee as the papers' instructions say it for each petition's route (set by law,
    // not settled, or none stated), each different text once.
    let mut fees: Vec<&String> = Vec::new();
    for fee in c.courts.iter().flat_map(|(_, f)| f).flat_map(|f| &f.fees) {
        if !fees.contains(&fee) {
            fees.push(fee);
        }
    }
    blocks.extend(fees.into_iter().map(|fee| Block::Check(crate::packet::build::typeset(fee))));
    if c.courts.iter().flat_map(|(_, f)| f).any(|f| f.pauper.is_some()) {
        blocks.push(Block::Check(w.cover_bring_pauper.to_string()));
    }
    blocks.push(Block::Check(w.cover_bring_copies.to_string()));
    if c.left_out {
        blocks.push(plain(w.cover_left_out.to_string()));
    }
    blocks.push(Block::Field { label: w.cover_filed_on.to_string(), value: None });
    blocks.push(Block::Field { label: w.cover_filed_by.to_string(), value: None });
    Document { name: w.cover_title.to_string(), blocks }
}

/// The list at the head of a court's stack: each person in it, with their case numbers,
/// in the stack's order.
pub fn stack_list(w: &ClinicWords, court: &str, people: &[(String, String)]) -> Document {
    let mut blocks = vec![
        Block::Title(w.cover_stack_title.fill(&[("court", court.to_string())])),
        Block::Para { number: None, text: w.cover_stack_lead.fill(&[("n", people.len().to_string())]), rests_on: Vec::new() },
    ];
    blocks.extend(
        people.iter().map(|(name, cases)| Block::Check(w.cover_stack_item.fill(&[("name", name.clone()), ("cases", cases.clone())]))),
    );
    Document { name: w.cover_stack_title.fill(&[("court", court.to_string())]), blocks }
}

//! The plain-text form of an assessment, for the command line and for clinic notes.

use std::fmt::Write;

use crate::engine::{Assessment, FactRef, Outcome, dates};

/// Why papers were not drawn: the answers they still need, one a line, each with the
/// field of the case file it goes in.
pub fn missing_facts(facts: &[FactRef]) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "The papers need {} more answer(s) before they can be drawn. Add them to the case file and run again:", facts.len());
    for f in facts {
        let _ = writeln!(out, "  {}: {} ({})", f.field, f.question, f.help);
    }
    out
}

/// An assessment as plain text: one block per charge, reasons with citations.
pub fn text(a: &Assessment) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Assessment for a petition filed on {} (rules {})", dates::long(a.as_of), a.rules_version);
    for c in &a.charges {
        let _ = writeln!(out);
        let status = match c.outcome {
            Outcome::EligibleAfter { eligible_date } => format!("eligible_after {eligible_date}"),
            other => other.name().to_string(),
        };
        let _ = writeln!(out, "{}. {} [{status}]", c.charge + 1, c.name);
        let _ = writeln!(out, "   {}", c.headline);
        if let Some(route) = &c.route {
            let _ = writeln!(out, "   Route: {} ({})", route.name, route.citation);
        }
        for r in &c.reasons {
            let _ = writeln!(out, "   - {} [{}; {}]", r.explanation, r.citation, r.certainty.label());
        }
        for r in &c.notes {
            let _ = writeln!(out, "   Note: {} [{}]", r.explanation, r.citation);
        }
        for f in &c.missing_facts {
            let _ = writeln!(out, "   Still needed: {} ({})", f.question, f.field);
        }
        if let Some(f) = &c.filing {
            let _ = writeln!(out, "   File in: {}", f.court);
            let _ = writeln!(out, "   Fee: {}", f.fee.explanation);
            let _ = writeln!(out, "   Notice: {}", f.notice.explanation);
            let names: Vec<&str> = f.bring.iter().map(|d| d.name.as_str()).collect();
            let _ = writeln!(out, "   Bring: {}", names.join("; "));
        }
        for alt in &c.alternatives {
            let _ = writeln!(out, "   Also: {} ({}): {}", alt.route.name, alt.route.citation, alt.outcome.name());
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", a.disclaimer);
    out
}

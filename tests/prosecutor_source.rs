//! The prosecutor a result names cites that court's own source: a district attorney's
//! page only for the counties that office serves, and words naming no district elsewhere.

use expunge_ms::engine;

const AS_OF: &str = "2026-11-30";

fn citation_for(county: &str, kind: &str) -> String {
    let rules = expunge_ms::rules::embedded().expect("rules");
    let json = format!(
        r#"{{ "history": {{ "pending_charges": "no" }}, "charges": [ {{ "offence": "shoplifting", "level": "misdemeanor",
        "court": {{ "kind": "{kind}", "county": "{county}" }}, "arrest_date": "2022-03-04", "outcome": "dismissed", "disposition_date": "2022-09-14" }} ] }}"#
    );
    let a = engine::assess_json(&rules, &json, AS_OF.parse().unwrap()).expect("a valid case");
    let filing = a.charges[0].filing.clone().expect("a filing");
    filing.notice.citation
}

#[test]
fn a_court_in_the_fourth_district_cites_that_district_attorneys_page() {
    let c = citation_for("Leflore", "circuit");
    assert!(c.contains("msdeltada.com"), "{c}");
}

#[test]
fn a_court_elsewhere_never_cites_another_districts_page() {
    for (county, kind) in [("Hinds", "circuit"), ("Forrest", "county"), ("Leflore", "justice")] {
        let c = citation_for(county, kind);
        assert!(!c.contains("msdeltada") && !c.contains("Fourth"), "{county} {kind}: {c}");
        assert!(c.contains("clerk"), "{county} {kind}: {c}");
    }
}

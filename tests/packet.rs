//! The petition packet: built from a case, checked, and drawn as a PDF whose text is
//! read back with `pdftotext` (poppler-utils, installed by `.ci/setup`).
//!
//! `tests/packets/*.json` are the cases; `tests/packets/*.txt` are snapshots of the
//! papers' words, so a wording change shows as a reviewable diff. After an intended
//! change, rewrite them with `UPDATE_SNAPSHOTS=1 cargo test --test packet`.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use expunge_ms::packet::model::{Block, Packet};
use expunge_ms::{engine, packet, rules};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn build(file: &str) -> (Packet, engine::Assessment) {
    let rules = rules::embedded().unwrap();
    let json = std::fs::read_to_string(format!("tests/packets/{file}.json")).unwrap();
    let case = expunge_ms::case::parse_case(&json, as_of()).unwrap();
    let a = engine::assess(&rules, &case, as_of());
    let p = packet::build(&rules, &case, &a);
    packet::verify(&p, &a).expect("the packet holds together");
    (p, a)
}

/// The text of a PDF as a PDF reader extracts it.
fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-layout", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Collapses runs of spaces and line breaks, so wrapped text can be searched.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn five_charges_in_two_courts_make_two_petitions_each_with_a_matching_order() {
    let (p, _) = build("five-charges-in-two-courts");
    assert_eq!(p.filings.len(), 2);
    assert_eq!(p.filings[0].caption, "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI");
    assert_eq!(p.filings[1].caption, "IN THE JUSTICE COURT OF RANKIN COUNTY, MISSISSIPPI");
    assert_eq!(p.filings[0].cause_numbers, vec!["25-CR-0412", "15-CR-0077"], "charges in one case share its number once");
    assert_eq!(p.filings.iter().map(|f| f.charges.len()).sum::<usize>(), 5, "every charge is in a petition");
    assert!(p.left_out.is_empty());
}

#[test]
fn every_charge_case_number_and_agency_is_in_the_pdf_text_of_both_the_petition_and_the_order() {
    let (p, _) = build("five-charges-in-two-courts");
    for f in &p.filings {
        let petition = flat(&pdf_text(&packet::pdf::render_documents("petition", &[&f.petition])));
        let order = flat(&pdf_text(&packet::pdf::render_documents("order", &[&f.order])));
        for (paper, text) in [("petition", &petition), ("order", &order)] {
            assert!(text.contains(&f.caption), "{paper}: the caption");
            for c in &f.charges {
                assert!(text.contains(&c.offence), "{paper} for {}: {}", f.court, c.offence);
                if let Some(n) = &c.case_number {
                    assert!(text.contains(n.as_str()), "{paper} for {}: case {n}", f.court);
                }
            }
        }
        for agency in &f.agencies {
            assert!(order.contains(&flat(&agency.name)), "the order directs {}", agency.name);
            assert!(petition.contains(&flat(&agency.name)), "the petition's prayer names {}", agency.name);
        }
        assert!(petition.contains("Page 1 of"), "pages are numbered");
    }
}

#[test]
fn names_with_accents_and_other_latin_letters_print_as_written() {
    let (p, _) = build("five-charges-in-two-courts");
    let text = pdf_text(&packet::pdf::render(&p));
    for name in ["Zoë Nguyễn O'Brien-Łukasz", "ZOË NGUYỄN O'BRIEN-ŁUKASZ"] {
        assert!(text.contains(name), "{name} is real text in the PDF");
    }
    assert!(!text.contains('?'), "no character was replaced");
}

#[test]
fn a_felony_statement_names_the_ten_day_notice_to_the_district_attorney() {
    let (p, _) = build("five-charges-in-two-courts");
    let petition = flat(&p.filings[0].petition.text());
    assert!(petition.contains("written notice of this Petition at least 10 days before any hearing"), "{petition}");
    assert!(petition.contains("the District Attorney's office for Hinds County"));
    let rankin = flat(&p.filings[1].petition.text());
    assert!(!rankin.contains("10 days"), "no felony statements for dismissed misdemeanors");
}

#[test]
fn a_charge_eligible_only_later_is_listed_with_its_date_and_never_put_in_a_petition() {
    let (p, a) = build("one-now-one-later");
    assert_eq!(p.filings.len(), 1);
    assert_eq!(p.filings[0].charges.len(), 1);
    assert_eq!(p.left_out.len(), 1);
    assert!(matches!(a.charges[p.left_out[0].index].outcome, engine::Outcome::EligibleAfter { .. }));
    assert!(p.left_out[0].why.contains("starting on"), "{}", p.left_out[0].why);
    let all: String = p.filings.iter().map(|f| f.petition.text() + &f.order.text()).collect();
    assert!(!all.contains(&p.left_out[0].offence));
}

#[test]
fn the_instructions_say_where_to_file_the_fee_who_is_served_and_what_was_left_out() {
    let (p, a) = build("one-now-one-later");
    let text = flat(&pdf_text(&packet::pdf::render_documents("instructions", &[&p.instructions])));
    assert!(text.contains(&format!("with the rules {}", a.rules_version)), "the rules version is printed");
    assert!(text.contains("Prepared on November 24, 2026"));
    assert!(text.contains("File at the office of the clerk of the Municipal Court of the City of Jackson"));
    assert!(text.contains("$150"), "the fee");
    assert!(text.contains("the city prosecutor for Jackson"), "who is served");
    assert!(text.contains("Charge 2 (false pretenses): You may be able to ask the court to expunge this starting on March 1, 2028."));
    assert!(text.contains("Who gets a certified copy of the order"));
    assert!(text.contains("the Mississippi Criminal Information Center"));
    assert!(text.contains("not legal advice"));
    let whole = pdf_text(&packet::pdf::render(&p));
    assert!(whole.find("How to file").unwrap() < whole.find("PETITION FOR EXPUNGEMENT").unwrap(), "instructions come first");
}

#[test]
fn an_arrest_never_charged_and_a_grand_jury_no_bill_are_stated_as_they_happened() {
    let rules = rules::embedded().unwrap();
    let json = r#"{"history":{"pending_charges":"no"},"charges":[
      {"offence":"trespass","level":"misdemeanor","court":{"kind":"justice","county":"Hinds"},"outcome":"not_charged","arrest_date":"2025-01-10"},
      {"offence":"aggravated assault","level":"felony","court":{"kind":"circuit","county":"Hinds"},"outcome":"no_bill","disposition_date":"2024-09-03"}]}"#;
    let case = expunge_ms::case::parse_case(json, as_of()).unwrap();
    let papers = packet::prepare(&rules, &case, as_of()).expect("verified papers");
    let p = papers.packet();
    let all: String = p.filings.iter().map(|f| flat(&f.petition.text())).collect();
    assert_eq!(p.filings.len(), 2, "both may be expunged now: {:?}", p.left_out);
    assert!(all.contains("The Petitioner was arrested for trespass"), "{all}");
    assert!(all.contains("No formal charge was filed."), "{all}");
    assert!(!all.contains("was charged with trespass"), "an uncharged arrest is not called a charge");
    assert!(all.contains("the grand jury declined to indict the Petitioner on this charge (no bill)"), "{all}");
    assert!(!all.contains("On September 3, 2024, the charge was dismissed"), "a no bill is not called a dismissal");
}

#[test]
fn a_petition_and_an_order_that_disagree_stop_the_packet() {
    let (mut p, a) = build("five-charges-in-two-courts");
    // The order loses a charge.
    let f = &mut p.filings[1];
    let item = f.order.blocks.iter().position(|b| matches!(b, Block::Item(_))).unwrap();
    f.order.blocks.remove(item);
    assert!(packet::verify(&p, &a).is_err(), "a charge missing from the order is caught");

    let (mut p, a) = build("five-charges-in-two-courts");
    if let Some(Block::Caption { cause, .. }) = p.filings[0].order.blocks.first_mut() {
        *cause = "CAUSE NO. 99-CR-0001".into();
    }
    assert!(packet::verify(&p, &a).is_err(), "a different cause number is caught");

    let (mut p, a) = build("five-charges-in-two-courts");
    let moved = p.filings[1].charges[0].clone();
    p.filings[0].charges.push(moved);
    assert!(packet::verify(&p, &a).is_err(), "a charge in two petitions is caught");
}

#[test]
fn the_words_of_the_papers_match_their_reviewed_snapshots() {
    for name in ["five-charges-in-two-courts", "one-now-one-later"] {
        let (p, _) = build(name);
        let mut words = format!("===== {}\n{}", p.instructions.name, p.instructions.text());
        for f in &p.filings {
            for doc in [&f.petition, &f.order] {
                words.push_str(&format!("===== {} ({})\n", doc.name, f.court));
                words.push_str(&doc.text());
            }
            words.push_str("===== Certified copies\n");
            for agency in &f.agencies {
                words.push_str(&format!("{}: {}\n", agency.name, agency.identifiers.join("; ")));
            }
        }
        for l in &p.left_out {
            words.push_str(&format!("===== Not in the packet: charge {} ({}): {}\n", l.index + 1, l.offence, l.why));
        }
        // The rules version changes with any rule file; the snapshot is about the words.
        let words = words.replace(&p.rules_version, "RULES_VERSION");
        let path = format!("tests/packets/{name}.txt");
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&path, &words).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            expected == words,
            "{path} differs from the papers; review the change, then run UPDATE_SNAPSHOTS=1 cargo test --test packet"
        );
    }
}

#[test]
fn the_papers_as_html_escape_what_the_person_typed() {
    let rules = rules::embedded().unwrap();
    let json = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").unwrap();
    let mut case: serde_json::Value = serde_json::from_str(&json).unwrap();
    case["petitioner"]["full_name"] = r#"Jo <script>alert("hi")</script> & Sons"#.into();
    let case = expunge_ms::case::parse_case(&case.to_string(), as_of()).unwrap();
    let html = packet::prepare(&rules, &case, as_of()).expect("verified papers").html();
    assert!(html.contains(r#"Jo &lt;script&gt;alert("hi")&lt;/script&gt; &amp; Sons"#), "{html}");
    assert!(!html.contains("<script"), "no markup from the case gets through");
    assert!(!html.contains("& Sons"), "a bare ampersand is written as &amp;");
}

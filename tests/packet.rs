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
    // Without the page footers, so a sentence that runs onto the next page reads whole.
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines().filter(|l| !(l.trim().starts_with("Page ") && l.contains(" of "))).collect::<Vec<_>>().join("\n")
}

/// The text of a PDF with its page footers.
fn pdf_raw_text(pdf: &[u8]) -> Vec<u8> {
    let mut child = Command::new("pdftotext").args(["-", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    child.wait_with_output().unwrap().stdout
}

/// Collapses runs of spaces and line breaks, so wrapped text can be searched.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn five_charges_in_two_courts_make_a_petition_for_each_court_and_standard_each_with_a_matching_order() {
    let (p, _) = build("five-charges-in-two-courts");
    assert_eq!(p.filings.len(), 3, "Hinds: the must route and the may route apart; Rankin");
    assert_eq!(p.filings[0].caption, "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI");
    assert_eq!(p.filings[1].caption, "IN THE CIRCUIT COURT OF HINDS COUNTY, MISSISSIPPI");
    assert_eq!(p.filings[2].caption, "IN THE JUSTICE COURT OF RANKIN COUNTY, MISSISSIPPI");
    assert!(p.filings[0].must && !p.filings[1].must, "a petition never mixes a mandatory and a discretionary route");
    assert_eq!(p.filings[0].cause_numbers, vec!["25-CR-0412"], "charges in one case share its number once");
    assert_eq!(p.filings.iter().map(|f| f.charges.len()).sum::<usize>(), 5, "every charge is in a petition");
    assert!(p.left_out.is_empty());
    for f in &p.filings {
        let routes: std::collections::BTreeSet<&str> = f.charges.iter().map(|c| c.route.as_str()).collect();
        assert_eq!(routes.len(), 1, "one route per petition here: {routes:?}");
    }
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
        let pdf = packet::pdf::render_documents("petition", &[&f.petition]);
        assert!(flat(&String::from_utf8_lossy(&pdf_raw_text(&pdf))).contains("Page 1 of"), "pages are numbered");
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
    let petition = flat(&p.filings[1].petition.text());
    assert!(petition.contains("written notice of this Petition at least 10 days before any hearing"), "{petition}");
    assert!(petition.contains("the District Attorney's office for Hinds County"));
    let rankin = flat(&p.filings[2].petition.text());
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
    p.filings[0].order.blocks.retain(|b| !matches!(b, Block::Subtitle(t) if t.starts_with("Original case")));
    assert!(packet::verify(&p, &a).is_err(), "an original cause number missing from the order is caught");

    let (mut p, a) = build("five-charges-in-two-courts");
    let moved = p.filings[1].charges[0].clone();
    p.filings[0].charges.push(moved);
    assert!(packet::verify(&p, &a).is_err(), "a charge in two petitions is caught");
}

/// Every case in `tests/packets/`, by name.
fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("tests/packets")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_string))
        .collect();
    names.sort();
    names
}

/// The words of a packet, as the snapshot keeps them.
fn words_of(p: &Packet) -> String {
    let mut words = format!("===== {}\n{}", p.instructions.name, p.instructions.text());
    for f in &p.filings {
        for doc in f.documents() {
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
    words.replace(&p.rules_version, "RULES_VERSION")
}

#[test]
fn the_words_of_the_papers_match_their_reviewed_snapshots() {
    let mut differ = Vec::new();
    for name in fixtures() {
        let (p, _) = build(&name);
        let words = words_of(&p);
        let path = format!("tests/packets/{name}.txt");
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&path, &words).unwrap();
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != words {
            differ.push(path);
        }
    }
    assert!(
        differ.is_empty(),
        "{differ:?} differ from the papers; review the change, then run UPDATE_SNAPSHOTS=1 cargo test --test packet"
    );
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

/// The papers of a fixture, verified as `prepare` gives them.
fn prepared(name: &str) -> Packet {
    let rules = rules::embedded().unwrap();
    let json = std::fs::read_to_string(format!("tests/packets/{name}.json")).unwrap();
    let case = expunge_ms::case::parse_case(&json, as_of()).unwrap();
    match packet::prepare(&rules, &case, as_of()) {
        Ok(papers) => papers.packet().clone(),
        Err(refused) => panic!("{name}: {refused:?}"),
    }
}

#[test]
fn every_route_has_a_packet_that_is_drawn_and_read_back_as_text() {
    use expunge_ms::rules::{RouteId, RouteKind};
    use strum::VariantArray;
    let mut routes = std::collections::BTreeSet::new();
    for name in fixtures() {
        let p = prepared(&name);
        let text = flat(&pdf_text(&packet::pdf::render(&p)));
        for f in &p.filings {
            routes.extend(f.charges.iter().map(|c| c.route.clone()));
            for doc in f.documents() {
                for b in &doc.blocks {
                    let words = match b {
                        Block::Title(t) | Block::Heading(t) => t.clone(),
                        // The start of each paragraph: a long one may run onto the next page.
                        Block::Para { text, .. } => text.split_whitespace().take(8).collect::<Vec<_>>().join(" "),
                        _ => continue,
                    };
                    assert!(text.contains(&flat(&words)), "{name}: the PDF does not read back \"{words}\"");
                }
            }
        }
    }
    for id in RouteId::VARIANTS.iter().filter(|id| id.kind() == RouteKind::Assessed) {
        assert!(routes.contains(id.as_str()), "no packet in tests/packets draws the route {id}");
    }
}

/// All the words of one kind of paper in a packet.
fn papers_text(p: &Packet) -> (String, String, String) {
    let join = |pick: fn(&expunge_ms::packet::model::Filing) -> String| p.filings.iter().map(pick).collect::<Vec<_>>().join("\n");
    (flat(&join(|f| f.petition.text())), flat(&join(|f| f.order.text())), flat(&join(|f| f.identification.text())))
}

#[test]
fn a_first_dui_from_a_municipal_court_is_a_new_circuit_file_naming_the_original_court() {
    let p = prepared("a-first-dui-from-a-municipal-court-filed-in-circuit-court");
    let (petition, order, _) = papers_text(&p);
    assert_eq!(p.filings[0].caption, "IN THE CIRCUIT COURT OF FORREST COUNTY, MISSISSIPPI");
    for text in [&petition, &order] {
        assert!(text.contains("IN RE: PETITION OF JORDAN LEE CARTER FOR EXPUNCTION"), "{text}");
        assert!(text.contains("CAUSE NO. ______________ (if the clerk assigns a new one)"));
        assert!(text.contains("Original case: the Municipal Court of the City of Hattiesburg, No. M-2017-2231"), "{text}");
        assert!(!text.contains("of this Court, following"), "the case was not in this Court");
        assert!(!text.contains("99-19-71(3)"), "§ 99-19-71(3) is not the effect of a DUI expunction");
    }
    assert!(petition.contains("jurisdiction under Miss. Code Ann. § 63-11-30(13), as the circuit court of Forrest County"));
    assert!(petition.contains("an alcohol concentration of 0.11 percent, below sixteen one-hundredths percent (.16%)"));
    assert!(petition.contains("In the Petitioner's own words, why the conviction should be expunged: [Write here by hand"), "{petition}");
    assert!(order.contains("the Court states in writing the justification for which the expunction is granted"));
    assert!(order.contains("forward a certified copy of this Order to the Department of Public Safety within five (5) days"));
    assert!(
        p.filings[0].agencies.iter().any(|a| a.name == "the Clerk of the Municipal Court of the City of Hattiesburg"),
        "the convicting court's clerk"
    );
}

#[test]
fn a_felony_petition_carries_the_persons_own_statement_and_the_order_the_rehabilitation_finding() {
    let p = prepared("a-felony-conviction-with-the-persons-own-statement");
    let (petition, order, sheet) = papers_text(&p);
    assert!(petition.contains("STATE OF MISSISSIPPI V. JORDAN LEE CARTER PETITIONER CAUSE NO. ______________ (if the clerk assigns a new one) Original case: the Circuit Court of Forrest County, No. CR-2015-0388"), "the State against the petitioner: {petition}");
    assert!(petition.contains("what the Petitioner has done since the conviction: Since 2019 I have worked full time as a welder"));
    assert!(petition.contains("Exhibit E: Letters and certificates showing the Petitioner's conduct since the conviction"), "{petition}");
    assert!(order.contains("the Petitioner is rehabilitated from the offense which is the subject of the Petition"));
    assert!(order.contains("(Miss. Code Ann. § 99-19-71(3))"));
    assert!(
        petition.contains("born in 1988") && !petition.contains("February 9, 1988") && !order.contains("February 9, 1988"),
        "only the year in public"
    );
    assert!(sheet.contains("Date of birth: February 9, 1988") && sheet.contains("Social Security number: ____"), "{sheet}");
    let pauper = p.filings[0].pauper.as_ref().expect("the person cannot pay: a pauper's affidavit").text();
    assert!(flat(&pauper).contains("may or may not accept it for this fee"), "{pauper}");
    let instructions = flat(&p.instructions.text());
    assert!(instructions.contains("Proof of what you have done since"), "the exhibits are in the list to bring");
}

#[test]
fn an_intervention_court_sentence_at_the_plea_is_never_called_a_dismissal() {
    let (sentenced, sentenced_order, _) = papers_text(&prepared("drug-court-completed-after-a-sentence-at-the-plea"));
    for text in [&sentenced, &sentenced_order] {
        assert!(!text.contains("dismissed."), "{text}");
        assert!(text.contains("sentenced"), "{text}");
    }
    let (dismissed, _, _) = papers_text(&prepared("drug-court-completed-and-the-charge-dismissed"));
    assert!(dismissed.contains("the charge and prosecution were dismissed"), "{dismissed}");
}

#[test]
fn each_route_states_its_own_effect_and_the_justice_and_municipal_route_reaches_only_the_courts_records() {
    for (name, cites_99_19_71_3) in [
        ("a-dismissed-charge-in-the-county-court", true),
        ("a-first-misdemeanor-conviction-in-county-court", true),
        ("a-felony-conviction-with-the-persons-own-statement", true),
        ("a-misdemeanor-arrest-never-charged", false),
        ("nonadjudication-completed-in-circuit-court", false),
        ("pretrial-intervention-completed", false),
        ("a-conditional-discharge-for-first-possession", false),
        ("an-underage-alcohol-conviction-with-the-fine-paid", false),
        ("two-misdemeanor-convictions-in-one-municipal-court", false),
    ] {
        let (_, order, _) = papers_text(&prepared(name));
        assert_eq!(order.contains("99-19-71(3)"), cites_99_19_71_3, "{name}: {order}");
    }
    let p = prepared("two-misdemeanor-convictions-in-one-municipal-court");
    let (petition, order, _) = papers_text(&p);
    assert!(order.contains("legally stands as though the Petitioner had never been convicted"));
    assert!(order.contains("does not apply to the confidential records of law enforcement agencies"));
    assert!(!order.contains("Mississippi Criminal Information Center") && !petition.contains("Mississippi Criminal Information Center"));
    assert!(p.filings[0].agencies.is_empty(), "no agency is ordered to destroy its records");
    for (name, shall) in [("nonadjudication-completed-in-circuit-court", true), ("pretrial-intervention-completed", true)] {
        let (petition, order, _) = papers_text(&prepared(name));
        assert_eq!(petition.contains("shall expunge") && order.contains("shall expunge"), shall, "{name}");
    }
    let (never_charged, _, _) = papers_text(&prepared("a-misdemeanor-arrest-never-charged"));
    assert!(never_charged.contains("IN RE: PETITION OF") && never_charged.contains("this petition opens a new file"));
}

#[test]
fn papers_that_need_an_unanswered_fact_are_refused_naming_it() {
    let rules = rules::embedded().unwrap();
    let json = std::fs::read_to_string("tests/packets/a-first-misdemeanor-conviction-in-county-court.json").unwrap();
    let mut case: serde_json::Value = serde_json::from_str(&json).unwrap();
    case["history"].as_object_mut().unwrap().remove("prior_misdemeanor_expunction");
    case["charges"][0].as_object_mut().unwrap().remove("fines_costs_paid");
    let case = expunge_ms::case::parse_case(&case.to_string(), as_of()).unwrap();
    match packet::prepare(&rules, &case, as_of()) {
        Err(packet::Refused::MissingFacts(facts)) => {
            // Fines paid is left out, not asked: § 99-19-71(1) does not require it.
            let fields: Vec<&str> = facts.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(fields, ["history.prior_misdemeanor_expunction"]);
            assert!(facts.iter().all(|f| !f.question.is_empty()));
        }
        other => panic!("expected missing facts, got {other:?}"),
    }
}

#[test]
fn every_fact_a_statement_rests_on_is_drawn_in_some_packet_and_holds_there() {
    use expunge_ms::packet::{claims::holds, model::Block};
    use expunge_ms::rules::{RouteId, RouteKind};
    use strum::VariantArray;
    let rules = rules::embedded().unwrap();
    let mut named = std::collections::BTreeSet::new();
    for id in RouteId::VARIANTS.iter().filter(|id| id.kind() == RouteKind::Assessed) {
        let w = rules.papers.wording(*id).expect("every assessed route has wording");
        for s in w.statements.iter().chain(&w.findings) {
            named.extend(s.rests_on().into_iter().map(|r| r.fact));
        }
    }
    let mut drawn = std::collections::BTreeSet::new();
    for name in fixtures() {
        let json = std::fs::read_to_string(format!("tests/packets/{name}.json")).unwrap();
        let case = expunge_ms::case::parse_case(&json, as_of()).unwrap();
        let p = prepared(&name);
        for doc in p.filings.iter().flat_map(|f| f.documents()) {
            for b in &doc.blocks {
                if let Block::Para { text, rests_on, .. } = b {
                    for c in rests_on {
                        assert!(holds(&case, c), "{name}: \"{text}\" rests on {c:?}");
                        drawn.insert(c.fact);
                    }
                }
            }
        }
    }
    let never: Vec<_> = named.difference(&drawn).collect();
    assert!(never.is_empty(), "no packet in tests/packets draws a sentence resting on {never:?}");
}

#[test]
fn a_statement_resting_on_an_unknown_fact_or_answer_or_naming_an_unknown_exhibit_stops_loading_at_its_line() {
    let source = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/ms"));
    for (from, to, message) in [
        ("\"charge.cov_designated=no\"", "\"charge.cov_designatd=no\"", "`charge.cov_designatd` is not a fact in facts.toml"),
        ("\"charge.cov_designated=no\"", "\"charge.cov_designated=maybe\"", "`maybe` is not an answer to `charge.cov_designated`"),
        ("\"charge.sentence_completion_date\"", "\"charge.sentence_completion_date=yes\"", "name it without an answer"),
        ("\"bac_result\"", "\"bac_reslt\"", "`bac_reslt` is not a document in documents.toml"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut line = 0;
        for entry in std::fs::read_dir(source).unwrap().flatten() {
            let mut text = std::fs::read_to_string(entry.path()).unwrap();
            if entry.file_name() == "papers.toml" {
                let at = text.find(from).expect(from);
                line = text[..at].matches('\n').count() + 1;
                text = format!("{}{to}{}", &text[..at], &text[at + from.len()..]);
            }
            std::fs::write(dir.path().join(entry.file_name()), text).unwrap();
        }
        let errors = rules::load_dir(dir.path()).expect_err("the broken rules must not load");
        assert!(
            errors.iter().any(|e| e.file.ends_with("papers.toml") && e.line == Some(line) && e.message.contains(message)),
            "{message} at line {line}: {errors:?}"
        );
    }
}

#[test]
fn a_petition_whose_charges_have_different_fee_texts_prints_each_one() {
    let rules = rules::embedded().unwrap();
    let json = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").unwrap();
    let case = expunge_ms::case::parse_case(&json, as_of()).unwrap();
    let mut a = engine::assess(&rules, &case, as_of());
    let first = a.charges[0].filing.as_ref().unwrap().fee.explanation.to_string();
    // Charges 1 and 2 share the Hinds "shall" petition; the engine may word their fees
    // differently (by route and court).
    a.charges[1].filing.as_mut().unwrap().fee.explanation = "A second fee text.".into();
    let p = packet::build(&rules, &case, &a);
    assert_eq!(p.filings[0].fees, vec![first.clone(), "A second fee text.".to_string()]);
    let instructions = flat(&p.instructions.text());
    assert!(instructions.contains(&flat(&first)) && instructions.contains("A second fee text."), "{instructions}");
}

#[test]
fn the_spanish_instructions_list_the_agencies_as_the_english_order_names_them() {
    let english = rules::embedded().unwrap();
    let spanish = rules::translate::load_in(&rules::embedded_sources().unwrap(), rules::Lang::Es).unwrap();
    let json = std::fs::read_to_string("tests/packets/a-dismissed-charge-in-the-county-court.json").unwrap();
    let case = expunge_ms::case::parse_case(&json, as_of()).unwrap();
    let p = packet::prepare_in(&english, &spanish, &case, as_of()).expect("papers");
    let instructions = flat(&p.packet().instructions.text());
    assert!(instructions.contains("Qué hay en este paquete"), "the instructions are in Spanish");
    for agency in &p.packet().filings[0].agencies {
        let name = flat(&rules::text::capitalise(&agency.name));
        assert!(instructions.contains(&name), "{name} is named as on the order: {instructions}");
    }
    assert!(!instructions.contains("Clerk of el tribunal"), "{instructions}");
    // The instructions' pages are numbered in Spanish; the court papers in English.
    let pdf = String::from_utf8(pdf_raw_text(&p.pdf())).unwrap();
    assert!(pdf.contains("Página 1 de") && pdf.contains("Page 1 of"), "{pdf}");
}

//! The questionnaire as a browser without JavaScript uses it: real form posts to
//! `/check`, each answered with the next page. Each test is one person's journey.

mod journey;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use journey::*;

/// One charge: petit larceny in the Justice Court of Hinds County, dismissed in 2024.
async fn enter_dismissed_petit_larceny(page: Page) -> Page {
    enter_charge(page, "justice", "Hinds", "petit larceny", &[("charge.outcome", "dismissed"), ("charge.disposition_date", "2024-03-12")])
        .await
}

#[tokio::test]
async fn a_person_without_javascript_checks_a_dismissed_charge_and_sees_it_may_be_expunged_now() {
    let page = open().await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.step(), "start");
    assert!(page.html.contains("method=\"post\" action=\"/check\""), "a real form");
    let page = post(&page, "next", &[]).await;
    let page = enter_dismissed_petit_larceny(page).await;
    assert!(page.text().contains("You have listed 1 charge"));
    let page = post(&page, "done_charges", &[]).await;
    let page = answer_until(page, "review", &[("history.pending_charges", "no")]).await;
    assert!(page.text().contains("Check your answers"));
    assert!(page.text().contains("The charge was dismissed"), "the review shows each answer in words");
    assert!(page.html.contains("value=\"open:details:0\""), "each answer has a change button");
    assert_eq!(page.html.matches("<dt>Code section</dt>").count(), 1, "each detail once");
    let page = post(&page, "open:results", &[]).await;
    assert_eq!(page.step(), "results");
    let text = page.text();
    assert!(text.contains("data-outcome=\"eligible\""), "{text}");
    assert!(text.contains("You may be able to ask the court to expunge this now"));
    assert!(text.contains("99-19-71"), "the statute is cited");
    assert!(text.contains("Justice Court of Hinds County"), "where to file");
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store", "pages with answers are not cached");
}

/// A felony conviction whose sentence was finished in 2016, with every other answer "no".
const FELONY: &[(&str, &str)] = &[
    ("charge.outcome", "convicted"),
    ("charge.level", "felony"),
    ("charge.disposition_date", "2015-05-01"),
    ("charge.sentence_completed", "yes"),
    ("charge.sentence_completion_date", "2016-05-01"),
    ("charge.fines_costs_paid", "yes"),
    ("charge.cov_designated", "no"),
    ("charge.public_official_duty_related", "no"),
    ("charge.trafficking_related", "no"),
    ("charge.identity_theft", "no"),
    ("charge.dui", "no"),
];

/// A person with no pending charge, no earlier felony expungement and no other conviction.
const FELONY_HISTORY: &[(&str, &str)] =
    &[("history.pending_charges", "no"), ("history.prior_felony_expunction", "no"), ("history.other_convictions", "no")];

#[tokio::test]
async fn a_felony_conviction_is_asked_only_what_the_felony_rules_need() {
    let page = post(&open().await, "next", &[]).await;
    let page = enter_charge(page, "circuit", "Hinds", "false pretenses", FELONY).await;
    let page = post(&page, "done_charges", &[]).await;
    let page = answer_until(page, "review", FELONY_HISTORY).await;
    let text = page.text();
    assert!(!text.contains("breath or blood test"), "no DUI questions for a non-DUI felony");
    let page = post(&page, "open:results", &[]).await;
    assert!(page.html.contains("data-outcome=\"eligible\""), "{}", page.text());
    // At the top: one line for the charge, linking to its card, and the papers button.
    let html = &page.html;
    let line = html.find("href=\"#charge-1\"").expect("the charge's line links to its card");
    let button = html.find("value=\"open:person\"").expect("the papers button");
    let card = html.find("id=\"charge-1\"").expect("the card");
    assert!(line < card && button < card, "the summary and the papers button come before the card");
    assert!(page.text().contains("you may file now"), "{}", page.text());
}

#[tokio::test]
async fn a_blank_charge_name_and_a_bad_date_are_shown_beside_their_fields_and_nothing_is_lost() {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "municipal"), ("county", "Hinds"), ("city", "Jackson")]).await;
    let page = post(
        &page,
        "next",
        &[("offence", ""), ("case_number", "CR-77"), ("arrest_date", "2/30/2020"), ("arresting_agency", "Jackson Police Department")],
    )
    .await;
    assert_eq!(page.step(), "details", "the same question again");
    let text = page.text();
    assert!(text.contains("There is a problem"), "an error summary");
    assert!(text.contains("href=\"#f-offence\""), "the summary links to the field");
    assert!(text.contains("Enter the charge's name"), "{text}");
    assert!(text.contains("Enter a real date"), "{text}");
    assert!(text.contains("value=\"CR-77\""), "the case number typed is kept");
    assert!(text.contains("value=\"Jackson Police Department\""), "the agency typed is kept");
    assert!(text.contains("<title>Error: "), "the title says there is an error");
    let page = post(&page, "next", &[("offence", "simple assault"), ("case_number", "CR-77"), ("arrest_date", "2/3/2020")]).await;
    assert_eq!(page.step(), "fact");
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["case_number"], "CR-77");
    assert_eq!(state["case"]["charges"][0]["arrest_date"], "2020-02-03");
}

#[tokio::test]
async fn a_federal_case_stops_at_once_and_says_where_to_get_help() {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "federal")]).await;
    assert_eq!(page.step(), "stop", "{}", page.text());
    assert!(page.text().contains("federal"), "{}", page.text());
    let page = post(&page, "remove:0", &[]).await;
    assert_eq!(page.step(), "charges");
    assert!(page.text().contains("You have not listed any charges"));
}

#[tokio::test]
async fn several_charges_can_share_a_court_and_one_can_be_removed() {
    let page = post(&open().await, "next", &[]).await;
    let dismissed = [("charge.outcome", "dismissed"), ("charge.disposition_date", "2023-01-10")];
    let page = enter_charge(page, "circuit", "Rankin", "burglary of a dwelling", &dismissed).await;
    let page = post(&page, "add_same_court", &[]).await;
    assert_eq!(page.step(), "details", "the court is copied, so the charge's details come next");
    assert!(page.html.contains("value=\"24-CR-118\""), "the case number comes filled in");
    let page = post(&page, "next", &[("offence", "trespass"), ("case_number", "24-CR-118")]).await;
    let page = answer_until(page, "charges", &dismissed).await;
    let page = post(&page, "add_same_court", &[]).await;
    let page = post(&page, "next", &[("offence", "disorderly conduct"), ("case_number", "24-CR-118")]).await;
    let page = answer_until(page, "charges", &dismissed).await;
    let text = page.text();
    assert!(text.contains("You have listed 3 charges"));
    assert_eq!(text.matches("<p>The Circuit Court of Rankin County</p>").count(), 3, "{text}");
    assert_eq!(text.matches("<p>Case number 24-CR-118</p>").count(), 3, "the case number is copied too");
    let page = post(&page, "remove:1", &[]).await;
    let text = page.text();
    assert!(text.contains("You have listed 2 charges"));
    assert!(!text.contains("trespass"));
    assert!(text.contains("disorderly conduct"));
}

#[tokio::test]
async fn back_returns_to_the_last_question_with_its_answer() {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "justice")]).await;
    let page = post(&page, "back", &[]).await;
    assert_eq!(page.step(), "court");
    assert!(page.html.contains("value=\"justice\" checked"), "{}", page.html);
}

#[tokio::test]
async fn saved_answers_download_and_load_back_to_the_review() {
    let page = post(&open().await, "next", &[]).await;
    let page = enter_dismissed_petit_larceny(page).await;
    let saved = post_to("/check/save", &page, "", &[]).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert!(saved.headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert!(saved.html.contains("\"format\": \"expunge-ms/case@1\""), "{}", saved.html);

    let load = |file: String| {
        let boundary = "XyZ";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\nContent-Type: application/json\r\n\r\n{file}\r\n--{boundary}--\r\n"
        );
        Request::post("/check/load")
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap()
    };
    let page = send(load(saved.html.clone())).await;
    assert_eq!(page.status, StatusCode::OK);
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "petit larceny", "the answers are back");
    assert_eq!(page.fact().as_deref(), Some("history.pending_charges"), "and the next question the rules need");

    let page = send(load("{\"hello\": 1}".into())).await;
    assert_eq!(page.step(), "start");
    assert!(page.text().contains("This file is not a saved answers file from this site"));
    let damaged = saved.html.replace("\"dismissed\"", "\"dismissd\"");
    let page = send(load(damaged)).await;
    assert!(page.text().contains("This saved answers file is damaged"), "{}", page.text());
}

#[tokio::test]
async fn a_tampered_or_broken_state_starts_again_with_a_message() {
    let body = "state=%7Bnot+json&go=next";
    let page2 =
        send(Request::post("/check").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body)).unwrap())
            .await;
    assert_eq!(page2.step(), "start");
    assert!(page2.text().contains("We could not read your answers"));
}

#[tokio::test]
async fn start_over_asks_first_and_clears_every_answer_only_when_the_person_says_yes() {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "justice")]).await;
    assert_eq!(page.step(), "details");
    let asked = post(&page, "restart", &[]).await;
    assert_eq!(asked.step(), "start_over", "Start over asks before it clears anything");
    assert!(asked.text().contains("This clears every answer"), "{}", asked.text());
    assert!(asked.text().contains("Save my answers"), "the person can save first");

    // "No", Continue and Enter all keep the answers and go back where the person was.
    for go in ["back", "next"] {
        let kept = post(&asked, go, &[]).await;
        assert_eq!(kept.step(), "details", "{go}");
        let state: serde_json::Value = serde_json::from_str(&kept.state()).unwrap();
        assert_eq!(state["case"]["charges"][0]["court"]["kind"], "justice", "{go}");
    }

    let cleared = post(&asked, "restart_confirmed", &[]).await;
    assert_eq!(cleared.step(), "start");
    let state: serde_json::Value = serde_json::from_str(&cleared.state()).unwrap();
    assert_eq!(state["case"]["charges"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn without_javascript_each_step_says_to_use_the_pages_own_back_button() {
    let page = post(&open().await, "next", &[]).await;
    assert!(page.text().contains("use the \"Back\" button above"), "{}", page.text());
}

#[tokio::test]
async fn a_person_gets_court_papers_after_giving_their_details_and_downloads_the_pdf() {
    let page = post(&open().await, "next", &[]).await;
    let page = enter_dismissed_petit_larceny(page).await;
    let page = post(&page, "done_charges", &[]).await;
    let page = answer_until(page, "review", &[("history.pending_charges", "no")]).await;
    let page = post(&page, "open:results", &[]).await;
    assert!(page.html.contains("value=\"open:person\""), "results offer the court papers");
    let page = post(&page, "open:person", &[]).await;
    assert_eq!(page.step(), "person");

    let page = post(&page, "next", &[("full_name", ""), ("email", "not-an-email"), ("phone", "601-555-0142")]).await;
    assert_eq!(page.step(), "person", "the same question again");
    let text = page.text();
    assert!(text.contains("Enter your full name"), "{text}");
    assert!(text.contains("Enter an email address like name@example.com"));
    assert!(text.contains("value=\"601-555-0142\""), "the phone typed is kept");

    let page = post(
        &page,
        "next",
        &[("full_name", "Zoë Nguyễn"), ("email", "zoe@example.org"), ("phone", "601-555-0142"), ("address", "12 Oak St, Jackson, MS")],
    )
    .await;
    assert_eq!(page.step(), "papers", "{}", page.text());
    let text = page.text();
    assert!(text.contains("IN THE JUSTICE COURT OF HINDS COUNTY, MISSISSIPPI"), "the papers are shown as they will print");
    assert!(text.contains("PETITION FOR EXPUNGEMENT") && text.contains("ORDER OF EXPUNGEMENT"));
    assert!(text.contains("ZOË NGUYỄN"));
    assert!(text.contains("24-CR-118"), "the case number from the answers");
    assert!(text.contains("formaction=\"/check/packet\""), "a download button");

    let pdf = post_to("/check/packet", &page, "", &[]).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(pdf.headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert!(pdf.html.starts_with("%PDF-"));
}

#[tokio::test]
async fn a_charge_that_cannot_be_cleared_says_so_without_now_and_says_what_else_exists() {
    let page = post(&open().await, "next", &[]).await;
    let page = enter_charge(page, "circuit", "Hinds", "armed robbery", FELONY).await;
    let page = post(&page, "done_charges", &[]).await;
    let page = answer_until(page, "review", FELONY_HISTORY).await;
    let page = post(&page, "open:results", &[]).await;
    let text = page.text();
    assert!(page.html.contains("data-outcome=\"not_eligible\""), "{text}");
    assert!(text.contains("cannot be cleared") && !text.contains("cannot be cleared now"), "{text}");
    assert!(text.contains("does not allow this charge to be expunged."), "{text}");
    assert!(text.contains("What else you can do") && text.contains("pardon") && text.contains("certificate of rehabilitation"), "{text}");
    assert!(!text.contains("What to find out") && !text.contains("What to bring"), "no to-do list: {text}");
    assert!(page.html.contains("id=\"notes\""), "the how-sure marks and the rules version are in a footnote");
}

#[tokio::test]
async fn what_to_bring_is_listed_once_for_all_charges() {
    let page = post(&open().await, "next", &[]).await;
    let page = enter_dismissed_petit_larceny(page).await;
    let page = post(&page, "add_same_court", &[]).await;
    let page = if page.step() == "details" { page } else { post(&page, "next", &[]).await };
    let page = post(&page, "next", &[("offence", "trespass"), ("case_number", "24-CR-119")]).await;
    let page = answer_until(page, "charges", &[("charge.outcome", "dismissed"), ("charge.disposition_date", "2024-03-12")]).await;
    let page = post(&page, "done_charges", &[]).await;
    let page = answer_until(page, "review", &[("history.pending_charges", "no")]).await;
    let page = post(&page, "open:results", &[]).await;
    assert_eq!(page.html.matches("What to bring").count(), 1, "{}", page.text());
    assert_eq!(page.html.matches("The charging paper").count(), 1, "each paper once: {}", page.text());
}

#[tokio::test]
async fn related_questions_share_a_screen_each_error_sits_by_its_own_field_and_nothing_typed_is_lost() {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "circuit")]).await;
    let page = post(&page, "next", &[("county", "Hinds")]).await;
    let page = post(&page, "next", &[("offence", "grand larceny")]).await;
    // The offence list makes grand larceny a felony: the level is not asked.
    assert_eq!(page.fact().as_deref(), Some("charge.outcome"));
    let page = post(&page, "next", &[("charge.outcome", "convicted")]).await;
    let html = &page.html;
    for key in ["charge.sentence_completed", "charge.sentence_completion_date", "charge.fines_costs_paid", "charge.cov_designated"] {
        assert!(page.asks(key), "{key} is on the same screen");
    }
    assert!(!html.contains("name=\"charge.level\""), "the level is not asked");
    assert!(page.text().contains("Answer this only if you chose \"Yes\" above."), "the date says which answer it follows");
    // One answered, one wrong, the rest left: each error by its own field; the answers given stay.
    let page = post(
        &page,
        "next",
        &[
            ("charge.sentence_completed", "yes"),
            ("charge.sentence_completion_date--month", "2"),
            ("charge.sentence_completion_date--day", "30"),
            ("charge.sentence_completion_date--year", "2016"),
            ("charge.fines_costs_paid", "yes"),
        ],
    )
    .await;
    let text = page.text();
    assert!(text.contains("There is a problem"), "{text}");
    assert!(text.contains("href=\"#f-charge-sentence_completion_date\""), "the date's error links to the date");
    assert!(text.contains("href=\"#f-charge-cov_designated\""), "the unanswered question's error links to it");
    assert!(!text.contains("href=\"#f-charge-fines_costs_paid\""), "no error for an answered question");
    for (part, typed) in [("month", "2"), ("day", "30"), ("year", "2016")] {
        let shown = format!("name=\"charge.sentence_completion_date--{part}\" value=\"{typed}\"");
        assert!(text.contains(&shown), "the date typed is shown again: {shown}");
    }
    assert!(html_checked(&page.html, "charge.fines_costs_paid", "yes"), "the answer picked is kept");
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert!(state["case"]["charges"][0].get("fines_costs_paid").is_none(), "nothing is saved from a screen with a problem");
    // "No" to the first question: the date under it is not needed and not saved.
    let page = post(
        &page,
        "next",
        &[
            ("charge.sentence_completed", "no"),
            ("charge.sentence_completion_date", "3/1/2016"),
            ("charge.fines_costs_paid", "yes"),
            ("charge.cov_designated", "no"),
            ("charge.trafficking_related", "no"),
            ("charge.public_official_duty_related", "no"),
        ],
    )
    .await;
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    let charge = &state["case"]["charges"][0];
    assert_eq!(charge["sentence_completed"], "no");
    assert!(charge.get("sentence_completion_date").is_none(), "the date after \"yes\" is not kept after \"no\"");
    assert_eq!(charge["cov_designated"], "no");
    // Back shows the same screen with every answer given.
    let page = post(&page, "back", &[]).await;
    assert!(html_checked(&page.html, "charge.sentence_completed", "no") && html_checked(&page.html, "charge.cov_designated", "no"));
}

/// Whether the radio `name` with `value` is drawn checked.
fn html_checked(html: &str, name: &str, value: &str) -> bool {
    let needle = format!("name=\"{name}\" value=\"{value}\" checked");
    html.contains(&needle)
}

/// The charge's details step, for a charge in the Circuit Court of Hinds County.
async fn at_details() -> Page {
    let page = post(&open().await, "next", &[]).await;
    let page = post(&page, "next", &[("court_kind", "circuit"), ("county", "Hinds")]).await;
    assert_eq!(page.step(), "details");
    page
}

#[tokio::test]
async fn a_misspelt_name_is_shown_as_understood_on_the_same_screen_and_nothing_typed_is_lost() {
    let page = post(&at_details().await, "next", &[("offence", "shopliftin"), ("case_number", "CR-9")]).await;
    assert_eq!(page.step(), "details", "the same screen, with the choices");
    let text = page.text();
    assert!(text.contains("Is this the charge?"), "{text}");
    assert!(text.contains("Shoplifting, §\u{a0}97-23-93"), "{text}");
    assert!(text.contains("It is not in the list"), "{text}");
    assert!(text.contains("ask for its code section"), "it says what happens next");
    assert!(!text.contains("There is a problem"), "not an error");
    assert!(text.contains("value=\"shopliftin\""), "the name typed is kept");
    assert!(text.contains("value=\"CR-9\""), "the case number typed is kept");
    assert!(!page.html.contains("checked"), "nothing chosen for the person");
    let page = post(&page, "next", &[("offence", "shopliftin"), ("case_number", "CR-9"), ("offence_match", "shoplifting")]).await;
    assert_eq!(page.step(), "fact", "{}", page.text());
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "shoplifting", "the offence chosen");
    assert_eq!(state["case"]["charges"][0]["case_number"], "CR-9");
}

#[tokio::test]
async fn an_exact_name_needs_no_confirming_and_an_offence_number_is_read() {
    let page = post(&at_details().await, "next", &[("offence", "Shop Lifting")]).await;
    assert_eq!(page.step(), "fact", "{}", page.text());
    let page = post(&at_details().await, "next", &[("offence", "shoplifting 3rd offense")]).await;
    assert_eq!(page.step(), "fact", "{}", page.text());
    let page = post(&at_details().await, "next", &[("offence", "poss CS")]).await;
    assert_eq!(page.step(), "fact", "an abbreviation: {}", page.text());
    let page = post(&at_details().await, "next", &[("offence", "shopliftin 3rd offense")]).await;
    assert!(page.text().contains("Shoplifting, §\u{a0}97-23-93 (3rd offense)"), "{}", page.text());
    let page = post(&page, "next", &[("offence", "shopliftin 3rd offense"), ("offence_match", "shoplifting")]).await;
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "shoplifting (3rd offense)");
}

#[tokio::test]
async fn an_offence_number_is_offered_in_spanish_on_the_spanish_screen() {
    let page = post_to("/es/check", &at_details().await, "next", &[("offence", "shopliftin 3rd offense")]).await;
    let text = page.text();
    assert!(text.contains("Shoplifting, §\u{a0}97-23-93 (3.ª vez)"), "{text}");
    assert!(!text.contains("(3rd offense)"), "no English ordinal offered on the Spanish screen: {text}");
    let page = post_to("/es/check", &page, "next", &[("offence", "shopliftin 3rd offense"), ("offence_match", "shoplifting")]).await;
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "shoplifting (3rd offense)", "the papers keep the English name");
}

#[tokio::test]
async fn a_name_that_fits_several_offers_them_and_never_picks_the_narrower() {
    let page = post(&at_details().await, "next", &[("offence", "larceny")]).await;
    assert_eq!(page.step(), "details");
    let text = page.text();
    assert!(text.contains("Which of these is the charge?"), "{text}");
    for offered in ["value=\"larceny_unspecified\"", "value=\"grand_larceny\"", "value=\"petit_larceny\""] {
        assert!(page.html.contains(offered), "{offered}");
    }
    // A choice from before the name was changed does not count.
    let page = post(&page, "next", &[("offence", "possession"), ("offence_match", "grand_larceny")]).await;
    assert_eq!(page.step(), "details", "asked again for the new name");
    assert!(page.html.contains("value=\"drug_possession\""));
    assert!(!page.html.contains("value=\"grand_larceny\""));
    let page = post(&page, "next", &[("offence", "larceny"), ("offence_match", "larceny_unspecified")]).await;
    assert_eq!(page.step(), "fact", "the general entry, as chosen");
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "larceny");
    // Opened again, the choice made shows.
    let page = post(&page, "open:details:0", &[]).await;
    assert!(page.html.contains("value=\"larceny_unspecified\" checked"), "{}", page.html);
}

#[tokio::test]
async fn a_name_not_in_the_list_is_told_at_once_and_goes_on_to_the_code_section() {
    let page = post(&at_details().await, "next", &[("offence", "false statement to a state agency")]).await;
    assert_eq!(page.step(), "details");
    let text = page.text();
    assert!(text.contains("We could not find \"false statement to a state agency\" in our list"), "{text}");
    assert!(text.contains("It is not in the list"), "{text}");
    let page = post(&page, "next", &[("offence", "false statement to a state agency"), ("offence_match", "none")]).await;
    assert_eq!(page.step(), "fact", "{}", page.text());
    let state: serde_json::Value = serde_json::from_str(&page.state()).unwrap();
    assert_eq!(state["case"]["charges"][0]["offence"], "false statement to a state agency", "kept as typed");
    // A code section typed in the name box is the section: nothing to confirm.
    let page = post(&at_details().await, "next", &[("offence", "97-23-93")]).await;
    assert_eq!(page.step(), "fact", "{}", page.text());
}

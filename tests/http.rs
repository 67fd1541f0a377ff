//! The whole application driven through its router, without a socket: pages, the JSON
//! API, status codes, limits and headers.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, server::Limits::default()))
}

async fn send(req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).to_string())
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).header(header::ACCEPT, "text/html").body(Body::empty()).unwrap()
}

fn post_form(path: &str, body: &str) -> Request<Body> {
    Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(Body::from(body.to_string())).unwrap()
}

fn post_json(path: &str, body: &str) -> Request<Body> {
    Request::post(path).header(header::CONTENT_TYPE, "application/json").body(Body::from(body.to_string())).unwrap()
}

const CASE: &str = r#"{"history":{"pending_charges":"no"},"charges":[{"offence":"grand larceny","level":"felony","court":{"kind":"circuit","county":"Hinds"},"outcome":"dismissed","disposition_date":"2024-03-12"}]}"#;

#[tokio::test]
async fn the_start_page_leads_to_the_questions_and_the_routes_are_on_learn() {
    let (status, headers, body) = send(get("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    assert!(body.contains("<html lang=\"en\""), "{body}");
    assert!(body.contains("Find out if you can clear your Mississippi record"));
    assert!(body.contains("<a href=\"/check\" class=\"button start\">Start now</a>"), "a Start now button in the page's body");
    assert!(!body.contains("One felony conviction"), "the routes are not on the start page");
    assert!(!body.contains("<script type=\"module\""), "only the questionnaire's page loads the bundle");
    assert!(body.contains("not legal advice"));
    let (status, _, learn) = send(get("/learn")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(learn.contains("One felony conviction"), "routes from the rules are listed on Learn");
}

#[tokio::test]
async fn every_inline_script_is_allowed_by_its_hash_and_nothing_else_inline_is() {
    use base64::Engine;
    use sha2::Digest;
    for path in ["/check", "/", "/learn/cost", "/no-such-page"] {
        let (_, headers, body) = send(get(path)).await;
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        let scripts: Vec<&str> =
            body.split("<script").skip(1).filter_map(|s| s.split_once('>')?.1.split_once("</script>").map(|(text, _)| text)).collect();
        if path == "/check" {
            assert!(scripts.iter().any(|s| s.contains("expunge_ms")), "the questionnaire's page loads its island: {body}");
        }
        for script in scripts {
            let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()));
            assert!(csp.contains(&format!("'sha256-{hash}'")), "{path}: {csp} allows {script}");
        }
        for directive in ["default-src 'self'", "frame-ancestors 'none'", "'wasm-unsafe-eval'", "form-action 'self'"] {
            assert!(csp.contains(directive), "{csp}");
        }
        assert!(!csp.contains("unsafe-inline") && !csp.contains("nonce-"), "{csp}");
    }
}

#[tokio::test]
async fn every_response_has_the_privacy_and_security_headers_and_no_cookie() {
    for req in [get("/"), get("/no-such-page"), post_json("/api/v1/assess?as_of=2026-11-23", CASE)] {
        let (_, headers, _) = send(req).await;
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
        assert!(!headers.contains_key(header::SET_COOKIE));
    }
}

#[tokio::test]
async fn an_unknown_page_is_a_real_404() {
    let (status, _, body) = send(get("/no-such-page")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("We could not find that page"));
}

#[tokio::test]
async fn the_api_assesses_a_case() {
    let (status, headers, body) = send(post_json("/api/v1/assess?as_of=2026-11-23", CASE)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"));
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["charges"][0]["outcome"], "eligible");
    assert_eq!(v["charges"][0]["route"]["id"], "non_conviction");
    assert_eq!(v["as_of"], "2026-11-23");
    assert!(v["rules_version"].as_str().unwrap().starts_with("ms-"));
}

#[tokio::test]
async fn the_api_answers_422_with_every_field_error() {
    let bad = r#"{"charges":[{"offence":"","arrest_date":"2030-01-01"}]}"#;
    let (status, _, body) = send(post_json("/api/v1/assess?as_of=2026-11-23", bad)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let fields: Vec<&str> = v["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert!(fields.contains(&"charges[0].offence") && fields.contains(&"charges[0].arrest_date"), "{fields:?}");
}

#[tokio::test]
async fn the_api_refuses_a_bad_date_and_a_date_before_the_rules() {
    let (status, _, _) = send(post_json("/api/v1/assess?as_of=yesterday", CASE)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A date before the rules, or far in the future, is a bad filing date too: 400, as the README says.
    for date in ["2010-01-01", "2200-01-01", "+262140-01-01"] {
        let (status, _, body) = send(post_json(&format!("/api/v1/assess?as_of={date}"), CASE)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{date}");
        assert!(body.contains("\"field\":\"as_of\""), "{date}: {body}");
    }
}

#[tokio::test]
async fn the_api_refuses_a_body_over_the_limit() {
    let huge = format!(r#"{{"charges":[{{"offence":"{}"}}]}}"#, "x".repeat(server::BODY_LIMIT + 10));
    let (status, _, _) = send(post_json("/api/v1/assess", &huge)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_api_publishes_the_schema_and_the_rules_version() {
    let (status, _, body) = send(get("/api/v1/schema")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\"charges\""));
    let (status, _, body) = send(get("/api/v1/rules")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\"rules_version\":\"ms-"));
}

#[tokio::test]
async fn how_this_works_shows_the_rules_with_dates_citations_and_certainty() {
    let (status, _, body) = send(get("/how-it-works")).await;
    assert_eq!(status, StatusCode::OK);
    for words in [
        "How this works",
        "Miss. Code Ann. § 99-19-71(2)(a) (as amended by Laws 2026, ch. 430, HB 1546)",
        "Petitions filed from July 1, 2026",
        "Petitions filed July 1, 2019 to June 30, 2026",
        "$150",
        "promoting prostitution",
        "to be checked",
        "Open questions for a lawyer",
        "id=\"route-felony\"",
        "id=\"route-non_conviction\"",
    ] {
        assert!(body.contains(words), "missing: {words}");
    }
}

#[tokio::test]
async fn the_privacy_page_says_what_is_logged() {
    let (status, _, body) = send(get("/privacy")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("no cookies"));
    assert!(body.contains("POST /check 200"), "the example log line is the questionnaire's");
    assert!(body.contains("We do not keep a copy"), "saved answers stay on the device");
    assert!(body.contains("It keeps no copy of your papers"), "the court papers are not kept");
    assert!(body.contains("A calendar file for a date on your results is made the same way, and not kept"));
}

#[tokio::test]
async fn the_learn_pages_come_from_the_rules_and_an_unknown_one_is_a_404() {
    let (status, _, body) = send(get("/learn")).await;
    assert_eq!(status, StatusCode::OK);
    for slug in ["what-expungement-does", "dismissal-or-expungement", "cost", "after-you-file", "what-to-bring"] {
        assert!(body.contains(&format!("/learn/{slug}")), "the index links {slug}");
        let (status, _, page) = send(get(&format!("/learn/{slug}"))).await;
        assert_eq!(status, StatusCode::OK, "{slug}");
        assert!(page.contains("The law: "), "{slug} cites the law");
    }
    let (_, _, cost) = send(get("/learn/cost")).await;
    assert!(cost.contains("$150") && cost.contains("pauper"));
    let (_, _, bring) = send(get("/learn/what-to-bring")).await;
    assert!(bring.contains("A zero-balance sheet from the clerk"), "papers come from documents.toml");
    let (status, _, _) = send(get("/learn/no-such-page")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_accept_it() {
    let req =
        Request::get("/").header(header::ACCEPT, "text/html").header(header::ACCEPT_ENCODING, "br, gzip").body(Body::empty()).unwrap();
    let res = app().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
}

#[tokio::test]
async fn hashed_bundle_files_are_linked_and_cached_for_a_year() {
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("bundle.txt"), "expunge_ms.0123456789ab\n").unwrap();
    std::fs::write(pkg.join("expunge_ms.0123456789ab.css"), "body{}").unwrap();
    std::fs::write(pkg.join("expunge_ms.css"), "body{}").unwrap();
    let leptos = server::leptos_options(site.path().to_path_buf(), ([127, 0, 0, 1], 3000).into());
    let app = server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, server::Limits::default()));

    let res = app.clone().oneshot(get("/check")).await.unwrap();
    let body = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).to_string();
    assert!(body.contains("href=\"/pkg/expunge_ms.0123456789ab.css\""), "{body}");
    assert!(body.contains("/pkg/expunge_ms.0123456789ab.js"), "the hydration script names the hashed bundle");
    assert!(body.contains("/pkg/expunge_ms.0123456789ab_bg.wasm"));

    let res = app.clone().oneshot(get("/pkg/expunge_ms.0123456789ab.css")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    let res = app.oneshot(get("/pkg/expunge_ms.css")).await.unwrap();
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache", "a name without a hash is checked each time");
}

#[tokio::test]
async fn a_stored_page_is_sent_in_the_coding_the_browser_accepts_and_reads_the_same_in_each() {
    let app = app();
    let fetch = |coding: &'static str| {
        let app = app.clone();
        async move {
            let req = Request::get("/learn/cost").header(header::ACCEPT_ENCODING, coding).body(Body::empty()).unwrap();
            let res = app.oneshot(req).await.unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            assert_eq!(res.headers()[header::VARY], "accept-encoding");
            let encoding = res.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap().to_string());
            (encoding, res.into_body().collect().await.unwrap().to_bytes().to_vec())
        }
    };
    // Drawn on the first request, stored, then sent from memory.
    let (none, plain) = fetch("identity").await;
    assert_eq!(none, None);
    let (br, brotli) = fetch("gzip, deflate, br").await;
    assert_eq!(br.as_deref(), Some("br"));
    let (gz, gzip) = fetch("gzip").await;
    assert_eq!(gz.as_deref(), Some("gzip"));
    assert_eq!(fetch("gzip, deflate, br").await.1, brotli, "the same bytes each time");
    let mut from_brotli = Vec::new();
    brotli::BrotliDecompress(&mut &brotli[..], &mut from_brotli).unwrap();
    let mut from_gzip = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut from_gzip).unwrap();
    assert_eq!(from_brotli, plain);
    assert_eq!(from_gzip, plain);
    assert!(String::from_utf8_lossy(&plain).contains("<h1>"), "the page itself");
}

#[tokio::test]
async fn an_oversized_questionnaire_step_is_refused_before_it_is_read() {
    let huge = format!("state={}&go=next", "a".repeat(2 * 1024 * 1024));
    for path in ["/check", "/check/save", "/check/packet", "/check/calendar", "/no-such-page", "/es/check"] {
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::CONTENT_LENGTH, huge.len())
            .body(Body::from(huge.clone()))
            .unwrap();
        let (status, headers, _) = send(req).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY), "{path}: refusals carry the headers too");
    }
}

#[tokio::test]
async fn the_api_draws_the_packet_as_a_pdf_download() {
    let case = std::fs::read_to_string("tests/packets/five-charges-in-two-courts.json").unwrap();
    let mut req = post_json("/api/v1/packet?as_of=2026-11-24", &case);
    req.headers_mut().insert(header::ACCEPT_ENCODING, "br, gzip".parse().unwrap());
    let res = app().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/pdf");
    assert!(!res.headers().contains_key(header::CONTENT_ENCODING), "a PDF is compressed already: it is sent as drawn");
    assert!(res.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert!(body.starts_with(b"%PDF-"));
}

#[tokio::test]
async fn the_api_refuses_a_packet_whose_sentences_need_unanswered_facts_naming_each_one() {
    let case = std::fs::read_to_string("tests/packets/a-first-misdemeanor-conviction-in-county-court.json").unwrap();
    let case = case.replace(r#""prior_misdemeanor_expunction": "no", "#, "");
    let (status, _, body) = send(post_json("/api/v1/packet?as_of=2026-11-24", &case)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let errors = v["errors"].as_array().expect("the API's error shape");
    let fields: Vec<&str> = errors.iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["history.prior_misdemeanor_expunction"], "{body}");
    assert!(errors.iter().all(|e| e["message"].as_str().unwrap().starts_with("The papers need this answer: ")), "{body}");
}

#[tokio::test]
async fn the_api_refuses_a_packet_with_nothing_to_file_now_and_a_bad_case() {
    let (status, _, body) =
        send(post_json("/api/v1/packet?as_of=2026-11-23", r#"{"charges":[{"offence":"murder","level":"felony","outcome":"convicted"}]}"#))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("No charge may be expunged now"), "{body}");
    let (status, _, body) = send(post_json("/api/v1/packet", r#"{"charges":[{"offence":""}]}"#)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("charges[0].offence"), "{body}");
}

#[tokio::test]
async fn the_spanish_site_is_under_es_in_spanish_and_links_to_the_same_page_in_english() {
    for (path, english) in [("/es", "/"), ("/es/learn/cost", "/learn/cost"), ("/es/check", "/check"), ("/es/privacy", "/privacy")] {
        let (status, _, body) = send(get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains("<html lang=\"es\""), "{path}");
        assert!(body.contains(&format!("href=\"{english}\" hreflang=\"en\" lang=\"en\"")), "{path} links to {english}");
        assert!(!body.contains("href=\"/learn\""), "{path}: the links stay in Spanish");
    }
    let (_, _, home) = send(get("/es")).await;
    assert!(home.contains("href=\"/es/check\" class=\"button start\""), "the start button stays in Spanish");
    let (status, _, missing) = send(get("/es/no-such-page")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(missing.contains("<html lang=\"es\""));
}

#[tokio::test]
async fn the_spanish_questionnaire_posts_to_itself_and_answers_in_spanish() {
    let (status, _, body) = send(post_form("/es/check", "go=next")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<html lang=\"es\""));
    assert!(body.contains("action=\"/es/check\""), "the next step posts to the Spanish questionnaire");
    assert!(body.contains("data-msg-date=\"") && !body.contains("data-msg-date=\"Enter"), "the typed-date message is in Spanish");
}

#[tokio::test]
async fn the_spanish_how_it_works_page_says_in_spanish_what_each_number_is_and_where_the_fee_goes() {
    let (status, _, body) = send(get("/es/how-it-works")).await;
    assert_eq!(status, StatusCode::OK);
    let english = expunge_ms::rules::embedded().expect("rules");
    let fee = english.params.filing_fee.periods().next().expect("a fee").value.clone();
    for share in &fee.shares {
        assert!(!body.contains(&format!("${} para {}", share.amount, share.to)), "the share {} is named in Spanish", share.to);
    }
    assert!(body.contains("para el secretario del tribunal de circuito"), "the clerk's share");
    let status_opening = english.meta.review_status.trim().split('.').next().expect("a sentence");
    assert!(!body.contains(status_opening), "the rules' review status is in Spanish");
    assert!(!body.contains(english.params.felony_waiting_years.description.as_str()), "what the number is, in Spanish");
}

#[tokio::test]
async fn the_help_page_gives_phone_numbers_to_tap_each_with_its_source_and_date() {
    let (status, _, body) = send(get("/help")).await;
    assert_eq!(status, StatusCode::OK);
    let rules = expunge_ms::rules::embedded().expect("rules");
    let contacts: Vec<_> = rules.help.org.iter().flat_map(|o| &o.contact).collect();
    assert!(contacts.iter().any(|c| c.phone.is_some()), "at least one phone number is listed");
    for c in contacts {
        if let (Some(phone), Some(tel)) = (&c.phone, c.tel()) {
            assert!(body.contains(&format!("href=\"{tel}\"")), "{phone} is a tel: link");
            assert!(body.contains(phone.as_str()), "{phone} is shown as written");
        }
        if let Some(address) = &c.address {
            assert!(body.contains(address.as_str()), "{address} is shown");
        }
        assert!(body.contains(&format!("href=\"{}\"", c.source)), "the source {} is linked", c.source);
        assert!(body.contains(&c.checked.format("checked %B %-d, %Y").to_string()), "the date {} is shown", c.checked);
    }
}

#[tokio::test]
async fn clinic_mode_is_off_unless_asked_for() {
    for path in ["/clinic", "/clinic/sign-in"] {
        let (status, headers, _) = send(get(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!headers.contains_key(header::SET_COOKIE), "{path}");
    }
}

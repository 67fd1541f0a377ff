//! What an attacker, or an unlucky person, sends: each request of issue 9's findings,
//! kept as a regression case. Every one gets a clear answer in the documented shape;
//! none reaches a panic, and none is served as if it were fine.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, server::Limits::default()))
}

async fn send(req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app().oneshot(req).await.expect("the router always answers");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).to_string())
}

fn request(method: Method, path: &str, body: &str) -> Request<Body> {
    let content_type = if path.starts_with("/api/") { "application/json" } else { "application/x-www-form-urlencoded" };
    Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "text/html")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn form(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

/// The API's error shape: a list of `{field, message}`, each message in words.
fn api_errors(body: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|_| panic!("JSON errors, got {body}"));
    v["errors"]
        .as_array()
        .expect("an errors list")
        .iter()
        .map(|e| (e["field"].as_str().unwrap().to_string(), e["message"].as_str().unwrap().to_string()))
        .collect()
}

#[tokio::test]
async fn a_page_address_with_a_trailing_slash_or_a_dot_segment_is_redirected_to_the_page() {
    for (asked, page) in
        [("/help/", "/help"), ("/learn/cost/", "/learn/cost"), ("/./", "/"), ("//help", "/help"), ("/learn/../privacy", "/privacy")]
    {
        let (status, headers, _) = send(request(Method::GET, asked, "")).await;
        assert_eq!(status, StatusCode::PERMANENT_REDIRECT, "{asked}");
        assert_eq!(headers[header::LOCATION], page, "{asked}");
        let (status, _, body) = send(request(Method::GET, page, "")).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(body.contains("<main"), "{page} is the page");
    }
}

#[tokio::test]
async fn an_unknown_page_is_a_real_404_page_drawn_with_the_rules() {
    let (status, _, body) = send(request(Method::GET, "/no/such/page", "")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("<h1"), "{body}");
}

#[tokio::test]
async fn public_files_and_pages_answer_only_get_and_head() {
    for method in [Method::PUT, Method::DELETE, Method::TRACE, Method::PATCH] {
        let (status, headers, _) = send(request(method.clone(), "/favicon.svg", "")).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} on a public file");
        assert_eq!(headers[header::ALLOW], "GET, HEAD");
        let (status, _, _) = send(request(method.clone(), "/help", "")).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} on a page");
    }
}

#[tokio::test]
async fn every_api_error_has_the_documented_json_shape() {
    let cases: &[(Method, &str, String, StatusCode)] = &[
        (Method::GET, "/api/v1/nope", String::new(), StatusCode::NOT_FOUND),
        (Method::GET, "/api/v1/assess", String::new(), StatusCode::METHOD_NOT_ALLOWED),
        (Method::DELETE, "/api/v1/rules", String::new(), StatusCode::METHOD_NOT_ALLOWED),
        (Method::POST, "/api/v1/assess?as_of=2026-01-01&as_of=2026-01-02", "{}".into(), StatusCode::BAD_REQUEST),
        (Method::POST, "/api/v1/assess?format=xml", "{}".into(), StatusCode::BAD_REQUEST),
        (Method::POST, "/api/v1/assess", "x".repeat(server::BODY_LIMIT + 1), StatusCode::PAYLOAD_TOO_LARGE),
        (Method::POST, "/api/v1/packet", "x".repeat(3 * server::BODY_LIMIT), StatusCode::PAYLOAD_TOO_LARGE),
        (Method::POST, "/api/v1/assess", "[1,2,3]".into(), StatusCode::UNPROCESSABLE_ENTITY),
    ];
    for (method, path, body, want) in cases {
        let (status, headers, text) = send(request(method.clone(), path, body)).await;
        assert_eq!(status, *want, "{method} {path}");
        assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"), "{method} {path}");
        let errors = api_errors(&text);
        assert!(!errors.is_empty(), "{method} {path}");
        for (_, message) in errors {
            for internal in ["invalid length", "expected struct", "Failed to", "deserialize", "length limit"] {
                assert!(!message.contains(internal), "{method} {path}: a parser's words reached the person: {message}");
            }
        }
    }
}

#[tokio::test]
async fn far_future_dates_are_refused_in_words_everywhere_they_can_be_given() {
    let case =
        r#"{"charges":[{"outcome":"convicted","level":"felony","sentence_completed":"no","expected_completion_date":"+262140-01-01"}]}"#;
    for path in ["/api/v1/assess?as_of=2026-11-23", "/api/v1/packet?as_of=2026-11-23"] {
        let (status, _, body) = send(request(Method::POST, path, case)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {body}");
        assert_eq!(api_errors(&body)[0].0, "charges[0].expected_completion_date");
    }
    let case =
        r#"{"charges":[{"outcome":"convicted","level":"felony","sentence_completed":"no","expected_completion_date":"2199-12-31"}]}"#;
    let (status, _, _) = send(request(Method::POST, "/api/v1/assess?as_of=2199-12-31", case)).await;
    assert_eq!(status, StatusCode::OK, "the latest date allowed is still assessed");
    let (status, _, _) = send(request(Method::POST, "/api/v1/packet?as_of=+262140-01-01", "{}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

const START: &str = r#"{"case":{"charges":[]},"at":"start"}"#;

#[tokio::test]
async fn an_unknown_question_in_the_hidden_answers_or_a_button_starts_again_with_a_message() {
    let states = [
        r#"{"case":{"charges":[]},"at":{"fact":[null,"nope"]}}"#,
        r#"{"case":{"charges":[]},"at":{"fact":[null,"history.prior_felony_expunction_date"]}}"#,
        r#"{"case":{"charges":[]},"at":{"fact":[0,"history.pending_charges"]}}"#,
        r#"{"case":{"charges":[]},"at":"start","skipped":[[null,"nope"]]}"#,
        r#"{"case":{"charges":[]},"at":"start","trail":[{"fact":[null,"nope"]}]}"#,
    ];
    for state in states {
        let (status, _, body) = send(request(Method::POST, "/check", &form(&[("state", state), ("go", "next")]))).await;
        assert_eq!(status, StatusCode::OK, "{state}");
        assert!(body.contains("We could not read your answers"), "{state}");
    }
    for go in ["open:fact:-:nope", "open:fact:-:charge.outcome", "open:fact:0:history.pending_charges", "open:fact:99:charge.level"] {
        let (status, _, body) = send(request(Method::POST, "/check", &form(&[("state", START), ("go", go)]))).await;
        assert_eq!(status, StatusCode::OK, "{go}");
        assert!(body.contains("data-step=\"start\""), "{go} leaves the person where they were");
    }
}

#[tokio::test]
async fn a_flood_of_form_fields_is_refused_without_losing_the_answers_so_far() {
    let state = r#"{"case":{"charges":[{"court":{"kind":"justice"}}]},"at":{"place":0},"trail":["start",{"court":0}],"entering":0}"#;
    let mut body = form(&[("state", state), ("go", "next")]);
    body.push_str(&"&a".repeat(200_000));
    let (status, _, page) = send(request(Method::POST, "/check", &body)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.contains("more in it than this step sends"), "{page}");
    // An answer carried from before the court and its place were one screen: that screen.
    assert!(page.contains("data-step=\"court\""), "the same step again, with the answers kept");
    let long = "x".repeat(10_000);
    let (status, _, _) =
        send(request(Method::POST, "/check", &form(&[("state", state), ("go", "next"), ("county", "Hinds"), ("city", &long)]))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn hidden_lists_longer_than_any_journey_are_refused() {
    let trail = vec![r#""start""#; 201].join(",");
    let state = format!(r#"{{"case":{{"charges":[]}},"at":"start","trail":[{trail}]}}"#);
    let (_, _, body) = send(request(Method::POST, "/check", &form(&[("state", &state), ("go", "next")]))).await;
    assert!(body.contains("We could not read your answers"));
    let skipped = vec![r#"[null,"history.pending_charges"]"#; 40].join(",");
    let state = format!(r#"{{"case":{{"charges":[]}},"at":"start","skipped":[{skipped}]}}"#);
    let (_, _, body) = send(request(Method::POST, "/check", &form(&[("state", &state), ("go", "next")]))).await;
    assert!(body.contains("We could not read your answers"));
}

#[tokio::test]
async fn a_packet_for_more_courts_than_one_packet_holds_is_refused_in_words() {
    let rules = expunge_ms::rules::embedded().unwrap();
    let charges: Vec<String> = rules
        .counties
        .iter()
        .take(21)
        .map(|county| {
            format!(r#"{{"offence":"trespass","court":{{"kind":"county","county":"{county}"}},"outcome":"dismissed","disposition_date":"2024-03-12"}}"#)
        })
        .collect();
    let case = format!(
        r#"{{"petitioner":{{"full_name":"Jordan Example"}},"history":{{"pending_charges":"no"}},"charges":[{}]}}"#,
        charges.join(",")
    );
    let (status, _, body) = send(request(Method::POST, "/api/v1/packet?as_of=2026-11-23", &case)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let errors = api_errors(&body);
    assert_eq!(errors[0].0, "charges");
    assert!(errors[0].1.contains("more than 20 courts"), "{errors:?}");
}

#[tokio::test]
async fn text_the_papers_cannot_print_is_refused_beside_its_field_and_nothing_else_is_lost() {
    let state = r#"{"case":{"charges":[{"court":{"kind":"circuit","county":"Hinds"}}]},"at":{"details":0},"trail":["start"],"entering":0}"#;
    let typed = [("offence", "trespass"), ("statute", "97-17-97"), ("case_number", "24-CR-118"), ("arresting_agency", "JPD\u{1b}[31m")];
    let mut pairs = vec![("state", state), ("go", "next")];
    pairs.extend_from_slice(&typed);
    let (status, _, page) = send(request(Method::POST, "/check", &form(&pairs))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-step=\"details\""), "the same step again");
    assert!(page.contains("hidden character"), "the message says what is wrong");
    assert!(page.contains("value=\"24-CR-118\""), "every other answer is kept");

    let person = r#"{"case":{"charges":[]},"at":"person","trail":["start"]}"#;
    let (_, _, page) =
        send(request(Method::POST, "/check", &form(&[("state", person), ("go", "next"), ("full_name", "約翰 李 Jordan")]))).await;
    assert!(page.contains("data-step=\"person\""));
    assert!(page.contains("can only print letters"), "{page}");
    assert!(page.contains("&quot;約&quot;") || page.contains("\"約\""), "the letters are named");

    for (field, value) in [("full_name", "約翰 李 Jordan"), ("address", "12 Oak St\nJackson"), ("other_names", "Jordan\u{0}")] {
        let value = if field == "other_names" { serde_json::json!([value]) } else { serde_json::json!(value) };
        let case = serde_json::json!({ "petitioner": { field: value }, "charges": [{ "outcome": "dismissed" }] }).to_string();
        let (status, _, body) = send(request(Method::POST, "/api/v1/assess?as_of=2026-11-23", &case)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {body}");
        assert!(api_errors(&body)[0].0.starts_with(&format!("petitioner.{field}")), "{body}");
    }
}

/// The real connection loop on a socket, with small limits.
async fn start(limits: server::Limits) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let leptos = server::leptos_options("target/site".into(), addr);
    let app = server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, limits.clone()));
    tokio::spawn(async move {
        server::serve(listener, app, &limits, async {
            let _ = stopped.await;
        })
        .await;
    });
    (addr, stop)
}

async fn read_some(stream: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt;
    let mut buf = vec![0u8; 4096];
    match tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut buf)).await {
        Ok(Ok(n)) => String::from_utf8_lossy(&buf[..n]).to_string(),
        Ok(Err(_)) => String::new(),
        Err(_) => "(nothing within 5 seconds)".into(),
    }
}

#[tokio::test]
async fn slow_clients_get_their_share_of_connections_and_are_closed_when_they_dawdle() {
    use tokio::io::AsyncWriteExt;
    let limits =
        server::Limits { max_connections_per_client: 2, header_timeout: std::time::Duration::from_secs(1), ..server::Limits::default() };
    let (addr, stop) = start(limits).await;
    let mut slow = Vec::new();
    for _ in 0..2 {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        slow.push(s);
    }
    // A third connection from the same client is over its share: a 503 at once.
    let mut third = tokio::net::TcpStream::connect(addr).await.unwrap();
    let answer = read_some(&mut third).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("Retry-After"), "{answer}");
    // Half a header for longer than the header timeout: the connection is closed.
    for s in &mut slow {
        let answer = read_some(s).await;
        assert!(!answer.contains("(nothing"), "closed within the header timeout, got {answer}");
    }
    // With their places given back, the client is served again.
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let answer = read_some(&mut s).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let _ = stop.send(());
}

#[tokio::test]
async fn a_connection_is_closed_after_its_lifetime_even_when_busy() {
    use tokio::io::AsyncWriteExt;
    let limits = server::Limits { connection_lifetime: std::time::Duration::from_secs(1), ..server::Limits::default() };
    let (addr, stop) = start(limits).await;
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    assert!(read_some(&mut s).await.starts_with("HTTP/1.1 200"));
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    // Past its lifetime, the kept-alive connection is gone.
    let _ = s.write_all(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n").await;
    let answer = read_some(&mut s).await;
    assert!(!answer.starts_with("HTTP/1.1 200"), "{answer}");
    let _ = stop.send(());
}

//! The questionnaire's plain form posts, for browsers without JavaScript (and for
//! saving and loading answers in every browser):
//!
//! - `POST /check`: a step's form; answers the page with the next screen.
//! - `POST /check/save`: the answers as a file to download.
//! - `POST /check/calendar`: a calendar file (.ics) for a date a charge may be cleared
//!   from, worked out again from the answers posted (see `questionnaire::calendar`).
//! - `POST /check/load` (multipart): a saved answers file; answers the page with the
//!   review, or the start screen with what was wrong with the file.
//!
//! Every answer travels in the form; nothing is kept. Pages that hold answers are
//! sent with `Cache-Control: no-store` so they are not left on a shared computer.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Multipart, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use leptos::prelude::*;

use super::AppState;
use super::limits::{BODY_LIMIT, FORM_LIMIT};
use crate::app::shell;
use crate::clock::today_in_mississippi;
use crate::questionnaire::calendar::{Address, NoCalendar};
use crate::questionnaire::{self, Form, Posted, Questionnaire, Screen};
use crate::rules::Lang;

/// The questionnaire's POST routes, to merge with the page routes.
pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for lang in Lang::ALL {
        let at = |path: &str| lang.path(path);
        router = router
            .route(&at("/check"), post(step))
            .route(&at("/check/save"), post(save))
            .route(&at("/check/calendar"), post(calendar))
            .route(&at("/check/packet"), post(packet))
            .route(&at("/check/load"), post(load).layer(DefaultBodyLimit::max(BODY_LIMIT + 4096)));
    }
    router
}

/// The fields of a posted form. Reading stops one field past the most a step sends,
/// so a flood of empty fields costs nothing (`questionnaire::form_too_big` refuses the form).
async fn read_form(body: Body) -> Result<Form, Response> {
    // A bare status: `edge::worded_errors` gives it a page in words.
    let bytes = super::edge::read_body(body, FORM_LIMIT).await.map_err(IntoResponse::into_response)?;
    Ok(form_urlencoded::parse(&bytes).take(questionnaire::MAX_FIELDS + 1).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
}

async fn step(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let site = state.site(parts.uri.path()).clone();
    let form = match read_form(body).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let refused = questionnaire::form_too_big(&form);
    let screen = Questionnaire::in_page(&site.rules, &site.words, today_in_mississippi()).papers_in(&state.rules).advance(&form);
    let mut response = render(state, parts, screen).await;
    if refused {
        *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
    }
    response
}

/// The papers of the case in the form, as a PDF download.
async fn packet(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let site = state.site(parts.uri.path()).clone();
    let form = match read_form(body).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let today = today_in_mississippi();
    let case = Questionnaire::in_page(&site.rules, &site.words, today).papers_in(&state.rules).case_of(&form);
    let Some(case) = case else {
        let screen = Questionnaire::in_page(&site.rules, &site.words, today)
            .papers_in(&state.rules)
            .start_with_message(site.words.common.unreadable.as_str());
        let mut response = render(state, parts, screen).await;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return response;
    };
    let client = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip());
    let drawn = super::api::draw_packet(&state, site.lang, client, case, today).await;
    if let super::api::Drawn::Pdf(pdf) = drawn {
        return super::api::pdf_download(pdf);
    }
    // Not drawn: the papers step again, saying why, with every answer kept.
    let (status, _) = super::api::not_drawn(&drawn);
    let w = &site.words.papers;
    let message = match &drawn {
        super::api::Drawn::Nothing => &w.nothing_drawn,
        super::api::Drawn::TooLarge => &w.too_large,
        super::api::Drawn::Busy => &w.busy,
        super::api::Drawn::Missing(_) => &w.missing_facts,
        super::api::Drawn::Failed | super::api::Drawn::Pdf(_) => &w.failed,
    };
    let screen = Questionnaire::in_page(&site.rules, &site.words, today).papers_in(&state.rules).again(&form, message.as_str());
    let busy = matches!(drawn, super::api::Drawn::Busy);
    let mut response = render(state, parts, screen).await;
    *response.status_mut() = status;
    if busy {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(super::api::RETRY_AFTER));
    }
    response
}

async fn save(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let site = state.site(parts.uri.path()).clone();
    let form = match read_form(body).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let saved = Questionnaire::in_page(&site.rules, &site.words, today_in_mississippi()).papers_in(&state.rules).saved_file(&form);
    match saved {
        Some(json) => {
            let mut response = json.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
            headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"my-expungement-answers.json\""));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        None => {
            let q = Questionnaire::in_page(&site.rules, &site.words, today_in_mississippi()).papers_in(&state.rules);
            let screen = q.advance(&vec![("state".into(), String::new())]);
            let mut response = render(state, parts, screen).await;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            response
        }
    }
}

/// A calendar file for the date of the charge the pressed button names, or for every
/// date. Answers that cannot be read give the start screen with a message; a button
/// for no such date gives the step again with a message: both as a page, like `packet`.
async fn calendar(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let site = state.site(parts.uri.path()).clone();
    let form = match read_form(body).await {
        Ok(form) => form,
        Err(response) => return response,
    };
    let q = Questionnaire::in_page(&site.rules, &site.words, today_in_mississippi()).papers_in(&state.rules);
    let (screen, status) = if questionnaire::form_too_big(&form) {
        (q.advance(&form), StatusCode::PAYLOAD_TOO_LARGE)
    } else {
        let address = address(&parts, site.lang);
        match q.calendar(&form, address.as_ref(), crate::clock::now()) {
            Ok(file) => {
                let name = if file.dates > 1 { "expungement-dates.ics" } else { "expungement-date.ics" };
                let mut response = file.text.into_response();
                let headers = response.headers_mut();
                headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
                // The name says what the file is and nothing about the person.
                let disposition = format!("attachment; filename=\"{name}\"");
                headers.insert(
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
                );
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                return response;
            }
            Err(NoCalendar::Unreadable) => (q.start_with_message(site.words.common.unreadable.as_str()), StatusCode::UNPROCESSABLE_ENTITY),
            Err(NoCalendar::NoDate) => (q.again(&form, site.words.calendar.no_date.as_str()), StatusCode::UNPROCESSABLE_ENTITY),
            // A bare status: `edge::worded_errors` gives it a page in words.
            Err(NoCalendar::Failed) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    };
    let mut response = render(state, parts, screen).await;
    *response.status_mut() = status;
    response
}

/// The questionnaire's address as the browser reached it, for a calendar file to say
/// where to check again: the host the request names, over HTTPS (plain HTTP only on
/// this computer, as when testing). `None` when the request names no usable host.
fn address(parts: &axum::http::request::Parts, lang: Lang) -> Option<Address> {
    let named = parts.uri.authority().map(|a| a.as_str().to_string());
    let named = named.or_else(|| parts.headers.get(header::HOST).and_then(|h| h.to_str().ok()).map(str::to_string))?;
    let authority: axum::http::uri::Authority = named.parse().ok()?;
    if authority.as_str().contains('@') || authority.host().is_empty() {
        return None;
    }
    let host = authority.host().trim_start_matches('[').trim_end_matches(']');
    let local = host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let scheme = if local { "http" } else { "https" };
    Some(Address { check: format!("{scheme}://{authority}{}", lang.path("/check")), host: host.to_string() })
}

async fn load(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let site = state.site(parts.uri.path()).clone();
    let request = Request::from_parts(parts.clone(), body);
    let mut file = Vec::new();
    let w = &site.words.load;
    let mut problem = None;
    match <Multipart as axum::extract::FromRequest<()>>::from_request(request, &()).await {
        Ok(mut multipart) => loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                    Ok(bytes) => file = bytes.to_vec(),
                    Err(_) => problem = Some(&w.too_large),
                },
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(_) => {
                    problem = Some(&w.too_large);
                    break;
                }
            }
        },
        Err(_) => problem = Some(&w.choose_file),
    }
    if file.is_empty() && problem.is_none() {
        problem = Some(&w.choose_file);
    }
    let q = Questionnaire::in_page(&site.rules, &site.words, today_in_mississippi()).papers_in(&state.rules);
    let screen = match problem {
        Some(message) => q.start_with_message(message.as_str()),
        None => q.load(&file),
    };
    render(state, parts, screen).await
}

/// The questionnaire's page, drawn with `screen`, sent whole (no streamed parts that need JavaScript).
async fn render(state: AppState, mut parts: axum::http::request::Parts, screen: Screen) -> Response {
    // The page drawn is the questionnaire's, whichever form was posted.
    let site = state.site(parts.uri.path()).clone();
    parts.uri = site.lang.path("/check").parse().unwrap_or_else(|_| axum::http::Uri::from_static("/check"));
    let (lang, rules, words) = (site.lang, site.rules, site.words);
    let options = state.leptos.clone();
    let context_options = options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(lang);
            provide_context(rules.clone());
            provide_context(words.clone());
            provide_context(crate::questionnaire::Today(today_in_mississippi()));
            provide_context(context_options.clone());
            provide_context(Posted(screen.clone()));
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

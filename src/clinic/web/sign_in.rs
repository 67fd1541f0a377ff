//! Signing in and out, the second factor's code, and setting up an authenticator app.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;

use super::access::{self, COOKIE, SIGN_IN_COOKIE, Viewer};
use super::{ClinicState, checked_form, field, page, read_form};
use crate::clinic::accounts::{self, Next, SESSION_SECONDS, SignIn};
use crate::clinic::store::audit::Action;
use crate::clinic::store::crypto::random_token;
use crate::clock::now_unix;

/// How long the sign-in form's token lasts, in seconds.
const SIGN_IN_FORM_SECONDS: i64 = 60 * 60;

fn sign_in_page(state: &ClinicState, token: &str, username: &str, error: Option<String>) -> Response {
    let w = &state.words.clinic;
    let body = view! {
        <h1>{w.sign_in_heading.to_string()}</h1>
        <p>{w.sign_in_lead.to_string()}</p>
        {error.clone().map(|e| view! { <div class="error-summary" role="alert"><p>{e}</p></div> })}
        <form method="post" action="/clinic/sign-in">
            <input type="hidden" name="csrf" value=token.to_string()/>
            <div class="field">
                <label for="username">{w.username.to_string()}</label>
                <input id="username" name="username" type="text" autocomplete="username" required value=username.to_string()/>
            </div>
            <div class="field">
                <label for="password">{w.password.to_string()}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
            </div>
            <button type="submit" class="button">{w.sign_in.to_string()}</button>
        </form>
    };
    page::render(state, w.sign_in_heading.as_str(), None, body)
}

/// GET /clinic/sign-in
pub async fn form(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, _) = req.into_parts();
    if let Ok(Some(v)) = access::viewer(&state.store, &parts.headers, now_unix()).await
        && v.session.verified
    {
        return page::redirect("/clinic");
    }
    let token = access::cookie_value(&parts.headers, SIGN_IN_COOKIE).filter(|t| t.len() == 43).unwrap_or_else(|| random_token(32));
    let mut res = sign_in_page(&state, &token, "", None);
    res.headers_mut().append(header::SET_COOKIE, access::set_cookie(&parts, SIGN_IN_COOKIE, Some(&token), SIGN_IN_FORM_SECONDS));
    res
}

/// POST /clinic/sign-in
pub async fn submit(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let form = match read_form(body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let cookie = access::cookie_value(&parts.headers, SIGN_IN_COOKIE).unwrap_or_default();
    if !access::same_token(field(&form, "csrf"), &cookie) {
        return page::stale_form(&state, None);
    }
    let w = &state.words.clinic;
    let (username, password) = (field(&form, "username"), form.iter().find(|(k, _)| k == "password").map_or("", |(_, v)| v.as_str()));
    if username.is_empty() || password.is_empty() {
        let mut res = sign_in_page(&state, &cookie, username, Some(w.sign_in_missing.to_string()));
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return res;
    }
    match accounts::sign_in(&state.store, username, password, &access::address(&parts), now_unix()).await {
        Err(e) => page::fault(&state, None, &e),
        Ok(SignIn::Wrong) => {
            let mut res = sign_in_page(&state, &cookie, username, Some(w.sign_in_wrong.to_string()));
            *res.status_mut() = StatusCode::UNAUTHORIZED;
            res
        }
        Ok(SignIn::Locked) => {
            let mut res = sign_in_page(&state, &cookie, username, Some(w.sign_in_locked.to_string()));
            *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            res.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from(accounts::FAILURE_WINDOW));
            res
        }
        Ok(SignIn::Done { token, next, .. }) => {
            let mut res = page::redirect(match next {
                Next::Work => "/clinic",
                Next::Code => "/clinic/code",
                Next::Enrol => "/clinic/enrol",
            });
            let h = res.headers_mut();
            h.append(header::SET_COOKIE, access::set_cookie(&parts, COOKIE, Some(&token), SESSION_SECONDS));
            h.append(header::SET_COOKIE, access::set_cookie(&parts, SIGN_IN_COOKIE, None, 0));
            res
        }
    }
}

/// POST /clinic/sign-out
pub async fn sign_out(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let now = now_unix();
    let viewer = match access::viewer(&state.store, &parts.headers, now).await {
        Ok(Some(v)) => v,
        Ok(None) => return page::redirect("/clinic/sign-in"),
        Err(e) => return page::fault(&state, None, &e),
    };
    if let Err(res) = checked_form(&state, &viewer, body).await {
        return res;
    }
    let ended = state.store.end_session(&viewer.token).await;
    let logged = state.store.audit(Some(viewer.user.id), Action::SignOut, None, None, now).await;
    if let Err(e) = ended.and(logged) {
        return page::fault(&state, Some(&viewer), &e);
    }
    let mut res = page::redirect("/clinic/sign-in");
    res.headers_mut().append(header::SET_COOKIE, access::set_cookie(&parts, COOKIE, None, 0));
    res
}

/// The session waiting for its second factor, or where to go instead.
async fn pending(state: &ClinicState, headers: &axum::http::HeaderMap) -> Result<Viewer, Response> {
    match access::viewer(&state.store, headers, now_unix()).await {
        Err(e) => Err(page::fault(state, None, &e)),
        Ok(None) => Err(page::redirect("/clinic/sign-in")),
        Ok(Some(v)) if v.session.verified => Err(page::redirect("/clinic")),
        Ok(Some(v)) if !v.user.has_totp => Err(page::redirect("/clinic/enrol")),
        Ok(Some(v)) => Ok(v),
    }
}

fn code_page(state: &ClinicState, viewer: &Viewer, error: Option<String>) -> Response {
    let w = &state.words.clinic;
    let has_error = error.is_some();
    let body = view! {
        <h1>{w.code_heading.to_string()}</h1>
        <form method="post" action="/clinic/code">
            {page::csrf_field(viewer)}
            <div class="field" class:has-error=has_error>
                <label for="code">{w.code_label.to_string()}</label>
                <p class="help" id="code-hint">{w.code_hint.to_string()}</p>
                {page::field_error(state, "code", error)}
                <input id="code" name="code" type="text" class="short" inputmode="numeric" autocomplete="one-time-code" required
                    aria-describedby="code-hint"/>
            </div>
            <button type="submit" class="button">{w.code_submit.to_string()}</button>
        </form>
    };
    page::render(state, w.code_heading.as_str(), Some(viewer), body)
}

/// GET /clinic/code
pub async fn code_form(State(state): State<ClinicState>, req: Request) -> Response {
    match pending(&state, req.headers()).await {
        Ok(viewer) => code_page(&state, &viewer, None),
        Err(res) => res,
    }
}

/// POST /clinic/code
pub async fn code_submit(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let viewer = match pending(&state, &parts.headers).await {
        Ok(viewer) => viewer,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    match accounts::give_code(&state.store, &viewer.user, &viewer.token, field(&form, "code"), &access::address(&parts), now_unix()).await {
        Ok(true) => page::redirect("/clinic"),
        Ok(false) => {
            let mut res = code_page(&state, &viewer, Some(state.words.clinic.code_wrong.to_string()));
            *res.status_mut() = StatusCode::UNAUTHORIZED;
            res
        }
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// The session that may set up an app: any, except one that must first give the code
/// of the app it already has.
async fn enrolling(state: &ClinicState, headers: &axum::http::HeaderMap) -> Result<Viewer, Response> {
    match access::viewer(&state.store, headers, now_unix()).await {
        Err(e) => Err(page::fault(state, None, &e)),
        Ok(None) => Err(page::redirect("/clinic/sign-in")),
        Ok(Some(v)) if !v.session.verified && v.user.has_totp => Err(page::redirect("/clinic/code")),
        Ok(Some(v)) => Ok(v),
    }
}

fn enrol_page(state: &ClinicState, viewer: &Viewer, secret: &str, error: Option<String>) -> Response {
    let w = &state.words.clinic;
    let (_, qr) = accounts::enrolment(secret, &viewer.user.username).unwrap_or_default();
    let has_error = error.is_some();
    let required = !viewer.session.verified;
    let body = view! {
        <h1>{w.enrol_heading.to_string()}</h1>
        {required.then(|| view! { <p>{w.enrol_required.to_string()}</p> })}
        {(!required && viewer.user.has_totp).then(|| view! { <p>{w.enrol_replace.to_string()}</p> })}
        <ol>
            <li>{w.enrol_step_app.to_string()}</li>
            <li>
                {w.enrol_step_scan.to_string()}
                <p><img src=qr alt=w.enrol_qr_alt.to_string() width="200" height="200"/></p>
                <p>{w.enrol_secret.to_string()}" "<code>{secret.to_string()}</code></p>
            </li>
            <li>{w.enrol_step_code.to_string()}</li>
        </ol>
        <form method="post" action="/clinic/enrol">
            {page::csrf_field(viewer)}
            <input type="hidden" name="secret" value=secret.to_string()/>
            <div class="field" class:has-error=has_error>
                <label for="code">{w.code_label.to_string()}</label>
                {page::field_error(state, "code", error)}
                <input id="code" name="code" type="text" class="short" inputmode="numeric" autocomplete="one-time-code" required/>
            </div>
            <button type="submit" class="button">{w.enrol_submit.to_string()}</button>
        </form>
    };
    page::render(state, w.enrol_heading.as_str(), Some(viewer), body)
}

/// GET /clinic/enrol
pub async fn enrol_form(State(state): State<ClinicState>, req: Request) -> Response {
    match enrolling(&state, req.headers()).await {
        Ok(viewer) => match offered_secret(&state, &viewer).await {
            Ok(secret) => enrol_page(&state, &viewer, &secret, None),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(res) => res,
    }
}

/// The key the enrolment page offers `viewer` (`accounts::pending_totp_secret`).
async fn offered_secret(state: &ClinicState, viewer: &Viewer) -> Result<String, crate::clinic::store::StoreError> {
    let current = state.store.totp_secret(viewer.user.id).await?;
    Ok(accounts::pending_totp_secret(&viewer.session.csrf, current.as_deref()))
}

/// POST /clinic/enrol
pub async fn enrol_submit(State(state): State<ClinicState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let viewer = match enrolling(&state, &parts.headers).await {
        Ok(viewer) => viewer,
        Err(res) => return res,
    };
    let form = match checked_form(&state, &viewer, body).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let secret = field(&form, "secret");
    if accounts::enrolment(secret, &viewer.user.username).is_none() {
        return match offered_secret(&state, &viewer).await {
            Ok(offered) => enrol_page(&state, &viewer, &offered, Some(state.words.clinic.code_wrong.to_string())),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        };
    }
    let address = access::address(&parts);
    match accounts::enrol(&state.store, &viewer.user, &viewer.token, secret, field(&form, "code"), &address, now_unix()).await {
        Ok(true) => page::redirect("/clinic"),
        Ok(false) => {
            let mut res = enrol_page(&state, &viewer, secret, Some(state.words.clinic.code_wrong.to_string()));
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            res
        }
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

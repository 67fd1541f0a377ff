//! Who is asking, and what they may do: the session cookie, the form token (CSRF) and
//! the one table of permissions.
//!
//! The cookie is `HttpOnly`, `SameSite=Strict`, limited to `/clinic`, and `Secure`
//! when the request came over HTTPS (served with the clinic's certificate, or through
//! a proxy that says so). It
//! holds a random token; the session itself is in the database.

use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use cookie::{Cookie, SameSite};
use subtle::ConstantTimeEq;

use super::ClinicState;
use super::page;
use crate::clinic::store::Result;
use crate::clinic::store::Store;
use crate::clinic::store::sessions::Session;
use crate::clinic::store::users::{Role, User};

/// The session cookie's name.
pub const COOKIE: &str = "clinic_session";
/// The cookie holding the sign-in form's token, before there is a session.
pub const SIGN_IN_COOKIE: &str = "clinic_sign_in";

/// A signed-in person.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user: User,
    pub session: Session,
    pub token: String,
}

/// What a page or action is about, for `allowed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Accounts, events, staff, the audit log.
    Admin,
    /// Holds and review.
    Attorney,
    /// An event's page: its matter list (admins see counts, not names).
    Event(i64),
    /// An event's matters themselves: their details, their cases.
    Matters(i64),
    /// The statistics for funders (de-identified counts of every event).
    Statistics,
    /// The reminders' list, across the events whose matters the account reads.
    Reminders,
}

/// The permissions, in one place: admins run the clinic but do not read matters;
/// attorneys read and review every matter; volunteers work on the matters of the
/// events they are assigned to. The statistics, which count every event, are for
/// admins and attorneys.
pub async fn allowed(store: &Store, user: &User, need: Need) -> Result<bool> {
    Ok(match (user.role, need) {
        (Role::Admin | Role::Attorney, Need::Statistics) => true,
        (Role::Volunteer, Need::Statistics) => false,
        (Role::Admin, Need::Admin | Need::Event(_)) => true,
        (Role::Admin, _) => false,
        (Role::Attorney, Need::Attorney | Need::Event(_) | Need::Matters(_) | Need::Reminders) => true,
        (Role::Attorney, Need::Admin) => false,
        (Role::Volunteer, Need::Event(event) | Need::Matters(event)) => store.is_staff(event, user.id).await?,
        // The list holds only the matters of their own events.
        (Role::Volunteer, Need::Reminders) => true,
        (Role::Volunteer, Need::Admin | Need::Attorney) => false,
    })
}

/// A named cookie's value in the request.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(std::result::Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// Whether the request came over HTTPS: served with the clinic's certificate (the
/// connection marks it), or through a proxy that says so.
fn secure(parts: &Parts) -> bool {
    parts.extensions.get::<crate::server::OverTls>().is_some()
        || parts.uri.scheme_str() == Some("https")
        || parts.headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// A `Set-Cookie` value for a clinic cookie; `None` clears it.
pub fn set_cookie(parts: &Parts, name: &str, value: Option<&str>, max_age: i64) -> HeaderValue {
    let mut c = Cookie::build((name.to_string(), value.unwrap_or_default().to_string()))
        .path("/clinic")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure(parts))
        .max_age(cookie::time::Duration::seconds(if value.is_some() { max_age } else { 0 }))
        .build();
    if value.is_none() {
        c.make_removal();
    }
    // A cookie of ASCII token characters is always a valid header value.
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static("clinic_session=; Path=/clinic; Max-Age=0"))
}

/// The client's address, for the limit on failed sign-ins.
pub fn address(parts: &Parts) -> String {
    parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map_or_else(|| "unknown".into(), |c| c.0.ip().to_string())
}

/// The signed-in person, if the request carries a live session.
pub async fn viewer(store: &Store, headers: &HeaderMap, now: i64) -> Result<Option<Viewer>> {
    let Some(token) = cookie_value(headers, COOKIE) else { return Ok(None) };
    let Some(session) = store.session(&token, now).await? else { return Ok(None) };
    let Some(user) = store.user(session.user_id).await? else { return Ok(None) };
    Ok(Some(Viewer { user, session, token }))
}

/// The signed-in person who has given their second factor; otherwise the answer to
/// send instead: the sign-in page, the code page or the enrolment page.
pub async fn gate(state: &ClinicState, headers: &HeaderMap, now: i64) -> std::result::Result<Viewer, Response> {
    match viewer(&state.store, headers, now).await {
        Err(e) => Err(page::fault(state, None, &e)),
        Ok(None) => Err(page::redirect("/clinic/sign-in")),
        Ok(Some(v)) if v.session.verified => Ok(v),
        Ok(Some(v)) if v.user.has_totp => Err(page::redirect("/clinic/code")),
        Ok(Some(_)) => Err(page::redirect("/clinic/enrol")),
    }
}

/// `gate`, then `allowed`: the viewer if they may, a 403 page if not.
pub async fn gate_for(state: &ClinicState, headers: &HeaderMap, now: i64, need: Need) -> std::result::Result<Viewer, Response> {
    let viewer = gate(state, headers, now).await?;
    match allowed(&state.store, &viewer.user, need).await {
        Ok(true) => Ok(viewer),
        Ok(false) => Err(page::forbidden(state, Some(&viewer))),
        Err(e) => Err(page::fault(state, Some(&viewer), &e)),
    }
}

/// Whether two tokens are the same, in constant time.
pub fn same_token(a: &str, b: &str) -> bool {
    !a.is_empty() && a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Checks a posted form's token against the session's: `None` if it matches, the
/// refusal to send if not.
pub fn csrf_refusal(state: &ClinicState, viewer: &Viewer, posted: Option<&str>) -> Option<Response> {
    (!posted.is_some_and(|p| same_token(p, &viewer.session.csrf))).then(|| page::stale_form(state, Some(viewer)))
}

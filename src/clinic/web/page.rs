//! The page around every clinic screen (no script; the site's stylesheet), the form
//! token every form carries, and the pages for refusals and faults.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

use super::ClinicState;
use super::access::Viewer;
use crate::clinic::store::users::Role;

/// A whole clinic page with `body`, for `viewer` (signed in or not).
pub fn render(state: &ClinicState, title: &str, viewer: Option<&Viewer>, body: impl IntoView + 'static) -> Response {
    render_page(state, title, viewer, body, None)
}

/// `render`, for a page the browser loads again every `seconds` (a print job's
/// progress), without any script.
pub fn render_refreshing(
    state: &ClinicState,
    title: &str,
    viewer: Option<&Viewer>,
    body: impl IntoView + 'static,
    seconds: u32,
) -> Response {
    render_page(state, title, viewer, body, Some(seconds))
}

fn render_page(state: &ClinicState, title: &str, viewer: Option<&Viewer>, body: impl IntoView + 'static, refresh: Option<u32>) -> Response {
    let w = &state.words.clinic;
    let nav = viewer.filter(|v| v.session.verified).map(|v| {
        let admin = v.user.role == Role::Admin;
        let attorney = v.user.role == Role::Attorney;
        view! {
            <nav aria-label=w.nav_label.to_string()>
                <ul>
                    <li><a href="/clinic">{w.nav_events.to_string()}</a></li>
                    {attorney.then(|| view! { <li><a href="/clinic/review">{w.nav_queue.to_string()}</a></li> })}
                    {(!admin).then(|| view! { <li><a href="/clinic/reminders">{w.nav_reminders.to_string()}</a></li> })}
                    {(admin || attorney).then(|| view! { <li><a href="/clinic/statistics">{w.nav_statistics.to_string()}</a></li> })}
                    {admin.then(|| view! {
                        <li><a href="/clinic/users">{w.nav_users.to_string()}</a></li>
                        <li><a href="/clinic/audit">{w.nav_audit.to_string()}</a></li>
                    })}
                    <li><a href="/clinic/enrol">{w.nav_account.to_string()}</a></li>
                </ul>
            </nav>
        }
    });
    let sign_out = viewer.map(|v| {
        view! {
            <form method="post" action="/clinic/sign-out" class="sign-out">
                {csrf_field(v)}
                <p>{w.signed_in_as.fill(&[("name", v.user.display_name.clone())])}" "
                    <button type="submit" class="link-button">{w.sign_out.to_string()}</button>
                </p>
            </form>
        }
    });
    let full_title = w.title.fill(&[("title", title.to_string())]);
    let html = Owner::new().with(|| {
        view! {
            <html lang="en">
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <meta name="robots" content="noindex"/>
                    {refresh.map(|s| view! { <meta http-equiv="refresh" content=s.to_string()/> })}
                    <title>{full_title}</title>
                    <link rel="stylesheet" href=state.stylesheet.clone()/>
                    <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                </head>
                <body>
                    <a class="skip-link" href="#main">{state.words.site.skip.to_string()}</a>
                    <header class="site-header">
                        <a class="brand" href="/clinic">{w.brand.to_string()}</a>
                        {nav}
                    </header>
                    <main id="main" tabindex="-1">
                        {sign_out}
                        {body}
                    </main>
                    <footer class="site-footer"><p>{w.footer.to_string()}</p></footer>
                </body>
            </html>
        }
        .to_html()
    });
    let mut res = (StatusCode::OK, format!("<!DOCTYPE html>{html}")).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The hidden field with the session's form token.
pub fn csrf_field(viewer: &Viewer) -> impl IntoView + use<> {
    view! { <input type="hidden" name="csrf" value=viewer.session.csrf.clone()/> }
}

/// A page that says why a request was refused or failed, with its status.
pub fn problem(state: &ClinicState, viewer: Option<&Viewer>, status: StatusCode, heading: &str, text: &str) -> Response {
    let body = view! {
        <h1>{heading.to_string()}</h1>
        <p>{text.to_string()}</p>
        <p><a href="/clinic">{state.words.clinic.back_home.to_string()}</a></p>
    };
    let mut res = render(state, heading, viewer, body);
    *res.status_mut() = status;
    res
}

/// 403: this account may not do this.
pub fn forbidden(state: &ClinicState, viewer: Option<&Viewer>) -> Response {
    let w = &state.words.clinic;
    problem(state, viewer, StatusCode::FORBIDDEN, w.forbidden_heading.as_str(), w.forbidden.as_str())
}

/// 403: the form's token is missing or not this session's.
pub fn stale_form(state: &ClinicState, viewer: Option<&Viewer>) -> Response {
    let w = &state.words.clinic;
    problem(state, viewer, StatusCode::FORBIDDEN, w.stale_form_heading.as_str(), w.stale_form.as_str())
}

/// 404: no such event or matter (or it was purged).
pub fn not_found(state: &ClinicState, viewer: Option<&Viewer>) -> Response {
    let w = &state.words.clinic;
    problem(state, viewer, StatusCode::NOT_FOUND, w.not_found_heading.as_str(), w.not_found.as_str())
}

/// 503: the database failed. The cause is logged (it holds no personal details: the
/// store's errors never carry a field's value), the page says it plainly.
pub fn fault(state: &ClinicState, viewer: Option<&Viewer>, error: &dyn std::fmt::Display) -> Response {
    tracing::error!("clinic: {error}");
    let w = &state.words.clinic;
    problem(state, viewer, StatusCode::SERVICE_UNAVAILABLE, w.fault_heading.as_str(), w.fault.as_str())
}

/// 303 to `to`.
pub fn redirect(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, location);
    }
    res
}

/// An error beside a field, for screen readers too.
pub fn field_error(state: &ClinicState, id: &str, error: Option<String>) -> impl IntoView + use<> {
    let prefix = state.words.page.error_prefix.to_string();
    let id = format!("{id}-error");
    error.map(|e| view! { <p class="error" id=id><span class="visually-hidden">{prefix}</span>{e}</p> })
}

/// The answers the router makes before any handler runs, in the clinic's own pages: an
/// id that is not a number is a page not found; a form's address opened as a page (a
/// reload after a refused form, an address typed or bookmarked) goes back to the page
/// the form is on.
pub async fn edges(
    axum::extract::State(state): axum::extract::State<ClinicState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let (method, path, headers) = (req.method().clone(), req.uri().path().to_string(), req.headers().clone());
    let res = next.run(req).await;
    match res.status() {
        StatusCode::METHOD_NOT_ALLOWED if method == axum::http::Method::GET || method == axum::http::Method::HEAD => {
            redirect(&form_page(&path))
        }
        // The router's own refusals are short plain text; a page of ours is never touched.
        StatusCode::BAD_REQUEST if res.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/plain")) => {
            let (parts, body) = res.into_parts();
            let text = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
            if text.starts_with(b"Invalid URL") {
                let viewer = super::access::viewer(&state.store, &headers, crate::clock::now_unix()).await.ok().flatten();
                not_found(&state, viewer.as_ref())
            } else {
                Response::from_parts(parts, axum::body::Body::from(text))
            }
        }
        _ => res,
    }
}

/// The page a form at `path` is on: the matter's, the event's, the print job's, or
/// the clinic's first page.
fn form_page(path: &str) -> String {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["clinic", "matters" | "events" | "batches", id, ..] if id.parse::<i64>().is_ok() => format!("/clinic/{}/{id}", parts[1]),
        _ => "/clinic".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::form_page;

    #[test]
    fn a_forms_address_leads_back_to_its_page() {
        assert_eq!(form_page("/clinic/matters/12/sign-off"), "/clinic/matters/12");
        assert_eq!(form_page("/clinic/matters/12/reminder/mail"), "/clinic/matters/12");
        assert_eq!(form_page("/clinic/events/7/batches"), "/clinic/events/7");
        assert_eq!(form_page("/clinic/sign-out"), "/clinic");
        assert_eq!(form_page("/clinic/matters/abc/hold"), "/clinic");
    }
}

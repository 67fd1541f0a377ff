//! The page for an address that does not exist, with a real 404 status.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(axum::http::StatusCode::NOT_FOUND);
        }
    }
    let Some(w) = super::words() else { return super::rules_missing().into_any() };
    view! {
        <Title text=w.not_found.title.to_string()/>
        <h1>{w.not_found.heading.to_string()}</h1>
        <p><a href=super::to("/")>{w.not_found.home.to_string()}</a></p>
    }
    .into_any()
}

//! What the site keeps and what it logs. Keep this page true to the code: the
//! request log is `server::headers::log_request`, and nothing else is stored.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Privacy() -> impl IntoView {
    let Some(w) = super::words() else { return super::rules_missing().into_any() };
    let p = &w.privacy;
    let paragraphs = |ps: &crate::questionnaire::words::Paragraphs| ps.iter().map(|t| view! { <p>{t.to_string()}</p> }).collect_view();
    view! {
        <Title text=super::title(&w, &p.title)/>
        <h1>{p.heading.to_string()}</h1>
        <p class="lead">{p.lead.to_string()}</p>
        <h2>{p.keep_heading.to_string()}</h2>
        {paragraphs(&p.keep)}
        <h2>{p.papers_heading.to_string()}</h2>
        <p>{p.papers.to_string()}</p>
        <h2>{p.saving_heading.to_string()}</h2>
        {paragraphs(&p.saving)}
        <h2>{p.log_heading.to_string()}</h2>
        <p>{p.log.to_string()}</p>
        <p><code>"POST /check 200 2.1ms"</code></p>
        <p>{p.log_after.to_string()}</p>
        <h2>{p.others_heading.to_string()}</h2>
        <p>{p.others.to_string()}</p>
        <h2>{p.device_heading.to_string()}</h2>
        <p>{p.device.to_string()}</p>
    }
    .into_any()
}

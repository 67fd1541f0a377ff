//! The "Learn" pages: plain explanations from rules/ms/learn.toml (reviewed with the
//! law), and the papers to bring from rules/ms/documents.toml.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::NotFound;
use crate::rules::{DocumentDef, LearnPage};

/// One page and, where it lists them, the papers to bring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnView {
    pub page: LearnPage,
    pub documents: Vec<DocumentDef>,
}

/// Titles and summaries of every Learn page.
#[server(name = LearnIndexFn, endpoint = "learn_index")]
pub async fn learn_index() -> Result<Vec<(String, String, String)>, ServerFnError> {
    let rules = expect_context::<std::sync::Arc<crate::rules::RuleBook>>();
    Ok(rules.learn.iter().map(|p| (p.slug.clone(), p.title.clone(), p.summary.clone())).collect())
}

/// One Learn page by its slug, or `None`.
#[server(name = LearnPageFn, endpoint = "learn_page")]
pub async fn learn_page(slug: String) -> Result<Option<LearnView>, ServerFnError> {
    let rules = expect_context::<std::sync::Arc<crate::rules::RuleBook>>();
    Ok(rules.learn.iter().find(|p| p.slug == slug).map(|page| LearnView {
        page: page.clone(),
        documents: if page.list_documents { rules.documents.values().map(|d| (**d).clone()).collect() } else { Vec::new() },
    }))
}

#[component]
pub fn LearnIndex() -> impl IntoView {
    let pages = Resource::new_blocking(|| (), |_| learn_index());
    view! {
        <Title text="Learn about expungement: Clear My Record Mississippi"/>
        <h1>"Learn about expungement"</h1>
        <p class="lead">"Short answers to common questions. They explain the law in plain words; they are not legal advice about your case."</p>
        <Suspense fallback=|| view! { <p>"Loading…"</p> }>
            {move || pages.get().map(|result| match result {
                Ok(list) => view! {
                    <ul class="cards">
                        {list.into_iter().map(|(slug, title, summary)| view! {
                            <li><a href=format!("/learn/{slug}")>{title}</a><p>{summary}</p></li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
                Err(_) => view! { <p>"This page could not be loaded. Please reload it."</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
pub fn LearnArticle() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new_blocking(move || params.read().get("slug").unwrap_or_default(), learn_page);
    view! {
        <Suspense fallback=|| view! { <p>"Loading…"</p> }>
            {move || page.get().map(|result| match result {
                Ok(Some(v)) => article(v).into_any(),
                Ok(None) => view! { <NotFound/> }.into_any(),
                Err(_) => view! { <p>"This page could not be loaded. Please reload it."</p> }.into_any(),
            })}
        </Suspense>
    }
}

fn article(v: LearnView) -> impl IntoView {
    let LearnView { page, documents } = v;
    view! {
        <Title text=format!("{}: Clear My Record Mississippi", page.title)/>
        <p class="crumbs"><a href="/learn">"Learn"</a></p>
        <h1>{page.title}</h1>
        <p class="lead">{page.summary}</p>
        {page.sections.into_iter().map(|s| view! {
            <section>
                <h2>{s.heading}</h2>
                {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                <p class="cite">"The law: " {s.citation}</p>
            </section>
        }).collect_view()}
        {(!documents.is_empty()).then(|| view! {
            <section>
                <h2>"The papers"</h2>
                <ul class="cards">
                    {documents.into_iter().map(|d| view! { <li><strong>{d.name}</strong><p>{d.explain}</p></li> }).collect_view()}
                </ul>
            </section>
        })}
        <p class="disclaimer">"This is general information, not legal advice about your case. A court decides every petition."</p>
    }
}

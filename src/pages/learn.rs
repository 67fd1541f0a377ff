//! The "Learn" pages: plain explanations from rules/ms/learn.toml (reviewed with the
//! law), and the papers to bring from rules/ms/documents.toml.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{NotFound, rule_book, rules_missing, to, words};
use crate::questionnaire::words::Words;
use crate::rules::{DocumentDef, LearnPage, RuleBook};

/// One page and, where it lists them, the papers to bring.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnView {
    pub page: LearnPage,
    pub documents: Vec<DocumentDef>,
}

/// One Learn page by its slug, or `None`.
fn learn_page(rules: &RuleBook, slug: &str) -> Option<LearnView> {
    rules.learn.iter().find(|p| p.slug == slug).map(|page| LearnView {
        page: page.clone(),
        documents: if page.list_documents { rules.documents.values().map(|d| (**d).clone()).collect() } else { Vec::new() },
    })
}

#[component]
pub fn LearnIndex() -> impl IntoView {
    let pages = rule_book().map(|rules| rules.learn.clone());
    let overview = rule_book().map(|rules| super::home::rules_overview(&rules));
    let Some(w) = words() else { return rules_missing().into_any() };
    let l = w.learn.clone();
    view! {
        <Title text=super::title(&w, &l.title)/>
        <h1>{l.heading.to_string()}</h1>
        <p class="lead">{l.lead.to_string()}</p>
        {match pages {
            Some(list) => view! {
                <ul class="cards">
                    {list.into_iter().map(|p| view! {
                        <li><a href=to(&format!("/learn/{}", p.slug))>{p.title}</a><p>{p.summary}</p></li>
                    }).collect_view()}
                </ul>
            }.into_any(),
            None => rules_missing().into_any(),
        }}
        {overview.map(|o| view! {
            <section aria-labelledby="ways">
                <h2 id="ways">{l.ways_heading.to_string()}</h2>
                <ul class="routes">
                    {o.routes.into_iter().map(|r| view! {
                        <li>
                            <h3>{r.name}</h3>
                            <p>{r.explanation}</p>
                            <p class="cite">{r.citation}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href=to("/how-it-works")>{l.how_link.to_string()}</a></p>
                <p class="version">{l.version.to_string()}<code>{o.version}</code></p>
            </section>
        })}
        <p><a class="button" href=to("/check")>{l.check.to_string()}</a></p>
    }
    .into_any()
}

#[component]
pub fn LearnArticle() -> impl IntoView {
    let params = use_params_map();
    let slug = params.read_untracked().get("slug").unwrap_or_default();
    match (rule_book(), words()) {
        (Some(rules), Some(w)) => match learn_page(&rules, &slug) {
            Some(v) => article(v, &w).into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        _ => rules_missing().into_any(),
    }
}

fn article(v: LearnView, w: &Words) -> impl IntoView + use<> {
    let LearnView { page, documents } = v;
    let l = w.learn.clone();
    let law = l.law.to_string();
    view! {
        <Title text=super::title(w, &page.title)/>
        <p class="crumbs"><a href=to("/learn")>{l.heading.to_string()}</a></p>
        <h1>{page.title}</h1>
        <p class="lead">{page.summary}</p>
        {page.sections.into_iter().map(|s| view! {
            <section>
                <h2>{s.heading}</h2>
                {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                <p class="cite">{law.clone()}{s.citation}</p>
            </section>
        }).collect_view()}
        {(!documents.is_empty()).then(|| view! {
            <section>
                <h2>{l.papers_heading.to_string()}</h2>
                <ul class="cards">
                    {documents.into_iter().map(|d| view! { <li><strong>{d.name}</strong><p>{d.explain}</p></li> }).collect_view()}
                </ul>
            </section>
        })}
        <p class="disclaimer">{l.disclaimer.to_string()}</p>
    }
}

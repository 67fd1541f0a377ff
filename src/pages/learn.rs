//! The "Learn" pages: plain explanations from rules/ms/learn.toml (reviewed with the
//! law), and the papers to bring from rules/ms/documents.toml.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{NotFound, rule_book, rules_missing};
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
    view! {
        <Title text="Learn about expungement: Clear My Record Mississippi"/>
        <h1>"Learn about expungement"</h1>
        <p class="lead">"Short answers to common questions. They explain the law in plain words; they are not legal advice about your case."</p>
        {match pages {
            Some(list) => view! {
                <ul class="cards">
                    {list.into_iter().map(|p| view! {
                        <li><a href=format!("/learn/{}", p.slug)>{p.title}</a><p>{p.summary}</p></li>
                    }).collect_view()}
                </ul>
            }.into_any(),
            None => rules_missing().into_any(),
        }}
        {overview.map(|o| view! {
            <section aria-labelledby="ways">
                <h2 id="ways">"Ways to clear a record in Mississippi"</h2>
                <ul class="routes">
                    {o.routes.into_iter().map(|r| view! {
                        <li>
                            <h3>{r.name}</h3>
                            <p>{r.explanation}</p>
                            <p class="cite">{r.citation}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href="/how-it-works">"See the rules behind every answer, with the law they come from"</a></p>
                <p class="version">"Rules version: " <code>{o.version}</code></p>
            </section>
        })}
        <p><a class="button" href="/check">"Check your record"</a></p>
    }
}

#[component]
pub fn LearnArticle() -> impl IntoView {
    let params = use_params_map();
    let slug = params.read_untracked().get("slug").unwrap_or_default();
    match rule_book() {
        Some(rules) => match learn_page(&rules, &slug) {
            Some(v) => article(v).into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        None => rules_missing().into_any(),
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

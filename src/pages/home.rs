//! The home page: what the site does, who it is for, and the routes to relief.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing};
use crate::rules::RuleBook;

/// One route to relief, as the home page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSummary {
    pub name: String,
    pub citation: String,
    pub explanation: String,
}

/// What the home page shows from the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct RulesDigest {
    pub version: String,
    pub routes: Vec<RouteSummary>,
    pub disclaimer: String,
}

/// The routes to relief the engine assesses, from the rule book in use.
pub fn rules_overview(rules: &RuleBook) -> RulesDigest {
    use crate::rules::RouteKind;
    let routes = rules
        .routes
        .iter()
        .filter(|r| r.kind == RouteKind::Assessed)
        .map(|r| RouteSummary { name: r.name.to_string(), citation: r.citation.to_string(), explanation: r.explanation.clone() })
        .collect();
    RulesDigest { version: rules.version.clone(), routes, disclaimer: rules.meta.disclaimer.clone() }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let overview = rule_book().map(|rules| rules_overview(&rules));
    view! {
        <Title text="Clear My Record Mississippi: free expungement help"/>
        <div class="home">
            <h1>"Can your Mississippi record be cleared?"</h1>
            <p class="lead">
                "An arrest or conviction can stand between you and a job or a place to live. "
                "This free site helps you find out, charge by charge, whether Mississippi law may let a court expunge (clear) your record, and why."
            </p>
            <section aria-labelledby="who">
                <h2 id="who">"Who this is for"</h2>
                <p>"Anyone with an arrest, charge or conviction in a Mississippi court, and the legal-aid clinics and volunteer lawyers who help them."</p>
            </section>
            <section aria-labelledby="promise">
                <h2 id="promise">"What to know first"</h2>
                <ul>
                    <li>"It is free."</li>
                    <li>"It is not legal advice. A court decides every petition."</li>
                    <li>"This site does not keep your answers."</li>
                </ul>
            </section>
            <section aria-labelledby="ways">
                <h2 id="ways">"Ways to clear a record in Mississippi"</h2>
                {match overview {
                        Some(o) => view! {
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
                            <p class="disclaimer">{o.disclaimer}</p>
                            <p class="version">"Rules version: " <code>{o.version}</code></p>
                        }.into_any(),
                        None => rules_missing().into_any(),
                    }}
            </section>
        </div>
    }
}

//! The start page: what the site does, what you need, and the way in. The routes to
//! relief are listed on the Learn page (`rules_overview`).

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing, to, words};
use crate::rules::RuleBook;

/// One route to relief, as the Learn page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSummary {
    pub name: String,
    pub citation: String,
    pub explanation: String,
}

/// What the Learn page shows from the rules.
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
    let disclaimer = rule_book().map(|rules| rules.meta.disclaimer.clone());
    let Some(w) = words() else { return rules_missing().into_any() };
    let h = &w.home;
    view! {
        <Title text=h.title.to_string()/>
        <div class="home">
            <h1>{h.heading.to_string()}</h1>
            {h.lead.iter().map(|p| view! { <p class="lead">{p.to_string()}</p> }).collect_view()}
            <p><a class="button start" href=to("/check")>{h.start.to_string()}</a></p>
            <section aria-labelledby="need">
                <h2 id="need">{h.need_heading.to_string()}</h2>
                <ul>
                    <li>{h.need_papers.to_string()}</li>
                    <li>{h.need_time.to_string()}</li>
                </ul>
            </section>
            <section aria-labelledby="promise">
                <h2 id="promise">{h.promise_heading.to_string()}</h2>
                <ul>
                    <li>{h.promise_free.to_string()}</li>
                    <li>{h.promise_private.to_string()}</li>
                    <li>{h.promise_advice.to_string()}<a href=to("/help")>{h.promise_help_link.to_string()}</a></li>
                </ul>
            </section>
            <p><a href=to("/learn")>{h.learn_link.to_string()}</a></p>
            {match disclaimer {
                Some(d) => view! { <p class="disclaimer">{d}</p> }.into_any(),
                None => rules_missing().into_any(),
            }}
        </div>
    }
    .into_any()
}

//! The start page: what the site does, what you need, and the way in. The routes to
//! relief are listed on the Learn page (`rules_overview`).

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing};
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
    view! {
        <Title text="Clear My Record Mississippi: free expungement help"/>
        <div class="home">
            <h1>"Find out if you can clear your Mississippi record"</h1>
            <p class="lead">
                "Answer questions about each arrest, charge or conviction on your record. "
                "We tell you, charge by charge, whether Mississippi law may let a court expunge (clear) it. For a charge you can file now, we fill in the court papers."
            </p>
            <p><a class="button start" href="/check">"Start now"</a></p>
            <section aria-labelledby="need">
                <h2 id="need">"What you need"</h2>
                <ul>
                    <li>"Your court papers, if you have them: the charge, the court, the case number and the dates. You can start without them."</li>
                    <li>"About 5 to 10 minutes for each charge."</li>
                </ul>
            </section>
            <section aria-labelledby="promise">
                <h2 id="promise">"Free and private"</h2>
                <ul>
                    <li>"It is free. No account, no sign-up."</li>
                    <li>"This site keeps none of your answers. You can save them to your own phone or computer."</li>
                    <li>"It is not legal advice. A court decides every petition. " <a href="/help">"Free legal help"</a> " is there if you want it."</li>
                </ul>
            </section>
            <p><a href="/learn">"Learn about the ways to clear a record in Mississippi"</a></p>
            {match disclaimer {
                Some(d) => view! { <p class="disclaimer">{d}</p> }.into_any(),
                None => rules_missing().into_any(),
            }}
        </div>
    }
}

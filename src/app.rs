//! The Leptos shell, the route table and the pages. Pages render on the server and
//! hydrate in the browser; everything here must work with JavaScript off.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};
use serde::{Deserialize, Serialize};

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Inline scripts (hydration, resources) carry the nonce the CSP header allows.
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>()
        && let Some(nonce) = parts.extensions.get::<crate::server::CspNonce>()
    {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
    }
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content="Free help to find out whether your Mississippi criminal record can be expunged."/>
                <link rel="stylesheet" href="/pkg/expunge_ms.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <header class="site-header">
                <a class="brand" href="/">"Clear My Record Mississippi"</a>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage/>
                </Routes>
            </main>
        </Router>
    }
}

/// One route to relief, as the home page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RouteSummary {
    pub name: String,
    pub citation: String,
    pub explanation: String,
}

/// What the home page shows from the rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulesDigest {
    pub version: String,
    pub routes: Vec<RouteSummary>,
    pub disclaimer: String,
}

/// The routes to relief the engine assesses, from the rule book in use.
#[server(name = RulesOverview, endpoint = "rules_overview")]
pub async fn rules_overview() -> Result<RulesDigest, ServerFnError> {
    use crate::rules::RouteKind;
    let rules = expect_context::<std::sync::Arc<crate::rules::RuleBook>>();
    let routes = rules
        .routes
        .iter()
        .filter(|r| r.kind == RouteKind::Assessed)
        .map(|r| RouteSummary { name: r.name.to_string(), citation: r.citation.to_string(), explanation: r.explanation.clone() })
        .collect();
    Ok(RulesDigest { version: rules.version.clone(), routes, disclaimer: rules.meta.disclaimer.clone() })
}

#[component]
fn HomePage() -> impl IntoView {
    let overview = Resource::new_blocking(|| (), |_| rules_overview());
    // Set only in the browser, once the page has hydrated: end-to-end tests read it.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <Title text="Clear My Record Mississippi: free expungement help"/>
        <div class="home" data-hydrated=move || hydrated.get().to_string()>
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
                <Suspense fallback=|| view! { <p>"Loading the rules…"</p> }>
                    {move || overview.get().map(|result| match result {
                        Ok(o) => view! {
                            <ul class="routes">
                                {o.routes.into_iter().map(|r| view! {
                                    <li>
                                        <h3>{r.name}</h3>
                                        <p>{r.explanation}</p>
                                        <p class="cite">{r.citation}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <p class="disclaimer">{o.disclaimer}</p>
                            <p class="version">"Rules version: " <code>{o.version}</code></p>
                        }.into_any(),
                        Err(_) => view! { <p>"The rules could not be loaded. Please reload the page."</p> }.into_any(),
                    })}
                </Suspense>
            </section>
        </div>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(axum::http::StatusCode::NOT_FOUND);
        }
    }
    view! {
        <Title text="Page not found"/>
        <h1>"We could not find that page"</h1>
        <p><a href="/">"Go to the home page"</a></p>
    }
}

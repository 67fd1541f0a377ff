//! The Leptos shell and the route table, one line per page. Pages live in `pages/`;
//! they render on the server and hydrate in the browser, and all work with JavaScript off.

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, StaticSegment, path};

use crate::check::CheckPage;
use crate::pages::{GetHelp, HomePage, HowItWorks, LearnArticle, LearnIndex, NotFound, Privacy};

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Inline scripts (hydration, resources) carry the nonce the CSP header allows.
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>()
        && let Some(nonce) = parts.extensions.get::<crate::server::CspNonce>()
    {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
    }
    let stylesheet = format!("/pkg/{}.css", options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content="Free help to find out whether your Mississippi criminal record can be expunged."/>
                <link rel="stylesheet" href=stylesheet/>
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
    // Set only in the browser, once the page has hydrated: end-to-end tests read it.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <header class="site-header">
                <a class="brand" href="/">"Clear My Record Mississippi"</a>
                <nav aria-label="Site">
                    <ul>
                        <li><a href="/check">"Check your record"</a></li>
                        <li><a href="/learn">"Learn"</a></li>
                        <li><a href="/help">"Get help"</a></li>
                        <li><a href="/how-it-works">"How this works"</a></li>
                        <li><a href="/privacy">"Privacy"</a></li>
                    </ul>
                </nav>
            </header>
            <main id="main" tabindex="-1" data-hydrated=move || hydrated.get().to_string()>
                // Every page is sent whole, once its data is ready: streamed parts would need
                // JavaScript to be put in place, and the site must work without it.
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("check") view=CheckPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("help") view=GetHelp ssr=SsrMode::Async/>
                    <Route path=StaticSegment("how-it-works") view=HowItWorks ssr=SsrMode::Async/>
                    <Route path=StaticSegment("privacy") view=Privacy ssr=SsrMode::Async/>
                    <Route path=StaticSegment("learn") view=LearnIndex ssr=SsrMode::Async/>
                    <Route path=path!("/learn/:slug") view=LearnArticle ssr=SsrMode::Async/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"This site gives information, not legal advice. A court decides every petition."</p>
                <p>"Free and open source. It keeps none of your answers."</p>
            </footer>
        </Router>
    }
}

//! The Leptos shell and the route table, one line per page. Pages live in `pages/`;
//! they are drawn on the server and work with JavaScript off. Only the questionnaire
//! is an island that the browser makes interactive; no other page loads a script.

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, StaticSegment, path};

use crate::pages::{GetHelp, HomePage, HowItWorks, LearnArticle, LearnIndex, NotFound, Privacy};
use crate::questionnaire::CheckPage;

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
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
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The scripts that make a page's islands interactive: drawn by the pages that have
/// one. The CSP allows exactly these inline scripts, by their hashes.
pub fn island_scripts(options: LeptosOptions) -> impl IntoView {
    view! { <HydrationScripts options islands=true/> }
}

/// The text of every inline script a page may carry, for the CSP's hashes: the
/// islands' loader, and the two lines Leptos's renderer ends every page with (its
/// lists of data for hydration, empty because no page waits for data). A change in
/// either fails `tests/http.rs`, which hashes every script of the pages it draws.
pub fn inline_scripts(options: LeptosOptions) -> Vec<String> {
    let html = Owner::new().with(|| island_scripts(options).to_html());
    let loader = html.split("<script").skip(1).filter_map(|s| Some(s.split_once('>')?.1.split_once("</script>")?.0.to_string()));
    let data =
        ["__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];", "__INCOMPLETE_CHUNKS=[];"];
    loader.chain(data.map(String::from)).collect()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
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
            <main id="main" tabindex="-1">
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

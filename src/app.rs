//! The Leptos shell and the route table, one line per page. Pages live in `pages/`;
//! they are drawn on the server and work with JavaScript off. Only the questionnaire
//! is an island that the browser makes interactive; no other page loads a script.

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, StaticSegment, path};

use std::sync::Arc;

use crate::pages::{GetHelp, HomePage, HowItWorks, LearnArticle, LearnIndex, NotFound, Privacy};
use crate::questionnaire::CheckPage;
use crate::questionnaire::words::{SiteWords, Words};
use crate::rules::Lang;

/// The HTML document around every page, in the page's language.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let stylesheet = format!("/pkg/{}.css", options.output_name);
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    let description = use_context::<Arc<Words>>().map(|w| w.site.description.to_string()).unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content=description/>
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

/// The same page in the other languages: a link for each, named in its own language.
/// The questionnaire also has its own button, which keeps the answers.
fn other_languages(lang: Lang) -> Vec<(Lang, String)> {
    let path = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_string()).unwrap_or_else(|| "/".into());
    let english = Lang::of_path(&path).1.to_string();
    Lang::ALL.into_iter().filter(|l| *l != lang).map(|l| (l, l.path(&english))).collect()
}

/// The site's header: its name, the pages, and the other languages.
fn header(lang: Lang, s: SiteWords) -> impl IntoView {
    let to = move |path: &str| lang.path(path);
    let language_label = format!("{}: ", s.language_label);
    view! {
        <a class="skip-link" href="#main">{s.skip.to_string()}</a>
        <header class="site-header">
            <a class="brand" href=to("/")>{s.name.to_string()}</a>
            <nav aria-label=s.nav_label.to_string()>
                <ul>
                    <li><a href=to("/check")>{s.nav_check.to_string()}</a></li>
                    <li><a href=to("/learn")>{s.nav_learn.to_string()}</a></li>
                    <li><a href=to("/help")>{s.nav_help.to_string()}</a></li>
                    <li><a href=to("/how-it-works")>{s.nav_how.to_string()}</a></li>
                    <li><a href=to("/privacy")>{s.nav_privacy.to_string()}</a></li>
                    {other_languages(lang).into_iter().map(|(l, href)| view! {
                        <li class="language"><a href=href hreflang=l.code() lang=l.code()>
                            <span class="visually-hidden">{language_label.clone()}</span>{l.own_name()}
                        </a></li>
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        {(lang != Lang::En).then(|| view! { <p class="review-notice">{s.review_notice.to_string()}</p> })}
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    // Without words (only while the route list is made) the routes are still listed.
    let site = use_context::<Arc<Words>>().map(|w| w.site.clone());
    let footer = site.clone().map(|s| {
        view! {
            <footer class="site-footer">
                <p>{s.footer_advice.to_string()}</p>
                <p>{s.footer_free.to_string()}</p>
            </footer>
        }
    });
    view! {
        <Router>
            {site.map(|s| header(lang, s))}
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
                    // The same pages in Spanish.
                    <Route path=StaticSegment("es") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/es/check") view=CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("/es/help") view=GetHelp ssr=SsrMode::Async/>
                    <Route path=path!("/es/how-it-works") view=HowItWorks ssr=SsrMode::Async/>
                    <Route path=path!("/es/privacy") view=Privacy ssr=SsrMode::Async/>
                    <Route path=path!("/es/learn") view=LearnIndex ssr=SsrMode::Async/>
                    <Route path=path!("/es/learn/:slug") view=LearnArticle ssr=SsrMode::Async/>
                </Routes>
            </main>
            {footer}
        </Router>
    }
}

//! "Check your record": the questionnaire and its results.
//!
//! Every step is a real form that posts to `/check`, so the whole journey works with
//! JavaScript off; the server works out the next screen (`flow`) and keeps nothing.
//! In the browser, the small `Enhance` island sends the same form with `fetch`, puts
//! the server's next screen in place of the last one, moves focus to its heading or
//! its errors, and checks typed dates and numbers as they are typed.

pub mod model;

#[cfg(feature = "ssr")]
pub mod flow;

#[cfg(feature = "hydrate")]
mod enhance;
#[cfg(feature = "ssr")]
mod view;

use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::Title;

pub use model::*;
#[cfg(feature = "ssr")]
use view::draw;
#[cfg(feature = "ssr")]
pub use view::paper_html;

/// The screen the server worked out for a plain form post, for the page to draw.
#[derive(Debug, Clone)]
pub struct Posted(pub Screen);

/// Today's date, given by the server with each request (the questionnaire never reads
/// the clock itself).
#[derive(Debug, Clone, Copy)]
pub struct Today(pub chrono::NaiveDate);

/// The questionnaire's page: drawn on the server with the screen a form post worked
/// out, or the start.
#[cfg(feature = "ssr")]
#[component]
pub fn CheckPage() -> impl IntoView {
    let screen = match use_context::<Posted>() {
        Some(Posted(screen)) => Some(screen),
        None => use_context::<std::sync::Arc<crate::rules::RuleBook>>()
            .zip(use_context::<Today>())
            .map(|(rules, Today(today))| flow::advance(&rules, today, &Vec::new())),
    };
    let scripts = use_context::<LeptosOptions>().map(crate::app::island_scripts);
    match screen {
        Some(screen) => {
            let title = title_of(&screen);
            view! {
                <Title text=title/>
                {scripts}
                <Enhance>{draw(screen)}</Enhance>
            }
            .into_any()
        }
        None => view! {
            <h1>"Something went wrong"</h1>
            <p>"We could not start the questions. Please reload the page."</p>
        }
        .into_any(),
    }
}

/// The page's title for a screen: its heading, and "Error" first when it has errors.
#[cfg(feature = "ssr")]
fn title_of(s: &Screen) -> String {
    let prefix = if s.errors.is_empty() { "" } else { "Error: " };
    format!("{prefix}{} – Check your record – Clear My Record Mississippi", s.heading)
}

/// The questionnaire's one interactive part. The screen inside is the server's HTML,
/// never redrawn in the browser; with JavaScript, each next screen the server sends
/// replaces the last one whole, so no answer can carry over from one to the next.
#[island]
fn Enhance(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            enhance::attach(root.into());
        }
    });
    view! { <div class="questionnaire" node_ref=root data-error-prefix="Error: ">{children()}</div> }
}

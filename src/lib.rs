//! Mississippi expungement self-help: the eligibility engine, the case model, the
//! rules loader, and the Leptos site. The library is compiled twice: with `ssr` for the
//! server and with `hydrate` for the browser's WASM.

#![recursion_limit = "256"]

pub mod case;
pub mod questionnaire;

#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod engine;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod rules;

#[cfg(feature = "ssr")]
pub mod cli;
#[cfg(feature = "ssr")]
pub mod clinic;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod packet;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod site;

/// Browser entry point. Only the questionnaire is interactive (an island); every
/// other part of every page stays the server's HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

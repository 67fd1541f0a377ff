//! Mississippi expungement self-help: the eligibility engine, the case model, the
//! rules loader, and the Leptos site. The library is compiled twice: with `ssr` for the
//! server and with `hydrate` for the browser's WASM.

#![recursion_limit = "256"]

pub mod app;
pub mod case;
pub mod check;
pub mod engine;
pub mod pages;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod cli;
#[cfg(feature = "ssr")]
pub mod packet;
#[cfg(feature = "ssr")]
pub mod server;

/// Browser entry point: attaches the Leptos app to the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}

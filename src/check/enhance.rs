//! In the browser: a step's form is sent with `check_step` and the next screen drawn in
//! place, instead of a full page load. The form is still a plain form: "Save my
//! answers" (a download) and loading a saved file go to the server as usual.
//!
//! Each new step adds an entry to the browser's history (holding only a step count, never
//! an answer), so the browser's Back button goes back one question instead of leaving.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::{Screen, check_step};

pub fn submit(ev: leptos::ev::SubmitEvent, current: RwSignal<Screen>, busy: RwSignal<bool>, offline: RwSignal<bool>) {
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
    let submitter = ev.submitter();
    if submitter.as_ref().is_some_and(|b| b.has_attribute("formaction")) {
        return;
    }
    ev.prevent_default();
    if busy.get_untracked() {
        return;
    }
    let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
    // The pressed button's name and value, as a plain form post sends them.
    if let Some(button) = &submitter
        && let (Some(name), Some(value)) = (button.get_attribute("name"), button.get_attribute("value"))
    {
        let _ = data.append_with_str(&name, &value);
    }
    let mut fields = Vec::new();
    if let Ok(Some(entries)) = js_sys::try_iter(&data) {
        for entry in entries.flatten() {
            let pair: js_sys::Array = entry.unchecked_into();
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                fields.push((name, value));
            }
        }
    }
    send(fields, current, busy, offline, true);
}

thread_local! {
    /// How many questionnaire steps this page has added to the browser's history.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Sends one step and draws the answer. `record` adds a history entry when the screen
/// moved on (a screen with errors is the same step again).
fn send(fields: Vec<(String, String)>, current: RwSignal<Screen>, busy: RwSignal<bool>, offline: RwSignal<bool>, record: bool) {
    busy.set(true);
    spawn_local(async move {
        match check_step(fields).await {
            Ok(screen) => {
                offline.set(false);
                let has_errors = !screen.errors.is_empty();
                if record && !has_errors {
                    push_history();
                }
                current.set(screen);
                focus_after_render(if has_errors { "error-summary" } else { "step-heading" });
            }
            Err(_) => offline.set(true),
        }
        busy.set(false);
    });
}

fn push_history() {
    let depth = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::from(depth), "", None);
    }
}

/// The browser's Back button: one step back in the questionnaire. Forward cannot redo
/// a step (its answers are gone from the page), so it leaves the page as it is.
pub fn follow_browser_history(current: RwSignal<Screen>, busy: RwSignal<bool>, offline: RwSignal<bool>) {
    let handle = window_event_listener(leptos::ev::popstate, move |ev: web_sys::PopStateEvent| {
        let to = ev.state().as_f64().map_or(0, |n| n as u32);
        let from = DEPTH.with(|d| d.replace(to));
        if to < from && !busy.get_untracked() {
            let state = current.with_untracked(|s| s.state.clone());
            send(vec![("state".into(), state), ("go".into(), "back".into())], current, busy, offline, false);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Moves focus to the new screen's heading (or its errors) once it is drawn, so a
/// screen reader reads the new question, and scrolls to the top.
fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        let Some(window) = web_sys::window() else { return };
        if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
    });
}

/// Marks the page's `<main>` as interactive: styles show what needs JavaScript, and
/// end-to-end tests wait for the mark.
pub fn mark_hydrated() {
    if let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("main").ok().flatten()) {
        let _ = main.set_attribute("data-hydrated", "true");
    }
}

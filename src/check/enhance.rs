//! In the browser: a step's form is sent with `check_step` and the next screen drawn in
//! place, instead of a full page load. The form is still a plain form: "Save my
//! answers" (a download) and loading a saved file go to the server as usual.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

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
    busy.set(true);
    spawn_local(async move {
        match check_step(fields).await {
            Ok(screen) => {
                offline.set(false);
                let has_errors = !screen.errors.is_empty();
                current.set(screen);
                focus_after_render(if has_errors { "error-summary" } else { "step-heading" });
            }
            Err(_) => offline.set(true),
        }
        busy.set(false);
    });
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

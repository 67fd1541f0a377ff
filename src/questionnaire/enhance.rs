//! In the browser: the questionnaire's form is sent with `fetch` to the same address a
//! plain form posts to, and the screen in the answer replaces the one on the page,
//! without a full page load. Nothing here draws a screen: the server's HTML is put in
//! place whole, so every step is a new form and no answer carries over. "Save my
//! answers", the calendar files, the papers' download and loading a saved file stay
//! plain form posts (their buttons have a `formaction`).
//!
//! Each new step adds an entry to the browser's history (holding only a step count,
//! never an answer), so the browser's Back button goes back one question.

use std::cell::Cell;

use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, Event, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement, UrlSearchParams};

use super::model::{Input, problem};

thread_local! {
    /// How many questionnaire steps this page has added to the browser's history.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// A step is on its way: further presses wait for it.
    static BUSY: Cell<bool> = const { Cell::new(false) };
}

/// Makes the questionnaire inside `root` interactive, for the life of the page.
pub fn attach(root: Element) {
    let Some(document) = root.owner_document() else { return };
    listen(&root, "submit", {
        let root = root.clone();
        move |ev| submit(&root, ev)
    });
    listen(&root, "change", |ev| check_typed(ev, false));
    listen(&root, "input", |ev| check_typed(ev, true));
    listen(&root, "click", |ev| {
        let pressed = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        if pressed.is_some_and(|el| el.has_attribute("data-print"))
            && let Some(window) = web_sys::window()
        {
            // What folds away on screen is printed whole.
            if let Some(document) = window.document()
                && let Ok(folded) = document.query_selector_all("details.fold")
            {
                for i in 0..folded.length() {
                    if let Some(el) = folded.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = el.set_attribute("open", "");
                    }
                }
            }
            let _ = window.print();
        }
    });
    if let Some(window) = web_sys::window() {
        listen(&window, "popstate", {
            let root = root.clone();
            move |ev| went_back(&root, ev)
        });
    }
    // Styles show what needs JavaScript (the print button) and hide the advice for
    // pages without it; end-to-end tests wait for this mark.
    if let Ok(Some(main)) = document.query_selector("main") {
        let _ = main.set_attribute("data-hydrated", "true");
    }
}

/// Calls `handler` for every `event` on `target`, for the life of the page.
fn listen(target: &web_sys::EventTarget, event: &str, handler: impl Fn(Event) + 'static) {
    let closure = Closure::<dyn Fn(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// A step's form was sent: send it with `fetch` instead, with the pressed button's
/// name and value as a plain form post sends them.
fn submit(root: &Element, ev: Event) {
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
    let submitter = ev.dyn_ref::<web_sys::SubmitEvent>().and_then(web_sys::SubmitEvent::submitter);
    if !form.class_list().contains("step") || submitter.as_ref().is_some_and(|b| b.has_attribute("formaction")) {
        return;
    }
    ev.prevent_default();
    if BUSY.get() {
        return;
    }
    let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
    if let Some(button) = &submitter
        && let (Some(name), Some(value)) = (button.get_attribute("name"), button.get_attribute("value"))
    {
        let _ = data.append_with_str(&name, &value);
    }
    let Ok(fields) = UrlSearchParams::new_with_str_sequence_sequence(&data) else { return };
    send(root.clone(), fields, true);
}

/// Sends one step and puts the next screen in place. `record` adds a history entry
/// when the screen moved on (a screen with errors is the same step again).
fn send(root: Element, fields: UrlSearchParams, record: bool) {
    BUSY.set(true);
    set_busy(&root, true);
    // The form's own address: `/check`, or `/es/check` on the Spanish site.
    let action = root
        .query_selector("form.step")
        .ok()
        .flatten()
        .and_then(|f| f.get_attribute("action"))
        .filter(|a| a.starts_with('/'))
        .unwrap_or_else(|| "/check".to_string());
    spawn_local(async move {
        let shown = match next_screen(&fields, &action).await {
            Some((screen, title)) => show(&root, &screen, &title, record),
            None => false,
        };
        if !shown {
            // Nothing came back: the answers are still on the page, say so.
            if let Ok(Some(offline)) = root.query_selector("form.step .offline") {
                let _ = offline.remove_attribute("hidden");
            }
        }
        set_busy(&root, false);
        BUSY.set(false);
    });
}

fn set_busy(root: &Element, busy: bool) {
    if let Ok(Some(form)) = root.query_selector("form.step") {
        let _ = form.set_attribute("aria-busy", if busy { "true" } else { "false" });
    }
}

/// Posts the fields to the form's address and reads the questionnaire's screen and the
/// title out of the page that comes back (whatever its status: a refused form is a
/// screen too).
async fn next_screen(fields: &UrlSearchParams, action: &str) -> Option<(Element, String)> {
    let window = web_sys::window()?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(fields);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(action, &init)).await.ok()?.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let page = web_sys::DomParser::new().ok()?.parse_from_string(&text, web_sys::SupportedType::TextHtml).ok()?;
    let screen = page.query_selector(".questionnaire .check").ok()??;
    Some((screen, page.title()))
}

/// Puts `screen` in place of the one shown, and moves focus to its errors or heading.
fn show(root: &Element, screen: &Element, title: &str, record: bool) -> bool {
    let Some(document) = root.owner_document() else { return false };
    let Ok(Some(shown)) = root.query_selector(".check") else { return false };
    let Ok(screen) = document.import_node_with_deep(screen, true) else { return false };
    if shown.replace_with_with_node_1(&screen).is_err() {
        return false;
    }
    document.set_title(title);
    let has_errors = document.get_element_by_id("error-summary").is_some();
    if record && !has_errors {
        push_history();
    }
    focus(&document, if has_errors { "error-summary" } else { "step-heading" });
    true
}

/// Moves focus to the new screen's heading (or its errors), so a screen reader reads
/// the new question, and scrolls to the top.
fn focus(document: &Document, id: &str) {
    if let Some(el) = document.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn push_history() {
    let depth = DEPTH.get() + 1;
    DEPTH.set(depth);
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::from(depth), "", None);
    }
}

/// The browser's Back button: one step back in the questionnaire. Forward cannot redo
/// a step (its answers are gone from the page), so it leaves the page as it is.
fn went_back(root: &Element, ev: Event) {
    let to = ev.dyn_ref::<web_sys::PopStateEvent>().and_then(|e| e.state().as_f64()).map_or(0, |n| n as u32);
    let from = DEPTH.replace(to);
    if to >= from || BUSY.get() {
        return;
    }
    let state = root.query_selector("form.step input[name=state]").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    let Some(state) = state else { return };
    let Ok(fields) = UrlSearchParams::new() else { return };
    fields.append("state", &state.value());
    fields.append("go", "back");
    send(root.clone(), fields, false);
}

/// Checks a typed value as the person types (`input`) or leaves the field (`change`).
/// A message appears on leaving and goes away as soon as the value is right, never on
/// leaving: a message vanishing as the field loses focus would move the Continue
/// button between the press and the release, and the press would be lost.
fn check_typed(ev: Event, typing: bool) {
    let Some(control) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(kind) = control.get_attribute("data-check") else { return };
    if kind == "date-box" {
        check_date(&control, typing);
        return;
    }
    let value = match (control.dyn_ref::<HtmlInputElement>(), control.dyn_ref::<HtmlSelectElement>()) {
        (Some(input), _) => input.value(),
        (_, Some(select)) => select.value(),
        _ => return,
    };
    let input = match kind.as_str() {
        "date" => Input::Date { rough: false },
        "decimal" => Input::Decimal,
        _ => Input::Text { suggestions: Vec::new(), autocomplete: None },
    };
    // The message in the page's language, which the screen carries (`data-msg-NAME`).
    let message = problem(&input, &value, control.has_attribute("data-required")).map(|name| {
        control.closest(".check").ok().flatten().and_then(|c| c.get_attribute(&format!("data-msg-{name}"))).unwrap_or_default()
    });
    if !typing || message.is_none() {
        show_problem(&control, message.as_deref());
    }
}

/// Checks a date's three boxes together. A message appears only on leaving the year
/// box, the last one, so that a half-typed date is never called wrong; it goes away as
/// soon as the date is right.
fn check_date(control: &Element, typing: bool) {
    let Ok(Some(group)) = control.closest(".date-boxes") else { return };
    let part = |name: &str| {
        group
            .query_selector(&format!("[data-part={name}]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default()
    };
    let value = crate::case::When::from_boxes(&part("day"), &part("month"), &part("year"));
    let input = Input::Date { rough: group.has_attribute("data-rough") };
    let message = problem(&input, &value, group.has_attribute("data-required"))
        .map(|name| group.closest(".check").ok().flatten().and_then(|c| c.get_attribute(&format!("data-msg-{name}"))).unwrap_or_default());
    let left_year = !typing && control.get_attribute("data-part").as_deref() == Some("year");
    if message.is_none() || left_year {
        let Ok(Some(first)) = group.query_selector("[data-part=month]") else { return };
        show_problem(&first, message.as_deref());
    }
}

/// Shows `message` beside the field, or takes the field's message away.
fn show_problem(control: &Element, message: Option<&str>) {
    let (Some(document), Ok(Some(field))) = (control.owner_document(), control.closest(".field")) else { return };
    let error_id = format!("{}-error", control.id());
    let shown = document.get_element_by_id(&error_id);
    let described: Vec<String> = control
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .split_whitespace()
        .filter(|id| *id != error_id)
        .map(str::to_string)
        .chain(message.map(|_| error_id.clone()))
        .collect();
    let _ = control.set_attribute("aria-describedby", &described.join(" "));
    let _ = control.set_attribute("aria-invalid", if message.is_some() { "true" } else { "false" });
    let _ = field.class_list().toggle_with_force("has-error", message.is_some());
    match (message, shown) {
        (Some(message), Some(shown)) => set_message(&document, &shown, message),
        (Some(message), None) => {
            let Ok(p) = document.create_element("p") else { return };
            p.set_class_name("error");
            p.set_id(&error_id);
            set_message(&document, &p, message);
            // Above the control, or above a date's three boxes.
            let anchor = control.closest(".date-boxes").ok().flatten().unwrap_or_else(|| control.clone());
            let _ = field.insert_before(&p, Some(&anchor));
        }
        (None, Some(shown)) => shown.remove(),
        (None, None) => {}
    }
}

/// Writes a message into an error paragraph: the hidden "Error:" for screen readers,
/// in the page's own words, then the message.
fn set_message(document: &Document, p: &Element, message: &str) {
    let prefix = document
        .query_selector(".questionnaire .check")
        .ok()
        .flatten()
        .and_then(|q| q.get_attribute("data-error-prefix"))
        .unwrap_or_default();
    p.set_text_content(None);
    if let Ok(span) = document.create_element("span") {
        span.set_class_name("visually-hidden");
        span.set_text_content(Some(&prefix));
        let _ = p.append_child(&span);
    }
    let _ = p.append_with_str_1(message);
}

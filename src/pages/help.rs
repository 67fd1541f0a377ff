//! "Get help": free and low-cost legal help in Mississippi, from `rules/ms/help.toml`.
//! Only sourced contact details appear: phone numbers as `tel:` links a phone can call,
//! street addresses as text, each with the page that shows it and the date we read it.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing};

#[component]
pub fn GetHelp() -> impl IntoView {
    let help = rule_book().map(|rules| rules.help.clone());
    view! {
        <Title text="Get help: Clear My Record Mississippi"/>
        <h1>"Get free legal help"</h1>
        <p class="lead">"You can ask for an expungement without a lawyer. But a lawyer can check your record, spot problems, and speak for you in court. These groups help people in Mississippi, many for free."</p>
        {match help {
                Some(h) => view! {
                    <ul class="orgs">
                        {h.org.into_iter().map(|o| view! {
                            <li class="org">
                                <h2>{o.name}</h2>
                                <p>{o.does}</p>
                                {o.contact.into_iter().map(contact).collect_view()}
                                {o.website.map(|w| {
                                    let shown = w.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_string();
                                    view! { <p>"Website: "<a href=w rel="noreferrer">{shown}</a></p> }
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                    <h2>"Free expungement clinics"</h2>
                    <p>{h.clinics.text}</p>
                    <h2 id="trafficking">"If you are in danger"</h2>
                    <p>{h.trafficking.text}</p>
                }.into_any(),
                None => rules_missing().into_any(),
            }}
        <h2>"Talk to the court clerk"</h2>
        <p>"The circuit clerk's office in your county can tell you what your record shows, give you copies of your papers, and tell you the fee. Clerks cannot give legal advice, but they know the steps at their court."</p>
        <p class="small">"We list only contact details a source shows, with the date we checked it. Numbers and addresses can change: if one does not work, use the group's website."</p>
    }
}

/// One phone number or address, with where we read it and when.
fn contact(c: crate::rules::HelpContact) -> impl IntoView {
    let tel = c.tel();
    let host = c
        .source
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or_default()
        .trim_start_matches("www.")
        .trim_start_matches("m.")
        .to_string();
    let checked = c.checked.format(", checked %B %-d, %Y.").to_string();
    view! {
        <div class="contact">
            {c.label.map(|l| view! { <p class="contact-label">{l}</p> })}
            {c.phone.map(|p| match tel {
                Some(href) => view! { <p>"Phone: "<a class="tel" href=href>{p}</a></p> }.into_any(),
                None => view! { <p>"Phone: "{p}</p> }.into_any(),
            })}
            {c.address.map(|a| view! { <p>"Address: "{a}</p> })}
            <p class="small">"Source: "<a href=c.source rel="noreferrer">{host}</a>{checked}</p>
        </div>
    }
}

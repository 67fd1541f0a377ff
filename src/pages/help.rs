//! "Get help": free and low-cost legal help in Mississippi, from `rules/ms/help.toml`.
//! Only sourced contact details appear: phone numbers as `tel:` links a phone can call,
//! street addresses as text, each with the page that shows it and the date we read it.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing, words};
use crate::questionnaire::words::HelpWords;

#[component]
pub fn GetHelp() -> impl IntoView {
    let help = rule_book().map(|rules| rules.help.clone());
    let Some(words) = words() else { return rules_missing().into_any() };
    let w = words.help.clone();
    let website = w.website.to_string();
    view! {
        <Title text=super::title(&words, &w.title)/>
        <h1>{w.heading.to_string()}</h1>
        <p class="lead">{w.lead.to_string()}</p>
        {match help {
                Some(h) => view! {
                    <ul class="orgs">
                        {h.org.into_iter().map(|o| view! {
                            <li class="org">
                                <h2>{o.name}</h2>
                                <p>{o.does}</p>
                                {o.contact.into_iter().map(|c| contact(c, &w)).collect_view()}
                                {o.website.map(|site| {
                                    let shown = site.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_string();
                                    view! { <p>{website.clone()}<a href=site rel="noreferrer">{shown}</a></p> }
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                    <h2>{w.clinics_heading.to_string()}</h2>
                    <p>{h.clinics.text}</p>
                    <h2 id="trafficking">{w.danger_heading.to_string()}</h2>
                    <p>{h.trafficking.text}</p>
                }.into_any(),
                None => rules_missing().into_any(),
            }}
        <h2>{w.clerk_heading.to_string()}</h2>
        <p>{w.clerk.to_string()}</p>
        <p class="small">{w.sources.to_string()}</p>
    }
    .into_any()
}

/// One phone number or address, with where we read it and when.
fn contact(c: crate::rules::HelpContact, w: &HelpWords) -> impl IntoView + use<> {
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
    let checked = w.checked.fill(&[("date", super::long_date(c.checked))]);
    let (phone, address, source) = (w.phone.to_string(), w.address.to_string(), w.source.to_string());
    view! {
        <div class="contact">
            {c.label.map(|l| view! { <p class="contact-label">{l}</p> })}
            {c.phone.map(|p| match tel {
                Some(href) => view! { <p>{phone.clone()}<a class="tel" href=href>{p}</a></p> }.into_any(),
                None => view! { <p>{phone.clone()}{p}</p> }.into_any(),
            })}
            {c.address.map(|a| view! { <p>{address}{a}</p> })}
            <p class="small">{source}<a href=c.source rel="noreferrer">{host}</a>", "{checked}</p>
        </div>
    }
}

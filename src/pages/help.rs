//! "Get help": free and low-cost legal help in Mississippi, from `rules/ms/help.toml`.
//! Only sourced contact details appear; each organisation's website has its phone numbers.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing, words};

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
                                {o.website.map(|site| {
                                    let shown = site.trim_start_matches("https://").trim_start_matches("http://").to_string();
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

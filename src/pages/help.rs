//! "Get help": free and low-cost legal help in Mississippi, from `rules/ms/help.toml`.
//! Only sourced contact details appear; each organisation's website has its phone numbers.

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
                                {o.website.map(|w| {
                                    let shown = w.trim_start_matches("https://").trim_start_matches("http://").to_string();
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
        <p class="small">"We list only contact details we could check, and no phone numbers that may have changed: each website has its current ones."</p>
    }
}

//! "How this works": every route to relief, waiting period, fee and excluded crime,
//! rendered from the rule book in use, with citations, dates and how sure we are.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{rule_book, rules_missing};

/// The rule book, as this page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct RulesView {
    pub version: String,
    pub researched_on: String,
    pub covers_from: String,
    pub review_status: String,
    pub routes: Vec<RouteView>,
    pub parameters: Vec<ParameterView>,
    pub exclusions: Vec<ExclusionView>,
    pub violence_citation: String,
    pub violence: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RouteView {
    /// The anchor results link to: `route-{id}`.
    pub anchor: String,
    pub name: String,
    pub citation: String,
    pub explanation: String,
    pub certainty: String,
    pub verify: bool,
    pub source: Option<String>,
    pub source_note: Option<String>,
    pub decides: Option<String>,
    pub bring: Vec<String>,
    pub open_questions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParameterView {
    pub description: String,
    pub periods: Vec<PeriodView>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeriodView {
    pub dates: String,
    pub value: String,
    pub citation: String,
    pub certainty: String,
    pub verify: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExclusionView {
    pub item: String,
    pub name: String,
    pub citation: String,
    pub dates: String,
    pub certainty: String,
    pub verify: bool,
}

/// The rule book in use, as this page shows it.
fn view_of(r: &crate::rules::RuleBook) -> RulesView {
    use crate::engine::dates::long;
    use crate::rules::{CourtDecides, Param, RouteKind};

    let span = |from: chrono::NaiveDate, until: Option<chrono::NaiveDate>| match until {
        Some(u) => format!("Petitions filed {} to {}", long(from), long(u)),
        None => format!("Petitions filed from {}", long(from)),
    };
    fn param<T>(
        p: &Param<T>,
        value: impl Fn(&T) -> String,
        span: &dyn Fn(chrono::NaiveDate, Option<chrono::NaiveDate>) -> String,
    ) -> ParameterView {
        ParameterView {
            description: p.description.clone(),
            periods: p
                .periods()
                .map(|x| PeriodView {
                    dates: span(x.from, x.until),
                    value: value(&x.value),
                    citation: x.citation.clone(),
                    certainty: x.certainty.label().to_string(),
                    verify: x.verify_before_launch,
                })
                .collect(),
        }
    }
    let p = &r.params;
    let n = |unit: &'static str| move |v: &u32| format!("{v} {unit}");
    let parameters = vec![
        param(&p.felony_waiting_years, n("years"), &span),
        param(&p.dui_waiting_years, n("years"), &span),
        param(&p.misdemeanor_arrest_uncharged_months, n("months"), &span),
        param(&p.underage_alcohol_waiting_years, n("year(s)"), &span),
        param(&p.good_conduct_years, n("years"), &span),
        param(&p.felony_notice_days, n("days"), &span),
        param(&p.dui_bac_limit_percent, |v| format!("below {v:.2}%"), &span),
        param(
            &p.filing_fee,
            |f| {
                let shares: Vec<String> = f.shares.iter().map(|s| format!("${} to the {}", s.amount, s.to)).collect();
                format!("${} ({})", f.amount, shares.join("; "))
            },
            &span,
        ),
    ];
    let routes = r
        .routes
        .iter()
        .map(|route| RouteView {
            anchor: format!("route-{}", route.id),
            name: route.name.to_string(),
            citation: route.citation.to_string(),
            explanation: route.explanation.clone(),
            certainty: route.certainty.label().to_string(),
            verify: route.verify_before_launch,
            source: route.source.clone(),
            source_note: route.source_note.clone(),
            decides: match (route.kind, route.court_decides) {
                (RouteKind::Referral, _) => Some("We send this to a lawyer or another process.".into()),
                (_, Some(CourtDecides::Must)) => Some("The law says the court must grant it when the facts are shown.".into()),
                (_, Some(CourtDecides::May)) => Some("The judge decides.".into()),
                _ => None,
            },
            bring: route.bring.iter().filter_map(|d| r.documents.get(d).map(|d| d.name.clone())).collect(),
            open_questions: route.open_questions.clone(),
        })
        .collect();
    let exclusions = r
        .exclusions
        .iter()
        .map(|e| ExclusionView {
            item: e.item.clone(),
            name: e.name.clone(),
            citation: e.citation.clone(),
            dates: span(e.from, e.until),
            certainty: e.certainty.label().to_string(),
            verify: e.verify_before_launch,
        })
        .collect();
    let violence = r.violence.item.iter().map(|i| (i.key.get_ref().clone(), i.name.clone(), i.sections.join(", "))).collect();
    RulesView {
        version: r.version.clone(),
        researched_on: long(r.meta.researched_on),
        covers_from: long(r.meta.covers_from),
        review_status: r.meta.review_status.clone(),
        routes,
        parameters,
        exclusions,
        violence_citation: r.violence.citation.clone(),
        violence,
    }
}

#[component]
pub fn HowItWorks() -> impl IntoView {
    let rules = rule_book().map(|rules| view_of(&rules));
    view! {
        <Title text="How this works: Clear My Record Mississippi"/>
        <h1>"How this works"</h1>
        <p class="lead">
            "Every answer on this site comes from the rules below. Each rule names the law it comes from and says how sure we are of it. "
            "When the law is not settled, we do not guess: we tell you to talk to a lawyer."
        </p>
        {match rules {
            Some(v) => rules_page(v).into_any(),
            None => rules_missing().into_any(),
        }}
    }
}

fn sure(certainty: String, verify: bool) -> impl IntoView {
    view! {
        <span class="sure">"How sure: " {certainty}</span>
        {verify.then(|| view! { <span class="verify">" Based on a 2026 law we have not read in full; to be checked."</span> })}
    }
}

fn rules_page(v: RulesView) -> impl IntoView {
    view! {
        <section aria-labelledby="status">
            <h2 id="status">"About these rules"</h2>
            <p>{v.review_status}</p>
            <p>"Research current as of " {v.researched_on} ". The rules answer for petitions filed from " {v.covers_from} " on."</p>
            <p>"Rules version: " <code>{v.version}</code> ". Every result shows the version it used."</p>
        </section>
        <section aria-labelledby="routes-h">
            <h2 id="routes-h">"Ways to clear a record"</h2>
            <ul class="routes">
                {v.routes.into_iter().map(|r| view! {
                    <li id=r.anchor tabindex="-1">
                        <h3>{r.name}</h3>
                        <p>{r.explanation}</p>
                        {r.decides.map(|d| view! { <p>{d}</p> })}
                        {(!r.bring.is_empty()).then(|| view! { <p>"Bring: " {r.bring.join("; ")}</p> })}
                        <p class="cite">{r.citation} ". " {sure(r.certainty, r.verify)}</p>
                        {r.source.map(|s| { let href = s.clone(); view! { <p class="cite">"Source: " <a href=href rel="noreferrer">{s}</a></p> } })}
                        {r.source_note.map(|s| view! { <p class="cite">"Source: " {s}</p> })}
                        {(!r.open_questions.is_empty()).then(|| view! {
                            <p class="cite">"Open questions for a lawyer:"</p>
                            <ul class="questions">{r.open_questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="times-h">
            <h2 id="times-h">"Waiting times, limits and fees"</h2>
            <p>"When the legislature changes a number, the old one stays here with its dates. The number in force on the day you file is the one that counts."</p>
            {v.parameters.into_iter().map(|p| view! {
                <div class="param">
                    <h3>{p.description}</h3>
                    <ul>
                        {p.periods.into_iter().map(|x| view! {
                            <li><strong>{x.value}</strong> ": " {x.dates} ". " <span class="cite">{x.citation} ". " {sure(x.certainty, x.verify)}</span></li>
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
        </section>
        <section aria-labelledby="excluded-h">
            <h2 id="excluded-h">"Felonies that cannot be expunged"</h2>
            <p>"Mississippi law leaves these felonies out of the one-felony expungement (Miss. Code Ann. § 99-19-71(2)(a)):"</p>
            <ul>
                {v.exclusions.into_iter().map(|e| view! {
                    <li>{e.item} " " {e.name} ". " <span class="cite">{e.citation} ". " {e.dates} ". " {sure(e.certainty, e.verify)}</span></li>
                }).collect_view()}
            </ul>
            <h3>"Crimes of violence"</h3>
            <p>"The crimes of violence in item (i) are listed in " {v.violence_citation} ". A sentencing judge can also call another felony a crime of violence in the sentencing order."</p>
            <ul class="columns">
                {v.violence.into_iter().map(|(key, name, sections)| view! {
                    <li>"(" {key} ") " {name} " " <span class="cite">"§ " {sections}</span></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

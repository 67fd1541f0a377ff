//! "How this works": every route to relief, waiting period, fee and excluded crime,
//! rendered from the rule book in use, with citations, dates and how sure we are.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{lang, rule_book, rules_missing, words};
use crate::questionnaire::words::{HowWords, Text, Value};
use crate::rules::Lang;

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

/// How sure a rule is, in words.
fn certainty(w: &HowWords, c: crate::rules::Certainty) -> String {
    match c {
        crate::rules::Certainty::Primary => w.primary.to_string(),
        crate::rules::Certainty::Secondary => w.secondary.to_string(),
        crate::rules::Certainty::Inferred => w.inferred.to_string(),
    }
}

/// The rule book in use, as this page shows it.
fn view_of(r: &crate::rules::RuleBook, w: &HowWords) -> RulesView {
    use crate::rules::{CourtDecides, Param, RouteKind};

    let long = |d| r.meta.long_date(d);
    let span = |from: chrono::NaiveDate, until: Option<chrono::NaiveDate>| match until {
        Some(u) => w.filed_between.fill(&[("from", long(from)), ("until", long(u))]),
        None => w.filed_from.fill(&[("date", long(from))]),
    };
    fn param<T>(
        p: &Param<T>,
        value: impl Fn(&T) -> String,
        span: &dyn Fn(chrono::NaiveDate, Option<chrono::NaiveDate>) -> String,
        sure: &dyn Fn(crate::rules::Certainty) -> String,
    ) -> ParameterView {
        ParameterView {
            description: p.description.clone(),
            periods: p
                .periods()
                .map(|x| PeriodView {
                    dates: span(x.from, x.until),
                    value: value(&x.value),
                    citation: x.citation.clone(),
                    certainty: sure(x.certainty),
                    verify: x.verify_before_launch,
                })
                .collect(),
        }
    }
    let sure = |c| certainty(w, c);
    let p = &r.params;
    fn n(unit: &Text<Value>) -> impl Fn(&u32) -> String + '_ {
        move |v| unit.fill(&[("value", v.to_string())])
    }
    let parameters = vec![
        param(&p.felony_waiting_years, n(&w.years), &span, &sure),
        param(&p.dui_waiting_years, n(&w.years), &span, &sure),
        param(&p.misdemeanor_arrest_uncharged_months, n(&w.months), &span, &sure),
        param(&p.underage_alcohol_waiting_years, n(&w.years), &span, &sure),
        param(&p.good_conduct_years, n(&w.years), &span, &sure),
        param(&p.felony_notice_days, n(&w.days), &span, &sure),
        param(&p.dui_bac_limit_percent, |v| w.below.fill(&[("value", format!("{v:.2}"))]), &span, &sure),
        param(
            &p.filing_fee,
            |f| {
                let shares: Vec<String> =
                    f.shares.iter().map(|s| w.share.fill(&[("amount", s.amount.to_string()), ("to", s.to.clone())])).collect();
                w.fee.fill(&[("amount", f.amount.to_string()), ("shares", shares.join("; "))])
            },
            &span,
            &sure,
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
            certainty: sure(route.certainty),
            verify: route.verify_before_launch,
            source: route.source.clone(),
            source_note: route.source_note.clone(),
            decides: match (route.kind, route.court_decides) {
                (RouteKind::Referral, _) => Some(w.referral.to_string()),
                (_, Some(CourtDecides::Must)) => Some(w.must.to_string()),
                (_, Some(CourtDecides::May)) => Some(w.may.to_string()),
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
            certainty: sure(e.certainty),
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
    let Some(words) = words() else { return rules_missing().into_any() };
    let w = words.how.clone();
    let rules = rule_book().map(|rules| view_of(&rules, &w));
    let english = lang() != Lang::En;
    view! {
        <Title text=super::title(&words, &w.title)/>
        <h1>{w.heading.to_string()}</h1>
        {w.lead.iter().map(|p| view! { <p class="lead">{p.to_string()}</p> }).collect_view()}
        {english.then(|| view! { <p class="small">{w.notes_in_english.to_string()}</p> })}
        {match rules {
            Some(v) => rules_page(v, w, english).into_any(),
            None => rules_missing().into_any(),
        }}
    }
    .into_any()
}

fn sure(w: &HowWords, certainty: String, verify: bool) -> impl IntoView + use<> {
    view! {
        <span class="sure">{w.sure.to_string()}{certainty}</span>
        {verify.then(|| view! { <span class="verify">{w.verify.to_string()}</span> })}
    }
}

/// The rules. On a translated page, the notes and sources kept in English say so with
/// their `lang`.
fn rules_page(v: RulesView, w: HowWords, translated: bool) -> impl IntoView {
    let en = translated.then_some("en");
    view! {
        <section aria-labelledby="status">
            <h2 id="status">{w.status_heading.to_string()}</h2>
            <p>{v.review_status}</p>
            <p>{w.researched.fill(&[("date", v.researched_on), ("from", v.covers_from)])}</p>
            <p>{w.version.to_string()}<code>{v.version}</code>". "{w.every_result.to_string()}</p>
        </section>
        <section aria-labelledby="routes-h">
            <h2 id="routes-h">{w.routes_heading.to_string()}</h2>
            <ul class="routes">
                {v.routes.into_iter().map(|r| view! {
                    <li id=r.anchor tabindex="-1">
                        <h3>{r.name}</h3>
                        <p>{r.explanation}</p>
                        {r.decides.map(|d| view! { <p>{d}</p> })}
                        {(!r.bring.is_empty()).then(|| view! { <p>{w.bring.to_string()}{r.bring.join("; ")}</p> })}
                        <p class="cite">{r.citation} ". " {sure(&w, r.certainty, r.verify)}</p>
                        {r.source.map(|s| { let href = s.clone(); view! { <p class="cite">{w.source.to_string()}<a href=href rel="noreferrer">{s}</a></p> } })}
                        {r.source_note.map(|s| view! { <p class="cite">{w.source.to_string()}<span lang=en>{s}</span></p> })}
                        {(!r.open_questions.is_empty()).then(|| view! {
                            <p class="cite">{w.open_questions.to_string()}</p>
                            <ul class="questions" lang=en>{r.open_questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="times-h">
            <h2 id="times-h">{w.times_heading.to_string()}</h2>
            <p>{w.times_lead.to_string()}</p>
            {v.parameters.into_iter().map(|p| view! {
                <div class="param">
                    <h3>{p.description}</h3>
                    <ul>
                        {p.periods.into_iter().map(|x| view! {
                            <li><strong>{x.value}</strong> ": " {x.dates} ". " <span class="cite">{x.citation} ". " {sure(&w, x.certainty, x.verify)}</span></li>
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
        </section>
        <section aria-labelledby="excluded-h">
            <h2 id="excluded-h">{w.excluded_heading.to_string()}</h2>
            <p>{w.excluded_lead.to_string()}</p>
            <ul>
                {v.exclusions.into_iter().map(|e| view! {
                    <li>{e.item} " " {e.name} ". " <span class="cite">{e.citation} ". " {e.dates} ". " {sure(&w, e.certainty, e.verify)}</span></li>
                }).collect_view()}
            </ul>
            <h3>{w.violence_heading.to_string()}</h3>
            <p>{w.violence_lead.fill(&[("citation", v.violence_citation)])}</p>
            <ul class="columns">
                {v.violence.into_iter().map(|(key, name, sections)| view! {
                    <li>"(" {key} ") " {name} " " <span class="cite">"§ " {sections}</span></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

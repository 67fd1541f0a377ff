//! The statistics for funders: people served, charges checked (by the engine's
//! result, the route, the county, the kind of court, and people by event), petitions
//! filed, granted, denied and withdrawn, over a chosen period (this year unless
//! asked). Drawn from the de-identified counts (`store::tallies`), so they stay the
//! same after matters are purged. Charts are inline SVG (`charts`), each with its
//! numbers in a table; the same numbers download as CSV.
//!
//! - `GET /clinic/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD`
//! - `GET /clinic/statistics.csv?from=…&to=…` (an audit line, as every download)
//!
//! For admins and attorneys (`Need::Statistics`): they count every event, and a
//! volunteer works only at the events they are assigned to.

use std::collections::HashMap;

use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::access::{self, Need};
use super::{ClinicState, charts, export, page};
use crate::case::facts::FactKey;
use crate::clinic::store::audit::Action;
use crate::clinic::store::events::Event;
use crate::clinic::store::tallies::{ChargeCount, Statistics};
use crate::clock::{now_unix, today_in_mississippi};
use crate::rules::RouteId;

/// One line of a count: its machine key, its words, its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub key: String,
    pub label: String,
    pub count: i64,
}

/// A count split one way ("by county").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub key: &'static str,
    pub title: String,
    pub items: Vec<Item>,
}

/// What the page and the CSV show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub totals: Vec<Item>,
    pub breakdowns: Vec<Breakdown>,
}

/// The engine's results, in the order shown; "" is a charge not assessed yet.
const RESULTS: [&str; 6] = ["eligible", "eligible_after", "not_eligible", "needs_attorney_review", "needs_more_information", ""];

fn item(key: impl Into<String>, label: impl Into<String>, count: i64) -> Item {
    Item { key: key.into(), label: label.into(), count }
}

/// The charges summed by `key`, largest first.
fn by(charges: &[ChargeCount], key: impl Fn(&ChargeCount) -> &str) -> Vec<(String, i64)> {
    let mut sums: HashMap<&str, i64> = HashMap::new();
    for c in charges {
        *sums.entry(key(c)).or_default() += c.charges;
    }
    let mut sums: Vec<(String, i64)> = sums.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
    sums.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sums
}

/// The report of `s`, in words, with `events` naming the events.
pub fn report(state: &ClinicState, s: &Statistics, events: &[Event]) -> Report {
    let w = &state.words.clinic;
    let people: i64 = s.people.iter().map(|(_, n)| n).sum();
    let charges: i64 = s.charges.iter().map(|c| c.charges).sum();
    let p = s.petitions;
    let totals = vec![
        item("people", w.stats_people.to_string(), people),
        item("charges", w.stats_charges.to_string(), charges),
        item("petitions_filed", w.stats_filed.to_string(), p.filed),
        item("petitions_granted", w.stats_granted.to_string(), p.granted),
        item("petitions_denied", w.stats_denied.to_string(), p.denied),
        item("petitions_withdrawn", w.stats_withdrawn.to_string(), p.withdrawn),
    ];
    let outcomes = by(&s.charges, |c| &c.outcome);
    let result_name = |key: &str| match key {
        "eligible" => w.result_eligible.to_string(),
        "eligible_after" => w.result_eligible_after.to_string(),
        "not_eligible" => w.result_not_eligible.to_string(),
        "needs_attorney_review" => w.result_needs_attorney_review.to_string(),
        "needs_more_information" => w.result_needs_more_information.to_string(),
        _ => w.result_not_assessed.to_string(),
    };
    let by_outcome =
        RESULTS.iter().filter_map(|key| outcomes.iter().find(|(k, _)| k == key).map(|(_, n)| item(*key, result_name(key), *n))).collect();
    let route_name = |key: &str| match key.parse::<RouteId>() {
        Ok(id) => state.rules.route(id).name.to_string(),
        Err(_) => w.no_route.to_string(),
    };
    let court_kinds = &state.rules.fact(FactKey::ChargeCourtKind).options;
    let court_name = |key: &str| match court_kinds.iter().find(|o| o.value == key && !key.is_empty()) {
        Some(option) => option.label.clone(),
        None => w.not_given.to_string(),
    };
    let named = |sums: Vec<(String, i64)>, name: &dyn Fn(&str) -> String| -> Vec<Item> {
        sums.into_iter().map(|(k, n)| Item { label: name(&k), key: k, count: n }).collect()
    };
    let county_name = |key: &str| if key.is_empty() { w.not_given.to_string() } else { key.to_string() };
    let by_event = events
        .iter()
        .filter_map(|e| {
            let n = s.people.iter().filter(|(id, _)| *id == e.id).map(|(_, n)| n).sum::<i64>();
            (n > 0).then(|| item(e.id.to_string(), format!("{} ({})", e.name, e.held_on.format("%B %-d, %Y")), n))
        })
        .collect();
    let breakdowns = vec![
        Breakdown { key: "outcome", title: w.stats_by_outcome.to_string(), items: by_outcome },
        Breakdown { key: "route", title: w.stats_by_route.to_string(), items: named(by(&s.charges, |c| &c.route), &route_name) },
        Breakdown { key: "county", title: w.stats_by_county.to_string(), items: named(by(&s.charges, |c| &c.county), &county_name) },
        Breakdown { key: "court", title: w.stats_by_court.to_string(), items: named(by(&s.charges, |c| &c.court_kind), &court_name) },
        Breakdown { key: "event", title: w.stats_by_event.to_string(), items: by_event },
    ];
    Report { totals, breakdowns }
}

/// The report as CSV: `breakdown,key,label,count`, the totals first.
pub fn report_csv(r: &Report) -> Vec<u8> {
    let mut rows: Vec<Vec<String>> =
        r.totals.iter().map(|i| vec!["totals".into(), i.key.clone(), i.label.clone(), i.count.to_string()]).collect();
    for b in &r.breakdowns {
        rows.extend(b.items.iter().map(|i| vec![b.key.to_string(), i.key.clone(), i.label.clone(), i.count.to_string()]));
    }
    export::to_csv(&["breakdown", "key", "label", "count"], &rows)
}

/// The period asked for in `query` (`from`, `to`; this year if not given), with what was
/// typed, or the error of each field.
type Asked = (String, String, Result<(NaiveDate, NaiveDate), Vec<(&'static str, String)>>);

fn period(state: &ClinicState, query: Option<&str>, today: NaiveDate) -> Asked {
    let w = &state.words.clinic;
    let asked: HashMap<String, String> = query
        .map(|q| form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.trim().to_string())).collect())
        .unwrap_or_default();
    let typed = |name: &str| asked.get(name).cloned().unwrap_or_default();
    let (from_typed, to_typed) = (typed("from"), typed("to"));
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let year_end = NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today);
    let mut errors = Vec::new();
    let mut read = |name: &'static str, typed: &str, default: NaiveDate| {
        if typed.is_empty() {
            return default;
        }
        match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
            Ok(d) if (1950..=2100).contains(&d.year()) => d,
            _ => {
                errors.push((name, w.stats_date_error.to_string()));
                default
            }
        }
    };
    let from = read("from", &from_typed, year_start);
    let to = read("to", &to_typed, year_end);
    if errors.is_empty() && from > to {
        errors.push(("to", w.stats_order_error.to_string()));
    }
    let shown = |typed: String, d: NaiveDate| if typed.is_empty() { d.to_string() } else { typed };
    let result = if errors.is_empty() { Ok((from, to)) } else { Err(errors) };
    (shown(from_typed, from), shown(to_typed, to), result)
}

/// The counts of `from` to `to` in words, or the fault page.
async fn counted(state: &ClinicState, from: NaiveDate, to: NaiveDate) -> Result<Report, crate::clinic::store::StoreError> {
    let (stats, events) = tokio::try_join!(state.store.statistics(from, to), state.store.events())?;
    Ok(report(state, &stats, &events))
}

fn day(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

/// GET /clinic/statistics
pub async fn page(axum::extract::State(state): axum::extract::State<ClinicState>, headers: HeaderMap, uri: Uri) -> Response {
    let viewer = match access::gate_for(&state, &headers, now_unix(), Need::Statistics).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let (from_typed, to_typed, asked) = period(&state, uri.query(), today_in_mississippi());
    let errors = asked.as_ref().err().cloned().unwrap_or_default();
    let shown = match asked {
        Ok((from, to)) => match counted(&state, from, to).await {
            Ok(report) => Some((from, to, report)),
            Err(e) => return page::fault(&state, Some(&viewer), &e),
        },
        Err(_) => None,
    };
    let error = |name: &str| errors.iter().find(|(f, _)| *f == name).map(|(_, e)| e.clone());
    let date_field = |name: &'static str, label: String, value: String| {
        let error = error(name);
        let has_error = error.is_some();
        view! {
            <div class="field" class:has-error=has_error>
                <label for=name>{label}</label>
                {page::field_error(&state, name, error)}
                <input id=name name=name type="date" value=value aria-describedby=has_error.then(|| format!("{name}-error"))/>
            </div>
        }
    };
    let numbers = shown.map(|(from, to, report)| {
        let csv = format!("/clinic/statistics.csv?from={from}&to={to}");
        let totals = report
            .totals
            .iter()
            .map(|i| view! { <tr><th scope="row">{i.label.clone()}</th><td class="number">{i.count}</td></tr> })
            .collect_view();
        let sections = report.breakdowns.iter().map(|b| breakdown(&state, b)).collect_view();
        view! {
            <h2>{w.stats_period.fill(&[("from", day(from)), ("to", day(to))])}</h2>
            <table class="numbers">
                <caption>{w.stats_totals.to_string()}</caption>
                <tbody>{totals}</tbody>
            </table>
            <p><a class="button secondary" href=csv>{w.stats_download.to_string()}</a></p>
            {sections}
        }
    });
    let body = view! {
        <h1>{w.stats_heading.to_string()}</h1>
        <p>{w.stats_lead.to_string()}</p>
        <form method="get" action="/clinic/statistics" class="period">
            {date_field("from", w.stats_from.to_string(), from_typed)}
            {date_field("to", w.stats_to.to_string(), to_typed)}
            <button type="submit" class="button">{w.stats_show.to_string()}</button>
        </form>
        {numbers}
    };
    let mut res = page::render(&state, w.stats_heading.as_str(), Some(&viewer), body);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// One breakdown: its heading, its chart and the chart's numbers as a table.
fn breakdown(state: &ClinicState, b: &Breakdown) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let bars: Vec<(String, i64)> = b.items.iter().map(|i| (i.label.clone(), i.count)).collect();
    let listed = bars.iter().map(|(l, n)| format!("{l}, {n}")).collect::<Vec<_>>().join("; ");
    let desc = w.stats_chart_desc.fill(&[("charges", listed)]);
    let chart = charts::bar_chart(&format!("chart-{}", b.key), &b.title, &desc, &bars);
    let rows =
        b.items.iter().map(|i| view! { <tr><th scope="row">{i.label.clone()}</th><td class="number">{i.count}</td></tr> }).collect_view();
    let heading_id = format!("by-{}", b.key);
    let labelled_by = heading_id.clone();
    view! {
        <section class="breakdown" aria-labelledby=labelled_by>
            <h2 id=heading_id>{b.title.clone()}</h2>
            {if b.items.is_empty() {
                view! { <p>{w.stats_none.to_string()}</p> }.into_any()
            } else {
                view! {
                    <div class="chart" inner_html=chart></div>
                    <table class="numbers">
                        <thead><tr><th scope="col">{w.stats_column_what.to_string()}</th><th scope="col">{w.stats_column_number.to_string()}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}

/// GET /clinic/statistics.csv
pub async fn csv(axum::extract::State(state): axum::extract::State<ClinicState>, headers: HeaderMap, uri: Uri) -> Response {
    let now = now_unix();
    let viewer = match access::gate_for(&state, &headers, now, Need::Statistics).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let (from, to) = match period(&state, uri.query(), today_in_mississippi()).2 {
        Ok(period) => period,
        Err(errors) => {
            let text = errors.into_iter().map(|(_, e)| e).collect::<Vec<_>>().join(" ");
            return page::problem(&state, Some(&viewer), StatusCode::UNPROCESSABLE_ENTITY, w.stats_heading.as_str(), &text);
        }
    };
    let report = match counted(&state, from, to).await {
        Ok(report) => report,
        Err(e) => return page::fault(&state, Some(&viewer), &e),
    };
    if let Err(e) = state.store.audit(Some(viewer.user.id), Action::Export, None, None, now).await {
        return page::fault(&state, Some(&viewer), &e);
    }
    export::download(report_csv(&report), "text/csv; charset=utf-8", &format!("statistics-{from}-{to}.csv"))
}

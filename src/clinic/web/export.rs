//! The tracking sheet: every matter of an event, one row per charge (a matter without
//! charges gets one row), as CSV or JSON for a case-management system. The columns are
//! listed in `COLUMNS` and in README.md ("Tracking sheet").
//!
//! - `GET /clinic/events/{id}/tracking.csv`
//! - `GET /clinic/events/{id}/tracking.json`
//!
//! Whoever may open the event's page may export it; the columns with personal details
//! (name, date of birth, offence, case number, and reasons that may name the person)
//! are only for those who may read its matters, so an admin's sheet has none of them.
//! Every export writes an audit line (`Action::Export` with the event). A CSV cell that
//! a spreadsheet would run as a formula is written with a `'` before it.

use std::borrow::Cow;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use leptos::prelude::*;

use super::access::{self, Need};
use super::{ClinicState, page};
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::Matter;
use crate::clinic::store::tallies::day_of;
use crate::clock::{now_unix, today_in_mississippi};
use crate::engine::Outcome;

/// The sheet's columns, in order, each with whether it holds personal details.
pub const COLUMNS: [(&str, bool); 25] = [
    ("matter_id", false),
    ("event_id", false),
    ("status", false),
    ("person_name", true),
    ("date_of_birth", true),
    ("charge", false),
    ("offence", true),
    ("case_number", true),
    ("court_kind", false),
    ("court_county", false),
    ("court_city", false),
    ("route", false),
    ("engine_outcome", false),
    ("eligible_from", false),
    ("review_decision", false),
    ("review_reason", true),
    ("signed_off_on", false),
    ("petition", false),
    ("petition_court", false),
    ("filed_on", false),
    ("hearing_on", false),
    ("granted_on", false),
    ("denied_on", false),
    ("denied_reason", true),
    ("withdrawn_on", false),
];

/// The columns of a sheet, with or without the personal ones.
pub fn columns(personal: bool) -> Vec<&'static str> {
    COLUMNS.iter().filter(|(_, p)| personal || !p).map(|(name, _)| *name).collect()
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The sheet's rows for `matters` on `today`: a value for each of `columns(personal)`.
/// The engine's results are those of `today`, as the matter's page shows them.
pub fn rows(state: &ClinicState, matters: &[Matter], today: NaiveDate, personal: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for m in matters {
        let a = crate::engine::assess(&state.rules, &m.case, today);
        let petitions = super::outcomes::petitions(state, m, today);
        let signed = m.review.sign_off.as_ref();
        let charges: Vec<Option<usize>> =
            if m.case.charges.is_empty() { vec![None] } else { (0..m.case.charges.len()).map(Some).collect() };
        for i in charges {
            let charge = i.and_then(|i| m.case.charges.get(i));
            let assessed = i.and_then(|i| a.charges.iter().find(|c| c.charge == i));
            let petition = i.and_then(|i| petitions.iter().find(|p| p.charges.contains(&i)));
            let outcome = petition.and_then(|p| p.recorded.clone()).unwrap_or_default();
            let decision = signed.and(i.and_then(|i| m.review.decisions.iter().find(|d| d.charge == i)));
            let cell = |name: &str| -> String {
                match name {
                    "matter_id" => m.id.to_string(),
                    "event_id" => m.event_id.to_string(),
                    "status" => m.status.key().to_string(),
                    "person_name" => m.case.petitioner.full_name.clone().unwrap_or_default(),
                    "date_of_birth" => date(m.case.petitioner.date_of_birth),
                    "charge" => i.map(|i| (i + 1).to_string()).unwrap_or_default(),
                    "offence" => charge.and_then(|c| c.offence.clone()).unwrap_or_default(),
                    "case_number" => charge.and_then(|c| c.case_number.clone()).unwrap_or_default(),
                    "court_kind" => charge.and_then(|c| c.court.kind).map(|k| k.key().to_string()).unwrap_or_default(),
                    "court_county" => charge.and_then(|c| c.court.county.clone()).unwrap_or_default(),
                    "court_city" => charge.and_then(|c| c.court.city.clone()).unwrap_or_default(),
                    "route" => assessed.and_then(|c| c.route.as_ref()).map(|r| r.id.to_string()).unwrap_or_default(),
                    "engine_outcome" => assessed.map(|c| c.outcome.name().to_string()).unwrap_or_default(),
                    "eligible_from" => match assessed.map(|c| c.outcome) {
                        Some(Outcome::EligibleAfter { eligible_date }) => eligible_date.to_string(),
                        _ => String::new(),
                    },
                    "review_decision" => decision.map(|d| d.choice.key().to_string()).unwrap_or_default(),
                    "review_reason" => decision.map(|d| d.reason.clone()).unwrap_or_default(),
                    "signed_off_on" => signed.map(|s| day_of(s.at).to_string()).unwrap_or_default(),
                    "petition" => {
                        petition.map(|p| p.charges.iter().map(|c| (c + 1).to_string()).collect::<Vec<_>>().join(" ")).unwrap_or_default()
                    }
                    "petition_court" => petition.map(|p| p.court.clone()).unwrap_or_default(),
                    "filed_on" => date(outcome.filed_on),
                    "hearing_on" => date(outcome.hearing_on),
                    "granted_on" => date(outcome.granted_on),
                    "denied_on" => date(outcome.denied_on),
                    "denied_reason" => outcome.denied_reason.clone(),
                    "withdrawn_on" => date(outcome.withdrawn_on),
                    _ => String::new(),
                }
            };
            rows.push(columns(personal).into_iter().map(cell).collect());
        }
    }
    rows
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or
/// carriage return before one), written as text with a `'` before it.
pub fn neutral(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// A CSV file (UTF-8, a header line, lines ending in CRLF as RFC 4180 has them) of
/// `rows` under `header`, every cell made safe for spreadsheets.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    // UTF-8's byte-order mark first: without it, Excel reads "Nguyễn" as "NguyÃªn".
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer("\u{feff}".as_bytes().to_vec());
    // Writing to memory does not fail.
    let _ = out.write_record(header.iter().map(|h| neutral(h).into_owned()));
    for row in rows {
        let _ = out.write_record(row.iter().map(|c| neutral(c).into_owned()));
    }
    out.into_inner().unwrap_or_default()
}

/// A file to download, never kept by the browser's cache.
pub fn download(body: Vec<u8>, kind: &'static str, name: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).unwrap_or(HeaderValue::from_static("attachment"));
    h.insert(header::CONTENT_DISPOSITION, disposition);
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The links to the sheet, on the event's page.
pub fn links(state: &ClinicState, event: i64, admin: bool) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    view! {
        <h2>{w.export_heading.to_string()}</h2>
        <p>{if admin { w.export_lead_admin.to_string() } else { w.export_lead.to_string() }}</p>
        <p class="actions">
            <a class="button secondary" href=format!("/clinic/events/{event}/tracking.csv")>{w.export_csv.to_string()}</a>" "
            <a class="button secondary" href=format!("/clinic/events/{event}/tracking.json")>{w.export_json.to_string()}</a>
        </p>
    }
}

/// GET /clinic/events/{id}/tracking.csv
pub async fn csv(State(state): State<ClinicState>, Path(id): Path<i64>, headers: HeaderMap) -> Response {
    export(&state, id, &headers, false).await
}

/// GET /clinic/events/{id}/tracking.json
pub async fn json(State(state): State<ClinicState>, Path(id): Path<i64>, headers: HeaderMap) -> Response {
    export(&state, id, &headers, true).await
}

async fn export(state: &ClinicState, id: i64, headers: &HeaderMap, as_json: bool) -> Response {
    let now = now_unix();
    let viewer = match access::gate_for(state, headers, now, Need::Event(id)).await {
        Ok(v) => v,
        Err(res) => return res,
    };
    let personal = match access::allowed(&state.store, &viewer.user, Need::Matters(id)).await {
        Ok(personal) => personal,
        Err(e) => return page::fault(state, Some(&viewer), &e),
    };
    let event = match state.store.event(id).await {
        Ok(Some(event)) => event,
        Ok(None) => return page::not_found(state, Some(&viewer)),
        Err(e) => return page::fault(state, Some(&viewer), &e),
    };
    let matters = match state.store.matters_in(id).await {
        Ok(matters) => matters,
        Err(e) => return page::fault(state, Some(&viewer), &e),
    };
    let today = today_in_mississippi();
    let header = columns(personal);
    let rows = rows(state, &matters, today, personal);
    if let Err(e) = state.store.audit(Some(viewer.user.id), Action::Export, None, Some(id), now).await {
        return page::fault(state, Some(&viewer), &e);
    }
    let name = format!("tracking-{}", event.held_on);
    if as_json {
        let rows: Vec<serde_json::Map<String, serde_json::Value>> = rows
            .into_iter()
            .map(|row| {
                header
                    .iter()
                    .zip(row)
                    .map(|(k, v)| (k.to_string(), if v.is_empty() { serde_json::Value::Null } else { serde_json::Value::String(v) }))
                    .collect()
            })
            .collect();
        let body = serde_json::json!({
            "event": { "id": event.id.to_string(), "name": event.name, "held_on": event.held_on, "county": event.county },
            "exported_on": today,
            "personal": personal,
            "columns": header,
            "rows": rows,
        });
        download(serde_json::to_vec_pretty(&body).unwrap_or_default(), "application/json; charset=utf-8", &format!("{name}.json"))
    } else {
        download(to_csv(&header, &rows), "text/csv; charset=utf-8", &format!("{name}.csv"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_as_text() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(neutral(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Ann O'Neil", "2026-11-28", "", "a=b"] {
            assert_eq!(neutral(cell), cell);
        }
        let file = String::from_utf8(to_csv(&["name"], &[vec!["=1+2".into()], vec!["a, \"b\"".into()]])).unwrap_or_default();
        assert_eq!(file, "\u{feff}name\r\n'=1+2\r\n\"a, \"\"b\"\"\"\r\n");
    }

    #[test]
    fn the_sheet_without_personal_details_has_none_of_their_columns() {
        let all = columns(true);
        let plain = columns(false);
        for personal in ["person_name", "date_of_birth", "offence", "case_number", "review_reason", "denied_reason"] {
            assert!(all.contains(&personal) && !plain.contains(&personal), "{personal}");
        }
        assert_eq!(all.len(), COLUMNS.len());
    }
}

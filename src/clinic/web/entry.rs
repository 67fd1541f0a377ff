//! Fast entry: a volunteer with a background check in hand types a person's charges
//! in one table (one charge to a row), then answers only the questions the table
//! leaves open, in the questionnaire's own screens.
//!
//! - `GET /clinic/matters/{id}/entry`: the table, with the matter's charges in it.
//! - `POST /clinic/matters/{id}/entry`: "more" adds empty rows (nothing is saved);
//!   otherwise every row is checked as the questionnaire's screens check it. On a
//!   problem the table comes back as typed, each error beside its cell, and nothing is
//!   saved; else the charges are saved and the volunteer goes on to the first
//!   question still open.
//!
//! A cell of the court or county left empty takes the row above's value ("carried
//! down"), and so does the city for a municipal court; the dates and the arresting
//! agency only for a charge of the same case (the same case number, or none), as the
//! charges of one case share them. A problem with a carried value is shown beside the
//! empty cell with the value it took; the cells come back as typed. Emptying every
//! cell of a row that held a charge removes that charge.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

use super::access::Viewer;
use super::intake::{answers_now, open_viewed, save_changed, with_questionnaire};
use super::matters::open_matter;
use super::{ClinicState, Form, checked_fields, page};
use crate::case::facts::{self, FactKey};
use crate::case::{Case, MAX_CHARGES};
use crate::clinic::store::StoreError;
use crate::clinic::store::audit::Action;
use crate::clinic::store::matters::Matter;
use crate::clock::now_unix;
use crate::questionnaire::answers::InPage;
use crate::questionnaire::rows::CHARGE_FIELDS;

/// Empty rows a new table starts with, and how many "more" adds.
const STEP: usize = 6;

/// The cells that take the row above's value when left empty (the city only for a
/// municipal court).
const CARRIED: [&str; 3] = ["court_kind", "county", "city"];

/// The cells that take the row above's value when left empty in a row of the same
/// case: the same case number as the row above, or none.
const CARRIED_IN_CASE: [&str; 3] = ["arrest_date", "arresting_agency", "disposition_date"];

/// The table's rows, each cell's value by field name.
type Rows = Vec<Vec<(String, String)>>;

/// A problem, by row and field name.
type Problems = Vec<(usize, String, String)>;

/// The rows of a matter's charges as the table shows them.
fn rows_of(case: &Case) -> Rows {
    (0..case.charges.len())
        .map(|i| {
            let c = &case.charges[i];
            let fact = |key| facts::get(case, Some(i), key).unwrap_or_default();
            let text = |v: &Option<String>| v.clone().unwrap_or_default();
            CHARGE_FIELDS
                .iter()
                .map(|&name| {
                    let value = match name {
                        "offence" => text(&c.offence),
                        "statute" => text(&c.statute),
                        "level" => fact(FactKey::ChargeLevel),
                        "court_kind" => fact(FactKey::ChargeCourtKind),
                        "county" => text(&c.court.county),
                        "city" => text(&c.court.city),
                        "case_number" => text(&c.case_number),
                        "arrest_date" => fact(FactKey::ChargeArrestDate),
                        "arresting_agency" => text(&c.arresting_agency),
                        "outcome" => fact(FactKey::ChargeOutcome),
                        _ => fact(FactKey::ChargeDispositionDate),
                    };
                    (name.to_string(), value)
                })
                .collect()
        })
        .collect()
}

/// The rows a posted table holds ("r3-county" is row 3's county), at most
/// `MAX_CHARGES`, as many as its `rows` field says.
fn posted_rows(form: &Form) -> Rows {
    let count = super::field(form, "rows").parse::<usize>().unwrap_or(0).min(MAX_CHARGES);
    (0..count)
        .map(|r| CHARGE_FIELDS.iter().map(|&name| (name.to_string(), super::field(form, &format!("r{r}-{name}")).to_string())).collect())
        .collect()
}

fn cell<'a>(row: &'a [(String, String)], name: &str) -> &'a str {
    row.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

fn is_empty(row: &[(String, String)]) -> bool {
    row.iter().all(|(_, v)| v.trim().is_empty())
}

/// Fills each used row's empty carried cells from the used row above; returns each
/// cell filled (row, field, value).
fn carry_down(rows: &mut Rows) -> Vec<(usize, &'static str, String)> {
    let mut carried = Vec::new();
    let mut above: Option<Vec<(String, String)>> = None;
    for (r, row) in rows.iter_mut().enumerate().filter(|(_, row)| !is_empty(row)) {
        if let Some(above) = &above {
            let number = cell(row, "case_number").trim();
            let same_case = number.is_empty() || number == cell(above, "case_number").trim();
            for name in CARRIED.into_iter().chain(CARRIED_IN_CASE.into_iter().filter(|_| same_case)) {
                let municipal = cell(row, "court_kind") == "municipal";
                let value = cell(above, name).to_string();
                if let Some(slot) = row.iter_mut().find(|(k, _)| k == name)
                    && slot.1.trim().is_empty()
                    && !value.trim().is_empty()
                    && (name != "city" || municipal)
                {
                    slot.1.clone_from(&value);
                    carried.push((r, name, value));
                }
            }
        }
        above = Some(row.clone());
    }
    carried
}

/// The case with the table's rows in it: row `r` is charge `r` when the matter had
/// it, a new charge otherwise; an empty row that held a charge removes it. Returns
/// the charges to remove too (highest first), or every problem.
fn entered(state: &ClinicState, m: &Matter, case: &Case, rows: &Rows) -> Result<(Case, Vec<usize>), Problems> {
    let mut case = case.clone();
    let had = case.charges.len();
    let mut problems = Problems::new();
    let mut removed = Vec::new();
    let mut next = had;
    with_questionnaire(state, m, &InPage, |q| {
        for (r, row) in rows.iter().enumerate() {
            if is_empty(row) {
                if r < had {
                    removed.push(r);
                }
                continue;
            }
            let i = if r < had { r } else { next };
            let errors = q.enter_charge(&mut case, i, row);
            if errors.is_empty() && i == next {
                next += 1;
            }
            problems.extend(errors.into_iter().map(|(name, message)| (r, name, message)));
        }
    });
    if case.charges.len() == removed.len() && problems.is_empty() {
        problems.push((0, "offence".into(), state.words.clinic.entry_none.to_string()));
    }
    removed.reverse();
    if problems.is_empty() { Ok((case, removed)) } else { Err(problems) }
}

/// GET /clinic/matters/{id}/entry
pub async fn show(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (viewer, matter) = match open_viewed(&state, req.headers(), id).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let rows = rows_of(&answers_now(&state, &matter).case);
    draw(&state, &viewer, &matter, rows, &[], None, StatusCode::OK)
}

/// POST /clinic/matters/{id}/entry
pub async fn save(State(state): State<ClinicState>, Path(id): Path<i64>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let (viewer, matter) = match open_matter(&state, &parts.headers, id, None).await {
        Ok(found) => found,
        Err(res) => return res,
    };
    let form = match checked_fields(&state, &viewer, body, 4 + MAX_CHARGES * CHARGE_FIELDS.len()).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let w = &state.words.clinic;
    let mut rows = posted_rows(&form);
    if super::field(&form, "go") == "more" {
        let blank: Vec<(String, String)> = CHARGE_FIELDS.iter().map(|n| (n.to_string(), String::new())).collect();
        rows.resize((rows.len() + STEP).min(MAX_CHARGES), blank);
        return draw(&state, &viewer, &matter, rows, &[], None, StatusCode::OK);
    }
    if super::field(&form, "version") != matter.version.to_string() {
        // Someone else saved in between: the table comes back as typed, nothing saved.
        return draw(&state, &viewer, &matter, rows, &[], Some(w.entry_stale.to_string()), StatusCode::CONFLICT);
    }
    let typed = rows.clone();
    let carried = carry_down(&mut rows);
    let before = answers_now(&state, &matter);
    let (case, removed) = match entered(&state, &matter, &before.case, &rows) {
        Ok(done) => done,
        Err(mut problems) => {
            // The cells come back as typed; a problem with a value carried down says which.
            for (r, name, message) in &mut problems {
                if let Some((_, _, value)) = carried.iter().find(|(cr, cn, _)| cr == r && cn == name) {
                    *message = format!("{message} {}", w.entry_carried.fill(&[("values", value.clone())]));
                }
            }
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return draw(&state, &viewer, &matter, typed, &problems, Some(w.entry_errors.to_string()), status);
        }
    };
    if !removed.is_empty() && !matter.outcomes.is_empty() {
        let message = w.outcomes_keep_charges.to_string();
        let problems: Problems = removed.iter().map(|&r| (r, "offence".to_string(), message.clone())).collect();
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return draw(&state, &viewer, &matter, typed, &problems, Some(w.entry_errors.to_string()), status);
    }
    let mut after = before.clone();
    after.case = case;
    for r in removed {
        after.remove_charge(r);
    }
    let begun = with_questionnaire(&state, &matter, &InPage, |q| q.begin(after.case.clone()));
    after.at = begun.at;
    after.trail = begun.trail;
    after.entering = None;
    let now = now_unix();
    let saved = if after == before { Ok(matter.version) } else { save_changed(&state, &matter, &before, &after, now).await };
    match saved {
        Ok(_) => match state.store.audit(Some(viewer.user.id), Action::SaveAnswers, Some(id), Some(matter.event_id), now).await {
            Ok(()) => page::redirect(&format!("/clinic/matters/{id}/check")),
            Err(e) => page::fault(&state, Some(&viewer), &e),
        },
        Err(StoreError::Stale) => draw(&state, &viewer, &matter, typed, &[], Some(w.entry_stale.to_string()), StatusCode::CONFLICT),
        Err(StoreError::NotFound) => page::not_found(&state, Some(&viewer)),
        Err(e) => page::fault(&state, Some(&viewer), &e),
    }
}

/// The table page: `rows` as typed (with empty rows to fill), each problem beside its
/// cell, and `message` above the table.
fn draw(
    state: &ClinicState,
    viewer: &Viewer,
    m: &Matter,
    mut rows: Rows,
    problems: &[(usize, String, String)],
    message: Option<String>,
    status: StatusCode,
) -> Response {
    let w = &state.words.clinic;
    let used = rows.iter().rposition(|r| !is_empty(r)).map_or(0, |r| r + 1);
    let wanted = (used + STEP).max(rows.len()).min(MAX_CHARGES);
    let blank: Vec<(String, String)> = CHARGE_FIELDS.iter().map(|n| (n.to_string(), String::new())).collect();
    rows.resize(wanted, blank);
    let columns: Vec<(&str, String)> = vec![
        ("offence", w.entry_offence.to_string()),
        ("statute", w.entry_statute.to_string()),
        ("level", w.entry_level.to_string()),
        ("court_kind", w.entry_court.to_string()),
        ("county", w.entry_county.to_string()),
        ("city", w.entry_city.to_string()),
        ("case_number", w.entry_case_number.to_string()),
        ("arrest_date", w.entry_arrest_date.to_string()),
        ("arresting_agency", w.entry_agency.to_string()),
        ("outcome", w.entry_outcome.to_string()),
        ("disposition_date", w.entry_disposition_date.to_string()),
    ];
    let head = columns.iter().map(|(name, label)| view! { <th scope="col" id=format!("col-{name}")>{label.clone()}</th> }).collect_view();
    let body = table_rows(state, &rows, &columns, problems);
    let counties = state.rules.counties.iter().map(|c| view! { <option value=c.clone()></option> }).collect_view();
    let name = m.case.petitioner.full_name.clone().unwrap_or_else(|| w.no_name.to_string());
    let summary = message.map(|text| {
        let links = problems
            .iter()
            .map(|(r, n, e)| {
                let label = columns.iter().find(|(c, _)| c == n).map_or(String::new(), |(_, l)| l.clone());
                let row = w.entry_row.fill(&[("n", (r + 1).to_string())]);
                view! { <li><a href=format!("#r{r}-{n}")>{format!("{row}, {label}: {e}")}</a></li> }
            })
            .collect_view();
        view! { <div class="error-summary" role="alert" tabindex="-1"><p>{text}</p><ul>{links}</ul></div> }
    });
    let count = rows.len().to_string();
    let more = (rows.len() < MAX_CHARGES).then(|| {
        view! { <button type="submit" name="go" value="more" class="button secondary" formnovalidate>{w.entry_more.to_string()}</button> }
    });
    let body = view! {
        <p class="step-context"><a href=format!("/clinic/matters/{}", m.id)>{w.back_to_matter.to_string()}</a>" · "{name}</p>
        <h1>{w.entry_heading.to_string()}</h1>
        <p>{w.entry_lead.to_string()}</p>
        <p class="help">{w.entry_dates.to_string()}</p>
        {summary}
        <form method="post" action=format!("/clinic/matters/{}/entry", m.id) class="entry">
            {page::csrf_field(viewer)}
            <input type="hidden" name="version" value=m.version.to_string()/>
            <input type="hidden" name="rows" value=count/>
            <datalist id="counties">{counties}</datalist>
            <div class="table-scroll" tabindex="0" role="region" aria-label=w.entry_heading.to_string()>
                <table class="entry-table">
                    <thead><tr><th scope="col"><span class="visually-hidden">{w.entry_row_label.to_string()}</span></th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="actions">
                <button type="submit" name="go" value="save" class="button">{w.entry_submit.to_string()}</button>
                " "{more}
            </p>
        </form>
    };
    let mut res = page::render(state, w.entry_heading.as_str(), Some(viewer), body);
    *res.status_mut() = status;
    res
}

/// A case format's name for how a case ended, as a record writes it: "no_bill" is
/// "No bill".
fn disposition(value: &str) -> String {
    let words = value.replace('_', " ");
    let mut letters = words.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}

/// The table's rows: each cell a box (or a list of choices), its error beside it.
fn table_rows(state: &ClinicState, rows: &Rows, columns: &[(&str, String)], problems: &[(usize, String, String)]) -> impl IntoView + use<> {
    let w = &state.words.clinic;
    let choices = |key: FactKey| -> Vec<(String, String)> {
        state.rules.fact(key).options.iter().map(|o| (o.value.clone(), o.label.clone())).collect()
    };
    // How a case ended, as a record's disposition says it ("Nolle prosequi"), the
    // case format's own names (as the import takes them), so typing its first letters
    // picks it; the questionnaire's longer sentences start alike ("The charge was ...").
    let dispositions = choices(FactKey::ChargeOutcome).into_iter().map(|(value, _)| (value.clone(), disposition(&value))).collect();
    let options = [("level", choices(FactKey::ChargeLevel)), ("court_kind", choices(FactKey::ChargeCourtKind)), ("outcome", dispositions)];
    rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let cells = columns
                .iter()
                .map(|(name, _)| {
                    let id = format!("r{r}-{name}");
                    let value = cell(row, name).to_string();
                    let error = problems.iter().find(|(pr, n, _)| *pr == r && n == name).map(|(_, _, e)| e.clone());
                    let described = error.as_ref().map(|_| format!("{id}-error"));
                    let invalid = error.as_ref().map(|_| "true");
                    let labelled = format!("col-{name} row-{r}");
                    let input = match options.iter().find(|(n, _)| n == name) {
                        Some((_, choices)) => {
                            let opts = choices
                                .iter()
                                .map(|(v, l)| view! { <option value=v.clone() selected=*v == value>{l.clone()}</option> })
                                .collect_view();
                            view! {
                                <select id=id.clone() name=id.clone() aria-labelledby=labelled aria-describedby=described aria-invalid=invalid>
                                    <option value="">{w.entry_blank.to_string()}</option>
                                    {opts}
                                </select>
                            }
                            .into_any()
                        }
                        None => {
                            let list = (*name == "county").then_some("counties");
                            view! {
                                <input id=id.clone() name=id.clone() type="text" value=value autocomplete="off" list=list
                                    aria-labelledby=labelled aria-describedby=described aria-invalid=invalid/>
                            }
                            .into_any()
                        }
                    };
                    view! { <td>{input}{page::field_error(state, &id, error)}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row" id=format!("row-{r}")>{(r + 1).to_string()}</th>{cells}</tr> }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[(&str, &str)]) -> Vec<(String, String)> {
        CHARGE_FIELDS
            .iter()
            .map(|&n| (n.to_string(), cells.iter().find(|(k, _)| *k == n).map_or(String::new(), |(_, v)| v.to_string())))
            .collect()
    }

    #[test]
    fn empty_cells_take_the_used_row_above_and_typed_ones_stay() {
        let mut rows = vec![
            row(&[
                ("offence", "petit larceny"),
                ("court_kind", "municipal"),
                ("county", "Hinds"),
                ("city", "Jackson"),
                ("case_number", "J-1"),
                ("arrest_date", "3/1/2019"),
            ]),
            row(&[]),
            row(&[("offence", "trespass"), ("county", "Rankin"), ("case_number", "J-1")]),
            row(&[("offence", "disorderly conduct")]),
            row(&[("offence", "loitering"), ("court_kind", "justice"), ("case_number", "J-2")]),
        ];
        let carried = carry_down(&mut rows);
        assert!(is_empty(&rows[1]), "an empty row stays empty");
        assert_eq!(cell(&rows[2], "court_kind"), "municipal");
        assert_eq!(cell(&rows[2], "county"), "Rankin", "a typed cell is kept");
        assert_eq!(cell(&rows[2], "city"), "Jackson", "a municipal court's city");
        assert_eq!(cell(&rows[2], "arrest_date"), "3/1/2019", "the same case's date");
        assert_eq!(cell(&rows[3], "county"), "Rankin", "carried from the row just above, not the first");
        assert_eq!(cell(&rows[3], "case_number"), "", "case numbers are never carried");
        assert_eq!(cell(&rows[3], "arrest_date"), "3/1/2019", "a row without a case number is taken for the same case");
        assert_eq!(cell(&rows[3], "offence"), "disorderly conduct");
        assert_eq!(cell(&rows[4], "county"), "Rankin");
        assert_eq!(cell(&rows[4], "city"), "", "no city for a justice court");
        assert_eq!(cell(&rows[4], "arrest_date"), "", "another case's dates are not carried");
        assert!(carried.contains(&(2, "arrest_date", "3/1/2019".to_string())) && !carried.iter().any(|(r, _, _)| *r == 0 || *r == 1));
    }

    #[test]
    fn a_disposition_reads_as_a_record_writes_it() {
        assert_eq!(disposition("nolle_prosequi"), "Nolle prosequi");
        assert_eq!(disposition("dismissed"), "Dismissed");
        assert_eq!(disposition(""), "");
    }

    #[test]
    fn a_posted_table_reads_no_more_rows_than_a_case_holds() {
        let form: Form = vec![("rows".into(), "100000".into()), ("r0-offence".into(), "trespass".into())];
        let rows = posted_rows(&form);
        assert_eq!(rows.len(), MAX_CHARGES);
        assert_eq!(cell(&rows[0], "offence"), "trespass");
        assert!(posted_rows(&vec![("rows".into(), "x".into())]).is_empty());
    }
}

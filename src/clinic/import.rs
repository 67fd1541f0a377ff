//! Reading an import into people and their charges: a CSV file in the documented
//! column layout (one charge to a row; the `person` column says which rows are one
//! person), the same rows as JSON (an array of objects keyed by the column names), or
//! the public site's saved answers files (one person each), several at a time.
//!
//! Every row is checked by the questionnaire's own checks (`questionnaire::rows`), so
//! a value the screens refuse is refused here with the same plain words. Reading
//! never stops at the first problem: every problem in every file is listed by file,
//! row and column, and a file with any problem gives no one.

use std::collections::HashMap;

use crate::case::{Case, MAX_CHARGES, Petitioner};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::rows::{CHARGE_FIELDS, HISTORY_FIELDS, PERSON_FIELDS};

/// The columns, in the template's order, with the questionnaire's name for each.
pub const COLUMNS: [(&str, &str); 22] = [
    ("person", ""),
    ("full_name", "full_name"),
    ("other_names", "other_names"),
    ("date_of_birth", "date_of_birth"),
    ("address", "address"),
    ("phone", "phone"),
    ("email", "email"),
    ("pending_charges", "pending_charges"),
    ("other_convictions", "other_convictions"),
    ("prior_misdemeanor_expunction", "prior_misdemeanor_expunction"),
    ("prior_felony_expunction", "prior_felony_expunction"),
    ("offence", "offence"),
    ("code_section", "statute"),
    ("level", "level"),
    ("court", "court_kind"),
    ("county", "county"),
    ("city", "city"),
    ("case_number", "case_number"),
    ("arrest_date", "arrest_date"),
    ("arrested_by", "arresting_agency"),
    ("outcome", "outcome"),
    ("disposition_date", "disposition_date"),
];

/// The most people one import may hold.
pub const MAX_PEOPLE: usize = 2000;

/// The most rows one file may hold (a person's charges each take one): a longer file
/// is refused before its rows are checked.
pub const MAX_ROWS: usize = 20_000;

/// What is wrong, for the page to say in words (`clinic-import_*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// Not UTF-8 text.
    NotText,
    /// Neither CSV, nor JSON rows, nor a saved answers file.
    UnknownFile,
    /// A line the CSV or JSON reader cannot read.
    BadLine,
    UnknownColumn,
    RepeatedColumn,
    NoPersonColumn,
    PersonMissing,
    /// No row of the person gives their name.
    NameMissing,
    /// The same person's detail differs from what this row says.
    Differs(usize),
    TooManyCharges(usize),
    TooManyPeople(usize),
    /// More rows than one file may hold.
    TooManyRows(usize),
    /// A JSON row that is not an object.
    JsonRow,
    /// A JSON value that is not text or a number.
    JsonValue,
    /// No rows.
    Empty,
    /// This person (named) is in the event already, or earlier in this import.
    AlreadyIn(String),
    /// One of these values is needed.
    Choose(Vec<String>),
    /// The questionnaire's own words (or a saved answers file's problem).
    Said(String),
}

/// A file as uploaded.
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// One problem: the file, the row (as a spreadsheet numbers it: the header is row 1;
/// for JSON, the object's place in the array, from 1), the column, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub row: Option<usize>,
    pub column: Option<String>,
    pub trouble: Trouble,
}

/// A person read from an import, and where they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub case: Case,
    pub file: String,
    /// The rows that made them (empty for a saved answers file).
    pub rows: Vec<usize>,
}

/// Reads every file; the people they hold, or every problem.
pub fn read(q: &Questionnaire<'_>, files: &[Upload]) -> Result<Vec<Person>, Vec<Problem>> {
    let mut people = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let problem = |row: Option<usize>, column: Option<&str>, trouble: Trouble| Problem {
            file: file.name.clone(),
            row,
            column: column.map(str::to_string),
            trouble,
        };
        let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&file.bytes);
        let Ok(text) = std::str::from_utf8(bytes) else {
            problems.push(problem(None, None, Trouble::NotText));
            continue;
        };
        let read = match text.trim_start().chars().next() {
            Some('{') => {
                match crate::case::parse_case(text, q.today) {
                    Ok(case) => people.push(Person { case, file: file.name.clone(), rows: Vec::new() }),
                    Err(errors) => problems.extend(
                        errors
                            .iter()
                            .map(|e| problem(None, Some(e.field.as_str()).filter(|f| !f.is_empty()), Trouble::Said(e.message.clone()))),
                    ),
                }
                continue;
            }
            Some('[') => json_rows(text),
            None => Err(vec![(None, None, Trouble::Empty)]),
            _ if looks_like_csv(&file.name, text) => csv_rows(text),
            _ => Err(vec![(None, None, Trouble::UnknownFile)]),
        };
        // The rows are checked even when a column is wrong, so every problem is told.
        let (rows, mut found) = match read {
            Ok(read) => read,
            Err(fatal) => (Vec::new(), fatal),
        };
        let by_person = !found.iter().any(|(_, _, t)| *t == Trouble::NoPersonColumn);
        if by_person && !rows.is_empty() {
            match people_of(q, &rows) {
                Ok(made) => people.extend(made.into_iter().map(|(case, rows)| Person { case, file: file.name.clone(), rows })),
                Err(more) => found.extend(more.into_iter().map(|(row, column, t)| (Some(row), column, t))),
            }
        } else if found.is_empty() {
            found.push((None, None, Trouble::Empty));
        }
        problems.extend(found.into_iter().map(|(row, column, t)| problem(row, column.as_deref(), t)));
    }
    if people.len() > MAX_PEOPLE {
        problems.push(Problem { file: String::new(), row: None, column: None, trouble: Trouble::TooManyPeople(MAX_PEOPLE) });
    }
    if problems.is_empty() { Ok(people) } else { Err(problems) }
}

/// A row: its number and each column's value.
type Row = (usize, Vec<(String, String)>);

/// A person's detail: the field, its value, and the row that gave it.
type Detail = (String, String, usize);

/// A problem in a row: the row, the column, what is wrong.
type RowProblem = (usize, Option<String>, Trouble);

/// A problem found before the people are put together: row, column, message.
type RawProblem = (Option<usize>, Option<String>, Trouble);

fn looks_like_csv(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".csv") || lower.ends_with(".txt") || text.lines().next().is_some_and(|l| l.contains("person"))
}

/// The rows of a CSV file. Semicolons separate the columns when the header has no
/// comma (a spreadsheet in some languages saves it so).
fn csv_rows(text: &str) -> Result<(Vec<Row>, Vec<RawProblem>), Vec<RawProblem>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if !first.contains(',') && first.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(column_key).collect(),
        Err(_) => return Err(vec![(Some(1), None, Trouble::BadLine)]),
    };
    let mut problems = columns_problems(&header).into_iter().map(|(column, t)| (Some(1), Some(column), t)).collect::<Vec<_>>();
    let mut rows = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let row = n + 2;
        if n >= MAX_ROWS {
            return Err(vec![(Some(row), None, Trouble::TooManyRows(MAX_ROWS))]);
        }
        match record {
            Ok(record) => {
                let cells: Vec<(String, String)> = header
                    .iter()
                    .zip(record.iter())
                    .map(|(k, v)| (k.clone(), v.trim().to_string()))
                    .filter(|(_, v)| !v.is_empty())
                    .collect();
                if record.len() > header.len() && record.iter().skip(header.len()).any(|v| !v.trim().is_empty()) {
                    problems.push((Some(row), None, Trouble::BadLine));
                }
                if !cells.is_empty() {
                    rows.push((row, cells));
                }
            }
            Err(_) => problems.push((Some(row), None, Trouble::BadLine)),
        }
    }
    Ok((rows, problems))
}

/// The rows of a JSON import: an array of objects keyed by the column names, each
/// value text or a number.
fn json_rows(text: &str) -> Result<(Vec<Row>, Vec<RawProblem>), Vec<RawProblem>> {
    let items: Vec<serde_json::Value> = match serde_json::from_str(text) {
        Ok(items) => items,
        Err(_) => return Err(vec![(None, None, Trouble::BadLine)]),
    };
    if items.len() > MAX_ROWS {
        return Err(vec![(Some(MAX_ROWS + 1), None, Trouble::TooManyRows(MAX_ROWS))]);
    }
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let row = n + 1;
        let Some(object) = item.as_object() else {
            problems.push((Some(row), None, Trouble::JsonRow));
            continue;
        };
        let mut cells = Vec::new();
        for (key, value) in object {
            let column = column_key(key);
            if !seen.contains(&column) {
                seen.push(column.clone());
            }
            match value {
                serde_json::Value::String(s) if !s.trim().is_empty() => cells.push((column, s.trim().to_string())),
                serde_json::Value::Number(n) => cells.push((column, n.to_string())),
                serde_json::Value::String(_) | serde_json::Value::Null => {}
                _ => problems.push((Some(row), Some(column), Trouble::JsonValue)),
            }
        }
        if !cells.is_empty() {
            rows.push((row, cells));
        }
    }
    problems.extend(columns_problems(&seen).into_iter().map(|(c, t)| (None, Some(c), t)));
    Ok((rows, problems))
}

/// A column's name as the import knows it: letters' case, spaces and dashes aside, and
/// American spelling taken too ("Offense" is `offence`).
fn column_key(name: &str) -> String {
    let key = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    if key == "offense" { "offence".to_string() } else { key }
}

/// What is wrong with a file's columns: unknown ones, repeated ones, no `person`.
fn columns_problems(header: &[String]) -> Vec<(String, Trouble)> {
    let mut problems = Vec::new();
    for (i, column) in header.iter().enumerate() {
        if column.is_empty() {
            continue;
        }
        if !COLUMNS.iter().any(|(c, _)| c == column) {
            problems.push((column.clone(), Trouble::UnknownColumn));
        } else if header[..i].contains(column) {
            problems.push((column.clone(), Trouble::RepeatedColumn));
        }
    }
    if !header.iter().any(|c| c == "person") {
        problems.push(("person".to_string(), Trouble::NoPersonColumn));
    }
    problems
}

/// The people the rows make, in the order each first appears; every problem by row
/// and column otherwise.
fn people_of(q: &Questionnaire<'_>, rows: &[Row]) -> Result<Vec<(Case, Vec<usize>)>, Vec<RowProblem>> {
    let mut problems = Vec::new();
    // Each person: their key, their details with the row that gave each, their rows.
    // Each person: their key, their details with the row that gave each, and the
    // places in `rows` of their rows; found by key in `seen`.
    let mut people: Vec<(String, Vec<Detail>, Vec<usize>)> = Vec::new();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (place, (row, cells)) in rows.iter().enumerate() {
        let get = |column: &str| cells.iter().find(|(k, _)| k == column).map_or("", |(_, v)| v.as_str());
        let key = get("person");
        if key.is_empty() {
            problems.push((*row, Some("person".to_string()), Trouble::PersonMissing));
            continue;
        }
        let at = *seen.entry(key).or_insert_with(|| {
            people.push((key.to_string(), Vec::new(), Vec::new()));
            people.len() - 1
        });
        let (_, details, their_rows) = &mut people[at];
        their_rows.push(place);
        for (column, field) in COLUMNS.iter().filter(|(_, f)| is_about_person(f)) {
            let value = get(column);
            if value.is_empty() {
                continue;
            }
            match details.iter().find(|(f, _, _)| f == field) {
                Some((_, earlier, from)) if earlier != value => problems.push((*row, Some(column.to_string()), Trouble::Differs(*from))),
                Some(_) => {}
                None => details.push((field.to_string(), value.to_string(), *row)),
            }
        }
    }
    let mut made = Vec::new();
    for (_, details, their_rows) in &people {
        let mut case = Case::default();
        let cells: Vec<(String, String)> = details.iter().map(|(f, v, _)| (f.clone(), v.clone())).collect();
        let first = their_rows.first().map_or(1, |&place| rows[place].0);
        for (field, message) in q.enter_person(&mut case, &cells) {
            // A problem is told on the row that gave the value (or the first row).
            let row = details.iter().find(|(f, _, _)| *f == field).map_or(first, |(_, _, r)| *r);
            let unnamed = field == "full_name" && !details.iter().any(|(f, _, _)| f == "full_name");
            let trouble = if unnamed { Trouble::NameMissing } else { Trouble::Said(message) };
            problems.push((row, Some(column_of(&field).to_string()), trouble));
        }
        // A question about the person is answered yes, no or unsure.
        for (field, _) in q.enter_history(&mut case, &cells) {
            let row = details.iter().find(|(f, _, _)| *f == field).map_or(first, |(_, _, r)| *r);
            problems.push((row, Some(field), Trouble::Choose(vec!["yes".into(), "no".into(), "unsure".into()])));
        }
        for &place in their_rows {
            let (row, cells) = &rows[place];
            let charge: Vec<(String, String)> = cells
                .iter()
                .filter_map(|(k, v)| COLUMNS.iter().find(|(c, _)| c == k).map(|(_, f)| (f.to_string(), v.clone())))
                .filter(|(f, _)| CHARGE_FIELDS.contains(&f.as_str()))
                .map(|(f, v)| (f.clone(), choice_value(q, &f, &v)))
                .collect();
            if charge.is_empty() {
                continue;
            }
            if case.charges.len() >= MAX_CHARGES {
                problems.push((*row, None, Trouble::TooManyCharges(MAX_CHARGES)));
                continue;
            }
            let i = case.charges.len();
            for (field, message) in q.enter_charge(&mut case, i, &charge) {
                let column = column_of(&field);
                let allowed = choices(q, &field);
                let trouble = if allowed.is_empty() { Trouble::Said(message) } else { Trouble::Choose(allowed) };
                problems.push((*row, Some(column.to_string()), trouble));
            }
        }
        made.push((case, their_rows.iter().map(|&place| rows[place].0).collect()));
    }
    if problems.is_empty() { Ok(made) } else { Err(problems) }
}

/// Whether a field is about the person (given once for all their rows).
fn is_about_person(field: &str) -> bool {
    PERSON_FIELDS.contains(&field) || HISTORY_FIELDS.iter().any(|(f, _)| *f == field)
}

/// The import's column for a questionnaire field.
fn column_of(field: &str) -> &str {
    COLUMNS.iter().find(|(_, f)| *f == field).map_or(field, |(c, _)| c)
}

/// The values a choice field takes, if it is one.
fn choices(q: &Questionnaire<'_>, field: &str) -> Vec<String> {
    use crate::case::facts::FactKey;
    let key = match field {
        "level" => FactKey::ChargeLevel,
        "court_kind" => FactKey::ChargeCourtKind,
        "outcome" => FactKey::ChargeOutcome,
        _ => return Vec::new(),
    };
    q.rules.fact(key).options.iter().map(|o| o.value.clone()).collect()
}

/// A choice as a person may write it ("Nolle prosequi", "Justice Court", "NO BILL")
/// turned into the case format's value when it plainly names one; else as written, for
/// the check to refuse.
fn choice_value(q: &Questionnaire<'_>, field: &str, raw: &str) -> String {
    let allowed = choices(q, field);
    if allowed.is_empty() {
        return raw.to_string();
    }
    let plain = raw.trim().to_lowercase();
    let plain = plain.strip_suffix(" court").unwrap_or(&plain).replace([' ', '-'], "_");
    if allowed.contains(&plain) {
        return plain;
    }
    let key = match field {
        "level" => crate::case::facts::FactKey::ChargeLevel,
        "court_kind" => crate::case::facts::FactKey::ChargeCourtKind,
        _ => crate::case::facts::FactKey::ChargeOutcome,
    };
    q.rules.fact(key).options.iter().find(|o| o.label.trim().eq_ignore_ascii_case(raw.trim())).map_or(raw.to_string(), |o| o.value.clone())
}

/// The template: the header row of the CSV layout.
pub fn template() -> String {
    let mut header = COLUMNS.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(",");
    header.push_str("\r\n");
    header
}

/// The people of an import who are in the event already (`known`) or earlier in the
/// import: the same name (letters' case and spaces aside) and the same date of birth,
/// or no date of birth on one of them. Each is a problem on their first row.
pub fn already_in(people: &[&Person], known: &[Petitioner]) -> Vec<Problem> {
    let key = |p: &Petitioner| p.full_name.as_deref().map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase());
    // The dates of birth seen under each name (`None`: not given), so each person is
    // looked up once, however long the list.
    let mut seen: HashMap<String, Vec<Option<chrono::NaiveDate>>> = HashMap::new();
    for p in known {
        if let Some(k) = key(p) {
            seen.entry(k).or_default().push(p.date_of_birth);
        }
    }
    let mut problems = Vec::new();
    for person in people {
        let me = &person.case.petitioner;
        let Some(k) = key(me) else { continue };
        let births = seen.entry(k).or_default();
        if births.iter().any(|b| b.is_none() || me.date_of_birth.is_none() || *b == me.date_of_birth) {
            problems.push(Problem {
                file: person.file.clone(),
                row: person.rows.first().copied(),
                column: Some("full_name".into()),
                trouble: Trouble::AlreadyIn(me.full_name.clone().unwrap_or_default()),
            });
        }
        births.push(me.date_of_birth);
    }
    problems
}

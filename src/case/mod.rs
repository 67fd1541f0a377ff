//! The case model: one person's record as the questionnaire, the JSON API, the CLI
//! and saved answers all describe it.
//!
//! Every fact is optional: a fact that is absent has not been asked yet, and the
//! engine reports it as missing when it decides the result. Every deciding question
//! accepts "unsure". This module parses and validates; it never decides eligibility.

pub mod facts;
pub mod section;
pub mod text;
mod validate;
pub mod when;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

pub use validate::{EARLIEST, FieldError, LATEST, MAX_CHARGES, check, parse_case};
pub use when::{Bound, Precision, When};

/// The longest statement in the person's own words (`rehabilitation`,
/// `dui_justification`), as their `validate` attributes say.
/// The longest name, as the papers print it (the petitioner's, and each other name).
pub const NAME_MAX: usize = 120;

/// The most other names a person may list (as `#[validate]` on `Petitioner` says).
pub const MAX_OTHER_NAMES: usize = 10;

pub const STATEMENT_MAX: usize = 1500;

/// The format tag written in saved files, so a file from another tool is recognised.
pub const FORMAT: &str = "expunge-ms/case@1";

/// One person's record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Mississippi expungement case")]
pub struct Case {
    /// Always "expunge-ms/case@1" when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Who is asking. Not needed to check eligibility; used on court papers.
    #[serde(default)]
    #[validate(nested)]
    pub petitioner: Petitioner,
    /// Facts about the person that matter for every charge.
    #[serde(default)]
    pub history: History,
    /// Every arrest, charge or case on the record, one entry per charge.
    #[validate(nested)]
    pub charges: Vec<Charge>,
}

/// Yes, no, or "I'm not sure". Every deciding question accepts "unsure".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

/// The person asking. Every field is optional; none affects eligibility.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Petitioner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 120, message = "text"), custom(function = "text::printable"))]
    pub full_name: Option<String>,
    /// Other names used, such as the name at the time of arrest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(length(max = 10, message = "too_many_names"), custom(function = "text::all_printable"))]
    pub other_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 200, message = "text"), custom(function = "text::printable"))]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 7, max = 30, message = "phone"), custom(function = "text::printable"))]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(email(message = "email"), custom(function = "text::printable"))]
    pub email: Option<String>,
    /// For a felony petition: in the person's own words, what they have done since the
    /// conviction (work, school, family, treatment, service). Printed as written; when
    /// absent the petition has lines to write it by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 1500, message = "text"), custom(function = "text::printable"))]
    pub rehabilitation: Option<String>,
    /// For a first-DUI petition: in the person's own words, why the conviction should
    /// be expunged (Miss. Code Ann. § 63-11-30(13)(a)(v)). Printed as written; when
    /// absent the petition has lines to write it by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 1500, message = "text"), custom(function = "text::printable"))]
    pub dui_justification: Option<String>,
    /// The person cannot afford the filing fee: the papers add a pauper's affidavit
    /// (Miss. Code Ann. § 11-53-17), which the clerk may or may not accept for this fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cannot_pay_fee: Option<Answer>,
}

/// Facts about the person, not one charge.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Any charge still open, in any court.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_charges: Option<Answer>,
    /// Any conviction not listed in `charges`, in any court or state, including ones
    /// later expunged (traffic tickets such as speeding do not count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_convictions: Option<Answer>,
    /// The date of the most recent conviction anywhere. Needed only when
    /// `other_convictions` is "yes" and a justice or municipal court route is checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_conviction_date: Option<When>,
    /// A misdemeanor conviction was expunged before. It still counts against
    /// first-offender status (§ 99-19-71(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_misdemeanor_expunction: Option<Answer>,
    /// A felony conviction was expunged before under § 99-19-71(2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_felony_expunction: Option<Answer>,
    /// When that earlier felony expungement was granted, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_felony_expunction_date: Option<NaiveDate>,
    /// Any DUI conviction other than the ones listed in `charges`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_dui_convictions: Option<Answer>,
    /// A DUI charge still open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_dui: Option<Answer>,
    /// An earlier DUI nonadjudication or DUI expungement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_dui_relief: Option<Answer>,
}

/// Felony or misdemeanor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Felony,
    Misdemeanor,
    Unsure,
}

/// The kind of court that had the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CourtKind {
    Circuit,
    County,
    Justice,
    Municipal,
    Youth,
    Federal,
    OtherState,
    Unsure,
}

impl CourtKind {
    /// The key of this court in `rules/ms/courts.toml`, for Mississippi trial courts.
    pub fn key(self) -> &'static str {
        match self {
            CourtKind::Circuit => "circuit",
            CourtKind::County => "county",
            CourtKind::Justice => "justice",
            CourtKind::Municipal => "municipal",
            CourtKind::Youth => "youth",
            CourtKind::Federal => "federal",
            CourtKind::OtherState => "other_state",
            CourtKind::Unsure => "unsure",
        }
    }
}

/// The court that had the case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Court {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CourtKind>,
    /// County name without the word "County", e.g. "Hinds".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 60, message = "text"), custom(function = "text::printable"))]
    pub county: Option<String>,
    /// City, for a municipal court, e.g. "Jackson".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 60, message = "text"), custom(function = "text::printable"))]
    pub city: Option<String>,
    /// The state, for a case in another state's court, e.g. "Alabama".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 2, max = 40, message = "text"), custom(function = "text::printable"))]
    pub state: Option<String>,
}

/// How the case ended (or that it has not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The court dismissed the charge.
    Dismissed,
    /// The charges were dropped.
    Dropped,
    /// The prosecutor entered a nolle prosequi.
    NolleProsequi,
    /// The grand jury returned a no-bill.
    NoBill,
    /// Found not guilty at trial.
    Acquitted,
    /// Arrested (or cited, or held) but never formally charged.
    NotCharged,
    /// The case never got a final result.
    NoDisposition,
    /// "Passed to the file" or "retired to the file".
    PassedToFile,
    /// Still open.
    Pending,
    /// Found guilty or pleaded guilty, and guilt was adjudicated.
    Convicted,
    /// Sent to a program (see `program`) instead of a conviction.
    Program,
    Unsure,
}

/// A program that replaces or defers a conviction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProgramKind {
    /// Nonadjudication under § 99-15-26.
    Nonadjudication,
    /// Pretrial intervention under §§ 99-15-101 to 99-15-127.
    PretrialIntervention,
    /// Drug, mental health or veterans court under § 9-23-1 and following.
    InterventionCourt,
    /// First drug possession probation under § 41-29-150(d).
    ConditionalDischarge,
    /// DUI nonadjudication under § 63-11-30(14).
    DuiNonadjudication,
    Unsure,
}

/// Where the person is in the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProgramStatus {
    Completed,
    InProgress,
    Revoked,
    Unsure,
}

/// The program a charge went to, when `outcome` is "program".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Program {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProgramKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProgramStatus>,
    /// Intervention court only: sentenced at the time of the guilty plea.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentenced_at_plea: Option<Answer>,
}

/// Facts that matter only for a DUI.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct DuiFacts {
    /// Held a commercial driver's license or commercial learner's permit at the time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdl: Option<Answer>,
    /// Refused a breath or blood test.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused_test: Option<Answer>,
    /// Took a breath or blood test.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bac_tested: Option<Answer>,
    /// The test result in percent, e.g. 0.09.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0.0, max = 1.0, message = "bac"))]
    pub bac: Option<f64>,
}

/// One charge. A case with several charges has one entry per charge.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Charge {
    /// A short label of your own, e.g. "2019 larceny". Shown in results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 60, message = "text"), custom(function = "text::printable"))]
    pub label: Option<String>,
    /// The charge's name as written on the papers, e.g. "grand larceny".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 200, message = "text"), custom(function = "text::printable"))]
    pub offence: Option<String>,
    /// The code section, e.g. "97-17-41" or "§ 41-29-139(c)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 60, message = "text"), custom(function = "text::printable"))]
    pub statute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default)]
    #[validate(nested)]
    pub court: Court,
    /// The court's case (cause) number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 60, message = "text"), custom(function = "text::printable"))]
    pub case_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrest_date: Option<When>,
    /// The police department or sheriff's office that made the arrest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 150, message = "text"), custom(function = "text::printable"))]
    pub arresting_agency: Option<String>,
    /// The jail or detention facility where the person was booked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 150, message = "text"), custom(function = "text::printable"))]
    pub detention_facility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The date the case ended: dismissal, verdict, conviction or program completion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition_date: Option<When>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    /// Every term of the sentence finished: custody, probation, supervision,
    /// programmes, restitution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_completed: Option<Answer>,
    /// The day the last term of the sentence was finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_completion_date: Option<When>,
    /// When the sentence is scheduled to end, if not finished yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_completion_date: Option<NaiveDate>,
    /// All fines, fees and court costs of this case paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fines_costs_paid: Option<Answer>,
    /// The sentencing order designates the offence a crime of violence (§ 97-3-2(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cov_designated: Option<Answer>,
    /// A traffic offence. Worked out from the code section when it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic: Option<Answer>,
    /// A DUI. Worked out from the code section when it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dui: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub dui_facts: Option<DuiFacts>,
    /// Charges with the same value arose from the same incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 40, message = "text"), custom(function = "text::printable"))]
    pub occurrence: Option<String>,
    /// Committed while being trafficked, and because of it. Absent means no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trafficking_related: Option<Answer>,
    /// Someone else used the person's identity, so the charge is not theirs.
    /// Absent means no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_theft: Option<Answer>,
    /// A conviction related to duties as a public official. Absent means no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_official_duty_related: Option<Answer>,
}

impl Charge {
    /// The charge is a conviction in the sense of the first-offender and felony rules.
    pub fn is_conviction(&self) -> bool {
        matches!(self.outcome, Some(Outcome::Convicted))
    }
}

/// The JSON Schema of the case format, generated from the types above.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Case)).expect("a schema is plain JSON")
}

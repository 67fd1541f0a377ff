//! `rulebook.toml`: what the rules are, the dates they answer for, and how far they
//! have been reviewed.

use chrono::NaiveDate;
use serde::Deserialize;

/// `rulebook.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub jurisdiction: String,
    pub title: String,
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub researched_on: NaiveDate,
    /// The earliest filing date these rules answer for.
    #[serde(deserialize_with = "super::load::date::deserialize")]
    pub covers_from: NaiveDate,
    pub review_status: String,
    /// Shown with every result: this is not legal advice, and where to get help.
    pub disclaimer: String,
    pub statute_link_template: String,
}

//! `help.toml`: where to get free or low-cost legal help, and its checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::load::FileReport;

/// Where to get legal help (`help.toml`), as the Get help page shows it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    pub org: Vec<HelpOrg>,
    pub clinics: HelpClinics,
    pub trafficking: HelpNote,
}

/// A sourced note, such as the trafficking hotline.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpNote {
    pub text: String,
    pub source: String,
    pub checked: NaiveDate,
}

/// An organisation that helps, with the source that says so.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpOrg {
    pub name: String,
    pub does: String,
    #[serde(default)]
    pub website: Option<String>,
    pub source: String,
    pub checked: NaiveDate,
}

/// What to say about clinics.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpClinics {
    pub text: String,
}

/// `help.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HelpSource {
    org: Vec<OrgEntry>,
    clinics: HelpClinics,
    trafficking: HelpNote,
}

/// An `[[org]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgEntry {
    name: String,
    does: String,
    #[serde(default)]
    website: Option<Spanned<String>>,
    source: Spanned<String>,
    checked: NaiveDate,
}

/// Every organisation's source and website is a web address. Returns the file.
pub(super) fn check(r: &mut FileReport, file: HelpSource) -> HelpFile {
    for org in &file.org {
        for url in std::iter::once(&org.source).chain(&org.website) {
            let text = url.get_ref();
            if !(text.starts_with("https://") || text.starts_with("http://")) || text.contains(char::is_whitespace) {
                r.at(url, format!("\"{text}\" is not a web address"));
            }
        }
    }
    let org = file
        .org
        .into_iter()
        .map(|o| HelpOrg {
            name: o.name,
            does: o.does,
            website: o.website.map(Spanned::into_inner),
            source: o.source.into_inner(),
            checked: o.checked,
        })
        .collect();
    HelpFile { org, clinics: file.clinics, trafficking: file.trafficking }
}

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
    /// Phone numbers and street addresses, each with the page that shows it.
    #[serde(default)]
    pub contact: Vec<HelpContact>,
}

/// A phone number and/or street address, with the page that shows it and when we read it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpContact {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    pub source: String,
    pub checked: NaiveDate,
}

impl HelpContact {
    /// The `tel:` address of the phone number ("tel:+18004981804"), if there is one.
    pub fn tel(&self) -> Option<String> {
        let digits = phone_digits(self.phone.as_deref()?)?;
        Some(format!("tel:+1{digits}"))
    }
}

/// The 10 digits of a US phone number written with spaces, dashes, dots or brackets,
/// and an optional leading 1; `None` for anything else.
fn phone_digits(phone: &str) -> Option<String> {
    if !phone.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+')) {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        10 => Some(digits),
        11 if digits.starts_with('1') => Some(digits[1..].to_string()),
        _ => None,
    }
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
    /// Names the organisation in the translations (`help-org-KEY-does`), so that
    /// adding or moving one never moves another's words.
    key: Spanned<String>,
    name: String,
    does: String,
    #[serde(default)]
    website: Option<Spanned<String>>,
    source: Spanned<String>,
    checked: NaiveDate,
    #[serde(default)]
    contact: Vec<ContactEntry>,
}

/// An `[[org.contact]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactEntry {
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    phone: Option<Spanned<String>>,
    #[serde(default)]
    address: Option<String>,
    source: Spanned<String>,
    checked: NaiveDate,
}

/// Every organisation has its own key; every organisation's source and website, and
/// every contact's source, is a web address; every phone number is a US number; every contact gives a phone or an
/// address. Returns the file.
pub(super) fn check(r: &mut FileReport, file: HelpSource) -> HelpFile {
    let mut keys = std::collections::BTreeSet::new();
    for org in &file.org {
        let key = org.key.get_ref();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            r.at(&org.key, format!("\"{key}\" is not a key: use lower-case letters, digits and _"));
        } else if !keys.insert(key.clone()) {
            r.at(&org.key, format!("the key \"{key}\" is given to two organisations"));
        }
        for contact in &org.contact {
            if let Some(phone) = &contact.phone
                && phone_digits(phone.get_ref()).is_none()
            {
                r.at(phone, format!("\"{}\" is not a phone number of 10 digits (11 with a leading 1)", phone.get_ref()));
            }
            if contact.phone.is_none() && contact.address.as_deref().is_none_or(|a| a.trim().is_empty()) {
                r.at(&contact.source, "this contact gives neither a phone nor an address");
            }
        }
        let contact_sources = org.contact.iter().map(|c| &c.source);
        for url in std::iter::once(&org.source).chain(&org.website).chain(contact_sources) {
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
            contact: o
                .contact
                .into_iter()
                .map(|c| HelpContact {
                    label: c.label,
                    phone: c.phone.map(Spanned::into_inner),
                    address: c.address,
                    source: c.source.into_inner(),
                    checked: c.checked,
                })
                .collect(),
        })
        .collect();
    HelpFile { org, clinics: file.clinics, trafficking: file.trafficking }
}

#[cfg(test)]
mod tests {
    use super::phone_digits;

    #[test]
    fn phone_numbers_are_read_as_ten_digits() {
        assert_eq!(phone_digits("601-960-9577").as_deref(), Some("6019609577"));
        assert_eq!(phone_digits("1-800-498-1804").as_deref(), Some("8004981804"));
        assert_eq!(phone_digits("(601) 960-9577").as_deref(), Some("6019609577"));
        assert_eq!(phone_digits("960-9577"), None);
        assert_eq!(phone_digits("call 601-960-9577"), None);
    }
}

//! `learn.toml`: the Learn pages, plain explanations of the law, and their checks.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::load::FileReport;

/// A "Learn" page (`learn.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnPage {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Append the papers of documents.toml after the sections.
    #[serde(default)]
    pub list_documents: bool,
    pub sections: Vec<LearnSection>,
}

/// One section of a Learn page, with the law it explains.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub citation: String,
}

/// `learn.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LearnFile {
    page: Vec<PageEntry>,
}

/// A `[[page]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageEntry {
    slug: Spanned<String>,
    title: String,
    summary: String,
    #[serde(default)]
    list_documents: bool,
    sections: Vec<Spanned<LearnSection>>,
}

/// Each page has a unique slug of lower-case letters, digits and hyphens (it is the
/// page's address) and sections, each with text and a citation. Returns the pages.
pub(super) fn check(r: &mut FileReport, file: LearnFile) -> Vec<LearnPage> {
    let mut seen = HashSet::new();
    for page in &file.page {
        let slug = &page.slug;
        if !seen.insert(slug.get_ref().as_str()) {
            r.at(slug, format!("page slug \"{slug}\" is used twice"));
        }
        if slug.get_ref().is_empty() || !slug.get_ref().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            r.at(slug, format!("page slug \"{slug}\" must be lower-case letters, digits and hyphens"));
        }
        if page.sections.is_empty() {
            r.at(slug, format!("page \"{slug}\" has no sections"));
        }
        for spanned in &page.sections {
            let section = spanned.get_ref();
            if section.citation.trim().is_empty() || section.paragraphs.is_empty() || section.paragraphs.iter().any(|p| p.trim().is_empty())
            {
                r.at(spanned, format!("page \"{slug}\", section \"{}\": every section needs text and a citation", section.heading));
            }
        }
    }
    file.page
        .into_iter()
        .map(|p| LearnPage {
            slug: p.slug.into_inner(),
            title: p.title,
            summary: p.summary,
            list_documents: p.list_documents,
            sections: p.sections.into_iter().map(Spanned::into_inner).collect(),
        })
        .collect()
}

//! `documents.toml`: the papers a person may need to bring, which routes and the Learn
//! pages name.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A paper to bring (`documents.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentDef {
    pub name: String,
    pub explain: String,
}

/// `documents.toml`; routes name its documents by key (checked with the routes).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentsFile {
    pub document: BTreeMap<String, Arc<DocumentDef>>,
}

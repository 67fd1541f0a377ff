//! Reads `rules/ms/` into typed values and checks it, so that bad rules stop the
//! program at start-up with the file and the line.
//!
//! The rules are embedded in the binary at build time and can be replaced from a
//! directory. This module owns the shape of the rule files, one module per file with
//! its types and its checks; what the law means is in the files themselves, and how it
//! is applied is in `engine`. The ids the engine and the files share are in `ids`.

mod catalogue;
mod courts;
mod documents;
mod exclusions;
mod facts;
mod help;
pub mod ids;
mod learn;
mod load;
pub mod messages;
mod meta;
pub mod names;
mod offences;
pub mod papers;
mod params;
mod reasons;
mod routes;

pub mod text;
pub mod translate;
mod violence;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use crate::case::section::{Section, format_section};
pub use catalogue::{Classification, Identified, Traffic};
pub use courts::{CourtText, Courts, Place, ProsecutorSource, UnknownCourt};
pub use documents::DocumentDef;
pub use exclusions::Exclusion;
pub use facts::{FactDef, FactOption, PageDef};
pub use help::{HelpClinics, HelpContact, HelpFile, HelpNote, HelpOrg};
pub use ids::{ById, ExclusionId, FactKey, ReasonId, RouteId};
pub use learn::{LearnPage, LearnSection};
pub use load::{RulesError, Source, Sources, dir_sources, embedded, embedded_sources, load, load_dir};
pub use messages::Lang;
pub use meta::{EngineWords, Meta};
pub use offences::{Offence, OffenceFile, OffenceLevel};
pub use papers::{
    PaperAgencies, PaperCharge, PaperInstructions, PaperOrder, PaperParties, PaperPetition, PaperRoute, PaperSignature, Papers,
};
pub use params::{Fee, FeeShare, Param, Parameters, Period};
pub use reasons::ReasonDef;
pub use routes::{CourtDecides, FeeKind, FeeText, FeeTexts, FileIn, NoticeKind, NoticeText, NoticeTexts, Route, RouteKind};
pub use violence::{ViolenceItem, ViolenceList};

/// How well a rule is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The statute or bill text itself was read.
    Primary,
    /// A reliable secondary source.
    Secondary,
    /// Our own reading; a lawyer should confirm.
    Inferred,
}

impl Certainty {
    pub fn label(self) -> &'static str {
        match self {
            Certainty::Primary => "from the statute's text",
            Certainty::Secondary => "from a reliable secondary source",
            Certainty::Inferred => "our reading; a lawyer should confirm",
        }
    }
}

/// The whole rule set, checked and ready for the engine.
#[derive(Debug, Clone)]
pub struct RuleBook {
    /// Identifies this rule set in every output: "ms-" and the start of the SHA-256
    /// of every rule file's name and bytes.
    pub version: String,
    pub meta: Meta,
    pub params: Parameters,
    pub exclusions: Vec<Exclusion>,
    pub violence: ViolenceList,
    pub offences: OffenceFile,
    /// Every route, in the order of `RouteId`.
    pub routes: ById<RouteId, Route>,
    pub fees: FeeTexts,
    pub notices: NoticeTexts,
    pub reasons: ById<ReasonId, ReasonDef>,
    pub facts: ById<FactKey, FactDef>,
    /// The screens that ask related questions together, by name.
    pub pages: BTreeMap<String, PageDef>,
    pub courts: Courts,
    /// District attorneys' own instructions, by county (`courts.toml`).
    pub prosecutor_sources: Vec<ProsecutorSource>,
    pub unknown_court: UnknownCourt,
    /// Mississippi's 82 counties, for the questionnaire's list.
    pub counties: Vec<String>,
    pub documents: BTreeMap<String, Arc<DocumentDef>>,
    pub learn: Vec<LearnPage>,
    pub help: HelpFile,
    pub papers: Papers,
    pub(crate) index: catalogue::Index,
    /// The position in `exclusions` of each exclusion the engine names.
    pub(crate) named_exclusions: ById<ExclusionId, usize>,
}

impl RuleBook {
    /// The route with this id. The loader has checked that the rules define every
    /// route the engine knows, so this is a plain index.
    pub fn route(&self, id: RouteId) -> &Route {
        &self.routes[id]
    }

    /// The reason with this id (checked at load, like `route`).
    pub fn reason(&self, id: ReasonId) -> &ReasonDef {
        &self.reasons[id]
    }

    /// The fact with this key (checked at load, like `route`).
    pub fn fact(&self, key: FactKey) -> &FactDef {
        &self.facts[key]
    }

    /// The exclusion with this id (checked at load, like `route`).
    pub fn exclusion(&self, id: ExclusionId) -> &Exclusion {
        &self.exclusions[self.named_exclusions[id]]
    }

    /// The text of a Mississippi trial court, or `None` for youth, federal and
    /// other-state courts.
    pub fn court(&self, key: &str) -> Option<&CourtText> {
        self.courts.get(key)
    }
}

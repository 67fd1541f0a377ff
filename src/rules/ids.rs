//! The ids the engine knows: its routes to relief, its reasons, the exclusions it
//! names and (from `case`) the facts it asks about. This is the engine's contract with
//! the rule files, which name the same ids as strings: the loader checks both ways that
//! they agree, so a misspelt id in Rust does not compile and one in a rule file stops
//! start-up with its file and line.
//!
//! The string forms are derived from the variant names (`FelonyWaited` is
//! "felony_waited") and are what the rule files, the JSON API and saved answers use.

use std::marker::PhantomData;
use std::ops::{Deref, Index};

use serde::{Deserialize, Serialize};
use strum::{Display, EnumCount, EnumString, IntoStaticStr, VariantArray};

use super::RouteKind;
pub use crate::case::facts::FactKey;

/// An id enum: every id in order, and each one's place in that order.
pub trait Id: Copy + VariantArray + 'static {
    /// The position of this id in `VARIANTS`.
    fn index(self) -> usize;
}

/// The string form's plumbing for an id enum: `as_str`, parsing for serde, and `Id`.
macro_rules! id_enum {
    ($($name:ident),*) => {$(
        impl $name {
            /// The id as the rule files write it.
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl TryFrom<String> for $name {
            type Error = strum::ParseError;

            fn try_from(id: String) -> Result<$name, Self::Error> {
                id.parse()
            }
        }

        impl Id for $name {
            fn index(self) -> usize {
                self as usize
            }
        }
    )*};
}

id_enum!(RouteId, ReasonId, ExclusionId);

impl Id for FactKey {
    fn index(self) -> usize {
        self as usize
    }
}

/// A route to relief (`[[route]]` in `routes.toml`); the engine has one check for each.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    EnumString,
    IntoStaticStr,
    Display,
    VariantArray,
    EnumCount,
    Serialize,
    Deserialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(try_from = "String", into = "&'static str")]
pub enum RouteId {
    NonConviction,
    ArrestNotCharged,
    MisdemeanorFirstOffender,
    JusticeMunicipalMisdemeanors,
    Felony,
    FirstDui,
    DuiNonadjudication,
    Nonadjudication,
    PretrialIntervention,
    InterventionCourt,
    ConditionalDischarge,
    UnderageAlcohol,
    TraffickingSurvivor,
    YouthCourt,
    IdentityTheft,
    PassedToFile,
    Federal,
    OtherState,
}

impl RouteId {
    /// The kind the route must have in `routes.toml`: the engine assesses a route or
    /// refers the person to a lawyer for it.
    pub fn kind(self) -> RouteKind {
        use RouteId as R;
        match self {
            R::DuiNonadjudication
            | R::TraffickingSurvivor
            | R::YouthCourt
            | R::IdentityTheft
            | R::PassedToFile
            | R::Federal
            | R::OtherState => RouteKind::Referral,
            _ => RouteKind::Assessed,
        }
    }
}

/// A reason for a result (`[reason.<id>]` in `reasons.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumString, IntoStaticStr, Display, VariantArray, EnumCount)]
#[strum(serialize_all = "snake_case")]
pub enum ReasonId {
    CasePending,
    YouthCourt,
    FederalCourt,
    OtherStateCourt,
    IdentityTheft,
    Trafficking,
    TraffickingViolent,
    PassedToFile,
    DuiNonadjudication,
    FactUnsure,
    OutcomeUnsure,
    LevelContradicts,
    LevelEitherWay,
    EndedDismissed,
    EndedDropped,
    EndedNolleProsequi,
    EndedNoBill,
    EndedAcquitted,
    EndedNoDisposition,
    EndedNeverIndicted,
    NoWaitingPeriod,
    FelonyAllowanceNotUsed,
    PendingOpenCase,
    ZeroBalanceExpected,
    UnchargedWaited,
    UnchargedWait,
    DismissedMisdemeanor,
    FirstOffender,
    TrafficOffence,
    TrafficTitleUnlisted,
    DrivingRecordUnchanged,
    NotFirstOffenderCharge,
    NotFirstOffenderHistory,
    NotFirstOffenderFelonyExpunged,
    NotFirstOffenderExpunged,
    OnlyJusticeMunicipal,
    SameOccurrenceMisdemeanors,
    MisdemeanorFinesUnpaid,
    PublicOfficial,
    PendingCharges,
    GoodConductMet,
    GoodConductWait,
    OffenceMatched,
    FelonyNotExcluded,
    FelonyOffenceReview,
    FelonyRebuttable,
    FelonyNameAmbiguous,
    ViolenceItem,
    FelonySubsectionNeeded,
    FelonyOffenceUnknown,
    FelonySectionNotListed,
    CourtKindDecides,
    FelonyCovDesignated,
    FelonyFinesUnpaid,
    FelonyNotCompleted,
    FelonyNotCompletedExpected,
    FelonyPriorUsed,
    FelonyPriorOldLaw,
    FelonyChooseOne,
    FelonySameOccurrence,
    FelonyIncidentUnsettled,
    FelonyIncidentWaiting,
    FelonyIncidentOneDate,
    DismissedInConvictedCase,
    NeverIndictedRecent,
    LawOnFilingDate,
    FelonyWaited,
    FelonyWait,
    FelonyLawChanged,
    DuiFelony,
    DuiOtherConviction,
    DuiCdl,
    DuiRefused,
    DuiBacHigh,
    DuiPending,
    DuiPriorRelief,
    DuiNotCompleted,
    DuiWaited,
    DuiWait,
    DuiCircuitCourt,
    DuiNotMisdemeanorLaw,
    NonadjudicationDone,
    NonadjudicationDui,
    PtiDone,
    InterventionDismissed,
    InterventionSentenced,
    InterventionDui,
    DischargeDone,
    ProgramNotDone,
    ProgramRevoked,
    UnderageWaited,
    UnderageWait,
    RoughDateNow,
    RoughDateMaybeNow,
    RoughDateSooner,
    RoughDateDecides,
    NoRoute,
}

impl ReasonId {
    /// The placeholders the engine fills in this reason's text; the text may use no
    /// others (checked at load).
    pub fn placeholders(self) -> &'static [&'static str] {
        use ReasonId as R;
        match self {
            R::OtherStateCourt => &["state"],
            R::FactUnsure => &["about"],
            R::LevelContradicts => &["offence", "given", "level"],
            R::UnchargedWaited => &["arrest_date", "months"],
            R::UnchargedWait => &["arrest_date", "date", "months"],
            R::NotFirstOffenderCharge | R::SameOccurrenceMisdemeanors => &["other"],
            R::OnlyJusticeMunicipal => &["court"],
            R::GoodConductMet => &["last_date", "years", "court"],
            R::GoodConductWait => &["last_date", "years", "date", "court"],
            R::OffenceMatched => &["offence", "section"],
            R::FelonyNotExcluded | R::FelonyRebuttable | R::FelonyNameAmbiguous | R::FelonyOffenceUnknown => &["offence"],
            R::FelonyOffenceReview => &["explanation"],
            R::FelonySectionNotListed => &["section"],
            R::ViolenceItem => &["offence", "item"],
            R::FelonySubsectionNeeded => &["section", "example"],
            R::FelonyNotCompletedExpected => &["expected", "date"],
            R::FelonyPriorOldLaw => &["date"],
            R::FelonyChooseOne | R::FelonySameOccurrence | R::FelonyIncidentUnsettled | R::FelonyIncidentWaiting => &["others"],
            R::FelonyIncidentOneDate => &["others", "date"],
            R::DismissedInConvictedCase => &["other"],
            R::NeverIndictedRecent => &["arrest_date", "years"],
            R::LawOnFilingDate => &["date"],
            R::TrafficTitleUnlisted => &["section"],
            R::FelonyWaited | R::DuiWaited | R::DuiWait => &["completed", "years", "date"],
            R::FelonyWait => &["completed", "date"],
            R::DuiBacHigh => &["bac", "limit"],
            R::DuiNotCompleted => &["years"],
            R::UnderageWaited => &["years", "event", "since"],
            R::UnderageWait => &["years", "event", "since", "date"],
            R::RoughDateNow => &["about", "when", "boundary"],
            R::RoughDateMaybeNow => &["dates"],
            R::RoughDateSooner => &["dates", "date"],
            R::RoughDateDecides => &["dates", "sooner", "later"],
            _ => &[],
        }
    }
}

/// An exclusion the engine names (`[[exclusion]]` in `exclusions.toml`); the file
/// lists others, which the engine applies without naming them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumString, IntoStaticStr, Display, VariantArray, EnumCount)]
#[strum(serialize_all = "snake_case")]
pub enum ExclusionId {
    /// Item (i): the crimes of violence of § 97-3-2, listed in `crimes_of_violence.toml`.
    CrimeOfViolence,
    FelonyDui,
}

/// One value for every id of `K`, in the order of `K::VARIANTS`, built when the rules
/// load: looking one up is an index that cannot miss.
#[derive(Debug, Clone)]
pub struct ById<K, V> {
    values: Vec<V>,
    ids: PhantomData<K>,
}

impl<K: Id, V> ById<K, V> {
    /// A value for every id, or `None` when `find` has none for one of them.
    pub fn build(mut find: impl FnMut(K) -> Option<V>) -> Option<ById<K, V>> {
        let values = K::VARIANTS.iter().map(|&id| find(id)).collect::<Option<Vec<V>>>()?;
        Some(ById { values, ids: PhantomData })
    }

    /// Each id with its value, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (K, &V)> {
        K::VARIANTS.iter().copied().zip(&self.values)
    }
}

impl<K: Id, V> Index<K> for ById<K, V> {
    type Output = V;

    fn index(&self, id: K) -> &V {
        &self.values[id.index()]
    }
}

impl<'a, K, V> IntoIterator for &'a ById<K, V> {
    type Item = &'a V;
    type IntoIter = std::slice::Iter<'a, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.values.iter()
    }
}

/// The values in the order of their ids.
impl<K, V> Deref for ById<K, V> {
    type Target = [V];

    fn deref(&self) -> &[V] {
        &self.values
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_forms_round_trip_and_serde_uses_them() {
        fn check<K: Id + Into<&'static str> + std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug>() {
            for &id in K::VARIANTS {
                let s: &'static str = id.into();
                assert_eq!(s, id.to_string());
                assert_eq!(s.parse::<K>().ok(), Some(id), "{s}");
            }
        }
        check::<RouteId>();
        check::<ReasonId>();
        check::<ExclusionId>();
        check::<FactKey>();
        assert_eq!(serde_json::to_string(&RouteId::FirstDui).unwrap(), "\"first_dui\"");
        assert_eq!(serde_json::from_str::<FactKey>("\"charge.dui_facts.bac\"").unwrap(), FactKey::ChargeDuiFactsBac);
        assert!(serde_json::from_str::<FactKey>("\"charge.nope\"").is_err());
    }

    #[test]
    fn a_table_by_id_is_complete_or_not_built() {
        let table = ById::<ExclusionId, &str>::build(|id| Some(id.as_str())).unwrap();
        assert_eq!(table[ExclusionId::FelonyDui], "felony_dui");
        assert_eq!(table.len(), ExclusionId::COUNT);
        assert!(ById::<ExclusionId, ()>::build(|id| (id == ExclusionId::CrimeOfViolence).then_some(())).is_none());
    }
}

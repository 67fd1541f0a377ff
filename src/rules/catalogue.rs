//! Recognising an offence and deciding whether § 99-19-71(2)(a) excludes it.
//!
//! The index is built once when the rules load. Lookups never guess: an offence that
//! no rule file names is `Unknown`, and a section whose subsections are treated
//! differently needs its subsection.

use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;

use super::names::{Found, Names};
use super::{Exclusion, ExclusionId, OffenceFile, RuleBook, Section, ViolenceList};

/// Whether a felony is excluded, on a given filing date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Classification {
    /// On the list: the exclusion (its position in `RuleBook::exclusions`), and for a
    /// crime of violence the § 97-3-2 item (its position in `RuleBook::violence.item`).
    Excluded { exclusion: usize, violence_item: Option<usize> },
    /// A known offence that no exclusion in force names.
    NotExcluded,
    /// The law is unclear for this offence: why, in plain words (from offences.toml).
    Review(String),
    /// On the crime-of-violence list, but the statute lets the label be rebutted at a
    /// hearing: the item's name.
    Rebuttable(String),
    /// A name that covers offences treated differently: the name.
    NameAmbiguous(String),
    /// The section's subsections are treated differently; the subsection decides.
    SubsectionNeeded { section: String, example: String },
    /// No rule file names this offence.
    Unknown,
}

/// What the catalogue says about a charge being a traffic offence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Traffic {
    /// A driving offence the catalogue names.
    Driving,
    /// Not a traffic offence.
    NotTraffic,
    /// A section of a traffic title that the catalogue does not name.
    TitleUnlisted,
}

/// What a typed charge was recognised as.
#[derive(Debug, Clone, Default)]
pub struct Identified {
    /// The code section read from the statute field.
    pub section: Option<Section>,
    /// The catalogue entry (index into `offences.offence`), by section or by name.
    pub offence: Option<usize>,
}

#[derive(Debug, Clone)]
enum EntryKind {
    /// Named in offences.toml; excluded only if a list says so.
    Known,
    /// Named in offences.toml with a `review` text (index of the offence).
    Review(usize),
    /// Named by an exclusion (index into exclusions).
    Excluded(usize),
    /// Named by the § 97-3-2 list (index of the item).
    Violence(usize),
}

#[derive(Debug, Clone)]
struct Entry {
    sub: Vec<String>,
    kind: EntryKind,
}

/// Sections and names, indexed for lookup.
#[derive(Debug, Clone, Default)]
pub struct Index {
    by_base: HashMap<String, Vec<Entry>>,
    /// Offence entries by base section, with their parsed sections.
    offence_sections: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Every offence's names and aliases, with the abbreviations (see `names`).
    pub(super) names: Names,
}

impl Index {
    pub(crate) fn build(offences: &OffenceFile, exclusions: &[Exclusion], violence: &ViolenceList) -> Index {
        let mut index = Index::default();
        let add = |section: &str, kind: EntryKind, index: &mut Index| {
            if let Some(s) = Section::parse(section) {
                index.by_base.entry(s.base).or_default().push(Entry { sub: s.sub, kind });
            }
        };
        for (i, off) in offences.offence.iter().enumerate() {
            for s in &off.sections {
                let kind = if off.review.is_some() { EntryKind::Review(i) } else { EntryKind::Known };
                add(s, kind, &mut index);
                if let Some(p) = Section::parse(s) {
                    index.offence_sections.entry(p.base).or_default().push((p.sub, i));
                }
            }
        }
        let names = offences
            .offence
            .iter()
            .enumerate()
            .flat_map(|(i, off)| std::iter::once(off.name.as_str()).chain(off.aliases.iter().map(String::as_str)).map(move |n| (i, n)));
        index.names = Names::build(names, &offences.abbreviations);
        for (i, ex) in exclusions.iter().enumerate() {
            for s in &ex.sections {
                add(s, EntryKind::Excluded(i), &mut index);
            }
        }
        for (i, item) in violence.item.iter().enumerate() {
            for s in &item.sections {
                add(s, EntryKind::Violence(i), &mut index);
            }
        }
        index
    }
}

/// Lower case, letters and digits only, single spaces, without "a", "an" and "the":
/// "Felon-in-Possession of a Firearm " and "felon in possession of firearm" compare
/// equal.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let words = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    for word in words.filter(|w| !["a", "an", "the"].iter().any(|article| w.eq_ignore_ascii_case(article))) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The kind of an entry on a date, for comparing entries.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    NotExcluded,
    Excluded {
        exclusion: usize,
        violence_item: Option<usize>,
    },
    /// The offence's own review text (index into offences).
    Review(usize),
    /// A rebuttable crime-of-violence item (index into the list).
    Rebuttable(usize),
}

impl Verdict {
    fn rank(&self) -> u8 {
        match self {
            Verdict::NotExcluded => 0,
            Verdict::Excluded { .. } => 1,
            Verdict::Review(_) | Verdict::Rebuttable(_) => 2,
        }
    }

    fn same_kind(&self, other: &Verdict) -> bool {
        self.rank() == other.rank()
    }
}

impl RuleBook {
    /// Recognises a charge from its code section, or from its name when no section
    /// number can be read.
    pub fn identify(&self, statute: Option<&str>, name: Option<&str>) -> Identified {
        // A code section typed in the name box counts as the section, when a rule file
        // names that section: a date typed there ("3-14-2021") must not pass for one.
        let in_name = || name.and_then(Section::parse).filter(|s| self.index.by_base.contains_key(&s.base));
        let section = statute.and_then(Section::parse).or_else(in_name);
        let offence = match &section {
            Some(s) => self.index.offence_sections.get(&s.base).and_then(|entries| {
                entries.iter().filter(|(sub, _)| s.sub.starts_with(sub)).max_by_key(|(sub, _)| sub.len()).map(|(_, i)| *i)
            }),
            // Only a name one offence goes by: a near name is offered, never taken.
            None => name.and_then(|n| match self.index.names.exact(n).0 {
                Found::One(i) => Some(i),
                Found::Several(_) | Found::None => None,
            }),
        };
        Identified { section, offence }
    }

    /// The catalogue entry a charge was recognised as.
    pub fn offence_of(&self, id: &Identified) -> Option<&super::Offence> {
        id.offence.map(|i| &self.offences.offence[i])
    }

    /// Whether the charge is a traffic offence, if the rules can tell.
    pub fn is_traffic(&self, id: &Identified) -> Option<Traffic> {
        match self.offence_of(id) {
            Some(o) if o.traffic => Some(Traffic::Driving),
            Some(_) => Some(Traffic::NotTraffic),
            // A section in a traffic title that the catalogue does not name may be a
            // driving offence or not (Title 63 also covers titles, dealers and licences).
            None => match &id.section {
                Some(s) if self.offences.traffic_titles.iter().any(|t| t == s.title()) => Some(Traffic::TitleUnlisted),
                Some(_) => Some(Traffic::NotTraffic),
                None => None,
            },
        }
    }

    /// Whether the charge is a DUI, if the rules can tell.
    pub fn is_dui(&self, id: &Identified) -> Option<bool> {
        if let Some(o) = self.offence_of(id) {
            return Some(o.dui);
        }
        id.section.as_ref().map(|_| false)
    }

    /// Whether § 99-19-71(2)(a) excludes this felony for a petition filed on `date`.
    pub fn classify_felony(&self, id: &Identified, date: NaiveDate) -> Classification {
        if let Some(section) = &id.section {
            return self.classify_section(section, date);
        }
        let Some(offence) = self.offence_of(id) else {
            return Classification::Unknown;
        };
        if let Some(review) = &offence.review {
            return Classification::Review(review.clone());
        }
        // By name: every section the offence names must agree.
        let mut result: Option<Classification> = None;
        for s in offence.sections.iter().filter_map(|s| Section::parse(s)) {
            let c = self.classify_section(&s, date);
            result = match result {
                None => Some(c),
                Some(prev) if prev == c => Some(prev),
                Some(Classification::Excluded { .. }) | Some(Classification::NotExcluded)
                    if matches!(c, Classification::Excluded { .. }) =>
                {
                    Some(c)
                }
                Some(_) => Some(Classification::NameAmbiguous(offence.name.clone())),
            };
        }
        result.unwrap_or(Classification::Unknown)
    }

    fn verdict(&self, entry: &Entry, date: NaiveDate) -> Option<Verdict> {
        match &entry.kind {
            EntryKind::Known => Some(Verdict::NotExcluded),
            EntryKind::Review(i) => Some(Verdict::Review(*i)),
            EntryKind::Excluded(i) => {
                self.exclusions[*i].in_force(date).then_some(Verdict::Excluded { exclusion: *i, violence_item: None })
            }
            EntryKind::Violence(i) => {
                let cov = self.named_exclusions[ExclusionId::CrimeOfViolence];
                if !self.exclusions[cov].in_force(date) {
                    return None;
                }
                let item = &self.violence.item[*i];
                Some(if item.rebuttable { Verdict::Rebuttable(*i) } else { Verdict::Excluded { exclusion: cov, violence_item: Some(*i) } })
            }
        }
    }

    fn classify_section(&self, section: &Section, date: NaiveDate) -> Classification {
        let Some(entries) = self.index.by_base.get(&section.base) else {
            return Classification::Unknown;
        };
        let judged: Vec<(&Entry, Verdict)> = entries.iter().filter_map(|e| self.verdict(e, date).map(|v| (e, v))).collect();
        // Entries naming the typed provision or a provision containing it.
        let depth = judged.iter().filter(|(e, _)| section.sub.starts_with(&e.sub)).map(|(e, _)| e.sub.len()).max();
        let inner: Vec<&Verdict> =
            judged.iter().filter(|(e, _)| e.sub.len() > section.sub.len() && e.sub.starts_with(&section.sub)).map(|(_, v)| v).collect();
        let verdict = match depth {
            Some(depth) => {
                let best = judged
                    .iter()
                    .filter(|(e, _)| e.sub.len() == depth && section.sub.starts_with(&e.sub))
                    .map(|(_, v)| v)
                    .max_by_key(|v| v.rank())
                    .cloned();
                let Some(best) = best else { return Classification::Unknown };
                if inner.iter().any(|v| !v.same_kind(&best)) {
                    return self.subsection_needed(section, &judged);
                }
                best
            }
            // No entry covers the provision as typed, only some of its parts. If none of
            // the parts is excluded, no part is (the lists name every excluded part);
            // otherwise the part not named may be treated differently from those named.
            None if inner.is_empty() => return Classification::Unknown,
            None if inner.iter().all(|v| **v == Verdict::NotExcluded) => Verdict::NotExcluded,
            None => return self.subsection_needed(section, &judged),
        };
        match verdict {
            Verdict::NotExcluded => Classification::NotExcluded,
            Verdict::Review(i) => Classification::Review(self.offences.offence[i].review.clone().unwrap_or_default()),
            Verdict::Rebuttable(i) => Classification::Rebuttable(self.violence.item[i].name.clone()),
            Verdict::Excluded { exclusion, violence_item } => Classification::Excluded { exclusion, violence_item },
        }
    }

    fn subsection_needed(&self, section: &Section, judged: &[(&Entry, Verdict)]) -> Classification {
        let example = judged
            .iter()
            .map(|(e, _)| e.sub.clone())
            .filter(|sub| sub.len() > section.sub.len())
            .max_by_key(|sub| sub.len())
            .map(|sub| Section { base: section.base.clone(), sub }.to_string())
            .unwrap_or_else(|| format!("{section}(1)"));
        Classification::SubsectionNeeded { section: section.to_string(), example }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> RuleBook {
        crate::rules::embedded().expect("embedded rules load")
    }

    fn classify(statute: &str, date: &str) -> Classification {
        let book = book();
        let id = book.identify(Some(statute), None);
        book.classify_felony(&id, date.parse().unwrap())
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(normalise_name("  Felon-in-Possession "), "felon in possession");
        assert_eq!(normalise_name("Burglary of a Dwelling"), normalise_name("burglary of dwelling"));
    }

    #[test]
    fn a_listed_crime_of_violence_is_excluded_with_its_item() {
        let book = book();
        let Classification::Excluded { exclusion, violence_item: Some(item) } = classify("97-3-79", "2026-11-23") else {
            panic!("97-3-79 is a listed crime of violence");
        };
        assert_eq!(book.exclusions[exclusion].id.get_ref(), "crime_of_violence");
        assert_eq!(book.violence.item[item].key.get_ref(), "j");
    }

    #[test]
    fn a_subsection_inside_a_listed_one_is_excluded() {
        assert!(matches!(classify("97-3-7(2)(a)(1)", "2026-11-23"), Classification::Excluded { .. }));
    }

    #[test]
    fn a_section_whose_parts_differ_needs_its_subsection() {
        assert!(matches!(classify("41-29-139", "2026-11-23"), Classification::SubsectionNeeded { .. }));
        assert!(matches!(classify("97-3-7", "2026-11-23"), Classification::SubsectionNeeded { .. }));
    }

    #[test]
    fn an_exclusion_applies_only_from_its_start_date() {
        assert_eq!(classify("97-29-51", "2026-06-30"), Classification::NotExcluded);
        assert!(matches!(classify("97-29-51", "2026-07-01"), Classification::Excluded { .. }));
    }

    #[test]
    fn an_unlisted_section_is_unknown() {
        assert_eq!(classify("97-99-1", "2026-11-23"), Classification::Unknown);
    }

    #[test]
    fn a_name_typed_with_a_space_too_many_or_too_few_is_recognised() {
        let book = book();
        let shoplifting = book.identify(None, Some("shoplifting")).offence;
        assert!(shoplifting.is_some());
        assert_eq!(book.identify(None, Some("Shop Lifting")).offence, shoplifting);
    }

    #[test]
    fn a_code_section_typed_in_the_name_box_is_read_as_the_section() {
        let book = book();
        let id = book.identify(None, Some("shoplifting 97-23-93"));
        assert_eq!(id.section.as_ref().map(|s| s.base.as_str()), Some("97-23-93"));
        assert_eq!(id.offence, book.identify(Some("97-23-93"), None).offence);
        let dated = book.identify(None, Some("shoplifting 3-14-2021"));
        assert!(dated.section.is_none(), "a date in the name is not a section");
    }

    #[test]
    fn a_common_name_maps_to_its_category() {
        let book = book();
        let id = book.identify(None, Some("Armed Robbery"));
        assert!(matches!(book.classify_felony(&id, "2026-11-23".parse().unwrap()), Classification::Excluded { .. }));
        let id = book.identify(None, Some("grand larceny"));
        assert_eq!(book.classify_felony(&id, "2026-11-23".parse().unwrap()), Classification::NotExcluded);
    }

    #[test]
    fn statutory_rape_is_rebuttable_so_it_goes_to_review() {
        assert!(matches!(classify("97-3-65(1)", "2026-11-23"), Classification::Rebuttable(_)));
        assert!(matches!(classify("97-3-65", "2026-11-23"), Classification::SubsectionNeeded { .. }));
    }

    #[test]
    fn a_section_of_which_only_one_part_is_listed_needs_its_subsection() {
        // § 97-3-2(1)(b) lists only § 97-1-7(2) (attempted murder) of the attempt statute.
        assert!(matches!(classify("97-1-7", "2026-11-23"), Classification::SubsectionNeeded { .. }));
        assert!(matches!(classify("97-1-7(2)", "2026-11-23"), Classification::Excluded { .. }));
    }
}

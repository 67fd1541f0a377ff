//! A charge's name as a person types it: misspelt ("shopliftin"), abbreviated ("poss
//! CS", "agg assault"), with its offence number ("3rd offense"), or with spaces where
//! the catalogue has none ("shop lifting").
//!
//! Two answers, kept apart. `exact` is what the engine may rely on: one offence whose
//! name or alias is the typed name, read with the abbreviations and spellings of
//! offences.toml and without an offence number; it never guesses. `nearest` is for the
//! person to choose from: every offence whose name is close, best first, in the same
//! order every time. Nothing near is ever picked without the person saying so.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::catalogue::normalise_name;
use super::{RuleBook, Section};

/// The most offences offered to choose from.
pub const MAX_CHOICES: usize = 6;

/// The least score of a name offered as near.
const MIN_SCORE: f64 = 0.65;

/// Words spelt two ways in the Code and on court papers; the first is read as the second.
const SPELLINGS: &[(&str, &str)] =
    &[("offence", "offense"), ("offences", "offenses"), ("licence", "license"), ("pretence", "pretense"), ("pretences", "pretenses")];

/// Words left out when names are compared: "possession of marijuana" and "possession
/// marijuana" are the same name.
const FILLER: &[&str] = &["of"];

/// One name or alias, ready to compare.
#[derive(Debug, Clone)]
struct Key {
    words: Vec<String>,
    squashed: String,
    offence: usize,
}

/// Every offence's names and aliases, and the abbreviations, indexed once.
#[derive(Debug, Clone, Default)]
pub struct Names {
    keys: Vec<Key>,
    /// The offences each name goes by, by its words joined with spaces.
    by_spaced: HashMap<String, Vec<usize>>,
    /// The same without spaces ("shop lifting" finds "shoplifting").
    by_squashed: HashMap<String, Vec<usize>>,
    /// One word read as one or more ("poss" as "possession").
    abbreviations: HashMap<String, Vec<String>>,
}

/// What a typed name may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Exactly one offence goes by this name.
    One(usize),
    /// Several offences go by it (an abbreviation that fits two): the person chooses.
    Several(Vec<usize>),
    /// No offence goes by it exactly.
    None,
}

impl Names {
    /// Indexes `names` (each offence's name and aliases, by offence) and the abbreviations.
    pub fn build<'a>(names: impl Iterator<Item = (usize, &'a str)>, abbreviations: &BTreeMap<String, String>) -> Names {
        let mut index = Names::default();
        for (short, long) in abbreviations {
            index.abbreviations.insert(normalise_name(short), words(long));
        }
        for (offence, name) in names {
            let words = words(name);
            // A name is found with its offence number, and without it when it has one
            // ("shoplifting 1st" is also "shoplifting").
            // Only the name as written is found exactly; without its offence number it
            // is only near ("dui" is not "DUI first offence").
            let (stripped, _) = offence_number(&words);
            if !words.is_empty() {
                add(index.by_spaced.entry(words.join(" ")).or_default(), offence);
                add(index.by_squashed.entry(words.concat()).or_default(), offence);
            }
            for w in [words, stripped] {
                if !w.is_empty() {
                    index.keys.push(Key { squashed: w.concat(), words: w, offence });
                }
            }
        }
        index
    }

    /// Whether a word is in some name (numbers in names such as "DUI under 21").
    fn known_word(&self, word: &str) -> bool {
        !word.chars().all(|c| c.is_ascii_digit()) || self.keys.iter().any(|k| k.words.iter().any(|w| w == word))
    }

    /// The typed words with each abbreviation written out.
    fn expand(&self, words: &[String]) -> Vec<String> {
        words.iter().flat_map(|w| self.abbreviations.get(w).cloned().unwrap_or_else(|| vec![w.clone()])).collect()
    }

    /// The forms of a typed name tried in turn: as typed, with abbreviations written
    /// out, and each without its offence number.
    fn forms(&self, typed: &str) -> (Vec<Vec<String>>, Option<u8>) {
        let raw = words(typed);
        let expanded = self.expand(&raw);
        let (raw_stripped, number) = offence_number(&raw);
        let (expanded_stripped, _) = offence_number(&expanded);
        // Numbers left over are not part of a name (a date, a case number), unless a
        // name has them ("DUI under 21"): tried last.
        let words_only = expanded_stripped.iter().filter(|w| !w.chars().all(|c| c.is_ascii_digit())).cloned().collect();
        (vec![raw, expanded, raw_stripped, expanded_stripped, words_only], number)
    }

    /// The offences that go by the typed name exactly, and the offence number read
    /// from it.
    pub fn exact(&self, typed: &str) -> (Found, Option<u8>) {
        let (forms, number) = self.forms(typed);
        for form in forms.iter().filter(|f| !f.is_empty()) {
            let hit = self.by_spaced.get(&form.join(" ")).or_else(|| self.by_squashed.get(&form.concat()));
            match hit.map(Vec::as_slice) {
                Some([one]) => return (Found::One(*one), number),
                Some(several) if !several.is_empty() => return (Found::Several(several.to_vec()), number),
                _ => {}
            }
        }
        (Found::None, number)
    }

    /// The offences whose names are near the typed name, nearest first; ties go to
    /// the offence listed first in offences.toml.
    pub fn nearest(&self, typed: &str) -> Vec<usize> {
        let (forms, _) = self.forms(typed);
        let query = if forms[3].iter().all(|w| self.known_word(w)) { &forms[3] } else { &forms[4] };
        if query.concat().chars().count() < 3 {
            return Vec::new();
        }
        let mut best: BTreeMap<usize, f64> = BTreeMap::new();
        for key in &self.keys {
            if let Some(score) = score(query, key) {
                let slot = best.entry(key.offence).or_insert(score);
                *slot = slot.max(score);
            }
        }
        let mut ranked: Vec<(usize, f64)> = best.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().take(MAX_CHOICES).map(|(offence, _)| offence).collect()
    }
}

/// What a typed charge was understood as, to show the person at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Understood {
    /// A code section a rule file names, typed in the section box or the name box:
    /// the offence the catalogue names for it, if any.
    Section(Section, Option<usize>),
    /// One offence, named exactly: nothing to ask.
    Exact(usize),
    /// The offences it may be, nearest first (none when nothing is near): the person
    /// chooses, or says it is not in the list.
    Choose(Vec<usize>),
}

impl RuleBook {
    /// What a typed charge was understood as, and the offence number read from its name.
    /// A name that fits a general entry ("larceny", "burglary") offers the kinds too,
    /// so no narrower offence is ever taken for it, nor it for one.
    pub fn understand(&self, statute: Option<&str>, name: &str) -> (Understood, Option<u8>) {
        let id = self.identify(statute.filter(|s| !s.trim().is_empty()), Some(name));
        let names = &self.index.names;
        let (found, number) = names.exact(name);
        if let Some(section) = id.section {
            return (Understood::Section(section, id.offence), number);
        }
        let general = |i: usize| self.offences.offence[i].sections.is_empty();
        let first: Vec<usize> = match found {
            Found::One(i) if !general(i) => return (Understood::Exact(i), number),
            Found::One(i) => std::iter::once(i).chain(names.nearest(&self.offences.offence[i].name)).collect(),
            Found::Several(several) => several,
            Found::None => Vec::new(),
        };
        let mut choices: Vec<usize> = Vec::new();
        for i in first.into_iter().chain(names.nearest(name)) {
            if !choices.contains(&i) && choices.len() < MAX_CHOICES {
                choices.push(i);
            }
        }
        (Understood::Choose(choices), number)
    }
}

impl RuleBook {
    /// The one offence that goes by this name exactly, if one does.
    pub fn names_exact(&self, name: &str) -> Option<usize> {
        match self.index.names.exact(name).0 {
            Found::One(i) => Some(i),
            _ => None,
        }
    }
}

/// Whether a name holds an offence number ("DUI second offence").
pub fn has_ordinal(name: &str) -> bool {
    words(name).iter().any(|w| ordinal(w).is_some())
}

/// A number as "1st", "2nd", "3rd", "4th".
pub fn ordinal_short(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn add(list: &mut Vec<usize>, offence: usize) {
    if !list.contains(&offence) {
        list.push(offence);
    }
}

/// A name's words for comparing: normalised, spelt one way, without filler words.
fn words(name: &str) -> Vec<String> {
    normalise_name(name)
        .split(' ')
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(|w| SPELLINGS.iter().find(|(from, _)| *from == w).map_or(w, |(_, to)| to).to_string())
        .collect()
}

/// An ordinal word's number: "3rd" and "third" are 3.
fn ordinal(word: &str) -> Option<u8> {
    const WORDS: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];
    const SHORT: [&str; 5] = ["1st", "2nd", "3rd", "4th", "5th"];
    (0..5u8).find(|&i| WORDS[usize::from(i)] == word || SHORT[usize::from(i)] == word).map(|i| i + 1)
}

/// "offense", or a near spelling of it ("off", "ofense").
fn is_offense_word(word: &str) -> bool {
    word == "off" || word == "conviction" || (word.starts_with("of") && strsim::levenshtein(word, "offense") <= 2)
}

/// The words without an offence number, and the number: "DUI 2nd", "3rd offense
/// shoplifting" and "shoplifting second offense" have one; "2nd degree arson" does not.
fn offence_number(words: &[String]) -> (Vec<String>, Option<u8>) {
    for (i, w) in words.iter().enumerate() {
        let Some(n) = ordinal(w) else { continue };
        let next = words.get(i + 1).map(String::as_str);
        let span = match next {
            Some(next) if is_offense_word(next) => 2,
            None if i > 0 => 1,
            _ => continue,
        };
        let rest = words[..i].iter().chain(&words[i + span..]).cloned().collect();
        return (rest, Some(n));
    }
    (words.to_vec(), None)
}

/// How near a typed name is to a key, from 0 to 1; `None` when it is not near.
fn score(query: &[String], key: &Key) -> Option<f64> {
    let squashed = query.concat();
    let whole = strsim::normalized_damerau_levenshtein(&squashed, &key.squashed);
    let whole = (whole >= 0.8 && squashed.chars().count() >= 4).then_some(whole);
    // Every typed word found in the key, as it is, nearly, or as the start of a word.
    // How much of the key they cover is counted in words, so a long word ("possession
    // of paraphernalia") weighs no more than a short one ("possession of a still").
    // A typed word may be missing from the key ("burglary of a dwelling house"), if
    // more than half of them are found.
    let mut edits = 0;
    let mut missing = 0;
    let mut covered: Vec<&String> = Vec::new();
    for q in query {
        let found = key.words.iter().filter_map(|k| word_distance(q, k).map(|d| (d, k))).min_by_key(|(d, k)| (*d, k.len()));
        let Some((d, k)) = found else {
            missing += 1;
            continue;
        };
        edits += d;
        if !covered.contains(&k) {
            covered.push(k);
        }
    }
    // Too little of the key ("larceny" in "accessory after the fact to grand larceny").
    if missing * 2 >= query.len() || covered.len() * 4 < key.words.len() {
        return whole;
    }
    let cover = covered.len() as f64 / key.words.len().max(1) as f64;
    let contained = 0.55 + 0.4 * cover.min(1.0) - 0.05 * edits as f64 - 0.15 * missing as f64;
    let best = whole.map_or(contained, |w| w.max(contained));
    (best >= MIN_SCORE).then_some(best)
}

/// Edits from a typed word to a key's word, if they are near: the same, one or two
/// letters off in a long word, or the start of it.
fn word_distance(typed: &str, word: &str) -> Option<usize> {
    if typed == word {
        return Some(0);
    }
    let len = typed.chars().count();
    if len >= 3 && word.starts_with(typed) {
        return Some(1);
    }
    let allowed = match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    };
    let d = strsim::damerau_levenshtein(typed, word);
    (d <= allowed).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn the_offence_number_is_read_and_taken_out() {
        assert_eq!(offence_number(&w("DUI 2nd")), (w("dui"), Some(2)));
        assert_eq!(offence_number(&w("3rd offense shoplifting")), (w("shoplifting"), Some(3)));
        assert_eq!(offence_number(&w("shoplifting, second offence")), (w("shoplifting"), Some(2)));
        assert_eq!(offence_number(&w("petit larceny 1st off.")), (w("petit larceny"), Some(1)));
        assert_eq!(offence_number(&w("arson 2nd degree")), (w("arson 2nd degree"), None));
        assert_eq!(offence_number(&w("second degree murder")), (w("second degree murder"), None));
        assert_eq!(offence_number(&w("first")), (w("first"), None));
    }

    #[test]
    fn spellings_and_filler_words_do_not_matter() {
        assert_eq!(w("Possession of a Marijuana"), w("possession marijuana"));
        assert_eq!(w("DUI first offence"), w("dui first offense"));
    }

    fn book() -> RuleBook {
        crate::rules::embedded().expect("embedded rules load")
    }

    fn id(book: &RuleBook, offence: usize) -> &str {
        book.offences.offence[offence].id.get_ref()
    }

    /// The ids understood for a typed name: "=id" for an exact match, "§id" for a
    /// section, and the ids offered otherwise.
    fn understood(book: &RuleBook, typed: &str) -> Vec<String> {
        match book.understand(None, typed).0 {
            Understood::Exact(i) => vec![format!("={}", id(book, i))],
            Understood::Section(s, i) => vec![format!("§{}", i.map_or(s.base.clone(), |i| id(book, i).to_string()))],
            Understood::Choose(list) => list.into_iter().map(|i| id(book, i).to_string()).collect(),
        }
    }

    #[test]
    fn names_typed_as_people_type_them_are_found_exactly() {
        let book = book();
        for (typed, expected) in [
            ("Shoplifting", "shoplifting"),
            ("shop lifting", "shoplifting"),
            ("SHOPLIFTING 3RD OFFENSE", "shoplifting"),
            ("shoplifting, second offence", "shoplifting"),
            ("3rd offense shoplifting", "shoplifting"),
            ("poss CS", "drug_possession"),
            ("Poss. of C.S.", "drug_possession"),
            ("poss of meth", "drug_possession"),
            ("possession of a controlled substance 1st", "drug_possession"),
            ("poss mj", "marijuana_possession"),
            ("poss. of marijuana", "marijuana_possession"),
            ("poss of para", "drug_paraphernalia"),
            ("poss w/ intent", "drug_sale"),
            ("DWI", "dui"),
            ("D.U.I.", "dui"),
            ("DUI 2nd", "dui_second"),
            ("DUI second offence", "dui_second"),
            ("dui 1st offense", "dui_first"),
            ("DUI - 3rd", "dui_felony"),
            ("agg assault", "aggravated_assault"),
            ("Agg. Assault", "aggravated_assault"),
            ("agg dv", "aggravated_domestic_violence"),
            ("simple assault 2nd offense", "simple_assault"),
            ("Grand Larceny", "grand_larceny"),
            ("petit larceny 1st", "petit_larceny"),
            ("DWLS", "driving_suspended"),
            ("no DL", "no_drivers_license"),
            ("pub intox", "public_drunkenness"),
            ("robbery", "robbery"),
            ("armed robbery", "armed_robbery"),
            ("arson 2nd degree", "arson_97_17_3"),
            ("murder", "murder"),
        ] {
            assert_eq!(understood(&book, typed), [format!("={expected}")], "{typed}");
        }
    }

    #[test]
    fn a_misspelt_name_is_offered_never_taken() {
        let book = book();
        for (typed, first) in [
            ("shopliftin", "shoplifting"),
            ("shopliftting", "shoplifting"),
            ("shop-lifing", "shoplifting"),
            ("possesion of marijuana", "marijuana_possession"),
            ("posession of marijuana", "marijuana_possession"),
            ("possession of marijuanna", "marijuana_possession"),
            ("grand larcney", "grand_larceny"),
            ("grand larsony", "grand_larceny"),
            ("petty larcency", "petit_larceny"),
            ("tresspassing", "trespass"),
            ("disorderly conduc", "disorderly_conduct"),
            ("embezzelment", "embezzlement"),
            ("agravated assault", "aggravated_assault"),
            ("speding", "speeding"),
            ("resisting arest", "resisting_arrest"),
            ("armed robery", "armed_robbery"),
            ("kidnapin", "kidnapping"),
            ("burglary of a dwelling house", "burglary_dwelling"),
        ] {
            let got = understood(&book, typed);
            assert!(!got.is_empty() && !got[0].starts_with('='), "{typed}: {got:?} must be offered, not taken");
            assert_eq!(got[0], first, "{typed}: {got:?}");
            // The engine never takes a near name.
            assert_eq!(book.identify(None, Some(typed)).offence, None, "{typed}");
        }
    }

    #[test]
    fn a_general_name_offers_the_kinds_and_is_never_narrowed() {
        let book = book();
        for (typed, general, kinds) in [
            ("larceny", "larceny_unspecified", &["grand_larceny", "petit_larceny"][..]),
            ("theft", "larceny_unspecified", &["grand_larceny", "petit_larceny"][..]),
            ("burglary", "burglary_unspecified", &["burglary_dwelling", "burglary_non_dwelling"][..]),
            ("B&E", "burglary_unspecified", &["burglary_dwelling", "burglary_non_dwelling"][..]),
            ("assault", "assault_unspecified", &["simple_assault", "aggravated_assault"][..]),
        ] {
            let got = understood(&book, typed);
            assert_eq!(got[0], general, "{typed}: {got:?}");
            for kind in kinds {
                assert!(got.iter().any(|g| g == kind), "{typed}: {got:?} should offer {kind}");
            }
        }
    }

    #[test]
    fn a_name_that_fits_several_offers_them_all() {
        let book = book();
        let got = understood(&book, "possession");
        for offence in ["drug_possession", "marijuana_possession", "drug_paraphernalia"] {
            assert!(got.iter().any(|g| g == offence), "possession: {got:?} should offer {offence}");
        }
        assert!(got.iter().all(|g| !g.starts_with('=')), "possession: {got:?}");
        assert_eq!(book.identify(None, Some("possession")).offence, None, "possession is not possession with intent");
        let got = understood(&book, "posession of a controled substance");
        assert_eq!(got.first().map(String::as_str), Some("drug_possession"), "{got:?}");
        assert!(understood(&book, "sale").len() > 1, "sale: several offences");
    }

    #[test]
    fn names_that_must_not_match() {
        let book = book();
        for typed in ["", "   ", "xyz", "qwerty uiop", "3rd offense", "hello world", "aa", "zzzzzzzz"] {
            assert_eq!(understood(&book, typed), Vec::<String>::new(), "{typed:?}");
        }
        // A near name of a narrower or different offence is never the one typed.
        for (typed, never) in [
            ("larceny", "=grand_larceny"),
            ("possession", "=drug_sale"),
            ("possession of marijuana", "=drug_sale"),
            ("robbery", "=armed_robbery"),
            ("assault", "=aggravated_assault"),
            ("dui", "=dui_felony"),
            ("arson", "=arson_first_degree"),
        ] {
            assert!(!understood(&book, typed).iter().any(|g| g == never), "{typed} is not {never}");
        }
        assert_eq!(understood(&book, "possession of marijuana"), ["=marijuana_possession"]);
    }

    #[test]
    fn a_code_section_typed_in_the_name_box_is_the_section() {
        let book = book();
        assert_eq!(understood(&book, "97-23-93"), ["§shoplifting"]);
        assert_eq!(understood(&book, "shoplifting § 97-23-93"), ["§shoplifting"]);
        assert_eq!(understood(&book, "Miss. Code Ann. 97-3-19"), ["§murder"]);
        // A date is not a section.
        assert_eq!(understood(&book, "shoplifting 3-14-2021"), ["=shoplifting"]);
        // A section in its own box wins over the name.
        let (got, _) = book.understand(Some("97-17-41"), "larceny");
        assert!(matches!(got, Understood::Section(_, Some(i)) if id(&book, i) == "grand_larceny"), "{got:?}");
    }

    #[test]
    fn the_offence_number_is_given_back() {
        let book = book();
        assert_eq!(book.understand(None, "shoplifting 3rd offense").1, Some(3));
        assert_eq!(book.understand(None, "DUI second offence").1, Some(2));
        assert_eq!(book.understand(None, "second degree arson").1, None);
    }

    #[test]
    fn suggestions_come_in_the_same_order_every_time() {
        let book = book();
        for typed in ["possession", "larceny", "sale", "shopliftin", "car"] {
            let first = understood(&book, typed);
            assert!(first.len() <= MAX_CHOICES);
            for _ in 0..5 {
                assert_eq!(understood(&book, typed), first, "{typed}");
            }
        }
    }
}

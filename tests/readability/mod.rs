//! The Flesch–Kincaid grade level of a text, with a small English syllable counter.
//!
//! Why our own: the readability crates on crates.io (`kincaid`, `syllable`,
//! `rust_readability`, `flesh-reading-ease`) are one-person 0.x crates with few users and
//! no recent releases, and the one large one (`readsight`) brings 86 languages of
//! hyphenation patterns to count syllables in one. The formula is three numbers; the
//! syllable counter below is the usual vowel-group rule with the usual corrections, and
//! its own tests (at the end) pin it on words our texts use.
//!
//! Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//! (Kincaid et al., 1975), measured on the whole text, not sentence by sentence: a long
//! sentence beside two short ones still raises the grade, and one hard word in a short
//! text still shows.
//!
//! What is a word, a sentence, a name:
//! - A sentence ends at `.`, `?` or `!` followed by a space or the end; a text without
//!   one (a label, a question) is one sentence. Semicolons and colons do not end one.
//! - A word is a run of text between spaces (or `/`, `–`, `—`) holding a letter or a digit.
//!   A hyphenated word is one word whose syllables are its parts' syllables.
//!   A number ("2", "0.09") is one word of one syllable.
//! - Names are not measured as words a person must read out: each name counts as one
//!   word of one syllable. They are: a `{placeholder}` (filled with a date, an
//!   offence, a court, a county), a code section ("§ 99-19-71(2)(a)", "§§ 43-21-263",
//!   "Section 97-3-2", a bare "97-17-41"), "Miss. Code Ann.", and the court, agency and
//!   offence names in [`NAMES`]. Legal terms a person must learn ("nolle prosequi",
//!   "nonadjudication", "expunge") are NOT names: they are measured, so they must be
//!   explained in short words around them.

/// Court, agency and offence names, each read as one name (longest first where one
/// holds another). Legal terms that are not names of a court, an agency or an offence
/// do not belong here.
pub const NAMES: &[&str] = &[
    "Mississippi Criminal Information Center",
    "Mississippi Department of Corrections",
    "Department of Corrections",
    "Department of Public Safety",
    "United States District Court",
    "Hinds County Sheriff's Office",
    "Jackson Police Department",
    "Clear My Record Mississippi",
    "Miss. Code Ann.",
    "municipal (city) court",
    "Municipal (city) court",
    "mental health court",
    "intervention court",
    "circuit court",
    "Circuit court",
    "county court",
    "County court",
    "justice court",
    "Justice court",
    "municipal court",
    "youth court",
    "Youth court",
    "drug court",
    "Drug court",
    "veterans court",
    "Federal court",
    "federal court",
    "possession of marijuana",
    "petit larceny",
    "Mississippi",
    "DUI",
    "DWI",
];

/// The one-syllable word a name is measured as.
const NAME: &str = "Name";

/// A text's counts and grade.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grade {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    pub grade: f64,
}

/// The text with every name (see the module's doc), and the names in `also` (such as
/// the offence an exclusion explains), put as one short word.
pub fn without_names(text: &str, also: &[&str]) -> String {
    // Placeholders.
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        out.push_str(NAME);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    for name in also.iter().chain(NAMES) {
        out = out.replace(name, NAME);
        let mut first = name.chars();
        if let Some(c) = first.next() {
            out = out.replace(&format!("{}{}", c.to_uppercase(), first.as_str()), NAME);
        }
    }
    // Code sections, token by token: "§" and "§§" go; a number with a hyphen in it
    // ("99-19-71(2)(a),") is a name, keeping a sentence end after it; "Section" before
    // one is part of it.
    let tokens: Vec<&str> = out.split_whitespace().collect();
    let mut kept: Vec<String> = Vec::with_capacity(tokens.len());
    for token in tokens {
        let bare = token.trim_start_matches(['(', '"', '“']);
        if bare.starts_with('§') {
            continue;
        }
        // An example address ("name@example.com") is a name too.
        if bare.contains('@') {
            kept.push(NAME.to_string());
            continue;
        }
        if bare.starts_with(|c: char| c.is_ascii_digit()) && bare.contains('-') {
            let end = if token.trim_end_matches(['"', '”', ')', ',', ';']).ends_with(['.', '?', '!']) { "." } else { "" };
            if kept.last().is_some_and(|w| matches!(w.trim_start_matches(['"', '“']), "Section" | "section")) {
                kept.pop();
            }
            if kept.last().is_some_and(|w| w == NAME) {
                // "§§ 9-11-15(3), 21-23-7(6)": one list of sections, one name.
                if let Some(w) = kept.last_mut() {
                    w.push_str(end);
                }
                continue;
            }
            kept.push(format!("{NAME}{end}"));
            continue;
        }
        kept.push(token.to_string());
    }
    kept.join(" ")
}

/// The grade of a text, names put aside.
pub fn grade(text: &str) -> Grade {
    grade_naming(text, &[])
}

/// The grade of a text, names and the names in `also` put aside.
pub fn grade_naming(text: &str, also: &[&str]) -> Grade {
    let text = without_names(text, also);
    let mut sentences = 0;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let next = chars.get(i + 1);
        let ends = next.is_none_or(|n| n.is_whitespace() || *n == '"' || *n == '”' || *n == ')');
        if matches!(c, '.' | '?' | '!') && ends && i > 0 && !matches!(chars[i - 1], '.' | '?' | '!') {
            sentences += 1;
        }
    }
    let sentences = sentences.max(1);
    let mut words = 0;
    let mut syllables = 0;
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '—')) {
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        words += 1;
        syllables += token_syllables(token);
    }
    let (w, s, y) = (words.max(1) as f64, sentences as f64, syllables as f64);
    Grade { words, sentences, syllables, grade: 0.39 * (w / s) + 11.8 * (y / w) - 15.59 }
}

fn token_syllables(token: &str) -> usize {
    let parts: Vec<&str> = token.split('-').filter(|p| p.chars().any(char::is_alphanumeric)).collect();
    if parts.is_empty() {
        return 1;
    }
    parts.iter().map(|p| syllables(p)).sum()
}

/// Words the vowel-group rule gets wrong, with their syllables.
const EXCEPTIONS: &[(&str, usize)] = &[
    ("area", 3),
    ("being", 2),
    ("business", 2),
    ("create", 2),
    ("created", 3),
    ("different", 3),
    ("earlier", 3),
    ("every", 2),
    ("everyone", 3),
    ("everything", 3),
    ("expungement", 3),
    ("expungements", 3),
    ("statement", 2),
    ("statements", 2),
    ("movement", 2),
    ("settlement", 3),
    ("requirement", 4),
    ("requirements", 4),
    ("fire", 1),
    ("going", 2),
    ("idea", 3),
    ("lawyer", 2),
    ("lawyers", 2),
    ("prosequi", 3),
    ("real", 1),
    ("really", 2),
    ("someone", 2),
    ("sometimes", 2),
    ("toward", 2),
    ("video", 3),
    ("whether", 2),
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The syllables of one English word (letters only; anything else is ignored). A word
/// with no letter (a number) is one syllable.
pub fn syllables(word: &str) -> usize {
    let w: String = word.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()).collect();
    if w.is_empty() {
        return 1;
    }
    if let Some((_, n)) = EXCEPTIONS.iter().find(|(e, _)| *e == w) {
        return *n;
    }
    if w.len() <= 3 {
        return 1;
    }
    let b = w.as_bytes();
    // Vowel groups; a leading "y" is a consonant ("you", "year").
    let mut n: isize = 0;
    let mut in_group = false;
    for (i, &c) in b.iter().enumerate() {
        let v = is_vowel(c) && !(c == b'y' && i == 0);
        if v && !in_group {
            n += 1;
        }
        in_group = v;
    }
    let len = b.len();
    let consonant = |i: usize| !is_vowel(b[i]);
    // A silent final "e" ("charge", "sale"), but not "-le" after a consonant ("table").
    if b[len - 1] == b'e' && consonant(len - 2) && !(b[len - 2] == b'l' && consonant(len - 3)) {
        n -= 1;
    }
    // A silent "-es" ("times"), but not after s, x, z, c, g, or in "-ches", "-shes".
    if w.ends_with("es")
        && consonant(len - 3)
        && !matches!(b[len - 3], b's' | b'x' | b'z' | b'c' | b'g')
        && !w.ends_with("ches")
        && !w.ends_with("shes")
    {
        n -= 1;
    }
    // A silent "-ed" ("asked"), but not after t or d ("granted", "decided").
    if w.ends_with("ed") && consonant(len - 3) && !matches!(b[len - 3], b't' | b'd') {
        n -= 1;
    }
    // A silent "e" before "-ly" ("lately", "immediately").
    if w.ends_with("ely") && len > 4 && consonant(len - 4) {
        n -= 1;
    }
    // Vowel pairs read as two syllables: "trial", "violence", "actual", "medium".
    for i in 1..len {
        let pair = &w[i - 1..=i];
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let split = match pair {
            "ia" => !matches!(before, b'c' | b't' | b's'),
            "io" => !matches!(before, b't' | b's' | b'c' | b'g' | b'x'),
            "ua" => !matches!(before, b'g' | b'q'),
            "iu" | "uo" => true,
            _ => false,
        };
        if split {
            n += 1;
        }
    }
    n.max(1) as usize
}

#[test]
fn syllables_of_words_our_texts_use() {
    let cases: &[(&str, usize)] = &[
        ("the", 1),
        ("you", 1),
        ("year", 1),
        ("charge", 1),
        ("charges", 2),
        ("court", 1),
        ("table", 2),
        ("sale", 1),
        ("times", 1),
        ("cases", 2),
        ("asked", 1),
        ("dismissed", 2),
        ("granted", 2),
        ("decided", 3),
        ("released", 2),
        ("felony", 3),
        ("misdemeanor", 4),
        ("conviction", 3),
        ("violence", 3),
        ("prior", 2),
        ("trial", 2),
        ("official", 3),
        ("actual", 3),
        ("people", 2),
        ("license", 2),
        ("expunge", 2),
        ("expunged", 2),
        ("expungement", 3),
        ("nonadjudication", 6),
        ("prosecutor", 4),
        ("immediately", 5),
        ("rehabilitated", 6),
        ("serious", 3),
        ("previous", 3),
        ("lawyer", 2),
        ("driver's", 2),
        ("2028", 1),
    ];
    let wrong: Vec<String> =
        cases.iter().filter(|(w, n)| syllables(w) != *n).map(|(w, n)| format!("{w}: counted {}, is {n}", syllables(w))).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_hyphenated_word_counts_its_parts() {
    let g = grade("A zero-balance sheet.");
    assert_eq!((g.words, g.syllables), (3, 1 + (2 + 2) + 1));
}

#[test]
fn the_grade_of_known_texts() {
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables: 0.39×6 + 11.8 − 15.59.
    let g = grade("The cat sat on the mat.");
    assert_eq!((g.words, g.sentences, g.syllables), (6, 1, 6));
    assert!((g.grade - (-1.45)).abs() < 0.01, "{g:?}");
    // Legal prose is far above grade 8.
    let hard = grade(
        "Notwithstanding the foregoing, an individual whose conviction was subsequently \
         adjudicated pursuant to the provisions of this section shall be ineligible for \
         expungement unless rehabilitation is affirmatively demonstrated.",
    );
    assert!(hard.grade > 16.0, "{hard:?}");
}

#[test]
fn names_are_one_short_word() {
    assert_eq!(without_names("Look for § 99-19-71(2)(a).", &[]), "Look for Name.");
    // A citation is one name, however many sections it lists.
    assert_eq!(without_names("Miss. Code Ann. §§ 9-11-15(3), 21-23-7(6) apply.", &[]), "Name apply.");
    assert_eq!(without_names("the words \"Section 97-3-2\".", &[]), "the words Name.");
    assert_eq!(without_names("The first day is {date}.", &[]), "The first day is Name.");
    assert_eq!(without_names("Ask the circuit court clerk.", &[]), "Ask the Name clerk.");
    // A legal term is not a name.
    assert_eq!(without_names("nolle prosequi", &[]), "nolle prosequi");
    let g = grade("Miss. Code Ann. § 99-19-71(4) says so. It does.");
    assert_eq!(g.sentences, 2, "{g:?}");
}

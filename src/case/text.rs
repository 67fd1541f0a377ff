//! The text a person may give for the court papers: what the papers' font can print.
//!
//! The papers are set in Liberation Serif, which draws the Latin alphabet with its
//! accents (Vietnamese, Polish, Spanish names among them), Greek, Cyrillic, digits and
//! common punctuation. A letter outside it would print as nothing, so "約翰 Jordan"
//! would reach the court as "Jordan": such text is refused with a message in words,
//! never dropped. Court records in Mississippi write names in Latin letters, so a
//! person is asked to write the name as the records do; a second font for Chinese or
//! Arabic script would print a name the records do not hold. Control characters
//! (from a paste, a line break) and right-to-left letters, which the papers do not lay
//! out, are refused too.
//!
//! Text is compared in its composed form (NFC): an accent typed as a separate mark
//! counts as the accented letter it makes.

use unicode_normalization::UnicodeNormalization;

/// Every character both faces of the papers' font draw, less control, format and
/// right-to-left characters, as inclusive ranges in order. Made from the fonts' own
/// character maps; `packet::pdf`'s tests check it against them.
pub const PRINTABLE: &[(char, char)] = &[
    ('\u{20}', '\u{7e}'),
    ('\u{a0}', '\u{ac}'),
    ('\u{ae}', '\u{36f}'),
    ('\u{374}', '\u{375}'),
    ('\u{37a}', '\u{37e}'),
    ('\u{384}', '\u{38a}'),
    ('\u{38c}', '\u{38c}'),
    ('\u{38e}', '\u{3a1}'),
    ('\u{3a3}', '\u{3ce}'),
    ('\u{3d0}', '\u{513}'),
    ('\u{51a}', '\u{51d}'),
    ('\u{1d00}', '\u{1dca}'),
    ('\u{1dfe}', '\u{1e9b}'),
    ('\u{1e9e}', '\u{1e9e}'),
    ('\u{1ea0}', '\u{1ef9}'),
    ('\u{1f00}', '\u{1f15}'),
    ('\u{1f18}', '\u{1f1d}'),
    ('\u{1f20}', '\u{1f45}'),
    ('\u{1f48}', '\u{1f4d}'),
    ('\u{1f50}', '\u{1f57}'),
    ('\u{1f59}', '\u{1f59}'),
    ('\u{1f5b}', '\u{1f5b}'),
    ('\u{1f5d}', '\u{1f5d}'),
    ('\u{1f5f}', '\u{1f7d}'),
    ('\u{1f80}', '\u{1fb4}'),
    ('\u{1fb6}', '\u{1fc4}'),
    ('\u{1fc6}', '\u{1fd3}'),
    ('\u{1fd6}', '\u{1fdb}'),
    ('\u{1fdd}', '\u{1fef}'),
    ('\u{1ff2}', '\u{1ff4}'),
    ('\u{1ff6}', '\u{1ffe}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2010}', '\u{2010}'),
    ('\u{2012}', '\u{2022}'),
    ('\u{2026}', '\u{2026}'),
    ('\u{202f}', '\u{2030}'),
    ('\u{2032}', '\u{2034}'),
    ('\u{2039}', '\u{203a}'),
    ('\u{203c}', '\u{203c}'),
    ('\u{203e}', '\u{203e}'),
    ('\u{2044}', '\u{2044}'),
    ('\u{205e}', '\u{205e}'),
    ('\u{2074}', '\u{2079}'),
    ('\u{207f}', '\u{2089}'),
    ('\u{2090}', '\u{2094}'),
    ('\u{20a0}', '\u{20b5}'),
    ('\u{20bf}', '\u{20bf}'),
    ('\u{20f0}', '\u{20f0}'),
    ('\u{2105}', '\u{2105}'),
    ('\u{2113}', '\u{2113}'),
    ('\u{2116}', '\u{2117}'),
    ('\u{2122}', '\u{2122}'),
    ('\u{2126}', '\u{2126}'),
    ('\u{212e}', '\u{212e}'),
    ('\u{214d}', '\u{214e}'),
    ('\u{2153}', '\u{2154}'),
    ('\u{215b}', '\u{215e}'),
    ('\u{2184}', '\u{2184}'),
    ('\u{2190}', '\u{2195}'),
    ('\u{21a8}', '\u{21a8}'),
    ('\u{21d4}', '\u{21d4}'),
    ('\u{2202}', '\u{2202}'),
    ('\u{2206}', '\u{2206}'),
    ('\u{220f}', '\u{220f}'),
    ('\u{2211}', '\u{2212}'),
    ('\u{2215}', '\u{2215}'),
    ('\u{2219}', '\u{221a}'),
    ('\u{221e}', '\u{221f}'),
    ('\u{2229}', '\u{2229}'),
    ('\u{222b}', '\u{222b}'),
    ('\u{2248}', '\u{2248}'),
    ('\u{2260}', '\u{2262}'),
    ('\u{2264}', '\u{2265}'),
    ('\u{2302}', '\u{2302}'),
    ('\u{2310}', '\u{2310}'),
    ('\u{2320}', '\u{2321}'),
    ('\u{2500}', '\u{2500}'),
    ('\u{2502}', '\u{2502}'),
    ('\u{250c}', '\u{250c}'),
    ('\u{2510}', '\u{2510}'),
    ('\u{2514}', '\u{2514}'),
    ('\u{2518}', '\u{2518}'),
    ('\u{251c}', '\u{251c}'),
    ('\u{2524}', '\u{2524}'),
    ('\u{252c}', '\u{252c}'),
    ('\u{2534}', '\u{2534}'),
    ('\u{253c}', '\u{253c}'),
    ('\u{2550}', '\u{256c}'),
    ('\u{2580}', '\u{2580}'),
    ('\u{2584}', '\u{2584}'),
    ('\u{2588}', '\u{2588}'),
    ('\u{258c}', '\u{258c}'),
    ('\u{2590}', '\u{2593}'),
    ('\u{25a0}', '\u{25a1}'),
    ('\u{25aa}', '\u{25ac}'),
    ('\u{25b2}', '\u{25b2}'),
    ('\u{25ba}', '\u{25ba}'),
    ('\u{25bc}', '\u{25bc}'),
    ('\u{25c4}', '\u{25c4}'),
    ('\u{25ca}', '\u{25cc}'),
    ('\u{25cf}', '\u{25d9}'),
    ('\u{25e6}', '\u{25e6}'),
    ('\u{263a}', '\u{263c}'),
    ('\u{2640}', '\u{2640}'),
    ('\u{2642}', '\u{2642}'),
    ('\u{2660}', '\u{2660}'),
    ('\u{2663}', '\u{2663}'),
    ('\u{2665}', '\u{2666}'),
    ('\u{2669}', '\u{266c}'),
    ('\u{266f}', '\u{266f}'),
    ('\u{2c60}', '\u{2c6d}'),
    ('\u{2c71}', '\u{2c77}'),
    ('\u{2e17}', '\u{2e17}'),
    ('\u{a717}', '\u{a721}'),
    ('\u{a788}', '\u{a78c}'),
    ('\u{fb01}', '\u{fb02}'),
    ('\u{fb1d}', '\u{fb36}'),
    ('\u{fb38}', '\u{fb3c}'),
    ('\u{fb3e}', '\u{fb3e}'),
    ('\u{fb40}', '\u{fb41}'),
    ('\u{fb43}', '\u{fb44}'),
    ('\u{fb46}', '\u{fb4f}'),
    ('\u{fe20}', '\u{fe23}'),
    ('\u{fffc}', '\u{fffc}'),
];

/// Whether the papers can print `c`.
pub fn prints(c: char) -> bool {
    PRINTABLE
        .binary_search_by(|&(from, to)| {
            if to < c {
                std::cmp::Ordering::Less
            } else if from > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `text` in its composed form (NFC), as it is kept and printed.
pub fn composed(text: &str) -> String {
    text.nfc().collect()
}

/// What keeps a text off the papers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unprintable {
    /// Marks the papers' font cannot print, each in quotes: "☺", "→".
    Characters(String),
    /// A line break, a tab or another character that does not show.
    Hidden,
}

impl Unprintable {
    /// The name of its message in the site's `errors` group.
    pub fn key(&self) -> &'static str {
        match self {
            Unprintable::Characters(_) => "cannot_print",
            Unprintable::Hidden => "hidden_character",
        }
    }

    /// In English, for the API and the case format's own checks.
    pub fn english(&self) -> String {
        match self {
            Unprintable::Characters(list) => format!(
                "The court papers can only print letters A to Z (accents are fine, as in José or Nguyễn), numbers and marks like - or #. Write this as your court records write it, without {list}."
            ),
            Unprintable::Hidden => {
                "This has a hidden character in it, such as a line break or a tab from copying and pasting. Type it again on one line."
                    .to_string()
            }
        }
    }
}

/// What keeps `text` off the papers; `None` when all of it prints.
pub fn unprintable(text: &str) -> Option<Unprintable> {
    let mut shown: Vec<char> = Vec::new();
    let mut hidden = false;
    for c in text.nfc().filter(|c| !prints(*c)) {
        let invisible = matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}');
        if c.is_control() || c.is_whitespace() || invisible {
            hidden = true;
        } else if !shown.contains(&c) && shown.len() < 5 {
            shown.push(c);
        }
    }
    if !shown.is_empty() {
        let list: Vec<String> = shown.iter().map(|c| format!("\"{c}\"")).collect();
        return Some(Unprintable::Characters(list.join(", ")));
    }
    hidden.then_some(Unprintable::Hidden)
}

/// What keeps `text` off the papers, in English words; `None` when all of it prints.
pub fn problem(text: &str) -> Option<String> {
    unprintable(text).map(|u| u.english())
}

/// For `validator`: a text the papers can print.
pub fn printable(text: &str) -> Result<(), validator::ValidationError> {
    match problem(text) {
        None => Ok(()),
        Some(message) => Err(validator::ValidationError::new("printable").with_message(message.into())),
    }
}

/// For `validator`: a list of texts the papers can print.
pub fn all_printable(texts: &[String]) -> Result<(), validator::ValidationError> {
    texts.iter().try_for_each(|t| printable(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_latin_letters_with_accents_print() {
        for name in ["Zoë Nguyễn", "Łukasz O'Brien-Smith", "José Ñúñez", "Σοφία", "Дмитрий", "§ 97-17-41(1)(a)", "12 Oak St., #4"]
        {
            assert_eq!(problem(name), None, "{name}");
        }
    }

    #[test]
    fn an_accent_typed_as_a_separate_mark_counts_as_the_accented_letter() {
        let decomposed = "Zoe\u{308}";
        assert_eq!(problem(decomposed), None);
        assert_eq!(composed(decomposed), "Zoë");
    }

    #[test]
    fn letters_the_papers_cannot_print_are_named_and_refused() {
        let message = problem("約翰 李 Jordan").expect("refused");
        assert!(message.contains("\"約\"") && message.contains("\"李\""), "{message}");
        assert!(problem("محمد").is_some());
        assert!(problem("Jordan 😀").is_some());
        assert!(problem("שרה").is_some(), "right-to-left letters");
    }

    #[test]
    fn control_characters_are_refused_without_being_echoed() {
        for text in ["Jordan\u{0}", "a\u{1b}[31mred", "bell\u{7}", "line\rbreak", "two\nlines", "tab\there", "zero\u{200b}width"] {
            let message = problem(text).unwrap_or_else(|| panic!("{text:?} refused"));
            assert!(!message.contains('\u{1b}') && !message.contains('\u{0}'), "{message}");
        }
    }
}

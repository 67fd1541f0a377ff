//! Mississippi Code section numbers: "97-3-7(2)(a)", "§ 97-3-7", "Miss. Code Ann.
//! § 41-29-139(c)". Parsing is lenient about the words around the number and strict
//! about the number itself.

use std::fmt;

/// A code section with its subsection path, e.g. 97-3-7 with ["2", "a"].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Section {
    /// Title, chapter and section, e.g. "97-3-7" or "97-3-54.1".
    pub base: String,
    /// Subsections from outer to inner, lower-cased, e.g. ["2", "a"].
    pub sub: Vec<String>,
}

impl Section {
    /// Reads a section number out of what a person typed. Returns `None` when there is
    /// no "title-chapter-section" number in it.
    pub fn parse(input: &str) -> Option<Section> {
        let chars: Vec<char> = input.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit()
                && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
                && let Some((section, _)) = parse_at(&chars, i)
            {
                return Some(section);
            }
            i += 1;
        }
        None
    }

    /// The code's title number, e.g. "97" for 97-3-7.
    pub fn title(&self) -> &str {
        self.base.split('-').next().unwrap_or("")
    }

    /// `self` names a part of `other` or the same provision: its subsections start with
    /// all of `other`'s.
    pub fn within(&self, other: &Section) -> bool {
        self.base == other.base && self.sub.starts_with(&other.sub)
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "§\u{a0}{}", self.base)?;
        for s in &self.sub {
            write!(f, "({s})")?;
        }
        Ok(())
    }
}

/// Formats a typed code section the way results print it ("§ 97-17-41"), or returns
/// the text as typed when it holds no section number.
pub fn format_section(input: &str) -> String {
    Section::parse(input).map_or_else(|| input.trim().to_string(), |s| s.to_string())
}

fn digits(chars: &[char], mut i: usize) -> Option<(String, usize)> {
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    (i > start).then(|| (chars[start..i].iter().collect(), i))
}

fn parse_at(chars: &[char], i: usize) -> Option<(Section, usize)> {
    let (title, i) = digits(chars, i)?;
    let i = expect_dash(chars, i)?;
    let (chapter, i) = digits(chars, i)?;
    let i = expect_dash(chars, i)?;
    let (mut number, mut i) = digits(chars, i)?;
    // Decimal sections such as 97-3-54.1.
    if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
        let (decimal, next) = digits(chars, i + 1)?;
        number = format!("{number}.{decimal}");
        i = next;
    }
    let mut sub = Vec::new();
    loop {
        let mut j = i;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        if j < chars.len() && chars[j] == '(' {
            let start = j + 1;
            let mut k = start;
            while k < chars.len() && chars[k].is_ascii_alphanumeric() {
                k += 1;
            }
            if k > start && k < chars.len() && chars[k] == ')' && k - start <= 5 {
                sub.push(chars[start..k].iter().collect::<String>().to_ascii_lowercase());
                i = k + 1;
                continue;
            }
        }
        break;
    }
    let base = format!("{title}-{chapter}-{number}");
    Some((Section { base, sub }, i))
}

fn expect_dash(chars: &[char], i: usize) -> Option<usize> {
    // People type hyphens, en dashes and minus signs alike.
    matches!(chars.get(i), Some('-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2212}')).then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (String, Vec<String>) {
        let s = Section::parse(s).expect("parses");
        (s.base, s.sub)
    }

    #[test]
    fn plain_and_decorated_numbers_read_the_same() {
        for input in ["97-3-73", "§ 97-3-73", "§97-3-73", "Miss. Code Ann. § 97-3-73", "Section 97-3-73"] {
            assert_eq!(p(input), ("97-3-73".into(), vec![]), "{input}");
        }
    }

    #[test]
    fn subsections_are_kept_in_order_and_lower_cased() {
        assert_eq!(p("97-3-7(2)(A)"), ("97-3-7".into(), vec!["2".into(), "a".into()]));
        assert_eq!(p("41-29-139 (c)"), ("41-29-139".into(), vec!["c".into()]));
    }

    #[test]
    fn decimal_sections_are_supported() {
        assert_eq!(p("97-3-54.1"), ("97-3-54.1".into(), vec![]));
    }

    #[test]
    fn text_without_a_number_is_not_a_section() {
        assert_eq!(Section::parse("armed robbery"), None);
        assert_eq!(Section::parse("97-3"), None);
    }

    #[test]
    fn within_compares_subsection_prefixes() {
        let outer = Section::parse("97-3-7(2)").unwrap();
        let inner = Section::parse("97-3-7(2)(a)").unwrap();
        assert!(inner.within(&outer));
        assert!(!outer.within(&inner));
        assert!(outer.within(&outer));
    }

    #[test]
    fn display_uses_a_no_break_space() {
        assert_eq!(Section::parse("97-3-7(2)(a)").unwrap().to_string(), "§\u{a0}97-3-7(2)(a)");
    }
}

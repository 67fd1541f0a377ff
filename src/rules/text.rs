//! `{name}` placeholders in rule texts: listing them (so the loader can check them
//! against what the engine fills) and filling them.

/// The placeholder names in `text`, in order, e.g. ["date", "years"].
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// Replaces each `{name}` with its value. A name without a value is left as it is;
/// the loader has already checked that none is missing.
pub fn fill(text: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text with its first letter in upper case, to start a sentence.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("From {date}, {years} years"), vec!["date", "years"]);
        assert!(placeholders("no braces").is_empty());
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_the_rest() {
        let out = fill("{a} and {b}", &[("a", "one".into())]);
        assert_eq!(out, "one and {b}");
    }
}

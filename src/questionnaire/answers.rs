//! Where the answers live between one step and the next. The questionnaire reads
//! them from, and hands them back to, one [`AnswerStore`]: the public site keeps them
//! in the page itself ([`InPage`]); another home for them (a database for a clinic)
//! is another implementation of the same two functions.

use super::state::State;

/// The answers could not be read: they are damaged, or not this site's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// A home for the answers. Each form carries what `keep` gave back, in its `state`
/// field, and the next step reads the answers with it. What is read is checked by
/// the questionnaire before use, whatever the store.
pub trait AnswerStore: Send + Sync {
    /// The answers for what a form carried.
    fn read(&self, carried: &str) -> Result<State, Unreadable>;
    /// Keeps the answers; gives back what the form is to carry to the next step.
    fn keep(&self, state: &State) -> String;
}

/// The public site's home for the answers: the page. The form carries them whole, as
/// JSON, and the server keeps nothing between requests.
#[derive(Debug, Clone, Copy, Default)]
pub struct InPage;

impl AnswerStore for InPage {
    fn read(&self, carried: &str) -> Result<State, Unreadable> {
        serde_json::from_str(carried).map_err(|_| Unreadable)
    }

    fn keep(&self, state: &State) -> String {
        // The state is plain data, which always turns into JSON.
        serde_json::to_string(state).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Mutex;

    use chrono::NaiveDate;

    use super::*;
    use crate::questionnaire::Questionnaire;
    use crate::questionnaire::words::Words;
    use crate::rules::RuleBook;

    /// Answers kept on the server, keyed by a token the form carries instead.
    #[derive(Default)]
    struct InMemory {
        kept: Mutex<HashMap<String, State>>,
    }

    impl AnswerStore for InMemory {
        fn read(&self, carried: &str) -> Result<State, Unreadable> {
            self.kept.lock().map_err(|_| Unreadable)?.get(carried).cloned().ok_or(Unreadable)
        }

        fn keep(&self, state: &State) -> String {
            let Ok(mut kept) = self.kept.lock() else { return String::new() };
            let token = format!("matter-{}", kept.len() + 1);
            kept.insert(token.clone(), state.clone());
            token
        }
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_second_home_for_the_answers_walks_the_same_steps() {
        let (Ok(rules), Ok(words)) = (crate::rules::embedded(), Words::embedded(crate::rules::Lang::En)) else {
            panic!("the built-in data loads")
        };
        let rules: RuleBook = rules;
        let store = InMemory::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let q = Questionnaire { rules: &rules, papers: &rules, words: &words, today, answers: &store, withheld: &[] };

        let start = q.advance(&form(&[]));
        assert_eq!(start.kind, "start");
        assert_eq!(start.state, "matter-1", "the form carries a token, not the answers");

        let court = q.advance(&form(&[("state", &start.state), ("go", "next")]));
        assert_eq!(court.kind, "court");
        let place = q.advance(&form(&[("state", &court.state), ("go", "next"), ("court_kind", "justice")]));
        assert_eq!(place.kind, "details", "{:?}", place.errors);
        assert!(!place.state.contains('{'), "still a token: {}", place.state);

        let kept = store.read(&place.state).unwrap_or_default();
        assert_eq!(kept.case.charges.len(), 1);
        assert_eq!(kept.trail.len(), 2, "start and court, for Back");

        let back = q.advance(&form(&[("state", &place.state), ("go", "back")]));
        assert_eq!(back.kind, "court", "Back works from the store too");
        let unknown = q.advance(&form(&[("state", "matter-99"), ("go", "next")]));
        assert_eq!(unknown.kind, "start");
        assert_eq!(unknown.errors.len(), 1, "an unknown token is answers we cannot read");
    }
}

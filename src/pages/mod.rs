//! One module per page. Pages are drawn only on the server (the questionnaire is the
//! site's one interactive part): each reads the rule book it is given and draws it.

mod help;
mod home;
mod how_it_works;
mod learn;
mod not_found;
mod privacy;

pub use help::GetHelp;
pub use home::HomePage;
pub use how_it_works::HowItWorks;
pub use learn::{LearnArticle, LearnIndex};
pub use not_found::NotFound;
pub use privacy::Privacy;

use std::sync::Arc;

use leptos::prelude::*;

use crate::questionnaire::words::Words;
use crate::rules::{Lang, RuleBook};

/// The rule book the server runs on, in the page's language, given to every page it draws.
fn rule_book() -> Option<Arc<RuleBook>> {
    use_context::<Arc<RuleBook>>()
}

/// The words of the site, in the page's language.
fn words() -> Option<Arc<Words>> {
    use_context::<Arc<Words>>()
}

/// The page's language.
fn lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}

/// The address of the English page `path` in the page's language.
fn to(path: &str) -> String {
    lang().path(path)
}

/// What a page says if it was drawn without the rules or words (a fault of ours, not
/// the reader's).
fn rules_missing() -> impl IntoView {
    let text = words().map(|w| w.site.rules_missing.to_string()).unwrap_or_else(|| "The rules could not be loaded.".into());
    view! { <p>{text}</p> }
}

/// A date in words, in the page's language.
fn long_date(date: chrono::NaiveDate) -> String {
    rule_book().map(|r| r.meta.long_date(date)).unwrap_or_else(|| date.to_string())
}

/// A page's title in the browser.
fn title(w: &Words, page: &impl std::fmt::Display) -> String {
    w.site.title.fill(&[("title", page.to_string())])
}

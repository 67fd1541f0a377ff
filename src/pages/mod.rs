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

use crate::rules::RuleBook;

/// The rule book the server runs on, given to every page it draws.
fn rule_book() -> Option<Arc<RuleBook>> {
    use_context::<Arc<RuleBook>>()
}

/// What a page says if it was drawn without the rules (a fault of ours, not the reader's).
fn rules_missing() -> impl IntoView {
    view! { <p>"The rules could not be loaded. Please reload the page."</p> }
}

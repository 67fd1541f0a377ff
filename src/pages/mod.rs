//! One module per page.

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

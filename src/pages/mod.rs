//! One module per page.

mod home;
mod how_it_works;
mod not_found;
mod privacy;

pub use home::HomePage;
pub use how_it_works::HowItWorks;
pub use not_found::NotFound;
pub use privacy::Privacy;

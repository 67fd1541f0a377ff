//! The petition packet: for each court, a Petition for Expungement and the matching
//! proposed Order, built from the case and its assessment (`build`), checked before it
//! is drawn (`check`), laid out on letter pages (`layout`) and drawn as a PDF (`pdf`).

//! The "Review your papers" step shows the same model as HTML (`html`).

pub mod build;
pub mod check;
pub mod html;
pub mod layout;
pub mod model;
pub mod pdf;

pub use build::build;
pub use check::Mismatch;
pub use model::Packet;

//! The petition packet: for each court, a Petition for Expungement and the matching
//! proposed Order. `prepare` is the one way from a case to papers: it assesses the case,
//! builds the papers (`build`, with `words` for the petition and order, `charge` for
//! each charge and `sheets` for the identification sheet, the pauper's affidavit and
//! the instructions), each sentence drawn only when the answers it rests on hold
//! (`claims`), and verifies them (`verify`); the result is laid out on
//! letter pages (`layout`) and drawn as a PDF (`pdf`), or drawn as HTML for the
//! questionnaire's "Review your papers" step (`html`). Nothing here reads the clock or
//! the network.

pub mod build;
mod charge;
pub mod claims;
pub mod html;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod pipeline;
mod sheets;
pub mod verify;
mod words;

pub use build::build;
pub use model::Packet;
pub use pipeline::{Refused, VerifiedPacket, prepare, prepare_in};
pub use verify::{Mismatch, verify};

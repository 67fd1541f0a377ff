//! Clinic mode: a legal-aid clinic's accounts, events, stored matters, audit log and
//! retention, served by the same binary when started with `serve --clinic`. The public
//! site never reaches this module: it opens no database and sets no cookie.
//!
//! `store` owns the database and the encryption of personal fields.

pub mod store;

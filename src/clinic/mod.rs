//! Clinic mode: a legal-aid clinic's accounts, events, stored matters, audit log and
//! retention, served by the same binary when started with `serve --clinic`. The public
//! site never reaches this module: it opens no database and sets no cookie.
//!
//! `store` owns the database and the encryption of personal fields; `accounts` the
//! passwords, sign-in limits and second factor; `retention` the purge; `setup` the
//! data directory and the first admin; `import` the reading of lists of people and
//! charges; `tls` the certificate for HTTPS on a local network; `mail` the e-mail
//! reminders; `web` the pages under `/clinic`.

pub mod accounts;
pub mod command;
pub mod import;
pub mod mail;
pub mod retention;
pub mod setup;
pub mod store;
pub mod tls;
pub mod web;

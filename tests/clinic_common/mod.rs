//! What the clinic tests share: a fresh clinic on SQLite (in a temporary directory) or
//! on PostgreSQL (a database of the throwaway cluster), and `on_both!`, which runs one
//! test on each.

#![allow(dead_code)]

pub mod postgres;

use expunge_ms::clinic::store::{DataKey, Store, sqlite_address};

/// A fresh clinic and where it lives.
pub struct Db {
    pub store: Store,
    pub address: String,
    pub key: DataKey,
    /// The SQLite file's directory (kept until the test ends).
    pub dir: Option<tempfile::TempDir>,
}

impl Db {
    pub async fn sqlite() -> Db {
        let dir = tempfile::tempdir().expect("temporary directory");
        let address = sqlite_address(dir.path());
        Db::init(address, Some(dir)).await
    }

    pub async fn postgres() -> Db {
        Db::init(postgres::database().await, None).await
    }

    async fn init(address: String, dir: Option<tempfile::TempDir>) -> Db {
        let key = DataKey::generate();
        let store = Store::init(&address, key.clone()).await.unwrap_or_else(|e| panic!("init: {e}"));
        store.close().await;
        let store = Store::open(&address, key.clone()).await.unwrap_or_else(|e| panic!("open: {e}"));
        Db { store, address, key, dir }
    }
}

/// Runs each named `async fn(Db)` twice: on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(super::clinic_common::Db::sqlite().await).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if super::clinic_common::postgres::skipped() {
                    eprintln!("PostgreSQL skipped: {}=1", super::clinic_common::postgres::SKIP_ENV);
                    return;
                }
                super::$name(super::clinic_common::Db::postgres().await).await;
            }
        }
    )*};
}

pub mod tracking;
pub mod web;

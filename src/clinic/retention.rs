//! Retention: a matter is kept for its event's retention days after the event, then
//! purged (deleted, its pages overwritten or vacuumed), unless an attorney placed a
//! hold with a reason. Each purged matter leaves one line in the audit log: its id and
//! its event's, nothing about the person.

use chrono::NaiveDate;

use super::store::audit::Action;
use super::store::{Result, Store};

/// How often the server purges, in seconds.
pub const PURGE_EVERY: u64 = 60 * 60;

/// Purges every matter past its event's retention on `today`; returns how many.
pub async fn purge(store: &Store, today: NaiveDate, now: i64) -> Result<usize> {
    let purged = store.purge_expired(today).await?;
    for (matter, event) in &purged {
        store.audit(None, Action::Purge, Some(*matter), Some(*event), now).await?;
    }
    // Batch papers' print jobs go after their day, and with their event's matters.
    let mut events: Vec<i64> = purged.iter().map(|(_, event)| *event).collect();
    events.dedup();
    let jobs = store.purge_batches(now, &events).await?;
    // Expired sessions and old sign-in failures go too: they have no use left.
    store.prune_sessions(now).await?;
    store.prune_failures(now - super::accounts::FAILURE_WINDOW).await?;
    if !purged.is_empty() || jobs > 0 {
        store.scrub().await?;
    }
    Ok(purged.len())
}

/// Purges now and then every `PURGE_EVERY` seconds, for as long as the server runs.
/// A failed purge is logged (without any detail of a matter) and tried again later.
pub fn purge_regularly(store: Store) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(PURGE_EVERY));
        loop {
            every.tick().await;
            match purge(&store, crate::clock::today_in_mississippi(), crate::clock::now_unix()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!("retention: {n} matter(s) purged"),
                Err(e) => tracing::error!("retention: the purge failed: {e}"),
            }
        }
    });
}

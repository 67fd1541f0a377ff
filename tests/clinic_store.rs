//! The clinic's store, on SQLite and on PostgreSQL alike: personal details never reach
//! the database unencrypted, a wrong key refuses to open, the audit log cannot be
//! changed, sessions expire, two editors cannot overwrite each other, and retention
//! purges what is not on hold.

mod clinic_common;

use chrono::NaiveDate;
use clinic_common::Db;
use expunge_ms::case::Case;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::review::{Choice, Decision, Review, SignOff};
use expunge_ms::clinic::store::users::{NewUser, Role};
use expunge_ms::clinic::store::{Backend, DataKey, KeyError, OpenError, Store, StoreError};
use sqlx::Row;

const NAME: &str = "Zebediah Quuxworth";
const BIRTH: &str = "1971-03-14";
const CHARGE: &str = "shoplifting";
const CASE_NUMBER: &str = "CO-2022-118";

fn case() -> Case {
    let json = format!(
        r#"{{ "petitioner": {{ "full_name": "{NAME}", "date_of_birth": "{BIRTH}", "phone": "601-555-0199" }},
        "charges": [ {{ "offence": "{CHARGE}", "level": "misdemeanor", "court": {{ "kind": "county", "county": "Forrest" }},
        "case_number": "{CASE_NUMBER}", "outcome": "dismissed", "disposition_date": "2022-09-14" }} ] }}"#
    );
    serde_json::from_str(&json).expect("case")
}

async fn staff(store: &Store, name: &str, role: Role) -> i64 {
    let new = NewUser { username: name, display_name: name, role, password_hash: "not a real hash", bar_number: None };
    store.create_user(&new, 1).await.expect("user").expect("a new name")
}

async fn event(store: &Store, by: i64, held_on: NaiveDate, retention_days: i64) -> i64 {
    let new = NewEvent { name: "Restoration day", held_on, county: "Forrest", retention_days };
    store.create_event(&new, by, 1).await.expect("event")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Every text the database holds, whatever table or column: for SQLite the file's
/// own bytes (and its write-ahead log), for PostgreSQL every column of every table.
async fn everything_stored(db: &Db) -> Vec<u8> {
    match db.store.backend() {
        Backend::Sqlite => {
            db.store.close().await;
            let dir = db.dir.as_ref().expect("SQLite directory");
            let mut bytes = Vec::new();
            for file in ["clinic.sqlite3", "clinic.sqlite3-wal", "clinic.sqlite3-shm"] {
                bytes.extend(std::fs::read(dir.path().join(file)).unwrap_or_default());
            }
            assert!(bytes.len() > 10_000, "the database file was read");
            bytes
        }
        Backend::Postgres => {
            let mut bytes = Vec::new();
            let tables: Vec<String> =
                sqlx::query_scalar("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'")
                    .fetch_all(db.store.pool())
                    .await
                    .expect("tables");
            assert!(tables.len() >= 8, "{tables:?}");
            for table in tables {
                let rows =
                    sqlx::query(&format!("SELECT CAST(t.* AS text) AS row FROM {table} t")).fetch_all(db.store.pool()).await.expect("rows");
                for row in rows {
                    bytes.extend(row.try_get::<String, _>("row").expect("row text").into_bytes());
                }
            }
            bytes
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

async fn no_personal_detail_is_stored_unencrypted(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    let event = event(&db.store, admin, day(2026, 5, 2), 90).await;
    let id = db.store.create_matter(event, &case(), admin, 2).await.expect("matter");
    let notes = format!("{NAME} brought the order from {CASE_NUMBER}");
    db.store.save_matter(id, 1, &case(), &notes, Status::NeedsReview, 3).await.expect("save");
    db.store.set_hold(id, Some(&format!("{NAME} has an appeal")), admin).await.expect("hold");
    db.store.set_totp_secret(admin, Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).await.expect("totp");
    // The questionnaire's answers, the assessment, a request for review and a decision.
    let rules = expunge_ms::rules::embedded().expect("rules");
    let answers = expunge_ms::questionnaire::state::State { case: case(), ..Default::default() };
    let assessment = expunge_ms::engine::assess(&rules, &case(), day(2026, 11, 30));
    let review = Review {
        needed: false,
        flag: Some(format!("{NAME} may have a charge open elsewhere")),
        sign_off: Some(SignOff { by: admin, at: 4, name: "A. Lawyer".into(), bar_number: "MSB 1".into() }),
        decisions: vec![Decision { charge: 0, choice: Choice::Hold, reason: format!("{NAME} will bring the order") }],
    };
    let v = db.store.save_answers(id, 2, &answers, &assessment, &review, Status::Ready, 4).await.expect("answers");
    assert_eq!(v, 3);
    let back = db.store.matter(id).await.expect("read").expect("matter");
    assert_eq!((back.answers.as_ref(), &back.review), (Some(&answers), &review));
    assert_eq!(back.case, case());
    assert_eq!(back.notes, notes);
    let stored = everything_stored(&db).await;
    assert!(contains(&stored, "Restoration day"), "the check can see plain text");
    for secret in [
        NAME,
        "Quuxworth",
        BIRTH,
        "1971",
        CHARGE,
        CASE_NUMBER,
        "601-555-0199",
        "JBSWY3DPEHPK3PXP",
        "appeal",
        "open elsewhere",
        "bring the order",
    ] {
        assert!(!contains(&stored, secret), "{secret:?} is in the database unencrypted");
    }
}

async fn a_wrong_key_refuses_to_open_and_a_clinic_is_set_up_once(db: Db) {
    db.store.close().await;
    let wrong = Store::open(&db.address, DataKey::generate()).await;
    assert!(matches!(wrong, Err(OpenError::Key(KeyError::Wrong))), "{wrong:?}");
    let again = Store::init(&db.address, DataKey::generate()).await;
    assert!(matches!(again, Err(OpenError::AlreadyInitialised)), "{again:?}");
    let right = Store::open(&db.address, db.key.clone()).await;
    assert!(right.is_ok(), "{right:?}");
    assert!(!OpenError::Key(KeyError::Wrong).to_string().contains("panick"));
}

async fn the_audit_log_is_append_only(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    for (i, action) in [Action::SignIn, Action::ViewMatter, Action::Print].into_iter().enumerate() {
        db.store.audit(Some(admin), action, Some(7), None, 100 + i as i64).await.expect("audit");
    }
    let entries = db.store.audit_entries(10, None).await.expect("entries");
    let actions: Vec<Action> = entries.iter().map(|e| e.action).collect();
    assert_eq!(actions, [Action::Print, Action::ViewMatter, Action::SignIn], "newest first");
    assert_eq!(entries.iter().map(|e| e.seq).collect::<Vec<_>>(), [3, 2, 1]);
    let update = sqlx::query("UPDATE audit_log SET action = 'sign_out'").execute(db.store.pool()).await;
    assert!(update.is_err(), "an audit line was changed");
    let delete = sqlx::query("DELETE FROM audit_log").execute(db.store.pool()).await;
    assert!(delete.is_err(), "audit lines were deleted");
    assert_eq!(db.store.audit_entries(10, None).await.expect("entries").len(), 3);
}

async fn sessions_end_when_they_expire_or_the_account_is_turned_off(db: Db) {
    let user = staff(&db.store, "vol", Role::Volunteer).await;
    let token = db.store.create_session(user, false, 1_000, 100).await.expect("session");
    let live = db.store.session(&token, 1_099).await.expect("read").expect("live at 1099");
    assert!(!live.verified);
    assert_eq!(live.expires_at, 1_100);
    assert_eq!(db.store.session(&token, 1_100).await.expect("read"), None, "expired at 1100");
    assert_eq!(db.store.session("a guessed token", 1_000).await.expect("read"), None);
    db.store.verify_session(&token).await.expect("verify");
    assert!(db.store.session(&token, 1_050).await.expect("read").is_some_and(|s| s.verified));
    db.store.set_active(user, false).await.expect("off");
    assert_eq!(db.store.session(&token, 1_050).await.expect("read"), None, "a turned-off account's session ends");
    let other = db.store.create_session(user, true, 1_000, 100).await.expect("session");
    assert_eq!(db.store.session(&other, 1_050).await.expect("read"), None, "a turned-off account cannot have a session");
    assert_eq!(db.store.prune_sessions(2_000).await.expect("prune"), 1);
}

async fn two_editors_never_silently_overwrite_each_other(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    let event = event(&db.store, admin, day(2026, 5, 2), 90).await;
    let id = db.store.create_matter(event, &Case::default(), admin, 2).await.expect("matter");
    let first = db.store.save_matter(id, 1, &case(), "first", Status::Intake, 3).await;
    assert_eq!(first.ok(), Some(2));
    let second = db.store.save_matter(id, 1, &Case::default(), "second", Status::Intake, 4).await;
    assert!(matches!(second, Err(StoreError::Stale)), "{second:?}");
    let kept = db.store.matter(id).await.expect("read").expect("matter");
    assert_eq!((kept.notes.as_str(), kept.version), ("first", 2));
    assert!(matches!(db.store.save_matter(12345, 1, &case(), "", Status::Intake, 5).await, Err(StoreError::NotFound)));
}

async fn retention_purges_matters_past_their_event_unless_on_hold(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    let old = event(&db.store, admin, day(2026, 1, 1), 30).await;
    let recent = event(&db.store, admin, day(2026, 1, 20), 30).await;
    let purged = db.store.create_matter(old, &case(), admin, 2).await.expect("matter");
    let held = db.store.create_matter(old, &case(), admin, 2).await.expect("matter");
    let kept = db.store.create_matter(recent, &case(), admin, 2).await.expect("matter");
    db.store.set_hold(held, Some("appeal pending"), admin).await.expect("hold");
    assert_eq!(db.store.purge_expired(day(2026, 1, 31)).await.expect("purge"), [], "kept through the 30th day after the event");
    assert_eq!(db.store.purge_expired(day(2026, 2, 1)).await.expect("purge"), [(purged, old)]);
    assert_eq!(db.store.matter(purged).await.expect("read"), None);
    assert!(db.store.matter(held).await.expect("read").is_some_and(|m| m.hold.as_deref() == Some("appeal pending")));
    assert!(db.store.matter(kept).await.expect("read").is_some());
    db.store.set_hold(held, None, admin).await.expect("release");
    let later = db.store.purge_expired(day(2026, 2, 20)).await.expect("purge");
    assert_eq!(later.len(), 2, "{later:?}");
    db.store.scrub().await.expect("scrub");
    assert_eq!(db.store.matter_count(old).await.expect("count") + db.store.matter_count(recent).await.expect("count"), 0);
}

async fn sign_in_failures_are_counted_by_subject_and_time(db: Db) {
    for at in [100, 200, 300] {
        db.store.record_failure("user:vol", at).await.expect("failure");
    }
    db.store.record_failure("addr:10.0.0.9", 300).await.expect("failure");
    assert_eq!(db.store.failures_since("user:vol", 150).await.expect("count"), 2);
    assert_eq!(db.store.failures_since("addr:10.0.0.9", 0).await.expect("count"), 1);
    db.store.clear_failures("user:vol").await.expect("clear");
    assert_eq!(db.store.failures_since("user:vol", 0).await.expect("count"), 0);
    db.store.prune_failures(400).await.expect("prune");
    assert_eq!(db.store.failures_since("addr:10.0.0.9", 0).await.expect("count"), 0);
}

async fn events_know_their_staff_and_matters_list_with_names(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    let vol = staff(&db.store, "vol", Role::Volunteer).await;
    assert_eq!(
        db.store
            .create_user(&NewUser { username: "vol", display_name: "x", role: Role::Admin, password_hash: "h", bar_number: None }, 1)
            .await
            .expect("insert"),
        None,
        "a taken name"
    );
    let a = event(&db.store, admin, day(2026, 5, 2), 90).await;
    let b = event(&db.store, admin, day(2026, 6, 2), 90).await;
    db.store.assign_staff(a, vol).await.expect("assign");
    db.store.assign_staff(a, vol).await.expect("assign twice");
    assert!(db.store.is_staff(a, vol).await.expect("staff"));
    assert!(!db.store.is_staff(b, vol).await.expect("staff"));
    assert_eq!(db.store.events_of(vol).await.expect("events").iter().map(|e| e.id).collect::<Vec<_>>(), [a]);
    assert_eq!(db.store.events().await.expect("events").iter().map(|e| e.id).collect::<Vec<_>>(), [b, a], "newest first");
    db.store.create_matter(a, &case(), vol, 5).await.expect("matter");
    db.store.create_matter(a, &Case::default(), vol, 6).await.expect("matter");
    let list = db.store.matters_of(a, 50, 0).await.expect("list");
    assert_eq!(list.iter().map(|m| m.name.as_deref()).collect::<Vec<_>>(), [Some(NAME), None]);
    assert!(db.store.matters_of(b, 50, 0).await.expect("list").is_empty());
}

async fn the_review_queue_lists_waiting_matters_a_page_at_a_time_longest_waiting_first(db: Db) {
    let admin = staff(&db.store, "admin", Role::Admin).await;
    let event = event(&db.store, admin, day(2026, 5, 2), 90).await;
    let flagged = Review { flag: Some("please look".into()), ..Review::default() };
    let mut waiting = Vec::new();
    for i in 0..55 {
        let id = db.store.create_matter(event, &case(), admin, 10).await.expect("matter");
        if i % 2 == 0 {
            db.store.save_review(id, 1, &flagged, Status::NeedsReview, 100 + i).await.expect("flag");
            waiting.push(id);
        }
    }
    assert_eq!(db.store.queue_count().await.expect("count"), 28);
    let first = db.store.queue(20, 0).await.expect("queue");
    let rest = db.store.queue(20, 20).await.expect("queue");
    let listed: Vec<i64> = first.iter().chain(&rest).map(|w| w.id).collect();
    assert_eq!(listed, waiting, "the longest waiting first, each once");
    assert!(first.iter().all(|w| w.flagged && w.name.as_deref() == Some(NAME)));
    assert!(db.store.queue(20, 40).await.expect("queue").is_empty());
}

on_both!(
    the_review_queue_lists_waiting_matters_a_page_at_a_time_longest_waiting_first,
    no_personal_detail_is_stored_unencrypted,
    a_wrong_key_refuses_to_open_and_a_clinic_is_set_up_once,
    the_audit_log_is_append_only,
    sessions_end_when_they_expire_or_the_account_is_turned_off,
    two_editors_never_silently_overwrite_each_other,
    retention_purges_matters_past_their_event_unless_on_hold,
    sign_in_failures_are_counted_by_subject_and_time,
    events_know_their_staff_and_matters_list_with_names,
);

#[tokio::test]
async fn a_database_that_cannot_be_reached_is_a_plain_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("port");
    let gone = Store::open(&format!("postgres://nobody@127.0.0.1:{port}/clinic"), DataKey::generate()).await;
    assert!(matches!(gone, Err(OpenError::Unreachable(_))), "{gone:?}");
    let bad = Store::open("mysql://localhost/clinic", DataKey::generate()).await;
    assert!(matches!(bad, Err(OpenError::BadAddress(_))), "{bad:?}");
    let dir = tempfile::tempdir().expect("dir");
    let missing = Store::open(&expunge_ms::clinic::store::sqlite_address(dir.path()), DataKey::generate()).await;
    assert!(matches!(missing, Err(OpenError::Unreachable(_))), "{missing:?}");
}

/// A clinic network's database across a network is reached over TLS when its address
/// asks (`sslmode=require`): the throwaway cluster has no TLS, so the connection is
/// refused for that, and never sent in the clear.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_address_that_asks_for_tls_gets_it_or_no_connection() {
    if clinic_common::postgres::skipped() {
        return;
    }
    let address = clinic_common::postgres::database().await;
    let refused = Store::open(&format!("{address}?sslmode=require"), DataKey::generate()).await;
    let Err(OpenError::Unreachable(why)) = refused else { panic!("no TLS, no connection: {refused:?}") };
    assert!(!why.contains("without TLS support"), "TLS is built in: {why}");
}

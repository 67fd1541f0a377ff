//! Setting up and looking after a clinic from the command line: `clinic init`,
//! `clinic purge` and `serve --clinic`, with their plain errors and exit codes.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;
use expunge_ms::case::Case;
use expunge_ms::clinic::setup::Place;
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;

fn run(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_expunge-ms"));
    c.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).env_remove("EXPUNGE_MS_DATA_KEY");
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().expect("run");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("output")
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0)
}

#[test]
fn init_makes_a_private_data_directory_with_a_key_and_an_admin_once() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("clinic");
    let data_arg = data.to_str().expect("path");
    let out = run(&["clinic", "init", "--data", data_arg, "--password-stdin", "--admin", "pat"], Some("correct horse battery\n"), &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Keep a copy"), "{}", text(&out));
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("data.key")), 0o600);
    assert!(data.join("clinic.sqlite3").exists());
    let again = run(&["clinic", "init", "--data", data_arg, "--password-stdin"], Some("correct horse battery\n"), &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again).contains("already has a clinic"), "{}", text(&again));
    let short = run(&["clinic", "init", "--data", dir.path().join("other").to_str().expect("p"), "--password-stdin"], Some("short\n"), &[]);
    assert_eq!(short.status.code(), Some(1));
    assert!(text(&short).contains("too short"), "{}", text(&short));
    assert!(!text(&short).contains("panicked"));
}

#[test]
fn a_wrong_key_or_a_missing_database_stops_serving_with_a_plain_message() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    let missing = run(&["serve", "--clinic", "--data", data, "--addr", "127.0.0.1:0"], None, &[]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing).contains("run `expunge-ms clinic init` first"), "{}", text(&missing));
    assert!(run(&["clinic", "init", "--data", data, "--password-stdin"], Some("correct horse battery\n"), &[]).status.success());
    let wrong_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    let wrong = run(&["serve", "--clinic", "--data", data, "--addr", "127.0.0.1:0"], None, &[("EXPUNGE_MS_DATA_KEY", wrong_key)]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong).contains("does not match this database"), "{}", text(&wrong));
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("port");
    let db = format!("postgres://nobody@127.0.0.1:{port}/clinic");
    let unreachable = run(&["serve", "--clinic", "--data", data, "--database", &db, "--addr", "127.0.0.1:0"], None, &[]);
    assert_eq!(unreachable.status.code(), Some(1));
    assert!(text(&unreachable).contains("cannot reach the database"), "{}", text(&unreachable));
    for out in [&missing, &wrong, &unreachable] {
        assert!(!text(out).contains("panicked"), "{}", text(out));
    }
}

#[test]
fn purge_deletes_matters_past_retention_except_those_on_hold() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    assert!(run(&["clinic", "init", "--data", data, "--password-stdin"], Some("correct horse battery\n"), &[]).status.success());
    let place = Place { data: dir.path().to_path_buf(), database: None };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let (purged, held) = runtime.block_on(async {
        let store = place.open().await.expect("open");
        let admin = store.user_by_name("admin").await.expect("read").expect("admin").id;
        let held_on = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
        let event = store
            .create_event(&NewEvent { name: "Old clinic", held_on, county: "Hinds", retention_days: 30 }, admin, 1)
            .await
            .expect("event");
        let purged = store.create_matter(event, &Case::default(), admin, 1).await.expect("matter");
        let held = store.create_matter(event, &Case::default(), admin, 1).await.expect("matter");
        store.set_hold(held, Some("appeal"), admin).await.expect("hold");
        store.close().await;
        (purged, held)
    });
    let out = run(&["clinic", "purge", "--data", data], None, &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 matter(s)"), "{}", text(&out));
    runtime.block_on(async {
        let store = place.open().await.expect("open");
        assert_eq!(store.matter(purged).await.expect("read"), None);
        assert!(store.matter(held).await.expect("read").is_some());
        let log = store.audit_entries(10, None).await.expect("log");
        assert!(log.iter().any(|e| e.action == Action::Purge && e.matter_id == Some(purged)), "{log:?}");
        store.close().await;
    });
}

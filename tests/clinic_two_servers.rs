//! Two server processes on one PostgreSQL database serve one clinic, as a clinic
//! network runs several behind a load balancer: the real program started twice at
//! once (the second with the data key from the environment), each purging at start-up.
//! A person signs in on one and, with the same cookies, works on the other; each
//! server sees the other's saves; a stale step is refused wherever it is posted; a
//! code from the authenticator app, failed sign-ins and signing out count on both.
//! Skipped with the rest of PostgreSQL (`EXPUNGE_MS_SKIP_POSTGRES=1`).

mod clinic_common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use chrono::NaiveDate;
use clinic_common::web::{PASSWORD, account};
use expunge_ms::case::{Case, Petitioner};
use expunge_ms::clinic::accounts::{current_code, new_totp_secret};
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;
use expunge_ms::clinic::store::{DataKey, Store};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const ADMIN_PASSWORD: &str = "correct horse battery";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_expunge-ms"));
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
    for var in ["EXPUNGE_MS_DATA_KEY", "EXPUNGE_MS_TLS_CERT", "EXPUNGE_MS_TLS_KEY", "EXPUNGE_MS_DATA", "EXPUNGE_MS_DATABASE"] {
        c.env_remove(var);
    }
    c
}

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    lines: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `serve --clinic --no-tls` on a free port with `args` and `env`, without
/// waiting for it.
fn start(args: &[&str], env: &[(&str, &str)]) -> Server {
    let mut child = bin()
        .args(["serve", "--clinic", "--no-tls", "--addr", "127.0.0.1:0"])
        .args(args)
        .envs(env.iter().copied())
        .env("RUST_LOG", "info")
        .spawn()
        .expect("serve");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Read on after the test stops listening, so the server never blocks on a full pipe.
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    Server { child, lines }
}

/// Waits for the server's "listening on" line; its address.
fn listening(server: &Server) -> SocketAddr {
    let mut log = String::new();
    loop {
        let line = server.lines.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| panic!("the server did not start:\n{log}"));
        log.push_str(&line);
        log.push('\n');
        if let Some(at) = line.find("listening on http://") {
            return line[at + "listening on http://".len()..].trim().parse().expect("a socket address");
        }
    }
}

/// An answer.
struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    fn location(&self) -> &str {
        self.head.lines().find_map(|l| l.strip_prefix("location: ").or_else(|| l.strip_prefix("Location: "))).unwrap_or_default()
    }

    fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").map(|i| i + 19).unwrap_or_else(|| panic!("no form token in {}", self.body));
        self.body[at..].split('"').next().unwrap_or_default().to_string()
    }

    /// The questionnaire step's token (the matter's version) and kind.
    fn step(&self) -> (String, String) {
        let find = |name: &str| {
            let at = self.body.find(name).map(|i| i + name.len()).unwrap_or_else(|| panic!("no {name} in {}", self.body));
            self.body[at..].split('"').next().unwrap_or_default().to_string()
        };
        (find("name=\"state\" value=\""), find("data-step=\""))
    }
}

/// A browser's cookies, sent to whichever server it asks.
#[derive(Default)]
struct Browser {
    cookies: HashMap<String, String>,
}

impl Browser {
    async fn send(&mut self, to: SocketAddr, method: &str, path: &str, body: Option<(&str, &str)>) -> Reply {
        let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\n");
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            request.push_str(&format!("Cookie: {}\r\n", jar.join("; ")));
        }
        let (kind, content) = body.unwrap_or(("application/x-www-form-urlencoded", ""));
        if method == "POST" {
            request.push_str(&format!("Content-Type: {kind}\r\nContent-Length: {}\r\n", content.len()));
        }
        request.push_str("\r\n");
        request.push_str(content);
        let mut stream = tokio::net::TcpStream::connect(to).await.expect("connect");
        stream.write_all(request.as_bytes()).await.expect("send");
        let mut answer = Vec::new();
        tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut answer)).await.expect("in time").expect("read");
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
        let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
        let body = if chunked { dechunk(body) } else { body.to_string() };
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_default();
        for line in head.lines() {
            let Some(set) = line.get(..12).filter(|h| h.eq_ignore_ascii_case("set-cookie: ")).map(|_| &line[12..]) else { continue };
            let (name, rest) = set.split_once('=').expect("a cookie");
            let value = rest.split(';').next().unwrap_or_default();
            if set.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        Reply { status, head: head.to_string(), body }
    }

    async fn get(&mut self, to: SocketAddr, path: &str) -> Reply {
        self.send(to, "GET", path, None).await
    }

    async fn post(&mut self, to: SocketAddr, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        self.send(to, "POST", path, Some(("application/x-www-form-urlencoded", &body))).await
    }

    /// Signs in on `to` with the password, then the code if one is asked for.
    async fn sign_in(&mut self, to: SocketAddr, username: &str, password: &str, code: Option<&str>) -> Reply {
        let form = self.get(to, "/clinic/sign-in").await;
        let page = self.post(to, "/clinic/sign-in", &[("csrf", &form.csrf()), ("username", username), ("password", password)]).await;
        match (page.location(), code) {
            ("/clinic/code", Some(code)) => {
                let form = self.get(to, "/clinic/code").await;
                self.post(to, "/clinic/code", &[("csrf", &form.csrf()), ("code", code)]).await
            }
            _ => page,
        }
    }
}

/// A body sent in chunks, put together.
fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// A clinic made with `clinic init` on a database of the test cluster, with an
/// attorney (with a second step), an event, and an old event's matters past retention.
struct Clinic {
    dir: tempfile::TempDir,
    database: String,
    store: Store,
    secret: String,
    event: i64,
    expired: Vec<i64>,
}

async fn clinic() -> Clinic {
    let database = clinic_common::postgres::database().await;
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let mut command = bin();
    command.args(["clinic", "init", "--data", data.to_str().expect("path"), "--database", &database, "--password-stdin"]);
    let mut init = command.spawn().expect("init");
    init.stdin.take().expect("stdin").write_all(format!("{ADMIN_PASSWORD}\n").as_bytes()).expect("password");
    assert!(init.wait().expect("init").success());
    let store = Store::open(&database, DataKey::load(&data).expect("key")).await.expect("open");
    let secret = new_totp_secret();
    let attorney = account(&store, "attorney", Role::Attorney, Some(&secret)).await;
    let new_event = |name, held_on| NewEvent { name, held_on, county: "Hinds", retention_days: 30 };
    let held_on = expunge_ms::clock::today_in_mississippi();
    let event = store.create_event(&new_event("Two servers day", held_on), attorney, 1).await.expect("event");
    let old =
        store.create_event(&new_event("Old day", NaiveDate::from_ymd_opt(2020, 1, 1).expect("date")), attorney, 1).await.expect("event");
    let mut expired = Vec::new();
    for n in 0..40 {
        let case =
            Case { petitioner: Petitioner { full_name: Some(format!("Old Person {n}")), ..Petitioner::default() }, ..Case::default() };
        expired.push(store.create_matter(old, &case, attorney, 1).await.expect("matter"));
    }
    Clinic { dir, database, store, secret, event, expired }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_database_serve_one_clinic() {
    if clinic_common::postgres::skipped() {
        eprintln!("PostgreSQL skipped: {}=1", clinic_common::postgres::SKIP_ENV);
        return;
    }
    let Clinic { dir, database, store, secret, event, expired } = clinic().await;
    let data = dir.path().join("data");
    let key_text = std::fs::read_to_string(data.join("data.key")).expect("the data key");
    let data = data.to_str().expect("path");

    // Both at once: one with the key file, one with the key in its environment.
    let a = start(&["--data", data, "--database", &database], &[]);
    let elsewhere = dir.path().join("elsewhere");
    let b = start(&["--data", elsewhere.to_str().expect("path"), "--database", &database], &[("EXPUNGE_MS_DATA_KEY", key_text.trim())]);
    let (a, b, _servers) = (listening(&a), listening(&b), (a, b));

    // Each purged at start-up, at the same time: every matter once, one audit line each.
    for _ in 0..100 {
        if store.matter(expired[expired.len() - 1]).await.expect("read").is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let log = store.audit_entries(1000, None).await.expect("audit");
    for id in &expired {
        assert_eq!(log.iter().filter(|e| e.action == Action::Purge && e.matter_id == Some(*id)).count(), 1, "one line for {id}: {log:?}");
    }

    // Signed in on A, with a code from the app ...
    let now = expunge_ms::clock::now_unix();
    let code = current_code(&secret, now);
    let mut browser = Browser::default();
    let signed = browser.sign_in(a, "attorney", PASSWORD, Some(&code)).await;
    assert_eq!((signed.status, signed.location()), (303, "/clinic"), "{}", signed.body);
    // ... which B does not take a second time.
    let mut other = Browser::default();
    let again = other.sign_in(b, "attorney", PASSWORD, Some(&code)).await;
    assert_eq!(again.status, 401, "a code is good once, on any server: {}", again.body);

    // On B with A's cookies: the event, a new matter, a step saved.
    let home = browser.get(b, "/clinic").await;
    assert_eq!(home.status, 200, "B knows A's session: {}", home.body);
    assert!(home.body.contains("Two servers day"));
    let page = browser.get(b, &format!("/clinic/events/{event}")).await;
    assert_eq!(page.status, 200);
    let boundary = "two-servers-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"full_name\"\r\n\r\nRosa Twice\r\n--{boundary}--\r\n",
        page.csrf()
    );
    let made = browser
        .send(b, "POST", &format!("/clinic/events/{event}/matters"), Some((&format!("multipart/form-data; boundary={boundary}"), &body)))
        .await;
    assert_eq!(made.status, 303, "the form token of A's session works on B: {}", made.body);
    let matter = made.location().to_string();
    let start_step = browser.get(b, &format!("{matter}/check")).await;
    let (token, kind) = start_step.step();
    assert_eq!(kind, "start");
    let court = browser.post(b, &format!("{matter}/check"), &[("csrf", &start_step.csrf()), ("state", &token), ("go", "next")]).await;
    assert_eq!((court.status, court.step().1.as_str()), (200, "court"), "{}", court.body);

    // A sees B's save.
    let on_a = browser.get(a, &format!("{matter}/check")).await;
    assert_eq!(on_a.step(), court.step(), "A opens the step B saved");
    assert!(browser.get(a, &format!("/clinic/events/{event}")).await.body.contains("Rosa Twice"));

    // B saves the next step; the same step posted on A after that is stale.
    let next = browser
        .post(
            b,
            &format!("{matter}/check"),
            &[("csrf", &court.csrf()), ("state", &court.step().0), ("go", "next"), ("court_kind", "justice")],
        )
        .await;
    assert_eq!(next.status, 200, "{}", next.body);
    assert_ne!(next.step().1, "court");
    let (stale_token, _) = on_a.step();
    let stale = browser
        .post(
            a,
            &format!("{matter}/check"),
            &[("csrf", &on_a.csrf()), ("state", &stale_token), ("go", "next"), ("court_kind", "municipal")],
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(stale.body.contains("Someone else saved this matter"));

    // Failed sign-ins count on both servers together.
    let mut guesser = Browser::default();
    for (n, to) in [a, b, a, b, a].into_iter().enumerate() {
        assert_eq!(guesser.sign_in(to, "admin", "a wrong password guess", None).await.status, 401, "try {n}");
    }
    assert_eq!(guesser.sign_in(b, "admin", ADMIN_PASSWORD, None).await.status, 429, "locked on B by the tries on A and B");

    // Signing out on B ends the session on A too.
    let kept = browser.cookies.clone();
    let csrf = browser.get(b, "/clinic").await.csrf();
    assert_eq!(browser.post(b, "/clinic/sign-out", &[("csrf", &csrf)]).await.status, 303);
    assert!(!browser.cookies.contains_key("clinic_session"));
    let mut kept = Browser { cookies: kept };
    assert_eq!(kept.get(a, "/clinic").await.location(), "/clinic/sign-in", "the session is gone on A too");
    store.close().await;
}

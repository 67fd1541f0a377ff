//! HTTPS for a clinic at a pop-up event: `clinic init` makes a self-signed certificate
//! and prints its fingerprint, `serve --clinic` serves HTTPS with it (and with a
//! clinic's own), cookies are `Secure` over it, and a bad certificate or key stops
//! start-up with a plain sentence.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};

const PASSWORD: &str = "correct horse battery";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_expunge-ms"));
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for var in ["EXPUNGE_MS_DATA_KEY", "EXPUNGE_MS_TLS_CERT", "EXPUNGE_MS_TLS_KEY", "EXPUNGE_MS_DATA", "EXPUNGE_MS_DATABASE"] {
        c.env_remove(var);
    }
    c
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin().args(args).spawn().expect("run");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("output")
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A clinic set up in `dir` with `clinic init` (and these extra arguments).
fn init(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["clinic", "init", "--data", dir.to_str().expect("path"), "--password-stdin"];
    args.extend_from_slice(extra);
    let out = run(&args, Some(&format!("{PASSWORD}\n")));
    assert!(out.status.success(), "{}", text(&out));
    out
}

/// The SHA-256 fingerprint of the first certificate in a PEM file, as browsers show it.
fn fingerprint_of(file: &Path) -> String {
    let der = CertificateDer::from_pem_file(file).expect("a PEM certificate");
    Sha256::digest(der.as_ref()).iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(":")
}

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    /// Every line it logged before it started listening.
    log: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `serve --clinic` on a free port and waits for its "listening on" line.
fn serve(args: &[&str]) -> Server {
    let child = bin()
        .args(["serve", "--clinic", "--addr", "127.0.0.1:0"])
        .args(args)
        .env("RUST_LOG", "info")
        .stderr(Stdio::inherit())
        .spawn()
        .expect("serve");
    // Held from the start, so that a failing test stops the server too.
    let mut server = Server { child, addr: ([0, 0, 0, 0], 0).into(), log: String::new() };
    let stdout = server.child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            // Read on after the test stops listening, so the server never blocks on a full pipe.
            let _ = tx.send(line);
        }
    });
    loop {
        let line = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| panic!("the server did not start:\n{}", server.log));
        server.log.push_str(&line);
        server.log.push('\n');
        if let Some(at) = line.find("listening on ") {
            let url = &line[at + "listening on ".len()..];
            server.addr = url.split("://").nth(1).expect("an address").trim().parse().expect("a socket address");
            return server;
        }
    }
}

/// A TLS client that trusts only the certificate in `cert_file`.
fn client(cert_file: &Path) -> tokio_rustls::TlsConnector {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from_pem_file(cert_file).expect("certificate")).expect("a root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_rustls::TlsConnector::from(Arc::new(config))
}

/// An answer: its head (status line and headers) and its body.
struct Answer {
    head: String,
    body: String,
}

impl Answer {
    fn set_cookie(&self, name: &str) -> Option<&str> {
        self.head.lines().filter_map(set_cookie_line).find(|c| c.starts_with(&format!("{name}=")))
    }

    fn cookie_value(&self, name: &str) -> String {
        let set = self.set_cookie(name).unwrap_or_else(|| panic!("no {name} cookie in\n{}", self.head));
        set[name.len() + 1..].split(';').next().unwrap_or_default().to_string()
    }
}

/// The value of a `Set-Cookie` header line.
fn set_cookie_line(line: &str) -> Option<&str> {
    line.get(..12).filter(|h| h.eq_ignore_ascii_case("set-cookie: ")).map(|_| &line[12..])
}

/// Sends one HTTP/1.1 request over HTTPS to `name` (checked against the certificate).
async fn https(tls: &tokio_rustls::TlsConnector, addr: SocketAddr, name: &str, request: &str) -> Answer {
    let tcp = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let name = ServerName::try_from(name.to_string()).expect("a server name");
    let mut stream = tls.connect(name, tcp).await.expect("a TLS handshake with a certificate the client trusts");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut answer = Vec::new();
    // The server closes the connection (Connection: close); a TLS close without
    // close_notify is not an error for a complete answer.
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut answer)).await.expect("an answer in time");
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    Answer { head: head.to_string(), body: body.to_string() }
}

#[test]
fn init_makes_a_certificate_and_key_and_prints_the_certificates_fingerprint() {
    let dir = tempfile::tempdir().expect("dir");
    let out = init(dir.path(), &["--tls-name", "clinic.example"]);
    let (cert, key) = (dir.path().join("tls-cert.pem"), dir.path().join("tls-key.pem"));
    assert_eq!(std::fs::metadata(&key).expect("key").permissions().mode() & 0o777, 0o600);
    let fingerprint = fingerprint_of(&cert);
    assert_eq!(fingerprint.len(), 95, "{fingerprint}");
    assert!(text(&out).contains(&fingerprint), "the printed fingerprint is the file's:\n{}", text(&out));
    assert!(text(&out).contains("compare") || text(&out).contains("check that its SHA-256 fingerprint"), "{}", text(&out));
    // `clinic certificate` keeps the pair and prints the same fingerprint.
    let again = run(&["clinic", "certificate", "--data", dir.path().to_str().expect("path")], None);
    assert!(again.status.success(), "{}", text(&again));
    assert!(text(&again).contains(&fingerprint) && text(&again).contains("kept"), "{}", text(&again));
    assert_eq!(fingerprint_of(&cert), fingerprint);
    let odd = run(&["clinic", "certificate", "--data", dir.path().to_str().expect("path"), "--tls-name", "not a name"], None);
    assert_eq!(odd.status.code(), Some(1));
    assert!(text(&odd).contains("not a name"), "{}", text(&odd));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_answers_over_https_with_secure_cookies_and_sends_plain_http_to_https() {
    let dir = tempfile::tempdir().expect("dir");
    init(dir.path(), &["--tls-name", "clinic.example"]);
    let cert = dir.path().join("tls-cert.pem");
    let server = serve(&["--data", dir.path().to_str().expect("path")]);
    assert!(server.log.contains(&format!("listening on https://{}", server.addr)), "{}", server.log);
    assert!(server.log.contains(&fingerprint_of(&cert)), "the fingerprint is in the log:\n{}", server.log);
    let tls = client(&cert);

    let form =
        https(&tls, server.addr, "clinic.example", "GET /clinic/sign-in HTTP/1.1\r\nHost: clinic.example\r\nConnection: close\r\n\r\n")
            .await;
    assert!(form.head.starts_with("HTTP/1.1 200"), "{}", form.head);
    let sign_in_cookie = form.set_cookie("clinic_sign_in").expect("a sign-in cookie");
    assert!(sign_in_cookie.contains("; Secure"), "{sign_in_cookie}");
    let at = form.body.find("name=\"csrf\" value=\"").expect("a form token") + 19;
    let csrf = form.body[at..].split('"').next().expect("token");

    let body = format!("csrf={csrf}&username=admin&password={}", PASSWORD.replace(' ', "+"));
    let request = format!(
        "POST /clinic/sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: clinic_sign_in={}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        form.cookie_value("clinic_sign_in"),
        body.len()
    );
    let signed_in = https(&tls, server.addr, "localhost", &request).await;
    assert!(signed_in.head.starts_with("HTTP/1.1 303"), "{}\n{}", signed_in.head, signed_in.body);
    let session = signed_in.set_cookie("clinic_session").expect("a session cookie");
    assert!(session.contains("; Secure") && session.contains("; HttpOnly"), "{session}");

    // A browser that speaks plain HTTP to the port is sent to HTTPS.
    let mut plain = tokio::net::TcpStream::connect(server.addr).await.expect("connect");
    plain.write_all(b"GET /clinic/sign-in?next=1 HTTP/1.1\r\nHost: 192.0.2.7:3000\r\n\r\n").await.expect("send");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), plain.read_to_end(&mut answer)).await.expect("an answer in time");
    let answer = String::from_utf8_lossy(&answer).to_ascii_lowercase();
    assert!(answer.starts_with("http/1.1 307"), "{answer}");
    assert!(answer.contains("location: https://192.0.2.7:3000/clinic/sign-in?next=1"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_uses_a_clinics_own_certificate_or_plain_http_with_a_warning() {
    let dir = tempfile::tempdir().expect("dir");
    let own = tempfile::tempdir().expect("dir");
    init(dir.path(), &[]);
    init(own.path(), &["--tls-name", "own.example"]);
    let (cert, key) = (own.path().join("tls-cert.pem"), own.path().join("tls-key.pem"));
    let data = dir.path().to_str().expect("path");
    let server = serve(&["--data", data, "--tls-cert", cert.to_str().expect("p"), "--tls-key", key.to_str().expect("p")]);
    assert!(server.log.contains(&fingerprint_of(&cert)), "{}", server.log);
    let form =
        https(&client(&cert), server.addr, "own.example", "GET /clinic/sign-in HTTP/1.1\r\nHost: own.example\r\nConnection: close\r\n\r\n")
            .await;
    assert!(form.head.starts_with("HTTP/1.1 200"), "{}", form.head);
    drop(server);

    let plain = serve(&["--data", data, "--no-tls"]);
    assert!(plain.log.contains(&format!("listening on http://{}", plain.addr)), "{}", plain.log);
    assert!(plain.log.contains("in the clear"), "{}", plain.log);
}

#[test]
fn a_bad_certificate_or_key_stops_start_up_with_a_sentence_naming_the_file() {
    let dir = tempfile::tempdir().expect("dir");
    let other = tempfile::tempdir().expect("dir");
    init(dir.path(), &[]);
    init(other.path(), &[]);
    let data = dir.path().to_str().expect("path");
    let path = |d: &tempfile::TempDir, f: &str| d.path().join(f).to_str().expect("path").to_string();
    let not_pem = path(&dir, "not-pem.txt");
    std::fs::write(&not_pem, "this is not a certificate\n").expect("write");
    let (cert, key, other_key) = (path(&dir, "tls-cert.pem"), path(&dir, "tls-key.pem"), path(&other, "tls-key.pem"));
    let missing = path(&dir, "missing.pem");
    let cases: [(&[&str], &str, &str); 5] = [
        (&["--tls-cert", &missing, "--tls-key", &key], "cannot read the certificate file", &missing),
        (&["--tls-cert", &not_pem, "--tls-key", &key], "has no certificate in it", &not_pem),
        (&["--tls-cert", &cert, "--tls-key", &not_pem], "is not a PEM private key", &not_pem),
        (&["--tls-cert", &cert, "--tls-key", &other_key], "is not the key of the certificate", &other_key),
        (&["--tls-cert", &cert], "without --tls-key", "--tls-cert"),
    ];
    for (args, says, names) in cases {
        let out = run(&[&["serve", "--clinic", "--data", data, "--addr", "127.0.0.1:0"], args].concat(), None);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        assert!(text(&out).contains(says) && text(&out).contains(names), "{args:?}: {}", text(&out));
        assert!(!text(&out).contains("panicked"), "{}", text(&out));
    }
    // The data directory's own pair, broken, stops start-up too.
    std::fs::write(&cert, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").expect("write");
    let out = run(&["serve", "--clinic", "--data", data, "--addr", "127.0.0.1:0"], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains(&cert) && !text(&out).contains("panicked"), "{}", text(&out));
}

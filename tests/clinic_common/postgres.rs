//! A throwaway PostgreSQL cluster for the clinic tests: `initdb` and `pg_ctl` into a
//! temporary directory, listening on a free port of 127.0.0.1, one per test program.
//! Each test gets a database of its own. A watchdog process stops the cluster and
//! removes its directory when the test program ends.
//!
//! PostgreSQL's programs are found with `pg_config --bindir`, or in
//! /usr/lib/postgresql/*/bin. Without them the tests fail with a message saying how to
//! install them, unless `EXPUNGE_MS_SKIP_POSTGRES=1` says to skip PostgreSQL.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

pub const SKIP_ENV: &str = "EXPUNGE_MS_SKIP_POSTGRES";

pub struct Cluster {
    pub port: u16,
}

/// Whether PostgreSQL is to be skipped (only ever when asked for explicitly).
pub fn skipped() -> bool {
    std::env::var(SKIP_ENV).is_ok_and(|v| v == "1")
}

/// The test program's cluster, started on first use.
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
    match CLUSTER.get_or_init(start) {
        Ok(c) => c,
        Err(e) => panic!(
            "PostgreSQL is needed for the clinic tests and could not be started: {e}\n\
             Install it (`apt-get install -y postgresql`, as .ci/setup does), or set {SKIP_ENV}=1 to skip the PostgreSQL half."
        ),
    }
}

fn bindir() -> Result<PathBuf, String> {
    let from_config = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(dir) = from_config.filter(|d| d.join("initdb").exists()) {
        return Ok(dir);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "no pg_config and no /usr/lib/postgresql".to_string())?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|d| d.join("initdb").exists())
        .collect();
    found.sort();
    found.pop().ok_or_else(|| "no initdb in /usr/lib/postgresql/*/bin".to_string())
}

/// `program` in `bin`, run as the `postgres` user when the tests run as root (the
/// server refuses to run as root).
fn command(bin: &Path, program: &str, as_postgres: bool) -> Command {
    if as_postgres {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(program));
        c
    } else {
        Command::new(bin.join(program))
    }
}

fn run(mut c: Command, what: &str) -> Result<(), String> {
    let out = c.stdin(Stdio::null()).output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

fn start() -> Result<Cluster, String> {
    let bin = bindir()?;
    let root = tempfile::Builder::new().prefix("expunge-ms-pg-").tempdir().map_err(|e| e.to_string())?.keep();
    let as_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if as_root {
        let id = |flag: &str| -> Result<u32, String> {
            let out = Command::new("id").args([flag, "postgres"]).output().map_err(|e| e.to_string())?;
            String::from_utf8_lossy(&out.stdout).trim().parse().map_err(|_| "running as root and there is no postgres user".to_string())
        };
        std::os::unix::fs::chown(&root, Some(id("-u")?), Some(id("-g")?)).map_err(|e| e.to_string())?;
    }
    let data = root.join("data");
    let mut init = command(&bin, "initdb", as_root);
    init.arg("-D").arg(&data).args(["-U", "expunge", "-A", "trust", "-E", "UTF8", "--no-sync"]);
    run(init, "initdb")?;
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let options = format!("-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", root.display());
    let mut ctl = command(&bin, "pg_ctl", as_root);
    ctl.arg("-D").arg(&data).arg("-l").arg(root.join("log")).args(["-w", "-o", &options, "start"]);
    run(ctl, "pg_ctl start")?;
    // Stops the cluster once this test program has ended.
    let runner = if as_root { "runuser -u postgres -- " } else { "" };
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {runner}{ctl} -D '{data}' stop -m immediate >/dev/null 2>&1; rm -rf '{root}'",
        pid = std::process::id(),
        ctl = bin.join("pg_ctl").display(),
        data = data.display(),
        root = root.display(),
    );
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    Ok(Cluster { port })
}

/// A new, empty database in the cluster; its address.
pub async fn database() -> String {
    use sqlx::{Connection, Executor};
    let port = cluster().port;
    let name = format!("t{}", expunge_ms::clinic::store::crypto::random_token(9).to_lowercase().replace(['-', '_'], "x"));
    let mut admin = sqlx::PgConnection::connect(&format!("postgres://expunge@127.0.0.1:{port}/postgres"))
        .await
        .unwrap_or_else(|e| panic!("cannot reach the test cluster: {e}"));
    admin.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap_or_else(|e| panic!("CREATE DATABASE: {e}"));
    format!("postgres://expunge@127.0.0.1:{port}/{name}")
}

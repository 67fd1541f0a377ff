//! Start-up: read the command line and the environment, load and check the rules and
//! the questionnaire's words (stopping with the file and line if they are bad), then
//! serve or run a command.
//!
//! Environment (all optional):
//! - `EXPUNGE_MS_ADDR`: address to listen on (default `127.0.0.1:3000`).
//! - `EXPUNGE_MS_SITE_ROOT`: the built site, with `pkg/` (default `target/site`).
//! - `EXPUNGE_MS_RULES`: a rules directory replacing the embedded rules (as `--rules`).
//! - `EXPUNGE_MS_MAX_CONNECTIONS`, `EXPUNGE_MS_MAX_CONNECTIONS_PER_CLIENT`,
//!   `EXPUNGE_MS_HEADER_TIMEOUT`, `EXPUNGE_MS_CONNECTION_LIFETIME`, `EXPUNGE_MS_BODY_TIMEOUT`,
//!   `EXPUNGE_MS_REQUEST_TIMEOUT`,
//!   `EXPUNGE_MS_PDF_QUEUE`, `EXPUNGE_MS_PDF_PER_CLIENT`: the server's limits (see
//!   `server::Limits` and the README's "Limits").
//! - `EXPUNGE_MS_DATA`, `EXPUNGE_MS_DATABASE`, `EXPUNGE_MS_DATA_KEY`: clinic mode's data
//!   directory, PostgreSQL address and data key (see `clinic::setup`); read only by
//!   `serve --clinic` and the `clinic` commands.
//! - `EXPUNGE_MS_TLS_CERT`, `EXPUNGE_MS_TLS_KEY`: a clinic's own certificate and key for
//!   HTTPS (see `clinic::tls`); read only by `serve --clinic`.
//! - `EXPUNGE_MS_SMTP_HOST`, `_PORT`, `_TLS`, `_USER`, `_PASSWORD`, `_FROM` and
//!   `EXPUNGE_MS_CLINIC_CONTACT`: e-mail reminders and how people reach the clinic (see
//!   `clinic::mail`); read only by `serve --clinic`.
//! - `RUST_LOG`: log filter (default `info`).

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use expunge_ms::case::Case;
use expunge_ms::rules::{self, RuleBook};
use expunge_ms::site::Sites;
use expunge_ms::{cli, clock, engine, packet, server};

/// mimalloc returns memory to the system after a burst of requests; see Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "expunge-ms", version, about = "Mississippi expungement screening: web site, API and command line")]
struct Cli {
    /// Use the rule files in this directory instead of the built-in rules.
    #[arg(long, global = true, env = "EXPUNGE_MS_RULES")]
    rules: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web site and API (the default).
    Serve {
        #[arg(long, env = "EXPUNGE_MS_ADDR", default_value = "127.0.0.1:3000")]
        addr: std::net::SocketAddr,
        #[arg(long, env = "EXPUNGE_MS_SITE_ROOT", default_value = "target/site")]
        site_root: PathBuf,
        #[command(flatten)]
        limits: LimitArgs,
        /// Serve clinic mode too (accounts, stored matters) under /clinic. Off by
        /// default: the public site opens no database and sets no cookie.
        #[arg(long)]
        clinic: bool,
        #[command(flatten)]
        place: ClinicPlace,
        #[command(flatten)]
        tls: TlsArgs,
        #[command(flatten)]
        mail: Box<expunge_ms::clinic::mail::MailArgs>,
    },
    /// Assess a case file (JSON in the case format; `-` reads standard input).
    Assess {
        file: String,
        /// The filing date to assess for (default: today in Mississippi).
        #[arg(long)]
        as_of: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Draw the petition packet (PDF) for the charges of a case file that may be
    /// expunged now: a petition and a matching proposed order for each court.
    Packet {
        file: String,
        /// Where to write the PDF.
        #[arg(short, long, default_value = "packet.pdf")]
        output: PathBuf,
        /// The filing date (default: today in Mississippi).
        #[arg(long)]
        as_of: Option<NaiveDate>,
    },
    /// Print the JSON Schema of the case format.
    Schema,
    /// Set up or look after a clinic's stored matters.
    Clinic {
        #[command(subcommand)]
        command: ClinicCommand,
    },
    /// Check rule files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

/// The server's limits; the defaults are `server::Limits::default()`.
#[derive(clap::Args)]
struct LimitArgs {
    /// Connections open at once (default 768).
    #[arg(long, env = "EXPUNGE_MS_MAX_CONNECTIONS")]
    max_connections: Option<usize>,
    /// Connections open at once from one client (default 128).
    #[arg(long, env = "EXPUNGE_MS_MAX_CONNECTIONS_PER_CLIENT")]
    max_connections_per_client: Option<usize>,
    /// Seconds for a request's headers to arrive, and for an idle connection to stay open (default 10).
    #[arg(long, env = "EXPUNGE_MS_HEADER_TIMEOUT")]
    header_timeout: Option<u64>,
    /// Seconds a connection may stay open, however busy (default 120).
    #[arg(long, env = "EXPUNGE_MS_CONNECTION_LIFETIME")]
    connection_lifetime: Option<u64>,
    /// Seconds to wait for the next piece of a request's body (default 20).
    #[arg(long, env = "EXPUNGE_MS_BODY_TIMEOUT")]
    body_timeout: Option<u64>,
    /// Seconds for a request to be answered (default 30).
    #[arg(long, env = "EXPUNGE_MS_REQUEST_TIMEOUT")]
    request_timeout: Option<u64>,
    /// Packets waiting or being drawn at once (default 32).
    #[arg(long, env = "EXPUNGE_MS_PDF_QUEUE")]
    pdf_queue: Option<usize>,
    /// Packets one client may have waiting or being drawn (default 4).
    #[arg(long, env = "EXPUNGE_MS_PDF_PER_CLIENT")]
    pdf_per_client: Option<usize>,
}

impl LimitArgs {
    fn limits(&self) -> server::Limits {
        let d = server::Limits::default();
        // From a second to a day: a larger time would overflow the clock's arithmetic.
        let secs = |v: Option<u64>, d: std::time::Duration| v.map_or(d, |s| std::time::Duration::from_secs(s.clamp(1, 86_400)));
        server::Limits {
            max_connections: self.max_connections.unwrap_or(d.max_connections).max(1),
            max_connections_per_client: self.max_connections_per_client.unwrap_or(d.max_connections_per_client).max(1),
            header_timeout: secs(self.header_timeout, d.header_timeout),
            connection_lifetime: secs(self.connection_lifetime, d.connection_lifetime),
            body_timeout: secs(self.body_timeout, d.body_timeout),
            request_timeout: secs(self.request_timeout, d.request_timeout),
            pdf_queue: self.pdf_queue.unwrap_or(d.pdf_queue).max(1),
            pdf_per_client: self.pdf_per_client.unwrap_or(d.pdf_per_client).max(1),
        }
    }
}

/// Where a clinic's data lives (clinic mode only).
#[derive(clap::Args)]
struct ClinicPlace {
    /// The clinic's data directory: its SQLite database and its data key.
    #[arg(long, env = "EXPUNGE_MS_DATA", default_value = "clinic-data")]
    data: PathBuf,
    /// A PostgreSQL database (postgres://...) instead of SQLite in the data directory.
    #[arg(long, env = "EXPUNGE_MS_DATABASE")]
    database: Option<String>,
}

impl ClinicPlace {
    fn place(&self) -> expunge_ms::clinic::setup::Place {
        expunge_ms::clinic::setup::Place { data: self.data.clone(), database: self.database.clone() }
    }
}

/// HTTPS for clinic mode; the public site serves plain HTTP whatever these say.
#[derive(clap::Args)]
struct TlsArgs {
    /// The clinic's own certificate (PEM), instead of the self-signed one in the data
    /// directory. Only with --clinic.
    #[arg(long, env = "EXPUNGE_MS_TLS_CERT", value_name = "FILE")]
    tls_cert: Option<PathBuf>,
    /// The key of --tls-cert (PEM).
    #[arg(long, env = "EXPUNGE_MS_TLS_KEY", value_name = "FILE")]
    tls_key: Option<PathBuf>,
    /// Serve clinic mode over plain HTTP even with a certificate (behind a proxy that
    /// adds HTTPS).
    #[arg(long)]
    no_tls: bool,
}

impl TlsArgs {
    /// How clinic mode is to serve; one of the certificate and its key without the
    /// other is an error.
    fn choice(&self, place: &ClinicPlace) -> Result<expunge_ms::clinic::tls::Choice, String> {
        use expunge_ms::clinic::tls::Choice;
        match (&self.tls_cert, &self.tls_key) {
            _ if self.no_tls => Ok(Choice::Off),
            (Some(cert), Some(key)) => Ok(Choice::Own { cert: cert.clone(), key: key.clone() }),
            (None, None) => Ok(Choice::DataDirectory(place.data.clone())),
            (Some(_), None) => Err("--tls-cert was given without --tls-key (or EXPUNGE_MS_TLS_KEY): give both".into()),
            (None, Some(_)) => Err("--tls-key was given without --tls-cert (or EXPUNGE_MS_TLS_CERT): give both".into()),
        }
    }
}

#[derive(Subcommand)]
enum ClinicCommand {
    /// Make the data directory, the database, the data key and the first admin account.
    Init {
        #[command(flatten)]
        place: ClinicPlace,
        /// The first admin's user name.
        #[arg(long, default_value = "admin")]
        admin: String,
        /// Read the admin's password from the first line of standard input instead of
        /// asking for it twice.
        #[arg(long)]
        password_stdin: bool,
        /// Another host name or IP address the HTTPS certificate is for (may be given
        /// more than once); the machine's own names and addresses are always in it.
        #[arg(long = "tls-name", value_name = "NAME")]
        tls_names: Vec<String>,
    },
    /// Make the self-signed certificate for HTTPS in the data directory if it is not
    /// there, and print its fingerprint.
    Certificate {
        #[command(flatten)]
        place: ClinicPlace,
        /// Another host name or IP address the certificate is for (may be given more than once).
        #[arg(long = "tls-name", value_name = "NAME")]
        tls_names: Vec<String>,
    },
    /// Delete every matter past its event's retention period (unless on hold).
    Purge {
        #[command(flatten)]
        place: ClinicPlace,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Load and check the rules in DIR (default: the built-in rules), in every
    /// language, and print their version.
    Check { dir: Option<PathBuf> },
    /// Print every text of the rules a person reads, in English, as a Fluent file: the
    /// source a translator turns into rules/text/<language>/rules.ftl.
    Texts { dir: Option<PathBuf> },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Rules { command: RulesCommand::Check { dir } }) => {
            return match load_sites(dir.as_deref().or(cli.rules.as_deref())) {
                Ok(sites) => {
                    let book = &sites.english().rules;
                    println!(
                        "ok: {} ({} routes, {} reasons, {} offences; languages: {})",
                        book.version,
                        book.routes.len(),
                        book.reasons.len(),
                        book.offences.offence.len(),
                        rules::Lang::ALL.map(rules::Lang::code).join(", ")
                    );
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            };
        }
        Some(Command::Rules { command: RulesCommand::Texts { dir } }) => {
            let sources = match dir.as_deref().or(cli.rules.as_deref()) {
                Some(dir) => rules::dir_sources(dir),
                None => rules::embedded_sources(),
            };
            return match sources.and_then(|s| rules::translate::english_source(&s)) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(errors) => report(&errors),
            };
        }
        _ => {}
    }
    let sites = match load_sites(cli.rules.as_deref()) {
        Ok(sites) => sites,
        Err(code) => return code,
    };
    let rules = sites.english().rules.clone();
    // No command: serve, with every setting from the environment, as `serve` reads it.
    let command = match cli.command {
        Some(command) => command,
        None => match Cli::try_parse_from(["expunge-ms", "serve"]) {
            Ok(Cli { command: Some(command), .. }) => command,
            Ok(_) => unreachable!("serve was given"),
            Err(e) => e.exit(),
        },
    };
    match command {
        Command::Serve { addr, site_root, limits, clinic, place, tls, mail } => {
            if !clinic {
                if tls.tls_cert.is_some() || tls.tls_key.is_some() || tls.no_tls {
                    eprintln!("--tls-cert, --tls-key and --no-tls are for clinic mode only: the public site serves plain HTTP.");
                }
                return serve(sites, addr, site_root, limits.limits(), None);
            }
            match tls.choice(&place).and_then(|choice| Ok((choice, mail.settings()?))) {
                Ok((choice, reminders)) => serve(sites, addr, site_root, limits.limits(), Some((place.place(), choice, reminders))),
                Err(e) => {
                    eprintln!("Clinic mode cannot start: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Clinic { command: ClinicCommand::Init { place, admin, password_stdin, tls_names } } => {
            expunge_ms::clinic::command::run_init(&place.place(), &admin, password_stdin, &tls_names)
        }
        Command::Clinic { command: ClinicCommand::Certificate { place, tls_names } } => {
            expunge_ms::clinic::command::run_certificate(&place.place(), &tls_names)
        }
        Command::Clinic { command: ClinicCommand::Purge { place } } => expunge_ms::clinic::command::run_purge(&place.place()),
        Command::Assess { file, as_of, format } => assess(&rules, &file, as_of, format),
        Command::Packet { file, output, as_of } => packet(&rules, &file, &output, as_of),
        Command::Schema => {
            println!("{}", serde_json::to_string_pretty(&expunge_ms::case::json_schema()).expect("schema serialises"));
            ExitCode::SUCCESS
        }
        Command::Rules { .. } => unreachable!("handled above"),
    }
}

/// The rules (from `dir`, or the built-in ones) and the words, in every language.
fn load_sites(dir: Option<&std::path::Path>) -> Result<Sites, ExitCode> {
    let sources = match dir {
        Some(dir) => rules::dir_sources(dir),
        None => rules::embedded_sources(),
    };
    sources.and_then(|s| Sites::load(&s)).map_err(|errors| report(&errors))
}

fn report(errors: &[rules::RulesError]) -> ExitCode {
    eprintln!("The rules have {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  {e}");
    }
    ExitCode::FAILURE
}

/// The case in `file` (`-`: standard input), read and checked for a filing on `as_of`
/// (default: today in Mississippi), with that date.
fn read_case(rules: &RuleBook, file: &str, as_of: Option<NaiveDate>) -> Result<(Case, NaiveDate), ExitCode> {
    let mut text = String::new();
    let read =
        if file == "-" { std::io::stdin().read_to_string(&mut text).map(|_| ()) } else { std::fs::read_to_string(file).map(|t| text = t) };
    if let Err(e) = read {
        eprintln!("cannot read {file}: {e}");
        return Err(ExitCode::from(2));
    }
    let as_of = as_of.unwrap_or_else(clock::today_in_mississippi);
    engine::read_case(rules, &text, as_of).map(|case| (case, as_of)).map_err(print_case_errors)
}

fn print_case_errors(errors: Vec<expunge_ms::case::FieldError>) -> ExitCode {
    eprintln!("The case has {} problem(s):", errors.len());
    for e in errors {
        let field = if e.field.is_empty() { "(file)".to_string() } else { e.field };
        eprintln!("  {field}: {}", e.message);
    }
    ExitCode::from(2)
}

fn packet(rules: &RuleBook, file: &str, output: &std::path::Path, as_of: Option<NaiveDate>) -> ExitCode {
    let (case, as_of) = match read_case(rules, file, as_of) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let papers = match packet::prepare(rules, &case, as_of) {
        Ok(papers) => papers,
        Err(packet::Refused::NothingToFile { left_out }) => {
            print_left_out(&left_out);
            eprintln!("No charge may be expunged now, so there are no papers to draw.");
            return ExitCode::from(3);
        }
        Err(packet::Refused::MissingFacts(facts)) => {
            eprint!("{}", expunge_ms::cli::missing_facts(&facts));
            return ExitCode::from(2);
        }
        Err(packet::Refused::DidNotVerify(mismatch)) => {
            eprintln!("{mismatch}. This is a bug; no papers were written.");
            return ExitCode::FAILURE;
        }
    };
    print_left_out(&papers.packet().left_out);
    let bytes = papers.pdf();
    if let Err(e) = std::fs::write(output, &bytes) {
        eprintln!("cannot write {}: {e}", output.display());
        return ExitCode::FAILURE;
    }
    println!("{}: {} petition(s) with their orders, {} bytes", output.display(), papers.packet().filings.len(), bytes.len());
    ExitCode::SUCCESS
}

/// The charges not in the packet, each with why, on standard error.
fn print_left_out(left_out: &[packet::model::LeftOut]) {
    for left in left_out {
        eprintln!("not in the packet: charge {} ({}): {}", left.index + 1, left.offence, left.why);
    }
}

fn assess(rules: &RuleBook, file: &str, as_of: Option<NaiveDate>, format: Format) -> ExitCode {
    let (case, as_of) = match read_case(rules, file, as_of) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let assessment = engine::assess(rules, &case, as_of);
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&assessment).expect("assessment serialises")),
        Format::Text => print!("{}", cli::text(&assessment)),
    }
    ExitCode::SUCCESS
}

fn serve(
    sites: Sites,
    addr: std::net::SocketAddr,
    site_root: PathBuf,
    limits: server::Limits,
    clinic: Option<(expunge_ms::clinic::setup::Place, expunge_ms::clinic::tls::Choice, expunge_ms::clinic::mail::Settings)>,
) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        // Colours only on a terminal: a log file gets plain lines.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .init();
    server::log_panics();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(async move {
        let leptos = server::leptos_options(site_root.clone(), addr);
        if !site_root.join("pkg").exists() {
            tracing::warn!(
                "{} has no pkg/ directory: pages will render but not hydrate; build the site with .ci/build",
                site_root.display()
            );
        }
        let version = sites.english().rules.version.clone();
        let state = server::AppState::new(sites, leptos, limits.clone());
        let clinic_mode = clinic.is_some();
        let (app, tls) = match clinic {
            None => (server::router(state), None),
            Some((place, choice, reminders)) => match open_clinic(&place, &choice).await {
                Ok((store, tls)) => {
                    match &reminders.mailer {
                        Some(mailer) => tracing::info!("clinic mode: e-mail reminders through {}", mailer.server),
                        None => tracing::info!("clinic mode: e-mail reminders are off (no --smtp-host); calendar files still work"),
                    }
                    (server::router_with_clinic_settings(state, store, reminders), tls)
                }
                Err(e) => {
                    eprintln!("Clinic mode cannot start: {e}");
                    return ExitCode::FAILURE;
                }
            },
        };
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("cannot listen on {addr}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let bound = listener.local_addr().unwrap_or(addr);
        let scheme = if tls.is_some() { "https" } else { "http" };
        if let Some(tls) = &tls {
            tracing::info!("HTTPS certificate {}; its SHA-256 fingerprint is {}", tls.cert_file.display(), tls.fingerprint);
        }
        tracing::info!("rules {version} loaded; listening on {scheme}://{bound}");
        if clinic_mode {
            tell_where_to_reach(bound, scheme);
        }
        // Ctrl-C, or SIGTERM from a service manager: finish open requests, then stop.
        let shutdown = async {
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            let terminated = async {
                match term.as_mut() {
                    Some(term) => {
                        term.recv().await;
                    }
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                () = terminated => {}
            }
        };
        match tls {
            Some(tls) => server::serve_tls(listener, app, &limits, tls.acceptor, shutdown).await,
            None => server::serve(listener, app, &limits, shutdown).await,
        }
        ExitCode::SUCCESS
    })
}

/// Opens the clinic's store and reads its certificate (or none, for plain HTTP), and
/// says in the log where volunteers can reach it.
async fn open_clinic(
    place: &expunge_ms::clinic::setup::Place,
    choice: &expunge_ms::clinic::tls::Choice,
) -> Result<(expunge_ms::clinic::store::Store, Option<expunge_ms::clinic::tls::Tls>), String> {
    let store = place.open().await.map_err(|e| e.to_string())?;
    let tls = match expunge_ms::clinic::tls::choose(choice) {
        Ok(tls) => tls,
        Err(e) => {
            store.close().await;
            return Err(e);
        }
    };
    tracing::info!("clinic mode: {}", expunge_ms::clinic::setup::shown_address(&place.address()));
    if tls.is_none() {
        tracing::warn!(
            "clinic mode over plain HTTP: passwords and matters cross the network in the clear unless a proxy in front adds HTTPS \
             (run `expunge-ms clinic certificate` to make a certificate)"
        );
    }
    expunge_ms::clinic::retention::purge_regularly(store.clone());
    Ok((store, tls))
}

/// Says in the log at which addresses volunteers on the local network reach the clinic,
/// or that only this machine can.
fn tell_where_to_reach(bound: std::net::SocketAddr, scheme: &str) {
    if bound.ip().is_loopback() {
        tracing::info!(
            "only this machine can reach the clinic; for volunteers' phones and laptops on the local network, start with --addr 0.0.0.0:{}",
            bound.port()
        );
    } else if bound.ip().is_unspecified() {
        for ip in expunge_ms::clinic::tls::local_addresses() {
            if ip.is_ipv4() || bound.is_ipv6() {
                tracing::info!("on the local network: {scheme}://{}/clinic", std::net::SocketAddr::new(ip, bound.port()));
            }
        }
    }
}

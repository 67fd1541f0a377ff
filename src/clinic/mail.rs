//! E-mail reminders, if the clinic sets up an SMTP server to send them (`--smtp-host`
//! and the options below; off otherwise), and how people reach the clinic, said in
//! every reminder and calendar file (`--clinic-contact`).
//!
//! Sent with lettre over rustls (no OpenSSL). The message's words are in
//! `rules/text/<language>/site.ftl` (`clinic-reminder_mail_…`), loaded and checked at
//! start-up with every other word; they never name a charge, an offence, a court or a
//! case, only that a date has come or is coming and whom to ask. Errors are logged by
//! their SMTP code alone: a server's answer may quote the person's address.
//!
//! Options (each also from the environment):
//! - `--smtp-host` (`EXPUNGE_MS_SMTP_HOST`): the SMTP server. Without it, no e-mail is sent.
//! - `--smtp-port` (`EXPUNGE_MS_SMTP_PORT`): default 587 with STARTTLS, 465 with TLS, 25 without.
//! - `--smtp-tls` (`EXPUNGE_MS_SMTP_TLS`): `starttls` (the default), `tls`, or `none`
//!   (only for a server on this machine: a password is never sent over it to another).
//! - `--smtp-user` (`EXPUNGE_MS_SMTP_USER`) and `EXPUNGE_MS_SMTP_PASSWORD` (the
//!   environment only, so it is not seen in the list of processes).
//! - `--smtp-from` (`EXPUNGE_MS_SMTP_FROM`): the sender, e.g. `Hinds Legal Clinic <clinic@example.org>`.
//! - `--clinic-contact` (`EXPUNGE_MS_CLINIC_CONTACT`): how to reach the clinic, e.g.
//!   `the Hinds Legal Clinic at 601-555-0100`.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// The SMTP password's variable (never an option on the command line).
pub const PASSWORD_ENV: &str = "EXPUNGE_MS_SMTP_PASSWORD";

/// How long one step of talking to the SMTP server may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// How the connection to the SMTP server is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TlsMode {
    /// Plain at first, then encrypted before anything is sent (port 587); refused if the server cannot.
    #[default]
    Starttls,
    /// Encrypted from the start (port 465).
    Tls,
    /// Not encrypted: only for a server on this machine.
    None,
}

/// The reminders' options on the command line.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MailArgs {
    /// The SMTP server that sends e-mail reminders (clinic mode); none are sent without it.
    #[arg(long = "smtp-host", env = "EXPUNGE_MS_SMTP_HOST", value_name = "HOST")]
    pub host: Option<String>,
    /// The SMTP server's port (default 587 with STARTTLS, 465 with TLS, 25 without).
    #[arg(long = "smtp-port", env = "EXPUNGE_MS_SMTP_PORT", value_name = "PORT")]
    pub port: Option<u16>,
    /// How the connection to the SMTP server is encrypted.
    #[arg(long = "smtp-tls", env = "EXPUNGE_MS_SMTP_TLS", value_enum, default_value_t = TlsMode::Starttls)]
    pub tls: TlsMode,
    /// The SMTP account's user name; its password is read from EXPUNGE_MS_SMTP_PASSWORD.
    #[arg(long = "smtp-user", env = "EXPUNGE_MS_SMTP_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// The reminders' sender, e.g. "Hinds Legal Clinic <clinic@example.org>".
    #[arg(long = "smtp-from", env = "EXPUNGE_MS_SMTP_FROM", value_name = "ADDRESS")]
    pub from: Option<String>,
    /// How people reach the clinic, said in every reminder and calendar file, e.g.
    /// "the Hinds Legal Clinic at 601-555-0100".
    #[arg(long = "clinic-contact", env = "EXPUNGE_MS_CLINIC_CONTACT", value_name = "TEXT")]
    pub contact: Option<String>,
}

/// What the reminders need: how to reach the clinic, and the mailer if e-mail is set up.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// How people reach the clinic; the words' own phrase if `None`.
    pub contact: Option<String>,
    pub mailer: Option<Arc<Mailer>>,
}

impl MailArgs {
    /// The settings these options give, with the password from the environment; an
    /// error is a sentence naming the option.
    pub fn settings(&self) -> Result<Settings, String> {
        self.settings_with(std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty()))
    }

    /// `settings`, with the password given.
    pub fn settings_with(&self, password: Option<String>) -> Result<Settings, String> {
        let contact = match self.contact.as_deref().map(str::trim) {
            Some(c) if c.chars().count() > 200 || c.chars().any(char::is_control) => {
                return Err("--clinic-contact must be one line of at most 200 characters".into());
            }
            Some("") | None => None,
            Some(c) => Some(c.to_string()),
        };
        let Some(host) = self.host.as_deref().map(str::trim).filter(|h| !h.is_empty()) else {
            if self.user.is_some() || self.from.is_some() || self.port.is_some() {
                return Err("--smtp-user, --smtp-from and --smtp-port need --smtp-host (the SMTP server)".into());
            }
            return Ok(Settings { contact, mailer: None });
        };
        let from = self.from.as_deref().ok_or("--smtp-host needs --smtp-from: the address reminders are sent from")?;
        let from: Mailbox = from.parse().map_err(|_| format!("--smtp-from is not an e-mail address: {from}"))?;
        let credentials = match (&self.user, password) {
            (Some(user), Some(password)) => Some(Credentials::new(user.clone(), password)),
            (None, None) => None,
            (Some(_), None) => return Err(format!("--smtp-user needs the password in {PASSWORD_ENV}")),
            (None, Some(_)) => return Err(format!("{PASSWORD_ENV} is set but --smtp-user is not")),
        };
        let local = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if self.tls == TlsMode::None && credentials.is_some() && !local {
            return Err("--smtp-tls none would send the SMTP password unencrypted: use starttls or tls".into());
        }
        let mailer = Mailer::new(host, self.port, self.tls, credentials, from)?;
        Ok(Settings { contact, mailer: Some(Arc::new(mailer)) })
    }
}

/// Sends e-mail through the clinic's SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The server, as the log names it.
    pub server: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("server", &self.server).finish_non_exhaustive()
    }
}

/// Why an e-mail was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailError {
    /// The person's address is not one an e-mail can be sent to.
    Address,
    /// The server could not be reached or refused the message; the SMTP code if any.
    Failed(String),
}

impl Mailer {
    pub fn new(host: &str, port: Option<u16>, tls: TlsMode, credentials: Option<Credentials>, from: Mailbox) -> Result<Mailer, String> {
        type Smtp = AsyncSmtpTransport<Tokio1Executor>;
        let bad = |e: lettre::transport::smtp::Error| format!("--smtp-host {host} cannot be used: {e}");
        let (builder, default_port) = match tls {
            TlsMode::Starttls => (Smtp::starttls_relay(host).map_err(bad)?, 587),
            TlsMode::Tls => (Smtp::relay(host).map_err(bad)?, 465),
            TlsMode::None => (Smtp::builder_dangerous(host), 25),
        };
        let port = port.unwrap_or(default_port);
        let mut builder = builder.port(port).timeout(Some(TIMEOUT));
        if let Some(credentials) = credentials {
            builder = builder.credentials(credentials);
        }
        let mode = match tls {
            TlsMode::Starttls => "STARTTLS",
            TlsMode::Tls => "TLS",
            TlsMode::None => "no encryption",
        };
        Ok(Mailer { transport: builder.build(), from, server: format!("{host}:{port} ({mode})") })
    }

    /// Sends a plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let to: Mailbox = to.trim().parse().map_err(|_| MailError::Address)?;
        // An id of the sender's domain, as relays expect (lettre makes none without a host name).
        let id = format!("<{}@{}>", crate::clinic::store::crypto::random_token(18), self.from.email.domain());
        let message = Message::builder()
            .message_id(Some(id))
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(wrap(body, 72))
            .map_err(|_| MailError::Address)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => {
                let why = match e.status() {
                    Some(code) => format!("SMTP {code}"),
                    None if e.is_timeout() => "no answer in time".to_string(),
                    None if e.is_tls() => "no TLS connection".to_string(),
                    None => "no connection".to_string(),
                };
                // Only the code: the server's words may quote the person's address.
                tracing::warn!("clinic: an e-mail reminder was not sent through {}: {why}", self.server);
                Err(MailError::Failed(why))
            }
        }
    }
}

/// `text` with each line wrapped at `width` characters (between words), as e-mail
/// is read.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let n = word.chars().count();
            if column > 0 && column + 1 + n > width {
                out.push('\n');
                column = 0;
            } else if column > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(host: Option<&str>) -> MailArgs {
        MailArgs { host: host.map(String::from), from: Some("Clinic <clinic@example.org>".into()), ..MailArgs::default() }
    }

    #[test]
    fn options_are_checked_with_a_sentence_naming_the_option() {
        assert!(MailArgs::default().settings_with(None).is_ok_and(|s| s.mailer.is_none()), "no host: no e-mail");
        assert!(args(None).settings_with(None).is_err_and(|e| e.contains("--smtp-host")), "a sender without a server");
        let no_from = MailArgs { from: None, ..args(Some("smtp.example.org")) };
        assert!(no_from.settings_with(None).is_err_and(|e| e.contains("--smtp-from")));
        let bad_from = MailArgs { from: Some("not an address".into()), ..args(Some("smtp.example.org")) };
        assert!(bad_from.settings_with(None).is_err_and(|e| e.contains("--smtp-from")));
        let user = MailArgs { user: Some("clinic".into()), ..args(Some("smtp.example.org")) };
        assert!(user.settings_with(None).is_err_and(|e| e.contains(PASSWORD_ENV)), "a user without a password");
        let plain = MailArgs { tls: TlsMode::None, ..user.clone() };
        assert!(plain.settings_with(Some("secret".into())).is_err_and(|e| e.contains("unencrypted")), "no password in the clear");
        let local = MailArgs { host: Some("127.0.0.1".into()), ..plain };
        let Ok(settings) = local.settings_with(Some("secret".into())) else { panic!("a server on this machine may be plain") };
        assert_eq!(settings.mailer.map(|m| m.server.clone()).as_deref(), Some("127.0.0.1:25 (no encryption)"));
        let Ok(settings) = user.settings_with(Some("secret".into())) else { panic!("STARTTLS with a password") };
        assert_eq!(settings.mailer.map(|m| m.server.clone()).as_deref(), Some("smtp.example.org:587 (STARTTLS)"));
        let long = MailArgs { contact: Some("x".repeat(201)), ..MailArgs::default() };
        assert!(long.settings_with(None).is_err_and(|e| e.contains("--clinic-contact")));
    }

    #[test]
    fn lines_are_wrapped_between_words_and_paragraphs_kept() {
        let text = format!("Hello,\n\n{}", "word ".repeat(30).trim_end());
        let wrapped = wrap(&text, 20);
        assert!(wrapped.starts_with("Hello,\n\nword word word word\n"), "{wrapped}");
        assert!(wrapped.lines().all(|l| l.chars().count() <= 20));
        assert_eq!(wrapped.split_whitespace().count(), 31);
    }
}

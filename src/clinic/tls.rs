//! HTTPS for a clinic on a local network, such as a pop-up event with one laptop and
//! no internet: the self-signed certificate `clinic init` makes in the data directory
//! (`tls-cert.pem`, and `tls-key.pem` readable by its owner only), its SHA-256
//! fingerprint for volunteers to compare with what their browsers show, and the
//! reading of a certificate and key (that pair, or a clinic's own) for the server.
//!
//! Every problem with a file is a plain sentence naming it; nothing here panics.
//! The public site never comes here: it serves plain HTTP, behind a proxy that adds HTTPS.

use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// The certificate's file in the data directory.
pub const CERT_FILE: &str = "tls-cert.pem";
/// Its key's file in the data directory (mode 0600).
pub const KEY_FILE: &str = "tls-key.pem";
/// How long a certificate made here is good for. Some phones refuse a certificate
/// good for longer than 825 days, even one a person accepted.
const VALID_DAYS: u64 = 825;
/// The name in the certificate's subject, which browsers show beside the fingerprint.
const SUBJECT: &str = "expunge-ms clinic";

/// A certificate and key, read and checked, ready to serve.
pub struct Tls {
    pub acceptor: tokio_rustls::TlsAcceptor,
    /// The certificate's SHA-256 fingerprint (`fingerprint`).
    pub fingerprint: String,
    /// The certificate's file.
    pub cert_file: PathBuf,
}

/// The certificate in the data directory, after `make_if_missing`.
#[derive(Debug)]
pub struct Made {
    pub cert_file: PathBuf,
    pub fingerprint: String,
    /// Whether it was made just now (`false`: it was already there and was kept).
    pub new: bool,
}

/// A certificate's SHA-256 fingerprint as browsers show it: 32 pairs of upper-case
/// hexadecimal digits separated by colons.
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der).iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(":")
}

/// The addresses of this machine's network interfaces that other machines can reach:
/// neither loopback nor IPv6 link-local (an IPv4 link-local address is kept: a network
/// without a DHCP server gives those). Empty if they cannot be read.
pub fn local_addresses() -> Vec<IpAddr> {
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(|ip| !matches!(ip, IpAddr::V6(v6) if v6.is_unicast_link_local()))
        .collect();
    ips.sort();
    ips.dedup();
    ips
}

/// Whether `name` can go in a certificate: an IP address, or a host name of letters,
/// digits, hyphens and dots.
fn usable_name(name: &str) -> bool {
    name.parse::<IpAddr>().is_ok()
        || (!name.is_empty()
            && name.len() <= 253
            && name
                .split('.')
                .all(|label| !label.is_empty() && label.len() <= 63 && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')))
}

/// The names a certificate made here is for: `localhost` and the loopback addresses,
/// the machine's host name (and `NAME.local`, as phones find it on a local network),
/// the addresses of its interfaces, and `extra` (`--tls-name`). An unusable extra name
/// is an error; an unusable host name is left out.
pub fn names(extra: &[String]) -> Result<Vec<String>, String> {
    let mut names = vec!["localhost".to_string(), "127.0.0.1".into(), "::1".into()];
    if let Some(host) = gethostname::gethostname().to_str().map(|h| h.trim().to_ascii_lowercase()).filter(|h| usable_name(h)) {
        if !host.contains('.') {
            names.push(format!("{host}.local"));
        }
        names.push(host);
    }
    names.extend(local_addresses().iter().map(IpAddr::to_string));
    for name in extra {
        let name = name.trim().trim_end_matches('.').to_ascii_lowercase();
        if !usable_name(&name) {
            return Err(format!("--tls-name {name} is not a host name or an IP address"));
        }
        names.push(name);
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    Ok(names)
}

/// Makes a self-signed certificate and its key in `dir`, for `names`, good from the day
/// before `today` for 825 days, unless both files are already there (then they are
/// kept, and their fingerprint given). One without the other is an error.
pub fn make_if_missing(dir: &Path, names: Vec<String>, today: NaiveDate) -> Result<Made, String> {
    let cert_file = dir.join(CERT_FILE);
    let key_file = dir.join(KEY_FILE);
    match (cert_file.exists(), key_file.exists()) {
        (true, true) => {
            let fingerprint = fingerprint(&read_certificates(&cert_file)?[0]);
            return Ok(Made { cert_file, fingerprint, new: false });
        }
        (true, false) | (false, true) => {
            let (there, missing) = if cert_file.exists() { (&cert_file, &key_file) } else { (&key_file, &cert_file) };
            return Err(format!(
                "{} is there but {} is not: move it away to make a new certificate, or put back the file that goes with it",
                there.display(),
                missing.display()
            ));
        }
        (false, false) => {}
    }
    let key = rcgen::KeyPair::generate().map_err(|e| format!("cannot make a key for the certificate: {e}"))?;
    let mut params = rcgen::CertificateParams::new(names).map_err(|e| format!("cannot make the certificate: {e}"))?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(rcgen::DnType::CommonName, SUBJECT);
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let from = today.pred_opt().unwrap_or(today);
    let until = today.checked_add_days(chrono::Days::new(VALID_DAYS)).unwrap_or(today);
    let date = |d: NaiveDate| rcgen::date_time_ymd(d.year(), u8::try_from(d.month()).unwrap_or(1), u8::try_from(d.day()).unwrap_or(1));
    params.not_before = date(from);
    params.not_after = date(until);
    let cert = params.self_signed(&key).map_err(|e| format!("cannot make the certificate: {e}"))?;
    write_new(&key_file, key.serialize_pem().as_bytes(), 0o600)?;
    if let Err(e) = write_new(&cert_file, cert.pem().as_bytes(), 0o644) {
        // Without its certificate the key is of no use, and would stop the next try.
        let _ = std::fs::remove_file(&key_file);
        return Err(e);
    }
    Ok(Made { cert_file, fingerprint: fingerprint(cert.der()), new: true })
}

/// Writes a file that must not exist yet, with `mode`.
fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The certificates in a PEM file (the server's first, then any it was issued through).
fn read_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the certificate file {}: {e}", path.display()))?;
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("the certificate file {} is not a PEM certificate ({e})", path.display()))?;
    if certs.is_empty() {
        return Err(format!("the certificate file {} has no certificate in it (no \"BEGIN CERTIFICATE\" line)", path.display()));
    }
    Ok(certs)
}

/// Reads a certificate and its key (PEM files) and checks that they go together.
pub fn load(cert_file: &Path, key_file: &Path) -> Result<Tls, String> {
    let certs = read_certificates(cert_file)?;
    let bytes = std::fs::read(key_file).map_err(|e| format!("cannot read the key file {}: {e}", key_file.display()))?;
    let key =
        PrivateKeyDer::from_pem_slice(&bytes).map_err(|e| format!("the key file {} is not a PEM private key ({e})", key_file.display()))?;
    let fingerprint = fingerprint(&certs[0]);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up HTTPS: {e}"))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| match e {
            rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch) => {
                format!("the key in {} is not the key of the certificate in {}", key_file.display(), cert_file.display())
            }
            e => format!("cannot use the certificate in {} with the key in {} ({e})", cert_file.display(), key_file.display()),
        })?;
    // The server speaks HTTP/1.1 only.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Tls { acceptor: tokio_rustls::TlsAcceptor::from(Arc::new(config)), fingerprint, cert_file: cert_file.to_path_buf() })
}

/// How `serve --clinic` is to serve.
pub enum Choice {
    /// A clinic's own certificate and key (`--tls-cert`, `--tls-key`).
    Own { cert: PathBuf, key: PathBuf },
    /// The data directory's pair if it is there, else plain HTTP.
    DataDirectory(PathBuf),
    /// Plain HTTP (`--no-tls`).
    Off,
}

/// The certificate to serve with, or `None` for plain HTTP.
pub fn choose(choice: &Choice) -> Result<Option<Tls>, String> {
    match choice {
        Choice::Off => Ok(None),
        Choice::Own { cert, key } => load(cert, key).map(Some),
        Choice::DataDirectory(dir) => {
            let (cert, key) = (dir.join(CERT_FILE), dir.join(KEY_FILE));
            if !cert.exists() && !key.exists() { Ok(None) } else { load(&cert, &key).map(Some) }
        }
    }
}

/// The sentences `clinic init` prints about the certificate.
pub fn told(made: &Made) -> String {
    let what = if made.new { "A self-signed certificate for HTTPS was made" } else { "The certificate for HTTPS is kept" };
    format!(
        "{what}: {}.\nIts SHA-256 fingerprint is:\n  {}\n\
         Browsers will warn that this certificate is not trusted, because the clinic made it itself. \
         Before signing in, each volunteer should open the certificate's details in the browser and check \
         that its SHA-256 fingerprint is the same as this one. If it is not, they should not sign in.",
        made.cert_file.display(),
        made.fingerprint
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_is_32_colon_separated_upper_case_pairs() {
        let f = fingerprint(b"abc");
        assert_eq!(f.len(), 32 * 3 - 1);
        assert!(f.starts_with("BA:78:16:BF:8F:01:CF:EA"), "{f}");
    }

    #[test]
    fn names_hold_localhost_and_the_extra_names_once_and_refuse_odd_ones() {
        let names = names(&["Clinic.Example.".into(), "192.168.1.20".into(), "localhost".into()]).expect("names");
        assert_eq!(&names[..3], ["localhost", "127.0.0.1", "::1"]);
        assert!(names.contains(&"clinic.example".to_string()) && names.contains(&"192.168.1.20".to_string()), "{names:?}");
        assert_eq!(names.iter().filter(|n| *n == "localhost").count(), 1);
        assert!(super::names(&["bad name".into()]).unwrap_err().contains("bad name"));
        assert!(super::names(&["a..b".into()]).is_err());
    }

    #[test]
    fn a_made_certificate_is_kept_and_one_file_alone_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let made = make_if_missing(dir.path(), vec!["localhost".into()], today).expect("made");
        assert!(made.new);
        let kept = make_if_missing(dir.path(), vec!["localhost".into()], today).expect("kept");
        assert!(!kept.new);
        assert_eq!(kept.fingerprint, made.fingerprint);
        assert_eq!(load(&dir.path().join(CERT_FILE), &dir.path().join(KEY_FILE)).expect("loads").fingerprint, made.fingerprint);
        std::fs::remove_file(dir.path().join(KEY_FILE)).expect("remove");
        let alone = make_if_missing(dir.path(), vec!["localhost".into()], today).unwrap_err();
        assert!(alone.contains(CERT_FILE) && alone.contains(KEY_FILE), "{alone}");
    }
}

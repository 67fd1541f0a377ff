//! Accounts: passwords (Argon2id), signing in with a limit on failed attempts (per
//! account and per address), and the second factor (TOTP, RFC 6238: six digits every
//! 30 seconds, one step either side allowed for a phone's clock).
//!
//! These are plain functions over the store, called by the web handlers and the tests;
//! they take the time as `now` (seconds since 1970).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use totp_rs::{Algorithm, Secret, TOTP};

use super::store::audit::Action;
use super::store::users::User;
use super::store::{Result, Store};

/// How long a session lasts: a clinic day.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;
/// Failed sign-ins counted over this many seconds.
pub const FAILURE_WINDOW: i64 = 15 * 60;
/// Failed sign-ins allowed for one account within the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins allowed from one address within the window (a shared laptop may
/// serve several volunteers).
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// The shortest password allowed.
pub const MIN_PASSWORD: usize = 12;
/// The longest password allowed (hashing a huge one would cost the server).
pub const MAX_PASSWORD: usize = 256;
/// The name shown in an authenticator app.
const ISSUER: &str = "Clear My Record MS clinic";

/// What is wrong with a new password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
}

/// Checks a new password's length (in characters).
pub fn check_new_password(password: &str) -> Result<(), PasswordProblem> {
    match password.chars().count() {
        n if n < MIN_PASSWORD => Err(PasswordProblem::TooShort),
        n if n > MAX_PASSWORD => Err(PasswordProblem::TooLong),
        _ => Ok(()),
    }
}

/// The Argon2id hash of `password` (PHC string, with its own random salt).
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    // Hashing fails only for parameters out of range; the defaults are in range.
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).unwrap_or_default()
}

/// Whether `password` matches `hash`.
pub fn verify_password(hash: &str, password: &str) -> bool {
    if password.len() > MAX_PASSWORD * 4 {
        return false;
    }
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A hash no password matches, checked when the account does not exist, so that a
/// missing account takes as long to refuse as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("a password no account has, only for timing"))
}

/// What a sign-in came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// Signed in: the session's token, and what must happen before the account may work.
    Done { user: User, token: String, next: Next },
    /// The name or the password is wrong (never which).
    Wrong,
    /// Too many failed attempts lately, for this account or from this address.
    Locked,
}

/// What a new session must do first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Nothing: the account may work.
    Work,
    /// Give the code from the authenticator app.
    Code,
    /// Set up an authenticator app (required for admins and attorneys).
    Enrol,
}

fn account_subject(username: &str) -> String {
    format!("user:{}", username.to_lowercase())
}

fn address_subject(address: &str) -> String {
    format!("addr:{address}")
}

/// Whether this account or address has failed too often lately.
async fn locked(store: &Store, username: &str, address: &str, now: i64) -> Result<bool> {
    let since = now - FAILURE_WINDOW;
    Ok(store.failures_since(&account_subject(username), since).await? >= MAX_FAILURES_PER_ACCOUNT
        || store.failures_since(&address_subject(address), since).await? >= MAX_FAILURES_PER_ADDRESS)
}

async fn fail(store: &Store, username: &str, address: &str, user_id: Option<i64>, action: Action, now: i64) -> Result<()> {
    store.record_failure(&account_subject(username), now).await?;
    store.record_failure(&address_subject(address), now).await?;
    store.audit(user_id, action, None, None, now).await
}

/// Signs in `username` with `password` from `address`.
pub async fn sign_in(store: &Store, username: &str, password: &str, address: &str, now: i64) -> Result<SignIn> {
    let user = store.user_by_name(username.trim()).await?;
    if locked(store, username.trim(), address, now).await? {
        store.audit(user.as_ref().map(|u| u.id), Action::SignInLocked, None, None, now).await?;
        return Ok(SignIn::Locked);
    }
    let matches = verify_password(user.as_ref().map_or(decoy_hash(), |u| u.password_hash.as_str()), password);
    let user = match user {
        Some(user) if matches && user.active => user,
        user => {
            fail(store, username.trim(), address, user.map(|u| u.id), Action::SignInFailed, now).await?;
            return Ok(SignIn::Wrong);
        }
    };
    store.clear_failures(&account_subject(&user.username)).await?;
    let next = if user.has_totp {
        Next::Code
    } else if user.role.needs_second_factor() {
        Next::Enrol
    } else {
        Next::Work
    };
    let token = store.create_session(user.id, next == Next::Work, now, SESSION_SECONDS).await?;
    store.audit(Some(user.id), Action::SignIn, None, None, now).await?;
    Ok(SignIn::Done { user, token, next })
}

/// The TOTP of a base32 secret, named for an authenticator app.
fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_string()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some(ISSUER.to_string()), account.replace(':', " ")).ok()
}

/// A new second-factor secret, base32.
pub fn new_totp_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

/// The key the enrolment page offers a session: the same on every reload (an app that
/// scanned it keeps working), different for each session, and new once the account's
/// key changes. Derived from the session's own secret form token, which only that
/// browser and the server hold, and the account's key now.
pub fn pending_totp_secret(session_token: &str, current: Option<&str>) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::new()
        .chain_update(b"expunge-ms second factor\0")
        .chain_update(session_token.as_bytes())
        .chain_update(b"\0")
        .chain_update(current.unwrap_or_default().as_bytes())
        .finalize();
    Secret::Raw(digest[..20].to_vec()).to_encoded().to_string()
}

/// The time step (30 seconds each since 1970) whose code `code` is: the step of
/// `now`, or one either side (a clock a little off); `None` if it is none of them.
pub fn code_step(secret_base32: &str, code: &str, now: i64) -> Option<u64> {
    use subtle::ConstantTimeEq;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let t = totp(secret_base32, "")?;
    if code.len() != 6 {
        return None;
    }
    let now = now.max(0).unsigned_abs();
    [now.saturating_sub(30), now, now + 30]
        .into_iter()
        .filter(|at| bool::from(t.generate(*at).as_bytes().ct_eq(code.as_bytes())))
        .map(|at| at / 30)
        .next()
}

/// Whether `code` is the secret's code at `now` (or one step either side).
pub fn code_matches(secret_base32: &str, code: &str, now: i64) -> bool {
    code_step(secret_base32, code, now).is_some()
}

/// The code of the secret at `now` (for tests, and an admin's own check).
pub fn current_code(secret_base32: &str, now: i64) -> String {
    totp(secret_base32, "").map(|t| t.generate(now.max(0).unsigned_abs())).unwrap_or_default()
}

/// What an authenticator app needs to add the account: the `otpauth://` address,
/// and the same as a QR code (SVG, as a `data:` address for an `<img>`).
pub fn enrolment(secret_base32: &str, account: &str) -> Option<(String, String)> {
    let url = totp(secret_base32, account)?.get_url();
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build();
    Some((url, format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg))))
}

/// Checks the code from an authenticator app for a signed-in session; a wrong code
/// counts as a failed sign-in.
pub async fn give_code(store: &Store, user: &User, token: &str, code: &str, address: &str, now: i64) -> Result<bool> {
    if locked(store, &user.username, address, now).await? {
        store.audit(Some(user.id), Action::SignInLocked, None, None, now).await?;
        return Ok(false);
    }
    let secret = store.totp_secret(user.id).await?;
    let step = secret.and_then(|s| code_step(&s, code, now));
    // A code is good once: one seen over someone's shoulder cannot be used again.
    if let Some(step) = step
        && store.use_totp_step(user.id, step).await?
    {
        store.verify_session(token).await?;
        store.clear_failures(&account_subject(&user.username)).await?;
        return Ok(true);
    }
    fail(store, &user.username, address, Some(user.id), Action::SecondFactorFailed, now).await?;
    Ok(false)
}

/// Enrols `secret` as the account's second factor once the app's first code matches.
pub async fn enrol(store: &Store, user: &User, token: &str, secret: &str, code: &str, address: &str, now: i64) -> Result<bool> {
    let Some(step) = code_step(secret, code, now) else {
        fail(store, &user.username, address, Some(user.id), Action::SecondFactorFailed, now).await?;
        return Ok(false);
    };
    store.set_totp_secret(user.id, Some(secret)).await?;
    store.use_totp_step(user.id, step).await?;
    store.verify_session(token).await?;
    // Sessions signed in with the app this one replaces end.
    store.end_other_sessions(user.id, token).await?;
    store.audit(Some(user.id), Action::SecondFactorEnrolled, None, None, now).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_matches_only_its_own_hash() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "correct horse battery!"));
        assert!(!verify_password("not a hash", "correct horse battery"));
        assert_ne!(hash, hash_password("correct horse battery"), "each hash has its own salt");
    }

    #[test]
    fn new_passwords_have_a_length_between_the_limits() {
        assert_eq!(check_new_password("short"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password("twelve chars"), Ok(()));
        assert_eq!(check_new_password(&"x".repeat(257)), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn a_code_matches_in_its_step_and_the_next_only() {
        let secret = new_totp_secret();
        let now = 1_800_000_000;
        let code = current_code(&secret, now);
        assert_eq!(code.len(), 6);
        assert!(code_matches(&secret, &code, now));
        assert!(code_matches(&secret, &format!("{} {}", &code[..3], &code[3..]), now + 30), "a space and one step late");
        assert!(!code_matches(&secret, &code, now + 120));
        assert!(!code_matches(&secret, "", now));
        assert!(!code_matches("not base32!", &code, now));
    }

    #[test]
    fn enrolment_gives_an_address_and_a_qr_code() {
        let secret = new_totp_secret();
        let Some((url, qr)) = enrolment(&secret, "pat:admin") else { panic!("enrolment") };
        assert!(url.starts_with("otpauth://totp/") && url.contains(&secret), "{url}");
        assert!(qr.starts_with("data:image/svg+xml;base64,"));
    }
}

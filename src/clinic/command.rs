//! The `clinic` commands: `init` (asks for the first admin's password twice, or reads
//! it from standard input), `certificate` and `purge`. Errors are plain sentences and a
//! non-zero exit.

use std::io::BufRead;
use std::process::ExitCode;

use super::setup::{Place, init, shown_address};

/// `expunge-ms clinic init`.
pub fn run_init(place: &Place, admin: &str, password_stdin: bool, tls_names: &[String]) -> ExitCode {
    let password = if password_stdin {
        let mut line = String::new();
        if let Err(e) = std::io::stdin().lock().read_line(&mut line) {
            eprintln!("cannot read the password from standard input: {e}");
            return ExitCode::from(2);
        }
        line.trim_end_matches(['\n', '\r']).to_string()
    } else {
        let ask = |prompt: &str| rpassword::prompt_password(prompt);
        match (ask(&format!("Password for {admin}: ")), ask("The same password again: ")) {
            (Ok(a), Ok(b)) if a == b => a,
            (Ok(_), Ok(_)) => {
                eprintln!("The two passwords are not the same. Nothing was made; run the command again.");
                return ExitCode::from(2);
            }
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("cannot read the password: {e} (use --password-stdin to give it on standard input)");
                return ExitCode::from(2);
            }
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(init(place, admin, &password, tls_names, crate::clock::now_unix())) {
        Ok(done) => {
            println!("Clinic set up in {}.", shown_address(&done.address));
            match &done.key_file {
                Some(file) => println!(
                    "The data key is in {}. Keep a copy somewhere safe and apart from the database: \
                     without it no matter can be read.",
                    file.display()
                ),
                None => println!("The data key is the one in {}.", super::store::crypto::KEY_ENV),
            }
            println!("Admin account: {admin}. Start the clinic with: expunge-ms serve --clinic");
            match &done.certificate {
                Ok(made) => {
                    println!("{}", super::tls::told(made));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("The certificate for HTTPS was not made: {e}. Make it with: expunge-ms clinic certificate");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("The clinic was not set up: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `expunge-ms clinic certificate`: makes the self-signed certificate for HTTPS in the
/// data directory if it is not there, and prints its fingerprint either way.
pub fn run_certificate(place: &Place, tls_names: &[String]) -> ExitCode {
    if !place.data.is_dir() {
        eprintln!("No certificate was made: {} is not there; run `expunge-ms clinic init` first.", place.data.display());
        return ExitCode::FAILURE;
    }
    let made =
        super::tls::names(tls_names).and_then(|names| super::tls::make_if_missing(&place.data, names, crate::clock::now().date_naive()));
    match made {
        Ok(made) => {
            println!("{}", super::tls::told(&made));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("No certificate was made: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `expunge-ms clinic purge`: deletes every matter past its event's retention.
pub fn run_purge(place: &Place) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let store = match place.open().await {
            Ok(store) => store,
            Err(e) => {
                eprintln!("The clinic cannot be opened: {e}");
                return ExitCode::FAILURE;
            }
        };
        let done = super::retention::purge(&store, crate::clock::today_in_mississippi(), crate::clock::now_unix()).await;
        store.close().await;
        match done {
            Ok(n) => {
                println!("{n} matter(s) past their event's retention were deleted.");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("The purge stopped: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

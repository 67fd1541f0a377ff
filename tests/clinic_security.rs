//! Clinic mode's defences, on SQLite and on PostgreSQL: form tokens on every form,
//! sessions that end, a limit on failed sign-ins, the cookie's flags, the audit trail,
//! two editors, and the public site that still sets no cookie.

mod clinic_common;

use axum::http::{Request, StatusCode, header};
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::web::{Browser, PASSWORD, account, app};
use expunge_ms::clinic::store::audit::Action;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::users::Role;

async fn event_with_volunteer(db: &Db) -> (i64, i64) {
    let admin = account(&db.store, "admin", Role::Admin, Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).await;
    let vol = account(&db.store, "vol", Role::Volunteer, None).await;
    let held_on = NaiveDate::from_ymd_opt(2026, 5, 2).expect("date");
    let new = NewEvent { name: "Spring clinic", held_on, county: "Hinds", retention_days: 90 };
    let event = db.store.create_event(&new, admin, 1).await.expect("event");
    db.store.assign_staff(event, vol).await.expect("assign");
    (event, vol)
}

async fn actions(db: &Db) -> Vec<Action> {
    db.store.audit_entries(1000, None).await.expect("audit").into_iter().rev().map(|e| e.action).collect()
}

async fn every_form_needs_its_token(db: Db) {
    let (event, _) = event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let mut vol = Browser::new(&app);
    assert_eq!(vol.sign_in("vol", PASSWORD, None).await.location(), "/clinic");
    let path = format!("/clinic/events/{event}/matters");
    for token in ["", "not-the-token"] {
        let page = vol.post_multipart(&path, &[("csrf", token), ("full_name", "Ann Other")], None).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "token {token:?}");
        assert!(page.body.contains("send it again"));
    }
    let no_field = vol.post("/clinic/sign-out", &[]).await;
    assert_eq!(no_field.status, StatusCode::FORBIDDEN);
    assert_eq!(db.store.matter_count(event).await.expect("count"), 0, "nothing was made");
    // Another person's token is not this session's.
    let mut other = Browser::new(&app);
    account(&db.store, "vol2", Role::Volunteer, None).await;
    other.sign_in("vol2", PASSWORD, None).await;
    let theirs = other.csrf("/clinic").await;
    assert_eq!(vol.post_multipart(&path, &[("csrf", &theirs), ("full_name", "x")], None).await.status, StatusCode::FORBIDDEN);
    // The sign-in form's token must match its cookie.
    let mut fresh = Browser::new(&app);
    let page = fresh.post("/clinic/sign-in", &[("csrf", "made-up"), ("username", "vol"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!fresh.cookies.contains_key("clinic_session"));
}

async fn a_session_ends_at_its_expiry_and_at_sign_out(db: Db) {
    event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let mut vol = Browser::new(&app);
    vol.sign_in("vol", PASSWORD, None).await;
    assert_eq!(vol.get("/clinic").await.status, StatusCode::OK);
    sqlx::query("UPDATE sessions SET expires_at = 0").execute(db.store.pool()).await.expect("expire");
    assert_eq!(vol.get("/clinic").await.location(), "/clinic/sign-in", "an expired session opens nothing");
    vol.sign_in("vol", PASSWORD, None).await;
    let copied = vol.clone();
    let csrf = vol.csrf("/clinic").await;
    let out = vol.post("/clinic/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(out.location(), "/clinic/sign-in");
    assert!(!vol.cookies.contains_key("clinic_session"), "the cookie is cleared");
    let mut copied = copied;
    assert_eq!(copied.get("/clinic").await.location(), "/clinic/sign-in", "a copied cookie dies with the session");
    assert!(actions(&db).await.ends_with(&[Action::SignIn, Action::SignOut]));
}

async fn failed_sign_ins_lock_the_account_then_the_address(db: Db) {
    event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let mut b = Browser::new(&app);
    for _ in 0..5 {
        assert_eq!(b.sign_in("vol", "wrong password!", None).await.status, StatusCode::UNAUTHORIZED);
    }
    let locked = b.sign_in("vol", PASSWORD, None).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS, "the right password is refused while locked");
    assert!(locked.body.contains("Wait 15 minutes"));
    assert_eq!(locked.headers.get("retry-after").and_then(|v| v.to_str().ok()), Some("900"), "it says when to try again");
    assert!(!b.cookies.contains_key("clinic_session"));
    // Another account still signs in, until the address has failed too often.
    let mut other = Browser::new(&app);
    assert_eq!(other.sign_in("admin", PASSWORD, None).await.location(), "/clinic/code");
    for n in 0..15 {
        other.sign_in(&format!("nobody{n}"), "wrong password!", None).await;
    }
    assert_eq!(Browser::new(&app).sign_in("admin", PASSWORD, None).await.status, StatusCode::TOO_MANY_REQUESTS);
    let log = actions(&db).await;
    assert_eq!(log.iter().filter(|a| **a == Action::SignInFailed).count(), 20);
    assert!(log.contains(&Action::SignInLocked));
    // A sign-in form sent without its token is refused.
    let wrong = Browser::new(&app).post("/clinic/sign-in", &[]).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
}

async fn the_cookie_is_http_only_strict_and_secure_over_https(db: Db) {
    event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let mut b = Browser::new(&app);
    let form = b.send(Request::get("/clinic/sign-in").header("x-forwarded-proto", "https").body(Default::default()).expect("req")).await;
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("csrf", form.csrf().as_str()), ("username", "vol"), ("password", PASSWORD)])
        .finish();
    let req = Request::post("/clinic/sign-in")
        .header("x-forwarded-proto", "https")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body.into())
        .expect("req");
    let page = b.send(req).await;
    let set: Vec<&str> = page.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).collect();
    let session = set.iter().find(|c| c.starts_with("clinic_session=")).expect("a session cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/clinic"] {
        assert!(session.contains(flag), "{flag} in {session}");
    }
    let plain = Browser::new(&app).sign_in("vol", PASSWORD, None).await;
    let set: Vec<&str> = plain.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).collect();
    assert!(set.iter().any(|c| c.starts_with("clinic_session=") && !c.contains("Secure")), "{set:?}");
}

async fn the_public_site_sets_no_cookie_even_in_clinic_mode(db: Db) {
    let app = app(db.store.clone());
    let mut b = Browser::new(&app);
    for path in ["/", "/check", "/help", "/privacy", "/es", "/learn", "/api/v1/rules"] {
        let page = b.get(path).await;
        assert!(page.headers.get(header::SET_COOKIE).is_none(), "{path} set a cookie");
    }
    let page = b.post("/check", &[("go", "next")]).await;
    assert!(page.headers.get(header::SET_COOKIE).is_none());
    assert!(b.cookies.is_empty());
}

async fn two_editors_see_a_conflict_and_keep_what_they_typed(db: Db) {
    let (event, _) = event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let (mut a, mut b) = (Browser::new(&app), Browser::new(&app));
    a.sign_in("vol", PASSWORD, None).await;
    b.sign_in("vol", PASSWORD, None).await;
    let csrf = a.csrf("/clinic").await;
    let made = a.post_multipart(&format!("/clinic/events/{event}/matters"), &[("csrf", &csrf), ("full_name", "Ann Other")], None).await;
    let path = made.location().to_string();
    let (first, second) = (a.get(&path).await, b.get(&path).await);
    let version = |p: &clinic_common::web::Page| {
        p.body.split("name=\"version\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_string()
    };
    let saved =
        a.post(&path, &[("csrf", &first.csrf()), ("version", &version(&first)), ("status", "withdrawn"), ("notes", "from A")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let refused =
        b.post(&path, &[("csrf", &second.csrf()), ("version", &version(&second)), ("status", "withdrawn"), ("notes", "from B")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("from B"), "B's typing is shown again");
    let id: i64 = path.rsplit('/').next().and_then(|s| s.parse().ok()).expect("id");
    assert_eq!(db.store.matter(id).await.expect("read").expect("matter").notes, "from A");
    // A status that follows the review, the papers or the court is not set by hand.
    let page = a.get(&path).await;
    let by_hand = a.post(&path, &[("csrf", &page.csrf()), ("version", &version(&page)), ("status", "granted"), ("notes", "x")]).await;
    assert_eq!(by_hand.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(by_hand.body.contains("You may only mark the matter withdrawn"), "{}", by_hand.body);
    assert!(!page.body.contains("value=\"granted\""), "not offered either");
    let log = actions(&db).await;
    for action in [Action::CreateMatter, Action::ViewMatter, Action::EditMatter] {
        assert!(log.contains(&action), "{action:?} in {log:?}");
    }
}

async fn a_saved_answers_file_becomes_a_matter(db: Db) {
    let (event, _) = event_with_volunteer(&db).await;
    let app = app(db.store.clone());
    let mut vol = Browser::new(&app);
    vol.sign_in("vol", PASSWORD, None).await;
    let file = std::fs::read_to_string("tests/packets/a-dismissed-charge-in-the-county-court.json").expect("file");
    let path = format!("/clinic/events/{event}/matters");
    let csrf = vol.csrf("/clinic").await;
    let made = vol.post_multipart(&path, &[("csrf", &csrf), ("full_name", "")], Some(&file)).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let page = vol.get(made.location()).await;
    assert!(page.body.contains("Jordan Lee Carter") && page.body.contains("CO-2022-118"), "{}", page.body);
    let bad = vol.post_multipart(&path, &[("csrf", &csrf)], Some("{ not a case")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("could not read this file"));
    // A file larger than any saved answers file is refused in the page's own words.
    let large = "x".repeat(400 * 1024);
    let refused = vol.post_multipart(&path, &[("csrf", &csrf)], Some(&large)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("The file is too large"), "{}", refused.body);
    // A plain form larger than any clinic form is refused before it is read.
    let notes = "n".repeat(600 * 1024);
    let req = Request::post("/clinic/sign-in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, notes.len() + 6)
        .body(axum::body::Body::from(format!("notes={notes}")))
        .expect("request");
    assert_eq!(vol.send(req).await.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(actions(&db).await.contains(&Action::ImportAnswers));
}

async fn a_second_factor_code_works_once_and_a_new_app_ends_other_sessions(db: Db) {
    let app = app(db.store.clone());
    let secret = expunge_ms::clinic::accounts::new_totp_secret();
    account(&db.store, "attorney", Role::Attorney, Some(&secret)).await;
    let mut first = Browser::new(&app);
    assert_eq!(first.sign_in("attorney", PASSWORD, Some(&secret)).await.location(), "/clinic");
    // The same code again, from another browser, inside its 30 seconds: refused.
    let mut second = Browser::new(&app);
    assert_eq!(second.sign_in("attorney", PASSWORD, None).await.location(), "/clinic/code");
    let form = second.get("/clinic/code").await;
    let used = expunge_ms::clinic::accounts::current_code(&secret, expunge_ms::clock::now_unix());
    let again = second.post("/clinic/code", &[("csrf", &form.csrf()), ("code", &used)]).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED, "a code already used is refused");
    // A new app, set up from the first browser, ends the second's half-open session.
    let page = first.get("/clinic/enrol").await;
    let key = page.body.split("<code>").nth(1).and_then(|s| s.split("</code>").next()).map(|k| k.replace(' ', "")).unwrap_or_default();
    assert!(!key.is_empty(), "the enrol page shows the new key: {}", page.body);
    let code = expunge_ms::clinic::accounts::current_code(&key, expunge_ms::clock::now_unix());
    let set = first.post("/clinic/enrol", &[("csrf", &page.csrf()), ("secret", &key), ("code", &code)]).await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    assert_eq!(first.get("/clinic").await.status, StatusCode::OK, "the browser that set it up stays signed in");
    assert_eq!(second.get("/clinic/code").await.location(), "/clinic/sign-in", "the other session ended");
}

on_both!(
    a_second_factor_code_works_once_and_a_new_app_ends_other_sessions,
    every_form_needs_its_token,
    a_session_ends_at_its_expiry_and_at_sign_out,
    failed_sign_ins_lock_the_account_then_the_address,
    the_cookie_is_http_only_strict_and_secure_over_https,
    the_public_site_sets_no_cookie_even_in_clinic_mode,
    two_editors_see_a_conflict_and_keep_what_they_typed,
    a_saved_answers_file_becomes_a_matter,
);

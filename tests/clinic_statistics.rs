//! Statistics for funders, on SQLite and on PostgreSQL: the counts of a known set of
//! matters over a period (people, charges by result, route, county, court and event,
//! petitions filed, granted and denied), the same after the retention purge deleted
//! the matters they came from; the page's charts are well-formed SVG with a title and
//! a description, their numbers also in tables; the CSV reads back; only admins and
//! attorneys see them.

mod clinic_common;

use axum::http::StatusCode;
use chrono::NaiveDate;
use clinic_common::Db;
use clinic_common::tracking::{fixture, noon, screened};
use clinic_common::web::{Browser, PASSWORD, Page, account, app};
use expunge_ms::case::{Case, Petitioner};
use expunge_ms::clinic::accounts::new_totp_secret;
use expunge_ms::clinic::store::Store;
use expunge_ms::clinic::store::events::NewEvent;
use expunge_ms::clinic::store::matters::Status;
use expunge_ms::clinic::store::outcomes::PetitionOutcome;
use expunge_ms::clinic::store::tallies::{PetitionCount, Statistics};
use expunge_ms::clinic::store::users::Role;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

/// What the court did with the petition of `charges` (in the Circuit Court of Hinds County).
fn outcome(charges: &[usize], filed: NaiveDate, granted: Option<NaiveDate>, denied: Option<NaiveDate>) -> PetitionOutcome {
    PetitionOutcome {
        charges: charges.to_vec(),
        court: "the Circuit Court of Hinds County".into(),
        court_kind: Some("circuit".into()),
        county: Some("Hinds".into()),
        filed_on: Some(filed),
        granted_on: granted,
        denied_on: denied,
        denied_reason: denied.map(|_| "the order was missing".to_string()).unwrap_or_default(),
        ..PetitionOutcome::default()
    }
}

async fn event(store: &Store, name: &str, held_on: NaiveDate, county: &str, retention_days: i64, by: i64) -> i64 {
    store.create_event(&NewEvent { name, held_on, county, retention_days }, by, 1).await.expect("event")
}

/// The sum of a statistics' charges matching `pick`, by `key`.
fn sum(s: &Statistics, key: impl Fn(&expunge_ms::clinic::store::tallies::ChargeCount) -> String) -> Vec<(String, i64)> {
    let mut sums: std::collections::BTreeMap<String, i64> = std::collections::BTreeMap::new();
    for c in &s.charges {
        *sums.entry(key(c)).or_default() += c.charges;
    }
    sums.into_iter().collect()
}

/// Every inline SVG of a page, parsed: (the title, the description, the number of bars).
fn charts(page: &Page) -> Vec<(String, String, usize)> {
    page.body
        .split("<svg")
        .skip(1)
        .map(|rest| {
            let svg = format!("<svg{}</svg>", rest.split("</svg>").next().expect("a closed svg"));
            let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}: {svg}"));
            let root = doc.root_element();
            assert_eq!((root.tag_name().name(), root.tag_name().namespace()), ("svg", Some("http://www.w3.org/2000/svg")));
            assert_eq!(root.attribute("role"), Some("img"));
            let text_of = |tag: &str| {
                let node = root.children().find(|n| n.has_tag_name(tag)).unwrap_or_else(|| panic!("a {tag}"));
                let id = node.attribute("id").expect("an id");
                assert!(root.attribute("aria-labelledby").is_some_and(|l| l.split(' ').any(|part| part == id)), "{tag} labels the chart");
                node.text().unwrap_or_default().to_string()
            };
            let bars = root.descendants().filter(|n| n.has_tag_name("rect")).count();
            (text_of("title"), text_of("desc"), bars)
        })
        .collect()
}

/// The sums the page reads agree with the rows of each person and charge.
async fn sums_agree(store: &Store) {
    let scalar = |sql: &'static str| async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(store.pool()).await.expect(sql) };
    assert_eq!(scalar("SELECT CAST(SUM(people) AS BIGINT) FROM tally_sums").await, scalar("SELECT COUNT(*) FROM tally_people").await);
    assert_eq!(scalar("SELECT CAST(SUM(charges) AS BIGINT) FROM tally_sums").await, scalar("SELECT COUNT(*) FROM tally_charges").await);
    assert_eq!(
        scalar("SELECT CAST(SUM(filed) AS BIGINT) FROM tally_sums").await,
        scalar("SELECT CAST(SUM(filed) AS BIGINT) FROM tally_charges").await
    );
}

/// The number in the row of a table headed `label`.
fn number_in(page: &Page, label: &str) -> String {
    let row = format!("<th scope=\"row\">{label}</th><td class=\"number\">");
    let at = page.body.find(&row).unwrap_or_else(|| panic!("no row {label}")) + row.len();
    page.body[at..].split('<').next().unwrap_or_default().to_string()
}

/// The statistics page and CSV of 2026 as `admin_b` sees them, checked against the
/// known set; returns the CSV.
async fn page_and_csv(admin_b: &mut Browser, spring: i64) -> Page {
    let path = "/clinic/statistics?from=2026-01-01&to=2026-12-31";
    let page = admin_b.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("From January 1, 2026 to December 31, 2026"));
    assert_eq!(number_in(&page, "People served"), "4");
    assert_eq!(number_in(&page, "Charges checked"), "9");
    assert_eq!((number_in(&page, "Petitions filed"), number_in(&page, "Petitions granted")), ("3".into(), "2".into()));
    assert_eq!(number_in(&page, "May file now"), "7");
    assert_eq!(number_in(&page, "Cases that ended without a conviction"), "6", "a route by its name");
    assert_eq!(number_in(&page, "Justice court"), "2");
    assert_eq!(number_in(&page, "Spring &amp; Summer &lt;clinic&gt; (April 4, 2026)"), "1");
    let drawn = charts(&page);
    assert_eq!(drawn.len(), 5, "a chart for each breakdown");
    let titles: Vec<&str> = drawn.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        ["Charges by result", "Charges by the law that may clear them", "Charges by county", "Charges by court", "People by event"]
    );
    assert_eq!(drawn[2], ("Charges by county".into(), "A bar for each line: Hinds, 7; Rankin, 2.".into(), 2));
    assert!(drawn[4].1.contains("Spring & Summer <clinic> (April 4, 2026), 1"), "the description reads the bars: {}", drawn[4].1);
    let csv_before = admin_b.get("/clinic/statistics.csv?from=2026-01-01&to=2026-12-31").await;
    assert_eq!(csv_before.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv_before.body.as_bytes());
    assert_eq!(reader.headers().expect("header").iter().collect::<Vec<_>>(), ["breakdown", "key", "label", "count"]);
    let lines: Vec<Vec<String>> = reader.records().map(|r| r.expect("row").iter().map(str::to_string).collect()).collect();
    let count = |breakdown: &str, key: &str| {
        lines.iter().find(|l| l[0] == breakdown && l[1] == key).map(|l| l[3].clone()).unwrap_or_else(|| panic!("{breakdown} {key}"))
    };
    assert_eq!((count("totals", "people"), count("totals", "charges")), ("4".into(), "9".into()));
    assert_eq!((count("totals", "petitions_filed"), count("totals", "petitions_granted")), ("3".into(), "2".into()));
    assert_eq!(
        (count("county", "Hinds"), count("court", "municipal"), count("event", &spring.to_string())),
        ("7".into(), "2".into(), "1".into())
    );
    assert_eq!(count("outcome", "eligible_after"), "2");
    csv_before
}

async fn statistics_count_a_known_set_and_stay_the_same_after_a_purge(db: Db) {
    let store = db.store.clone();
    let app = app(store.clone());
    let (admin_secret, attorney_secret) = (new_totp_secret(), new_totp_secret());
    let admin = account(&store, "admin", Role::Admin, Some(&admin_secret)).await;
    account(&store, "attorney", Role::Attorney, Some(&attorney_secret)).await;
    let vol = account(&store, "vol", Role::Volunteer, None).await;
    let winter = event(&store, "Winter clinic", day(2026, 1, 10), "Hinds", 30, admin).await;
    let spring = event(&store, "Spring & Summer <clinic>", day(2026, 4, 4), "Rankin", 365, admin).await;
    let last_year = event(&store, "Last year", day(2025, 6, 1), "Hinds", 3650, admin).await;
    for e in [winter, spring, last_year] {
        store.assign_staff(e, vol).await.expect("assign");
    }
    let five = fixture("five-charges-in-two-courts", "Ann Example");
    let two = fixture("one-now-one-later", "Marcus Allen Reed");
    let named = Case { petitioner: Petitioner { full_name: Some("Nadia Name-Only".into()), ..Petitioner::default() }, ..Case::default() };
    let (w, s, l) = (noon(2026, 1, 10), noon(2026, 4, 4), noon(2025, 6, 1));
    let m1 = screened(&store, winter, &five, vol, w, day(2026, 1, 10)).await;
    screened(&store, winter, &two, vol, w, day(2026, 1, 10)).await;
    store.create_matter(winter, &named, vol, w).await.expect("matter");
    let m4 = screened(&store, spring, &two, vol, s, day(2026, 4, 4)).await;
    let m5 = screened(&store, last_year, &five, vol, l, day(2025, 6, 1)).await;
    let v = store.save_outcome(m1, 2, &outcome(&[0, 1], day(2026, 2, 1), Some(day(2026, 3, 2)), None), Status::Granted, w).await;
    let denied = outcome(&[3, 4], day(2026, 2, 1), None, Some(day(2026, 3, 3)));
    store.save_outcome(m1, v.expect("saved"), &denied, Status::Granted, w).await.expect("saved");
    let v = store.save_outcome(m4, 2, &outcome(&[0], day(2026, 5, 1), None, None), Status::Filed, s).await.expect("saved");
    store.save_outcome(m5, 2, &outcome(&[2], day(2025, 7, 1), Some(day(2026, 1, 15)), None), Status::Granted, l).await.expect("saved");

    let year = (day(2026, 1, 1), day(2026, 12, 31));
    sums_agree(&store).await;
    let before = store.statistics(year.0, year.1).await.expect("statistics");
    let mut people = before.people.clone();
    people.sort_unstable();
    let mut expected_people = vec![(winter, 3), (spring, 1)];
    expected_people.sort_unstable();
    assert_eq!(people, expected_people, "last year's person is not counted");
    assert_eq!(before.charges.iter().map(|c| c.charges).sum::<i64>(), 9);
    assert_eq!(before.petitions, PetitionCount { filed: 3, granted: 2, denied: 1, withdrawn: 0 }, "by the day each happened");
    let owned = |v: &[(&str, i64)]| v.iter().map(|(k, n)| (k.to_string(), *n)).collect::<Vec<_>>();
    assert_eq!(sum(&before, |c| c.county.clone()), owned(&[("Hinds", 7), ("Rankin", 2)]));
    assert_eq!(sum(&before, |c| c.court_kind.clone()), owned(&[("circuit", 5), ("justice", 2), ("municipal", 2)]));
    assert_eq!(sum(&before, |c| c.outcome.clone()), owned(&[("eligible", 7), ("eligible_after", 2)]));
    assert_eq!(sum(&before, |c| c.route.clone()), owned(&[("felony", 3), ("non_conviction", 6)]));
    let filed: i64 = before.charges.iter().map(|c| c.filed).sum();
    let granted: i64 = before.charges.iter().map(|c| c.granted).sum();
    assert_eq!((filed, granted), (5, 2), "charges 1, 2, 4, 5 of the first matter and the first of the spring one");

    let mut admin_b = Browser::new(&app);
    assert_eq!(admin_b.sign_in("admin", PASSWORD, Some(&admin_secret)).await.location(), "/clinic");
    let csv_before = page_and_csv(&mut admin_b, spring).await;

    // The winter event's time is up on February 9: its three matters go.
    let purged = expunge_ms::clinic::retention::purge(&store, day(2026, 3, 1), noon(2026, 3, 1)).await.expect("purge");
    assert_eq!(purged, 3);
    assert!(store.matter(m1).await.expect("read").is_none());
    let outcomes_left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outcomes WHERE matter_id = $1").bind(m1).fetch_one(store.pool()).await.expect("count");
    assert_eq!(outcomes_left, 0, "the outcomes went with the matter");
    let after = store.statistics(year.0, year.1).await.expect("statistics");
    assert_eq!(after, before, "the counts outlive the matters");
    let csv_after = admin_b.get("/clinic/statistics.csv?from=2026-01-01&to=2026-12-31").await;
    assert_eq!(csv_after.body, csv_before.body);
    for table in ["tally_people", "tally_charges", "tally_petitions"] {
        let detached: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE matter_id IS NULL"))
            .fetch_one(store.pool())
            .await
            .expect("count");
        assert!(detached > 0, "{table} keeps the purged matters' rows, tied to none");
    }

    // A later save of another matter changes only its own counts.
    store.save_outcome(m4, v, &outcome(&[0], day(2026, 5, 1), Some(day(2026, 6, 1)), None), Status::Granted, s).await.expect("saved");
    sums_agree(&store).await;
    let later = store.statistics(year.0, year.1).await.expect("statistics");
    assert_eq!((&later.people, later.charges.len()), (&after.people, after.charges.len()));
    assert_eq!(later.petitions, PetitionCount { granted: 3, ..after.petitions });

    // A clinic from before the counts were kept: the matters it still has are counted
    // when it opens.
    for table in ["tally_people", "tally_charges", "tally_petitions", "tally_sums"] {
        sqlx::query(&format!("DELETE FROM {table}")).execute(store.pool()).await.expect("delete");
    }
    let reopened = Store::open(&db.address, db.key.clone()).await.expect("open");
    let recounted = reopened.statistics(year.0, year.1).await.expect("statistics");
    assert_eq!(recounted.people, [(spring, 1)]);
    assert_eq!(recounted.charges.iter().map(|c| c.charges).sum::<i64>(), 2);
    assert_eq!(recounted.petitions, PetitionCount { filed: 1, granted: 2, denied: 0, withdrawn: 0 });
}

async fn only_admins_and_attorneys_see_the_statistics_and_a_bad_period_is_refused_beside_its_field(db: Db) {
    let store = db.store.clone();
    let app = app(store.clone());
    let secret = new_totp_secret();
    account(&store, "attorney", Role::Attorney, Some(&secret)).await;
    account(&store, "vol", Role::Volunteer, None).await;
    let mut attorney = Browser::new(&app);
    assert_eq!(attorney.sign_in("attorney", PASSWORD, Some(&secret)).await.location(), "/clinic");
    let mut vol = Browser::new(&app);
    assert_eq!(vol.sign_in("vol", PASSWORD, None).await.location(), "/clinic");
    for path in ["/clinic/statistics", "/clinic/statistics.csv"] {
        assert_eq!(vol.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(attorney.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert!(!vol.get("/clinic").await.body.contains("/clinic/statistics"), "no link for a volunteer");
    let page = attorney.get("/clinic/statistics").await;
    let year = chrono::Datelike::year(&expunge_ms::clock::today_in_mississippi());
    assert!(page.body.contains(&format!("From January 1, {year} to December 31, {year}")), "this year unless asked");
    assert!(page.body.contains("Nothing was counted in these days."));
    let bad = attorney.get("/clinic/statistics?from=2026-13-01&to=2026-01-31").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"from-error\"") && bad.body.contains("Write the date like 2026-11-28."));
    assert!(bad.body.contains("value=\"2026-13-01\""), "what was typed is kept");
    let backwards = attorney.get("/clinic/statistics?from=2026-03-01&to=2026-01-31").await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards.body.contains("id=\"to-error\"") && backwards.body.contains("The first day must not be after the last day."));
    assert_eq!(attorney.get("/clinic/statistics.csv?from=x").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

on_both!(
    statistics_count_a_known_set_and_stay_the_same_after_a_purge,
    only_admins_and_attorneys_see_the_statistics_and_a_bad_period_is_refused_beside_its_field
);

//! No wording meant for the team ("verify before launch", "research notes", "inferred",
//! a research memo's name) on any public page or in any result a person reads.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use expunge_ms::server::{self, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Words for the team, never for the public (matched without regard to case).
/// A source's name ("LegalEase memo") is a citation, not team wording, so it may show.
const TEAM_WORDS: &[&str] = &["verify before launch", "verify_before_launch", "before launch", "research notes", "inferred"];

/// Markers a team leaves, in capitals only: "todo" is a Spanish word ("all").
const MARKERS: &[&str] = &["TODO", "FIXME"];

fn team_words_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words = TEAM_WORDS.iter().copied().filter(|w| lower.contains(w));
    words.chain(MARKERS.iter().copied().filter(|m| text.contains(m))).collect()
}

fn app() -> Router {
    let leptos = server::leptos_options("target/site".into(), ([127, 0, 0, 1], 3000).into());
    server::router(AppState::new(expunge_ms::site::Sites::embedded().unwrap(), leptos, server::Limits::default()))
}

async fn page(path: &str) -> String {
    let req = Request::get(path).header(header::ACCEPT, "text/html").body(Body::empty()).unwrap();
    let res = app().oneshot(req).await.unwrap();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&body).to_string()
}

/// The visible text of a page: tags, and the scripts' and styles' contents, left out.
fn visible(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    loop {
        let next = ["<script", "<style"].iter().filter_map(|t| rest.find(t).map(|at| (at, *t))).min();
        let Some((at, tag)) = next else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..at]);
        let close = if tag == "<script" { "</script>" } else { "</style>" };
        rest = rest[at..].find(close).map_or("", |end| &rest[at + end + close.len()..]);
    }
    let mut out = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn no_public_page_has_words_meant_for_the_team() {
    let rules = expunge_ms::rules::embedded().unwrap();
    let mut paths: Vec<String> =
        ["/", "/check", "/learn", "/how-it-works", "/help", "/privacy", "/no-such-page"].map(String::from).to_vec();
    paths.extend(rules.learn.iter().map(|p| format!("/learn/{}", p.slug)));
    let mut found = Vec::new();
    for path in &paths {
        let text = visible(&page(path).await);
        let words = team_words_in(&text);
        if !words.is_empty() {
            found.push(format!("{path}: {words:?}"));
        }
    }
    assert!(found.is_empty(), "team wording on public pages:\n{}", found.join("\n"));
}

#[test]
fn no_result_has_words_meant_for_the_team() {
    // Every scenario's case, assessed: the texts a result card shows.
    let rules = expunge_ms::rules::embedded().unwrap();
    let mut found = Vec::new();
    let mut count = 0;
    for dir in std::fs::read_dir("tests/scenarios").unwrap().flatten() {
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap();
            let value: toml::Value = toml::from_str(&text).unwrap();
            let Some(case) = value.get("case") else { continue };
            let as_of = value.get("as_of").and_then(toml::Value::as_str).unwrap_or("2026-11-23");
            let json = serde_json::to_string(case).unwrap();
            let Ok(a) = expunge_ms::engine::assess_json(&rules, &json, as_of.parse().unwrap()) else { continue };
            count += 1;
            // The assessment carries ids and certainty names for machines; these are the
            // texts a person reads.
            let mut texts = vec![a.disclaimer.clone()];
            for c in &a.charges {
                texts.push(c.headline.to_string());
                texts.extend(c.reasons.iter().chain(&c.notes).map(|r| format!("{} ({})", r.explanation, r.citation)));
                if let Some(f) = &c.filing {
                    texts.extend([f.court.clone(), f.fee.explanation.to_string(), f.notice.explanation.clone(), f.notice.citation.clone()]);
                }
            }
            for t in texts {
                let words = team_words_in(&t);
                if !words.is_empty() {
                    found.push(format!("{}: {words:?}: {t}", file.path().display()));
                }
            }
        }
    }
    assert!(count > 100, "{count} scenarios assessed");
    found.dedup();
    assert!(found.is_empty(), "team wording in results:\n{}", found.join("\n"));
}

#[test]
fn the_words_files_have_no_words_meant_for_the_team() {
    use expunge_ms::rules::Lang;
    use expunge_ms::rules::messages::Messages;
    // The screens' words: every message as it is shown (comments are for the team).
    for (lang, file, text) in [
        (Lang::En, "rules/text/en/site.ftl", include_str!("../rules/text/en/site.ftl")),
        (Lang::Es, "rules/text/es/site.ftl", include_str!("../rules/text/es/site.ftl")),
    ] {
        let messages = Messages::parse(lang, file, text).unwrap();
        for id in messages.ids() {
            let shown = messages.format(id, &[]).unwrap_or_default();
            assert!(team_words_in(&shown).is_empty(), "{file}: {id}: {shown}");
        }
    }
    for (file, text) in [
        ("rules/ms/reasons.toml", include_str!("../rules/ms/reasons.toml")),
        ("rules/ms/facts.toml", include_str!("../rules/ms/facts.toml")),
    ] {
        // Comments are for the team; values are for the public.
        let value: toml::Value = toml::from_str(text).unwrap();
        let mut strings = Vec::new();
        collect(&value, &mut strings);
        for s in strings {
            // A reason's `certainty = "inferred"` is a machine value, not shown as such.
            assert!(team_words_in(&s).is_empty() || s == "inferred", "{file}: {s}");
        }
    }
}

fn collect(v: &toml::Value, out: &mut Vec<String>) {
    match v {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        toml::Value::Table(t) => t.values().for_each(|x| collect(x, out)),
        _ => {}
    }
}

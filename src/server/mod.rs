//! The HTTP server: the Leptos pages, the JSON API, static files, and the headers and
//! limits every response gets. Handlers are thin: they parse, call `engine`, and
//! answer. Nothing a person typed is logged or written anywhere.

mod api;
mod cache;
mod edge;
mod headers;
mod limits;
mod listen;
mod questionnaire;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::FromRef;
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use tower_http::services::ServeDir;

use crate::app::{App, shell};
use crate::questionnaire::words::Words;
use crate::rules::{Lang, RuleBook};
use crate::site::{Site, Sites};

pub use edge::log_panics;
pub use limits::{BODY_LIMIT, FORM_LIMIT, Limits};
pub use listen::{OverTls, serve, serve_tls};

/// Everything a request handler may need.
#[derive(Clone)]
pub struct AppState {
    /// The English rules: what the API answers with.
    pub rules: Arc<RuleBook>,
    /// The English words of the screens.
    pub words: Arc<Words>,
    /// The rules and words in every language, loaded and checked at start-up.
    pub sites: Sites,
    pub leptos: LeptosOptions,
    pub limits: Limits,
    /// Packets waiting to be drawn, and being drawn.
    pdf: Arc<api::PdfQueue>,
}

impl AppState {
    pub fn new(sites: Sites, leptos: LeptosOptions, limits: Limits) -> AppState {
        let pdf = Arc::new(api::PdfQueue::new(&limits));
        let english = sites.english();
        AppState { rules: english.rules.clone(), words: english.words.clone(), sites, leptos, limits, pdf }
    }

    /// The rules and words of the language of `path`.
    pub fn site(&self, path: &str) -> &Site {
        self.sites.get(Lang::of_path(path).0)
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// Where the built site (WASM, JS, CSS, public files) is served from. The bundle's
/// file names carry a content hash, written by the build to `pkg/bundle.txt`; without
/// that file (a build by hand) the plain names are used.
pub fn leptos_options(site_root: PathBuf, addr: std::net::SocketAddr) -> LeptosOptions {
    let bundle = std::fs::read_to_string(site_root.join("pkg").join("bundle.txt"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .unwrap_or_else(|| "expunge_ms".to_string());
    LeptosOptions::builder()
        .output_name(bundle)
        .site_root(site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

/// What every page is given: its language, the rules and the words in that language,
/// and today's date. The language is the request's path's.
fn page_context(sites: &Sites, options: &LeptosOptions) {
    let lang = use_context::<axum::http::request::Parts>().map(|p| Lang::of_path(p.uri.path()).0).unwrap_or(Lang::En);
    let site = sites.get(lang);
    provide_context(lang);
    provide_context(site.rules.clone());
    provide_context(site.words.clone());
    provide_context(options.clone());
    provide_context(crate::questionnaire::Today(crate::clock::today_in_mississippi()));
}

/// The whole application as one router, for the server and for tests: the public
/// site only, which opens no database and sets no cookie.
pub fn router(state: AppState) -> Router {
    build(state, None)
}

/// The public site and clinic mode's pages under `/clinic`, with the clinic's store.
pub fn router_with_clinic(state: AppState, store: crate::clinic::store::Store) -> Router {
    router_with_clinic_settings(state, store, crate::clinic::mail::Settings::default())
}

/// `router_with_clinic`, with the reminders' settings (the clinic's contact, e-mail).
pub fn router_with_clinic_settings(
    state: AppState,
    store: crate::clinic::store::Store,
    reminders: crate::clinic::mail::Settings,
) -> Router {
    let clinic = crate::clinic::web::ClinicState::new(store, &state.sites, &state.leptos.output_name).with_reminders(reminders);
    build(state, Some(crate::clinic::web::routes(clinic)))
}

/// What the compression layer squeezes: tower-http's default (not images, not
/// streams, not tiny answers), and neither PDFs nor zips.
fn worth_compressing() -> impl tower_http::compression::Predicate {
    use tower_http::compression::Predicate;
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType};
    DefaultPredicate::new().and(NotForContentType::const_new("application/pdf")).and(NotForContentType::const_new("application/zip"))
}

fn build(state: AppState, clinic: Option<Router>) -> Router {
    // The route list is made once per process. Making it runs the app with resource loading
    // switched off process-wide (leptos issue #4773), so a page rendered at that moment on
    // another thread would wait forever; with one list, no render can overlap its making.
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    let routes = ROUTES.get_or_init(|| generate_route_list(App)).clone();
    edge::prepare_fault_page(&state.sites);
    let fault_sites = state.sites.clone();
    let csp = headers::Csp::new(&crate::app::inline_scripts(state.leptos.clone()));
    let sites = state.sites.clone();
    let site_root = PathBuf::from(state.leptos.site_root.as_ref());
    let leptos = state.leptos.clone();
    // Public files, or the 404 page: drawn with the rules like every other page.
    let files = {
        let sites = state.sites.clone();
        let options = state.leptos.clone();
        leptos_axum::file_and_error_handler_with_context::<AppState, _>(move || page_context(&sites, &options), shell)
    };
    let fallback = move |uri: axum::http::Uri, state: axum::extract::State<AppState>, req: axum::extract::Request| {
        let files = files.clone();
        async move {
            match edge::read_only(req.method()) {
                Some(refused) => refused,
                None => files(uri, state, req).await,
            }
        }
    };
    let options = state.leptos.clone();
    let pages = questionnaire::routes()
        .leptos_routes_with_context(&state, routes, move || page_context(&sites, &options), move || shell(leptos.clone()))
        .fallback(fallback)
        .with_state(state.clone());
    let cache = cache::PageCache::new(&state.rules);
    let limits = state.limits.clone();
    let pkg = Router::new().nest_service("/pkg", ServeDir::new(site_root.join("pkg")).precompressed_br().precompressed_gzip());
    // No request may be larger than a questionnaire form can be, whatever reads it
    // (clinic mode sets its own limits: an import is larger).
    let public = Router::new()
        .nest("/api/v1", api::router(state))
        .merge(pkg)
        .merge(pages)
        .layer(tower_http::limit::RequestBodyLimitLayer::new(FORM_LIMIT));
    Router::new()
        .merge(clinic.unwrap_or_default())
        .merge(public)
        .layer(axum::middleware::from_fn_with_state(cache, cache::serve))
        // Pages and API answers are compressed on the fly; /pkg files are served
        // from their precompressed copies.
        // Level 4: about the size of the best level for pages this small, at a small
        // part of the cost (measured by .ci/bench-web).
        // PDFs and zips are compressed already: squeezing a clinic's batch stack again
        // would cost seconds of a core for nothing.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(tower_http::CompressionLevel::Precise(4))
                .compress_when(worth_compressing()),
        )
        // A page whose handler panics still gets an answer (the API answers in JSON first).
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(edge::page_panicked))
        // A body that arrives too slowly fails its read (408); a request not answered in
        // time gets 503. Neither holds a connection open for long.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(limits.body_timeout))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(axum::http::StatusCode::SERVICE_UNAVAILABLE, limits.request_timeout))
        .layer(axum::middleware::from_fn(api::json_errors))
        .layer(axum::middleware::from_fn_with_state(fault_sites, edge::worded_errors))
        .layer(axum::middleware::from_fn(edge::tidy_path))
        .layer(axum::middleware::from_fn_with_state(csp, headers::secure))
        .layer(axum::middleware::from_fn(headers::log_request))
}

//! Accepting connections, with limits, so that slow or greedy clients cannot take the
//! site from everyone else:
//!
//! - at most `max_connections` open at once, and at most `max_connections_per_client`
//!   from one client; beyond either, the connection gets a short 503 and is closed;
//! - a request's headers must arrive within `header_timeout`, which is also how long
//!   an idle kept-alive connection stays open;
//! - a connection lives at most `connection_lifetime`: then it finishes the request
//!   in hand (5 seconds at most) and closes, so a client that stops reading an answer
//!   cannot hold its place for ever;
//! - bodies and whole requests are timed by the router (`Limits::body_timeout`,
//!   `Limits::request_timeout`).
//!
//! Each request carries the client's address (`ConnectInfo`) for the PDF queue's fair
//! share. Addresses are never logged.
//!
//! With a certificate (`serve_tls`, clinic mode only) every connection is HTTPS: the
//! handshake must finish within `header_timeout`, requests carry `OverTls`, and a
//! browser that speaks plain HTTP to the port is sent to the same address over HTTPS.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use super::Limits;

/// What a refused connection reads before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
Retry-After: 5\r\nConnection: close\r\nContent-Length: 53\r\n\r\nThe site is busy. Please try again in a few seconds.\n";

/// How long a connection past its lifetime, or at shutdown, may take to finish.
const GRACE: Duration = Duration::from_secs(5);

/// The first byte of a TLS handshake; anything else is taken for plain HTTP.
const TLS_HANDSHAKE: u8 = 0x16;

/// Marks a request that came over HTTPS (`serve_tls`), for the clinic's `Secure` cookie.
#[derive(Clone, Copy, Debug)]
pub struct OverTls;

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests
/// finish (for at most 10 seconds).
pub async fn serve(listener: TcpListener, app: Router, limits: &Limits, shutdown: impl Future<Output = ()>) {
    serve_with(listener, app, limits, None, shutdown).await;
}

/// `serve`, over HTTPS with `tls`'s certificate.
pub async fn serve_tls(listener: TcpListener, app: Router, limits: &Limits, tls: TlsAcceptor, shutdown: impl Future<Output = ()>) {
    serve_with(listener, app, limits, Some(tls), shutdown).await;
}

async fn serve_with(listener: TcpListener, app: Router, limits: &Limits, tls: Option<TlsAcceptor>, shutdown: impl Future<Output = ()>) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let clients = PerClient::new(limits.max_connections_per_client);
    let (stop, stopping) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file handles, or a connection reset before it was taken: wait
                    // a moment rather than spin, and go on.
                    tracing::warn!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let slot = open.clone().try_acquire_owned().ok().and_then(|permit| clients.enter(peer.ip()).map(|seat| (permit, seat)));
        let Some(slot) = slot else {
            tokio::spawn(refuse(stream));
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let http = http.clone();
        let (tls, lifetime, handshake) = (tls.clone(), limits.connection_lifetime, limits.header_timeout);
        let stopping = stopping.clone();
        tokio::spawn(async move {
            let service = move |over_tls: bool| {
                hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                    req.extensions_mut().insert(ConnectInfo(peer));
                    if over_tls {
                        req.extensions_mut().insert(OverTls);
                    }
                    app.clone().oneshot(req.map(axum::body::Body::new))
                })
            };
            match tls {
                None => run(&http, stream, service(false), lifetime, stopping).await,
                Some(tls) => match tokio::time::timeout(handshake, first_byte(&stream)).await {
                    Ok(Some(TLS_HANDSHAKE)) => {
                        if let Ok(Ok(stream)) = tokio::time::timeout(handshake, tls.accept(stream)).await {
                            run(&http, stream, service(true), lifetime, stopping).await;
                        }
                    }
                    Ok(Some(_)) => run(&http, stream, hyper::service::service_fn(to_https), lifetime, stopping).await,
                    Ok(None) | Err(_) => {}
                },
            }
            drop(slot);
        });
    }
    // No new connections; open ones finish what they are doing, then close.
    drop(listener);
    let _ = stop.send(true);
    let every_place = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(GRACE * 2, open.acquire_many(every_place)).await;
}

/// Serves one connection until it closes, its lifetime ends, or the server stops.
async fn run<I, S, B>(
    http: &hyper::server::conn::http1::Builder,
    io: I,
    service: S,
    lifetime: Duration,
    mut stopping: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin,
    S: hyper::service::HttpService<Incoming, ResBody = B>,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B: hyper::body::Body + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let connection = http.serve_connection(TokioIo::new(io), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        () = tokio::time::sleep(lifetime) => {
            connection.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(GRACE, connection).await;
        }
        _ = stopping.changed() => {
            connection.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(GRACE, connection).await;
        }
    }
}

/// The first byte a client sent, without taking it; `None` if it closed first.
async fn first_byte(stream: &TcpStream) -> Option<u8> {
    let mut byte = [0u8; 1];
    match stream.peek(&mut byte).await {
        Ok(1) => Some(byte[0]),
        _ => None,
    }
}

/// The answer to plain HTTP on the HTTPS port: the same address over HTTPS (a
/// temporary redirect, so a later plain-HTTP clinic on this address still works).
async fn to_https(req: hyper::Request<Incoming>) -> Result<axum::response::Response, std::convert::Infallible> {
    use axum::http::{HeaderValue, StatusCode, header, uri::Authority};
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.contains('@'))
        .and_then(|h| h.parse::<Authority>().ok());
    let path = req.uri().path_and_query().map_or("/", |p| p.as_str());
    let location = host.and_then(|host| HeaderValue::from_str(&format!("https://{host}{path}")).ok());
    let mut res = axum::response::Response::new(axum::body::Body::from(
        "This clinic is served over HTTPS: use an address that starts with https://\n",
    ));
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    match location {
        Some(location) => {
            *res.status_mut() = StatusCode::TEMPORARY_REDIRECT;
            res.headers_mut().insert(header::LOCATION, location);
        }
        None => *res.status_mut() = StatusCode::BAD_REQUEST,
    }
    Ok(res)
}

/// Tells a connection over the limits that the site is busy, and closes it.
async fn refuse(mut stream: TcpStream) {
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        stream.write_all(BUSY).await?;
        stream.shutdown().await
    })
    .await;
}

/// Who a client is, for fair shares: its IPv4 address, or the /64 network of its IPv6
/// address (one household or phone holds a whole /64).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Client(IpAddr);

impl Client {
    pub fn of(ip: IpAddr) -> Client {
        match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Client(IpAddr::V4(v4)),
                None => Client(IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into())),
            },
            v4 => Client(v4),
        }
    }
}

/// Places held by each client, at most `most` each: connections, or packets in the
/// PDF queue. `None` stands for requests without a socket (tests).
#[derive(Clone)]
pub struct PerClient {
    most: usize,
    held: Arc<Mutex<HashMap<Option<Client>, usize>>>,
}

/// One place of a client; dropping it gives the place back.
pub struct Seat {
    clients: PerClient,
    client: Option<Client>,
}

impl PerClient {
    pub fn new(most: usize) -> PerClient {
        PerClient { most: most.max(1), held: Arc::default() }
    }

    /// A place for the client at `ip` (`None`: no socket), if it has fewer than its share.
    pub fn enter(&self, ip: impl Into<Option<IpAddr>>) -> Option<Seat> {
        let client = ip.into().map(Client::of);
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        // Looked up before it is counted, so a refusal leaves nothing behind.
        if held.get(&client).is_some_and(|n| *n >= self.most) {
            return None;
        }
        *held.entry(client).or_default() += 1;
        Some(Seat { clients: self.clone(), client })
    }

    /// How many clients hold a place now.
    #[cfg(test)]
    fn clients(&self) -> usize {
        self.held.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut held = self.clients.held.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = held.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                held.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_client_holds_at_most_its_share_and_gets_it_back() {
        let clients = PerClient::new(2);
        let a: IpAddr = [127, 0, 0, 2].into();
        let b: IpAddr = [127, 0, 0, 3].into();
        let first = clients.enter(a).expect("a first connection");
        let _second = clients.enter(a).expect("a second");
        assert!(clients.enter(a).is_none(), "no third from the same client");
        assert!(clients.enter(b).is_some(), "another client still gets in");
        drop(first);
        assert!(clients.enter(a).is_some(), "a place comes back when a connection closes");
    }

    #[test]
    fn a_refused_client_leaves_nothing_behind() {
        let clients = PerClient::new(1);
        let _held = clients.enter(IpAddr::from([10, 0, 0, 1])).unwrap();
        assert!(clients.enter(IpAddr::from([10, 0, 0, 1])).is_none());
        assert_eq!(clients.clients(), 1);
    }

    #[test]
    fn one_ipv6_network_is_one_client() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(Client::of(a), Client::of(b));
        assert_ne!(Client::of(a), Client::of(c));
        let mapped: IpAddr = "::ffff:10.0.0.1".parse().unwrap();
        assert_eq!(Client::of(mapped), Client::of(IpAddr::from([10, 0, 0, 1])));
    }
}

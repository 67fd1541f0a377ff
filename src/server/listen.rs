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

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tower::ServiceExt;

use super::Limits;

/// What a refused connection reads before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
Retry-After: 5\r\nConnection: close\r\nContent-Length: 53\r\n\r\nThe site is busy. Please try again in a few seconds.\n";

/// How long a connection past its lifetime, or at shutdown, may take to finish.
const GRACE: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests
/// finish (for at most 10 seconds).
pub async fn serve(listener: TcpListener, app: Router, limits: &Limits, shutdown: impl Future<Output = ()>) {
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
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(req.map(axum::body::Body::new))
        });
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let lifetime = limits.connection_lifetime;
        let mut stopping = stopping.clone();
        tokio::spawn(async move {
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
            drop(slot);
        });
    }
    // No new connections; open ones finish what they are doing, then close.
    drop(listener);
    let _ = stop.send(true);
    let every_place = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(GRACE * 2, open.acquire_many(every_place)).await;
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

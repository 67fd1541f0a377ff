//! Accepting connections, with limits, so that slow or greedy clients cannot take the
//! site from everyone else:
//!
//! - at most `max_connections` open at once, and at most `max_connections_per_client`
//!   from one address; beyond either, the connection gets a short 503 and is closed;
//! - a request's headers must arrive within `header_timeout`, which is also how long
//!   an idle kept-alive connection stays open;
//! - bodies and whole requests are timed by the router (`Limits::body_timeout`,
//!   `Limits::request_timeout`).
//!
//! Each request carries the client's address (`ConnectInfo`) for the PDF queue's fair
//! share. Addresses are never logged.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tower::ServiceExt;

use super::Limits;

/// What a refused connection reads before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
Retry-After: 5\r\nConnection: close\r\nContent-Length: 53\r\n\r\nThe site is busy. Please try again in a few seconds.\n";

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests
/// finish (for at most 10 seconds).
pub async fn serve(listener: TcpListener, app: Router, limits: &Limits, shutdown: impl Future<Output = ()>) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let clients = Clients::new(limits.max_connections_per_client);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
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
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(10)) => {}
    }
}

/// Tells a connection over the limits that the site is busy, and closes it.
async fn refuse(mut stream: TcpStream) {
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        stream.write_all(BUSY).await?;
        stream.shutdown().await
    })
    .await;
}

/// Open connections by client address.
#[derive(Clone)]
struct Clients {
    most: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One open connection of a client; leaving gives the place back.
struct Seat {
    clients: Clients,
    ip: IpAddr,
}

impl Clients {
    fn new(most: usize) -> Clients {
        Clients { most, open: Arc::default() }
    }

    fn enter(&self, ip: IpAddr) -> Option<Seat> {
        let mut open = self.open.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = open.entry(ip).or_default();
        if *count >= self.most {
            return None;
        }
        *count += 1;
        Some(Seat { clients: self.clone(), ip })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut open = self.clients.open.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_client_holds_at_most_its_share_and_gets_it_back() {
        let clients = Clients::new(2);
        let a: IpAddr = [127, 0, 0, 2].into();
        let b: IpAddr = [127, 0, 0, 3].into();
        let first = clients.enter(a).expect("a first connection");
        let _second = clients.enter(a).expect("a second");
        assert!(clients.enter(a).is_none(), "no third from the same client");
        assert!(clients.enter(b).is_some(), "another client still gets in");
        drop(first);
        assert!(clients.enter(a).is_some(), "a place comes back when a connection closes");
    }
}

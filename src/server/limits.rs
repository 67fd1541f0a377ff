//! How much the server takes on, how long it waits, and how large a request may be.

use std::time::Duration;

/// The largest case body the API accepts: far more than 50 charges need.
pub const BODY_LIMIT: usize = 256 * 1024;

/// The largest form accepted: the answers of the largest case, written in a form.
pub const FORM_LIMIT: usize = 2 * BODY_LIMIT;

/// How much the server takes on, and how long it waits. Each is settable in the
/// environment; the README's "Limits" section lists them with their defaults.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Connections open at once; beyond, a new connection gets 503 and is closed.
    pub max_connections: usize,
    /// Connections open at once from one client (behind a proxy, set it to `max_connections`).
    pub max_connections_per_client: usize,
    /// Time for a request's headers to arrive; also how long an idle connection stays open.
    pub header_timeout: Duration,
    /// The longest a connection stays open, however busy (then it closes after its
    /// current request).
    pub connection_lifetime: Duration,
    /// The longest wait for the next piece of a request's body (408 beyond).
    pub body_timeout: Duration,
    /// Time for a whole request to be answered (503 beyond).
    pub request_timeout: Duration,
    /// Packets waiting or being drawn at once; beyond, 503 with Retry-After.
    pub pdf_queue: usize,
    /// Packets one client (an IPv4 address, an IPv6 /64) may have waiting or being drawn
    /// at once. Behind a proxy every visitor is one client: raise this and the
    /// connection share to the totals.
    pub pdf_per_client: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_connections: 768,
            // A clinic's laptops, or a library's, may all share one address.
            max_connections_per_client: 128,
            header_timeout: Duration::from_secs(10),
            connection_lifetime: Duration::from_secs(120),
            body_timeout: Duration::from_secs(20),
            request_timeout: Duration::from_secs(30),
            pdf_queue: 32,
            pdf_per_client: 4,
        }
    }
}

//! The server's bounds: connections in all and per address, and requests per address per
//! second (a token bucket). A phone opens a handful of connections; a room of hundreds of
//! phones fits; one machine opening thousands (a slow-loris attack) is refused at the door
//! without starving anyone else.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The numbers, in one place (docs/share.md gives the reasons).
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// Open connections at most, all addresses together.
    pub connections: usize,
    /// Open connections at most from one address.
    pub per_address: usize,
    /// Requests one address may make in a burst…
    pub burst: f64,
    /// …and per second after it.
    pub per_second: f64,
}

impl Default for Bounds {
    fn default() -> Bounds {
        Bounds {
            connections: 4096,
            per_address: 64,
            burst: 120.0,
            per_second: 40.0,
        }
    }
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Open connections and request buckets.
#[derive(Debug, Default)]
pub struct Limits {
    pub bounds: Bounds,
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

/// A connection let in: it counts until dropped.
pub struct Admitted {
    limits: Arc<Limits>,
    ip: IpAddr,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let mut open = self.limits.open.lock().unwrap_or_else(|e| e.into_inner());
        open.0 = open.0.saturating_sub(1);
        if let Some(n) = open.1.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.1.remove(&self.ip);
            }
        }
    }
}

impl Limits {
    /// Limits with these bounds.
    pub fn new(bounds: Bounds) -> Limits {
        Limits {
            bounds,
            ..Limits::default()
        }
    }

    /// Lets a connection from `ip` in, or not (too many open, in all or from it).
    pub fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Admitted> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let mine = open.1.get(&ip).copied().unwrap_or(0);
        if open.0 >= self.bounds.connections || mine >= self.bounds.per_address {
            return None;
        }
        open.0 += 1;
        open.1.insert(ip, mine + 1);
        Some(Admitted {
            limits: self.clone(),
            ip,
        })
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.open.lock().unwrap_or_else(|e| e.into_inner()).0
    }

    /// Whether `ip` may make one more request now (and counts it).
    pub fn request(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > 65_536 {
            // Forget full buckets rather than grow without end.
            let (burst, rate) = (self.bounds.burst, self.bounds.per_second);
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let b = buckets.entry(ip).or_insert(Bucket {
            tokens: self.bounds.burst,
            at: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * self.bounds.per_second).min(self.bounds.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_are_bounded_per_address_and_in_all() {
        let limits = Arc::new(Limits::new(Bounds {
            connections: 3,
            per_address: 2,
            ..Bounds::default()
        }));
        let (a, b, c): (IpAddr, IpAddr, IpAddr) = (
            "10.0.0.1".parse().unwrap(),
            "10.0.0.2".parse().unwrap(),
            "10.0.0.3".parse().unwrap(),
        );
        let a1 = limits.admit(a).unwrap();
        let _a2 = limits.admit(a).unwrap();
        assert!(limits.admit(a).is_none(), "a third from one address");
        let _b1 = limits.admit(b).unwrap();
        assert!(limits.admit(c).is_none(), "a fourth in all");
        drop(a1);
        assert_eq!(limits.open(), 2);
        assert!(limits.admit(c).is_some());
    }

    #[test]
    fn requests_past_the_burst_wait_for_the_rate() {
        let limits = Limits::new(Bounds {
            burst: 5.0,
            per_second: 0.001,
            ..Bounds::default()
        });
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        assert_eq!((0..10).filter(|_| limits.request(ip)).count(), 5);
        assert!(
            limits.request("10.0.0.9".parse().unwrap()),
            "another address has its own"
        );
    }
}

//! Which address the phones use: the one this machine would reach the network by, and the
//! others it has, for `estrade share --check`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

/// The address of the interface this machine would send to the local network by. Finding it
/// sends nothing: connecting a UDP socket only chooses a route.
pub fn primary() -> Option<IpAddr> {
    let probe = |bind: SocketAddr, to: SocketAddr| {
        let s = UdpSocket::bind(bind).ok()?;
        s.connect(to).ok()?;
        s.local_addr().ok().map(|a| a.ip())
    };
    // 192.0.2.1 is a documentation address: no packet goes anywhere.
    probe(
        SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)),
        SocketAddr::from(([192, 0, 2, 1], 9)),
    )
    .filter(|ip| !ip.is_unspecified() && !ip.is_loopback())
    .or_else(|| others().into_iter().map(|(_, ip)| ip).find(IpAddr::is_ipv4))
}

/// Every address of this machine's interfaces but loopback: (interface, address).
pub fn others() -> Vec<(String, IpAddr)> {
    if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| (i.name.clone(), i.ip()))
        .collect()
}

/// Whether phones on a venue's network can usually reach `ip`: a private IPv4 range, or an
/// IPv6 unique-local one. A public address works too, but is reachable from everywhere.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_private(),
        IpAddr::V6(v6) => (v6.segments()[0] & 0xfe00) == 0xfc00,
    }
}

/// Whether `ip` is only good on one link (169.254.x.x, fe80::): no DHCP answered there.
pub fn is_link_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_link_local(),
        IpAddr::V6(v6) => (v6.segments()[0] & 0xffc0) == 0xfe80,
    }
}

/// `http://HOST:PORT/PATH` (an IPv6 host in brackets).
pub fn url(ip: IpAddr, port: u16, path: &str) -> String {
    match ip {
        IpAddr::V4(v4) => format!("http://{v4}:{port}{path}"),
        IpAddr::V6(v6) => format!("http://[{v6}]:{port}{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_told_apart_and_written_for_a_browser() {
        assert!(is_private("192.168.1.20".parse().unwrap()));
        assert!(is_private("10.4.0.2".parse().unwrap()));
        assert!(!is_private("8.8.8.8".parse().unwrap()));
        assert!(is_private("fd12::1".parse().unwrap()));
        assert!(is_link_local("169.254.3.4".parse().unwrap()));
        assert!(is_link_local("fe80::1".parse().unwrap()));
        assert_eq!(
            url("10.0.0.2".parse().unwrap(), 8642, "/a/x/"),
            "http://10.0.0.2:8642/a/x/"
        );
        assert_eq!(url("fd00::2".parse().unwrap(), 80, "/"), "http://[fd00::2]:80/");
    }
}

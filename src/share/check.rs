//! `estrade share --check`: before the talk, which address and port the phones would use, and
//! what can be told from this machine of whether they can reach it.

use std::net::{IpAddr, SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use super::{ShareOptions, address};

/// What the check found.
#[derive(Debug)]
pub struct Report {
    /// The address the phones would be given.
    pub address: Option<IpAddr>,
    /// The port that would be used, or why none can be.
    pub port: Result<u16, String>,
    /// Whether a connection to that address and port succeeded from this machine.
    pub answers_here: bool,
    /// This machine's other addresses (interface, address).
    pub interfaces: Vec<(String, IpAddr)>,
    /// Firewalls found active, by name.
    pub firewalls: Vec<&'static str>,
}

impl Report {
    /// Whether sharing can start and the address is one phones on the network may reach.
    pub fn usable(&self) -> bool {
        self.port.is_ok() && self.answers_here && self.address.is_some_and(|ip| !address::is_link_local(ip))
    }
}

/// Runs the checks (listens for a moment on the port, connects to it, finds firewalls).
pub fn check(opts: &ShareOptions) -> Report {
    let address = if opts.bind.is_unspecified() {
        address::primary()
    } else {
        Some(opts.bind)
    };
    let listener = super::listen(opts);
    let port = listener
        .as_ref()
        .map_err(ToString::to_string)
        .and_then(|l| l.local_addr().map(|a| a.port()).map_err(|e| e.to_string()));
    let answers_here = match (&listener, address, &port) {
        (Ok(_), Some(ip), Ok(p)) => {
            TcpStream::connect_timeout(&SocketAddr::new(ip, *p), Duration::from_secs(1)).is_ok()
        }
        _ => false,
    };
    Report {
        address,
        port,
        answers_here,
        interfaces: address::others(),
        firewalls: firewalls(Path::new("/")),
    }
}

/// The host firewalls known to be active under `root` (ufw, firewalld).
pub fn firewalls(root: &Path) -> Vec<&'static str> {
    let mut out = Vec::new();
    let ufw = std::fs::read_to_string(root.join("etc/ufw/ufw.conf")).unwrap_or_default();
    if ufw.lines().any(|l| l.trim().eq_ignore_ascii_case("ENABLED=yes")) {
        out.push("ufw");
    }
    if root.join("run/firewalld").is_dir() || root.join("var/run/firewalld.pid").exists() {
        out.push("firewalld");
    }
    out
}

/// The report in the interface's language, one finding per line.
pub fn describe(r: &Report) -> String {
    let mut lines = Vec::new();
    match (r.address, &r.port) {
        (Some(ip), Ok(port)) => lines.push(crate::t!("share-check-address", url = address::url(ip, *port, "/"))),
        (None, _) => lines.push(crate::t!("share-check-no-address")),
        (_, Err(why)) => lines.push(crate::t!("share-check-port-taken", error = why.clone())),
    }
    if let Some(ip) = r.address {
        if address::is_link_local(ip) {
            lines.push(crate::t!("share-check-link-local"));
        } else if !address::is_private(ip) {
            lines.push(crate::t!("share-check-public"));
        }
    }
    if r.port.is_ok() && r.address.is_some() {
        lines.push(if r.answers_here {
            crate::t!("share-check-answers")
        } else {
            crate::t!("share-check-no-answer")
        });
    }
    let port = r.port.as_ref().map_or(super::DEFAULT_PORT, |p| *p);
    for fw in &r.firewalls {
        lines.push(match *fw {
            "ufw" => crate::t!("share-check-ufw", port = port),
            _ => crate::t!("share-check-firewalld", port = port),
        });
    }
    if r.firewalls.is_empty() {
        lines.push(crate::t!("share-check-no-firewall"));
    }
    let others: Vec<String> = r
        .interfaces
        .iter()
        .filter(|(_, ip)| Some(*ip) != r.address)
        .map(|(name, ip)| format!("{name} {ip}"))
        .collect();
    if !others.is_empty() {
        lines.push(crate::t!("share-check-others", list = others.join(", ")));
    }
    lines.push(crate::t!("share-check-limits"));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_firewalls_are_found_in_their_files() {
        let root = tempfile::tempdir().unwrap();
        assert!(firewalls(root.path()).is_empty());
        std::fs::create_dir_all(root.path().join("etc/ufw")).unwrap();
        std::fs::write(root.path().join("etc/ufw/ufw.conf"), "# comment\nENABLED=no\n").unwrap();
        assert!(firewalls(root.path()).is_empty());
        std::fs::write(root.path().join("etc/ufw/ufw.conf"), "ENABLED=yes\nLOGLEVEL=low\n").unwrap();
        std::fs::create_dir_all(root.path().join("run/firewalld")).unwrap();
        assert_eq!(firewalls(root.path()), ["ufw", "firewalld"]);
    }

    #[test]
    fn a_loopback_check_answers() {
        let r = check(&ShareOptions {
            bind: "127.0.0.1".parse().unwrap(),
            port: Some(0),
        });
        assert!(r.answers_here, "{r:?}");
        assert!(r.port.is_ok_and(|p| p != 0));
    }
}

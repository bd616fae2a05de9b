//! The presenter console's wall clock: local time as "HH:MM".
//!
//! The system time zone comes from `jiff`: the `TZ` environment variable, else `/etc/localtime` on Unix, else the
//! platform's own setting (Windows uses a bundled time zone database).

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Local wall-clock time as "HH:MM" in the system's time zone now (re-read each call, so a DST change or TZ
/// change shows at once).
///
/// Re-reading is cheap enough for a once-a-second clock: about 5 µs when `/etc/localtime` is a symlink into the
/// zoneinfo database (the parsed zone stays cached by name), about 40 µs when it is a plain file that must be
/// parsed again. `jiff`'s own five-minute cache of the system zone is cleared for that. If the system time zone
/// cannot be determined, the time is shown in UTC.
pub fn local_hh_mm() -> String {
    hh_mm_in(Timestamp::now(), &system_zone())
}

/// "HH:MM" of the instant `at` in zone `tz` (pure; for tests).
pub fn hh_mm_in(at: Timestamp, tz: &TimeZone) -> String {
    let local = tz.to_datetime(at);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// The system time zone, looked up afresh (`TZ`, then `/etc/localtime` or the platform's setting), else UTC.
fn system_zone() -> TimeZone {
    jiff::tz::reset_system_time_zone_cache();
    TimeZone::try_system().unwrap_or(TimeZone::UTC)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    use super::{hh_mm_in, local_hh_mm};

    /// US Eastern rules as a POSIX TZ string: needs no time zone database.
    fn eastern() -> TimeZone {
        TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap()
    }

    fn at(utc: &str) -> Timestamp {
        utc.parse().unwrap()
    }

    #[test]
    fn spring_forward_skips_the_missing_hour() {
        assert_eq!(hh_mm_in(at("2024-03-10T06:59:00Z"), &eastern()), "01:59");
        assert_eq!(hh_mm_in(at("2024-03-10T07:00:00Z"), &eastern()), "03:00");
    }

    #[test]
    fn fall_back_repeats_an_hour() {
        // 05:59 UTC is 01:59 EDT; one minute later it is 01:00 EST.
        assert_eq!(hh_mm_in(at("2024-11-03T05:59:00Z"), &eastern()), "01:59");
        assert_eq!(hh_mm_in(at("2024-11-03T06:00:00Z"), &eastern()), "01:00");
        assert_eq!(hh_mm_in(at("2024-11-03T06:59:59Z"), &eastern()), "01:59");
        assert_eq!(hh_mm_in(at("2024-11-03T07:00:00Z"), &eastern()), "02:00");
    }

    #[test]
    fn utc_and_fixed_offsets() {
        assert_eq!(hh_mm_in(at("2024-07-01T00:05:59Z"), &TimeZone::UTC), "00:05");
        assert_eq!(hh_mm_in(at("2024-07-01T23:59:59Z"), &TimeZone::UTC), "23:59");
        let kolkata = TimeZone::fixed(jiff::tz::Offset::from_seconds(5 * 3600 + 30 * 60).unwrap());
        assert_eq!(hh_mm_in(at("2024-07-01T20:45:00Z"), &kolkata), "02:15");
    }

    /// Set in the child process of [`local_clock_follows_tz`].
    const CHILD_FLAG: &str = "ESTRADE_WALL_CLOCK_CHILD";

    #[test]
    fn local_clock_follows_tz() {
        // The environment cannot be changed safely in a threaded test, so run the check below in a child process
        // with TZ set to a zone without DST (POSIX "XST-5" is UTC+5).
        let name = format!("{}::tz_child", module_path!().split_once("::").unwrap().1);
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &name, "--ignored", "--test-threads=1"])
            .env(CHILD_FLAG, "1")
            .env("TZ", "XST-5")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("1 passed"), "the child ran no test: {stdout}");
    }

    #[test]
    #[ignore = "run by local_clock_follows_tz in a child process with TZ set"]
    fn tz_child() {
        if std::env::var_os(CHILD_FLAG).is_none() {
            eprintln!("tz_child only checks something when run by local_clock_follows_tz");
            return;
        }
        let plus5 = TimeZone::fixed(jiff::tz::Offset::from_seconds(5 * 3600).unwrap());
        let (before, got, after) = (
            hh_mm_in(Timestamp::now(), &plus5),
            local_hh_mm(),
            hh_mm_in(Timestamp::now(), &plus5),
        );
        assert!(got == before || got == after, "{got} vs {before}/{after}");
    }

    #[test]
    fn local_clock_has_the_shape_hh_mm() {
        let text = local_hh_mm();
        let (hours, minutes) = text.split_once(':').unwrap();
        assert_eq!((hours.len(), minutes.len()), (2, 2), "{text}");
        assert!(hours.parse::<u8>().unwrap() < 24, "{text}");
        assert!(minutes.parse::<u8>().unwrap() < 60, "{text}");
        // Consistent with the system zone at about the same instant (retried once across a minute boundary).
        let expected = || hh_mm_in(Timestamp::now(), &TimeZone::try_system().unwrap_or(TimeZone::UTC));
        let (before, got, after) = (expected(), local_hh_mm(), expected());
        assert!(got == before || got == after, "{got} vs {before}/{after}");
    }
}

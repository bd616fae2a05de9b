//! The talk's stopwatch on a monotonic clock: starts on the first advance (or a key), can be
//! paused and reset. Times are seconds from any monotonic origin (egui's input time in the app,
//! plain numbers in tests), so a system clock change or a sleep never makes it jump.

/// Elapsed talk time.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TalkClock {
    started: Option<f64>,
    paused_at: Option<f64>,
    /// Total time spent paused before `paused_at`.
    paused_total: f64,
}

impl TalkClock {
    /// Starts the clock if it is not running yet.
    pub fn start(&mut self, now: f64) {
        if self.started.is_none() {
            self.started = Some(now);
        }
    }

    /// A clock that shows `elapsed` seconds at `now`, running or paused (a resumed talk).
    pub fn resumed(elapsed: f64, running: bool, now: f64) -> TalkClock {
        let elapsed = if elapsed.is_finite() { elapsed.max(0.0) } else { 0.0 };
        TalkClock {
            started: Some(now - elapsed),
            paused_at: (!running).then_some(now),
            paused_total: 0.0,
        }
    }

    /// Whether the clock has started.
    pub fn started(&self) -> bool {
        self.started.is_some()
    }

    /// Whether the clock is paused.
    pub fn paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Pauses, or resumes when paused (starting it if needed).
    pub fn toggle_pause(&mut self, now: f64) {
        match (self.started, self.paused_at) {
            (None, _) => self.start(now),
            (Some(_), Some(p)) => {
                self.paused_total += (now - p).max(0.0);
                self.paused_at = None;
            }
            (Some(_), None) => self.paused_at = Some(now),
        }
    }

    /// Back to zero, not started.
    pub fn reset(&mut self) {
        *self = TalkClock::default();
    }

    /// Seconds of talk so far.
    pub fn elapsed(&self, now: f64) -> f64 {
        let Some(start) = self.started else { return 0.0 };
        let end = self.paused_at.unwrap_or(now);
        (end - start - self.paused_total).max(0.0)
    }
}

/// `m:ss` (or `h:mm:ss`), with a sign when negative.
pub fn format_duration(secs: f64) -> String {
    let sign = if secs < 0.0 { "-" } else { "" };
    let s = secs.abs().round() as u64;
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_do_not_count_and_reset_clears() {
        let mut c = TalkClock::default();
        assert_eq!(c.elapsed(100.0), 0.0);
        c.start(10.0);
        c.start(50.0);
        assert_eq!(c.elapsed(70.0), 60.0, "a second start does nothing");
        c.toggle_pause(70.0);
        assert_eq!(c.elapsed(500.0), 60.0, "paused");
        c.toggle_pause(100.0);
        assert_eq!(c.elapsed(130.0), 90.0);
        c.reset();
        assert!(!c.started());
    }

    #[test]
    fn a_resumed_clock_goes_on_from_where_it_was() {
        let c = TalkClock::resumed(600.0, true, 5.0);
        assert_eq!(c.elapsed(65.0), 660.0);
        let mut p = TalkClock::resumed(90.0, false, 5.0);
        assert!(p.paused());
        assert_eq!(p.elapsed(500.0), 90.0);
        p.toggle_pause(500.0);
        assert_eq!(p.elapsed(510.0), 100.0);
    }

    #[test]
    fn formats_minutes_and_hours() {
        assert_eq!(format_duration(65.4), "1:05");
        assert_eq!(format_duration(-30.0), "-0:30");
        assert_eq!(format_duration(3725.0), "1:02:05");
    }
}

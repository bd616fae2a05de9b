//! Planned time per slide and where the speaker stands against it.

use crate::model::Deck;
use crate::t;

/// Planned seconds for each slide (0 for hidden ones): the slide's own `duration`, or an even
/// share of what the deck's planned duration leaves for slides without one.
pub fn planned_seconds(deck: &Deck) -> Vec<f64> {
    let visible: Vec<usize> = deck.visible().map(|(i, _)| i).collect();
    let explicit: f64 = visible
        .iter()
        .filter_map(|&i| deck.slides[i].duration)
        .map(f64::from)
        .sum();
    let without = visible.iter().filter(|&&i| deck.slides[i].duration.is_none()).count();
    let total = deck.meta.duration_secs.map(f64::from);
    let share = match total {
        Some(t) if without > 0 => ((t - explicit) / without as f64).max(0.0),
        _ => 0.0,
    };
    deck.slides
        .iter()
        .map(|s| {
            if s.hidden {
                0.0
            } else {
                s.duration.map_or(share, f64::from)
            }
        })
        .collect()
}

/// Where the speaker stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// Planned time before the current slide started.
    pub planned_before: f64,
    /// Planned time up to the end of the current slide.
    pub planned_through: f64,
    /// Total planned time.
    pub planned_total: f64,
    /// Positive: behind schedule by that many seconds; negative: ahead.
    pub behind: f64,
}

/// Pace at slide `current` after `elapsed` seconds. Being within the current slide's own planned
/// time counts as on schedule.
pub fn pace(planned: &[f64], current: usize, elapsed: f64) -> Pace {
    let before: f64 = planned.iter().take(current).sum();
    let through = before + planned.get(current).copied().unwrap_or(0.0);
    let behind = if elapsed < before {
        elapsed - before
    } else if elapsed > through {
        elapsed - through
    } else {
        0.0
    };
    Pace {
        planned_before: before,
        planned_through: through,
        planned_total: planned.iter().sum(),
        behind,
    }
}

/// "ahead by 2 min", "behind by 1 min", "on time" (in the current language).
pub fn describe(p: &Pace) -> String {
    let minutes = (p.behind.abs() / 60.0).round() as u64;
    match (minutes, p.behind > 0.0) {
        (0, _) => t!("ui-pace-on-time"),
        (m, true) => t!("ui-pace-behind", minutes = m),
        (m, false) => t!("ui-pace-ahead", minutes = m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn being_inside_the_current_slide_window_is_on_time() {
        let planned = [60.0, 120.0, 60.0];
        assert_eq!(pace(&planned, 1, 90.0).behind, 0.0);
        assert_eq!(pace(&planned, 1, 30.0).behind, -30.0);
        assert_eq!(pace(&planned, 1, 300.0).behind, 120.0);
        assert_eq!(describe(&pace(&planned, 0, 200.0)), "behind by 2 min");
        assert_eq!(describe(&pace(&planned, 2, 10.0)), "ahead by 3 min");
        assert_eq!(pace(&planned, 2, 0.0).planned_total, 240.0);
    }

    #[test]
    fn the_pace_is_told_in_french() {
        use crate::i18n::{Lang, with_lang};
        let planned = [60.0, 120.0, 60.0];
        with_lang(Lang::Fr, || {
            assert_eq!(describe(&pace(&planned, 0, 200.0)), "en retard de 2 min");
            assert_eq!(describe(&pace(&planned, 2, 10.0)), "en avance de 3 min");
            assert_eq!(describe(&pace(&planned, 1, 90.0)), "dans les temps");
        });
    }
}

//! How wide egui's glyph atlas may be.
//!
//! egui makes its glyph atlas as wide as the largest texture the GL driver takes (16 384 pixels
//! under Mesa) and grows it in height. On screens up to 2560 pixels wide the slides' glyphs fill a
//! quarter of a 4096-pixel-wide atlas (the CÉAP talk, every glyph warmed), and the narrower atlas
//! is cheaper to create and upload at start: the first frame came about 9 ms sooner here
//! (medians of 9, `--quit-after-first-frame`). A narrow atlas can fill, and egui then starts it
//! over (every glyph rasterised again: a stall), so the cap is lifted for the rest of the run as
//! soon as a screen larger than 1920 pixels is seen or the atlas is half full; the app then
//! warms the deck's glyphs again. A deck fills its atlas right after it opens (its glyphs are
//! warmed then), so a lift happens before the talk, not during it.

use egui::RawInput;

/// The atlas width (and largest texture side) on screens up to [`SMALL_SCREEN`].
pub const NARROW_ATLAS: usize = 4096;
/// The longer side, in pixels, of the largest screen the narrow atlas is for (the CÉAP talk's
/// glyphs fill 22 % of it at 1920×1080, 34 % at 2560×1440).
pub const SMALL_SCREEN: f32 = 1920.0;
/// How full the narrow atlas may get before the cap is lifted (egui starts over at 80 %).
pub const LIFT_AT_FILL: f32 = 0.5;

/// Whether the cap was lifted (for the rest of the run).
#[derive(Debug, Default)]
pub struct AtlasCap {
    lifted: bool,
    /// Lifted since [`AtlasCap::take_lifted`] last looked.
    just_lifted: bool,
}

impl AtlasCap {
    /// Caps the texture side egui is told of while every screen known is small and the atlas
    /// (`fill`: egui's fill ratio) is less than half full.
    pub fn apply(&mut self, raw: &mut RawInput, fill: f32) {
        if self.lifted {
            return;
        }
        let largest = raw
            .viewports
            .values()
            .filter_map(|v| Some(v.monitor_size? * v.native_pixels_per_point?))
            .map(|size| size.x.max(size.y))
            .reduce(f32::max);
        match largest {
            Some(px) if px <= SMALL_SCREEN && fill < LIFT_AT_FILL => {
                raw.max_texture_side = raw.max_texture_side.map(|side| side.min(NARROW_ATLAS));
            }
            Some(_) => {
                self.lifted = true;
                self.just_lifted = true;
            }
            None => {}
        }
    }

    /// Whether the cap was lifted since the last call (egui's atlas starts over then).
    pub fn take_lifted(&mut self) -> bool {
        std::mem::take(&mut self.just_lifted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Vec2, ViewportId, ViewportInfo};

    fn input(monitors: &[(f32, f32, f32)]) -> RawInput {
        let mut raw = RawInput {
            max_texture_side: Some(16384),
            ..Default::default()
        };
        raw.viewports.clear();
        for (i, &(w, h, ppp)) in monitors.iter().enumerate() {
            let info = ViewportInfo {
                monitor_size: Some(Vec2::new(w, h)),
                native_pixels_per_point: Some(ppp),
                ..Default::default()
            };
            let id = if i == 0 {
                ViewportId::ROOT
            } else {
                ViewportId::from_hash_of(i)
            };
            raw.viewports.insert(id, info);
        }
        raw
    }

    #[test]
    fn the_cap_holds_on_small_screens_and_lifts_for_good_on_a_large_one() {
        let mut cap = AtlasCap::default();
        let mut raw = input(&[(1920.0, 1080.0, 1.0)]);
        cap.apply(&mut raw, 0.2);
        assert_eq!(raw.max_texture_side, Some(NARROW_ATLAS));
        assert!(!cap.take_lifted());
        // A 4K projector beside the laptop (its size in points times its scale).
        let mut raw = input(&[(1920.0, 1080.0, 1.0), (1920.0, 1080.0, 2.0)]);
        cap.apply(&mut raw, 0.2);
        assert_eq!(raw.max_texture_side, Some(16384));
        assert!(cap.take_lifted(), "told once");
        assert!(!cap.take_lifted());
        // Unplugged again: the atlas stays wide (changing it starts it over).
        let mut raw = input(&[(1920.0, 1080.0, 1.0)]);
        cap.apply(&mut raw, 0.0);
        assert_eq!(raw.max_texture_side, Some(16384));
        assert!(!cap.take_lifted());
    }

    #[test]
    fn a_half_full_atlas_lifts_the_cap() {
        let mut cap = AtlasCap::default();
        let mut raw = input(&[(1920.0, 1200.0, 1.0)]);
        cap.apply(&mut raw, 0.49);
        assert_eq!(raw.max_texture_side, Some(NARROW_ATLAS));
        let mut raw = input(&[(1920.0, 1200.0, 1.0)]);
        cap.apply(&mut raw, 0.5);
        assert_eq!(raw.max_texture_side, Some(16384));
        assert!(cap.take_lifted());
    }

    #[test]
    fn unknown_screens_change_nothing_and_a_smaller_driver_limit_is_kept() {
        let mut cap = AtlasCap::default();
        let mut raw = input(&[]);
        cap.apply(&mut raw, 0.0);
        assert_eq!(raw.max_texture_side, Some(16384));
        assert!(!cap.take_lifted());
        let mut raw = input(&[(1280.0, 720.0, 1.0)]);
        raw.max_texture_side = Some(2048);
        cap.apply(&mut raw, 0.0);
        assert_eq!(raw.max_texture_side, Some(2048));
    }
}

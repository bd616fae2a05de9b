//! What the views read and fill as they draw: the fonts slides are drawn with, the frames laid
//! out, the textures of pictures and QR codes, what the audience view painted last. A view gets
//! these and the state (read-only), never the rest of the runtime (executor, outbox, watcher,
//! platform services): it can fill a cache but start no effect; what it wants done, it returns
//! as actions.

use std::sync::Arc;

use crate::app::frame_cache::FrameCache;
use crate::app::images::ImageCache;
use crate::app::screens::warmup::GlyphWarmup;
use crate::layout::{Fonts, Frame, SlideRef};
use crate::render::screen::Placement;

/// What the audience view keeps from one frame to the next.
#[derive(Default)]
pub struct AudienceCache {
    /// Where the slide was painted last (for links and the pen).
    pub placement: Option<(Placement, Arc<Frame>)>,
    /// Where the blank screen's board was painted last, while the screen is black or white.
    pub board: Option<Placement>,
    /// Frame painted last and its slide.
    pub shown: Option<(Arc<Frame>, usize)>,
    /// A frame fading out and when the fade started (cross-fades).
    pub fade: Option<(Arc<Frame>, f64)>,
    /// Where the audience view was in the previous frame.
    pub last_at: Option<SlideRef>,
    /// The deck's glyphs rasterised in the background after it opens.
    pub warmup: GlyphWarmup,
}

/// The views' caches.
pub struct ViewCaches {
    /// The faces slides are laid out and drawn with (the shown deck's theme fonts).
    pub fonts: Arc<Fonts>,
    pub frames: FrameCache,
    pub images: Option<ImageCache>,
    pub audience: AudienceCache,
    /// The notes' scrolling by keys already done: (slide, steps).
    pub notes_scrolled: (usize, i32),
    /// The monitor the console window was created on (its builder keeps it; see the console).
    pub console_created_on: Option<usize>,
    /// Where the console window is on the desktop (for swapping windows on screens not known).
    pub console_outer: Option<egui::Rect>,
    /// The QR codes of the sharing addresses, drawn once: (address, texture).
    pub share_codes: Vec<(String, egui::TextureHandle)>,
}

impl ViewCaches {
    /// Empty caches for slides drawn with `fonts`.
    pub fn new(fonts: Arc<Fonts>) -> ViewCaches {
        ViewCaches {
            fonts,
            frames: FrameCache::default(),
            images: None,
            audience: AudienceCache::default(),
            notes_scrolled: (0, 0),
            console_created_on: None,
            console_outer: None,
            share_codes: Vec::new(),
        }
    }
}

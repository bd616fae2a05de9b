//! Painters: each draws a [`crate::layout::Frame`] on one backend and makes no layout decision.

pub mod decode;
pub mod html;
pub mod image_store;
pub mod pdf;
pub mod pdf_images;
mod pdf_poppler;
pub mod pdf_tags;
pub mod pdfpc;
pub mod png;
pub mod screen;

/// Runs a painter and turns a panic inside it (a library's `unwrap` on a corrupt font, a
/// rasteriser's limit) into an error naming why: one bad slide or file is an error for that
/// export, never the process ending with a panic.
pub fn contained<T>(paint: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(paint)).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| crate::t!("app-unknown-panic"));
        crate::t!("render-panicked", why = why)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_painter_that_panics_gives_an_error_not_an_exit() {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let caught = super::contained(|| -> u8 { panic!("alpha_idx too large") });
        std::panic::set_hook(quiet);
        let why = caught.err().unwrap_or_default();
        assert!(why.contains("alpha_idx too large"), "{why}");
        assert_eq!(super::contained(|| 7), Ok(7));
    }
}

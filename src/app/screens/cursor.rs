//! The mouse pointer over the slides: hidden once it has rested a moment, shown again as soon
//! as it moves (the audience view and the kiosk; the console keeps its pointer).

/// Seconds the pointer rests before it is hidden.
pub const HIDE_AFTER_SECONDS: f64 = 2.0;

/// Hides the pointer of the window whose context this is once it has not moved for
/// [`HIDE_AFTER_SECONDS`]; `moved_at` (session seconds) is when it last moved. Asks for a frame
/// when the delay runs out, so the pointer goes away without an input event.
pub fn hide_when_resting(ctx: &egui::Context, moved_at: &mut f64, now: f64) {
    let moved = ctx.input(|i| {
        i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::PointerMoved(_)
                    | egui::Event::MouseMoved(_)
                    | egui::Event::PointerButton { .. }
                    | egui::Event::MouseWheel { .. }
            )
        })
    });
    if moved {
        *moved_at = now;
    }
    let rested = now - *moved_at;
    if rested >= HIDE_AFTER_SECONDS {
        ctx.set_cursor_icon(egui::CursorIcon::None);
    } else {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            (HIDE_AFTER_SECONDS - rested).max(0.05),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor_after(ctx: &egui::Context, moved_at: &mut f64, now: f64, delta: egui::Vec2) -> egui::CursorIcon {
        let mut input = egui::RawInput::default();
        if delta != egui::Vec2::ZERO {
            input
                .events
                .push(egui::Event::PointerMoved(egui::pos2(100.0, 100.0) + delta));
        }
        let out = ctx.run_ui(input, |ui| hide_when_resting(ui.ctx(), moved_at, now));
        out.platform_output.cursor_icon
    }

    #[test]
    fn the_pointer_goes_after_two_resting_seconds_and_comes_back_when_moved() {
        let ctx = egui::Context::default();
        let mut moved_at = 0.0;
        assert_eq!(
            cursor_after(&ctx, &mut moved_at, 1.0, egui::Vec2::ZERO),
            egui::CursorIcon::Default
        );
        assert_eq!(
            cursor_after(&ctx, &mut moved_at, 2.5, egui::Vec2::ZERO),
            egui::CursorIcon::None
        );
        assert_eq!(
            cursor_after(&ctx, &mut moved_at, 3.0, egui::vec2(5.0, 0.0)),
            egui::CursorIcon::Default
        );
        assert_eq!(moved_at, 3.0);
        assert_eq!(
            cursor_after(&ctx, &mut moved_at, 4.0, egui::Vec2::ZERO),
            egui::CursorIcon::Default
        );
        assert_eq!(
            cursor_after(&ctx, &mut moved_at, 5.1, egui::Vec2::ZERO),
            egui::CursorIcon::None
        );
    }
}

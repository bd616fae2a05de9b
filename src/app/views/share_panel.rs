//! Sharing on the phones, as the speaker sees it: in the console, the audience's address and
//! its QR code, the remote's (folded until asked for: it is for the speaker's eyes only), how
//! many phones follow, and the button to stop; on the slides, when the speaker asks for it
//! (`Shift+A`), the audience's QR code alone.

use egui::{Color32, RichText};

use crate::app::action::Action;
use crate::app::state::AppState;
use crate::app::view_caches::ViewCaches;
use crate::share::Sharing;
use crate::t;

/// The QR code of `url` as a texture, drawn once (white quiet zone of four modules).
fn code(ctx: &egui::Context, view: &mut ViewCaches, url: &str) -> Option<egui::TextureHandle> {
    if let Some((_, tex)) = view.share_codes.iter().find(|(u, _)| u == url) {
        return Some(tex.clone());
    }
    let m = crate::share::qr::modules(url)?;
    let quiet = 4;
    let side = m.width + 2 * quiet;
    let mut pixels = vec![Color32::WHITE; side * side];
    for y in 0..m.width {
        for x in 0..m.width {
            if m.dark[y * m.width + x] {
                pixels[(y + quiet) * side + x + quiet] = Color32::BLACK;
            }
        }
    }
    let image = egui::ColorImage::new([side, side], pixels);
    let tex = ctx.load_texture(
        format!("share-code-{}", view.share_codes.len()),
        image,
        egui::TextureOptions::NEAREST,
    );
    view.share_codes.push((url.to_string(), tex.clone()));
    Some(tex)
}

/// The console's panel while sharing (returns the actions).
pub fn show(ui: &mut egui::Ui, view: &mut ViewCaches, sharing: Option<&Sharing>) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(sharing) = sharing else {
        return actions;
    };
    let (audience_url, remote_url) = (sharing.audience_url.clone(), sharing.remote_url.clone());
    let (phones, remotes) = Sharing::counts(sharing);
    let side = (ui.available_width() - 8.0).clamp(120.0, 220.0);
    ui.heading(t!("share-console-title"));
    ui.label(t!("share-console-counts", phones = phones, remotes = remotes));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("share-console-audience", key = t!("ui-chord-shift", key = "A"))).strong());
    if let Some(tex) = code(ui.ctx(), view, &audience_url) {
        ui.image((tex.id(), egui::vec2(side, side)));
    }
    ui.label(RichText::new(&audience_url).monospace().small());
    ui.add_space(6.0);
    egui::CollapsingHeader::new(RichText::new(t!("share-console-remote")).strong())
        .id_salt("share-remote-code")
        .default_open(false)
        .show(ui, |ui| {
            if let Some(tex) = code(ui.ctx(), view, &remote_url) {
                ui.image((tex.id(), egui::vec2(side, side)));
            }
            ui.label(RichText::new(&remote_url).monospace().small());
        });
    ui.add_space(8.0);
    if ui
        .add(super::mouse_button(egui::Button::new(t!("share-console-stop"))))
        .clicked()
    {
        actions.push(Action::ToggleShare);
    }
    actions
}

/// The audience's QR code on the slides, in the bottom right corner on white, with a caption.
pub fn code_on_slides(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut ViewCaches,
    sharing: Option<&Sharing>,
    rect: egui::Rect,
) {
    let Some(url) = sharing.map(|s| s.audience_url.clone()) else {
        return;
    };
    let Some(tex) = code(ui.ctx(), view, &url) else { return };
    let side = rect.height() * 0.34;
    let margin = rect.height() * 0.03;
    // Said to the audience: in the talk's language when it is one of ours.
    let talk = state.deck.as_ref().and_then(|d| crate::i18n::Lang::parse(&d.meta.lang));
    let caption = crate::i18n::with_lang(talk.unwrap_or_else(crate::i18n::lang), || t!("share-qr-caption"));
    let font = egui::FontId::proportional(rect.height() * 0.028);
    let galley = ui.painter().layout_no_wrap(caption, font, Color32::BLACK);
    let card = egui::Rect::from_min_size(
        egui::pos2(
            rect.right() - margin - side - 2.0 * margin,
            rect.bottom() - margin - side - galley.size().y - 3.0 * margin,
        ),
        egui::vec2(side + 2.0 * margin, side + galley.size().y + 3.0 * margin),
    );
    let p = ui.painter();
    p.rect_filled(card, margin * 0.5, Color32::WHITE);
    let img = egui::Rect::from_min_size(card.min + egui::vec2(margin, margin), egui::vec2(side, side));
    p.image(
        tex.id(),
        img,
        egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
        Color32::WHITE,
    );
    let at = egui::pos2(card.center().x - galley.size().x / 2.0, img.bottom() + margin);
    p.galley(at, galley, Color32::BLACK);
}

//! The slide picker: `estrade import OTHER.ron` without `--slides` shows the other deck's
//! slides as thumbnails to choose from, as PowerPoint's « Reuse slides » does; Enter imports
//! the chosen ones. [`state`] holds the choice and its rules, [`view`] the window.

pub mod state;
pub mod view;

use std::sync::{Arc, Mutex};

pub use state::{Choice, Picker, PickerAction};
pub use view::PickerView;

use crate::import::ImportError;
use crate::layout::Fonts;

/// The picker's window id when it opens from the presenter (`Ctrl+I`).
pub fn viewport_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("estrade-picker")
}

/// The picker's window opened from the presenter, while `open` holds it (the deck it shows, and
/// the view); once the speaker decided, it is closed (`open` emptied) and the deck and the
/// choice are returned.
pub fn window(
    open: &mut Option<(std::path::PathBuf, PickerView)>,
    ctx: &egui::Context,
) -> Option<(std::path::PathBuf, Choice)> {
    let (_, view) = open.as_mut()?;
    let mut builder = egui::ViewportBuilder::default()
        .with_title(crate::t!("picker-window-title", from = view.picker.from.as_str()))
        .with_inner_size([1120.0, 760.0]);
    if crate::app::screens::launch::on_wayland() {
        builder = builder.with_app_id(crate::app::screens::launch::APP_ID);
    }
    ctx.show_viewport_immediate(viewport_id(), builder, |ui, _class| {
        if ui.ctx().input(|i| i.viewport().close_requested()) {
            view.picker.apply(PickerAction::Cancel);
        }
        view.show(ui);
    });
    let choice = view.picker.outcome.clone()?;
    open.take().map(|(from, _)| (from, choice))
}

/// A picker prepared off the UI thread, with the deck it shows, handed over in an action
/// (compared by identity).
#[derive(Clone)]
pub struct Ready(Arc<Mutex<Option<(std::path::PathBuf, Picker)>>>);

impl Ready {
    /// Opens both decks and prepares the picker over the slides of `from`, for `into`.
    pub fn open(from: &std::path::Path, into: &std::path::Path) -> Result<Ready, ImportError> {
        let other = crate::import::open(from)?;
        let this = crate::import::open(into)?;
        let picker = Picker::new(
            &other,
            &this,
            from.display().to_string(),
            into.display().to_string(),
            None,
        );
        Ok(Ready(Arc::new(Mutex::new(Some((from.to_path_buf(), picker))))))
    }

    /// The picker and its deck (once: later calls give `None`).
    pub fn take(&self) -> Option<(std::path::PathBuf, Picker)> {
        self.0.lock().ok().and_then(|mut p| p.take())
    }
}

impl PartialEq for Ready {
    fn eq(&self, other: &Ready) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Ready {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ready(picker)") // not user text
    }
}

/// Opens the picker's window and waits until the person imports or cancels; `None` when the
/// window closed without a decision being recorded.
pub fn run(picker: Picker, fonts: Arc<Fonts>) -> Result<Option<Choice>, eframe::Error> {
    let title = crate::t!("picker-window-title", from = picker.from.as_str());
    let outcome: Arc<Mutex<Option<Choice>>> = Arc::default();
    let kept = outcome.clone();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id(crate::app::screens::launch::APP_ID)
            .with_inner_size([1120.0, 760.0])
            .with_min_inner_size([420.0, 360.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "estrade-picker",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Reporting {
                view: PickerView::new(picker, fonts),
                outcome: kept,
            }))
        }),
    )?;
    Ok(outcome.lock().ok().and_then(|o| o.clone()))
}

/// The view, handing its decision back when the window closes.
struct Reporting {
    view: PickerView,
    outcome: Arc<Mutex<Option<Choice>>>,
}

impl eframe::App for Reporting {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.view.show(ui);
        if let (Some(choice), Ok(mut out)) = (&self.view.picker.outcome, self.outcome.lock()) {
            *out = Some(choice.clone());
        }
    }
}

//! The app window (eframe/egui). For now it shows one design read-only: its
//! header and its agenda as computed by the schedule. The editor replaces it.

use eframe::egui;

use crate::model::{Design, ItemKind};
use crate::schedule::{Schedule, VariantFilter};

/// Opens the window on `design` and blocks until it is closed.
pub fn run(design: Design, shown_name: String) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!("{} — {shown_name} — Workshop Kit", design.title))
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    eframe::run_native("Workshop Kit", options, Box::new(|_cc| Ok(Box::new(Viewer::new(design)))))
}

/// A read-only view of one design, one variant at a time.
pub struct Viewer {
    design: Design,
    /// Index into `design.variants`; `None` shows every item.
    variant: Option<usize>,
}

impl Viewer {
    pub fn new(design: Design) -> Self {
        let variant = (!design.variants.is_empty()).then_some(0);
        Viewer { design, variant }
    }

    fn variant_name(&self) -> Option<&str> {
        self.variant.and_then(|i| self.design.variants.get(i)).map(|v| v.name.as_str())
    }
}

impl eframe::App for Viewer {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let schedule = Schedule::compute(&self.design, VariantFilter::from_option(self.variant_name()));
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading(&self.design.title);
            let facts: Vec<&str> = [&self.design.client, &self.design.facilitator, &self.design.venue]
                .into_iter()
                .map(String::as_str)
                .filter(|s| !s.is_empty())
                .collect();
            ui.label(facts.join(" · "));
            if !self.design.variants.is_empty() {
                ui.horizontal(|ui| {
                    ui.label("Variant:");
                    for i in 0..self.design.variants.len() {
                        let name = self.design.variants[i].name.clone();
                        ui.selectable_value(&mut self.variant, Some(i), name);
                    }
                    ui.selectable_value(&mut self.variant, None, "All items");
                });
            }
            ui.add_space(4.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            let mut status = format!("{}–{} · {} planned", schedule.start, schedule.end, schedule.planned);
            if let Some(target) = schedule.target_end {
                status.push_str(&format!(" · target {target}"));
            }
            status.push_str(&format!(" · {} warnings", schedule.warnings.len()));
            ui.label(status);
            for w in &schedule.warnings {
                ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {w}"));
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                for slot in &schedule.slots {
                    let item = &self.design.agenda[slot.index];
                    let text = item.text_in(schedule.variant.as_deref());
                    if item.kind == ItemKind::Section {
                        ui.add_space(8.0);
                        ui.strong(text.title);
                        ui.separator();
                        continue;
                    }
                    ui.horizontal_top(|ui| {
                        ui.add_sized(
                            [56.0, 18.0],
                            egui::Label::new(egui::RichText::new(slot.start.to_string()).monospace()),
                        );
                        ui.add_sized([48.0, 18.0], egui::Label::new(slot.duration.to_string()));
                        ui.vertical(|ui| {
                            let mut title = text.title.to_string();
                            if item.optional {
                                title.push_str(" (if time)");
                            }
                            ui.strong(title);
                            if !text.why.is_empty() {
                                ui.label(egui::RichText::new(text.why).weak());
                            }
                        });
                    });
                    ui.add_space(4.0);
                }
            });
        });
    }
}

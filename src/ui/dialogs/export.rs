//! The export dialog: which variant, PDF or Word (for the handout and the
//! guide), which paper, open the file afterwards.

use eframe::egui;

use crate::catalogue::{Ui, tr, trf};
use crate::pdf::Paper;
use crate::ui::commands::{Command, DocFormat, ExportDoc, ExportRequest};
use crate::ui::widgets::name_widget;

#[derive(Debug)]
pub struct ExportDialog {
    pub request: ExportRequest,
    /// The design's variants (empty: no choice to make).
    pub variants: Vec<String>,
    /// A line on what goes in (e.g. which runs), if there is no choice of it.
    pub note: Option<String>,
    /// What is wrong with the document in each version (a handout of a day
    /// that overruns), shown before it is written.
    pub warnings: Vec<(Option<String>, Vec<String>)>,
}

impl ExportDialog {
    /// Returns whether the dialog stays open.
    pub fn show(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let r = &mut self.request;
        let response = super::modal(ctx, "export", &trf(Ui::ExportTitle, &[&r.doc.label()]), |ui| {
            egui::Grid::new("export-grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
                // A run's report is of its own version; the report across runs counts the version chosen in the view.
                if !self.variants.is_empty() && !matches!(r.doc, ExportDoc::Report | ExportDoc::CrossReport) {
                    ui.label(tr(Ui::Version));
                    ui.horizontal(|ui| {
                        for v in &self.variants {
                            ui.radio_value(&mut r.variant, Some(v.clone()), v);
                        }
                    });
                    ui.end_row();
                }
                if r.doc.has_word_form() {
                    ui.label(tr(Ui::DocFormatLabel));
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut r.format, DocFormat::Pdf, "PDF");
                        ui.radio_value(&mut r.format, DocFormat::Word, tr(Ui::FormatWord));
                    });
                    ui.end_row();
                }
                if let Some(note) = &self.note {
                    ui.label(tr(Ui::Content));
                    ui.label(note);
                    ui.end_row();
                }
                ui.label(tr(Ui::Paper));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut r.paper, Paper::A4, Paper::A4.label());
                    ui.radio_value(&mut r.paper, Paper::Letter, Paper::Letter.label());
                });
                ui.end_row();
            });
            let open = ui.checkbox(&mut r.open_after, tr(Ui::OpenWhenWritten));
            name_widget(ui, &open, tr(Ui::OpenWhenWritten));
            if r.doc == ExportDoc::Handout {
                ui.label(egui::RichText::new(tr(Ui::NoNotesInHandout)).weak());
            }
            let warnings = self.warnings.iter().find(|(v, _)| *v == r.variant).map_or(&[][..], |(_, w)| w.as_slice());
            for warning in warnings {
                ui.colored_label(ui.visuals().warn_fg_color, trf(Ui::WillNotHold, &[warning]));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(tr(Ui::ExportButton)).clicked() {
                    Some(true)
                } else if ui.button(tr(Ui::Cancel)).clicked() {
                    Some(false)
                } else {
                    None
                }
            })
            .inner
        });
        match response.inner {
            Some(true) => {
                commands.push(Command::Export(self.request.clone()));
                false
            }
            Some(false) => false,
            None => !response.should_close(),
        }
    }
}

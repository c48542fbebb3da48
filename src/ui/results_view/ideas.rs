//! The ideas (with their add-ons) and actions of every counted run, with the
//! run they came from and who contributed.

use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use crate::catalogue::{ResultsUi as R, tr, trf};
use crate::model::Date;
use crate::ui::app::App;

fn run_text(date: Option<Date>, variant: Option<&str>) -> String {
    let date = date.map_or_else(|| tr(R::NoDate).to_string(), |d| d.to_string());
    match variant {
        Some(v) => format!("{date} · {v}"),
        None => date,
    }
}

pub fn show(ui: &mut egui::Ui, app: &mut App) {
    let variant = app.results_view.variant.clone();
    let Some(loaded) = app.results_view.loaded.as_mut() else { return };
    let aggregate = loaded.aggregate(variant.as_deref());
    let (ideas, actions) = (&aggregate.ideas, &aggregate.actions);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let half = (ui.available_height() - 60.0) / 2.0;

    ui.heading(trf(R::IdeasCount, &[&ideas.len()]));
    if ideas.is_empty() {
        ui.label(tr(R::NoIdeas));
    } else {
        TableBuilder::new(ui)
            .id_salt("ideas-across")
            .striped(true)
            .max_scroll_height(half)
            .auto_shrink([false, true])
            .column(Column::remainder().at_least(260.0).clip(true))
            .column(Column::exact(170.0))
            .column(Column::exact(220.0).clip(true))
            .column(Column::exact(50.0))
            .header(22.0, |mut header| {
                for title in [tr(R::IdeaAndAddOns), tr(R::RunHead), tr(R::Contributors), tr(R::Votes)] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                let heights = ideas.iter().map(|i| row_height * (1 + i.add_ons.len()) as f32);
                body.heterogeneous_rows(heights, |mut row| {
                    let idea = &ideas[row.index()];
                    row.col(|ui| {
                        ui.vertical(|ui| {
                            ui.add(egui::Label::new(&idea.text).truncate());
                            for add_on in &idea.add_ons {
                                ui.add(egui::Label::new(RichText::new(format!("+ {add_on}")).weak()).truncate());
                            }
                        });
                    });
                    row.col(|ui| {
                        ui.label(run_text(idea.date, idea.variant.as_deref()));
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(idea.contributors.join(", ")).wrap());
                    });
                    row.col(|ui| {
                        ui.label(idea.votes.to_string());
                    });
                });
            });
    }
    ui.add_space(10.0);
    ui.heading(trf(R::ActionsCount, &[&actions.len()]));
    if actions.is_empty() {
        ui.label(tr(R::NoActions));
        return;
    }
    TableBuilder::new(ui)
        .id_salt("actions-across")
        .striped(true)
        .auto_shrink([false, false])
        .column(Column::remainder().at_least(260.0).clip(true))
        .column(Column::exact(170.0).clip(true))
        .column(Column::exact(90.0))
        .column(Column::exact(170.0))
        .header(22.0, |mut header| {
            for title in [tr(R::Action), tr(R::Owner), tr(R::Due), tr(R::RunHead)] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, actions.len(), |mut row| {
                let a = &actions[row.index()];
                row.col(|ui| {
                    ui.add(egui::Label::new(&a.what).truncate());
                });
                row.col(|ui| {
                    ui.label(&a.owner);
                });
                row.col(|ui| {
                    ui.label(a.due.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    ui.label(run_text(a.date, a.variant.as_deref()));
                });
            });
        });
}

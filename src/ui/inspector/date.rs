//! An event's date in the inspector: date picker, precision, time of day, *circa* and
//! *open-ended*; and how a precision is named.

use super::fields::name;
use crate::app::PRECISIONS;
use crate::model::{DateValue, Precision};
use crate::ui::dates::{chrono_from_jiff, jiff_from_chrono};
use egui::RichText;

pub(super) fn precision_text(p: Precision) -> &'static str {
    match p {
        Precision::Year => "year precision (the whole year)",
        Precision::Month => "month precision",
        Precision::Week => "week precision",
        Precision::Day => "day precision",
        Precision::Time => "time of day",
        Precision::Unknown => "unresolved",
    }
}

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Year => "Year",
        Precision::Month => "Month",
        Precision::Week => "Week",
        Precision::Day => "Day",
        Precision::Time => "Time of day",
        Precision::Unknown => "Unknown",
    }
}

/// Date picker, precision, circa and open-ended. Returns the new date when changed. An
/// undated event's picker starts at `today` (the app's injected date).
pub(super) fn date_editor(
    ui: &mut egui::Ui,
    date: &DateValue,
    salt: &str,
    today: chrono::NaiveDate,
) -> Option<DateValue> {
    let day = date.start.unwrap_or(today);
    let mut picked = jiff_from_chrono(day);
    let mut precision = if date.is_resolved() {
        date.precision
    } else {
        Precision::Day
    };
    let mut approximate = date.approximate;
    let mut open_ended = date.open_ended;
    let mut time_text = date
        .time
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default();
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Date").small().strong());
        ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(&format!("date_{salt}"))
                .show_icon(false)
                .calendar_week(false),
        );
        let combo = egui::ComboBox::from_id_salt(("precision", salt))
            .selected_text(precision_name(precision))
            .show_ui(ui, |ui| {
                for p in PRECISIONS {
                    ui.selectable_value(&mut precision, p, precision_name(p));
                }
            });
        name(&combo.response, "Precision");
        let _ = combo
            .response
            .on_hover_text("How precisely the date is known");
        if precision == Precision::Time {
            let r = ui.add(
                egui::TextEdit::singleline(&mut time_text)
                    .desired_width(48.0)
                    .hint_text("HH:MM"),
            );
            if r.lost_focus()
                && let Ok(t) = chrono::NaiveTime::parse_from_str(time_text.trim(), "%H:%M")
                && let Some(d) = chrono_from_jiff(picked)
            {
                let mut v = DateValue::at(d, t);
                v.approximate = approximate;
                out = Some(v);
            }
        }
        ui.checkbox(&mut approximate, "circa")
            .on_hover_text("The date is approximate");
        ui.checkbox(&mut open_ended, "open-ended")
            .on_hover_text("Began then and has not ended");
    });
    let new_day = chrono_from_jiff(picked).unwrap_or(day);
    if out.is_none()
        && (new_day != day
            || precision != date.precision
            || approximate != date.approximate
            || open_ended != date.open_ended)
    {
        let mut v = DateValue::at_precision(new_day, precision, date.time);
        v.approximate = approximate;
        v.open_ended = open_ended;
        if &v != date {
            out = Some(v);
        }
    }
    out
}

//! Conversions between chrono (the model's dates) and jiff (the `egui_extras` date picker).

use chrono::{Datelike, NaiveDate};

/// chrono → jiff; dates outside jiff's range fall back to 2000-01-01.
pub fn jiff_from_chrono(d: NaiveDate) -> jiff::civil::Date {
    let year = i16::try_from(d.year()).unwrap_or(2000);
    jiff::civil::Date::new(year, d.month() as i8, d.day() as i8)
        .unwrap_or(jiff::civil::Date::constant(2000, 1, 1))
}

/// jiff → chrono.
pub fn chrono_from_jiff(d: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(d.year()),
        u32::try_from(d.month()).ok()?,
        u32::try_from(d.day()).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 6).unwrap();
        assert_eq!(chrono_from_jiff(jiff_from_chrono(d)), Some(d));
    }
}

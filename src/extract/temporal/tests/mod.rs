//! Tests of the whole tagger: anchors as extraction sees them, TimeML values and extents
//! as `eval-timeml` scores them, and every rule on its own examples.
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

mod anchors;
mod rules;
mod timeml;

use crate::extract::temporal::{TimexType, find, tag_text};
use crate::model::{DateValue, Span};
use chrono::NaiveDate;

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 6).unwrap()
}

fn all(text: &str) -> Vec<(String, String, TimexType, Option<DateValue>)> {
    find(text, Span::new(0, text.len()))
        .into_iter()
        .map(|t| {
            (
                t.span.slice(text).unwrap().to_owned(),
                t.trigger.slice(text).unwrap().to_owned(),
                t.kind,
                t.anchor.and_then(|a| a.resolve(Some(reference()))),
            )
        })
        .collect()
}

fn one(text: &str) -> (String, DateValue) {
    let v = all(text);
    let d = v.iter().find_map(|x| x.3.clone().map(|d| (x.0.clone(), d)));
    d.unwrap_or_else(|| panic!("no date in {text:?}: {v:?}"))
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn timeml(text: &str) -> Vec<(String, &'static str, String)> {
    let dct = NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(); // a Wednesday
    tag_text(text, dct)
        .into_iter()
        .map(|t| {
            (
                t.span.slice(text).unwrap().to_owned(),
                crate::timeml::type_name(t.kind),
                t.value,
            )
        })
        .collect()
}

fn has(v: &[(String, &str, String)], text: &str, kind: &str, value: &str) -> bool {
    v.iter()
        .any(|(t, k, x)| t == text && *k == kind && x == value)
}

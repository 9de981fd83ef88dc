//! Timeline items derived from a briefing: each dated event as an extent in virtual time
//! (after axis-break compression), sorted, with its label width; plus the undated events.
//! Shared by the app's timeline and the image/HTML/PDF exports so they lay out alike.

use super::{CompressedAxis, DensityIndex, EventTable, ItemExtent, TimeView};
use crate::model::Briefing;
use std::sync::Arc;

const DAY_SECS: f64 = 86_400.0;

/// Width reserved for an item's marker before its label.
pub const MARKER_WIDTH_PX: f32 = 16.0;

/// Average advance of a 13 px label character, for estimating bulk label widths without
/// touching fonts (measuring a million labels would take seconds).
pub const LABEL_ADVANCE_PX: f32 = 7.0;

/// How many of the last items `fit_view` checks for label room (bounded per frame).
const FIT_TAIL_ITEMS: usize = 256;

/// Timeline items derived from a briefing (or a bulk [`EventTable`]): sorted extents in
/// virtual time.
#[derive(Clone, Debug, Default)]
pub struct TimelineData {
    pub items: Vec<ItemExtent>,
    /// Briefing event index (or table row) of each item.
    pub event_of_item: Vec<usize>,
    pub axis: CompressedAxis,
    pub virtual_bounds: Option<(f64, f64)>,
    /// Events without a resolved date.
    pub unresolved: Vec<usize>,
    /// Item counts per time bucket, for drawing dense views in O(buckets).
    pub density: DensityIndex,
    /// Set when the items come from a bulk event table rather than the briefing.
    pub table: Option<Arc<EventTable>>,
}

impl TimelineData {
    /// Builds the items; `compress` turns long empty stretches into axis breaks.
    pub fn build(b: &Briefing, compress: bool, label_width: &dyn Fn(&str) -> f32) -> Self {
        let mut real: Vec<(f64, f64, usize)> = Vec::new();
        let mut unresolved = Vec::new();
        for (i, e) in b.events.iter().enumerate() {
            match (e.date.start_secs(), e.date.end_secs()) {
                (Some(s), Some(z)) => real.push((s, z.max(s), i)),
                _ => unresolved.push(i),
            }
        }
        let mut data = Self::from_extents(&real, compress, &|i| {
            b.events.get(i).map_or(0.0, |e| label_width(&e.title))
        });
        data.unresolved = unresolved;
        data
    }

    /// Builds the items of a bulk event table. Label widths are estimated from the
    /// character count ([`LABEL_ADVANCE_PX`]) so a million rows build in a fraction of a
    /// second.
    pub fn from_table(table: Arc<EventTable>, compress: bool) -> Self {
        let real: Vec<(f64, f64, usize)> = (0..table.len())
            .filter_map(|i| {
                let (s, z) = (table.start_secs(i)?, table.end_secs(i)?);
                Some((s as f64, z.max(s) as f64, i))
            })
            .collect();
        let mut data = Self::from_extents(&real, compress, &|i| {
            table
                .label(i)
                .map_or(0.0, |l| l.chars().count() as f32 * LABEL_ADVANCE_PX)
        });
        data.table = Some(table);
        data
    }

    /// Sorts `(start, end, event)` extents into items, with axis breaks if `compress`.
    fn from_extents(
        real: &[(f64, f64, usize)],
        compress: bool,
        label_width: &dyn Fn(usize) -> f32,
    ) -> Self {
        let axis = if compress {
            let ext: Vec<(f64, f64)> = real.iter().map(|&(s, z, _)| (s, z)).collect();
            CompressedAxis::from_extents(&ext, 0.2, 120.0 * DAY_SECS)
        } else {
            CompressedAxis::identity()
        };
        let mut items: Vec<(ItemExtent, usize)> = real
            .iter()
            .map(|&(s, z, i)| {
                (
                    ItemExtent {
                        start_secs: axis.virtual_from_real(s),
                        end_secs: axis.virtual_from_real(z),
                        label_width_px: label_width(i),
                    },
                    i,
                )
            })
            .collect();
        items.sort_unstable_by(|a, b| {
            a.0.start_secs
                .total_cmp(&b.0.start_secs)
                .then(a.1.cmp(&b.1))
        });
        let virtual_bounds = items.iter().fold(None, |acc: Option<(f64, f64)>, (x, _)| {
            Some(acc.map_or((x.start_secs, x.end_secs), |(a, z)| {
                (a.min(x.start_secs), z.max(x.end_secs))
            }))
        });
        let event_of_item = items.iter().map(|x| x.1).collect();
        let items: Vec<ItemExtent> = items.into_iter().map(|x| x.0).collect();
        Self {
            density: DensityIndex::build(&items),
            event_of_item,
            items,
            axis,
            virtual_bounds,
            unresolved: Vec::new(),
            table: None,
        }
    }

    /// Bytes held by the items and their indices (capacity), excluding the table.
    pub fn heap_bytes(&self) -> usize {
        self.items.capacity() * std::mem::size_of::<ItemExtent>()
            + self.event_of_item.capacity() * std::mem::size_of::<usize>()
            + self.unresolved.capacity() * std::mem::size_of::<usize>()
            + self.density.heap_bytes()
    }

    /// The view that shows every item with its label, for a canvas `width_px` wide.
    pub fn fit_view(&self, width_px: f32) -> Option<TimeView> {
        let (a, b) = self.virtual_bounds?;
        let b = b.max(a + DAY_SECS);
        // Labels hang to the right of their items: leave room for those near the end.
        let tail_from = b - (b - a) * 0.1;
        let label_px = self
            .items
            .iter()
            .rev()
            .take(FIT_TAIL_ITEMS)
            .take_while(|x| x.start_secs >= tail_from)
            .map(|x| x.label_width_px)
            .fold(0.0f32, f32::max);
        let left_room = 28.0;
        let right_room = (label_px + MARKER_WIDTH_PX + 24.0).min(width_px * 0.45);
        let usable = width_px - left_room - right_room;
        if usable.is_nan() || usable <= 60.0 {
            return Some(TimeView::fit(a, b, 0.06));
        }
        let span = (b - a) * f64::from(width_px) / f64::from(usable);
        Some(TimeView::new(
            a - span * f64::from(left_room / width_px),
            span,
        ))
    }

    /// Virtual extent of an event.
    pub fn virtual_extent_of_event(&self, _b: &Briefing, event: usize) -> Option<(f64, f64)> {
        let k = self.event_of_item.iter().position(|&e| e == event)?;
        let x = self.items.get(k)?;
        Some((x.start_secs, x.end_secs))
    }
}

/// A tick placed in pixels: position and the tick itself.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedTick {
    pub x_px: f32,
    pub tick: super::Tick,
}

/// Calendar ticks for a view over a compressed axis: each stretch between breaks gets its own
/// ladder in real time, mapped to its pixels. Labels never overlap within a stretch and are
/// dropped where they would run past it.
pub fn segment_ticks(
    view: &TimeView,
    axis: &CompressedAxis,
    left_px: f32,
    width_px: f32,
    min_spacing_px: f32,
    label_width_px: &dyn Fn(&str) -> f32,
) -> Vec<PlacedTick> {
    let mut out = Vec::new();
    let mut bounds: Vec<(f64, f64)> = Vec::new();
    let mut lo = f64::NEG_INFINITY;
    for b in axis.breaks() {
        bounds.push((lo, b.virtual_start));
        lo = b.virtual_end;
    }
    bounds.push((lo, f64::INFINITY));
    let right_px = left_px + width_px;
    for (va, vb) in bounds {
        let v0 = va.max(view.start_secs);
        let v1 = vb.min(view.end_secs());
        if v1 <= v0 {
            continue;
        }
        let x0 = view.x_from_time(v0, left_px, width_px);
        let x1 = view.x_from_time(v1, left_px, width_px);
        let (r0, r1) = (axis.real_from_virtual(v0), axis.real_from_virtual(v1));
        if x1 - x0 < 8.0 || r1 <= r0 {
            continue;
        }
        let sub = TimeView::new(r0, r1 - r0);
        for mut tick in super::ticks_for(&sub, x1 - x0, min_spacing_px, label_width_px) {
            let x = x0 + ((tick.time_secs - r0) / (r1 - r0)) as f32 * (x1 - x0);
            if !tick.label.is_empty() && x + 3.0 + label_width_px(&tick.label) > x1.min(right_px) {
                tick.label.clear();
            }
            out.push(PlacedTick { x_px: x, tick });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::seed_briefing;

    fn width(s: &str) -> f32 {
        s.chars().count() as f32 * 7.0
    }

    #[test]
    fn seed_items_sorted_with_breaks() {
        let b = seed_briefing(None);
        let d = TimelineData::build(&b, true, &width);
        assert_eq!(d.items.len(), 4);
        assert!(
            d.items
                .windows(2)
                .all(|w| w[0].start_secs <= w[1].start_secs)
        );
        assert_eq!(d.axis.breaks().len(), 2);
        assert!(d.unresolved.is_empty());
        let plain = TimelineData::build(&b, false, &width);
        assert!(plain.axis.breaks().is_empty());
    }

    #[test]
    fn table_items_are_sorted_with_estimated_widths() {
        let t = crate::timeline::synthetic::synthetic_table(2000);
        let d = TimelineData::from_table(Arc::new(t), true);
        assert_eq!(d.items.len(), 2000);
        assert!(
            d.items
                .windows(2)
                .all(|w| w[0].start_secs <= w[1].start_secs)
        );
        assert!(
            d.items
                .iter()
                .all(|x| (x.label_width_px - 210.0).abs() < 1e-3)
        );
        let table = d.table.as_ref().unwrap();
        let first = d.event_of_item[0];
        let real = table.start_secs(first).unwrap() as f64;
        assert!((d.items[0].start_secs - d.axis.virtual_from_real(real)).abs() < 1e-6);
        assert!(!d.density.is_empty());
    }

    #[test]
    fn fit_leaves_room_for_the_last_label() {
        let b = seed_briefing(None);
        let d = TimelineData::build(&b, true, &width);
        let v = d.fit_view(1000.0).unwrap();
        let last = d.items.last().unwrap();
        let x = v.x_from_time(last.start_secs, 0.0, 1000.0);
        assert!(x + MARKER_WIDTH_PX + last.label_width_px <= 1000.0, "{x}");
        assert!(v.x_from_time(d.items[0].start_secs, 0.0, 1000.0) >= 0.0);
    }

    #[test]
    fn segment_ticks_do_not_overlap() {
        let b = seed_briefing(None);
        let d = TimelineData::build(&b, true, &width);
        let v = d.fit_view(1200.0).unwrap();
        let ticks = segment_ticks(&v, &d.axis, 0.0, 1200.0, 8.0, &width);
        let labelled: Vec<&PlacedTick> =
            ticks.iter().filter(|t| !t.tick.label.is_empty()).collect();
        assert!(labelled.len() >= 3);
        for w in labelled.windows(2) {
            assert!(
                w[0].x_px + width(&w[0].tick.label) < w[1].x_px + 1.0,
                "{w:?}"
            );
        }
    }
}

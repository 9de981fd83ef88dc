//! Lane packing and level-of-detail clustering of timeline items. Pure geometry: label
//! widths are measured by the caller and passed in, so this never touches fonts or egui.

use super::density::DensityIndex;
use super::view::TimeView;

/// Room a cluster reserves after its marker for a count badge ("12", "999+"), playing the
/// role a label plays for a single item when deciding what overlaps.
pub const CLUSTER_BADGE_WIDTH_PX: f32 = 28.0;

/// How many items before the first one starting in view are checked for spans reaching
/// into the view. Without an interval index this bound is what keeps the cost independent
/// of the total item count; a span starting further back than this is not shown.
const LOOK_BACK_ITEMS: usize = 512;

/// Clusters larger than this report only their count, bounding memory for dense views.
const CLUSTER_INDEX_LIMIT: usize = 64;

/// Above this many candidate items per pixel column, sub-pixel items are pre-grouped
/// before packing: individually they would be indistinguishable anyway, and grouping
/// first keeps packing cheap when a million items are in view.
const LOD_ITEMS_PER_PX: f64 = 4.0;

/// Pixel positions are clamped this far outside the view: far enough that no visible
/// geometry changes, close enough that `f32` output stays finite and usable.
const OFFSCREEN_LIMIT_PX: f64 = 1.0e6;

/// More lanes than any screen can show; guards the lane bookkeeping against absurd input.
const MAX_LANES: usize = 256;

/// Every placed unit occupies at least this much, so even zero-width markers with empty
/// labels cannot pile up without bound in one lane.
const MIN_FOOTPRINT_PX: f64 = 1.0;

/// An item's time extent (`end_secs == start_secs` for a point) and its label width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemExtent {
    pub start_secs: f64,
    pub end_secs: f64,
    pub label_width_px: f32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutParams {
    pub left_px: f32,
    pub width_px: f32,
    pub max_lanes: usize,
    pub min_gap_px: f32,
    pub marker_width_px: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlacedKind {
    Single {
        index: usize,
    },
    /// `indices` lists the members in ascending order, or is empty when `count` exceeds 64.
    /// `first` is the lowest member index.
    Cluster {
        first: usize,
        count: usize,
        indices: Vec<usize>,
    },
}

/// One drawn unit. `x0_px..x1_px` is its time extent in pixels (equal for points and for
/// anything narrower than a pixel); its label or badge occupies the `marker_width_px +
/// label width` (or `CLUSTER_BADGE_WIDTH_PX`) after `x0_px`, and no two units in a lane
/// have overlapping occupied extents.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub kind: PlacedKind,
    pub lane: usize,
    pub x0_px: f32,
    pub x1_px: f32,
    pub label_visible: bool,
}

/// A single item or a group of items being laid out together.
#[derive(Debug)]
struct Unit {
    first: usize,
    count: usize,
    /// Members of a cluster while `count <= CLUSTER_INDEX_LIMIT`; empty for a single
    /// (whose index is `first`) so the common case does not allocate.
    indices: Vec<usize>,
    x0_px: f64,
    x1_px: f64,
    label_px: f64,
}

impl Unit {
    fn end_px(&self, marker_px: f64) -> f64 {
        let label_px = if self.count == 1 {
            self.label_px
        } else {
            f64::from(CLUSTER_BADGE_WIDTH_PX)
        };
        self.x1_px
            .max(self.x0_px + (marker_px + label_px).max(MIN_FOOTPRINT_PX))
    }

    /// Merges `other`, which must come later in processing order, keeping indices ascending.
    fn absorb(&mut self, other: Unit) {
        let count = self.count + other.count;
        if count > CLUSTER_INDEX_LIMIT {
            self.indices = Vec::new();
        } else {
            if self.count == 1 {
                self.indices.push(self.first);
            }
            if other.count == 1 {
                self.indices.push(other.first);
            } else {
                self.indices.extend(other.indices);
            }
        }
        self.count = count;
        self.first = self.first.min(other.first);
        self.x0_px = self.x0_px.min(other.x0_px);
        self.x1_px = self.x1_px.max(other.x1_px);
    }

    fn into_placed(self, lane: usize) -> Placed {
        let kind = if self.count == 1 {
            PlacedKind::Single { index: self.first }
        } else {
            PlacedKind::Cluster {
                first: self.first,
                count: self.count,
                indices: self.indices,
            }
        };
        Placed {
            kind,
            lane,
            x0_px: self.x0_px as f32,
            x1_px: self.x1_px as f32,
            label_visible: true,
        }
    }
}

/// Greedy first-fit lane packing over units arriving in ascending `x0_px`.
struct Packer {
    lane_end_px: Vec<f64>,
    last_in_lane: Vec<Option<usize>>,
    placed: Vec<(Unit, usize)>,
    gap_px: f64,
    marker_px: f64,
}

impl Packer {
    fn new(lanes: usize, gap_px: f64, marker_px: f64) -> Self {
        Self {
            lane_end_px: vec![f64::NEG_INFINITY; lanes],
            last_in_lane: vec![None; lanes],
            placed: Vec::new(),
            gap_px,
            marker_px,
        }
    }

    fn put(&mut self, lane: usize, unit: Unit) {
        if let (Some(end), Some(last)) = (
            self.lane_end_px.get_mut(lane),
            self.last_in_lane.get_mut(lane),
        ) {
            *end = unit.end_px(self.marker_px);
            *last = Some(self.placed.len());
            self.placed.push((unit, lane));
        }
    }

    /// Places `unit` in the first lane where it fits after the gap. When none has room it
    /// joins the last lane: merged into that lane's latest unit if it overlaps it (which
    /// becomes or grows a cluster), otherwise placed right after it, giving up only the
    /// gap. Points never extend a cluster's occupied extent beyond its badge, so clusters
    /// of points stay about a badge wide instead of chaining across a dense view.
    fn place(&mut self, unit: Unit) {
        let gap_px = self.gap_px;
        if let Some(lane) = self
            .lane_end_px
            .iter()
            .position(|&end| end + gap_px <= unit.x0_px)
        {
            self.put(lane, unit);
            return;
        }
        let last_lane = self.lane_end_px.len().saturating_sub(1);
        let marker_px = self.marker_px;
        let target = self
            .last_in_lane
            .get(last_lane)
            .copied()
            .flatten()
            .and_then(|i| self.placed.get_mut(i));
        match target {
            Some((held, _)) if unit.x0_px < held.end_px(marker_px) => {
                held.absorb(unit);
                let end = held.end_px(marker_px);
                if let Some(lane_end) = self.lane_end_px.get_mut(last_lane) {
                    *lane_end = end;
                }
            }
            _ => self.put(last_lane, unit),
        }
    }

    fn finish(self) -> Vec<Placed> {
        self.placed
            .into_iter()
            .map(|(unit, lane)| unit.into_placed(lane))
            .collect()
    }
}

fn non_negative_or_zero(x: f32) -> f64 {
    let x = f64::from(x);
    if x.is_finite() { x.max(0.0) } else { 0.0 }
}

/// Lays out the items visible in `view` into at most `params.max_lanes` lanes.
///
/// `items` must be sorted by `start_secs`. Only items overlapping the view are visited
/// (binary search plus a bounded look-back for spans starting earlier), so the cost grows
/// with what is visible, not with `items.len()`. Each unit occupies
/// `[x0, max(x1, x0 + marker + label)]` and goes in the first lane where it fits after
/// `min_gap_px`; what fits nowhere merges into a cluster in the last lane. When there
/// are more than about four candidates per pixel, sub-pixel items are first grouped into
/// `max(min_gap_px, 1)`-pixel buckets aligned to time (stable while panning), bounding
/// the output to roughly `width_px / min_gap_px * max_lanes`. Deterministic; output is in
/// ascending `x0_px` order.
pub fn layout_items(items: &[ItemExtent], view: &TimeView, params: &LayoutParams) -> Vec<Placed> {
    layout_items_indexed(items, None, view, params)
}

/// [`layout_items`] with a [`DensityIndex`] over the same `items`: when the view holds more
/// than about four items per pixel and the index has buckets of about `min_gap_px`, each
/// bucket becomes one unit (a cluster of the items starting in it, or the single item)
/// without visiting the items, so a zoomed-out frame costs O(buckets on screen). In that
/// mode spans starting before the view are not shown (their clusters are off-screen).
pub fn layout_items_indexed(
    items: &[ItemExtent],
    density: Option<&DensityIndex>,
    view: &TimeView,
    params: &LayoutParams,
) -> Vec<Placed> {
    let width_px = f64::from(params.width_px);
    let left_px = f64::from(params.left_px);
    if !view.is_valid() || !width_px.is_finite() || width_px <= 0.0 || !left_px.is_finite() {
        return Vec::new();
    }
    let view_start_secs = view.start_secs;
    let view_end_secs = view.end_secs();
    let hi = items.partition_point(|it| it.start_secs <= view_end_secs);
    let lo = items.partition_point(|it| it.start_secs < view_start_secs);
    let back = lo.min(hi).saturating_sub(LOOK_BACK_ITEMS);
    let Some(candidates) = items.get(back..hi) else {
        return Vec::new();
    };
    let px = PixelMap {
        left_px,
        width_px,
        view_start_secs,
        view_end_secs,
        px_per_sec: width_px / view.span_secs,
    };
    let gap_px = non_negative_or_zero(params.min_gap_px);
    let marker_px = non_negative_or_zero(params.marker_width_px);
    let bucket_secs = gap_px.max(1.0) / px.px_per_sec;
    let mut packer = Packer::new(params.max_lanes.clamp(1, MAX_LANES), gap_px, marker_px);
    let level = density
        .filter(|_| (hi - lo.min(hi)) as f64 > LOD_ITEMS_PER_PX * width_px)
        .and_then(|d| Some((d, d.level_for(2.0 * bucket_secs)?)));
    if let Some((d, (level, _))) = level {
        place_buckets(&mut packer, items, d, level, lo..hi, &px);
    } else {
        let lod = candidates.len() as f64 > LOD_ITEMS_PER_PX * width_px;
        let bucket_secs = lod.then_some(bucket_secs);
        place_items(&mut packer, candidates, back, bucket_secs, &px);
    }
    packer.finish()
}

/// Time to pixels for one layout: the view's start and end and the plot's left edge and
/// scale.
struct PixelMap {
    left_px: f64,
    width_px: f64,
    view_start_secs: f64,
    view_end_secs: f64,
    px_per_sec: f64,
}

impl PixelMap {
    /// The x of `t_secs`, clamped to a margin around the plot.
    fn to_px(&self, t_secs: f64) -> f64 {
        (self.left_px + (t_secs - self.view_start_secs) * self.px_per_sec).clamp(
            self.left_px - OFFSCREEN_LIMIT_PX,
            self.left_px + self.width_px + OFFSCREEN_LIMIT_PX,
        )
    }
}

/// The dense mode: each density bucket of `level` in view becomes one unit (a cluster of
/// the items in `in_view` starting in it, or the single item) without visiting the items.
fn place_buckets(
    packer: &mut Packer,
    items: &[ItemExtent],
    d: &DensityIndex,
    level: u32,
    in_view: std::ops::Range<usize>,
    px: &PixelMap,
) {
    for bucket in d.buckets(level, px.view_start_secs, px.view_end_secs) {
        // Only items starting in view: the bucket may straddle the view's edges.
        let (first, end) = (bucket.first.max(in_view.start), bucket.end.min(in_view.end));
        let Some(item) = items.get(first).filter(|_| end > first) else {
            continue;
        };
        let count = end - first;
        let x0_px = px.to_px(item.start_secs);
        let x1_px = if count == 1 {
            px.to_px(item.end_secs.max(item.start_secs))
        } else {
            x0_px
        };
        packer.place(Unit {
            first,
            count,
            indices: if count > 1 && count <= CLUSTER_INDEX_LIMIT {
                (first..end).collect()
            } else {
                Vec::new()
            },
            x0_px,
            x1_px: if x1_px - x0_px < 1.0 { x0_px } else { x1_px },
            label_px: non_negative_or_zero(item.label_width_px),
        });
    }
}

/// Visits the `candidates` (items from index `back` on) overlapping the view, one unit
/// each; with `bucket_secs` (too many items per pixel), consecutive sub-pixel items in the
/// same time bucket merge into one unit first.
fn place_items(
    packer: &mut Packer,
    candidates: &[ItemExtent],
    back: usize,
    bucket_secs: Option<f64>,
    px: &PixelMap,
) {
    let mut group: Option<(i64, Unit)> = None;
    for (offset, item) in candidates.iter().enumerate() {
        if !item.start_secs.is_finite() {
            continue;
        }
        let end_secs = if item.end_secs.is_finite() {
            item.end_secs.max(item.start_secs)
        } else {
            item.start_secs
        };
        if end_secs < px.view_start_secs || item.start_secs > px.view_end_secs {
            continue;
        }
        let x0_px = px.to_px(item.start_secs);
        let x1_px = px.to_px(end_secs);
        // A sub-pixel span draws as a point, and treating it as one stops clusters of
        // tiny spans creeping rightwards a fraction of a pixel at a time.
        let narrow = x1_px - x0_px < 1.0;
        let unit = Unit {
            first: back + offset,
            count: 1,
            indices: Vec::new(),
            x0_px,
            x1_px: if narrow { x0_px } else { x1_px },
            label_px: non_negative_or_zero(item.label_width_px),
        };
        if let Some(bucket_secs) = bucket_secs.filter(|_| narrow) {
            let bucket = (item.start_secs / bucket_secs).floor() as i64;
            match &mut group {
                Some((open_bucket, open)) if *open_bucket == bucket => open.absorb(unit),
                _ => {
                    if let Some((_, done)) = group.replace((bucket, unit)) {
                        packer.place(done);
                    }
                }
            }
        } else {
            if let Some((_, done)) = group.take() {
                packer.place(done);
            }
            packer.place(unit);
        }
    }
    if let Some((_, done)) = group.take() {
        packer.place(done);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_rng::Lcg;
    use super::*;

    const DAY_SECS: f64 = 86_400.0;
    const T0_SECS: f64 = 1_767_657_600.0;

    fn params(max_lanes: usize) -> LayoutParams {
        LayoutParams {
            left_px: 10.0,
            width_px: 1000.0,
            max_lanes,
            min_gap_px: 4.0,
            marker_width_px: 8.0,
        }
    }

    fn point(t_secs: f64, label_width_px: f32) -> ItemExtent {
        ItemExtent {
            start_secs: t_secs,
            end_secs: t_secs,
            label_width_px,
        }
    }

    fn occupied_end(p: &Placed, items: &[ItemExtent], params: &LayoutParams) -> f64 {
        let label = match p.kind {
            PlacedKind::Single { index } => items
                .get(index)
                .map_or(0.0, |it| f64::from(it.label_width_px)),
            PlacedKind::Cluster { .. } => f64::from(CLUSTER_BADGE_WIDTH_PX),
        };
        let footprint = (f64::from(params.marker_width_px) + label).max(MIN_FOOTPRINT_PX);
        f64::from(p.x1_px).max(f64::from(p.x0_px) + footprint)
    }

    /// Checks no overlap within a lane and that every visible item is accounted for once.
    fn check_invariants(
        items: &[ItemExtent],
        view: &TimeView,
        params: &LayoutParams,
        out: &[Placed],
    ) {
        let lanes = params.max_lanes.clamp(1, MAX_LANES);
        for lane in 0..lanes {
            let in_lane: Vec<&Placed> = out.iter().filter(|p| p.lane == lane).collect();
            for pair in in_lane.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let end = occupied_end(a, items, params);
                let tol = 1e-3 + 1e-6 * end.abs();
                assert!(
                    f64::from(b.x0_px) + tol >= end,
                    "lane {lane}: {a:?} (ends {end}) overlaps {b:?}"
                );
            }
        }
        assert!(out.iter().all(|p| p.lane < lanes && p.label_visible));
        let mut seen = vec![0_usize; items.len()];
        let mut total = 0;
        for p in out {
            match &p.kind {
                PlacedKind::Single { index } => {
                    seen[*index] += 1;
                    total += 1;
                }
                PlacedKind::Cluster {
                    first,
                    count,
                    indices,
                } => {
                    assert!(*count >= 2);
                    total += count;
                    if indices.is_empty() {
                        assert!(*count > CLUSTER_INDEX_LIMIT);
                    } else {
                        assert_eq!(indices.len(), *count);
                        assert_eq!(indices.first(), Some(first));
                        assert!(indices.windows(2).all(|w| w[0] < w[1]));
                        for i in indices {
                            seen[*i] += 1;
                        }
                    }
                }
            }
        }
        let visible: Vec<bool> = items
            .iter()
            .map(|it| {
                it.start_secs <= view.end_secs()
                    && it.end_secs.max(it.start_secs) >= view.start_secs
            })
            .collect();
        assert_eq!(total, visible.iter().filter(|v| **v).count());
        for (i, v) in visible.iter().enumerate() {
            assert!(
                seen[i] <= usize::from(*v),
                "item {i} placed {} times",
                seen[i]
            );
        }
    }

    #[test]
    fn isolated_item_is_single_with_label() {
        let items = [point(T0_SECS + DAY_SECS, 80.0)];
        let view = TimeView::new(T0_SECS, 2.0 * DAY_SECS);
        let out = layout_items(&items, &view, &params(4));
        assert_eq!(
            out,
            vec![Placed {
                kind: PlacedKind::Single { index: 0 },
                lane: 0,
                x0_px: 510.0,
                x1_px: 510.0,
                label_visible: true,
            }]
        );
    }

    #[test]
    fn items_outside_view_are_not_returned() {
        let items = [
            point(T0_SECS - 10.0 * DAY_SECS, 50.0),
            ItemExtent {
                start_secs: T0_SECS - 5.0 * DAY_SECS,
                end_secs: T0_SECS - DAY_SECS,
                label_width_px: 50.0,
            },
            ItemExtent {
                start_secs: T0_SECS - 3.0 * DAY_SECS,
                end_secs: T0_SECS + DAY_SECS,
                label_width_px: 50.0,
            },
            point(T0_SECS + DAY_SECS, 50.0),
            point(T0_SECS + 3.0 * DAY_SECS, 50.0),
        ];
        let view = TimeView::new(T0_SECS, 2.0 * DAY_SECS);
        let out = layout_items(&items, &view, &params(4));
        let indices: Vec<usize> = out
            .iter()
            .filter_map(|p| match p.kind {
                PlacedKind::Single { index } => Some(index),
                PlacedKind::Cluster { .. } => None,
            })
            .collect();
        assert_eq!(indices, [2, 3]);
        // The span reaching in from the left starts off-screen.
        assert!(
            out.first()
                .is_some_and(|p| p.x0_px < 10.0 && p.x1_px > 10.0)
        );
    }

    #[test]
    fn overlapping_items_stack_then_cluster() {
        let items = [
            point(T0_SECS, 60.0),
            point(T0_SECS, 60.0),
            point(T0_SECS + 60.0, 60.0),
        ];
        let view = TimeView::new(T0_SECS - DAY_SECS, 2.0 * DAY_SECS);
        let out = layout_items(&items, &view, &params(2));
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].kind, PlacedKind::Single { index: 0 });
        assert_eq!(out[0].lane, 0);
        assert_eq!(
            out[1].kind,
            PlacedKind::Cluster {
                first: 1,
                count: 2,
                indices: vec![1, 2],
            }
        );
        assert_eq!(out[1].lane, 1);
        // With enough lanes nothing clusters.
        let roomy = layout_items(&items, &view, &params(3));
        assert!(
            roomy
                .iter()
                .all(|p| matches!(p.kind, PlacedKind::Single { .. }))
        );
        assert_eq!(roomy.iter().map(|p| p.lane).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn large_clusters_drop_indices_but_keep_count() {
        let items: Vec<ItemExtent> = (0..100).map(|_| point(T0_SECS, 40.0)).collect();
        let view = TimeView::new(T0_SECS - DAY_SECS, 2.0 * DAY_SECS);
        let out = layout_items(&items, &view, &params(1));
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].kind,
            PlacedKind::Cluster {
                first: 0,
                count: 100,
                indices: Vec::new(),
            }
        );
    }

    #[test]
    fn million_points_in_view_give_bounded_output() {
        let n = 1_000_000;
        let view = TimeView::new(T0_SECS, 30.0 * DAY_SECS);
        let step = view.span_secs / f64::from(n);
        let items: Vec<ItemExtent> = (0..n)
            .map(|i| point(T0_SECS + f64::from(i) * step, 70.0))
            .collect();
        let p = params(4);
        let out = layout_items(&items, &view, &p);
        let bound = (p.width_px / p.min_gap_px) as usize * p.max_lanes;
        assert!(out.len() <= bound, "{} placed", out.len());
        assert!(!out.is_empty());
        let total: usize = out
            .iter()
            .map(|p| match &p.kind {
                PlacedKind::Single { .. } => 1,
                PlacedKind::Cluster { count, .. } => *count,
            })
            .sum();
        assert_eq!(total, n as usize);
        for pair in out.windows(2) {
            assert!(pair[0].x0_px <= pair[1].x0_px);
        }
    }

    #[test]
    fn density_index_summarises_dense_views_and_matches_counts() {
        let n = 200_000;
        let mut rng = Lcg(11);
        let mut items: Vec<ItemExtent> = (0..n)
            .map(|_| point(T0_SECS + rng.next_f64() * 400.0 * DAY_SECS, 70.0))
            .collect();
        items.sort_by(|a, b| a.start_secs.total_cmp(&b.start_secs));
        let index = DensityIndex::build(&items);
        let p = params(6);
        for (start, span) in [(0.0, 400.0), (50.0, 100.0), (-30.0, 60.0), (399.0, 30.0)] {
            let view = TimeView::new(T0_SECS + start * DAY_SECS, span * DAY_SECS);
            let out = layout_items_indexed(&items, Some(&index), &view, &p);
            let lo = items.partition_point(|it| it.start_secs < view.start_secs);
            let hi = items.partition_point(|it| it.start_secs <= view.end_secs());
            let total: usize = out
                .iter()
                .map(|p| match &p.kind {
                    PlacedKind::Single { .. } => 1,
                    PlacedKind::Cluster { count, .. } => *count,
                })
                .sum();
            assert_eq!(total, hi - lo, "view {start} {span}");
            // Bounded by the buckets on screen, far below the items in view.
            assert!(out.len() <= 2 * (p.width_px / p.min_gap_px) as usize + 2);
            for pair in out.windows(2) {
                assert!(pair[0].x0_px <= pair[1].x0_px);
            }
            check_lanes_do_not_overlap(&items, &p, &out);
        }
        // A sparse view still goes item by item: the same result as without the index.
        let view = TimeView::new(T0_SECS + 10.0 * DAY_SECS, 0.2 * DAY_SECS);
        assert_eq!(
            layout_items_indexed(&items, Some(&index), &view, &p),
            layout_items(&items, &view, &p)
        );
    }

    fn check_lanes_do_not_overlap(items: &[ItemExtent], params: &LayoutParams, out: &[Placed]) {
        for lane in 0..params.max_lanes {
            let in_lane: Vec<&Placed> = out.iter().filter(|p| p.lane == lane).collect();
            for pair in in_lane.windows(2) {
                let end = occupied_end(pair[0], items, params);
                assert!(f64::from(pair[1].x0_px) + 1e-3 >= end, "lane {lane}");
            }
        }
    }

    #[test]
    fn random_layouts_never_overlap_and_are_deterministic() {
        let mut rng = Lcg(7);
        for round in 0..400 {
            let n = (rng.next_f64() * 300.0) as usize;
            let base = T0_SECS + rng.range(-1e8, 1e8);
            let range_secs = (rng.range(3.0, 9.0) * std::f64::consts::LN_10).exp();
            let mut items: Vec<ItemExtent> = (0..n)
                .map(|_| {
                    let start_secs = base + rng.next_f64() * range_secs;
                    let len_secs = if rng.next_f64() < 0.5 {
                        0.0
                    } else {
                        rng.next_f64().powi(3) * range_secs
                    };
                    ItemExtent {
                        start_secs,
                        end_secs: start_secs + len_secs,
                        label_width_px: rng.range(0.0, 150.0) as f32,
                    }
                })
                .collect();
            items.sort_by(|a, b| a.start_secs.total_cmp(&b.start_secs));
            let span = range_secs * rng.range(0.01, 1.5);
            let view = TimeView::new(base + rng.range(-0.2, 1.0) * range_secs, span);
            let params = LayoutParams {
                left_px: rng.range(-50.0, 200.0) as f32,
                width_px: rng.range(20.0, 2000.0) as f32,
                max_lanes: (rng.next_f64() * 7.0) as usize,
                min_gap_px: rng.range(0.0, 10.0) as f32,
                marker_width_px: rng.range(0.0, 12.0) as f32,
            };
            let out = layout_items(&items, &view, &params);
            check_invariants(&items, &view, &params, &out);
            assert_eq!(out, layout_items(&items, &view, &params), "round {round}");
        }
    }

    #[test]
    fn invalid_inputs_give_nothing() {
        let items = [point(T0_SECS, 10.0), point(f64::NAN, 10.0)];
        let view = TimeView::new(T0_SECS - DAY_SECS, 2.0 * DAY_SECS);
        let mut p = params(3);
        p.width_px = 0.0;
        assert!(layout_items(&items, &view, &p).is_empty());
        p.width_px = f32::NAN;
        assert!(layout_items(&items, &view, &p).is_empty());
        let broken = TimeView {
            start_secs: f64::NAN,
            span_secs: DAY_SECS,
        };
        assert!(layout_items(&items, &broken, &params(3)).is_empty());
        assert!(layout_items(&[], &view, &params(3)).is_empty());
        // Zero lanes behaves as one; NaN widths and gaps are treated as zero.
        let mut odd = params(0);
        odd.min_gap_px = f32::NAN;
        odd.marker_width_px = f32::INFINITY;
        assert_eq!(layout_items(&items[..1], &view, &odd).len(), 1);
    }
}

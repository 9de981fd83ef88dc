//! Precomputed counts of items per time bucket at every power-of-two resolution, so a
//! zoomed-out view can be summarised in time proportional to the buckets on screen rather
//! than the items in view. Pure data; the layout in [`super::lanes`] uses it.
//!
//! Only the finest level is stored, as prefix indices: `bucket_first[k]` is the index of
//! the first item (sorted by start) starting at or after the start of bucket `k`. Level `l`
//! merges `2^l` fine buckets, so its counts are differences of entries `2^l` apart: the whole
//! pyramid in one `u32` array, and any bucket's item range in O(1).

use super::ItemExtent;

/// Fewest and most fine buckets (powers of two).
const MIN_BUCKETS: usize = 1 << 10;
const MAX_BUCKETS: usize = 1 << 20;

/// The bucket index over sorted item starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DensityIndex {
    origin_secs: f64,
    fine_secs: f64,
    /// `fine + 1` entries: the item range of fine bucket `k` is `[first[k], first[k + 1])`.
    bucket_first: Vec<u32>,
}

/// One bucket of a level: the items starting in it, as an index range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bucket {
    pub first: usize,
    pub end: usize,
}

impl DensityIndex {
    /// Builds the index over `items`, which must be sorted by `start_secs`. Non-finite
    /// starts, and more than `u32::MAX` items, give an empty index (layout then falls back to
    /// visiting items).
    pub fn build(items: &[ItemExtent]) -> Self {
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return Self::default();
        };
        let (lo, hi) = (first.start_secs, last.start_secs);
        if !lo.is_finite() || !hi.is_finite() || u32::try_from(items.len()).is_err() {
            return Self::default();
        }
        let fine = items
            .len()
            .next_power_of_two()
            .clamp(MIN_BUCKETS, MAX_BUCKETS);
        // A hair wider than the data so the last start falls inside the last bucket.
        let range = (hi - lo).max(1.0) * (1.0 + 1e-9) + 1e-6;
        let fine_secs = range / fine as f64;
        let mut bucket_first = Vec::with_capacity(fine + 1);
        let mut i = 0usize;
        for k in 0..=fine {
            let edge = lo + k as f64 * fine_secs;
            while items.get(i).is_some_and(|it| it.start_secs < edge) {
                i += 1;
            }
            bucket_first.push(i as u32);
        }
        if let Some(end) = bucket_first.last_mut() {
            *end = items.len() as u32;
        }
        Self {
            origin_secs: lo,
            fine_secs,
            bucket_first,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bucket_first.len() < 2
    }

    fn fine_buckets(&self) -> usize {
        self.bucket_first.len().saturating_sub(1)
    }

    /// The coarsest level whose buckets are at most `max_secs` wide, with that width;
    /// `None` when even the finest buckets are wider.
    pub fn level_for(&self, max_secs: f64) -> Option<(u32, f64)> {
        if self.is_empty() || max_secs.is_nan() || max_secs < self.fine_secs {
            return None;
        }
        let mut level = 0u32;
        let mut secs = self.fine_secs;
        while secs * 2.0 <= max_secs && (1usize << (level + 1)) <= self.fine_buckets() {
            level += 1;
            secs *= 2.0;
        }
        Some((level, secs))
    }

    /// Buckets of `level` overlapping `[from_secs, to_secs]`, with the items starting in them.
    pub fn buckets(
        &self,
        level: u32,
        from_secs: f64,
        to_secs: f64,
    ) -> impl Iterator<Item = Bucket> + '_ {
        let stride = 1usize.checked_shl(level).unwrap_or(usize::MAX);
        let width = self.fine_secs * stride as f64;
        let count = self.fine_buckets().div_ceil(stride.max(1));
        let index = |t: f64| {
            ((t - self.origin_secs) / width)
                .floor()
                .clamp(0.0, count as f64) as usize
        };
        let (a, z) =
            if self.is_empty() || from_secs.is_nan() || to_secs.is_nan() || from_secs > to_secs {
                (0, 0)
            } else {
                (index(from_secs), (index(to_secs) + 1).min(count))
            };
        (a..z).filter_map(move |k| {
            let first = *self.bucket_first.get(k * stride)? as usize;
            let last_edge = ((k + 1) * stride).min(self.fine_buckets());
            let end = *self.bucket_first.get(last_edge)? as usize;
            Some(Bucket { first, end })
        })
    }

    /// Bytes held (capacity).
    pub fn heap_bytes(&self) -> usize {
        self.bucket_first.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(t: f64) -> ItemExtent {
        ItemExtent {
            start_secs: t,
            end_secs: t,
            label_width_px: 10.0,
        }
    }

    #[test]
    fn buckets_partition_the_items_at_every_level() {
        let items: Vec<ItemExtent> = (0..5000u32)
            .map(|i| point(f64::from(i * i % 7919) * 100.0))
            .collect::<Vec<_>>();
        let mut items = items;
        items.sort_by(|a, b| a.start_secs.total_cmp(&b.start_secs));
        let d = DensityIndex::build(&items);
        for level in 0..=13 {
            let mut next = 0;
            for b in d.buckets(level, f64::NEG_INFINITY, f64::INFINITY) {
                assert_eq!(b.first, next, "level {level}");
                assert!(b.end >= b.first);
                next = b.end;
            }
            assert_eq!(next, items.len(), "level {level}");
        }
        // Every item of a bucket starts inside it.
        let (level, secs) = d.level_for(5_000.0).unwrap();
        assert!(secs <= 5_000.0 && secs * 2.0 > 5_000.0);
        for b in d.buckets(level, 100_000.0, 200_000.0) {
            if let (Some(a), Some(z)) = (items.get(b.first), items.get(b.end - 1)) {
                assert!(z.start_secs - a.start_secs < secs);
            }
        }
    }

    #[test]
    fn empty_and_odd_inputs_are_safe() {
        let d = DensityIndex::build(&[]);
        assert!(d.is_empty());
        assert_eq!(d.level_for(1.0), None);
        assert_eq!(d.buckets(3, 0.0, 1.0).count(), 0);
        let d = DensityIndex::build(&[point(f64::NAN)]);
        assert!(d.is_empty());
        let d = DensityIndex::build(&[point(5.0)]);
        assert_eq!(d.level_for(f64::NAN), None);
        let all: usize = d.buckets(0, 0.0, 10.0).map(|b| b.end - b.first).sum();
        assert_eq!(all, 1);
        assert_eq!(d.buckets(40, 0.0, 10.0).count(), 1);
        assert_eq!(d.buckets(0, 10.0, 0.0).count(), 0);
    }
}

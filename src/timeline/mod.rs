//! Pure timeline maths: the visible time window, calendar ticks, lane packing with
//! clustering, and axis breaks that compress long empty stretches.
//!
//! Nothing here knows about egui (the model is the only other module used): times are `f64` Unix seconds (UTC), pixels are `f32`,
//! and every text measurement the layout needs is passed in by the caller. That keeps the
//! geometry testable without a window and lets the UI stay a thin drawing layer.

mod breaks;
mod data;
mod density;
mod lanes;
pub mod synthetic;
mod table;
mod ticks;
mod view;

#[cfg(test)]
mod test_rng;

pub use breaks::{AxisBreak, CompressedAxis, gap_label};
pub use data::{MARKER_WIDTH_PX, PlacedTick, TimelineData, segment_ticks};
pub use density::{Bucket, DensityIndex};
pub use lanes::{
    CLUSTER_BADGE_WIDTH_PX, ItemExtent, LayoutParams, Placed, PlacedKind, layout_items,
    layout_items_indexed,
};
pub use table::{EventTable, TableError, TableRow};
pub use ticks::{LABEL_PADDING_PX, Tick, TickLevel, ticks_for};
pub use view::{TimeView, ViewAnimation};

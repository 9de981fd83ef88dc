//! The synthetic timeline data set of `shared/bench/DATASET.md` (spec v1): a seeded LCG draws
//! each event's start, range flag, group, end and label, so benchmarks here and in other
//! timeline tools run on the very same events. Also the zoom and pan schedule of that spec.
//! Used by the benchmarks and tests; not by the app's normal paths.

use super::table::{EventTable, TableRow};
use super::view::TimeView;
use std::fmt::Write as _;

/// 2014-01-01T00:00:00Z.
pub const T0_SECS: i64 = 1_388_534_400;
/// 2027-01-01T00:00:00Z (exclusive).
pub const T1_SECS: i64 = 1_798_761_600;
pub const SPAN_SECS: i64 = T1_SECS - T0_SECS;
/// Steps in each of the zoom and pan schedules.
pub const SCHEDULE_STEPS: usize = 60;

const LABEL_LETTERS: usize = 20;
const DAY_SECS: f64 = 86_400.0;

/// The spec's linear congruential generator.
struct Lcg(u32);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        self.0
    }
}

fn unit(k: u32) -> f64 {
    f64::from(k) / 4_294_967_296.0
}

/// The first `n` events of the data set, in id order (row `i` is event `i`).
pub fn synthetic_table(n: usize) -> EventTable {
    let mut table = EventTable::with_capacity(n, n * 30);
    let mut rng = Lcg(42);
    let mut label = String::with_capacity(32);
    for i in 0..n {
        let start = T0_SECS + (unit(rng.next()) * SPAN_SECS as f64).floor() as i64;
        let is_range = rng.next() < 429_496_730;
        let group = (rng.next() >> 29) as u8;
        let end = if is_range {
            (start + 3600 + (unit(rng.next()) * 7_772_400.0).floor() as i64).min(T1_SECS)
        } else {
            start
        };
        label.clear();
        let _ = write!(label, "Ev{i:07} ");
        for _ in 0..LABEL_LETTERS {
            let letter = (unit(rng.next()) * 26.0).floor() as u8;
            label.push(char::from(b'a' + letter.min(25)));
        }
        // Labels are 30 bytes, so a table of the spec's sizes never overflows its offsets.
        let _ = table.push(&TableRow {
            start_secs: start,
            end_secs: end,
            group,
            label: &label,
        });
    }
    table
}

/// The spec's canonical text: `id \t start \t end \t group \t label \n`, `end` empty for
/// points. Its SHA-256 is the data set's checksum.
pub fn canonical_text(table: &EventTable) -> String {
    let mut out = String::with_capacity(table.len() * 56);
    for i in 0..table.len() {
        let Some(r) = table.row(i) else { continue };
        let _ = write!(out, "{i}\t{}\t", r.start_secs);
        if r.end_secs != r.start_secs {
            let _ = write!(out, "{}", r.end_secs);
        }
        let _ = writeln!(out, "\t{}\t{}", r.group, r.label);
    }
    out
}

/// The spec's zoom schedule: step `k = 1..=60` shows `SPAN * 0.87^k` around the centre.
pub fn zoom_schedule() -> Vec<TimeView> {
    let centre = T0_SECS as f64 + SPAN_SECS as f64 / 2.0;
    (1..=SCHEDULE_STEPS as i32)
        .map(|k| TimeView::centred_on(centre, SPAN_SECS as f64 * 0.87_f64.powi(k)))
        .collect()
}

/// The spec's pan schedule: a 365-day window starting at `[C - 3.5 W, C - 2.5 W]`, moved
/// right by `W / 10` per step, 60 steps.
pub fn pan_schedule() -> Vec<TimeView> {
    let centre = T0_SECS as f64 + SPAN_SECS as f64 / 2.0;
    let w = 365.0 * DAY_SECS;
    (1..=SCHEDULE_STEPS)
        .map(|k| TimeView::new(centre - 3.5 * w + k as f64 * w / 10.0, w))
        .collect()
}

/// The full range the zoom schedule starts from.
pub fn full_view() -> TimeView {
    TimeView::new(T0_SECS as f64, SPAN_SECS as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn sha256_hex(text: &str) -> String {
        Sha256::digest(text.as_bytes())
            .iter()
            .fold(String::new(), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            })
    }

    #[test]
    fn first_lines_match_the_spec() {
        let text = canonical_text(&synthetic_table(3));
        assert_eq!(
            text,
            "0\t1492053254\t1493786634\t4\tEv0000000 jaldwzwmqwpcdyyxoeog\n\
             1\t1775428558\t\t1\tEv0000001 vmbanvvrjpssszlceldt\n\
             2\t1632094686\t\t3\tEv0000002 fhahiwyfwpiidzcxulsh\n"
        );
    }

    #[test]
    fn checksums_match_the_spec() {
        let big = synthetic_table(1_000_000);
        assert_eq!(big.len(), 1_000_000);
        let mut small = EventTable::default();
        for i in 0..1000 {
            small.push(&big.row(i).unwrap()).unwrap();
        }
        assert_eq!(
            sha256_hex(&canonical_text(&small)),
            "e8d908d064411cae46dba850c1f1b4b18e5fb6c2ea93de1ebe1604885aacbd6c"
        );
        assert_eq!(
            sha256_hex(&canonical_text(&synthetic_table(100_000))),
            "b785db02aec89a28834b9a028c159cabd26ebda296aebedb0e8a9fbc485cd60a"
        );
        assert_eq!(
            sha256_hex(&canonical_text(&big)),
            "2a1f5588ea5bc4989b3a5a42575b3c6795eca71ca44c0eab3a2f678f2fc2aad6"
        );
    }

    #[test]
    fn schedules_follow_the_spec() {
        let zoom = zoom_schedule();
        assert_eq!(zoom.len(), 60);
        let centre = 1_593_648_000.0; // 2020-07-02T00:00:00Z
        assert!((zoom[0].centre_secs() - centre).abs() < 1e-3);
        assert!((zoom[59].span_secs / DAY_SECS - 1.1).abs() < 0.05);
        let pan = pan_schedule();
        assert_eq!(pan.len(), 60);
        let w = 365.0 * DAY_SECS;
        assert!((pan[0].start_secs - (centre - 3.5 * w + w / 10.0)).abs() < 1e-3);
        assert!((pan[1].start_secs - pan[0].start_secs - w / 10.0).abs() < 1e-3);
    }
}

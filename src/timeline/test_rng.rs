//! A tiny deterministic random number generator for the property-style tests, so failures
//! reproduce exactly without pulling a random-number crate into the library.

pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    /// Uniform in [0, 1).
    pub(super) fn next_f64(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1_u64 << 53) as f64
    }

    /// Uniform in [lo, hi).
    pub(super) fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next_f64()
    }
}

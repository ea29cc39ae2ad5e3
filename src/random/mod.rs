//! NumPy's random number machinery (`numpy.random`): `SeedSequence` and the bit
//! generators PCG64 (`default_rng`), PCG64DXSM, Philox, SFC64 and MT19937, plus
//! the legacy `RandomState` seeding of MT19937. Every stream is bit-identical
//! to NumPy's for the same seed; states use NumPy's documented fields.

pub mod legacy;
pub mod mt19937;
mod mt19937_jump;
pub mod pcg64;
pub mod philox;
pub mod seed_sequence;
pub mod sfc64;

pub use legacy::RandomState;
pub use mt19937::{Mt19937, Mt19937State};
pub use pcg64::{Pcg64, Pcg64Dxsm, Pcg64State};
pub use philox::{Philox, PhiloxState};
pub use seed_sequence::SeedSequence;
pub use sfc64::{Sfc64, Sfc64State};

/// The interface NumPy's `bitgen_t` gives `Generator`: raw 64- and 32-bit
/// draws and a double in [0, 1).
pub trait BitGenerator {
    /// NumPy's `next_uint64`.
    fn next_u64(&mut self) -> u64;

    /// NumPy's `next_uint32` (the low half of a 64-bit draw, then the buffered
    /// high half, for the 64-bit generators).
    fn next_u32(&mut self) -> u32;

    /// NumPy's `next_double`: `(next_u64() >> 11) * 2^-53` unless the
    /// generator defines its own.
    fn next_double(&mut self) -> f64 {
        u64_to_double(self.next_u64())
    }

    /// NumPy's `random_raw`: one raw output of the underlying algorithm.
    fn next_raw(&mut self) -> u64 {
        self.next_u64()
    }
}

/// NumPy's `uint64_to_double`: the top 53 bits as a multiple of 2^-53.
pub fn u64_to_double(x: u64) -> f64 {
    (x >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}

/// The half of a 64-bit draw that NumPy's 64-bit generators keep for the next
/// 32-bit draw (`has_uint32`, `uinteger`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Buffered32 {
    pub(crate) has_uint32: bool,
    pub(crate) uinteger: u32,
}

impl Buffered32 {
    /// The buffered high half if there is one, else the low half of `draw()`
    /// (keeping its high half).
    fn next(&mut self, draw: impl FnOnce() -> u64) -> u32 {
        if self.has_uint32 {
            self.has_uint32 = false;
            return self.uinteger;
        }
        let next = draw();
        self.has_uint32 = true;
        self.uinteger = (next >> 32) as u32;
        next as u32
    }
}

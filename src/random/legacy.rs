//! NumPy's legacy `RandomState` seeding and its uniform double
//! (`numpy.random.RandomState(seed).random_sample()`).

use super::{BitGenerator, Mt19937};
use crate::error::Result;

/// `numpy.random.RandomState` over its MT19937 (seeding and
/// `random_sample`; the distributions come later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomState {
    bit_generator: Mt19937,
}

impl RandomState {
    /// `RandomState(seed)` for an integer seed in [0, 2^32).
    pub fn new(seed: u32) -> Self {
        RandomState {
            bit_generator: Mt19937::legacy_seed(seed),
        }
    }

    /// `RandomState([s0, s1, ...])` for a non-empty 1-d array seed.
    pub fn from_array(seed: &[u32]) -> Result<Self> {
        Ok(RandomState {
            bit_generator: Mt19937::legacy_seed_array(seed)?,
        })
    }

    /// The underlying MT19937.
    pub fn bit_generator(&self) -> &Mt19937 {
        &self.bit_generator
    }

    /// The underlying MT19937, mutably (to draw raw outputs or set its state).
    pub fn bit_generator_mut(&mut self) -> &mut Mt19937 {
        &mut self.bit_generator
    }

    /// `random_sample()`: `((a >> 5) * 2^26 + (b >> 6)) / 2^53` from two
    /// 32-bit draws.
    pub fn random_sample(&mut self) -> f64 {
        self.bit_generator.next_double()
    }
}

//! NumPy's MT19937 (the 32-bit Mersenne Twister): SeedSequence seeding, the
//! reference `init_genrand` / `init_by_array` seedings used by `RandomState`,
//! and `jumped` by 2^128 steps.

use super::mt19937_jump::jump;
use super::{BitGenerator, SeedSequence};
use crate::error::{Error, Result};

/// Words in the state (`RK_STATE_LEN`).
pub(crate) const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The state of MT19937 in NumPy's form (`{'state': {'key', 'pos'}}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mt19937State {
    /// The 624 state words.
    pub key: [u32; N],
    /// The index of the next word to temper and return (624: regenerate first).
    pub pos: usize,
}

/// NumPy's `MT19937`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mt19937 {
    state: Mt19937State,
}

/// The twist of the upper bit of `a` and the lower 31 bits of `b`.
pub(crate) fn twist(a: u32, b: u32) -> u32 {
    let y = (a & UPPER_MASK) | (b & LOWER_MASK);
    (y >> 1) ^ (0u32.wrapping_sub(y & 1) & MATRIX_A)
}

/// The reference `init_genrand(s)`: Knuth's linear recurrence.
fn init_genrand(seed: u32) -> [u32; N] {
    let mut key = [0u32; N];
    key[0] = seed;
    for i in 1..N {
        let prev = key[i - 1];
        key[i] = 1_812_433_253u32
            .wrapping_mul(prev ^ (prev >> 30))
            .wrapping_add(i as u32);
    }
    key
}

/// The reference `init_by_array(init_key)`.
fn init_by_array(init_key: &[u32]) -> [u32; N] {
    let mut mt = init_genrand(19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(init_key.len()) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
            .wrapping_add(init_key[j])
            .wrapping_add(j as u32);
        (i, j) = (i + 1, (j + 1) % init_key.len());
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = UPPER_MASK;
    mt
}

impl Mt19937 {
    /// `MT19937(seed)`: word 0 is 0x80000000, words 1..624 come from
    /// `generate_state(624, np.uint32)`, and `pos` is 623, exactly as NumPy's
    /// `__init__` leaves it (so the first draw tempers word 623 before the
    /// first regeneration).
    pub fn new(seed: &SeedSequence) -> Self {
        let words = seed.generate_state_u32(N);
        let mut key = [0u32; N];
        key.copy_from_slice(&words);
        key[0] = UPPER_MASK;
        Self::from_state(Mt19937State { key, pos: N - 1 })
    }

    /// `_legacy_seeding(seed)` for an integer seed (NumPy's `mt19937_seed`,
    /// the reference `init_genrand`), as `RandomState(seed)` does.
    pub fn legacy_seed(seed: u32) -> Self {
        Self::from_state(Mt19937State {
            key: init_genrand(seed),
            pos: N,
        })
    }

    /// `_legacy_seeding(array)` for a 1-d array seed (the reference
    /// `init_by_array`), as `RandomState([s0, s1, ...])` does; an empty
    /// array is rejected as in NumPy.
    pub fn legacy_seed_array(seed: &[u32]) -> Result<Self> {
        if seed.is_empty() {
            return Err(Error::invalid("seed: Seed must be non-empty"));
        }
        Ok(Self::from_state(Mt19937State {
            key: init_by_array(seed),
            pos: N,
        }))
    }

    /// A generator in `state` (NumPy's `state` setter). A `pos` above 624
    /// is treated as 624.
    pub fn from_state(mut state: Mt19937State) -> Self {
        state.pos = state.pos.min(N);
        Mt19937 { state }
    }

    /// The state (NumPy's `state` getter).
    pub fn state(&self) -> &Mt19937State {
        &self.state
    }

    /// Replaces the state (NumPy's `state` setter).
    pub fn set_state(&mut self, state: Mt19937State) {
        *self = Self::from_state(state);
    }

    /// `jumped(jumps)`: a copy advanced by `jumps * 2^128` steps with NumPy's
    /// jump polynomial (Horner's method, Haramoto et al. 2008).
    pub fn jumped(&self, jumps: u64) -> Self {
        let mut out = self.clone();
        for _ in 0..jumps {
            jump(&mut out.state);
        }
        out
    }

    /// All 624 words regenerated at once (NumPy's `mt19937_gen`).
    fn regenerate(&mut self) {
        let key = &mut self.state.key;
        for i in 0..N {
            key[i] = key[(i + M) % N] ^ twist(key[i], key[(i + 1) % N]);
        }
        self.state.pos = 0;
    }

    /// The next tempered 32-bit output (NumPy's `mt19937_next`).
    fn next(&mut self) -> u32 {
        if self.state.pos == N {
            self.regenerate();
        }
        let mut y = self.state.key[self.state.pos];
        self.state.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

impl BitGenerator for Mt19937 {
    /// Two 32-bit outputs, the first in the high half.
    fn next_u64(&mut self) -> u64 {
        let hi = u64::from(self.next());
        (hi << 32) | u64::from(self.next())
    }

    fn next_u32(&mut self) -> u32 {
        self.next()
    }

    /// NumPy's `mt19937_next_double`, the legacy 53-bit double from two draws:
    /// `((a >> 5) * 2^26 + (b >> 6)) / 2^53`.
    fn next_double(&mut self) -> f64 {
        let a = f64::from(self.next() >> 5);
        let b = f64::from(self.next() >> 6);
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `random_raw` of MT19937 is one 32-bit output.
    fn next_raw(&mut self) -> u64 {
        u64::from(self.next())
    }
}

//! NumPy's PCG64 (XSL-RR output of a 128-bit LCG; `default_rng`'s generator)
//! and PCG64DXSM (DXSM output, "cheap" 64-bit multiplier).

use super::{BitGenerator, Buffered32, SeedSequence};

const MULTIPLIER: u128 = (2_549_297_995_355_413_924 << 64) | 4_865_540_595_714_422_341;
const CHEAP_MULTIPLIER: u64 = 0xda94_2042_e4dd_58b5;
/// `jumped` advances by this many steps per jump (phi - 1 times 2^128).
const JUMP_STEP: u128 = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835;

/// The state of PCG64 or PCG64DXSM in NumPy's form
/// (`{'state': {'state', 'inc'}, 'has_uint32', 'uinteger'}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pcg64State {
    /// The LCG state.
    pub state: u128,
    /// The LCG increment (odd).
    pub inc: u128,
    /// Whether `uinteger` holds the buffered high half of the last 64-bit draw.
    pub has_uint32: bool,
    /// The buffered 32-bit value.
    pub uinteger: u32,
}

/// NumPy's `pcg_advance_lcg_128`: `state` after `delta` steps of
/// `x -> mult x + plus` (mod 2^128), by squaring.
fn advance_lcg(state: u128, mut delta: u128, mut mult: u128, mut plus: u128) -> u128 {
    let (mut acc_mult, mut acc_plus) = (1u128, 0u128);
    while delta > 0 {
        if delta & 1 == 1 {
            acc_mult = acc_mult.wrapping_mul(mult);
            acc_plus = acc_plus.wrapping_mul(mult).wrapping_add(plus);
        }
        plus = mult.wrapping_add(1).wrapping_mul(plus);
        mult = mult.wrapping_mul(mult);
        delta >>= 1;
    }
    acc_mult.wrapping_mul(state).wrapping_add(acc_plus)
}

/// NumPy's `pcg64_set_seed` (`pcg_setseq_128_srandom_r`), used by both PCG64
/// and PCG64DXSM: the state and increment from `generate_state(4, np.uint64)`.
fn seeded_state(seed: &SeedSequence) -> Pcg64State {
    let v = seed.generate_state_u64(4);
    let initstate = (u128::from(v[0]) << 64) | u128::from(v[1]);
    let initseq = (u128::from(v[2]) << 64) | u128::from(v[3]);
    let inc = (initseq << 1) | 1;
    let step = |s: u128| s.wrapping_mul(MULTIPLIER).wrapping_add(inc);
    Pcg64State {
        state: step(step(0).wrapping_add(initstate)),
        inc,
        has_uint32: false,
        uinteger: 0,
    }
}

/// NumPy's `PCG64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    buffer: Buffered32,
}

/// NumPy's `PCG64DXSM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pcg64Dxsm {
    state: u128,
    inc: u128,
    buffer: Buffered32,
}

/// The methods PCG64 and PCG64DXSM share; they differ in the LCG multiplier
/// and the output function only.
macro_rules! pcg_common {
    ($ty:ident, $mult:expr) => {
        impl $ty {
            /// Seeded from `seed` as NumPy's `__init__`.
            pub fn new(seed: &SeedSequence) -> Self {
                Self::from_state(seeded_state(seed))
            }

            /// A generator in `state` (NumPy's `state` setter).
            pub fn from_state(state: Pcg64State) -> Self {
                $ty {
                    state: state.state,
                    inc: state.inc,
                    buffer: Buffered32 {
                        has_uint32: state.has_uint32,
                        uinteger: state.uinteger,
                    },
                }
            }

            /// The state (NumPy's `state` getter).
            pub fn state(&self) -> Pcg64State {
                Pcg64State {
                    state: self.state,
                    inc: self.inc,
                    has_uint32: self.buffer.has_uint32,
                    uinteger: self.buffer.uinteger,
                }
            }

            /// Replaces the state (NumPy's `state` setter).
            pub fn set_state(&mut self, state: Pcg64State) {
                *self = Self::from_state(state);
            }

            /// `advance(delta)`: as if `delta` (mod 2^128) 64-bit draws were
            /// made; clears the buffered 32-bit value.
            pub fn advance(&mut self, delta: u128) -> &mut Self {
                self.state = advance_lcg(self.state, delta, $mult, self.inc);
                self.buffer = Buffered32::default();
                self
            }

            /// `jumped(jumps)`: a copy advanced by `jumps` times
            /// 0x9e3779b97f4a7c15f39cc0605cedc835 (mod 2^128) steps.
            pub fn jumped(&self, jumps: u128) -> Self {
                let mut out = self.clone();
                out.advance(JUMP_STEP.wrapping_mul(jumps));
                out
            }
        }
    };
}

pcg_common!(Pcg64, MULTIPLIER);
pcg_common!(Pcg64Dxsm, u128::from(CHEAP_MULTIPLIER));

impl BitGenerator for Pcg64 {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
        let (hi, lo) = ((self.state >> 64) as u64, self.state as u64);
        (hi ^ lo).rotate_right((self.state >> 122) as u32)
    }

    fn next_u32(&mut self) -> u32 {
        let mut buffer = self.buffer;
        let out = buffer.next(|| self.next_u64());
        self.buffer = buffer;
        out
    }
}

impl BitGenerator for Pcg64Dxsm {
    fn next_u64(&mut self) -> u64 {
        let (mut hi, lo) = ((self.state >> 64) as u64, self.state as u64 | 1);
        hi ^= hi >> 32;
        hi = hi.wrapping_mul(CHEAP_MULTIPLIER);
        hi ^= hi >> 48;
        hi = hi.wrapping_mul(lo);
        self.state = self
            .state
            .wrapping_mul(u128::from(CHEAP_MULTIPLIER))
            .wrapping_add(self.inc);
        hi
    }

    fn next_u32(&mut self) -> u32 {
        let mut buffer = self.buffer;
        let out = buffer.next(|| self.next_u64());
        self.buffer = buffer;
        out
    }
}

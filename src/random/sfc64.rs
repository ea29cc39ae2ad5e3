//! NumPy's SFC64 (Chris Doty-Humphrey's Small Fast Chaotic generator, 64-bit).

use super::{BitGenerator, Buffered32, SeedSequence};

/// The state of SFC64 in NumPy's form (`{'state': {'state': [a, b, c, w]},
/// 'has_uint32', 'uinteger'}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sfc64State {
    /// The words a, b, c and the counter w.
    pub state: [u64; 4],
    /// Whether `uinteger` holds the buffered high half of the last 64-bit draw.
    pub has_uint32: bool,
    /// The buffered 32-bit value.
    pub uinteger: u32,
}

/// NumPy's `SFC64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sfc64 {
    s: [u64; 4],
    buffer: Buffered32,
}

impl Sfc64 {
    /// `SFC64(seed)`: a, b, c from `generate_state(3, np.uint64)`, w = 1,
    /// then 12 discarded draws (NumPy's `sfc64_set_seed`).
    pub fn new(seed: &SeedSequence) -> Self {
        let v = seed.generate_state_u64(3);
        let mut out = Sfc64 {
            s: [v[0], v[1], v[2], 1],
            buffer: Buffered32::default(),
        };
        for _ in 0..12 {
            out.next_u64();
        }
        out
    }

    /// A generator in `state` (NumPy's `state` setter).
    pub fn from_state(state: Sfc64State) -> Self {
        Sfc64 {
            s: state.state,
            buffer: Buffered32 {
                has_uint32: state.has_uint32,
                uinteger: state.uinteger,
            },
        }
    }

    /// The state (NumPy's `state` getter).
    pub fn state(&self) -> Sfc64State {
        Sfc64State {
            state: self.s,
            has_uint32: self.buffer.has_uint32,
            uinteger: self.buffer.uinteger,
        }
    }

    /// Replaces the state (NumPy's `state` setter).
    pub fn set_state(&mut self, state: Sfc64State) {
        *self = Self::from_state(state);
    }
}

impl BitGenerator for Sfc64 {
    fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let tmp = s[0].wrapping_add(s[1]).wrapping_add(s[3]);
        s[3] = s[3].wrapping_add(1);
        s[0] = s[1] ^ (s[1] >> 11);
        s[1] = s[2].wrapping_add(s[2] << 3);
        s[2] = s[2].rotate_left(24).wrapping_add(tmp);
        tmp
    }

    fn next_u32(&mut self) -> u32 {
        let mut buffer = self.buffer;
        let out = buffer.next(|| self.next_u64());
        self.buffer = buffer;
        out
    }
}

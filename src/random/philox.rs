//! NumPy's Philox (Philox4x64-10, Salmon et al. 2011): a counter-based
//! generator; each counter value gives four 64-bit outputs, buffered.

use super::{BitGenerator, Buffered32, SeedSequence};

const ROUNDS: usize = 10;
const MULT: [u64; 2] = [0xD2E7_470E_E14C_6C93, 0xCA5A_8263_9512_1157];
const BUMP: [u64; 2] = [0x9E37_79B9_7F4A_7C15, 0xBB67_AE85_84CA_A73B];
const BUFFER_SIZE: usize = 4;

/// The state of Philox in NumPy's form (`{'state': {'counter', 'key'},
/// 'buffer', 'buffer_pos', 'has_uint32', 'uinteger'}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhiloxState {
    /// The 256-bit counter, least significant word first.
    pub counter: [u64; 4],
    /// The 128-bit key, least significant word first.
    pub key: [u64; 2],
    /// The four outputs of the current counter.
    pub buffer: [u64; 4],
    /// How many of `buffer` have been used (4: none left).
    pub buffer_pos: usize,
    /// Whether `uinteger` holds the buffered high half of the last 64-bit draw.
    pub has_uint32: bool,
    /// The buffered 32-bit value.
    pub uinteger: u32,
}

/// NumPy's `Philox`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Philox {
    state: PhiloxState,
}

/// One Philox round on the counter `c` with round key `k`.
fn round(c: [u64; 4], k: [u64; 2]) -> [u64; 4] {
    let p0 = u128::from(MULT[0]) * u128::from(c[0]);
    let p1 = u128::from(MULT[1]) * u128::from(c[2]);
    let (hi0, lo0) = ((p0 >> 64) as u64, p0 as u64);
    let (hi1, lo1) = ((p1 >> 64) as u64, p1 as u64);
    [hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0]
}

/// Philox4x64-10 of `counter` under `key`.
fn philox4x64(mut counter: [u64; 4], mut key: [u64; 2]) -> [u64; 4] {
    for r in 0..ROUNDS {
        if r > 0 {
            key = [key[0].wrapping_add(BUMP[0]), key[1].wrapping_add(BUMP[1])];
        }
        counter = round(counter, key);
    }
    counter
}

/// `a + b` on 256-bit little-endian words, wrapping.
fn add256(a: [u64; 4], b: [u64; 4]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s, c1) = a[i].overflowing_add(b[i]);
        let (s, c2) = s.overflowing_add(u64::from(carry));
        out[i] = s;
        carry = c1 || c2;
    }
    out
}

impl Philox {
    /// `Philox(seed)`: key from `generate_state(2, np.uint64)`, counter 0.
    pub fn new(seed: &SeedSequence) -> Self {
        let key = seed.generate_state_u64(2);
        Self::with_key([key[0], key[1]], [0; 4])
    }

    /// `Philox(key=..., counter=...)`: both given as little-endian words.
    pub fn with_key(key: [u64; 2], counter: [u64; 4]) -> Self {
        Philox {
            state: PhiloxState {
                counter,
                key,
                buffer: [0; 4],
                buffer_pos: BUFFER_SIZE,
                has_uint32: false,
                uinteger: 0,
            },
        }
    }

    /// A generator in `state` (NumPy's `state` setter).
    pub fn from_state(state: PhiloxState) -> Self {
        Philox { state }
    }

    /// The state (NumPy's `state` getter).
    pub fn state(&self) -> PhiloxState {
        self.state
    }

    /// Replaces the state (NumPy's `state` setter).
    pub fn set_state(&mut self, state: PhiloxState) {
        self.state = state;
    }

    /// `advance(delta)`: adds `delta` (256-bit, little-endian words) to the
    /// counter and empties the buffers, as NumPy does.
    pub fn advance(&mut self, delta: [u64; 4]) -> &mut Self {
        let (counter, key) = (add256(self.state.counter, delta), self.state.key);
        self.state = Self::with_key(key, counter).state;
        self
    }

    /// `jumped(jumps)`: a copy advanced by `jumps * 2^128`.
    pub fn jumped(&self, jumps: u128) -> Self {
        let mut out = self.clone();
        out.advance([0, 0, jumps as u64, (jumps >> 64) as u64]);
        out
    }
}

impl BitGenerator for Philox {
    fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        if s.buffer_pos < BUFFER_SIZE {
            s.buffer_pos += 1;
            return s.buffer[s.buffer_pos - 1];
        }
        s.counter = add256(s.counter, [1, 0, 0, 0]);
        s.buffer = philox4x64(s.counter, s.key);
        s.buffer_pos = 1;
        s.buffer[0]
    }

    fn next_u32(&mut self) -> u32 {
        let mut buffer = Buffered32 {
            has_uint32: self.state.has_uint32,
            uinteger: self.state.uinteger,
        };
        let out = buffer.next(|| self.next_u64());
        self.state.has_uint32 = buffer.has_uint32;
        self.state.uinteger = buffer.uinteger;
        out
    }
}

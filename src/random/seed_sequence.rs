//! NumPy's `SeedSequence` (`numpy.random.bit_generator.SeedSequence`): mixes
//! arbitrary-size integer entropy and a spawn key into a pool of 32-bit words,
//! from which bit generators draw their initial state.

use crate::error::{Error, Result};

/// NumPy's `DEFAULT_POOL_SIZE`, also the smallest pool accepted.
pub(crate) const DEFAULT_POOL_SIZE: usize = 4;

const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// One non-negative integer given as little-endian `u32` words, as NumPy's
/// `_int_to_uint32_array` writes it: no high zero words, and zero is `[0]`.
pub fn int_to_words(words: &[u32]) -> Vec<u32> {
    let len = words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
    if len == 0 {
        vec![0]
    } else {
        words[..len].to_vec()
    }
}

/// [`int_to_words`] of a `u64`.
pub fn u64_to_words(value: u64) -> Vec<u32> {
    int_to_words(&[value as u32, (value >> 32) as u32])
}

/// [`int_to_words`] of a `u128`.
pub fn u128_to_words(value: u128) -> Vec<u32> {
    let words: Vec<u32> = (0..4).map(|i| (value >> (32 * i)) as u32).collect();
    int_to_words(&words)
}

/// NumPy's `hashmix`: hashes `value`, advancing the multiplier `hash_const`.
fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut value = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    value = value.wrapping_mul(*hash_const);
    value ^ (value >> XSHIFT)
}

/// NumPy's `mix` of two pool words.
fn mix(x: u32, y: u32) -> u32 {
    let result = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    result ^ (result >> XSHIFT)
}

/// NumPy's `mix_entropy`: the pool of `pool_size` words from `entropy`.
fn mix_entropy(pool_size: usize, entropy: &[u32]) -> Vec<u32> {
    let mut hash_const = INIT_A;
    let mut pool: Vec<u32> = (0..pool_size)
        .map(|i| hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const))
        .collect();
    for src in 0..pool_size {
        for dst in (0..pool_size).filter(|&dst| dst != src) {
            pool[dst] = mix(pool[dst], hashmix(pool[src], &mut hash_const));
        }
    }
    for &word in entropy.iter().skip(pool_size) {
        for slot in pool.iter_mut() {
            *slot = mix(*slot, hashmix(word, &mut hash_const));
        }
    }
    pool
}

/// NumPy's `SeedSequence`: entropy (already coerced to `u32` words), spawn key,
/// pool size, children spawned so far, and the mixed pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedSequence {
    entropy: Vec<u32>,
    spawn_key: Vec<u64>,
    pool_size: usize,
    n_children_spawned: u64,
    pool: Vec<u32>,
}

impl SeedSequence {
    /// `SeedSequence(n)` for one non-negative integer `n` given as
    /// little-endian `u32` words (any length; high zero words are ignored).
    pub fn new(entropy: &[u32]) -> Self {
        Self::build(int_to_words(entropy), Vec::new(), DEFAULT_POOL_SIZE, 0)
    }

    /// `SeedSequence(seed)` for a `u64` seed.
    pub fn from_u64(seed: u64) -> Self {
        Self::build(u64_to_words(seed), Vec::new(), DEFAULT_POOL_SIZE, 0)
    }

    /// `SeedSequence(seed)` for a `u128` seed.
    pub fn from_u128(seed: u128) -> Self {
        Self::build(u128_to_words(seed), Vec::new(), DEFAULT_POOL_SIZE, 0)
    }

    /// `SeedSequence([n0, n1, ...])`: each integer (little-endian `u32` words)
    /// coerced separately and concatenated, as NumPy's `_coerce_to_uint32_array`.
    pub fn from_ints<W: AsRef<[u32]>>(ints: &[W]) -> Self {
        let entropy = ints.iter().flat_map(|w| int_to_words(w.as_ref())).collect();
        Self::build(entropy, Vec::new(), DEFAULT_POOL_SIZE, 0)
    }

    /// `SeedSequence(np.array(words, dtype=np.uint32))`: the words are the entropy.
    pub fn from_u32_array(words: &[u32]) -> Self {
        Self::build(words.to_vec(), Vec::new(), DEFAULT_POOL_SIZE, 0)
    }

    /// The full constructor: coerced entropy words, `spawn_key`, `pool_size`
    /// (at least 4, NumPy's `DEFAULT_POOL_SIZE`, as NumPy requires) and
    /// `n_children_spawned`.
    pub fn with_options(
        entropy: Vec<u32>,
        spawn_key: Vec<u64>,
        pool_size: usize,
        n_children_spawned: u64,
    ) -> Result<Self> {
        if pool_size < DEFAULT_POOL_SIZE {
            return Err(Error::invalid(format!(
                "pool_size: the size of the entropy pool should be at least {DEFAULT_POOL_SIZE}"
            )));
        }
        Ok(Self::build(
            entropy,
            spawn_key,
            pool_size,
            n_children_spawned,
        ))
    }

    fn build(entropy: Vec<u32>, spawn_key: Vec<u64>, pool_size: usize, spawned: u64) -> Self {
        let assembled = assemble_entropy(&entropy, &spawn_key, pool_size);
        SeedSequence {
            pool: mix_entropy(pool_size, &assembled),
            entropy,
            spawn_key,
            pool_size,
            n_children_spawned: spawned,
        }
    }

    /// The entropy as coerced `u32` words.
    pub fn entropy(&self) -> &[u32] {
        &self.entropy
    }

    /// The spawn key (the path of child indices from the root sequence).
    pub fn spawn_key(&self) -> &[u64] {
        &self.spawn_key
    }

    /// The number of `u32` words in the pool.
    pub fn pool_size(&self) -> usize {
        self.pool_size
    }

    /// How many children [`spawn`](Self::spawn) has made so far.
    pub fn n_children_spawned(&self) -> u64 {
        self.n_children_spawned
    }

    /// The mixed entropy pool (NumPy's `pool` attribute).
    pub fn pool(&self) -> &[u32] {
        &self.pool
    }

    /// `spawn(n)`: `n` children whose spawn keys extend this one by the next
    /// `n` child indices.
    pub fn spawn(&mut self, n: u64) -> Vec<SeedSequence> {
        let first = self.n_children_spawned;
        self.n_children_spawned += n;
        (first..first + n)
            .map(|i| {
                let mut key = self.spawn_key.clone();
                key.push(i);
                Self::build(self.entropy.clone(), key, self.pool_size, 0)
            })
            .collect()
    }

    /// `generate_state(n, np.uint32)`.
    pub fn generate_state_u32(&self, n: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        self.pool
            .iter()
            .cycle()
            .take(n)
            .map(|&word| {
                let mut value = word ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                value = value.wrapping_mul(hash_const);
                value ^ (value >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n, np.uint64)`: `2 n` words, paired little-endian.
    pub fn generate_state_u64(&self, n: usize) -> Vec<u64> {
        self.generate_state_u32(2 * n)
            .chunks_exact(2)
            .map(|p| u64::from(p[0]) | (u64::from(p[1]) << 32))
            .collect()
    }
}

/// NumPy's `get_assembled_entropy`: the entropy, zero-padded to the pool size
/// when there is a spawn key, followed by the coerced spawn key.
fn assemble_entropy(entropy: &[u32], spawn_key: &[u64], pool_size: usize) -> Vec<u32> {
    let mut out = entropy.to_vec();
    if !spawn_key.is_empty() && out.len() < pool_size {
        out.resize(pool_size, 0);
    }
    out.extend(spawn_key.iter().flat_map(|&k| u64_to_words(k)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coercion_matches_numpy_docstring() {
        // _coerce_to_uint32_array([12345, 0x10deadbeef, 67890, 0xdeadbeef])
        let ints = [u64_to_words(12345), u64_to_words(0x10_dead_beef)];
        let ints = [&ints[..], &[vec![67890], vec![0xdead_beef]]].concat();
        let seq = SeedSequence::from_ints(&ints);
        assert_eq!(seq.entropy(), [12345, 0xdead_beef, 16, 67890, 0xdead_beef]);
        assert_eq!(int_to_words(&[0, 0]), vec![0]);
        assert_eq!(u128_to_words(1 << 64), vec![0, 0, 1]);
    }

    #[test]
    fn pool_size_below_four_is_rejected() {
        assert!(SeedSequence::with_options(vec![1], vec![], 3, 0).is_err());
    }
}

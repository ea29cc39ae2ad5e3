//! Helpers shared by the integration tests: the reproducible input generator,
//! strided test arrays with C-API views, and the SciPy reference data reader.
//! Each test binary uses a different subset, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod arrays;
pub mod clinalg;
pub mod eigen;
pub mod fft;
pub mod linalg;
pub mod linalg_cases;
pub mod reference;

/// The SplitMix64 counter stream of `tests/reference/gen_fft.py`: draw `i`
/// (from 1) of `seed`, as an exact double in [-1, 1).
pub fn draws(seed: u64, count: usize) -> Vec<f64> {
    (1..=count as u64)
        .map(|i| {
            let mut z = seed.wrapping_add(i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            (z >> 11) as f64 * f64::powi(2.0, -52) - 1.0
        })
        .collect()
}

/// Number of hardware threads, as the library counts them.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

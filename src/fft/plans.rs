//! Process-wide, thread-safe plan caches. Each planner keeps every plan it has
//! made, so a length is planned once; the returned plans are `Send + Sync` and
//! are executed outside the lock.

use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};
use rustdct::{DctPlanner, TransformType4};
use rustfft::{Fft, FftDirection, FftPlanner};

/// Locks `m`, recovering from poisoning (a planner stays valid after a panic
/// elsewhere: its caches only ever gain complete plans).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn complex_planner() -> &'static Mutex<FftPlanner<f64>> {
    static P: OnceLock<Mutex<FftPlanner<f64>>> = OnceLock::new();
    P.get_or_init(|| Mutex::new(FftPlanner::new()))
}

fn real_planner() -> &'static Mutex<RealFftPlanner<f64>> {
    static P: OnceLock<Mutex<RealFftPlanner<f64>>> = OnceLock::new();
    P.get_or_init(|| Mutex::new(RealFftPlanner::new()))
}

fn trig_planner() -> &'static Mutex<DctPlanner<f64>> {
    static P: OnceLock<Mutex<DctPlanner<f64>>> = OnceLock::new();
    P.get_or_init(|| Mutex::new(DctPlanner::new()))
}

/// The complex FFT of length `len` (forward: exp(-2πi jk/n)).
pub(crate) fn c2c(len: usize, forward: bool) -> Arc<dyn Fft<f64>> {
    let direction = if forward {
        FftDirection::Forward
    } else {
        FftDirection::Inverse
    };
    lock(complex_planner()).plan_fft(len, direction)
}

/// The real-to-complex FFT of length `len` (n/2 + 1 outputs).
pub(crate) fn r2c(len: usize) -> Arc<dyn RealToComplex<f64>> {
    lock(real_planner()).plan_fft_forward(len)
}

/// The complex-to-real inverse FFT of length `len` (n/2 + 1 inputs), unscaled.
pub(crate) fn c2r(len: usize) -> Arc<dyn ComplexToReal<f64>> {
    lock(real_planner()).plan_fft_inverse(len)
}

/// The DCT-IV/DST-IV of length `len` (one rustdct plan serves both).
pub(crate) fn dct4(len: usize) -> Arc<dyn TransformType4<f64>> {
    lock(trig_planner()).plan_dct4(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_are_cached() {
        let a = c2c(48, true);
        let b = c2c(48, true);
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &c2c(48, false)));
        assert!(Arc::ptr_eq(&r2c(30), &r2c(30)));
        assert!(Arc::ptr_eq(&c2r(30), &c2r(30)));
    }
}

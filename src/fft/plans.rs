//! Process-wide, thread-safe plan caches. Each planner keeps the plans it has
//! made, so a length is planned once; after `PLAN_LIMIT` distinct plans it
//! starts afresh, which bounds the memory held by a process that transforms
//! many different lengths. The returned plans are `Send + Sync`, are executed
//! outside the lock, and stay valid while anyone holds them.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};
use rustdct::{DctPlanner, TransformType4};
use rustfft::{Fft, FftDirection, FftPlanner};

/// Distinct plans a cache holds before it is emptied.
pub(crate) const PLAN_LIMIT: usize = 256;

/// Locks `m`, recovering from poisoning (a planner stays valid after a panic
/// elsewhere: its caches only ever gain complete plans).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A planner that is replaced by a fresh one once it has made `PLAN_LIMIT`
/// distinct plans.
struct Bounded<P> {
    planner: P,
    seen: HashSet<(usize, u8)>,
    fresh: fn() -> P,
}

impl<P> Bounded<P> {
    /// A locked bounded planner made by `fresh`.
    fn new(fresh: fn() -> P) -> Mutex<Self> {
        Mutex::new(Bounded {
            planner: fresh(),
            seen: HashSet::new(),
            fresh,
        })
    }

    /// Drops every cached plan (plans still held by running transforms live on).
    fn reset(&mut self) {
        self.planner = (self.fresh)();
        self.seen.clear();
    }

    /// Runs `make` on the planner for the plan identified by `key`.
    fn plan<R>(&mut self, key: (usize, u8), make: impl FnOnce(&mut P) -> R) -> R {
        if !self.seen.contains(&key) && self.seen.len() >= PLAN_LIMIT {
            self.reset();
        }
        self.seen.insert(key);
        make(&mut self.planner)
    }
}

/// The process-wide complex FFT planner.
fn complex_planner() -> &'static Mutex<Bounded<FftPlanner<f64>>> {
    static P: OnceLock<Mutex<Bounded<FftPlanner<f64>>>> = OnceLock::new();
    P.get_or_init(|| Bounded::new(FftPlanner::new))
}

/// The process-wide real FFT planner.
fn real_planner() -> &'static Mutex<Bounded<RealFftPlanner<f64>>> {
    static P: OnceLock<Mutex<Bounded<RealFftPlanner<f64>>>> = OnceLock::new();
    P.get_or_init(|| Bounded::new(RealFftPlanner::new))
}

/// The process-wide rustdct planner (odd-length DCT-IV/DST-IV).
fn trig_planner() -> &'static Mutex<Bounded<DctPlanner<f64>>> {
    static P: OnceLock<Mutex<Bounded<DctPlanner<f64>>>> = OnceLock::new();
    P.get_or_init(|| Bounded::new(DctPlanner::new))
}

/// The complex FFT of length `len` (forward: exp(-2πi jk/n)).
pub(crate) fn c2c(len: usize, forward: bool) -> Arc<dyn Fft<f64>> {
    let direction = if forward {
        FftDirection::Forward
    } else {
        FftDirection::Inverse
    };
    lock(complex_planner()).plan((len, forward as u8), |p| p.plan_fft(len, direction))
}

/// The real-to-complex FFT of length `len` (n/2 + 1 outputs).
pub(crate) fn r2c(len: usize) -> Arc<dyn RealToComplex<f64>> {
    lock(real_planner()).plan((len, 1), |p| p.plan_fft_forward(len))
}

/// The complex-to-real inverse FFT of length `len` (n/2 + 1 inputs), unscaled.
pub(crate) fn c2r(len: usize) -> Arc<dyn ComplexToReal<f64>> {
    lock(real_planner()).plan((len, 0), |p| p.plan_fft_inverse(len))
}

/// The DCT-IV/DST-IV of length `len` (one rustdct plan serves both).
pub(crate) fn dct4(len: usize) -> Arc<dyn TransformType4<f64>> {
    lock(trig_planner()).plan((len, 4), |p| p.plan_dct4(len))
}

/// Empties every plan cache.
pub(crate) fn clear() {
    lock(complex_planner()).reset();
    lock(real_planner()).reset();
    lock(trig_planner()).reset();
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

    #[test]
    fn reset_drops_cached_plans() {
        // A local planner: resetting the global ones would race with the
        // other tests of this binary.
        let mut b = Bounded::new(Vec::<usize>::new).into_inner().unwrap();
        b.plan((1, 0), |p| p.push(1));
        b.reset();
        assert!(b.planner.is_empty() && b.seen.is_empty());
    }

    #[test]
    fn bounded_planner_starts_afresh() {
        let mut b = Bounded::new(Vec::<usize>::new).into_inner().unwrap();
        for len in 0..PLAN_LIMIT {
            b.plan((len, 0), |p| p.push(len));
        }
        b.plan((0, 0), |p| p.push(0));
        assert_eq!(b.planner.len(), PLAN_LIMIT + 1);
        b.plan((PLAN_LIMIT, 0), |p| p.push(PLAN_LIMIT));
        assert_eq!(b.planner, vec![PLAN_LIMIT]);
    }
}

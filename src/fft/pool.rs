//! Per-thread reusable work buffers. Large transforms need scratch and line
//! buffers of megabytes; allocating them on every call costs page faults and
//! kernel zeroing comparable to the transform itself. Each thread keeps up to
//! `KEEP_COUNT` free buffers of each element type, together at most
//! `KEEP_ELEMS` elements (128 MiB of complex, 64 MiB of real values; enough
//! for the scratch of a prime length near 10^6), for reuse.
//! Buffers come back with arbitrary contents: users must not rely on zeros.

use std::cell::RefCell;
use std::thread::LocalKey;

use num_complex::Complex64;

use crate::error::{Error, ErrorKind};

/// Total elements of one type a thread keeps in free buffers.
const KEEP_ELEMS: usize = 1 << 23;
/// Buffers of one type a thread keeps.
const KEEP_COUNT: usize = 4;

/// Element types with a per-thread buffer pool.
pub(crate) trait Pooled: Copy + Default + 'static {
    /// This thread's stack of free buffers of this type.
    fn pool() -> &'static LocalKey<RefCell<Vec<Vec<Self>>>>;
}

thread_local! {
    static REAL: RefCell<Vec<Vec<f64>>> = const { RefCell::new(Vec::new()) };
    static COMPLEX: RefCell<Vec<Vec<Complex64>>> = const { RefCell::new(Vec::new()) };
}

impl Pooled for f64 {
    fn pool() -> &'static LocalKey<RefCell<Vec<Vec<f64>>>> {
        &REAL
    }
}

impl Pooled for Complex64 {
    fn pool() -> &'static LocalKey<RefCell<Vec<Vec<Complex64>>>> {
        &COMPLEX
    }
}

/// Runs `f` on a buffer of `len` elements with arbitrary contents, taken from
/// this thread's pool when one is free (nested calls get distinct buffers).
pub(crate) fn with_buffer<T: Pooled, R>(len: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
    let mut buf = T::pool().with(|p| p.borrow_mut().pop()).unwrap_or_default();
    if buf.len() < len {
        // A failed allocation must not abort the host process: unwind with the
        // error as payload (also from pool threads), which the C boundary
        // reports as SCIPORT_ERR_ALLOCATION.
        if buf.try_reserve_exact(len - buf.len()).is_err() {
            std::panic::panic_any(Error::new(
                ErrorKind::Allocation,
                format!("could not allocate a work buffer of {len} elements"),
            ));
        }
        buf.resize(len, T::default());
    }
    let result = f(&mut buf[..len]);
    T::pool().with(|p| {
        let mut p = p.borrow_mut();
        let kept: usize = p.iter().map(Vec::len).sum();
        if p.len() < KEEP_COUNT && kept + buf.len() <= KEEP_ELEMS {
            p.push(buf);
        }
    });
    result
}

/// Frees the free buffers this thread keeps.
pub(crate) fn release_thread_buffers() {
    REAL.with(|p| p.borrow_mut().clear());
    COMPLEX.with(|p| p.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_buffers_are_distinct_and_reused() {
        with_buffer::<f64, _>(3, |a| {
            a.fill(1.0);
            with_buffer::<f64, _>(5, |b| {
                b.fill(2.0);
                assert_eq!(b.len(), 5);
            });
            assert_eq!(a, [1.0; 3]);
        });
        // The 3-element buffer went back last, so it is handed out first.
        let reused = with_buffer::<f64, _>(2, |b| b.to_vec());
        assert_eq!(reused, [1.0, 1.0]);
    }
}

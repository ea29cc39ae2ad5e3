//! Per-thread reusable work buffers. Large transforms need scratch and line
//! buffers of megabytes; allocating them on every call costs page faults and
//! kernel zeroing comparable to the transform itself. Each thread keeps a few
//! buffers of each element type (up to `KEEP_ELEMS` elements each) for reuse.
//! Buffers come back with arbitrary contents: users must not rely on zeros.

use std::cell::RefCell;
use std::thread::LocalKey;

use num_complex::Complex64;

/// Largest buffer (in elements) a thread keeps after use: 32 MiB of complex.
const KEEP_ELEMS: usize = 1 << 21;
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
        buf.resize(len, T::default());
    }
    let result = f(&mut buf[..len]);
    if buf.len() <= KEEP_ELEMS {
        T::pool().with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < KEEP_COUNT {
                p.push(buf);
            }
        });
    }
    result
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

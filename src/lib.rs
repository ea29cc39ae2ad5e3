//! sciport: SciPy's computational building blocks (here `scipy.fft` and the scalar
//! solvers of `scipy.optimize`) as a Rust core behind a stable C ABI.
//!
//! The core areas (`fft`, `linalg`, `optimize`, `special`) are safe Rust; `capi` is
//! the only place that exports `extern "C"` functions (`special` imports the C
//! library's erf and erfc). `random` holds NumPy's seeding and bit generators
//! (pure Rust so far; its C face comes later). `error`, `strided` and `threads` are shared by every area.

pub mod capi;
pub mod error;
pub mod fft;
pub mod linalg;
pub mod optimize;
pub(crate) mod quadrature;
pub mod random;
pub mod special;
pub mod stats;
pub mod strided;
pub mod threads;

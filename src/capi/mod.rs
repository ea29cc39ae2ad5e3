//! The C ABI: the only place with `extern "C"`. Each file translates one area;
//! `boundary` holds the status codes, the error object and the panic guard,
//! `views` the strided array views, `runtime` versioning and threads.

// Exports take raw pointers from C by design; their validity is the documented
// contract of the C API (checked for NULL and sizes inside `guard`), and `unsafe`
// on an `extern "C"` function means nothing to a C caller.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod boundary;
pub mod fft;
pub mod linalg;
pub mod optimize;
pub mod runtime;
pub mod special;
pub mod special_axis;
pub mod special_exact;
pub mod stats;
pub mod views;

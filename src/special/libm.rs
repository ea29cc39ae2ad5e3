//! The C library's error and gamma functions (glibc's are within 1 ulp of
//! the exact values for erf, erfc and lgamma over the whole line, better than
//! the Cephes versions SciPy ships). Rust's standard library links the C math
//! library on every supported target.

use std::os::raw::c_int;

unsafe extern "C" {
    /// The C99 `erf`.
    #[link_name = "erf"]
    safe fn c_erf(x: f64) -> f64;
    /// The C99 `erfc`.
    #[link_name = "erfc"]
    safe fn c_erfc(x: f64) -> f64;
    /// The C99 `tgamma`.
    #[link_name = "tgamma"]
    safe fn c_tgamma(x: f64) -> f64;
    /// POSIX `lgamma_r`: log|Γ(x)|, the sign of Γ(x) through `sign`
    /// (reentrant, unlike `lgamma`'s global `signgam`).
    #[link_name = "lgamma_r"]
    fn c_lgamma_r(x: f64, sign: *mut c_int) -> f64;
}

/// `erf(x)` from the C library.
pub fn erf(x: f64) -> f64 {
    c_erf(x)
}

/// `erfc(x)` from the C library.
pub fn erfc(x: f64) -> f64 {
    c_erfc(x)
}

/// Γ(x) from the C library.
pub fn tgamma(x: f64) -> f64 {
    c_tgamma(x)
}

/// log|Γ(x)| from the C library.
pub fn lgamma(x: f64) -> f64 {
    let mut sign: c_int = 0;
    // SAFETY: `sign` is a valid, writable c_int for the duration of the call.
    unsafe { c_lgamma_r(x, &mut sign) }
}

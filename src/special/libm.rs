//! The C library's error functions (glibc's are within 1 ulp over the whole
//! line, better than the Cephes versions SciPy ships). Rust's standard
//! library links the C math library on every supported target.

unsafe extern "C" {
    /// The C99 `erf`.
    #[link_name = "erf"]
    safe fn c_erf(x: f64) -> f64;
    /// The C99 `erfc`.
    #[link_name = "erfc"]
    safe fn c_erfc(x: f64) -> f64;
}

/// `erf(x)` from the C library.
pub fn erf(x: f64) -> f64 {
    c_erf(x)
}

/// `erfc(x)` from the C library.
pub fn erfc(x: f64) -> f64 {
    c_erfc(x)
}

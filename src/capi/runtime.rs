//! Library version and the process-wide thread cap.

use std::ffi::c_char;

/// Major version of this header; also the ABI major in the SONAME
/// (`libsciport.so.<major>`). A test checks these match Cargo.toml.
pub const SCIPORT_VERSION_MAJOR: u32 = 0;
/// Minor version of this header.
pub const SCIPORT_VERSION_MINOR: u32 = 1;
/// Patch version of this header.
pub const SCIPORT_VERSION_PATCH: u32 = 0;

/// The version of the loaded library as "MAJOR.MINOR.PATCH"; compare with the
/// `SCIPORT_VERSION_*` macros to detect a header/library mismatch. Static string.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Caps the number of threads any later sciport call may use (bounding every
/// `workers` argument); `0` removes the cap (all cores). Like SciPy, functions
/// with a `workers` argument (fft) run on one thread unless it asks for more;
/// linalg factorizations, like SciPy's OpenBLAS, use up to the cap (all cores
/// by default) for matrices of a few hundred rows or more.
///
/// Thread safety: safe to call at any time; calls already running keep their threads.
#[no_mangle]
pub extern "C" fn sciport_set_num_threads(n: usize) {
    crate::threads::set_max_threads(n);
}

/// The current thread cap: the value set by `sciport_set_num_threads`, or the
/// number of cores when no cap is set.
///
/// Thread safety: safe to call at any time.
#[no_mangle]
pub extern "C" fn sciport_get_num_threads() -> usize {
    crate::threads::max_threads()
}

/// Frees the memory sciport keeps for speed: cached FFT plans and the reusable
/// work buffers of the calling thread and of sciport's worker threads (buffers
/// of other threads are freed when those threads exit). Later calls plan and
/// allocate again as needed; results do not change.
///
/// Thread safety: safe at any time; transforms running concurrently keep the
/// plans and buffers they hold.
#[no_mangle]
pub extern "C" fn sciport_release_memory() {
    let _ = crate::capi::boundary::guard(std::ptr::null_mut(), || {
        crate::fft::release_memory();
        Ok(())
    });
}

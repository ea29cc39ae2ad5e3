//! C face of SciPy's `exact=True` counting functions: comb, perm, factorial
//! and factorial2 as exact integers of any size, written as decimal digits
//! into a caller's buffer (`snprintf`-style: a call with `digits` NULL and
//! `digits_size` 0 only reports the length).

use std::ffi::c_char;

use crate::capi::boundary::{guard, sciport_error, sciport_status};
use crate::error::{Error, Result};
use crate::special::combinatorics;

/// Writes `text` and a NUL into `digits` (unless it is a length query) and
/// its length into `*len` (when `len` is not NULL).
unsafe fn write_digits(
    text: Result<String>,
    digits: *mut c_char,
    digits_size: usize,
    len: *mut usize,
) -> Result<()> {
    let text = text?;
    let query = digits.is_null() && digits_size == 0;
    if query && len.is_null() {
        return Err(Error::new(
            crate::error::ErrorKind::NullPointer,
            "digits and len are both NULL: nothing to write the result into",
        ));
    }
    if !query {
        if digits.is_null() {
            return Err(crate::capi::boundary::null_error("digits"));
        }
        if digits_size <= text.len() {
            return Err(Error::dimension(format!(
                "digits needs {} bytes ({} digits and the NUL); digits_size is {digits_size}",
                text.len() + 1,
                text.len()
            )));
        }
        std::ptr::copy_nonoverlapping(text.as_ptr(), digits as *mut u8, text.len());
        *digits.add(text.len()) = 0;
    }
    if !len.is_null() {
        *len = text.len();
    }
    Ok(())
}

/// The number of combinations of N things taken k at a time as an exact
/// integer (`scipy.special.comb(N, k, exact=True, repetition)`).
///
/// Writes the decimal digits and a NUL into `digits` (`digits_size` bytes)
/// and the number of digits into `*len` (`len` may be NULL). A call with
/// `digits` NULL and `digits_size` 0 only sets `*len` (then size the buffer
/// `*len + 1`). 0 unless 0 ≤ k ≤ N; with repetition C(N + k − 1, k), 1 for
/// k = 0 ≤ N.
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (a result of more than 100000
/// digits, or N + k − 1 beyond int64), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`digits_size` too small; the message gives the size needed),
/// `SCIPORT_ERR_NULL_POINTER` (digits NULL with a non-zero size, or digits
/// and len both NULL); nothing is written on error.
/// Thread safety: reentrant.
#[no_mangle]
#[allow(non_snake_case)] // SciPy's argument name
pub extern "C" fn sciport_special_comb_exact(
    N: i64,
    k: i64,
    repetition: bool,
    digits: *mut c_char,
    digits_size: usize,
    len: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        write_digits(
            combinatorics::comb_exact(N, k, repetition),
            digits,
            digits_size,
            len,
        )
    })
}

/// The number of permutations N!/(N − k)! as an exact integer
/// (`scipy.special.perm(N, k, exact=True)`).
///
/// Writes the decimal digits and a NUL into `digits` (`digits_size` bytes)
/// and the number of digits into `*len` (`len` may be NULL); `digits` NULL
/// with `digits_size` 0 only sets `*len`. 0 unless 0 ≤ k ≤ N.
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (a result of more than 100000
/// digits), `SCIPORT_ERR_DIMENSION_MISMATCH` (`digits_size` too small),
/// `SCIPORT_ERR_NULL_POINTER` (digits NULL with a non-zero size, or digits
/// and len both NULL); nothing is written on error.
/// Thread safety: reentrant.
#[no_mangle]
#[allow(non_snake_case)] // SciPy's argument name
pub extern "C" fn sciport_special_perm_exact(
    N: i64,
    k: i64,
    digits: *mut c_char,
    digits_size: usize,
    len: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        write_digits(combinatorics::perm_exact(N, k), digits, digits_size, len)
    })
}

/// The factorial n! as an exact integer (`scipy.special.factorial(n, exact=True)`).
///
/// Writes the decimal digits and a NUL into `digits` (`digits_size` bytes)
/// and the number of digits into `*len` (`len` may be NULL); `digits` NULL
/// with `digits_size` 0 only sets `*len`. 0 for n < 0, 1 for n = 0.
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (a result of more than 100000
/// digits: n above 25205), `SCIPORT_ERR_DIMENSION_MISMATCH` (`digits_size`
/// too small), `SCIPORT_ERR_NULL_POINTER` (digits NULL with a non-zero size,
/// or digits and len both NULL); nothing is written on error.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_special_factorial_exact(
    n: i64,
    digits: *mut c_char,
    digits_size: usize,
    len: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        write_digits(combinatorics::factorial_exact(n), digits, digits_size, len)
    })
}

/// The double factorial n!! = n(n − 2)(n − 4)… as an exact integer
/// (`scipy.special.factorial2(n, exact=True)`).
///
/// Writes the decimal digits and a NUL into `digits` (`digits_size` bytes)
/// and the number of digits into `*len` (`len` may be NULL); `digits` NULL
/// with `digits_size` 0 only sets `*len`. 0 for n < 0, 1 for n = 0 and 1.
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (a result of more than 100000
/// digits), `SCIPORT_ERR_DIMENSION_MISMATCH` (`digits_size` too small),
/// `SCIPORT_ERR_NULL_POINTER` (digits NULL with a non-zero size, or digits
/// and len both NULL); nothing is written on error.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_special_factorial2_exact(
    n: i64,
    digits: *mut c_char,
    digits_size: usize,
    len: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        write_digits(combinatorics::factorial2_exact(n), digits, digits_size, len)
    })
}

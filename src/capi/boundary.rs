//! The boundary every export goes through: status codes, the heap-allocated
//! error object, the panic guard (with a panic hook that stays quiet inside
//! sciport calls), and checked conversions of raw C arguments.

use std::cell::Cell;
use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

use crate::error::{Error, ErrorKind};

/// Result of every fallible sciport function. `SCIPORT_OK` (0) is success;
/// codes are never reused or renumbered.
#[allow(non_camel_case_types)]
#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sciport_status {
    /// Success.
    SCIPORT_OK = 0,
    /// A required pointer argument was NULL.
    SCIPORT_ERR_NULL_POINTER = 1,
    /// An argument has a value that is not allowed (SciPy's ValueError).
    SCIPORT_ERR_INVALID_ARGUMENT = 2,
    /// Array sizes or shapes do not agree with each other or with the result.
    SCIPORT_ERR_DIMENSION_MISMATCH = 3,
    /// A method, norm or option name is not one of the accepted spellings.
    SCIPORT_ERR_UNKNOWN_NAME = 4,
    /// A numeric input lies outside the mathematical domain.
    SCIPORT_ERR_DOMAIN = 5,
    /// A matrix is singular or not positive definite.
    SCIPORT_ERR_SINGULAR = 6,
    /// A user callback returned non-zero; see `sciport_error_callback_code`.
    SCIPORT_ERR_CALLBACK = 7,
    /// Memory could not be allocated.
    SCIPORT_ERR_ALLOCATION = 8,
    /// A bug inside sciport (a caught panic); please report it.
    SCIPORT_ERR_INTERNAL = 9,
    /// A fit's optimum lies outside the distribution's parameter space, or
    /// its moments are not finite (SciPy's FitError).
    SCIPORT_ERR_FIT_FAILED = 10,
}

use sciport_status::*;

/// Details of a failed call: the status code, a message naming the offending
/// argument and the reason, and (for `SCIPORT_ERR_CALLBACK`) the callback's code.
/// Created by sciport on failure, released with `sciport_error_free`.
/// Immutable; safe to read from several threads at once.
#[allow(non_camel_case_types)]
pub struct sciport_error {
    code: sciport_status,
    callback_code: i32,
    message: CString,
}

fn status_of(kind: ErrorKind) -> sciport_status {
    match kind {
        ErrorKind::NullPointer => SCIPORT_ERR_NULL_POINTER,
        ErrorKind::InvalidArgument => SCIPORT_ERR_INVALID_ARGUMENT,
        ErrorKind::DimensionMismatch => SCIPORT_ERR_DIMENSION_MISMATCH,
        ErrorKind::UnknownName => SCIPORT_ERR_UNKNOWN_NAME,
        ErrorKind::Domain => SCIPORT_ERR_DOMAIN,
        ErrorKind::Singular => SCIPORT_ERR_SINGULAR,
        ErrorKind::Callback(_) => SCIPORT_ERR_CALLBACK,
        ErrorKind::Allocation => SCIPORT_ERR_ALLOCATION,
        ErrorKind::Internal => SCIPORT_ERR_INTERNAL,
        ErrorKind::FitFailed => SCIPORT_ERR_FIT_FAILED,
    }
}

fn error_object(e: &Error) -> sciport_error {
    let text = e.message.replace('\0', " ");
    sciport_error {
        code: status_of(e.kind),
        callback_code: match e.kind {
            ErrorKind::Callback(c) => c,
            _ => 0,
        },
        message: CString::new(text).unwrap_or_default(),
    }
}

thread_local! {
    static INSIDE_SCIPORT: Cell<usize> = const { Cell::new(0) };
}

/// Installs, once per process, a panic hook that is silent for panics raised
/// inside a sciport call or on a sciport pool thread and defers to the
/// previous hook everywhere else.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let on_pool_thread = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with(crate::threads::THREAD_NAME_PREFIX));
            if INSIDE_SCIPORT.with(|d| d.get()) == 0 && !on_pool_thread {
                previous(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Runs one export body: catches panics, converts errors to a status, and
/// stores an error object into `err` (when non-NULL) on failure.
pub fn guard(
    err: *mut *mut sciport_error,
    body: impl FnOnce() -> Result<(), Error>,
) -> sciport_status {
    install_quiet_hook();
    INSIDE_SCIPORT.with(|d| d.set(d.get() + 1));
    let outcome = catch_unwind(AssertUnwindSafe(body));
    INSIDE_SCIPORT.with(|d| d.set(d.get() - 1));
    let error = match outcome {
        Ok(Ok(())) => return SCIPORT_OK,
        Ok(Err(e)) => e,
        Err(payload) => match payload.downcast::<Error>() {
            // The core unwinds with an `Error` where it cannot return one
            // (e.g. a failed allocation deep inside a parallel pass).
            Ok(error) => *error,
            Err(payload) => Error::new(
                ErrorKind::Internal,
                format!(
                    "internal error (caught panic): {}",
                    panic_message(payload.as_ref())
                ),
            ),
        },
    };
    let object = error_object(&error);
    let code = object.code;
    if !err.is_null() {
        // SAFETY: the caller passes either NULL or a writable `sciport_error *`.
        unsafe { *err = Box::into_raw(Box::new(object)) };
    }
    code
}

/// `ErrorKind::NullPointer` naming `name`.
pub fn null_error(name: &str) -> Error {
    Error::new(ErrorKind::NullPointer, format!("{name} must not be NULL"))
}

/// Borrows `*p`, or fails naming `name` when `p` is NULL.
///
/// # Safety
/// `p` is NULL or points to a valid `T` that outlives the call.
pub unsafe fn deref<'a, T>(p: *const T, name: &str) -> Result<&'a T, Error> {
    p.as_ref().ok_or_else(|| null_error(name))
}

/// Writes `value` into `*p`, or fails naming `name` when `p` is NULL.
///
/// # Safety
/// `p` is NULL or points to writable memory for a `T`.
pub unsafe fn write_out<T>(p: *mut T, value: T, name: &str) -> Result<(), Error> {
    if p.is_null() {
        return Err(null_error(name));
    }
    p.write(value);
    Ok(())
}

/// Checks that an out-pointer is non-NULL before any work is done.
pub fn require_out<T>(p: *mut T, name: &str) -> Result<(), Error> {
    if p.is_null() {
        Err(null_error(name))
    } else {
        Ok(())
    }
}

/// Borrows `n` elements at `p`; NULL with `n == 0` is the empty slice.
///
/// # Safety
/// When `n > 0`, `p` points to `n` readable `T`.
pub unsafe fn slice_in<'a, T>(p: *const T, n: usize, name: &str) -> Result<&'a [T], Error> {
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(null_error(name));
    }
    Ok(std::slice::from_raw_parts(p, n))
}

/// Mutably borrows `n` elements at `p`; NULL with `n == 0` is the empty slice.
///
/// # Safety
/// When `n > 0`, `p` points to `n` writable `T` not aliased elsewhere.
pub unsafe fn slice_out<'a, T>(p: *mut T, n: usize, name: &str) -> Result<&'a mut [T], Error> {
    if n == 0 {
        return Ok(&mut []);
    }
    if p.is_null() {
        return Err(null_error(name));
    }
    Ok(std::slice::from_raw_parts_mut(p, n))
}

/// Reads an optional NUL-terminated UTF-8 string (NULL gives `None`).
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
pub unsafe fn opt_str<'a>(p: *const c_char, name: &str) -> Result<Option<&'a str>, Error> {
    if p.is_null() {
        return Ok(None);
    }
    CStr::from_ptr(p)
        .to_str()
        .map(Some)
        .map_err(|_| Error::invalid(format!("{name} is not valid UTF-8")))
}

/// Reads a versioned options struct whose first field is its size in bytes.
/// `field_starts` lists the offset of every field after `struct_size`: an older
/// caller's struct ends at one of them (its missing fields keep their
/// defaults); a newer caller's struct is at least `sizeof(T)` (its extra
/// fields are ignored). Any other size would cut a field in two and is
/// rejected. NULL gives the defaults.
///
/// # Safety
/// `p` is NULL or points to at least `*(const size_t *)p` readable bytes.
pub unsafe fn read_options<T: Copy>(
    p: *const T,
    defaults: T,
    field_starts: &[usize],
    name: &str,
) -> Result<T, Error> {
    if p.is_null() {
        return Ok(defaults);
    }
    let given = (p as *const usize).read();
    let full = std::mem::size_of::<T>();
    if given < full && !field_starts.contains(&given) {
        return Err(Error::invalid(format!(
            "{name}.struct_size is {given}; set it to sizeof the struct ({full} in this version; \
             the _options_default() function does)"
        )));
    }
    let mut value = defaults;
    std::ptr::copy_nonoverlapping(
        p as *const u8,
        &mut value as *mut T as *mut u8,
        given.min(full),
    );
    (&mut value as *mut T as *mut usize).write(full);
    Ok(value)
}

/// The status code stored in `error` (`SCIPORT_OK` when `error` is NULL).
///
/// Thread safety: safe to call concurrently on the same error.
#[no_mangle]
pub extern "C" fn sciport_error_code(error: *const sciport_error) -> sciport_status {
    // SAFETY: NULL or a live error created by sciport.
    unsafe { error.as_ref() }.map_or(SCIPORT_OK, |e| e.code)
}

/// The message of `error`: names the offending argument and the reason.
/// Valid until `sciport_error_free(error)`; "" when `error` is NULL.
///
/// Thread safety: safe to call concurrently on the same error.
#[no_mangle]
pub extern "C" fn sciport_error_message(error: *const sciport_error) -> *const c_char {
    // SAFETY: NULL or a live error created by sciport.
    match unsafe { error.as_ref() } {
        Some(e) => e.message.as_ptr(),
        None => c"".as_ptr(),
    }
}

/// For `SCIPORT_ERR_CALLBACK`, the non-zero code the user's callback returned;
/// 0 for every other error and for NULL.
///
/// Thread safety: safe to call concurrently on the same error.
#[no_mangle]
pub extern "C" fn sciport_error_callback_code(error: *const sciport_error) -> i32 {
    // SAFETY: NULL or a live error created by sciport.
    unsafe { error.as_ref() }.map_or(0, |e| e.callback_code)
}

/// Releases an error created by sciport. NULL is accepted and ignored.
///
/// Thread safety: the error must not be used by another thread meanwhile.
#[no_mangle]
pub extern "C" fn sciport_error_free(error: *mut sciport_error) {
    if !error.is_null() {
        // SAFETY: created by Box::into_raw in `guard` and freed only once.
        drop(unsafe { Box::from_raw(error) });
    }
}

/// A static, human-readable description of a status code (any `int32_t` is
/// accepted; unknown codes give "unknown status code").
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_status_str(code: i32) -> *const c_char {
    let text: &'static std::ffi::CStr = match code {
        0 => c"success",
        1 => c"null pointer argument",
        2 => c"invalid argument",
        3 => c"dimension mismatch",
        4 => c"unknown option name",
        5 => c"domain error",
        6 => c"singular or not positive definite matrix",
        7 => c"callback failure",
        8 => c"allocation failure",
        9 => c"internal error",
        10 => c"fit failed",
        _ => c"unknown status code",
    };
    text.as_ptr()
}

//! The core's error type, shared by every area. `capi` maps each kind to a
//! `sciport_status` code and the message to `sciport_error_message`.

use std::fmt;

/// What went wrong, at the granularity a caller can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A required argument was absent (NULL at the C boundary).
    NullPointer,
    /// An argument has a value SciPy rejects (n = 0, axis out of range, ...).
    InvalidArgument,
    /// Array sizes or shapes do not agree.
    DimensionMismatch,
    /// A method / norm / option name that is not one of the accepted spellings.
    UnknownName,
    /// A mathematically out-of-domain input (SciPy's ValueError on the value).
    Domain,
    /// A singular or not-positive-definite matrix.
    Singular,
    /// A user callback returned this non-zero code.
    Callback(i32),
    /// Memory could not be allocated.
    Allocation,
    /// A bug in sciport (a caught panic).
    Internal,
    /// A fit converged outside the parameter space (SciPy's FitError).
    FitFailed,
}

/// An error with a message that names the offending argument and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

/// Result alias used throughout the core.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// `ErrorKind::InvalidArgument` with `message`.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidArgument, message)
    }

    /// `ErrorKind::DimensionMismatch` with `message`.
    pub fn dimension(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::DimensionMismatch, message)
    }

    /// `ErrorKind::UnknownName`: `what` got `name`, which is not in `accepted`.
    pub fn unknown_name(what: &str, name: &str, accepted: &[&str]) -> Self {
        Self::new(
            ErrorKind::UnknownName,
            format!(
                "{what}: unknown name \"{name}\"; accepted: {}",
                accepted.join(", ")
            ),
        )
    }

    /// `ErrorKind::Domain` with `message`.
    pub fn domain(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Domain, message)
    }

    /// `ErrorKind::Callback(code)`: the user function `what` returned `code`.
    pub fn callback(what: &str, code: i32) -> Self {
        Self::new(
            ErrorKind::Callback(code),
            format!("callback {what} returned non-zero code {code}; computation aborted"),
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

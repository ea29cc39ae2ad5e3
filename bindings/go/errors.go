package sciport

// #cgo CFLAGS: -I${SRCDIR}
// #include "sciport.h"
import "C"

import (
	"fmt"
)

// Status is the library's sciport_status code. The constants below are the
// codes of sciport.h; a Status is also an error, so it can serve as the
// target of errors.Is:
//
//	if errors.Is(err, sciport.StatusInvalidArgument) { ... }
type Status int32

// The codes of sciport.h (never reused or renumbered).
const (
	StatusOK                Status = C.SCIPORT_OK
	StatusNullPointer       Status = C.SCIPORT_ERR_NULL_POINTER
	StatusInvalidArgument   Status = C.SCIPORT_ERR_INVALID_ARGUMENT
	StatusDimensionMismatch Status = C.SCIPORT_ERR_DIMENSION_MISMATCH
	StatusUnknownName       Status = C.SCIPORT_ERR_UNKNOWN_NAME
	StatusDomain            Status = C.SCIPORT_ERR_DOMAIN
	StatusSingular          Status = C.SCIPORT_ERR_SINGULAR
	StatusCallback          Status = C.SCIPORT_ERR_CALLBACK
	StatusAllocation        Status = C.SCIPORT_ERR_ALLOCATION
	StatusInternal          Status = C.SCIPORT_ERR_INTERNAL
	StatusFitFailed         Status = C.SCIPORT_ERR_FIT_FAILED // SciPy's FitError
)

// String returns the library's static description of the code
// (sciport_status_str).
func (s Status) String() string {
	return C.GoString(C.sciport_status_str(C.int32_t(s)))
}

// Error makes a Status usable as an errors.Is target.
func (s Status) Error() string { return "sciport: " + s.String() }

// Error is the error returned by every function of this package.
type Error struct {
	// Status is the library's status code (never StatusOK).
	Status Status
	// Message names the offending argument and the reason.
	Message string
	// CallbackCode is, for StatusCallback, the code the callback returned.
	CallbackCode int32
	// cause is the error returned by a Go callback, if any.
	cause error
}

// Error formats the status description and the message.
func (e *Error) Error() string {
	if e.cause != nil {
		return fmt.Sprintf("sciport: %s: %s: %v", e.Status.String(), e.Message, e.cause)
	}
	return fmt.Sprintf("sciport: %s: %s", e.Status.String(), e.Message)
}

// Is reports whether target is this error's Status (or a *Error with the
// same Status), so errors.Is(err, sciport.StatusUnknownName) works.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case Status:
		return e.Status == t
	case *Error:
		return e.Status == t.Status
	}
	return false
}

// Unwrap returns the error a Go callback returned (nil otherwise), so that
// errors.Is and errors.As reach it.
func (e *Error) Unwrap() error { return e.cause }

// newError builds a Go-side error for arguments the binding checks itself.
func newError(status Status, format string, args ...any) *Error {
	return &Error{Status: status, Message: fmt.Sprintf(format, args...)}
}

// takeError converts a status and its error object into a Go error and frees
// the object. It returns nil for SCIPORT_OK.
func takeError(status C.sciport_status, cerr *C.sciport_error) error {
	if status == C.SCIPORT_OK {
		C.sciport_error_free(cerr)
		return nil
	}
	e := &Error{Status: Status(status)}
	if cerr != nil {
		e.Message = C.GoString(C.sciport_error_message(cerr))
		e.CallbackCode = int32(C.sciport_error_callback_code(cerr))
		C.sciport_error_free(cerr)
	}
	return e
}

package sciport

// #include "sciport.h"
import "C"

import "fmt"

// The version of the vendored header (SCIPORT_VERSION_* in sciport.h).
const (
	HeaderVersionMajor = C.SCIPORT_VERSION_MAJOR
	HeaderVersionMinor = C.SCIPORT_VERSION_MINOR
	HeaderVersionPatch = C.SCIPORT_VERSION_PATCH
)

// HeaderVersion is the vendored header's version as "MAJOR.MINOR.PATCH".
var HeaderVersion = fmt.Sprintf("%d.%d.%d", HeaderVersionMajor, HeaderVersionMinor, HeaderVersionPatch)

// Version returns the linked library's version, "MAJOR.MINOR.PATCH"
// (sciport_version); it equals HeaderVersion unless the binding was built
// against a different library than its header.
func Version() string { return C.GoString(C.sciport_version()) }

// SetNumThreads caps the threads any later call may use, bounding every
// Workers option; 0 removes the cap (sciport_set_num_threads).
func SetNumThreads(n int) {
	if n < 0 {
		n = 0
	}
	C.sciport_set_num_threads(C.size_t(n))
}

// NumThreads returns the current thread cap (the number of cores when none
// is set).
func NumThreads() int { return int(C.sciport_get_num_threads()) }

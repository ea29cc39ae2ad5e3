//go:build !sciport_release && !sciport_external

package sciport

// Default: the static library of a debug `cargo build` in this repository.
// Linking the archive by full path avoids any run-time library search path.

// #cgo LDFLAGS: ${SRCDIR}/../../target/debug/libsciport.a -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
import "C"

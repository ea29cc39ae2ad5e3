//go:build sciport_external

package sciport

// With -tags sciport_external: link an installed libsciport found through the
// linker's search path; point at it with CGO_LDFLAGS, e.g.
// CGO_LDFLAGS="-L/opt/sciport/lib -Wl,-rpath,/opt/sciport/lib".

// #cgo LDFLAGS: -lsciport
import "C"

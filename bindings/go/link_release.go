//go:build sciport_release && !sciport_external

package sciport

// With -tags sciport_release: the static library of `cargo build --release`.

// #cgo LDFLAGS: ${SRCDIR}/../../target/release/libsciport.a -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
import "C"
